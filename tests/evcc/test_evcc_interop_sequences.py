"""EVCC sequences that other -20 stacks check (issue 11): PowerTolerance answer, welding detection,
non-converging pre-charge, resume after OK_OldSessionJoined. Pure state machine, scripted SECC."""
from __future__ import annotations

import pytest
from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer
from evcc.d20.phases import MAX_WELDING_DETECTION_REQUESTS
from evcc.d20.session import D20Session
from evcc.phase import EndKind, SetContactors
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.common_types import processingType, responseCodeType as RC
from iso15118.session.units import from_rational, to_rational

ACCEPTANCE = cm.powerToleranceAcceptanceType
ONGOING, FINISHED = processingType.Ongoing, processingType.Finished


def cfg(**kw: object) -> EVCCConfig:
    return EVCCConfig(**{"max_charge_loops": 3, "charge_loop_interval_s": 1.0, **kw})  # type: ignore[arg-type]


def start_request(run) -> cm.PowerDeliveryReq:  # type: ignore[no-untyped-def]
    return next(r for r in run.requests if isinstance(r, cm.PowerDeliveryReq)
                and r.ChargeProgress is cm.chargeProgressType.Start)


@pytest.mark.parametrize(
    ("tolerance", "accept", "expected"),
    [
        (2000.0, True, ACCEPTANCE.PowerToleranceConfirmed),
        (2000.0, False, ACCEPTANCE.PowerToleranceNotConfirmed),
        (None, True, None),  # nothing offered: nothing to answer (the element is optional)
    ],
)
async def test_power_tolerance_is_answered_in_scheduled_power_delivery(make_ev, clock, tolerance, accept, expected) -> None:
    config = cfg(energy_transfer=EnergyTransfer.AC, control_mode=ControlMode.Scheduled, accept_power_tolerance=accept)
    run = await drive(D20Session(config), FakeSECC(power_tolerance_w=tolerance), make_ev(EnergyTransfer.AC), clock)
    assert run.end.kind is EndKind.Terminated and not run.end.error
    mode = start_request(run).EVPowerProfile.Scheduled_EVPPTControlMode
    assert mode.PowerToleranceAcceptance is expected


def processing_of(run, cls) -> list[processingType]:  # type: ignore[no-untyped-def]
    return [r.EVProcessing for r in run.requests if isinstance(r, cls)]


async def test_welding_detection_ongoing_until_low_then_finished_then_session_stop(make_ev, clock) -> None:
    secc = FakeSECC(welding_reading_v=400.0)

    def discharged_after_three(res):  # type: ignore[no-untyped-def]
        asked = [r for r in secc.requests if isinstance(r, msg_dc.DC_WeldingDetectionReq)]
        if isinstance(res, msg_dc.DC_WeldingDetectionRes) and len(asked) >= 3:
            res.EVSEPresentVoltage = to_rational(10.0)  # the EVSE output has discharged
        return res

    run = await drive(D20Session(cfg()), secc, make_ev(), clock, mutate=discharged_after_three)
    assert run.end.kind is EndKind.Terminated and not run.end.error
    assert processing_of(run, msg_dc.DC_WeldingDetectionReq) == [ONGOING, ONGOING, ONGOING, FINISHED]
    assert run.names[-2:] == ["DC_WeldingDetectionReq", "SessionStopReq"]


async def test_welding_detection_gives_up_with_finished_when_the_voltage_never_drops(make_ev, clock) -> None:
    run = await drive(D20Session(cfg()), FakeSECC(welding_reading_v=400.0), make_ev(), clock)
    welding = processing_of(run, msg_dc.DC_WeldingDetectionReq)
    assert welding == [ONGOING] * MAX_WELDING_DETECTION_REQUESTS + [FINISHED]
    assert run.names[-1] == "SessionStopReq" and run.end.kind is EndKind.Terminated


async def test_pre_charge_that_never_converges_ends_the_way_minus_20_allows(make_ev, clock) -> None:
    """Josev's EVSE answers 1 V whatever the target: the EV gives up after its pre-charge timeout
    with a Finished DC_PreChargeReq, PowerDelivery Stop and SessionStop, and says why."""
    ev = make_ev()
    run = await drive(D20Session(cfg()), FakeSECC(precharge_stuck_v=1.0), ev, clock)
    tail = run.names[run.names.index("DC_PreChargeReq"):]
    precharge = processing_of(run, msg_dc.DC_PreChargeReq)
    assert precharge[-1] is FINISHED and set(precharge[:-1]) == {ONGOING}
    assert tail[len(precharge):] == ["PowerDeliveryReq", "SessionStopReq"]  # no welding: contactors never closed
    assert run.requests[-2].ChargeProgress is cm.chargeProgressType.Stop
    assert run.end.kind is EndKind.Terminated and run.end.error
    assert run.end.reason.startswith("pre-charge did not converge: EVSE stayed at 1 V")
    assert not ev.contactors_closed and not any(a.closed for a in run.actions(SetContactors))


