"""CSIP, OCPP and OpenADR limits reach a live AC Dynamic session from the next ChargeLoopRes.

The DRED path is covered DRM by DRM in test_drm_in_sessions.py; here each other source sets a 3 kW
import limit on a 10 kW site while a real session (probe EV over loopback TLS 1.3) is charging.
"""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest
from e2e_harness import dred_session

from iso15118.session.units import from_rational as F
from evcc import probe as p
from secc.controller import ControlMode as M, EnergyService as S
from secc.grid import GridConfig, GridLimitManager, Ratings
from secc.grid.sources.csip import CSIPAdapter
from secc.grid.sources.ocpp import OCPPAdapter
from secc.grid.sources.openadr import OpenADRAdapter

RATING_W, LIMIT_W = 10_000.0, 3_000.0


def _iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, tz=dt.timezone.utc).isoformat()


def csip(grid: GridLimitManager, now: float) -> None:
    CSIPAdapter(grid).apply([{"mRID": "A1", "interval": {"start": int(now) - 1, "duration": 600},
                              "DERControlBase": {"opModImpLimW": {"value": int(LIMIT_W)}}}])


def ocpp(grid: GridLimitManager, now: float) -> None:
    OCPPAdapter(grid).set_charging_profile({
        "id": 1, "stackLevel": 0, "chargingProfilePurpose": "ChargingStationExternalConstraints",
        "chargingProfileKind": "Absolute",
        "chargingSchedule": [{"id": 1, "chargingRateUnit": "W", "startSchedule": _iso(now - 1),
                              "chargingSchedulePeriod": [{"startPeriod": 0, "limit": LIMIT_W}]}],
    })


def openadr(grid: GridLimitManager, now: float) -> None:
    OpenADRAdapter(grid).distribute_event([{
        "eventDescriptor": {"eventID": "e1", "modificationNumber": 0, "priority": 1, "eventStatus": "active"},
        "eiActivePeriod": {"dtstart": _iso(now - 1), "duration": "PT30M"},
        "eiEventSignals": [{"signalName": "LOAD_CONTROL", "signalType": "x-loadControlCapacity", "signalID": "s",
                            "intervals": [{"uid": "0", "duration": "PT30M", "signalPayload": LIMIT_W / RATING_W}]}],
    }])


@pytest.mark.parametrize("source", [csip, ocpp, openadr], ids=lambda f: f.__name__)
async def test_source_limit_reaches_the_next_charge_loop_response(secc, source: Callable) -> None:
    grid = GridLimitManager(GridConfig(Ratings(import_w=RATING_W, export_w=RATING_W, phases=3),
                                       randomisation_enabled=False))
    h = await secc()
    h.server.attach_grid(grid)
    c = await h.probe()
    await c.start_charging(S.AC, M.Dynamic)
    before = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert F(before.CLResControlMode.EVSETargetActivePower) > LIMIT_W  # charging above the coming limit
    source(grid, time.time())
    assert grid.current_limits().import_limit_w == pytest.approx(LIMIT_W)
    after = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert F(after.CLResControlMode.EVSETargetActivePower) <= LIMIT_W + 1.0
    assert h.evses[0].present_power_w <= LIMIT_W + 1.0
    revision = grid.current_limits().revision
    assert grid.audit.get(revision).time_sent_to_ev is not None


@pytest.mark.parametrize("configured", [True, False])
async def test_drm1_opens_the_contactor_only_where_configured(secc, configured: bool) -> None:
    from secc.grid.model import DRM

    grid = GridLimitManager(GridConfig(Ratings(import_w=RATING_W, export_w=RATING_W, phases=3),
                                       randomisation_enabled=False, drm1_opens_contactor=configured))
    h, c, _, _ = await dred_session(secc, grid, S.AC, M.Dynamic, [DRM.DRM1])
    assert grid.current_limits().disconnect is configured
    if configured:
        await h.ended()
        assert h.reason == "grid disconnect (DRM1)"
        h.assert_power_off()
    else:  # DRM1 alone: no import, session and contactor stay
        res = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
        assert F(res.CLResControlMode.EVSETargetActivePower) <= 1.0


async def test_scheduled_mode_limit_below_the_schedule_triggers_schedule_renegotiation(secc) -> None:
    from secc.grid.model import DRM

    grid = GridLimitManager(GridConfig(Ratings(import_w=RATING_W, export_w=RATING_W, phases=3),
                                       randomisation_enabled=False))
    h, c, _, _ = await dred_session(secc, grid, S.AC, M.Scheduled, [DRM.DRM2])  # 5 kW: below the flat schedule the EV selected
    res = await c.request(p.charge_loop(c.session_id, S.AC, M.Scheduled, power_w=RATING_W))
    assert res.EVSEStatus is not None and res.EVSEStatus.EVSENotification.value == "ScheduleRenegotiation"
    assert F(res.CLResControlMode.EVSETargetActivePower) <= RATING_W / 2 + 1.0
    assert h.evses[0].present_power_w <= RATING_W / 2 + 1.0
