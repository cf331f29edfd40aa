"""End-to-end helpers: our SECC (in-process asyncio server) and our EVCC over loopback TLS 1.3."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc.client import EVCCClient, SessionReport
from evcc.config import EVCCConfig
from evcc.controller import UserSettings
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from pki.testpki import build_pki, write_pki
from secc.config import SECCConfig
from secc.session import SessionSummary
from secc.simulator import SimulatedEVSE


@dataclass(frozen=True)
class Certificates:
    secc_chain: Path
    secc_key: Path
    v2g_root: Path


def make_certificates(out: Path) -> Certificates:
    manifest = write_pki(build_pki(), out)
    secc = manifest["files"]["secc"]
    return Certificates(out / secc["chain"], out / secc["key"], out / manifest["trust"]["v2g"])


@dataclass
class SECCHarness:
    """One in-process SECCServer; `on_request(handle, name, count)` sees every request as it arrives."""

    config: SECCConfig
    port: int = 0
    tcp_port: int | None = None  # the plain TCP listener beside TLS (tcp_listener=True)
    evses: list[SimulatedEVSE] = field(default_factory=list)  # one simulated EVSE per session
    summaries: list[SessionSummary] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    on_request: Callable[[Any, str, int], None] | None = None

    @property
    def evse(self) -> SimulatedEVSE:
        return self.evses[-1]

    def count(self, name: str) -> int:
        return self.requests.count(name)

    async def wait_summaries(self, n: int, timeout: float = 3.0) -> list[SessionSummary]:
        """The SECC writes its summary after the EVCC hung up: wait for it."""
        async with asyncio.timeout(timeout):
            while len(self.summaries) < n:
                await asyncio.sleep(0.005)
        return self.summaries


def make_vehicle(config: EVCCConfig, soc: float = 50.0) -> SimulatedEV:
    return SimulatedEV(
        battery=BatteryModel(soc=soc),
        settings=config.settings,
        energy_transfer=config.energy_transfer,
        time_scale=config.time_scale,
    )


async def run_evcc(
    config: EVCCConfig, port: int, certificates: Certificates, *, soc: float = 50.0, timeout: float = 30.0
) -> tuple[SessionReport, SimulatedEV]:
    ev = make_vehicle(config, soc)
    ctx = tls.evcc_client_context([certificates.v2g_root])
    client = EVCCClient(ev, config, ssl_context=ctx)
    report = await asyncio.wait_for(client.run("::1", port), timeout)
    return report, ev


def evcc_config(**kw: Any) -> EVCCConfig:
    settings = kw.pop("settings", UserSettings(target_soc=90.0))
    base: dict[str, Any] = dict(
        charge_loop_interval_s=0.0, ongoing_poll_interval_s=0.01, max_charge_loops=10, time_scale=60.0
    )
    base.update(kw)
    return EVCCConfig(settings=settings, **base)


async def dred_session(secc: Callable[..., Any], grid: Any, service: Any, mode: Any, drms: list[Any],
                       config: SECCConfig | None = None) -> tuple[Any, Any, Any, Any]:
    """A probe EV charging in a live session of an SECC following `grid`, then `drms` asserted on a
    simulated DRED input. Returns the harness, the probe client, the DRM input and its adapter."""
    from secc.grid.sources.dred import DREDAdapter, SimulatedDRMInput

    drm_input = SimulatedDRMInput()
    dred = DREDAdapter(grid, drm_input)
    h = await secc(config)
    h.server.attach_grid(grid)
    c = await h.probe()
    await c.start_charging(service, mode)
    drm_input.set(drms)
    dred.poll()
    return h, c, drm_input, dred
