"""An EV that falls silent mid-charge, for the charge-loop watchdog tests and benchmarks/silence_bench.py.

Two real ways to go silent, both with the TCP connection left as it is:
- frozen: our `evcc` CLI as a subprocess, stopped with SIGSTOP (the kernel keeps its socket open);
- link down: SECC and EV in two network namespaces joined by a veth pair; the EV's end is set down
  or deleted (no FIN, no RST reaches the SECC).
Each returns the time from the EV going silent to the SECC's controller.power_off() call.
"""
from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from e2e_harness import Certificates, evcc_config, make_certificates, make_vehicle

from evcc.client import EVCCClient
from evcc.controller import EnergyTransfer
from iso15118 import tls
from secc.config import SECCConfig
from secc.server import SECCServer
from secc.session import SessionCallbacks
from secc.simulator import SimulatedEVSE, SimulatorSettings

ROOT = Path(__file__).resolve().parents[2]
POWER_ON = ("set_dc_output", "set_ac_power", "close_contactors", "start_cable_check")


class PowerLogEVSE(SimulatedEVSE):
    """A simulated EVSE that logs every power-electronics call with its monotonic time, and can run a
    hook (e.g. an emergency stop) from inside one call, then keep that call waiting 50 ms."""

    def __init__(self, settings: SimulatorSettings | None = None) -> None:
        super().__init__(settings)
        self.calls: list[tuple[str, float]] = []
        self.hook: tuple[str, Callable[[], None]] | None = None

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def first_after(self, name: str, t0: float) -> float | None:
        return next((t for n, t in self.calls if n == name and t >= t0), None)

    def power_on_after_power_off(self) -> list[str]:
        names = self.names()
        if "power_off" not in names:
            return []
        return [n for n in names[names.index("power_off"):] if n in POWER_ON]

    async def _call(self, name: str) -> None:
        self.calls.append((name, time.monotonic()))
        if self.hook is not None and self.hook[0] == name:
            hook, self.hook = self.hook[1], None
            hook()
            await asyncio.sleep(0.05)

    async def ac_limits(self) -> Any:
        await self._call("ac_limits")
        return await super().ac_limits()

    async def dc_limits(self) -> Any:
        await self._call("dc_limits")
        return await super().dc_limits()

    async def start_cable_check(self, voltage_v: float) -> None:
        await self._call("start_cable_check")
        await super().start_cable_check(voltage_v)

    async def set_dc_output(self, voltage_v: float, current_a: float) -> None:
        await self._call("set_dc_output")
        await super().set_dc_output(voltage_v, current_a)

    async def set_ac_power(self, active_power_w: float) -> None:
        await self._call("set_ac_power")
        await super().set_ac_power(active_power_w)

    async def close_contactors(self) -> None:
        await self._call("close_contactors")
        await super().close_contactors()

    async def power_off(self) -> None:
        self.calls.append(("power_off", time.monotonic()))
        await super().power_off()


@dataclass(frozen=True)
class Silence:
    how: str
    watchdog_s: float
    delay_s: float  # EV silent -> controller.power_off()
    end_reason: str


