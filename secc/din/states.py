"""DIN SPEC 70121 SECC states (DC, EIM/ExternalPayment): one state per message pair, each pure.

Same discipline as the -20 states: `gather(env, ctx, req)` is the only place that asks the EVSE
controller; `handle(ctx, req, snap, now) -> Outcome` decides the response (a DIN V2G_Message), the
next allowed requests (body classes), the actions and the end. The runner checks SessionID and
sequence first (`precheck`), runs the actions and applies the safety rules (emergency stop, DRM0,
charge-loop watchdog) for every protocol alike.

What DIN 70121 cannot express, so the SECC does not pretend to:
- no BPT (no discharge limits or currents), no AC, no Dynamic control mode: the EV sets its target
  current in CurrentDemandReq; the SECC caps it (EVSEMaximumCurrent/Power/VoltageLimit in every
  CurrentDemandRes, grid limits included) and regulates to the capped value;
- no Plug & Charge in the field: only ExternalPayment (EIM) is offered; no TLS;
- no pause/resume and no renegotiation: SessionStopReq ends the session; a new grid limit reaches the EV
  only through EVSEMaximumPowerLimit; a controller Pause/Terminate/ServiceRenegotiation, an emergency
  stop or a grid disconnect all become EVSENotification=StopCharging (with EVSE_Shutdown,
  EVSE_EmergencyShutdown or EVSE_UtilityInterruptEvent as EVSEStatusCode);
- no MeterInfo in the charge loop (the session summary uses meter_reading() at start and end).

Leniencies for real vehicles (real-world-quirks.md), each with a test named after it:
- SessionSetupReq with any header SessionID (1-byte 00, 6 zero bytes, empty, 8 zero bytes) opens a
  new session: DIN has no resume, so no header value can mean anything else;
- an empty EVCCID is accepted (logged): the schema allows it, early open-source EVs send it, and refusing
  it would strand the driver; SessionInfo.evcc_id is then None so an integrator that needs a MAC can
  reject in authorize();
- PreChargeReq repeated as long as the EV wants (cars wait until the inlet has the voltage), PowerDeliveryReq
  straight after any PreChargeRes; WeldingDetectionReq repeated; SessionStopReq whenever no energy flows.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.units import from_physical as F
from iso15118.session.units import SESSION_ID_LENGTH
from iso15118.session.v2g_message import DIN, unwrap
from iso15118.session.vocabulary import ongoing_expired
from secc.context import Action, CloseContactors, Outcome, PowerOff, SessionContext, SessionStarted, SetDCOutput
from secc.controller import (
    AuthorizationRequest,
    AuthorizationStatus,
    DCLimits,
    DCMeasurement,
    EnergyService,
    EVSENotification,
    IsolationStatus,
)
from secc.din.responses import U, charge_service, error_response, pv
from secc.state import Env, State, allow, cable_check_status, session_caps

OK = dt.responseCodeType.OK
FAILED = dt.responseCodeType.FAILED
FINISHED = dt.EVSEProcessingType.Finished
ONGOING = dt.EVSEProcessingType.Ongoing
CODE = dt.DC_EVSEStatusCodeType
NOTIFICATION = dt.EVSENotificationType
STOPPING = (EVSENotification.Terminate, EVSENotification.Pause, EVSENotification.ServiceRenegotiation)
DC_TRANSFERS = (dt.EVRequestedEnergyTransferType.DC_extended, dt.EVRequestedEnergyTransferType.DC_core,
                dt.EVRequestedEnergyTransferType.DC_combo_core, dt.EVRequestedEnergyTransferType.DC_unique)
PMAX_SCHEDULE_S = 86400  # [V2G-DC-559]: the PMaxSchedule covers at least 24 hours
EVSE_PEAK_CURRENT_RIPPLE_A = 1.0
_ISOLATION = {IsolationStatus.ONGOING: dt.isolationLevelType.Invalid, IsolationStatus.VALID: dt.isolationLevelType.Valid,
              IsolationStatus.WARNING: dt.isolationLevelType.Warning, IsolationStatus.FAULT: dt.isolationLevelType.Fault}

logger = logging.getLogger(__name__)


@dataclass
class DINContext(SessionContext):
    """What a DIN session adds to the shared context."""

    evcc_id_bytes: bytes = b""
    isolation: dt.isolationLevelType | None = None  # the cable check's result, reported in every DC_EVSEStatus
    welding_requests: int = 0
    ev_target_current_a: float = 0.0  # the latest EVTargetCurrent (grid compliance, traces)
    ev_status: dt.DC_EVStatusType | None = field(default=None, repr=False)

    @classmethod
    def after_negotiation(cls, base: SessionContext) -> "DINContext":
        """The runner's pre-negotiation context as a DIN context; SessionSetupReq comes next."""
        ctx = cls(**base.carried_over())
        ctx.allowed = frozenset({din.SessionSetupReq})
        return ctx


