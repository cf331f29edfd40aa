"""EVSE notifications, pause/resume, error responses and timeouts in the EVCC state machine."""
from __future__ import annotations

import dataclasses

import pytest
from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import EnergyTransfer
from evcc.d20.session import D20Session
from evcc.phase import EndKind, PowerTransfer, ProtocolViolation, SetContactors
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import evseNotificationType, responseCodeType

N = evseNotificationType


def cfg(**kw: object) -> EVCCConfig:
    return EVCCConfig(**{"max_charge_loops": 6, **kw})  # type: ignore[arg-type]


def tail_after_loops(names: list[str]) -> list[str]:
    last = max(i for i, n in enumerate(names) if n.endswith("ChargeLoopReq"))
    return names[last + 1 :]


@pytest.mark.parametrize("energy", [EnergyTransfer.DC, EnergyTransfer.AC])
async def test_evse_terminate(make_ev, clock, energy) -> None:
    ev = make_ev(energy)
    secc = FakeSECC(notification_at_loop={2: N.Terminate})
    run = await drive(D20Session(cfg(energy_transfer=energy)), secc, ev, clock)
    welding = ["DC_WeldingDetectionReq"] * 2 if energy is EnergyTransfer.DC else []  # Ongoing, then Finished
    assert tail_after_loops(run.names) == ["PowerDeliveryReq", *welding, "SessionStopReq"]
    assert run.requests[-1].ChargingSession is cm.chargingSessionType.Terminate
    assert secc.loops == 2 and run.end.kind is EndKind.Terminated and not run.end.error
    assert not ev.contactors_closed and ev.power_w == 0


async def test_evse_pause_then_resume_same_session_id(make_ev, clock) -> None:
    ev = make_ev()
    secc = FakeSECC(notification_at_loop={3: N.Pause})
    first = await drive(D20Session(cfg()), secc, ev, clock)
    assert first.end.kind is EndKind.Paused
    assert first.requests[-1].ChargingSession is cm.chargingSessionType.Pause
    assert tail_after_loops(first.names) == [
        "PowerDeliveryReq", "DC_WeldingDetectionReq", "DC_WeldingDetectionReq", "SessionStopReq"
    ]
    assert not ev.contactors_closed

    paused_id = first.end.session_id
    secc.loops = 0
    second = await drive(
        D20Session(cfg(), resume_session_id=paused_id, resume_service=first.session.ctx.agreed_service(),
                    paused_before=True),
        secc, ev, clock,
    )
    assert second.requests[1].Header.SessionID == paused_id
    # [V2G20-1032]: straight to ChargeParameterDiscovery, same service and control mode.
    assert second.names[2] == "DC_ChargeParameterDiscoveryReq"
    assert "AuthorizationSetupReq" not in second.names and "ServiceSelectionReq" not in second.names
    assert second.end.kind is EndKind.Terminated and second.end.session_id == paused_id
    assert "Resumed" in [a.name for s in second.steps for a in s.actions if hasattr(a, "name")]
    assert second.names.count("DC_ChargeLoopReq") == 6


async def test_ev_initiated_pause_happens_once(make_ev, clock) -> None:
    ev = make_ev()
    secc = FakeSECC()
    config = cfg(pause_after_loops=2)
    first = await drive(D20Session(config), secc, ev, clock)
    assert first.end.kind is EndKind.Paused and first.names.count("DC_ChargeLoopReq") == 2
    second = await drive(
        D20Session(config, resume_session_id=first.end.session_id, paused_before=True), secc, ev, clock
    )
    assert second.end.kind is EndKind.Terminated


async def test_resume_refused_gets_new_session(make_ev, clock) -> None:
    secc = FakeSECC()
    run = await drive(D20Session(cfg(), resume_session_id=b"\x01" * 8), secc, make_ev(), clock)
    assert run.end.session_id == secc.session_id != b"\x01" * 8
    assert any(getattr(a, "name", "") == "ResumeRefused" for s in run.steps for a in s.actions)


async def test_schedule_renegotiation_keeps_power_and_contactors(make_ev, clock) -> None:
    ev = make_ev()
    secc = FakeSECC(notification_at_loop={2: N.ScheduleRenegotiation})
    run = await drive(D20Session(cfg()), secc, ev, clock)
    i = run.names.index("DC_ChargeLoopReq") + 2
    assert run.names[i : i + 4] == [
        "PowerDeliveryReq",
        "DC_ChargeParameterDiscoveryReq",
        "ScheduleExchangeReq",
        "PowerDeliveryReq",
    ]
    assert run.requests[i].ChargeProgress is cm.chargeProgressType.ScheduleRenegotiation
    assert run.requests[i + 3].ChargeProgress is cm.chargeProgressType.Start
    assert "DC_CableCheckReq" not in run.names[i:]
    assert [c.closed for c in run.actions(SetContactors)] == [True, False]
    assert run.end.kind is EndKind.Terminated