class WatchedSECC:
    """An SECCServer with PowerLogEVSEs and the given watchdog, on whatever loop it is started from."""

    def __init__(self, certificates: Certificates, watchdog_s: float) -> None:
        self.evses: list[PowerLogEVSE] = []
        ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)

        def factory() -> PowerLogEVSE:
            self.evses.append(PowerLogEVSE())
            return self.evses[-1]

        self.server = SECCServer(SECCConfig(charge_loop_watchdog_s=watchdog_s), factory, ssl_context=ctx,
                                 callbacks=SessionCallbacks())

    def charging_loops(self) -> int:
        """Power set-points applied since the contactors closed (one per ChargeLoopReq)."""
        if not self.evses:
            return 0
        names = self.evses[-1].names()
        if "close_contactors" not in names:
            return 0
        return sum(n in ("set_dc_output", "set_ac_power") for n in names[names.index("close_contactors"):])

    async def wait(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not within {timeout} s")
            await asyncio.sleep(0.01)

    async def silence(self, how: str, t0: float, watchdog_s: float) -> Silence:
        """Wait for the session's end; the delay is from t0 (EV silent) to the first power_off after it."""
        await self.wait(lambda: bool(self.server.summaries), watchdog_s + 30.0, "session end")
        off = self.evses[-1].first_after("power_off", t0)
        assert off is not None, self.evses[-1].names()
        return Silence(how, watchdog_s, off - t0, self.server.summaries[-1].end_reason)


def write_ev_config(directory: Path, certificates: Certificates, energy_transfer: str = "DC") -> Path:
    """An `evcc run` TOML: charge forever at a 50 ms cadence (until something else stops it)."""
    path = directory / "frozen-ev.toml"
    path.write_text(
        f'[evcc]\nenergy_transfer = "{energy_transfer}"\ncontrol_mode = "Dynamic"\ncharge_loop_interval_s = 0.05\n'
        f'stop_at_target_soc = false\n\n[connection]\ntls_trust_roots = ["{certificates.v2g_root}"]\n',
        encoding="utf-8",
    )
    return path


async def frozen_ev(workdir: Path, watchdog_s: float, energy_transfer: str = "DC") -> Silence:
    """`evcc run` as a subprocess charging against our SECC, then SIGSTOP: TCP stays open, nothing arrives."""
    certificates = make_certificates(workdir / "pki")
    secc = WatchedSECC(certificates, watchdog_s)
    await secc.server.start("::1", 0)
    config = write_ev_config(workdir, certificates, energy_transfer)
    proc = subprocess.Popen(
        [sys.executable, "-m", "evcc.cli", "run", str(config), "--host", "::1", "--port", str(secc.server.port),
         "--quiet"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        await secc.wait(lambda: secc.charging_loops() >= 3, 60.0, "three ChargeLoopReqs of the EV subprocess")
        os.kill(proc.pid, signal.SIGSTOP)
        t0 = time.monotonic()
        return await secc.silence("frozen EV (SIGSTOP)", t0, watchdog_s)
    finally:
        proc.kill()  # SIGKILL ends a stopped process too
        proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
        await secc.server.close()


def _cut_link(ifname: str, how: str) -> None:
    from pyroute2 import IPRoute

    with IPRoute() as ipr:
        index = ipr.link_lookup(ifname=ifname)[0]
        if how == "down":
            ipr.link("set", index=index, state="down")
        else:
            ipr.link("del", index=index)


async def link_down(workdir: Path, watchdog_s: float, how: str = "down", energy_transfer: str = "DC") -> Silence:
    """SECC and our EVCC in two namespaces over a veth pair; mid-charge the EV's veth end goes down
    (`how="down"`) or is deleted (`how="delete"`)."""
    from tests.netns_helpers import NetnsLoop, run_in_netns, veth_link

    certificates = make_certificates(workdir / "pki")
    with veth_link("wd-") as link, NetnsLoop(link.a.netns) as secc_ns, NetnsLoop(link.b.netns) as ev_ns:
        secc = WatchedSECC(certificates, watchdog_s)
        await secc_ns.run(secc.server.start(str(link.a.address), 0, interface=link.a.ifname, sdp_server=False))
        config = dataclasses.replace(evcc_config(max_charge_loops=None, charge_loop_interval_s=0.05,
                                                 stop_at_target_soc=False),
                                     energy_transfer=EnergyTransfer(energy_transfer))
        client = EVCCClient(make_vehicle(config), config, interface=link.b.ifname,
                            ssl_context=tls.evcc_client_context([certificates.v2g_root]))
        ev_run = asyncio.run_coroutine_threadsafe(client.run(str(link.a.address), secc.server.port), ev_ns.loop)
        try:
            await secc.wait(lambda: secc.charging_loops() >= 3, 30.0, "three ChargeLoopReqs over the veth link")
            run_in_netns(link.b.netns, _cut_link, link.b.ifname, how)
            t0 = time.monotonic()
            return await secc.silence(f"link {how} (EV side)", t0, watchdog_s)
        finally:
            ev_run.cancel()
            await secc_ns.run(secc.server.close())