def fail(req: Any, ctx: SessionContext, code: dt.responseCodeType, reason: str) -> Outcome:
    """Answer with `code` in the request's own response type and end the session (power off)."""
    return Outcome(error_response(req, code, ctx.session_id), end=f"{code.value}: {reason}")


def respond(ctx: SessionContext, body: Any, allowed: frozenset[Any] | None = None,
            actions: tuple[Action, ...] = ()) -> Outcome:
    return Outcome(DIN.wrap(body, ctx.session_id), allowed=allowed, actions=actions)


def dc_evse_status(ctx: DINContext, now: float, isolation: dt.isolationLevelType | None = None,
                   code: dt.DC_EVSEStatusCodeType = CODE.EVSE_Ready) -> dt.DC_EVSEStatusType:
    """DIN's way to say "stop": EVSENotification=StopCharging, with why in EVSEStatusCode.

    Power-off decided by the runner (emergency stop, grid disconnect): EVSE_EmergencyShutdown /
    EVSE_UtilityInterruptEvent, NotificationMaxDelay 0. A stopping notification from the controller:
    EVSE_Shutdown with its NotificationMaxDelay, whose deadline starts when it is first sent.
    """
    notification, delay = NOTIFICATION._None, 0
    if ctx.stopped:
        code = CODE.EVSE_UtilityInterruptEvent if ctx.grid.disconnect else CODE.EVSE_EmergencyShutdown
        notification = NOTIFICATION.StopCharging
    elif ctx.pending_notification is not None and ctx.pending_notification[0] in STOPPING:
        code, notification, delay = CODE.EVSE_Shutdown, NOTIFICATION.StopCharging, ctx.pending_notification[1]
        if ctx.notification_deadline is None:
            ctx.notification_deadline = now + delay
    return dt.DC_EVSEStatusType(EVSEIsolationStatus=isolation or ctx.isolation, EVSEStatusCode=code,
                                NotificationMaxDelay=delay, EVSENotification=notification)


# --- communication setup ---------------------------------------------------------------------


def evse_id(ctx: SessionContext) -> bytes:
    """DIN's EVSEID is hexBinary (max 32 bytes): the configured ID's ASCII bytes, else 00 (not available)."""
    raw = ctx.config.evse_id.encode("ascii", "replace")
    return raw if 0 < len(raw) <= 32 else b"\x00"


class SessionSetup(State):
    request = din.SessionSetupReq

    def handle(self, ctx: DINContext, req: din.SessionSetupReq, snap: Any, now: float) -> Outcome:
        if not req.EVCCID:
            logger.warning("DIN SessionSetupReq without EVCCID: accepted, the controller sees evcc_id None")
        ctx.evcc_id_bytes = req.EVCCID
        ctx.evcc_id = req.EVCCID.hex().upper() or None
        ctx.session_id = ctx.random_bytes(SESSION_ID_LENGTH)
        res = din.SessionSetupRes(ResponseCode=dt.responseCodeType.OK_NewSessionEstablished, EVSEID=evse_id(ctx))
        return respond(ctx, res, allow(din.ServiceDiscoveryReq), (SessionStarted(),))


