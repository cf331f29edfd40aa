"""DIN 70121 EV phases as pure calls, and our EVCC against our SECC states in-process (through EXI)."""
from __future__ import annotations

import asyncio
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from evcc.config import EVCCConfig
from evcc.controller import EVLimits, EVStatus, UserSettings
from evcc.din.session import MAX_WELDING_DETECTION_REQUESTS, DINSession, evcc_id_bytes
from evcc.phase import EndKind, PowerTransfer, SetContactors, Step
from iso15118 import exi
from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.units import from_physical as F
from iso15118.session.units import to_physical
from iso15118.session.app_protocol import DIN70121
from iso15118.session.v2g_message import DIN, PAYLOAD_TYPE, unwrap
from secc.din.responses import error_response
from secc.simulator import SimulatedEVSE

sys.path.insert(0, str(Path(__file__).parent.parent / "secc"))  # the one driver of SECCSession.process
from secc_driver import Driver  # noqa: E402

U = dt.unitSymbolType
RC = dt.responseCodeType
TESLA_SID = bytes.fromhex("0A0B0C0D")


def pv(x: float, unit: dt.unitSymbolType) -> dt.PhysicalValueType:
    return to_physical(x, unit, dt.PhysicalValueType)


def ev(voltage: float = 380.0, soc: float = 50.0, welded: bool = False) -> EVStatus:
    return EVStatus(present_soc=soc, present_voltage_v=voltage, battery_capacity_wh=60_000, target_voltage_v=400,
                    desired_power_w=50_000, contactor_welded=welded,
                    limits=EVLimits(max_charge_power_w=100_000, max_charge_current_a=250, max_voltage_v=450,
                                    min_voltage_v=300))


def status(code: dt.DC_EVSEStatusCodeType = dt.DC_EVSEStatusCodeType.EVSE_Ready,
           notification: dt.EVSENotificationType = dt.EVSENotificationType._None) -> dt.DC_EVSEStatusType:
    return dt.DC_EVSEStatusType(EVSEIsolationStatus=dt.isolationLevelType.Valid, EVSEStatusCode=code,
                                NotificationMaxDelay=0, EVSENotification=notification)


def body(step: Step) -> object:
    assert step.request is not None, step
    return unwrap(step.request)[1]


def sid_of(step: Step) -> bytes:
    return unwrap(step.request)[0].SessionID


def wire(res: object, sid: bytes) -> object:
    """The response as it arrives: encoded and decoded by the codec."""
    return exi.decode(exi.encode(DIN.wrap(res, sid)), DIN.namespace)


def ok(cls: type, **fields: object) -> object:
    return cls(ResponseCode=RC.OK, **fields)


def session() -> DINSession:
    return DINSession(replace(EVCCConfig(), charge_loop_interval_s=0.0, ongoing_poll_interval_s=0.0))


def to_pre_charge(s: DINSession, sid: bytes = TESLA_SID) -> Step:
    """Walk a session to its first PreChargeReq with hand-written charger answers."""
    e = ev()
    step = s.start_after_negotiation(e, UserSettings(), 0.0)
    step = s.receive(wire(din.SessionSetupRes(ResponseCode=RC.OK_NewSessionEstablished, EVSEID=b"\x00"), sid), e, 0)
    step = s.receive(wire(ok(din.ServiceDiscoveryRes,
                             PaymentOptions=dt.PaymentOptionsType(PaymentOption=[dt.paymentOptionType.ExternalPayment]),
                             ChargeService=dt.ServiceChargeType(
                                 ServiceTag=dt.ServiceTagType(ServiceID=1, ServiceCategory=dt.serviceCategoryType.EVCharging),
                                 FreeService=False, EnergyTransferType=dt.EVSESupportedEnergyTransferType.DC_extended)), sid), e, 0)
    step = s.receive(wire(ok(din.ServicePaymentSelectionRes), sid), e, 0)
    step = s.receive(wire(ok(din.ContractAuthenticationRes, EVSEProcessing=dt.EVSEProcessingType.Finished), sid), e, 0)
    cpd = error_response(body(step), RC.OK, sid).Body.BodyElement
    cpd.EVSEChargeParameter = dt.DC_EVSEChargeParameter(
        DC_EVSEStatus=status(), EVSEMaximumCurrentLimit=pv(125, U.A), EVSEMaximumPowerLimit=pv(50_000, U.W),
        EVSEMaximumVoltageLimit=pv(500, U.V), EVSEMinimumCurrentLimit=pv(0, U.A), EVSEMinimumVoltageLimit=pv(150, U.V),
        EVSEPeakCurrentRipple=pv(1, U.A))
    step = s.receive(wire(cpd, sid), e, 0)
    assert isinstance(body(step), din.CableCheckReq)
    return s.receive(wire(ok(din.CableCheckRes, DC_EVSEStatus=status(), EVSEProcessing=dt.EVSEProcessingType.Finished), sid), e, 0)