async def test_a_later_failure_keeps_the_real_cause_first(make_ev, clock) -> None:
    secc = FakeSECC(precharge_stuck_v=1.0, response_code_for={"SessionStopReq": RC.FAILED_SequenceError})
    run = await drive(D20Session(cfg()), secc, make_ev(), clock)
    assert run.end.kind is EndKind.Failed
    assert run.end.reason.startswith("pre-charge did not converge: EVSE stayed at 1 V")
    assert "then SessionStopRes: FAILED_SequenceError" in run.end.reason


async def test_resumed_session_starts_at_charge_parameter_discovery(make_ev, clock) -> None:
    """[V2G20-1032]: OK_OldSessionJoined -> {AC,DC}_ChargeParameterDiscoveryReq with the paused
    session's service and control mode; OK_NewSessionEstablished -> the full setup again."""
    ev = make_ev()
    secc = FakeSECC()
    first = await drive(D20Session(cfg(bpt=True, pause_after_loops=1)), secc, ev, clock)
    assert first.end.kind is EndKind.Paused
    agreed = first.session.ctx.agreed_service()
    assert agreed is not None and agreed.service_id == 6 and agreed.bpt_active
    second = await drive(
        D20Session(cfg(bpt=True), resume_session_id=first.end.session_id, resume_service=agreed, paused_before=True),
        secc, ev, clock,
    )
    assert second.names[:3] == ["supportedAppProtocolReq", "SessionSetupReq", "DC_ChargeParameterDiscoveryReq"]
    assert isinstance(second.requests[2].DC_CPDReqEnergyTransferMode, msg_dc.BPT_DC_CPDReqEnergyTransferMode)
    assert second.end.kind is EndKind.Terminated and not second.end.error
    refused = await drive(
        D20Session(cfg(bpt=True), resume_session_id=b"\x09" * 8, resume_service=agreed, paused_before=True),
        FakeSECC(), ev, clock,
    )
    assert refused.names[2] == "AuthorizationSetupReq"


# --- real chargers' quirks (shared/reference/real-world-quirks.md) ---------------------------------


async def test_negative_evse_discharge_limits_are_read_as_magnitudes(make_ev, clock) -> None:
    """A charger configured like everest-core's `negative_bidirectional_limits` sends them negative."""

    def negate(res):  # type: ignore[no-untyped-def]
        mode = getattr(res, "DC_CPDResEnergyTransferMode", None) or getattr(res, "CLResControlMode", None)
        for name in ("EVSEMaximumDischargePower", "EVSEMaximumDischargeCurrent"):
            if mode is not None and getattr(mode, name, None) is not None:
                setattr(mode, name, to_rational(-from_rational(getattr(mode, name))))
        return res

    ev = make_ev(discharge_allowed=True, discharge_soc_floor=30.0)
    session = D20Session(cfg(bpt=True))
    run = await drive(session, FakeSECC(dc_current_a=-50.0), ev, clock, mutate=negate)
    assert run.end.kind is EndKind.Terminated and not run.end.error
    assert session.ctx.evse_limits.max_discharge_power_w == 50000 and session.ctx.evse_limits.max_discharge_current_a == 150
    assert ev.energy_out_wh > 0  # it still discharged as the EVSE asked


async def test_a_four_byte_session_id_from_a_20_secc_ends_the_session_with_the_reason(make_ev, clock) -> None:
    """Tesla Supercharger V3 assigns a 4-byte SessionID, in DIN/-2 (whose sessionIDType allows it). In -20 the
    SessionID is exactly 8 bytes: our EV reads such an answer but cannot send it back, so it ends with the
    reason instead of a FAILED_UnknownSession later (echoing it in DIN/-2 belongs to those protocols)."""
    secc = FakeSECC(session_id=bytes.fromhex("06ef0071"))
    run = await drive(D20Session(cfg()), secc, make_ev(), clock)
    assert run.end.error and "06ef0071" in run.end.reason and "8 bytes" in run.end.reason, run.end
    assert [type(r).__name__ for r in run.requests] == ["supportedAppProtocolReq", "SessionSetupReq"]