class ServiceDiscovery(State):
    request = din.ServiceDiscoveryReq

    def handle(self, ctx: DINContext, req: din.ServiceDiscoveryReq, snap: Any, now: float) -> Outcome:
        res = din.ServiceDiscoveryRes(
            ResponseCode=OK,
            PaymentOptions=dt.PaymentOptionsType(PaymentOption=[dt.paymentOptionType.ExternalPayment]),
            ChargeService=charge_service(ctx.config.free_service),
        )
        return respond(ctx, res, allow(din.ServicePaymentSelectionReq))


class ServicePaymentSelection(State):
    request = din.ServicePaymentSelectionReq

    def handle(self, ctx: DINContext, req: din.ServicePaymentSelectionReq, snap: Any, now: float) -> Outcome:
        if req.SelectedPaymentOption is not dt.paymentOptionType.ExternalPayment:
            return fail(req, ctx, dt.responseCodeType.FAILED_PaymentSelectionInvalid,
                        f"{req.SelectedPaymentOption.value} not offered (ExternalPayment only)")
        if 1 not in [s.ServiceID for s in req.SelectedServiceList.SelectedService]:
            return fail(req, ctx, dt.responseCodeType.FAILED_ServiceSelectionInvalid, "charge service 1 not selected")
        ctx.service = EnergyService.DC
        return respond(ctx, din.ServicePaymentSelectionRes(ResponseCode=OK), allow(din.ContractAuthenticationReq))


class ContractAuthentication(State):
    """EIM: the controller decides (card reader, app, backend); Ongoing until it does."""

    request = din.ContractAuthenticationReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> AuthorizationStatus:
        return await env.controller.authorize(ctx.info(), AuthorizationRequest("EIM"))

    def handle(self, ctx: DINContext, req: din.ContractAuthenticationReq, status: AuthorizationStatus,
               now: float) -> Outcome:
        if status is AuthorizationStatus.ACCEPTED:
            ctx.authorized = True
            ctx.ongoing_since.pop("Authorization", None)
            res = din.ContractAuthenticationRes(ResponseCode=OK, EVSEProcessing=FINISHED)
            return respond(ctx, res, allow(din.ChargeParameterDiscoveryReq))
        if status is AuthorizationStatus.REJECTED:  # DIN has no WARNING codes: FAILED ends the session
            return fail(req, ctx, FAILED, "authorization rejected")
        if ongoing_expired(ctx.ongoing_since, "Authorization", now, ctx.config.timing.ongoing_timeout):
            return fail(req, ctx, FAILED, "authorization still ongoing after the ongoing timeout")
        res = din.ContractAuthenticationRes(ResponseCode=OK, EVSEProcessing=ONGOING)
        return respond(ctx, res, allow(din.ContractAuthenticationReq))


# --- charge parameters -------------------------------------------------------------------------


