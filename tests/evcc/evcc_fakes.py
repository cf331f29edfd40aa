"""A scripted SECC answering with typed messages, to drive the pure EVCC state machine without sockets."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable

from evcc.d20.session import D20Session
from evcc import protocols
from evcc.phase import EndKind, PowerTransfer, SessionEnd, SetContactors, Step
from evcc.simulator import SimulatedEV
from iso15118.messages import ac as msg_ac
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.app_protocol import responseCodeType as SAPCode
from iso15118.messages.app_protocol import supportedAppProtocolReq, supportedAppProtocolRes
from iso15118.messages.common_types import (
    EVSEStatusType,
    MessageHeaderType,
    evseNotificationType,
    processingType,
    responseCodeType,
)
from iso15118.session.app_protocol import NegotiationError
from iso15118.session.units import NO_SESSION_ID, from_rational, to_rational
from iso15118.session.vocabulary import (
    PARAM_CONNECTOR,
    PARAM_CONTROL_MODE,
    PARAM_MOBILITY_NEEDS_MODE,
    PARAM_PRICING,
    ControlMode,
    EnergyService,
)

R = to_rational


@dataclass
class FakeSECC:
    """Answers every EVCC request like a cooperative charger; knobs inject the situations to test."""

    services: tuple[EnergyService, ...] = (EnergyService.AC, EnergyService.DC, EnergyService.AC_BPT, EnergyService.DC_BPT)
    control_modes: tuple[ControlMode, ...] = (ControlMode.Scheduled, ControlMode.Dynamic)
    authorization_ongoing: int = 0
    cable_check_ongoing: int = 1
    notification_at_loop: dict[int, evseNotificationType] = field(default_factory=dict)
    dc_current_a: float = 100.0
    ac_target_power_w: float = 7000.0
    go_to_pause: bool = False
    standby_allowed: bool = True
    offer_pnc: bool = False
    response_code_for: dict[str, responseCodeType] = field(default_factory=dict)
    session_id: bytes = field(default_factory=lambda: os.urandom(8))
    known_sessions: set[bytes] = field(default_factory=set)
    loops: int = 0
    requests: list[Any] = field(default_factory=list)
    present_voltage: float = 0.0
    power_tolerance_w: float | None = None  # Scheduled: PowerTolerance in every PowerSchedule
    precharge_stuck_v: float | None = None  # DC_PreChargeRes reports this whatever the target (Josev's EVSE: 1 V)
    welding_reading_v: float = 0.0  # what DC_WeldingDetectionRes reports

    def hdr(self) -> MessageHeaderType:
        return MessageHeaderType(SessionID=self.session_id, TimeStamp=1_700_000_000)

    def code(self, req: Any, default: responseCodeType = responseCodeType.OK) -> responseCodeType:
        return self.response_code_for.get(type(req).__name__, default)

    def __call__(self, req: Any) -> Any:
        self.requests.append(req)
        name = type(req).__name__
        return getattr(self, "_" + name)(req)

    def _supportedAppProtocolReq(self, req: supportedAppProtocolReq) -> Any:
        return supportedAppProtocolRes(
            ResponseCode=SAPCode.OK_SuccessfulNegotiation, SchemaID=req.AppProtocol[0].SchemaID
        )

    def _SessionSetupReq(self, req: cm.SessionSetupReq) -> Any:
        if req.Header.SessionID in self.known_sessions:
            self.session_id = req.Header.SessionID
            code = responseCodeType.OK_OldSessionJoined
        else:
            code = responseCodeType.OK_NewSessionEstablished
        self.known_sessions.add(self.session_id)
        return cm.SessionSetupRes(Header=self.hdr(), ResponseCode=self.code(req, code), EVSEID="DE*PNX*E1*1")

    def _AuthorizationSetupReq(self, req: Any) -> Any:
        if self.offer_pnc:
            return cm.AuthorizationSetupRes(
                Header=self.hdr(),
                ResponseCode=self.code(req),
                AuthorizationServices=[cm.authorizationType.EIM, cm.authorizationType.PnC],
                CertificateInstallationService=False,
                PnC_ASResAuthorizationMode=cm.PnC_ASResAuthorizationModeType(GenChallenge=b"C" * 16),
            )
        return cm.AuthorizationSetupRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            AuthorizationServices=[cm.authorizationType.EIM],
            CertificateInstallationService=False,
            EIM_ASResAuthorizationMode=cm.EIM_ASResAuthorizationModeType(),
        )

    def _AuthorizationReq(self, req: Any) -> Any:
        ongoing = self.authorization_ongoing > 0
        self.authorization_ongoing -= 1
        return cm.AuthorizationRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            EVSEProcessing=processingType.Ongoing if ongoing else processingType.Finished,
        )

    def _ServiceDiscoveryReq(self, req: Any) -> Any:
        return cm.ServiceDiscoveryRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            ServiceRenegotiationSupported=True,
            EnergyTransferServiceList=cm.ServiceListType(
                Service=[cm.ServiceType(ServiceID=int(s), FreeService=True) for s in self.services]
            ),
        )

    def _ServiceDetailReq(self, req: cm.ServiceDetailReq) -> Any:
        sets = [
            cm.ParameterSetType(
                ParameterSetID=int(mode),
                Parameter=[
                    cm.ParameterType(Name=PARAM_CONNECTOR, intValue=1),
                    cm.ParameterType(Name=PARAM_CONTROL_MODE, intValue=int(mode)),
                    cm.ParameterType(Name=PARAM_MOBILITY_NEEDS_MODE, intValue=1),
                    cm.ParameterType(Name=PARAM_PRICING, intValue=0),
                ],
            )
            for mode in self.control_modes
        ]
        return cm.ServiceDetailRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            ServiceID=req.ServiceID,
            ServiceParameterList=cm.ServiceParameterListType(ParameterSet=sets),
        )

    def _ServiceSelectionReq(self, req: Any) -> Any:
        return cm.ServiceSelectionRes(Header=self.hdr(), ResponseCode=self.code(req))

    def _DC_ChargeParameterDiscoveryReq(self, req: Any) -> Any:
        common = dict(
            EVSEMaximumChargePower=R(150000),
            EVSEMinimumChargePower=R(0),
            EVSEMaximumChargeCurrent=R(300),
            EVSEMinimumChargeCurrent=R(0),
            EVSEMaximumVoltage=R(900),
            EVSEMinimumVoltage=R(150),
        )
        if isinstance(req.DC_CPDReqEnergyTransferMode, msg_dc.BPT_DC_CPDReqEnergyTransferMode):
            mode: Any = msg_dc.BPT_DC_CPDResEnergyTransferMode(
                **common,
                EVSEMaximumDischargePower=R(50000),
                EVSEMinimumDischargePower=R(0),
                EVSEMaximumDischargeCurrent=R(150),
                EVSEMinimumDischargeCurrent=R(0),
            )
        else:
            mode = msg_dc.DC_CPDResEnergyTransferMode(**common)
        return msg_dc.DC_ChargeParameterDiscoveryRes(
            Header=self.hdr(), ResponseCode=self.code(req), DC_CPDResEnergyTransferMode=mode
        )

    def _AC_ChargeParameterDiscoveryReq(self, req: Any) -> Any:
        common = dict(EVSEMaximumChargePower=R(22000), EVSEMinimumChargePower=R(1400), EVSENominalFrequency=R(50))
        if isinstance(req.AC_CPDReqEnergyTransferMode, msg_ac.BPT_AC_CPDReqEnergyTransferMode):
            mode: Any = msg_ac.BPT_AC_CPDResEnergyTransferMode(
                **common, EVSEMaximumDischargePower=R(11000), EVSEMinimumDischargePower=R(0)
            )
        else:
            mode = msg_ac.AC_CPDResEnergyTransferMode(**common)
        return msg_ac.AC_ChargeParameterDiscoveryRes(
            Header=self.hdr(), ResponseCode=self.code(req), AC_CPDResEnergyTransferMode=mode
        )

    def _ScheduleExchangeReq(self, req: cm.ScheduleExchangeReq) -> Any:
        res = cm.ScheduleExchangeRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            EVSEProcessing=processingType.Finished,
            GoToPause=self.go_to_pause or None,
        )
        if req.Scheduled_SEReqControlMode is not None:
            def schedule(power: float) -> cm.ChargingScheduleType:
                return cm.ChargingScheduleType(
                    PowerSchedule=cm.PowerScheduleType(
                        TimeAnchor=0,
                        PowerTolerance=R(self.power_tolerance_w) if self.power_tolerance_w is not None else None,
                        PowerScheduleEntries=cm.PowerScheduleEntryListType(
                            PowerScheduleEntry=[
                                cm.PowerScheduleEntryType(Duration=3600, Power=R(power)),
                                cm.PowerScheduleEntryType(Duration=82800, Power=R(power / 2)),
                            ]
                        ),
                    )
                )

            res.Scheduled_SEResControlMode = cm.Scheduled_SEResControlModeType(
                ScheduleTuple=[
                    cm.ScheduleTupleType(ScheduleTupleID=1, ChargingSchedule=schedule(5000)),
                    cm.ScheduleTupleType(
                        ScheduleTupleID=2, ChargingSchedule=schedule(5000), DischargingSchedule=schedule(-3000)
                    ),
                ]
            )
        else:
            res.Dynamic_SEResControlMode = cm.Dynamic_SEResControlModeType()
        return res

    def _DC_CableCheckReq(self, req: Any) -> Any:
        ongoing = self.cable_check_ongoing > 0
        self.cable_check_ongoing -= 1
        return msg_dc.DC_CableCheckRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            EVSEProcessing=processingType.Ongoing if ongoing else processingType.Finished,
        )

    def _DC_PreChargeReq(self, req: Any) -> Any:
        target = from_rational(req.EVTargetVoltage)
        self.present_voltage += max(-200.0, min(200.0, target - self.present_voltage))
        if self.precharge_stuck_v is not None:
            self.present_voltage = self.precharge_stuck_v
        return msg_dc.DC_PreChargeRes(
            Header=self.hdr(), ResponseCode=self.code(req), EVSEPresentVoltage=R(self.present_voltage)
        )

    def _PowerDeliveryReq(self, req: Any) -> Any:
        code = self.code(req)
        if req.ChargeProgress is cm.chargeProgressType.Standby and not self.standby_allowed:
            code = responseCodeType.WARNING_StandbyNotAllowed
        return cm.PowerDeliveryRes(Header=self.hdr(), ResponseCode=code)

    def _status(self) -> EVSEStatusType | None:
        n = self.notification_at_loop.pop(self.loops, None)
        return EVSEStatusType(NotificationMaxDelay=0, EVSENotification=n) if n is not None else None

    def _DC_ChargeLoopReq(self, req: Any) -> Any:
        self.loops += 1
        mode = req.CLReqControlMode
        voltage = from_rational(req.EVPresentVoltage)
        if isinstance(mode, msg_dc.Scheduled_DC_CLReqControlMode):
            current = from_rational(mode.EVTargetCurrent)
            res_mode: Any = (
                msg_dc.BPT_Scheduled_DC_CLResControlMode()
                if isinstance(mode, msg_dc.BPT_Scheduled_DC_CLReqControlMode)
                else msg_dc.Scheduled_DC_CLResControlMode()
            )
        else:
            ev_max = from_rational(mode.EVMaximumChargePower) / voltage
            current = min(self.dc_current_a, ev_max)
            if isinstance(mode, msg_dc.BPT_Dynamic_DC_CLReqControlMode):
                if self.dc_current_a < 0:
                    current = max(self.dc_current_a, -from_rational(mode.EVMaximumDischargePower) / voltage)
                res_mode = msg_dc.BPT_Dynamic_DC_CLResControlMode(
                    EVSEMaximumChargePower=R(150000),
                    EVSEMinimumChargePower=R(0),
                    EVSEMaximumChargeCurrent=R(300),
                    EVSEMaximumVoltage=R(900),
                    EVSEMaximumDischargePower=R(50000),
                    EVSEMinimumDischargePower=R(0),
                    EVSEMaximumDischargeCurrent=R(150),
                    EVSEMinimumVoltage=R(150),
                )
            else:
                res_mode = msg_dc.Dynamic_DC_CLResControlMode(
                    EVSEMaximumChargePower=R(150000),
                    EVSEMinimumChargePower=R(0),
                    EVSEMaximumChargeCurrent=R(300),
                    EVSEMaximumVoltage=R(900),
                )
        return msg_dc.DC_ChargeLoopRes(
            Header=self.hdr(),
            ResponseCode=self.code(req),
            EVSEStatus=self._status(),
            EVSEPresentCurrent=R(current),
            EVSEPresentVoltage=R(voltage),
            EVSEPowerLimitAchieved=False,
            EVSECurrentLimitAchieved=False,
            EVSEVoltageLimitAchieved=False,
            CLResControlMode=res_mode,
        )

    def _AC_ChargeLoopReq(self, req: Any) -> Any:
        self.loops += 1
        mode = req.CLReqControlMode
        if isinstance(mode, msg_ac.Dynamic_AC_CLReqControlMode):
            cls = (
                msg_ac.BPT_Dynamic_AC_CLResControlMode
                if isinstance(mode, msg_ac.BPT_Dynamic_AC_CLReqControlMode)
                else msg_ac.Dynamic_AC_CLResControlMode
            )
            res_mode: Any = cls(EVSETargetActivePower=R(self.ac_target_power_w))
        else:
            cls = (
                msg_ac.BPT_Scheduled_AC_CLResControlMode
                if isinstance(mode, msg_ac.BPT_Scheduled_AC_CLReqControlMode)
                else msg_ac.Scheduled_AC_CLResControlMode
            )
            res_mode = cls()
        return msg_ac.AC_ChargeLoopRes(
            Header=self.hdr(), ResponseCode=self.code(req), EVSEStatus=self._status(), CLResControlMode=res_mode
        )

    def _DC_WeldingDetectionReq(self, req: Any) -> Any:
        self.present_voltage = self.welding_reading_v
        return msg_dc.DC_WeldingDetectionRes(
            Header=self.hdr(), ResponseCode=self.code(req), EVSEPresentVoltage=R(self.welding_reading_v)
        )

    def _SessionStopReq(self, req: Any) -> Any:
        return cm.SessionStopRes(Header=self.hdr(), ResponseCode=self.code(req))


@dataclass
class Run:
    requests: list[Any]
    steps: list[Step]
    end: SessionEnd
    ev: SimulatedEV
    session: D20Session

    @property
    def names(self) -> list[str]:
        return [type(r).__name__ for r in self.requests]

    def actions(self, kind: type) -> list[Any]:
        return [a for s in self.steps for a in s.actions if isinstance(a, kind)]


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


async def drive(
    session: D20Session,
    secc: Callable[[Any], Any],
    ev: SimulatedEV,
    clock: FakeClock,
    *,
    max_messages: int = 500,
    mutate: Callable[[Any], Any] | None = None,
) -> Run:
    """Run the state machine against `secc`, applying actions to `ev` like the client would."""
    requests: list[Any] = []
    steps: list[Step] = []
    offer = protocols.make_offer(session.ctx.config, "TLSv1.3")
    requests.append(offer.request)
    answer = secc(offer.request)
    if mutate is not None:
        answer = mutate(answer)
    try:
        chosen, _ = offer.chosen(answer)
    except NegotiationError as exc:  # the client ends such a connection before any protocol session
        return Run(requests, steps, SessionEnd(EndKind.Failed, str(exc), NO_SESSION_ID, error=True), ev, session)
    assert chosen.name == "ISO15118-20"
    step = session.start_after_negotiation(await ev.status(), await ev.user_settings(), clock())
    while True:
        steps.append(step)
        for action in step.actions:
            if isinstance(action, SetContactors):
                await ev.set_contactors(action.closed)
            elif isinstance(action, PowerTransfer):
                await ev.on_power_transfer(action.power_w, action.voltage_v)
        if step.end is not None:
            return Run(requests, steps, step.end, ev, session)
        assert step.request is not None and len(requests) < max_messages
        clock.t += step.delay_s
        requests.append(step.request)
        response = secc(step.request)
        if mutate is not None:
            response = mutate(response)
        clock.t += 0.001
        step = session.receive(response, await ev.status(), clock())

