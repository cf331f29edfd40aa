"""Power never flows after a stop, and an EV that falls silent loses power within the charge-loop watchdog.

Our SECC over loopback TLS 1.3 (and over a veth pair between two namespaces), with a controller that
logs every power-electronics call: once power_off was called for a stop, no set-point and no
contactor close may follow, whatever request was in flight; the end reason is the stop's.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import pytest
from silent_ev import PowerLogEVSE, frozen_ev, link_down
from test_secc_negative import Limits, expect_closed, pki_files, secc  # noqa: F401  (fixtures)

from iso15118 import v2gtp
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import evseNotificationType, responseCodeType as RC
from iso15118.session.timers import SessionTiming
from iso15118.session.units import from_rational as F
from evcc import probe as p
from secc.config import SECCConfig
from secc.controller import ControlMode as M, EnergyService as S
from tests.netns_helpers import requires_netns

WATCHDOG_S = 1.0


def within_watchdog(delay_s: float, watchdog_s: float) -> bool:
    """The watchdog fired: not before it could, and within one more watchdog period (+0.5 s of load)."""
    return delay_s <= 2 * watchdog_s + 0.5


def stop_by(kind: str, h: Any) -> tuple[Any, str]:
    """A hook the controller runs inside its limits call, and the end reason the session must give."""
    if kind == "emergency":
        return (lambda: h.evses[0].handle.emergency_stop("emergency button")), "emergency button"
    return (lambda: h.server.apply_grid_limits(Limits(9, 0, 0, disconnect=True))), "grid disconnect (DRM0)"


def limits_of(res: Any) -> float:
    mode = res.CLResControlMode
    name = "EVSEMaximumChargePower" if hasattr(mode, "EVSEMaximumChargePower") else "EVSETargetActivePower"
    return F(getattr(mode, name))


@pytest.mark.parametrize("kind", ["emergency", "drm0"])
@pytest.mark.parametrize("service", [S.AC, S.DC], ids=["AC", "DC"])
async def test_stop_during_gather_never_reenables_power(secc, service: S, kind: str) -> None:
    """The stop arrives while a ChargeLoopReq waits on the controller (limits call + 50 ms): power goes
    off at once, the in-flight request's set-point never reaches the hardware, and the EV is told
    (Terminate, NotificationMaxDelay 0, zero limits) in that very response, then winds down cleanly."""
    h = await secc(evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.start_charging(service, M.Dynamic)
    evse: PowerLogEVSE = h.evses[0]
    res = await c.request(p.charge_loop(c.session_id, service, M.Dynamic))
    assert evse.present_power_w > 0 and limits_of(res) > 0
    hook, reason = stop_by(kind, h)
    evse.hook = ("dc_limits" if service.is_dc else "ac_limits", hook)
    try:
        res = await c.request(p.charge_loop(c.session_id, service, M.Dynamic))
    except v2gtp.V2GTPError:
        res = None  # checked below, after the power log of the whole session
        await h.ended()
    assert evse.hook is None, "the hook did not run in the in-flight request"
    assert evse.power_on_after_power_off() == [], evse.names()
    assert res is not None and res.ResponseCode is RC.OK
    assert res.EVSEStatus.EVSENotification is evseNotificationType.Terminate and res.EVSEStatus.NotificationMaxDelay == 0
    assert limits_of(res) == 0
    assert evse.present_power_w == 0 and not evse.contactors_closed
    for r in await c.stop(service):
        assert r.ResponseCode is RC.OK, r
    await h.ended()
    assert h.reason == reason
    assert evse.power_on_after_power_off() == [], evse.names()
    h.assert_power_off()


@pytest.mark.parametrize("service", [S.AC, S.DC], ids=["AC", "DC"])
async def test_stop_while_the_hardware_applies_a_set_point_is_followed_by_power_off(secc, service: S) -> None:
    """The stop comes while set_ac_power/set_dc_output is still running (it finishes after the stop's
    power_off): the runner switches off once more, so the output does not keep that set-point."""
    h = await secc(evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.start_charging(service, M.Dynamic)
    evse: PowerLogEVSE = h.evses[0]
    evse.hook = ("set_dc_output" if service.is_dc else "set_ac_power", lambda: evse.handle.emergency_stop("emergency button"))
    res = await c.request(p.charge_loop(c.session_id, service, M.Dynamic))
    assert res.EVSEStatus.EVSENotification is evseNotificationType.Terminate
    assert evse.names()[-1] == "power_off", evse.names()
    assert (evse.ac_power_w, evse.voltage_v, evse.current_a) == (0.0, 0.0, 0.0) and not evse.contactors_closed
    await c.stop(service)
    await h.ended()
    assert h.reason == "emergency button"


@pytest.mark.parametrize("kind", ["emergency", "drm0"])
async def test_stop_between_requests_reaches_the_next_charge_loop_response(secc, kind: str) -> None:
    h = await secc(evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.start_charging(S.DC, M.Scheduled)
    hook, reason = stop_by(kind, h)
    hook()
    res = await c.request(p.charge_loop(c.session_id, S.DC, M.Scheduled))
    assert res.EVSEStatus.EVSENotification is evseNotificationType.Terminate and limits_of(res) == 0
    assert h.evses[0].present_power_w == 0
    await c.stop(S.DC)
    await h.ended()
    assert h.reason == reason
    assert h.evses[0].power_on_after_power_off() == []


async def test_stop_before_power_transfer_answers_failed(secc) -> None:
    """Outside the charge loop there is no notification to carry it: the next request gets FAILED."""
    h = await secc(evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.setup(S.DC, M.Dynamic)
    h.evses[0].handle.emergency_stop("emergency button")
    res = await c.request(p.charge_parameter_discovery(c.session_id, S.DC))
    assert res.ResponseCode is RC.FAILED
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason == "emergency button"
    h.assert_power_off()


async def test_power_delivery_start_after_a_stop_is_refused(secc) -> None:
    """A stop during pre-charge: the EV's PowerDelivery Start gets FAILED and no contactor closes."""
    h = await secc(evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.setup(S.DC, M.Dynamic)
    sid = c.session_id
    await c.request(p.charge_parameter_discovery(sid, S.DC))
    await c.request(p.schedule_exchange(sid, M.Dynamic))
    await c.request(p.cable_check(sid))
    await c.request(p.pre_charge(sid))
    h.evses[0].handle.emergency_stop("emergency button")
    res = await c.request(p.power_delivery(sid, cm.chargeProgressType.Start))
    assert res.ResponseCode is RC.FAILED
    await h.ended()
    assert h.reason == "emergency button"
    assert "close_contactors" not in h.evses[0].names()
    h.assert_power_off()


async def test_drm0_in_force_refuses_a_new_connection_before_anything_is_energized(secc) -> None:
    """Before SessionSetup there is nobody to tell: the connection closes at once, nothing is switched on."""
    h = await secc(evse_class=PowerLogEVSE)
    h.server.apply_grid_limits(Limits(3, 0, 0, disconnect=True))
    conn = await h.connect()
    await expect_closed(conn)
    await h.ended()
    assert h.reason == "grid disconnect (DRM0)"
    assert [n for n in h.evses[0].names() if n != "power_off"] == []


# --- the charge-loop watchdog -------------------------------------------------------------------


@pytest.mark.parametrize("service", [S.AC, S.DC], ids=["AC", "DC"])
async def test_watchdog_powers_off_a_silent_ev_in_power_transfer(secc, service: S) -> None:
    import time

    h = await secc(SECCConfig(charge_loop_watchdog_s=WATCHDOG_S), evse_class=PowerLogEVSE)
    c = await h.probe()
    await c.start_charging(service, M.Dynamic)
    await c.request(p.charge_loop(c.session_id, service, M.Dynamic))
    silent_since = time.monotonic()  # the probe sends nothing more, the connection stays open
    await h.ended(timeout=WATCHDOG_S + 10)
    delay = h.evses[0].first_after("power_off", silent_since) - silent_since
    assert WATCHDOG_S * 0.9 <= delay and within_watchdog(delay, WATCHDOG_S), delay
    assert h.reason == f"charge-loop watchdog: no request for {WATCHDOG_S:g} s with the output energized"
    h.assert_power_off()


async def test_watchdog_leaves_a_de_energized_session_to_the_sequence_timeout(secc) -> None:
    """Before pre-charge nothing is energized: a slow EV (authorization, schedules) keeps -20's timer."""
    h = await secc(SECCConfig(charge_loop_watchdog_s=0.2,
                              timing=dataclasses.replace(SessionTiming(), sequence_timeout=1.0)))
    c = await h.probe()
    await c.setup(S.DC, M.Dynamic)
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason == "V2G_SECC_Sequence_Timeout"


@pytest.mark.skipif(sys.platform != "linux", reason="SIGSTOP of a subprocess with its socket open needs POSIX signals")
async def test_watchdog_powers_off_a_frozen_ev_process(tmp_path: Path) -> None:
    """Our `evcc` CLI charging in a subprocess, then SIGSTOP: its TCP connection stays open."""
    result = await frozen_ev(tmp_path, WATCHDOG_S)
    assert within_watchdog(result.delay_s, WATCHDOG_S), result
    assert result.end_reason.startswith("charge-loop watchdog"), result


@requires_netns
@pytest.mark.parametrize("how", ["down", "delete"])
async def test_watchdog_powers_off_when_the_ev_link_goes_down(tmp_path: Path, how: str) -> None:
    """SECC and EV in two namespaces over a veth pair; the EV's end goes down (or away) mid-charge."""
    result = await link_down(tmp_path, WATCHDOG_S, how)
    assert within_watchdog(result.delay_s, WATCHDOG_S), result
    assert result.end_reason.startswith("charge-loop watchdog"), result