def test_first_request_is_session_setup_with_a_mac_and_the_one_byte_zero_session_id() -> None:
    s = DINSession(EVCCConfig(evcc_id="00:1B:C5:0B:53:7E"))
    step = s.start_after_negotiation(ev(), UserSettings(), 0.0)
    assert body(step) == din.SessionSetupReq(EVCCID=bytes.fromhex("001BC50B537E")) and sid_of(step) == b"\x00"
    assert len(evcc_id_bytes(EVCCConfig())) == 6  # a non-MAC evcc_id: this host's MAC, never empty


def test_quirk_tesla_supercharger_four_byte_session_id_is_echoed() -> None:
    s = session()
    step = to_pre_charge(s, TESLA_SID)
    assert isinstance(body(step), din.PreChargeReq) and sid_of(step) == TESLA_SID
    assert s.session_id == TESLA_SID


def test_response_for_another_session_id_fails_with_power_off() -> None:
    s = session()
    to_pre_charge(s)
    step = s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(380, U.V)), bytes(8)), ev(), 1)
    assert step.end is not None and step.end.kind is EndKind.Failed and "SessionID" in step.end.reason


def test_pre_charge_repeats_until_the_evse_voltage_is_within_tolerance() -> None:
    s = session()
    step = to_pre_charge(s)
    for volts in (0.0, 120.0, 300.0):
        step = s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(volts, U.V)), TESLA_SID), ev(), 1)
        assert isinstance(body(step), din.PreChargeReq) and F(body(step).EVTargetVoltage) == 380
    step = s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(375, U.V)), TESLA_SID), ev(), 2)
    req = body(step)
    assert isinstance(req, din.PowerDeliveryReq) and req.ReadyToChargeState is True
    assert SetContactors(True) in step.actions


def test_pre_charge_that_never_matches_ends_before_closing_contactors() -> None:
    s = session()
    to_pre_charge(s)
    late = s.ctx.config.timing.evcc_pre_charge_timeout + 1
    s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(0, U.V)), TESLA_SID), ev(), 0)
    step = s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(0, U.V)), TESLA_SID), ev(), late)
    assert isinstance(body(step), din.SessionStopReq) and not s.ctx.contactors_closed


def _charging(s: DINSession) -> Step:
    to_pre_charge(s)
    s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(380, U.V)), TESLA_SID), ev(), 1)
    return s.receive(wire(ok(din.PowerDeliveryRes, EVSEStatus=dt.DC_EVSEStatus(**vars(status()))), TESLA_SID), ev(), 1)


def _demand(voltage: float = 400, current: float = 100, **kw: object) -> din.CurrentDemandRes:
    return ok(din.CurrentDemandRes, DC_EVSEStatus=kw.pop("st", status()), EVSEPresentVoltage=pv(voltage, U.V),
              EVSEPresentCurrent=pv(current, U.A), EVSECurrentLimitAchieved=False, EVSEVoltageLimitAchieved=False,
              EVSEPowerLimitAchieved=False, **kw)


