"""First stage of the demo: plug in (CP state B) -> SLAC match -> the link is up for SDP and TCP.

    async with simulated_plug_in() as plug:
        # plug.ev / plug.evse: namespace, interface, MAC, IPv6 link-local of each side
        sock = socket_in(plug.evse.netns, socket.AF_INET6, socket.SOCK_DGRAM)   # iso15118.slac.netns
        ...

Everything (namespaces, veth pairs, modems) is removed on exit, unplugging first.
"""
from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
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
    elapsed: float
    stations: dict[str, Station] = field(default_factory=dict)
    slac: dict[str, SlacStation] = field(default_factory=dict)


def default_attenuation(evse_count: int) -> dict[tuple[str, str], float | None]:
    names = [f"evse{i}" for i in range(1, evse_count + 1)]
    table: dict[tuple[str, str], float | None] = {("ev", "evse1"): DIRECT_DB}
    table.update({("ev", n): CROSSTALK_DB for n in names[1:]})
    table.update({(a, b): NEIGHBOUR_DB for i, a in enumerate(names) for b in names[i + 1:]})
    return table


@contextlib.asynccontextmanager
async def simulated_plug_in(evse_count: int = 1, attenuation: dict[tuple[str, str], float | None] | None = None,
                            timers: SlacTimers | None = None, modem: str = "qca", join_delay: float = 0.0,
                            ready_timeout: float = 30.0, ev_config: SlacConfig | None = None,
                            evse_config: SlacConfig | None = None, plugged_into: str = "evse1",
                            modem_options: dict[str, float | str] | None = None) -> AsyncIterator[PluggedIn]:
    """Build the powerline (EV "ev", EVSEs "evse1".."evseN"), plug the EV into `plugged_into`
    (CP state B on their shared pilot wire) and yield once both sides report data-link-ready.

    Other EVSEs have vehicles plugged in too (their CP in B), so they listen and hear the EV through
    crosstalk; SLAC must still pair the EV with `plugged_into` only."""
    model = PowerlineModel(join_delay=join_delay)
    for (a, b), db in (attenuation or default_attenuation(evse_count)).items():
        model.set_attenuation(a, b, db)
    timers = timers or SlacTimers()
    async with Powerline(model) as line, contextlib.AsyncExitStack() as stack:
        names = ["ev"] + [f"evse{i}" for i in range(1, evse_count + 1)]
        stations = {name: await line.add_station(name, wait=False) for name in names}
        await line.wait_ip_ready()
        pilots = {name: SimulatedControlPilot() for name in names[1:]}
        if plugged_into not in pilots:
            raise ValueError(f"no station {plugged_into!r}")
        pilots["ev"] = pilots[plugged_into]  # the cable: one pilot wire between the EV and its EVSE
        slac: dict[str, SlacStation] = {}
        for name in names:
            s = stations[name]
            link = RawLink(s.ifname, s.netns)
            stack.callback(link.close)
            role = "ev" if name == "ev" else "evse"
            base = ev_config if role == "ev" else evse_config
            config = SlacConfig(**{**(base.__dict__ if base else {}), "timers": timers})
            slac[name] = await stack.enter_async_context(
                SlacStation(role, link, pilots[name], config, modem, **(modem_options or {})))
        for name in names[1:]:  # vehicles already plugged in at the neighbouring charge points
            if name != plugged_into:
                pilots[name].set_state(CPState.B)
        cp = pilots["ev"]
        started = time.monotonic()
        cp.set_state(CPState.B)
        await asyncio.gather(slac["ev"].wait_ready(ready_timeout), slac[plugged_into].wait_ready(ready_timeout))
        elapsed = time.monotonic() - started
        try:
            yield PluggedIn(line, stations["ev"], stations[plugged_into], slac["ev"], slac[plugged_into], cp,
                            elapsed, stations, slac)
        finally:
            for pilot in set(pilots.values()):
                pilot.set_state(CPState.A)
            await asyncio.sleep(0)
