"""A scripted ISO 15118-2 charger answering V2G_Messages, to drive the -2 EVCC without (or with) sockets.

Every request and response of `drive()` goes through the EXI codec both ways, so a message our EVCC
builds outside the schema's facets fails the test, not a real charger.
"""
from __future__ import annotations

import asyncio
import os
import ssl
from dataclasses import dataclass, field
from typing import Any, Callable

from evcc.iso2.phases import physical
from iso15118.session.units import from_physical
from evcc.iso2.session import ISO2Session
from evcc.phase import PowerTransfer, SessionEnd, SetContactors, Step
from evcc.simulator import SimulatedEV
from iso15118 import exi, v2gtp
from iso15118.messages import APP_PROTOCOL
from iso15118.session import app_protocol
from iso15118.session.app_protocol import AppProtocol
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as dt
from iso15118.session.v2g_message import ISO2, unwrap
from iso15118.session.vocabulary import PARAM_SERVICE, CertificateService

V, A, W = dt.unitSymbolType.V, dt.unitSymbolType.A, dt.unitSymbolType.W
OK = dt.responseCodeType.OK
Mode = dt.EnergyTransferModeType


def pmax_schedule(*entries: tuple[int, float]) -> dt.PMaxScheduleType:
    return dt.PMaxScheduleType(PMaxScheduleEntry=[
        dt.PMaxScheduleEntry(TimeInterval=dt.RelativeTimeInterval(start=start, duration=None), PMax=physical(p, W))
        for start, p in entries])


def schedule_tuple(tuple_id: int, *entries: tuple[int, float], price_level: int | None = None) -> dt.SAScheduleTupleType:
    tariff = None
    if price_level is not None:
        tariff = dt.SalesTariffType(Id="tariff", SalesTariffID=tuple_id, NumEPriceLevels=3, SalesTariffEntry=[
            dt.SalesTariffEntry(TimeInterval=dt.RelativeTimeInterval(start=0, duration=86400), EPriceLevel=price_level,
                                ConsumptionCost=[])])
    return dt.SAScheduleTupleType(SAScheduleTupleID=tuple_id, PMaxSchedule=pmax_schedule(*entries), SalesTariff=tariff)


