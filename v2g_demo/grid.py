"""`v2g-demo --drm SCRIPT`: a DRM script (AS/NZS 4755) played against live DC BPT and AC BPT sessions.

Each session runs our EVCC against an in-process SECC over loopback TLS 1.3, with a secc.grid
GridLimitManager fed by a simulated DRED whose inputs follow the script (times compressed by
`time_scale`). At every ChargeLoopRes the charger's grid limit and the power actually flowing are
sampled; the run prints them as a table and, when asked, draws them as a PNG.
"""
from __future__ import annotations

import asyncio
import dataclasses
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer, UserSettings
from v2g_demo.plot import NO_MODE, PanelData, require_matplotlib, write_figure
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from pki.testpki import build_pki, write_pki

@dataclass(frozen=True)
class GridDemoSession:
    title: str
    energy_transfer: EnergyTransfer
    rating_w: float  # the site's import/export rating the DRMs take their percentages of


GRID_SESSIONS = (
    GridDemoSession("DC BPT, Dynamic mode", EnergyTransfer.DC, 50_000.0),
    GridDemoSession("AC BPT, Dynamic mode", EnergyTransfer.AC, 11_000.0),
)


@dataclass
class Sample:
    t: float
    import_limit_w: float
    export_limit_w: float
    power_w: float
    modes: str
    response: str = ""  # the ChargeLoopRes trace line, with the limits the EV was given


@dataclass
class GridRun:
    session: GridDemoSession
    samples: list[Sample] = field(default_factory=list)
    outcome: str = ""
    power_off_at_end: bool = False
    signals: list[tuple[float, frozenset[Any]]] = field(default_factory=list)  # (t, DRED inputs) per step


async def run_session(session: GridDemoSession, script: Path | list[Any], time_scale: float, pki_dir: Path,
                      out: Callable[[str], None], consent: Any = None) -> GridRun:
    """`script`: a DRM script file, or its steps (secc.grid.script.ScriptStep); `consent`: the station's
    secc.grid Consent (None: the default, no discharge for DRM8)."""
    # The SECC side comes in here only for the demo: in a deployment it is another device.
    from secc.config import SECCConfig
    from secc.grid import GridConfig, GridLimitManager, Ratings
    from secc.grid.clock import SystemClock
    from secc.grid.script import DRMScriptPlayer, ScriptStep, load_script
    from secc.grid.sources.dred import DREDAdapter, SimulatedDRMInput
    from secc.server import SECCServer
    from secc.session import SessionCallbacks
    from secc.simulator import SimulatedEVSE, SimulatorSettings

    manifest = write_pki(build_pki(), pki_dir)
    secc_files = manifest["files"]["secc"]
    grid = GridLimitManager(GridConfig(Ratings(import_w=session.rating_w, export_w=session.rating_w, phases=3)))
    drm_input = SimulatedDRMInput()
    dred = DREDAdapter(grid, drm_input)
    run = GridRun(session)
    evses: list[SimulatedEVSE] = []
    started = time.monotonic()

    def trace(line: str) -> None:
        if "SECC -> " in line and "ChargeLoopRes" in line and evses:
            limits = grid.current_limits()
            modes = ",".join(sorted(m.mode.name for m in limits.active_modes)) or "-"
            run.samples.append(Sample(time.monotonic() - started, limits.import_limit_w, limits.export_limit_w,
                                      evses[-1].present_power_w, modes, line))

    def factory() -> SimulatedEVSE:
        evses.append(SimulatedEVSE(SimulatorSettings()))
        return evses[-1]

    ssl_context = tls.secc_server_context(pki_dir / secc_files["chain"], pki_dir / secc_files["key"],
                                          client_auth=tls.ClientAuth.NONE)
    server = SECCServer(SECCConfig(), factory, ssl_context=ssl_context, callbacks=SessionCallbacks(trace=trace))
    await server.start("::1", 0)
    server.attach_grid(grid, consent)
    steps = [dataclasses.replace(s, at_s=s.at_s * time_scale)
             for s in (load_script(script) if isinstance(script, Path) else script)]
    player = DRMScriptPlayer(steps, drm_input)

    def on_step(step: ScriptStep) -> None:
        dred.poll()
        run.signals.append((time.monotonic() - started, drm_input.read()))
        out(f"   t={time.monotonic() - started:5.2f} s  DRED inputs now {sorted(m.name for m in drm_input.read())}")

    config = EVCCConfig(energy_transfer=session.energy_transfer, bpt=True, control_mode=ControlMode.Dynamic,
                        charge_loop_interval_s=0.1, max_charge_loops=10_000,
                        settings=UserSettings(target_soc=90, discharge_allowed=True, discharge_soc_floor=30))
    ev = SimulatedEV(battery=BatteryModel(soc=40.0), settings=config.settings,
                     energy_transfer=config.energy_transfer, time_scale=config.time_scale)
    client = EVCCClient(ev, config, ssl_context=tls.evcc_client_context([pki_dir / manifest["trust"]["v2g"]]))
    player_task = asyncio.get_running_loop().create_task(player.run(SystemClock(), on_step))
    try:
        report = await asyncio.wait_for(client.run("::1", server.port), timeout=60 + 60 * time_scale)
        async with asyncio.timeout(5.0):  # the SECC writes its summary just after the EV hung up
            while server.sessions:
                await asyncio.sleep(0.01)
    finally:
        player_task.cancel()
        await asyncio.gather(player_task, return_exceptions=True)
        await server.close()
    # -20 tells the EV only that the EVSE terminated (EVSENotification Terminate); the cause is the SECC's.
    ev_end = f"{report.end.kind.value}: {report.end.reason}" if report.end else "no end"
    secc_end = "; ".join(summary.end_reason for summary in server.summaries) or "no session"
    run.outcome = f"EV {ev_end}; SECC: {secc_end}"
    run.power_off_at_end = all(e.present_power_w == 0 for e in evses)
    limits = grid.current_limits()
    run.samples.append(Sample(time.monotonic() - started, limits.import_limit_w, limits.export_limit_w,
                              sum(e.present_power_w for e in evses), "end"))
    return run