def test_current_demand_loop_reports_power_and_follows_the_evse_limits() -> None:
    s = DINSession(replace(EVCCConfig(), charge_loop_interval_s=0.2))
    step = _charging(s)
    assert isinstance(body(step), din.CurrentDemandReq)
    step = s.receive(wire(_demand(EVSEMaximumPowerLimit=pv(20_000, U.W), EVSEMaximumCurrentLimit=pv(125, U.A)), TESLA_SID), ev(), 2)
    assert PowerTransfer(40_000.0, 400.0) in step.actions and step.delay_s == 0.2
    assert F(body(step).EVTargetCurrent) == pytest.approx(20_000 / 400)  # the EV asks within the EVSE's new cap


def test_stop_charging_notification_winds_down_to_session_stop() -> None:
    s = session()
    _charging(s)
    stop = status(dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown, dt.EVSENotificationType.StopCharging)
    step = s.receive(wire(_demand(st=stop), TESLA_SID), ev(), 2)
    req = body(step)
    assert isinstance(req, din.PowerDeliveryReq) and req.ReadyToChargeState is False
    step = s.receive(wire(ok(din.PowerDeliveryRes, EVSEStatus=dt.DC_EVSEStatus(**vars(stop))), TESLA_SID), ev(), 2)
    assert SetContactors(False) in step.actions and PowerTransfer(0.0) in step.actions
    assert isinstance(body(step), din.WeldingDetectionReq)


def _welding(s: DINSession) -> Step:
    _charging(s)
    s.receive(wire(_demand(st=status(dt.DC_EVSEStatusCodeType.EVSE_Shutdown, dt.EVSENotificationType.StopCharging)), TESLA_SID), ev(), 2)
    return s.receive(wire(ok(din.PowerDeliveryRes, EVSEStatus=dt.DC_EVSEStatus(**vars(status()))), TESLA_SID), ev(), 2)


def test_welding_detection_repeats_until_the_voltage_is_low() -> None:
    s = session()
    _welding(s)
    for volts in (350.0, 200.0, 80.0):
        step = s.receive(wire(ok(din.WeldingDetectionRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(volts, U.V)), TESLA_SID), ev(), 3)
        assert isinstance(body(step), din.WeldingDetectionReq)
    step = s.receive(wire(ok(din.WeldingDetectionRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(20, U.V)), TESLA_SID), ev(), 3)
    assert isinstance(body(step), din.SessionStopReq)
    step = s.receive(wire(ok(din.SessionStopRes), TESLA_SID), ev(), 3)
    assert step.end is not None and step.end.kind is EndKind.Terminated and "StopCharging" in step.end.reason


def test_welding_detection_is_bounded_when_the_voltage_never_falls() -> None:
    s = session()
    _welding(s)
    for _ in range(MAX_WELDING_DETECTION_REQUESTS - 1):
        step = s.receive(wire(ok(din.WeldingDetectionRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(400, U.V)), TESLA_SID), ev(), 3)
        assert isinstance(body(step), din.WeldingDetectionReq)
    step = s.receive(wire(ok(din.WeldingDetectionRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(400, U.V)), TESLA_SID), ev(), 3)
    assert isinstance(body(step), din.SessionStopReq)


def test_failed_response_code_ends_with_power_off() -> None:
    s = session()
    _charging(s)
    assert s.ctx.contactors_closed
    res = error_response(din.CurrentDemandReq(DC_EVStatus=None, EVTargetCurrent=None, ChargingComplete=False,  # type: ignore[arg-type]
                                              EVTargetVoltage=None), RC.FAILED, TESLA_SID)  # type: ignore[arg-type]
    step = s.receive(exi.decode(exi.encode(res), DIN.namespace), ev(), 2)
    assert step.end is not None and step.end.kind is EndKind.Failed and "FAILED" in step.end.reason
    assert SetContactors(False) in step.actions


