"""The shared phase driver (evcc/phase.py) DIN 70121 and -2 sessions build on, exercised with DIN messages."""
from __future__ import annotations

import pytest

from evcc.config import EVCCConfig
from evcc.controller import EVLimits, EVStatus
from evcc.phase import (
    EndKind,
    EVContext,
    Phase,
    PhaseSession,
    PowerTransfer,
    ProtocolViolation,
    SetContactors,
    Step,
)
from iso15118.messages import din_msg_body as din
from iso15118.session.timers import DIN70121_EVCC_Msg_Timeout, SessionTiming
from iso15118.session.units import NO_SESSION_ID
from iso15118.session.v2g_message import DIN, unwrap

ASSIGNED = b"\x0a\x0b\x0c\x0d"  # a Tesla Supercharger's 4-byte SessionID: echoed as assigned


class AwaitSessionStop(Phase[EVContext, din.SessionStopRes]):
    response = din.SessionStopRes

    def handle(self, ctx: EVContext, res: din.SessionStopRes, ev: EVStatus, now: float) -> Step:
        return ctx.end(EndKind.Terminated, "done")


class AwaitSessionSetup(Phase[EVContext, din.SessionSetupRes]):
    response = din.SessionSetupRes
    assigns_session_id = True

    def handle(self, ctx: EVContext, res: din.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        ctx.contactors_closed, ctx.power_w = True, 1000.0  # as if charging: every end must switch it off
        return ctx.send(din.SessionStopReq(), AwaitSessionStop())


class ToySession(PhaseSession[EVContext]):
    def start_after_negotiation(self, ev: EVStatus, settings: object, now: float) -> Step:
        return self.ctx.send(din.SessionSetupReq(EVCCID=b"\x00\x01\x02\x03\x04\x05"), AwaitSessionSetup())


def toy(config: EVCCConfig | None = None) -> ToySession:
    return ToySession(EVContext(config or EVCCConfig(), envelope=DIN, msg_timeouts=DIN70121_EVCC_Msg_Timeout))


def res(body: object, session_id: bytes = ASSIGNED) -> object:
    return DIN.wrap(body, session_id)


EV = EVStatus(present_soc=50.0, present_voltage_v=400.0, battery_capacity_wh=60_000.0, target_voltage_v=400.0,
              desired_power_w=0.0, limits=EVLimits(max_charge_power_w=50_000.0, max_charge_current_a=125.0,
                                                   max_voltage_v=450.0, min_voltage_v=300.0))
OK_SETUP = din.SessionSetupRes(ResponseCode=din.responseCodeType.OK_NewSessionEstablished, EVSEID=b"\x01")


def test_requests_go_out_wrapped_with_the_assigned_session_id_and_dins_timeout() -> None:
    session = toy()
    first = session.start_after_negotiation(EV, None, 0.0)
    header, body = unwrap(first.request)
    assert isinstance(body, din.SessionSetupReq) and header.SessionID == NO_SESSION_ID
    assert first.timeout_s == DIN70121_EVCC_Msg_Timeout["SessionSetupReq"]
    assert session.phase == "AwaitSessionSetup"
    second = session.receive(res(OK_SETUP), EV, 0.1)
    header, body = unwrap(second.request)
    assert isinstance(body, din.SessionStopReq) and header.SessionID == ASSIGNED == session.session_id
    done = session.receive(res(din.SessionStopRes(ResponseCode=din.responseCodeType.OK)), EV, 0.2)
    assert done.end is not None and done.end.kind is EndKind.Terminated and not done.end.error
    assert PowerTransfer(0.0) in done.actions and SetContactors(False) in done.actions
    assert session.phase == "Ended"
    with pytest.raises(ProtocolViolation):
        session.receive(res(OK_SETUP), EV, 0.3)


def charging() -> ToySession:
    session = toy()
    session.start_after_negotiation(EV, None, 0.0)
    session.receive(res(OK_SETUP), EV, 0.1)
    return session


@pytest.mark.parametrize(
    "response, why",
    [
        (res(OK_SETUP), "expected SessionStopRes in phase AwaitSessionStop, got SessionSetupRes"),
        (res(din.SessionStopRes(ResponseCode=din.responseCodeType.OK), b"\x99" * 8), "for SessionID 9999"),
        (res(din.SessionStopRes(ResponseCode=din.responseCodeType.FAILED_SequenceError)), "FAILED_SequenceError"),
        (din.SessionStopRes(ResponseCode=din.responseCodeType.OK), "expected a DIN70121 V2G_Message"),
    ],
)
def test_wrong_type_session_or_failed_code_ends_with_power_off(response: object, why: str) -> None:
    session = charging()
    step = session.receive(response, EV, 0.2)
    assert step.end is not None and step.end.kind is EndKind.Failed and step.end.error
    assert why in step.end.reason
    assert PowerTransfer(0.0) in step.actions and SetContactors(False) in step.actions


def test_timeout_names_the_request_and_follows_timing_scale() -> None:
    config = EVCCConfig(timing=SessionTiming().scaled(0.1))
    session = toy(config)
    first = session.start_after_negotiation(EV, None, 0.0)
    assert first.timeout_s == pytest.approx(DIN70121_EVCC_Msg_Timeout["SessionSetupReq"] * 0.1)
    end = session.timeout().end
    assert end is not None and end.kind is EndKind.Failed
    assert "V2G_EVCC_Msg_Timeout" in end.reason and "SessionSetupReq" in end.reason


def test_ongoing_window_runs_from_the_first_ongoing_of_a_pair() -> None:
    ctx = toy().ctx
    assert ctx.ongoing(10.0, 5.0, "CableCheck") is None
    assert ctx.ongoing(14.0, 5.0, "CableCheck") is None
    assert ctx.ongoing(15.5, 5.0, "CableCheck") == "CableCheck still Ongoing after 5 s"
    ctx.send(din.SessionStopReq(), AwaitSessionStop())  # a new pair starts a new window
    assert ctx.ongoing(100.0, 5.0, "SessionStop") is None
