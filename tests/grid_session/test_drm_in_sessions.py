"""Each DRM asserted on the DRED reaches a live session from the first ChargeLoopRes after the signal.

Our EVCC against our SECC over loopback TLS 1.3 (v2g_demo.grid.run_session), DC BPT and AC BPT in
Dynamic mode: the limits the EV is given and the power that flows stay within the grid limit the
DRM sets (AS/NZS 4755: DRM1/2/3 import 0/50/75 %, DRM5/6/7 export 0/50/75 %); DRM4/DRM8 are
requests and leave the limits at the rating; DRM0 ends the session with power off.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from v2g_demo.grid import GRID_SESSIONS, GridDemoSession, run_session
from secc.grid.model import DRM
from secc.grid.script import ScriptStep

SIGNAL_AT_S, DRM0_AT_S = 0.6, 1.3
EXPECTED = {  # DRM: (import, export) as a fraction of the rating
    DRM.DRM1: (0.0, 1.0), DRM.DRM2: (0.5, 1.0), DRM.DRM3: (0.75, 1.0), DRM.DRM4: (1.0, 1.0),
    DRM.DRM5: (1.0, 0.0), DRM.DRM6: (1.0, 0.5), DRM.DRM7: (1.0, 0.75), DRM.DRM8: (1.0, 1.0),
}


def _watts(line: str, field: str) -> float | None:
    found = re.search(rf"\b{field}=(-?[\d.]+)", line)
    return float(found.group(1)) if found else None


@pytest.mark.parametrize("session", GRID_SESSIONS, ids=lambda s: s.energy_transfer.value)
@pytest.mark.parametrize("drm", list(EXPECTED), ids=lambda d: d.name)
async def test_drm_limits_reach_the_ev_from_the_first_response(drm: DRM, session: GridDemoSession,
                                                              tmp_path: Path) -> None:
    steps = [ScriptStep(SIGNAL_AT_S, set_modes=frozenset({drm})), ScriptStep(DRM0_AT_S, set_modes=frozenset({DRM.DRM0}))]
    run = await run_session(session, steps, 1.0, tmp_path / "pki", lambda line: None)
    after = [s for s in run.samples if s.modes not in ("-", "end") and drm.name in s.modes]
    assert after, f"no ChargeLoopRes carried {drm.name}: {[(s.t, s.modes) for s in run.samples]}"
    first_after = run.samples.index(after[0])
    assert all(s.modes == "-" for s in run.samples[:first_after]), "the mode appeared before the signal"
    import_w, export_w = (f * session.rating_w for f in EXPECTED[drm])
    for sample in after:
        assert sample.import_limit_w == pytest.approx(import_w) and sample.export_limit_w == pytest.approx(export_w)
        assert sample.power_w <= import_w + 1.0, sample
        given = "EVSEMaximumChargePower" if session.energy_transfer.value == "DC" else "EVSETargetActivePower"
        assert _watts(sample.response, given) <= import_w + 1.0, sample.response
    assert run.samples[-1].power_w == 0 and run.power_off_at_end  # DRM0: session over, contactor open
    # The charger ended it and the EV learnt it the -20 way (Terminate), not from a broken connection.
    assert run.outcome == "EV Terminated: EVSE notification Terminate; SECC: grid disconnect (DRM0)", run.outcome