def _table(run: GridRun, out: Callable[[str], None], every: int) -> None:
    out(f"   {'t (s)':>6} {'DRMs':<12} {'import limit kW':>16} {'export limit kW':>16} {'power kW':>9}")
    for i, s in enumerate(run.samples):
        if i % every == 0 or (i and run.samples[i - 1].modes != s.modes) or i == len(run.samples) - 1:
            out(f"   {s.t:6.2f} {s.modes:<12} {s.import_limit_w / 1000:16.1f} {s.export_limit_w / 1000:16.1f} "
                f"{s.power_w / 1000:9.2f}")


def plot_runs(runs: list[GridRun], path: Path, script: str = "DRM script") -> Any:
    """One panel per session: power, import and export limits, active DRMs shaded (v2g_demo.plot)."""
    panels = [
        PanelData(
            title=f"{r.session.title}, site rating {r.session.rating_w / 1000:g} kW",
            t_s=[s.t for s in r.samples],
            power_w=[s.power_w for s in r.samples],
            import_limit_w=[s.import_limit_w for s in r.samples],
            export_limit_w=[s.export_limit_w for s in r.samples],
            modes=[NO_MODE if s.modes == "end" else s.modes for s in r.samples],
        )
        for r in runs
    ]
    return write_figure(path, panels, f"AS/NZS 4755 DRED ({script}) against live ISO 15118-20 sessions")


async def run_grid_demo(script: Path, *, time_scale: float = 0.1, plot: Path | None = None,
                        out: Callable[[str], None] = print) -> bool:
    if plot:
        require_matplotlib()
    runs = []
    with tempfile.TemporaryDirectory(prefix="evcc-grid-demo-") as tmp:
        for index, session in enumerate(GRID_SESSIONS, start=1):
            out(f"== grid session {index}: {session.title}, DRM script {script} at {time_scale:g}x time, "
                f"site rating {session.rating_w / 1000:g} kW")
            run = await run_session(session, script, time_scale, Path(tmp) / f"pki{index}", out)
            _table(run, out, every=5)
            out(f"   ended: {run.outcome}; power off: {run.power_off_at_end}")
            runs.append(run)
    within = all(s.power_w <= s.import_limit_w * 1.001 + 1.0 for r in runs for s in r.samples)
    out(f"== grid summary: power within the grid import limit at every ChargeLoopRes: {within}")
    if plot:
        plot_runs(runs, plot, Path(script).name)
        out(f"   plot: {plot} (one panel per session: power, import/export limits, active DRMs shaded)")
    return within and all(r.power_off_at_end and r.samples for r in runs)