class ChargeParameterDiscovery(State):
    request = din.ChargeParameterDiscoveryReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> DCLimits:
        return await env.controller.dc_limits()

    def handle(self, ctx: DINContext, req: din.ChargeParameterDiscoveryReq, limits: DCLimits, now: float) -> Outcome:
        param = req.EVChargeParameter
        if req.EVRequestedEnergyTransferType not in DC_TRANSFERS or not isinstance(param, dt.DC_EVChargeParameterType):
            return fail(req, ctx, dt.responseCodeType.FAILED_WrongEnergyTransferType,
                        f"{req.EVRequestedEnergyTransferType.value} requested, this SECC offers DC")
        ev = ctx.ev
        ev.max_charge_current_a = F(param.EVMaximumCurrentLimit)
        ev.max_voltage_v = F(param.EVMaximumVoltageLimit)
        ev.max_charge_power_w = F(param.EVMaximumPowerLimit, float("inf"))
        ctx.ev_status = param.DC_EVStatus
        if ev.max_voltage_v < limits.min_voltage_v or ev.max_charge_current_a <= 0:
            return fail(req, ctx, dt.responseCodeType.FAILED_WrongChargeParameter,
                        f"EV maximum {ev.max_voltage_v} V / {ev.max_charge_current_a} A does not fit the EVSE")
        ctx.evse_limits = limits
        cap = session_caps(ctx).charge_w
        schedule = dt.SAScheduleList(SAScheduleTuple=[dt.SAScheduleTupleType(
            SAScheduleTupleID=1,
            PMaxSchedule=dt.PMaxScheduleType(PMaxScheduleID=1, PMaxScheduleEntry=[dt.PMaxScheduleEntryType(
                TimeInterval=dt.RelativeTimeInterval(start=0, duration=PMAX_SCHEDULE_S), PMax=min(int(cap), 32767))]),
        )])
        parameter = dt.DC_EVSEChargeParameter(
            DC_EVSEStatus=dc_evse_status(ctx, now),
            EVSEMaximumCurrentLimit=pv(limits.max_charge_current_a, U.A),
            EVSEMaximumPowerLimit=pv(cap, U.W),
            EVSEMaximumVoltageLimit=pv(limits.max_voltage_v, U.V),
            EVSEMinimumCurrentLimit=pv(limits.min_charge_current_a, U.A),
            EVSEMinimumVoltageLimit=pv(limits.min_voltage_v, U.V),
            EVSEPeakCurrentRipple=pv(EVSE_PEAK_CURRENT_RIPPLE_A, U.A),
        )
        res = din.ChargeParameterDiscoveryRes(ResponseCode=OK, EVSEProcessing=FINISHED, SASchedules=schedule,
                                              EVSEChargeParameter=parameter)
        return respond(ctx, res, allow(din.CableCheckReq))


# --- DC preparation ----------------------------------------------------------------------------


class CableCheck(State):
    request = din.CableCheckReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> IsolationStatus:
        return await cable_check_status(env, ctx, "CableCheck")

    def handle(self, ctx: DINContext, req: din.CableCheckReq, status: IsolationStatus, now: float) -> Outcome:
        expired = ongoing_expired(ctx.ongoing_since, "CableCheck", now, ctx.config.timing.cable_check_timeout)
        ctx.ev_status = req.DC_EVStatus
        if status is IsolationStatus.FAULT:
            ctx.isolation = dt.isolationLevelType.Fault
            return fail(req, ctx, FAILED, "isolation fault")
        if status is IsolationStatus.ONGOING:
            if expired:
                return fail(req, ctx, FAILED, "cable check did not finish in time")
            status_ = dc_evse_status(ctx, now, dt.isolationLevelType.Invalid, CODE.EVSE_IsolationMonitoringActive)
            res = din.CableCheckRes(ResponseCode=OK, DC_EVSEStatus=status_, EVSEProcessing=ONGOING)
            return respond(ctx, res, allow(din.CableCheckReq))
        ctx.ongoing_since.pop("CableCheck", None)
        ctx.isolation = _ISOLATION[status]
        res = din.CableCheckRes(ResponseCode=OK, DC_EVSEStatus=dc_evse_status(ctx, now), EVSEProcessing=FINISHED)
        return respond(ctx, res, allow(din.PreChargeReq))


class PreCharge(State):
    """The EV repeats PreChargeReq until the inlet voltage is where it wants it (some cars wait for the
    inlet itself, pyPLC issue 24): every one is answered, the EV's own PreCharge timeout bounds the loop."""

    request = din.PreChargeReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: DINContext, req: din.PreChargeReq, present: DCMeasurement, now: float) -> Outcome:
        limits = ctx.evse_limits
        assert isinstance(limits, DCLimits)
        target = F(req.EVTargetVoltage)
        ctx.ev_status = req.DC_EVStatus
        if not (limits.min_voltage_v <= target <= limits.max_voltage_v) or target > ctx.ev.max_voltage_v:
            return fail(req, ctx, dt.responseCodeType.FAILED_WrongChargeParameter, f"pre-charge target {target} V out of range")
        current = min(max(F(req.EVTargetCurrent), 0.0), ctx.config.precharge_current_a)
        res = din.PreChargeRes(ResponseCode=OK, DC_EVSEStatus=dc_evse_status(ctx, now),
                               EVSEPresentVoltage=pv(present.voltage_v, U.V))
        return respond(ctx, res, allow(din.PreChargeReq, din.PowerDeliveryReq),
                       (SetDCOutput(target, current),))


