"""A GridLimitManager attached to a real SECCServer hears of every session: its start, the power applied
in the charge loop (+ import, - export) and its end (which clears overrides and the EV state)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from v2g_demo.grid import GRID_SESSIONS, GridDemoSession, run_session
from secc.grid import GridLimitManager
from secc.grid.model import DRM
from secc.grid.settings import Consent
from secc.grid.script import ScriptStep


@pytest.mark.parametrize("session", GRID_SESSIONS, ids=lambda s: s.energy_transfer.value)
async def test_manager_hears_start_power_and_end(session: GridDemoSession, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any]] = []
    for name in ("session_started", "session_ended", "report_power", "update_ev"):
        original = getattr(GridLimitManager, name)

        def spy(self: GridLimitManager, *args: Any, _name: str = name, _orig: Any = original, **kw: Any) -> Any:
            calls.append((_name, args[0] if args else None))
            return _orig(self, *args, **kw)
        monkeypatch.setattr(GridLimitManager, name, spy)
    steps = [ScriptStep(0.8, set_modes=frozenset({DRM.DRM0}))]
    await run_session(session, steps, 1.0, tmp_path / "pki", lambda line: None)
    names = [n for n, _ in calls]
    assert names.count("session_started") == 1 and names.count("session_ended") == 1, names
    started = next(arg for n, arg in calls if n == "session_started")
    assert isinstance(started, str) and len(started) == 16 and int(started, 16) >= 0  # 8-byte SessionID in hex
    powers = [arg for n, arg in calls if n == "report_power"]
    assert powers, "the charge loop reported no power"
    assert any(abs(p) > 0 for p in powers), powers
    assert all(abs(p) <= session.rating_w * 1.01 for p in powers), powers
    ev = [arg for n, arg in calls if n == "update_ev"][-1]  # the EV state as the session learned it
    assert ev.bidirectional is True  # the demo sessions are DC BPT and AC BPT
    assert ev.soc_percent is not None and 0 <= ev.soc_percent <= 100  # from ChargeLoopReq DisplayParameters.PresentSOC
    assert ev.discharge_consent is False and ev.import_increase_consent is True  # the default standing Consent
    assert names.index("session_started") < names.index("report_power") < names.index("session_ended")


@pytest.mark.parametrize("discharge_consent", [True, False], ids=["consent", "no-consent"])
@pytest.mark.parametrize("session", GRID_SESSIONS, ids=lambda s: s.energy_transfer.value)
async def test_drm8_discharges_a_bpt_ev_only_with_consent(session: GridDemoSession, discharge_consent: bool,
                                                          tmp_path: Path) -> None:
    """DRM8 asks for export; the manager allows it only knowing the EV's SoC (from DC_/AC_ChargeLoopReq
    DisplayParameters.PresentSOC, above the floors) and with the station's consent."""
    steps = [ScriptStep(0.0, set_modes=frozenset({DRM.DRM8})), ScriptStep(1.5, set_modes=frozenset({DRM.DRM0}))]
    run = await run_session(session, steps, 1.0, tmp_path / "pki", lambda line: None,
                            consent=Consent(discharge=discharge_consent, soc_floor_percent=20.0))
    powers = [s.power_w for s in run.samples if s.modes == "DRM8"]
    assert powers, [s.modes for s in run.samples]
    if discharge_consent:
        assert min(powers) < 0, powers  # the EV fed energy back
    else:
        assert all(p >= 0 for p in powers), powers
    assert run.power_off_at_end