def test_wrong_response_type_and_timeout_end_the_session() -> None:
    s = session()
    s.start_after_negotiation(ev(), UserSettings(), 0.0)
    step = s.receive(wire(ok(din.SessionStopRes), TESLA_SID), ev(), 0)
    assert step.end is not None and "SessionSetupRes" in step.end.reason
    s = session()
    s.start_after_negotiation(ev(), UserSettings(), 0.0)
    step = s.timeout()
    assert step.end is not None and "V2G_EVCC_Msg_Timeout" in step.end.reason and "SessionSetupReq" in step.end.reason


def test_power_delivery_ready_to_charge_state_is_a_boolean_on_the_wire() -> None:
    s = session()
    to_pre_charge(s)
    step = s.receive(wire(ok(din.PreChargeRes, DC_EVSEStatus=status(), EVSEPresentVoltage=pv(380, U.V)), TESLA_SID), ev(), 1)
    decoded = exi.decode(exi.encode(step.request), DIN.namespace).Body.BodyElement
    assert decoded.ReadyToChargeState is True


# --- our EVCC against our SECC states, in-process ---------------------------------------------


async def pair(max_loops: int = 3) -> tuple[list[str], object, SimulatedEVSE]:
    """Every request through EXI into the SECC's pipeline (SECCSession.process), DIN negotiated over plain TCP."""
    secc = Driver(tls_version=None)
    await secc.negotiate(DIN70121)
    protocol = secc.session.protocol
    assert protocol is not None
    s = DINSession(replace(EVCCConfig(max_charge_loops=max_loops), charge_loop_interval_s=0.0, ongoing_poll_interval_s=0.0))
    car = ev()
    step = s.start_after_negotiation(car, UserSettings(), 0.0)
    names: list[str] = []
    while step.request is not None:
        req = protocol.request_of(protocol.decode(PAYLOAD_TYPE, exi.encode(step.request)))
        names.append(type(req).__name__)
        out = await secc.send(req, 0.0)
        car = replace(car, present_voltage_v=380.0)
        step = s.receive(exi.decode(exi.encode(out.response), DIN.namespace), car, 0.0)
    return names, step.end, secc.evse


def test_our_evcc_against_our_secc_states_runs_to_session_stop() -> None:
    names, end, evse = asyncio.run(pair())
    assert end.kind is EndKind.Terminated and not end.error, end
    assert names[:6] == ["SessionSetupReq", "ServiceDiscoveryReq", "ServicePaymentSelectionReq",
                         "ContractAuthenticationReq", "ChargeParameterDiscoveryReq", "CableCheckReq"]
    assert names.count("CurrentDemandReq") == 3 and names[-1] == "SessionStopReq"
    assert "WeldingDetectionReq" in names and not evse.contactors_closed


# --- what the EV offers in SupportedAppProtocol ----------------------------------------------------


def test_ev_offers_din_over_plain_tcp_and_minus_20_over_tls() -> None:
    from evcc import protocols
    from iso15118.session.app_protocol import DIN70121, ISO15118_20_DC

    both = EVCCConfig(protocols=("ISO15118-20", "DIN70121"))
    plain = protocols.make_offer(both, None)
    assert [a.ProtocolNamespace for a in plain.request.AppProtocol] == [DIN70121.namespace]
    tls13 = protocols.make_offer(both, "TLSv1.3")
    assert [a.ProtocolNamespace for a in tls13.request.AppProtocol] == [ISO15118_20_DC.namespace]
    lab = protocols.make_offer(replace(both, allow_plain_tcp=True), None)  # priority order kept
    assert [a.ProtocolNamespace for a in lab.request.AppProtocol] == [ISO15118_20_DC.namespace, DIN70121.namespace]
    assert protocols.protocol("DIN70121").new_session(EVCCConfig()).phase == "Ended"  # nothing awaited yet