# --- power delivery and the charge loop --------------------------------------------------------


class PowerDelivery(State):
    """ReadyToChargeState true: contactors close, CurrentDemand follows. False: power off, then
    WeldingDetection (or SessionStop)."""

    request = din.PowerDeliveryReq

    def handle(self, ctx: DINContext, req: din.PowerDeliveryReq, snap: Any, now: float) -> Outcome:
        if req.ReadyToChargeState:
            if ctx.stopped or ctx.pending_notification is not None and ctx.pending_notification[0] in STOPPING:
                return fail(req, ctx, dt.responseCodeType.FAILED_PowerDeliveryNotApplied, "the EVSE is stopping")
            actions: tuple[Action, ...] = () if ctx.power_flowing else (CloseContactors(),)
            ctx.power_flowing = True
            status = dt.DC_EVSEStatus(**vars(dc_evse_status(ctx, now)))
            return respond(ctx, din.PowerDeliveryRes(ResponseCode=OK, EVSEStatus=status),
                           allow(din.CurrentDemandReq, din.PowerDeliveryReq), actions)
        ctx.power_flowing = False
        if ctx.pending_notification is not None and ctx.pending_notification[0] in STOPPING:
            ctx.pending_notification = None  # the EV obeyed
            ctx.notification_deadline = None
        status = dt.DC_EVSEStatus(**vars(dc_evse_status(ctx, now)))
        return respond(ctx, din.PowerDeliveryRes(ResponseCode=OK, EVSEStatus=status),
                       allow(din.WeldingDetectionReq, din.SessionStopReq), (PowerOff(),))


@dataclass(frozen=True)
class LoopSnapshot:
    present: DCMeasurement
    limits: DCLimits


class CurrentDemand(State):
    """The charge loop, on the hot path: two controller reads, arithmetic, one set-point. The EV sets
    the current; the SECC caps it at the EVSE, EV and grid limits and says which limit it hit."""

    request = din.CurrentDemandReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> LoopSnapshot:
        return LoopSnapshot(await env.controller.present_dc(), await env.controller.dc_limits())

    def handle(self, ctx: DINContext, req: din.CurrentDemandReq, snap: LoopSnapshot, now: float) -> Outcome:
        limits, present = snap.limits, snap.present
        ctx.evse_limits = limits
        ctx.ev_status = req.DC_EVStatus
        cap_w = session_caps(ctx).charge_w
        voltage_cap = min(limits.max_voltage_v, F(req.EVMaximumVoltageLimit, limits.max_voltage_v))
        current_cap = 0.0 if ctx.stopped else min(limits.max_charge_current_a,
                                                  F(req.EVMaximumCurrentLimit, limits.max_charge_current_a))
        voltage = F(req.EVTargetVoltage)
        requested = ctx.ev_target_current_a = max(F(req.EVTargetCurrent), 0.0)
        voltage_limited = voltage > voltage_cap
        voltage = min(voltage, voltage_cap)
        current = min(requested, current_cap)
        current_limited = current < requested
        power_limited = False
        if voltage > 0 and voltage * current > cap_w:
            current, power_limited = cap_w / voltage, True
        res = din.CurrentDemandRes(
            ResponseCode=OK,
            DC_EVSEStatus=dc_evse_status(ctx, now),
            EVSEPresentVoltage=pv(present.voltage_v, U.V),
            EVSEPresentCurrent=pv(present.current_a, U.A),
            EVSECurrentLimitAchieved=current_limited,
            EVSEVoltageLimitAchieved=voltage_limited,
            EVSEPowerLimitAchieved=power_limited,
            EVSEMaximumVoltageLimit=pv(limits.max_voltage_v, U.V),
            EVSEMaximumCurrentLimit=pv(current_cap, U.A),
            EVSEMaximumPowerLimit=pv(cap_w, U.W),
        )
        return respond(ctx, res, allow(din.CurrentDemandReq, din.PowerDeliveryReq),
                       (SetDCOutput(voltage, current),))