@dataclass
class FakeISO2SECC:
    """Answers like a cooperative -2 charger; the knobs inject what a test needs."""

    modes: tuple[dt.EnergyTransferModeType, ...] = (Mode.AC_three_phase_core, Mode.DC_extended)
    payments: tuple[dt.paymentOptionType, ...] = (dt.paymentOptionType.ExternalPayment,)
    certificate_service: bool = False
    certificate_parameter_sets: dict[int, str] = field(default_factory=lambda: {int(s): s.name for s in CertificateService})
    certificate_response: Callable[[Any], Any] | None = None
    authorization_ongoing: int = 0
    cpd_ongoing: int = 0
    cable_check_ongoing: int = 1
    isolation: dt.isolationLevelType = dt.isolationLevelType.Valid
    precharge_stuck_v: float | None = None
    schedules: list[dt.SAScheduleTupleType] = field(default_factory=lambda: [schedule_tuple(1, (0, 50_000.0))])
    notification_at_loop: dict[int, dt.EVSENotificationType] = field(default_factory=dict)
    receipt_at_loop: set[int] = field(default_factory=set)
    dc_current_a: float = 100.0
    ac_max_current_a: float = 16.0
    welding_reading_v: float = 0.0
    rcd_at_loop: int | None = None  # AC_EVSEStatus RCD=True from this ChargingStatusRes on
    response_code_for: dict[str, dt.responseCodeType] = field(default_factory=dict)
    session_id: bytes = field(default_factory=lambda: os.urandom(8))
    known_sessions: set[bytes] = field(default_factory=set)
    gen_challenge: bytes = field(default_factory=lambda: os.urandom(16))
    loops: int = 0
    present_voltage: float = 0.0
    requests: list[Any] = field(default_factory=list)  # body elements
    headers: list[Any] = field(default_factory=list)

    def code(self, req: Any, default: dt.responseCodeType = OK) -> dt.responseCodeType:
        return self.response_code_for.get(type(req).__name__, default)

    def __call__(self, message: Any) -> Any:
        header, body = unwrap(message)
        self.headers.append(header)
        self.requests.append(body)
        response = getattr(self, "_" + type(body).__name__)(body, header)
        if isinstance(response, tuple):  # (body, Signature): signed responses (CertificateInstallationRes)
            return ISO2.wrap(response[0], self.session_id, signature=response[1])
        return ISO2.wrap(response, self.session_id)

    def names(self) -> list[str]:
        return [type(r).__name__ for r in self.requests]

    def _ac_status(self, notification: dt.EVSENotificationType = dt.EVSENotificationType._None) -> dt.AC_EVSEStatus:
        rcd = self.rcd_at_loop is not None and self.loops >= self.rcd_at_loop
        return dt.AC_EVSEStatus(NotificationMaxDelay=0, EVSENotification=notification, RCD=rcd)

    def _dc_status(self, notification: dt.EVSENotificationType = dt.EVSENotificationType._None,
                   code: dt.DC_EVSEStatusCodeType = dt.DC_EVSEStatusCodeType.EVSE_Ready) -> dt.DC_EVSEStatus:
        return dt.DC_EVSEStatus(NotificationMaxDelay=0, EVSENotification=notification,
                                EVSEIsolationStatus=self.isolation, EVSEStatusCode=code)

    def _SessionSetupReq(self, req: iso2.SessionSetupReq, header: Any) -> Any:
        if header.SessionID in self.known_sessions:
            self.session_id = header.SessionID
            code = dt.responseCodeType.OK_OldSessionJoined
        else:
            code = dt.responseCodeType.OK_NewSessionEstablished
        self.known_sessions.add(self.session_id)
        return iso2.SessionSetupRes(ResponseCode=self.code(req, code), EVSEID="DE*PNX*E12345*1")

    def _ServiceDiscoveryReq(self, req: Any, header: Any) -> Any:
        services = None
        if self.certificate_service:
            services = dt.ServiceListType(Service=[dt.ServiceType(
                ServiceID=2, ServiceCategory=dt.serviceCategoryType.ContractCertificate, FreeService=True)])
        return iso2.ServiceDiscoveryRes(
            ResponseCode=self.code(req),
            PaymentOptionList=dt.PaymentOptionListType(PaymentOption=list(self.payments)),
            ChargeService=dt.ChargeServiceType(
                ServiceID=1, ServiceCategory=dt.serviceCategoryType.EVCharging, FreeService=False,
                SupportedEnergyTransferMode=dt.SupportedEnergyTransferModeType(EnergyTransferMode=list(self.modes))),
            ServiceList=services)

    def _ServiceDetailReq(self, req: iso2.ServiceDetailReq, header: Any) -> Any:
        sets = [dt.ParameterSetType(ParameterSetID=i, Parameter=[dt.ParameterType(Name=PARAM_SERVICE, stringValue=name)])
                for i, name in self.certificate_parameter_sets.items()]
        return iso2.ServiceDetailRes(ResponseCode=self.code(req), ServiceID=req.ServiceID,
                                     ServiceParameterList=dt.ServiceParameterListType(ParameterSet=sets) if sets else None)

    def _PaymentServiceSelectionReq(self, req: Any, header: Any) -> Any:
        return iso2.PaymentServiceSelectionRes(ResponseCode=self.code(req))

    def _CertificateInstallationReq(self, req: Any, header: Any) -> Any:
        assert self.certificate_response is not None, "the test gives the CertificateInstallationRes"
        return self.certificate_response(req)

    _CertificateUpdateReq = _CertificateInstallationReq

    def _PaymentDetailsReq(self, req: Any, header: Any) -> Any:
        return iso2.PaymentDetailsRes(ResponseCode=self.code(req), GenChallenge=self.gen_challenge,
                                      EVSETimeStamp=1_700_000_000)

    def _AuthorizationReq(self, req: Any, header: Any) -> Any:
        ongoing = self.authorization_ongoing > 0
        self.authorization_ongoing -= 1
        processing = dt.EVSEProcessingType.Ongoing if ongoing else dt.EVSEProcessingType.Finished
        return iso2.AuthorizationRes(ResponseCode=self.code(req), EVSEProcessing=processing)

    def _ChargeParameterDiscoveryReq(self, req: iso2.ChargeParameterDiscoveryReq, header: Any) -> Any:
        ongoing = self.cpd_ongoing > 0
        self.cpd_ongoing -= 1
        parameter: Any
        if req.RequestedEnergyTransferMode.value.startswith("DC"):
            parameter = dt.DC_EVSEChargeParameter(
                DC_EVSEStatus=self._dc_status(),
                EVSEMaximumCurrentLimit=physical(200, A), EVSEMaximumPowerLimit=physical(50_000, W),
                EVSEMaximumVoltageLimit=physical(500, V), EVSEMinimumCurrentLimit=physical(0, A),
                EVSEMinimumVoltageLimit=physical(150, V), EVSEPeakCurrentRipple=physical(1, A))
        else:
            parameter = dt.AC_EVSEChargeParameter(AC_EVSEStatus=self._ac_status(),
                                                  EVSENominalVoltage=physical(230, V),
                                                  EVSEMaxCurrent=physical(self.ac_max_current_a, A))
        schedules = None if ongoing else dt.SAScheduleList(SAScheduleTuple=list(self.schedules))
        return iso2.ChargeParameterDiscoveryRes(
            ResponseCode=self.code(req),
            EVSEProcessing=dt.EVSEProcessingType.Ongoing if ongoing else dt.EVSEProcessingType.Finished,
            SASchedules=schedules, EVSEChargeParameter=parameter)

    def _CableCheckReq(self, req: Any, header: Any) -> Any:
        ongoing = self.cable_check_ongoing > 0
        self.cable_check_ongoing -= 1
        return iso2.CableCheckRes(ResponseCode=self.code(req), DC_EVSEStatus=self._dc_status(),
                                  EVSEProcessing=dt.EVSEProcessingType.Ongoing if ongoing else dt.EVSEProcessingType.Finished)

    def _PreChargeReq(self, req: iso2.PreChargeReq, header: Any) -> Any:
        target = from_physical(req.EVTargetVoltage)
        if self.precharge_stuck_v is not None:
            self.present_voltage = self.precharge_stuck_v
        else:  # ramp towards the target: half the way per request
            self.present_voltage += (target - self.present_voltage) / 2 if abs(target - self.present_voltage) > 5 else target - self.present_voltage
        return iso2.PreChargeRes(ResponseCode=self.code(req), DC_EVSEStatus=self._dc_status(),
                                 EVSEPresentVoltage=physical(self.present_voltage, V))

    def _PowerDeliveryReq(self, req: iso2.PowerDeliveryReq, header: Any) -> Any:
        dc = isinstance(req.EVPowerDeliveryParameter, dt.DC_EVPowerDeliveryParameterType)
        status = self._dc_status() if dc else self._ac_status()
        if req.ChargeProgress is dt.chargeProgressType.Stop:
            self.present_voltage = self.welding_reading_v
        return iso2.PowerDeliveryRes(ResponseCode=self.code(req), EVSEStatus=status)

    def _loop_notification(self) -> dt.EVSENotificationType:
        self.loops += 1
        return self.notification_at_loop.get(self.loops, dt.EVSENotificationType._None)

    def _meter(self) -> dt.MeterInfoType:
        return dt.MeterInfoType(MeterID="METER-1", MeterReading=1000 * self.loops, TMeter=1_700_000_000 + self.loops)

    def _ChargingStatusReq(self, req: Any, header: Any) -> Any:
        notification = self._loop_notification()
        receipt = self.loops in self.receipt_at_loop
        return iso2.ChargingStatusRes(
            ResponseCode=self.code(req), EVSEID="DE*PNX*E12345*1", SAScheduleTupleID=self.schedules[0].SAScheduleTupleID,
            EVSEMaxCurrent=physical(self.ac_max_current_a, A), MeterInfo=self._meter() if receipt else None,
            ReceiptRequired=receipt, AC_EVSEStatus=self._ac_status(notification))

    def _CurrentDemandReq(self, req: iso2.CurrentDemandReq, header: Any) -> Any:
        notification = self._loop_notification()
        receipt = self.loops in self.receipt_at_loop
        current = min(from_physical(req.EVTargetCurrent), self.dc_current_a)
        return iso2.CurrentDemandRes(
            ResponseCode=self.code(req), DC_EVSEStatus=self._dc_status(notification),
            EVSEPresentVoltage=physical(self.present_voltage, V), EVSEPresentCurrent=physical(current, A),
            EVSECurrentLimitAchieved=False, EVSEVoltageLimitAchieved=False, EVSEPowerLimitAchieved=False,
            EVSEMaximumVoltageLimit=physical(500, V), EVSEMaximumCurrentLimit=physical(self.dc_current_a, A),
            EVSEMaximumPowerLimit=physical(50_000, W), EVSEID="DE*PNX*E12345*1",
            SAScheduleTupleID=self.schedules[0].SAScheduleTupleID, MeterInfo=self._meter() if receipt else None,
            ReceiptRequired=receipt)

    def _MeteringReceiptReq(self, req: Any, header: Any) -> Any:
        return iso2.MeteringReceiptRes(ResponseCode=self.code(req), EVSEStatus=self._ac_status())

    def _WeldingDetectionReq(self, req: Any, header: Any) -> Any:
        return iso2.WeldingDetectionRes(ResponseCode=self.code(req), DC_EVSEStatus=self._dc_status(),
                                        EVSEPresentVoltage=physical(self.welding_reading_v, V))

    def _SessionStopReq(self, req: Any, header: Any) -> Any:
        return iso2.SessionStopRes(ResponseCode=self.code(req))