async def test_service_renegotiation_goes_back_to_service_discovery(make_ev, clock) -> None:
    ev = make_ev()
    secc = FakeSECC(notification_at_loop={2: N.ServiceRenegotiation})
    run = await drive(D20Session(cfg()), secc, ev, clock)
    i = run.names.index("DC_ChargeLoopReq") + 2
    assert run.names[i : i + 3] == ["PowerDeliveryReq", "SessionStopReq", "ServiceDiscoveryReq"]
    assert run.requests[i + 1].ChargingSession is cm.chargingSessionType.ServiceRenegotiation
    # The contactors opened, so DC prepares the cable again before power flows.
    assert "DC_CableCheckReq" in run.names[i:] and "DC_PreChargeReq" in run.names[i:]
    assert [c.closed for c in run.actions(SetContactors)] == [True, False, True, False]
    assert run.end.kind is EndKind.Terminated


@pytest.mark.parametrize(
    "request_name",
    ["SessionSetupReq", "AuthorizationReq", "ServiceSelectionReq", "PowerDeliveryReq", "DC_ChargeLoopReq"],
)
async def test_failed_response_ends_session_without_power(make_ev, clock, request_name) -> None:
    ev = make_ev()
    secc = FakeSECC(response_code_for={request_name: responseCodeType.FAILED_SequenceError})
    run = await drive(D20Session(cfg()), secc, ev, clock)
    assert run.names[-1] == request_name
    assert run.end.kind is EndKind.Failed and "FAILED_SequenceError" in run.end.reason
    assert not ev.contactors_closed and ev.power_w == 0


async def test_failed_in_charge_loop_opens_contactors(make_ev, clock) -> None:
    ev = make_ev()
    secc = FakeSECC()
    secc.response_code_for = {}
    count = 0

    def mutate(res):
        nonlocal count
        if type(res).__name__ == "DC_ChargeLoopRes":
            count += 1
            if count == 3:
                return dataclasses.replace(res, ResponseCode=responseCodeType.FAILED)
        return res

    run = await drive(D20Session(cfg()), secc, ev, clock, mutate=mutate)
    assert run.end.kind is EndKind.Failed
    assert run.actions(SetContactors)[-1] == SetContactors(False)
    assert run.actions(PowerTransfer)[-1].power_w == 0
    assert not ev.contactors_closed


async def test_wrong_response_type_is_a_sequence_failure(make_ev, clock) -> None:
    ev = make_ev()

    def mutate(res):
        if isinstance(res, cm.ServiceDetailRes):
            return cm.ServiceSelectionRes(Header=res.Header, ResponseCode=responseCodeType.OK)
        return res

    run = await drive(D20Session(cfg()), FakeSECC(), ev, clock, mutate=mutate)
    assert run.end.kind is EndKind.Failed and "expected ServiceDetailRes" in run.end.reason


async def test_wrong_session_id_fails(make_ev, clock) -> None:
    def mutate(res):
        if isinstance(res, cm.ServiceDiscoveryRes):
            return dataclasses.replace(res, Header=dataclasses.replace(res.Header, SessionID=b"\xff" * 8))
        return res

    run = await drive(D20Session(cfg()), FakeSECC(), make_ev(), clock, mutate=mutate)
    assert run.end.kind is EndKind.Failed and "SessionID" in run.end.reason


async def test_message_timeout_during_charging_is_safe(make_ev, clock) -> None:
    ev = make_ev()
    session = D20Session(cfg(max_charge_loops=None))
    secc = FakeSECC()
    step = session.start_after_negotiation(await ev.status(), await ev.user_settings(), clock())
    while session.phase != "DC_ChargeLoop":
        for a in step.actions:
            if isinstance(a, SetContactors):
                await ev.set_contactors(a.closed)
        step = session.receive(secc(step.request), await ev.status(), clock())
    assert session.ctx.contactors_closed
    end = session.timeout()
    assert end.end is not None and end.end.kind is EndKind.Failed
    assert "V2G_EVCC_Msg_Timeout" in end.end.reason and "DC_ChargeLoopReq" in end.end.reason
    assert SetContactors(False) in end.actions
    with pytest.raises(ProtocolViolation):
        session.receive(secc(step.request), await ev.status(), clock())


async def test_authorization_warning_stops(make_ev, clock) -> None:
    secc = FakeSECC(response_code_for={"AuthorizationReq": responseCodeType.WARNING_EIMAuthorizationFailure})
    run = await drive(D20Session(cfg()), secc, make_ev(), clock)
    assert run.names[-2:] == ["AuthorizationReq", "SessionStopReq"]
    assert run.end.error and "WARNING_EIMAuthorizationFailure" in run.end.reason


async def test_resumed_session_keeps_the_departure_time(make_ev, clock) -> None:
    ev = make_ev(departure_time_s=3600)
    first = D20Session(cfg())
    first.start_after_negotiation(await ev.status(), await ev.user_settings(), clock())
    clock.t += 600
    second = D20Session(cfg(), resume_session_id=b"\x01" * 8, departure_at=first.ctx.departure_at)
    second.start_after_negotiation(await ev.status(), await ev.user_settings(), clock())
    assert second.ctx.remaining_departure(clock()) == 3000