# --- end of session ----------------------------------------------------------------------------


class WeldingDetection(State):
    """Repeated as long as the EV wants (it watches the voltage fall); SessionStop ends it."""

    request = din.WeldingDetectionReq

    async def gather(self, env: Env, ctx: DINContext, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: DINContext, req: din.WeldingDetectionReq, present: DCMeasurement, now: float) -> Outcome:
        ctx.welding_requests += 1
        ctx.ev_status = req.DC_EVStatus
        res = din.WeldingDetectionRes(ResponseCode=OK, DC_EVSEStatus=dc_evse_status(ctx, now),
                                      EVSEPresentVoltage=pv(present.voltage_v, U.V))
        return respond(ctx, res, allow(din.WeldingDetectionReq, din.SessionStopReq))


class SessionStop(State):
    request = din.SessionStopReq

    def handle(self, ctx: DINContext, req: din.SessionStopReq, snap: Any, now: float) -> Outcome:
        if ctx.power_flowing:
            return fail(req, ctx, dt.responseCodeType.FAILED_SequenceError, "SessionStop while energy flows")
        return Outcome(DIN.wrap(din.SessionStopRes(ResponseCode=OK), ctx.session_id), end="terminated by the EV")


STATES: dict[type, State] = {
    s.request: s
    for s in (
        SessionSetup(), ServiceDiscovery(), ServicePaymentSelection(), ContractAuthentication(),
        ChargeParameterDiscovery(), CableCheck(), PreCharge(), PowerDelivery(), CurrentDemand(),
        WeldingDetection(), SessionStop(),
    )
}

# Requests a stopped session still answers through its states (the EV winding down); others get FAILED.
WINDING_DOWN: frozenset[type] = frozenset({din.CurrentDemandReq, din.WeldingDetectionReq, din.SessionStopReq})
CHARGE_LOOP: frozenset[type] = frozenset({din.CurrentDemandReq})


def winds_down(req: Any) -> bool:
    """May a stopped session still answer `req` through its state (PowerDelivery only to stop)?"""
    return type(req) in WINDING_DOWN or isinstance(req, din.PowerDeliveryReq) and not req.ReadyToChargeState


def request_of(message: Any) -> Any:
    """The body element, with the envelope's Header attached as `.Header` (as -20 requests carry theirs)."""
    header, body = unwrap(message)
    body.Header = header
    return body


def ev_requested_power_w(req: Any, present: DCMeasurement) -> float | None:
    """The power the EV asks for in a CurrentDemandReq (target current x target voltage)."""
    if not isinstance(req, din.CurrentDemandReq):
        return None
    return F(req.EVTargetCurrent) * F(req.EVTargetVoltage)


# The sequence check: every state's Outcome.allowed lists what DIN allows next; precheck adds one
# leniency: SessionStopReq whenever no energy flows, from SessionSetupRes on (as for -20: cars end a
# session early when nothing fits; DIN's EVCC may stop after any response).
def precheck(ctx: SessionContext, req: Any) -> Outcome | None:
    """SessionID (`req.Header`, attached by request_of) and sequence checks every request passes first."""
    cls = type(req)
    session_id = req.Header.SessionID
    if cls is not din.SessionSetupReq and ctx.established and session_id != ctx.session_id:
        return fail(req, ctx, dt.responseCodeType.FAILED_UnknownSession, f"SessionID {session_id.hex()} unknown")
    allowed: frozenset[Any] = ctx.allowed
    if ctx.established and not ctx.power_flowing:
        allowed = allowed | {din.SessionStopReq}
    if cls not in allowed or cls not in STATES:
        names = sorted(c.__name__ for c in allowed if isinstance(c, type))
        return fail(req, ctx, dt.responseCodeType.FAILED_SequenceError, f"{cls.__name__} not allowed now (expected {names})")
    if ctx.terminate_requested and cls is not din.SessionStopReq:  # the EV ending it is what the EVSE wants
        return fail(req, ctx, FAILED, "the EVSE terminated the session")
    return None