@dataclass
class Run:
    steps: list[Step]
    end: SessionEnd
    ev: SimulatedEV
    session: ISO2Session

    def actions(self, kind: type) -> list[Any]:
        return [a for s in self.steps for a in s.actions if isinstance(a, kind)]

    def events(self) -> list[str]:
        from evcc.phase import Event
        return [a.name for a in self.actions(Event)]


def roundtrip(message: Any) -> Any:
    """Through the EXI codec and back: what the peer would see."""
    return exi.decode(exi.encode(message), ISO2.namespace)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


async def drive(session: ISO2Session, secc: Callable[[Any], Any], ev: SimulatedEV, clock: FakeClock, *,
                max_messages: int = 500, mutate: Callable[[Any], Any] | None = None,
                response_time_s: float = 0.001) -> Run:
    """Run the -2 phases against `secc`, applying actions to `ev` as the client would."""
    steps: list[Step] = []
    step = session.start_after_negotiation(await ev.status(), await ev.user_settings(), clock())
    while True:
        steps.append(step)
        for action in step.actions:
            if isinstance(action, SetContactors):
                await ev.set_contactors(action.closed)
            elif isinstance(action, PowerTransfer):
                await ev.on_power_transfer(action.power_w, action.voltage_v)
        if step.end is not None:
            return Run(steps, step.end, ev, session)
        assert step.request is not None and len(steps) < max_messages
        clock.t += step.delay_s
        response = roundtrip(secc(roundtrip(step.request)))
        if mutate is not None:
            response = mutate(response)
        clock.t += response_time_s
        step = session.receive(response, await ev.status(), clock())


