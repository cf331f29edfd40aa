"""A DRM2 cap against a real SECC session: the power electronics hold it, an EV that keeps exceeding it is stopped."""
from __future__ import annotations

import asyncio
import random
import time

import pytest
from e2e_harness import dred_session

from iso15118 import v2gtp
from iso15118.session.units import from_rational as F
from evcc import probe as p
from secc.config import SECCConfig
from secc.controller import ControlMode as M, EnergyService as S
from secc.grid import GridConfig, GridLimitManager, Ratings
from secc.grid.model import DRM

GRACE_S = 0.6


async def _capped_session(secc, service: S, mode: M):
    grid = GridLimitManager(GridConfig(Ratings(import_w=11_000, export_w=11_000, phases=3), violation_grace_s=GRACE_S),
                            rng=random.Random(1))
    h, c, _, _ = await dred_session(secc, grid, service, mode, [DRM.DRM2], SECCConfig(notification_max_delay_s=1))
    return h, c


@pytest.mark.parametrize("service", [S.AC, S.DC], ids=["AC", "DC"])
async def test_ev_ignoring_the_drm2_cap_is_capped_then_terminated_with_power_off(secc, service: S) -> None:
    h, c = await _capped_session(secc, service, M.Scheduled)
    started = time.monotonic()
    notified_at = None
    with pytest.raises(v2gtp.V2GTPError):
        for _ in range(60):  # the EV keeps drawing 11 kW whatever the SECC says
            res = await c.request(p.charge_loop(c.session_id, service, M.Scheduled, power_w=11_000))
            assert h.evses[0].present_power_w <= 5500 * 1.001
            if res.EVSEStatus is not None and res.EVSEStatus.EVSENotification.value != "ScheduleRenegotiation" and notified_at is None:
                assert res.EVSEStatus.EVSENotification.value == "Terminate"
                notified_at = time.monotonic()
            await asyncio.sleep(0.1)
    assert notified_at is not None and notified_at - started >= GRACE_S
    await h.ended()
    assert h.reason == "EV did not stop within NotificationMaxDelay"
    h.assert_power_off()


async def test_ev_complying_with_the_cap_is_not_stopped(secc) -> None:
    h, c = await _capped_session(secc, S.AC, M.Scheduled)
    for _ in range(int(3 * GRACE_S / 0.1)):
        res = await c.request(p.charge_loop(c.session_id, S.AC, M.Scheduled, power_w=5400))
        assert res.EVSEStatus is None or res.EVSEStatus.EVSENotification.value != "Terminate"
        await asyncio.sleep(0.1)
    assert not h.server.summaries


async def test_ac_dynamic_response_carries_per_phase_and_reactive_targets(secc) -> None:
    from secc.grid.model import GridLimits

    h = await secc()
    c = await h.probe()
    await c.start_charging(S.AC, M.Dynamic)
    h.evses[0].handle.update_grid_limits(GridLimits(
        revision=7, import_limit_w=9000.0, export_limit_w=0.0,
        import_limit_phase_w=(2000.0, 3500.0, 3500.0), export_limit_phase_w=(0.0, 0.0, 0.0),
        phases=3, reactive_power_var=-1200.0,
    ))
    await asyncio.sleep(0.05)
    res = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    mode = res.CLResControlMode
    targets = [F(mode.EVSETargetActivePower), F(mode.EVSETargetActivePower_L2), F(mode.EVSETargetActivePower_L3)]
    assert targets == pytest.approx([2000.0, 3500.0, 3500.0], rel=1e-3)
    reactive = [F(mode.EVSETargetReactivePower), F(mode.EVSETargetReactivePower_L2), F(mode.EVSETargetReactivePower_L3)]
    assert reactive == pytest.approx([-400.0] * 3, rel=1e-3)
    assert h.evses[0].present_power_w <= 9000 * 1.001
