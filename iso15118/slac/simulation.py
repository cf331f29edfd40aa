"""First stage of the demo: plug in (CP state B) -> SLAC match -> the link is up for SDP and TCP.

    async with simulated_plug_in() as plug:
        # plug.ev / plug.evse: namespace, interface, MAC and IPv6 link-local of each side
        sock = socket_in(plug.evse.netns, socket.AF_INET6, socket.SOCK_DGRAM)   # iso15118.slac.netns
        ...

`SimulatedSite` keeps the powerline, namespaces and stations up across several plug-ins (benchmarks,
fleets); everything is removed on exit, unplugging first.
"""
from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field, replace
from typing import AsyncIterator

from .constants import SlacTimers
from .cp import CPState, SimulatedControlPilot
from .fsm import SlacConfig
from .link import RawLink
from .plcsim import Powerline, PowerlineModel, Station
from .station import SlacStation

DIRECT_DB = 10.0        # EV to the EVSE it is plugged into
CROSSTALK_DB = 30.0     # EV to a neighbouring charge point's EVSE
NEIGHBOUR_DB = 25.0     # between EVSEs


@dataclass
class PluggedIn:
    """The matched pair and everything around it."""

    powerline: Powerline
    ev: Station
    evse: Station
    ev_slac: SlacStation
    evse_slac: SlacStation
    cp: SimulatedControlPilot
    elapsed: float  # CP state B -> data-link-ready on both sides, seconds
    stations: dict[str, Station] = field(default_factory=dict)
    slac: dict[str, SlacStation] = field(default_factory=dict)


def default_attenuation(evse_count: int) -> dict[tuple[str, str], float | None]:
    names = [f"evse{i}" for i in range(1, evse_count + 1)]
    table: dict[tuple[str, str], float | None] = {("ev", "evse1"): DIRECT_DB}
    table.update({("ev", n): CROSSTALK_DB for n in names[1:]})
    table.update({(a, b): NEIGHBOUR_DB for i, a in enumerate(names) for b in names[i + 1:]})
    return table


class SimulatedSite:
    """A charge site on one simulated powerline: EV "ev" and EVSEs "evse1".."evseN", SLAC running on all.

    Other EVSEs have vehicles plugged in too (their CP in B), so they listen and hear the EV through
    crosstalk; SLAC must still pair the EV with the EVSE whose cable it is on."""

    def __init__(self, evse_count: int = 1, attenuation: dict[tuple[str, str], float | None] | None = None,
                 timers: SlacTimers | None = None, modem: str = "qca", line: PowerlineModel | None = None,
                 ev_config: SlacConfig | None = None, evse_config: SlacConfig | None = None,
                 plugged_into: str = "evse1", modem_options: dict[str, float | str] | None = None) -> None:
        self.names = ["ev"] + [f"evse{i}" for i in range(1, evse_count + 1)]
        if plugged_into not in self.names[1:]:
            raise ValueError(f"no EVSE {plugged_into!r}")
        self.plugged_into = plugged_into
        model = line or PowerlineModel()  # real modems' behaviour unless the caller varies it
        for (a, b), db in (attenuation or default_attenuation(evse_count)).items():
            model.set_attenuation(a, b, db)
        self.powerline = Powerline(model)
        self.timers = timers or SlacTimers()
        self.configs = {"ev": ev_config or SlacConfig(), "evse": evse_config or SlacConfig()}
        self.modem, self.modem_options = modem, modem_options or {}
        self.stations: dict[str, Station] = {}
        self.slac: dict[str, SlacStation] = {}
        self.pilots = {name: SimulatedControlPilot() for name in self.names[1:]}
        self.pilots["ev"] = self.pilots[plugged_into]  # the cable: one pilot wire between the EV and its EVSE
        self._stack = contextlib.AsyncExitStack()

    async def __aenter__(self) -> "SimulatedSite":
        await self._stack.__aenter__()
        try:
            line = await self._stack.enter_async_context(self.powerline)
            for name in self.names:
                self.stations[name] = await line.add_station(name, wait=False)
            await line.wait_ip_ready()
            for name in self.names:
                s = self.stations[name]
                link = RawLink(s.ifname, s.netns)
                self._stack.callback(link.close)
                role = "ev" if name == "ev" else "evse"
                config = replace(self.configs[role], timers=self.timers)
                self.slac[name] = await self._stack.enter_async_context(
                    SlacStation(role, link, self.pilots[name], config, self.modem, **self.modem_options))
            self._stack.callback(self._unplug_all)
            for name in self.names[1:]:
                if name != self.plugged_into:
                    self.pilots[name].set_state(CPState.B)
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stack.aclose()

    def _unplug_all(self) -> None:
        for pilot in set(self.pilots.values()):
            pilot.set_state(CPState.A)

    async def plug_in(self, timeout: float = 30.0) -> PluggedIn:
        """CP A -> B on the EV's cable; returns once the EV and its EVSE both report data-link-ready."""
        ev, evse = self.slac["ev"], self.slac[self.plugged_into]
        started = time.monotonic()
        self.pilots["ev"].set_state(CPState.B)
        await asyncio.gather(ev.wait_ready(timeout), evse.wait_ready(timeout))
        return PluggedIn(self.powerline, self.stations["ev"], self.stations[self.plugged_into], ev, evse,
                         self.pilots["ev"], time.monotonic() - started, self.stations, self.slac)

    async def unplug(self, settle: float = 0.05) -> None:
        """CP -> A: both stations stop, the modems leave the network."""
        self.pilots["ev"].set_state(CPState.A)
        await asyncio.sleep(settle)


@contextlib.asynccontextmanager
async def simulated_plug_in(evse_count: int = 1, attenuation: dict[tuple[str, str], float | None] | None = None,
                            timers: SlacTimers | None = None, modem: str = "qca", line: PowerlineModel | None = None,
                            ready_timeout: float = 30.0, ev_config: SlacConfig | None = None,
                            evse_config: SlacConfig | None = None, plugged_into: str = "evse1",
                            modem_options: dict[str, float | str] | None = None) -> AsyncIterator[PluggedIn]:
    """Build a `SimulatedSite`, plug the EV into `plugged_into` and yield once the data link is up."""
    async with SimulatedSite(evse_count, attenuation, timers, modem, line, ev_config, evse_config,
                             plugged_into, modem_options) as site:
        yield await site.plug_in(ready_timeout)