async def serve_scripted(secc: FakeISO2SECC, *, supported: tuple[AppProtocol, ...] = (app_protocol.ISO15118_2,),
                         ssl_context: ssl.SSLContext | None = None, silent_after: str | None = None,
                         record_offer: Callable[[list[str]], None] | None = None) -> v2gtp.V2GServer:
    """The scripted charger over real TCP (or TLS) on loopback: SupportedAppProtocol, then -2 V2G_Messages.

    `silent_after`: stop answering from that request on (the EV's V2G_EVCC_Msg_Timeout must fire).
    `record_offer`: gets the namespaces of every supportedAppProtocolReq, in the EV's order."""

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        payload_type, payload = await conn.receive(timeout=10)
        offer = exi.decode(payload, APP_PROTOCOL)
        if record_offer is not None:
            record_offer([a.ProtocolNamespace for a in sorted(offer.AppProtocol, key=lambda a: a.Priority)])
        negotiation = app_protocol.negotiate(offer, supported)
        await conn.send(v2gtp.PayloadType.SAP, exi.encode(negotiation.response))
        if negotiation.protocol is None:
            return
        while True:
            try:
                payload_type, payload = await conn.receive(timeout=10)
            except v2gtp.V2GTPConnectionClosed:
                return
            request = exi.decode(payload, ISO2.namespace)
            if silent_after is not None and type(request.Body.BodyElement).__name__ == silent_after:
                await asyncio.sleep(30)
                return
            await conn.send(v2gtp.PayloadType.SAP, exi.encode(secc(request)))
            if isinstance(request.Body.BodyElement, iso2.SessionStopReq):
                return

    return await v2gtp.start_server(handle, "127.0.0.1", ssl_context=ssl_context, allow_plain_tcp=ssl_context is None)
