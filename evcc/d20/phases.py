"""The -20 EV phases: one per awaited response, each `handle(ctx, res, ev, now) -> Step` typed by it.

`SEQUENCE` (at the end) is the one table of the -20 sequence on the EV side: each request class ->
the phase that awaits its response (and `Phase.response` is that response class). `send()` looks
the phase up there, so a handler only says which request goes next. The shared driver
(evcc/phase.py PhaseSession) has already checked the response type, the SessionID and FAILED*
codes before a handler runs.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from evcc.controller import Authorization as AuthorizationMethod
from evcc.controller import ControlMode, EnergyTransfer, EVSELimits, EVStatus
from evcc.d20 import requests
from evcc.d20.context import D20Context
from evcc.phase import (
    Action,
    ContractInstalled,
    EndKind,
    Event,
    EVSELimitsChanged,
    Phase,
    PowerTransfer,
    SetContactors,
    Step,
)
from iso15118.messages import ac as msg_ac
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.common_types import EVSEStatusType, evseNotificationType, processingType, responseCodeType
from iso15118.security.errors import SecurityError
from iso15118.session.units import GEN_CHALLENGE_LENGTH, NO_SESSION_ID, SESSION_ID_LENGTH, discharge_magnitude, from_rational
from iso15118.session.vocabulary import PARAM_CONTROL_MODE, EnergyService, clip

MAX_WELDING_DETECTION_REQUESTS = 20  # then stop anyway: power is off, the EVSE may just read slowly


class D20Phase(Phase[D20Context, Any]):
    """A -20 phase (handlers narrow `res` to their own response class)."""


def send(ctx: D20Context, request: Any, *, delay: float = 0.0, actions: tuple[Action, ...] = (),
         **phase_data: Any) -> Step:
    """Send `request` and await its response in the phase SEQUENCE names for it."""
    return ctx.send(request, SEQUENCE[type(request)](**phase_data), delay=delay, actions=actions)


def _param_value(p: cm.ParameterType) -> Any:
    for name in ("boolValue", "byteValue", "shortValue", "intValue", "finiteString"):
        value = getattr(p, name)
        if value is not None:
            return value
    return from_rational(p.rationalNumber) if p.rationalNumber is not None else None


# ---------------------------------------------------------------------- flows several phases share

def begin_stop(ctx: D20Context, kind: cm.chargingSessionType, reason: str, *, error: bool = False,
               power_delivery: bool = False) -> Step:
    """Orderly end: PowerDelivery Stop (if power was on, or `power_delivery`: the sequence requires
    it, as after a Finished DC_PreChargeReq), welding check (DC, contactors used), SessionStop."""
    ctx.ending, ctx.end_reason, ctx.end_error = kind, reason, error
    actions = (Event("Stopping", f"{kind.value}: {reason}"),)
    if power_delivery or ctx.charging or ctx.contactors_closed:
        return power_delivery_step(ctx, cm.chargeProgressType.Stop, actions=actions)
    return send(ctx, requests.session_stop(ctx), actions=actions)


def authorize(ctx: D20Context, actions: tuple[Action, ...] = ()) -> Step:
    """PnC with a usable contract when the SECC offers it, else EIM, else stop."""
    offered = ctx.offered_authorization
    if ctx.gen_challenge is not None and ctx.pnc is not None and ctx.pnc.has_contract():
        req = requests.authorization(ctx, cm.authorizationType.PnC)
    elif cm.authorizationType.EIM in offered:
        if ctx.gen_challenge is not None:
            actions += (Event("PnCUnavailable", "no usable contract certificate: EIM"),)
        req = requests.authorization(ctx, cm.authorizationType.EIM)
    else:
        step = begin_stop(ctx, cm.chargingSessionType.Terminate, "no usable authorization service", error=True)
        return replace(step, actions=actions + step.actions)
    return send(ctx, req, actions=actions)


def charge_parameter_discovery_step(ctx: D20Context, ev: EVStatus, actions: tuple[Action, ...] = (), *,
                                    renegotiating: bool = False) -> Step:
    return send(ctx, requests.charge_parameter_discovery(ctx, ev), actions=actions, renegotiating=renegotiating)


def power_delivery_step(ctx: D20Context, progress: cm.chargeProgressType, *, ev: EVStatus | None = None,
                        now: float = 0.0, actions: tuple[Action, ...] = ()) -> Step:
    if any(isinstance(a, SetContactors) and a.closed for a in actions):
        ctx.contactors_closed = ctx.energized = True
    return send(ctx, requests.power_delivery(ctx, progress, ev, now), actions=actions)


def charge_loop_step(ctx: D20Context, ev: EVStatus, now: float, *, delay: float = 0.0,
                     actions: tuple[Action, ...] = ()) -> Step:
    return send(ctx, requests.charge_loop(ctx, ev, now), delay=delay, actions=actions)


def notification(ctx: D20Context, status: EVSEStatusType | None, ev: EVStatus, now: float) -> Step | None:
    """React to an EVSE notification; None when there is nothing to do."""
    if status is None:
        return None
    n = status.EVSENotification
    if n is evseNotificationType.Terminate:
        return begin_stop(ctx, cm.chargingSessionType.Terminate, "EVSE notification Terminate")
    if n is evseNotificationType.Pause:
        return begin_stop(ctx, cm.chargingSessionType.Pause, "EVSE notification Pause")
    if n is evseNotificationType.ServiceRenegotiation:
        return begin_stop(ctx, cm.chargingSessionType.ServiceRenegotiation, "EVSE notification ServiceRenegotiation")
    if n is evseNotificationType.ExitStandby and ctx.standby:
        return power_delivery_step(ctx, cm.chargeProgressType.Start, ev=ev, now=now,
                                   actions=(Event("EVSENotification", n.value),))
    if n is evseNotificationType.ScheduleRenegotiation:
        return power_delivery_step(ctx, cm.chargeProgressType.ScheduleRenegotiation,
                                   actions=(Event("EVSENotification", n.value),))
    return None


# ---------------------------------------------------------------------- handshake and services

class SessionSetup(D20Phase):
    response = cm.SessionSetupRes
    assigns_session_id = True

    def handle(self, ctx: D20Context, res: cm.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        if len(ctx.session_id) != SESSION_ID_LENGTH:  # read liberally, but every request must carry it
            assigned, ctx.session_id = ctx.session_id, NO_SESSION_ID
            return ctx.fail(f"SessionSetupRes assigned a {len(assigned)}-byte SessionID "
                            f"{assigned.hex()} (-20 requires {SESSION_ID_LENGTH} bytes)")
        ctx.evse_id = res.EVSEID
        actions: tuple[Action, ...] = ()
        if ctx.resume_session_id is not None:
            joined = res.ResponseCode is responseCodeType.OK_OldSessionJoined
            if joined and ctx.session_id != ctx.resume_session_id:
                return ctx.fail("OK_OldSessionJoined with a different SessionID")
            actions = (Event("Resumed" if joined else "ResumeRefused", ctx.session_id.hex()),)
            agreed = ctx.resume_service
            if joined and agreed is not None:
                # [V2G20-1032]: the next request is ChargeParameterDiscoveryReq; authorization and the
                # selected service hold for the whole service session ([V2G20-1844]).
                ctx.service_id, ctx.parameter_set_id = agreed.service_id, agreed.parameter_set_id
                ctx.service_parameters = dict(agreed.parameters)
                ctx.bpt_active = agreed.bpt_active
                ctx.service_renegotiation_supported = agreed.service_renegotiation_supported
                ctx.contract_authorized = agreed.contract_authorized
                return charge_parameter_discovery_step(ctx, ev, actions=actions)
            # OK_NewSessionEstablished: nothing of the paused session holds, start over.
        return send(ctx, cm.AuthorizationSetupReq(Header=requests.hdr(ctx)), actions=actions)


class AuthorizationSetup(D20Phase):
    response = cm.AuthorizationSetupRes

    def handle(self, ctx: D20Context, res: cm.AuthorizationSetupRes, ev: EVStatus, now: float) -> Step:
        offered = set(res.AuthorizationServices)
        ctx.offered_authorization = offered
        pnc_wanted = ctx.config.authorization is AuthorizationMethod.PnC and ctx.pnc is not None
        pnc_mode = res.PnC_ASResAuthorizationMode
        if pnc_wanted and pnc_mode is not None and len(pnc_mode.GenChallenge) != GEN_CHALLENGE_LENGTH:
            # we would sign a challenge no SECC can have sent: EIM if offered, else stop
            return authorize(ctx, (Event("PnCUnavailable", f"GenChallenge of {len(pnc_mode.GenChallenge)} bytes "
                                                           f"({GEN_CHALLENGE_LENGTH} required)"),))
        if pnc_wanted and cm.authorizationType.PnC in offered and pnc_mode is not None:
            assert ctx.pnc is not None
            ctx.gen_challenge = pnc_mode.GenChallenge
            policy = ctx.config.certificate_installation
            if res.CertificateInstallationService and policy != "never":
                req = ctx.pnc.installation_request(requests.hdr(ctx), always=policy == "always")
                if req is not None:
                    return send(ctx, req)
        return authorize(ctx)


class CertificateInstallation(D20Phase):
    response = cm.CertificateInstallationRes

    def handle(self, ctx: D20Context, res: cm.CertificateInstallationRes, ev: EVStatus, now: float) -> Step:
        assert ctx.pnc is not None
        if res.ResponseCode.value.startswith("WARNING"):
            return authorize(ctx, (Event("CertificateInstallationFailed", res.ResponseCode.value),))
        if res.EVSEProcessing is not processingType.Finished:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "CertificateInstallation")
            if late:
                return authorize(ctx, (Event("CertificateInstallationFailed", late),))
            req = ctx.pnc.installation_request(requests.hdr(ctx), always=True)
            return send(ctx, req, delay=ctx.config.ongoing_poll_interval_s)
        try:
            emaid = ctx.pnc.install(res)
        except SecurityError as error:  # a contract we cannot trust is never used
            return authorize(ctx, (Event("CertificateInstallationFailed", str(error)),))
        return authorize(ctx, (ContractInstalled(emaid), Event("ContractInstalled", emaid)))


class Authorization(D20Phase):
    response = cm.AuthorizationRes

    def handle(self, ctx: D20Context, res: cm.AuthorizationRes, ev: EVStatus, now: float) -> Step:
        selected = ctx.last_request.SelectedAuthorizationService
        if (
            res.ResponseCode is responseCodeType.WARNING_AuthorizationSelectionInvalid
            and selected is cm.authorizationType.PnC
            and cm.authorizationType.EIM in ctx.offered_authorization
        ):
            # The SECC lets the EV choose again: fall back to external identification.
            req = requests.authorization(ctx, cm.authorizationType.EIM)
            return send(ctx, req, actions=(Event("PnCRefused", res.ResponseCode.value),))
        if res.ResponseCode.value.startswith("WARNING"):
            return begin_stop(ctx, cm.chargingSessionType.Terminate,
                              f"authorization refused: {res.ResponseCode.value}", error=True)
        if res.EVSEProcessing is not processingType.Finished:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "Authorization")
            if late:
                return begin_stop(ctx, cm.chargingSessionType.Terminate, late, error=True)
            # Build (and for PnC sign) again: the signature travels in the header.
            return send(ctx, requests.authorization(ctx, selected), delay=ctx.config.ongoing_poll_interval_s)
        ctx.contract_authorized = selected is cm.authorizationType.PnC
        return send(ctx, cm.ServiceDiscoveryReq(Header=requests.hdr(ctx)))


class ServiceDiscovery(D20Phase):
    response = cm.ServiceDiscoveryRes

    def handle(self, ctx: D20Context, res: cm.ServiceDiscoveryRes, ev: EVStatus, now: float) -> Step:
        ctx.service_renegotiation_supported = res.ServiceRenegotiationSupported
        offered = {s.ServiceID for s in res.EnergyTransferServiceList.Service}
        dc = ctx.config.energy_transfer is EnergyTransfer.DC
        base, bpt = (EnergyService.DC, EnergyService.DC_BPT) if dc else (EnergyService.AC, EnergyService.AC_BPT)
        actions: tuple[Action, ...] = ()
        if ctx.config.bpt and bpt in offered:
            chosen, ctx.bpt_active = bpt, True
        elif base in offered and (not ctx.config.bpt or ctx.config.bpt_fallback_to_charge_only):
            chosen, ctx.bpt_active = base, False
            if ctx.config.bpt:
                actions = (Event("BPTUnavailable", f"EVSE offers services {sorted(offered)}; charging only"),)
        else:
            want = bpt if ctx.config.bpt else base
            return begin_stop(ctx, cm.chargingSessionType.Terminate,
                              f"EVSE offers services {sorted(offered)}, not {want}", error=True)
        ctx.service_id = chosen
        return send(ctx, cm.ServiceDetailReq(Header=requests.hdr(ctx), ServiceID=chosen), actions=actions)


class ServiceDetail(D20Phase):
    response = cm.ServiceDetailRes

    def handle(self, ctx: D20Context, res: cm.ServiceDetailRes, ev: EVStatus, now: float) -> Step:
        wanted_mode = ctx.config.control_mode  # valued as the ControlMode parameter
        for parameter_set in res.ServiceParameterList.ParameterSet:
            params = {p.Name: _param_value(p) for p in parameter_set.Parameter}
            if params.get(PARAM_CONTROL_MODE) == wanted_mode:
                ctx.parameter_set_id = parameter_set.ParameterSetID
                ctx.service_parameters = params
                break
        else:
            return begin_stop(
                ctx, cm.chargingSessionType.Terminate,
                f"service {res.ServiceID} has no parameter set with {ctx.config.control_mode.name} control mode",
                error=True,
            )
        assert ctx.service_id is not None and ctx.parameter_set_id is not None
        req = cm.ServiceSelectionReq(
            Header=requests.hdr(ctx),
            SelectedEnergyTransferService=cm.SelectedServiceType(
                ServiceID=ctx.service_id, ParameterSetID=ctx.parameter_set_id
            ),
        )
        return send(ctx, req)


class ServiceSelection(D20Phase):
    response = cm.ServiceSelectionRes

    def handle(self, ctx: D20Context, res: cm.ServiceSelectionRes, ev: EVStatus, now: float) -> Step:
        return charge_parameter_discovery_step(ctx, ev)


# ---------------------------------------------------------------------- parameters and schedules

@dataclass(frozen=True)
class _ChargeParameterDiscovery(D20Phase):
    renegotiating: bool = False  # PowerDelivery ScheduleRenegotiation: power goes on again after it

    def _next(self, ctx: D20Context, limits: EVSELimits, ev: EVStatus, now: float) -> Step:
        ctx.evse_limits = limits
        return send(ctx, requests.schedule_exchange(ctx, ev, now), actions=(EVSELimitsChanged(limits),),
                    renegotiating=self.renegotiating)


@dataclass(frozen=True)
class DC_ChargeParameterDiscovery(_ChargeParameterDiscovery):
    response = msg_dc.DC_ChargeParameterDiscoveryRes

    def handle(self, ctx: D20Context, res: msg_dc.DC_ChargeParameterDiscoveryRes, ev: EVStatus, now: float) -> Step:
        m = res.DC_CPDResEnergyTransferMode
        limits = EVSELimits(
            max_charge_power_w=from_rational(m.EVSEMaximumChargePower),
            min_charge_power_w=from_rational(m.EVSEMinimumChargePower),
            max_charge_current_a=from_rational(m.EVSEMaximumChargeCurrent),
            max_voltage_v=from_rational(m.EVSEMaximumVoltage),
            min_voltage_v=from_rational(m.EVSEMinimumVoltage),
            max_discharge_power_w=discharge_magnitude(getattr(m, "EVSEMaximumDischargePower", None)),
            max_discharge_current_a=discharge_magnitude(getattr(m, "EVSEMaximumDischargeCurrent", None)),
        )
        return self._next(ctx, limits, ev, now)


@dataclass(frozen=True)
class AC_ChargeParameterDiscovery(_ChargeParameterDiscovery):
    response = msg_ac.AC_ChargeParameterDiscoveryRes

    def handle(self, ctx: D20Context, res: msg_ac.AC_ChargeParameterDiscoveryRes, ev: EVStatus, now: float) -> Step:
        m = res.AC_CPDResEnergyTransferMode
        limits = EVSELimits(
            max_charge_power_w=from_rational(m.EVSEMaximumChargePower),
            min_charge_power_w=from_rational(m.EVSEMinimumChargePower),
            max_discharge_power_w=discharge_magnitude(getattr(m, "EVSEMaximumDischargePower", None)),
            extra={"EVSENominalFrequency": from_rational(m.EVSENominalFrequency)},
        )
        return self._next(ctx, limits, ev, now)


@dataclass(frozen=True)
class ScheduleExchange(D20Phase):
    response = cm.ScheduleExchangeRes
    renegotiating: bool = False

    def handle(self, ctx: D20Context, res: cm.ScheduleExchangeRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not processingType.Finished:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ScheduleExchange")
            if late:
                return begin_stop(ctx, cm.chargingSessionType.Terminate, late, error=True)
            return send(ctx, requests.schedule_exchange(ctx, ev, now), delay=ctx.config.ongoing_poll_interval_s,
                        renegotiating=self.renegotiating)
        if res.GoToPause:
            return begin_stop(ctx, cm.chargingSessionType.Pause, "EVSE asked to pause (GoToPause)")
        if ctx.config.control_mode is ControlMode.Scheduled:
            if res.Scheduled_SEResControlMode is None or not res.Scheduled_SEResControlMode.ScheduleTuple:
                return begin_stop(ctx, cm.chargingSessionType.Terminate, "no schedule offered", error=True)
            ctx.schedule = self._choose(ctx, res.Scheduled_SEResControlMode.ScheduleTuple)
            ctx.schedule_started = now
        else:
            ctx.dynamic_targets = res.Dynamic_SEResControlMode
        actions = (Event("ScheduleSelected", str(ctx.schedule.ScheduleTupleID)),) if ctx.schedule else ()
        if self.renegotiating:
            return power_delivery_step(ctx, cm.chargeProgressType.Start, ev=ev, now=now, actions=actions)
        if ctx.config.energy_transfer is EnergyTransfer.DC:
            return send(ctx, msg_dc.DC_CableCheckReq(Header=requests.hdr(ctx)), actions=actions)
        return power_delivery_step(ctx, cm.chargeProgressType.Start, ev=ev, now=now,
                                   actions=actions + (SetContactors(True),))

    @staticmethod
    def _choose(ctx: D20Context, tuples: list[cm.ScheduleTupleType]) -> cm.ScheduleTupleType:
        """The EVSE lists tuples in its order of preference; a discharging EV wants one that allows it."""
        if ctx.bpt_active and ctx.settings.discharge_allowed:
            for t in tuples:
                if t.DischargingSchedule is not None:
                    return t
        return tuples[0]


# ---------------------------------------------------------------------- DC preparation

class DC_CableCheck(D20Phase):
    response = msg_dc.DC_CableCheckRes

    def handle(self, ctx: D20Context, res: msg_dc.DC_CableCheckRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not processingType.Finished:
            late = ctx.ongoing(now, ctx.config.timing.evcc_cable_check_timeout, "DC_CableCheck")
            if late:
                return begin_stop(ctx, cm.chargingSessionType.Terminate, late, error=True)
            return send(ctx, msg_dc.DC_CableCheckReq(Header=requests.hdr(ctx)), delay=ctx.config.ongoing_poll_interval_s)
        return send(ctx, requests.precharge(ctx, ev, processingType.Ongoing))


@dataclass(frozen=True)
class DC_PreCharge(D20Phase):
    """Ongoing until the EVSE's voltage matches the battery's, then one Finished request."""

    response = msg_dc.DC_PreChargeRes
    failure: str | None = None  # why the EV gave up (sent Finished anyway; reported as the end reason)

    def handle(self, ctx: D20Context, res: msg_dc.DC_PreChargeRes, ev: EVStatus, now: float) -> Step:
        if ctx.last_request.EVProcessing is processingType.Finished:
            if self.failure is not None:
                # Out of the loop the way -20 allows: Finished, then PowerDelivery Stop, then SessionStop
                # (SessionStopReq straight after an Ongoing DC_PreChargeReq is a sequence error).
                return begin_stop(ctx, cm.chargingSessionType.Terminate, self.failure, error=True, power_delivery=True)
            # The EVSE confirmed our Finished: voltages match, close the contactors, start power.
            return power_delivery_step(ctx, cm.chargeProgressType.Start, ev=ev, now=now, actions=(SetContactors(True),))
        evse_voltage = from_rational(res.EVSEPresentVoltage)
        tolerance = ctx.config.precharge_tolerance_v
        if abs(evse_voltage - ev.present_voltage_v) <= tolerance:
            return send(ctx, requests.precharge(ctx, ev, processingType.Finished))
        limit = ctx.config.timing.evcc_pre_charge_timeout
        if ctx.ongoing(now, limit, "DC_PreCharge"):
            failure = (
                f"pre-charge did not converge: EVSE stayed at {evse_voltage:g} V, battery at "
                f"{ev.present_voltage_v:g} V (tolerance {tolerance:g} V) for {limit:g} s"
            )
            return send(ctx, requests.precharge(ctx, ev, processingType.Finished),
                        actions=(Event("PreChargeFailed", failure),), failure=failure)
        return send(ctx, requests.precharge(ctx, ev, processingType.Ongoing), delay=ctx.config.ongoing_poll_interval_s)


# ---------------------------------------------------------------------- power delivery

class PowerDelivery(D20Phase):
    """What follows depends on the ChargeProgress the EV sent (Start, Stop, Standby, ScheduleRenegotiation)."""

    response = cm.PowerDeliveryRes

    def handle(self, ctx: D20Context, res: cm.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        progress = ctx.last_request.ChargeProgress
        if progress is cm.chargeProgressType.Standby:
            refused = res.ResponseCode is responseCodeType.WARNING_StandbyNotAllowed
            ctx.standby = not refused
            ctx.standby_since = ctx.charge_loops
            return charge_loop_step(ctx, ev, now, actions=(Event("StandbyRefused" if refused else "Standby"),))
        if progress is cm.chargeProgressType.Start:
            resumed = ctx.standby
            ctx.charging, ctx.standby = True, False
            actions: tuple[Action, ...] = (Event("StandbyEnded" if resumed else "PowerDeliveryStarted", ctx.evse_id),)
            notified = notification(ctx, res.EVSEStatus, ev, now)
            if notified is not None:
                return notified
            return charge_loop_step(ctx, ev, now, actions=actions)
        if progress is cm.chargeProgressType.ScheduleRenegotiation:
            return charge_parameter_discovery_step(ctx, ev, actions=(Event("ScheduleRenegotiation"),),
                                                   renegotiating=True)
        # Stop: power off, contactors open, then the welding check (DC, if they were ever closed)
        # before SessionStop.
        actions = ctx.power_off()
        if (
            ctx.config.energy_transfer is EnergyTransfer.DC
            and ctx.energized
            and ctx.ending is not cm.chargingSessionType.ServiceRenegotiation
        ):
            return send(ctx, requests.welding_detection(ctx, processingType.Ongoing), actions=actions)
        return send(ctx, requests.session_stop(ctx), actions=actions)


# ---------------------------------------------------------------------- charge loop

def _loop_limits(ctx: D20Context, mode: Any) -> EVSELimits | None:
    """The EVSE limits of a ChargeLoopRes control mode when they changed, else None."""
    names = {
        "max_charge_power_w": "EVSEMaximumChargePower",
        "min_charge_power_w": "EVSEMinimumChargePower",
        "max_charge_current_a": "EVSEMaximumChargeCurrent",
        "max_voltage_v": "EVSEMaximumVoltage",
        "max_discharge_power_w": "EVSEMaximumDischargePower",
        "max_discharge_current_a": "EVSEMaximumDischargeCurrent",
        "target_active_power_w": "EVSETargetActivePower",
    }
    updates: dict[str, Any] = {
        k: (discharge_magnitude if "discharge" in k else from_rational)(getattr(mode, v))
        for k, v in names.items()
        if getattr(mode, v, None) is not None
    }
    if not updates:
        return None
    limits = replace(ctx.evse_limits, **updates)
    if limits == ctx.evse_limits:
        return None
    ctx.evse_limits = limits
    return limits


def _metering_confirmation(ctx: D20Context, note: evseNotificationType, meter: Any) -> Step | None:
    """Sign the MeterInfo of this ChargeLoopRes with the contract key (PnC sessions only)."""
    if note is not evseNotificationType.MeteringConfirmation or meter is None:
        return None
    if not ctx.contract_authorized or ctx.pnc is None:
        return None
    mode: dict[str, Any] = {"Dynamic_SMDTControlMode": cm.Dynamic_SMDTControlModeType()}
    if ctx.config.control_mode is ControlMode.Scheduled and ctx.schedule is not None:
        selected = cm.Scheduled_SMDTControlModeType(SelectedScheduleTupleID=ctx.schedule.ScheduleTupleID)
        mode = {"Scheduled_SMDTControlMode": selected}
    data = cm.SignedMeteringDataType(Id="SignedMeteringData", SessionID=ctx.session_id, MeterInfo=meter, **mode)
    req = ctx.pnc.sign(cm.MeteringConfirmationReq(Header=requests.hdr(ctx), SignedMeteringData=data))
    return send(ctx, req, actions=(Event("MeteringConfirmation", str(meter.ChargedEnergyReadingWh)),))


class _ChargeLoop(D20Phase):
    """AC and DC loops differ in how the power is read; what follows each response is the same."""

    def power(self, ctx: D20Context, res: Any, ev: EVStatus, now: float) -> PowerTransfer:
        raise NotImplementedError

    def handle(self, ctx: D20Context, res: msg_dc.DC_ChargeLoopRes | msg_ac.AC_ChargeLoopRes, ev: EVStatus,
               now: float) -> Step:
        ctx.charge_loops += 1
        power = self.power(ctx, res, ev, now)
        ctx.power_w = power.power_w
        actions: list[Action] = [power]
        limits = _loop_limits(ctx, res.CLResControlMode)
        if limits is not None:
            actions.append(EVSELimitsChanged(limits))
        status: EVSEStatusType | None = res.EVSEStatus
        notified = notification(ctx, status, ev, now)
        if notified is None and status is not None:
            notified = _metering_confirmation(ctx, status.EVSENotification, res.MeterInfo)
        if notified is not None:
            return replace(notified, actions=tuple(actions) + notified.actions)
        if status is not None and status.EVSENotification not in ctx.unanswered:
            # MeteringConfirmation without a PnC contract; ExitStandby outside standby is moot.
            ctx.unanswered.add(status.EVSENotification)
            actions.append(Event("EVSENotificationIgnored", status.EVSENotification.value))
        cfg = ctx.config
        if cfg.pause_after_loops is not None and not ctx.paused_before and ctx.charge_loops >= cfg.pause_after_loops:
            step = begin_stop(ctx, cm.chargingSessionType.Pause, "EV pauses (pause_after_loops)")
        elif ctx.standby and ctx.charge_loops - ctx.standby_since >= cfg.standby_loops:
            step = power_delivery_step(ctx, cm.chargeProgressType.Start, ev=ev, now=now)
        elif cfg.standby_after_loops is not None and not ctx.standby_done and ctx.charge_loops >= cfg.standby_after_loops:
            ctx.standby_done = True
            step = power_delivery_step(ctx, cm.chargeProgressType.Standby, actions=(Event("EnteringStandby"),))
        elif cfg.max_charge_loops is not None and ctx.charge_loops >= cfg.max_charge_loops:
            step = begin_stop(ctx, cm.chargingSessionType.Terminate, f"EV done after {ctx.charge_loops} loops")
        elif cfg.stop_at_target_soc and ctx.battery_done(ev):
            step = begin_stop(ctx, cm.chargingSessionType.Terminate, f"target SoC {ctx.settings.target_soc:g} % reached")
        else:
            return charge_loop_step(ctx, ev, now, delay=cfg.charge_loop_interval_s, actions=tuple(actions))
        return replace(step, actions=tuple(actions) + step.actions)


class DC_ChargeLoop(_ChargeLoop):
    response = msg_dc.DC_ChargeLoopRes

    def power(self, ctx: D20Context, res: msg_dc.DC_ChargeLoopRes, ev: EVStatus, now: float) -> PowerTransfer:
        voltage = from_rational(res.EVSEPresentVoltage)
        return PowerTransfer(voltage * from_rational(res.EVSEPresentCurrent), voltage)


class AC_ChargeLoop(_ChargeLoop):
    response = msg_ac.AC_ChargeLoopRes

    def power(self, ctx: D20Context, res: msg_ac.AC_ChargeLoopRes, ev: EVStatus, now: float) -> PowerTransfer:
        target = getattr(res.CLResControlMode, "EVSETargetActivePower", None)
        charge_cap = ev.limits.max_charge_power_w
        discharge_cap = ctx.discharge_limit(ev)
        if ctx.config.control_mode is ControlMode.Dynamic:
            wanted = from_rational(target) if target is not None else 0.0
        else:
            wanted = requests.scheduled_power(ctx, ev, now)
            if target is not None:
                # In Scheduled mode the EVSE's target only caps power in the direction we draw.
                t = from_rational(target)
                if wanted >= 0 and t >= 0:
                    wanted = min(wanted, t)
                elif wanted < 0 and t < 0:
                    wanted = max(wanted, t)
        return PowerTransfer(clip(wanted, -discharge_cap, charge_cap))


class MeteringConfirmation(D20Phase):
    response = cm.MeteringConfirmationRes

    def handle(self, ctx: D20Context, res: cm.MeteringConfirmationRes, ev: EVStatus, now: float) -> Step:
        return charge_loop_step(ctx, ev, now, delay=ctx.config.charge_loop_interval_s)


# ---------------------------------------------------------------------- the end

@dataclass(frozen=True)
class DC_WeldingDetection(D20Phase):
    """Ongoing until the EVSE reads below welding_voltage_v (or enough tries), then one Finished:
    only after that may SessionStopReq follow (-20 sequence; Josev issue 212, EVerest)."""

    response = msg_dc.DC_WeldingDetectionRes
    tries: int = 0  # Ongoing requests answered so far

    def handle(self, ctx: D20Context, res: msg_dc.DC_WeldingDetectionRes, ev: EVStatus, now: float) -> Step:
        voltage = from_rational(res.EVSEPresentVoltage)
        if ctx.last_request.EVProcessing is processingType.Finished:
            if ev.contactor_welded:
                # Power is already off on both sides; the session still ends, flagged for service.
                ctx.end_error = True
                ctx.end_reason = f"{ctx.end_reason}; EV contactor welded".lstrip("; ")
                return send(ctx, requests.session_stop(ctx), actions=(Event("ContactorWelded", f"EVSE at {voltage:g} V"),))
            return send(ctx, requests.session_stop(ctx), actions=(Event("WeldingDetection", f"EVSE at {voltage:g} V"),))
        tries = self.tries + 1
        done = voltage <= ctx.config.welding_voltage_v or tries >= MAX_WELDING_DETECTION_REQUESTS
        processing = processingType.Finished if done else processingType.Ongoing
        return send(ctx, requests.welding_detection(ctx, processing),
                    delay=0.0 if done else ctx.config.ongoing_poll_interval_s, tries=tries)


class SessionStop(D20Phase):
    response = cm.SessionStopRes

    def handle(self, ctx: D20Context, res: cm.SessionStopRes, ev: EVStatus, now: float) -> Step:
        kind = ctx.ending
        if kind is cm.chargingSessionType.ServiceRenegotiation:
            ctx.ending = None
            ctx.schedule = None
            return send(ctx, cm.ServiceDiscoveryReq(Header=requests.hdr(ctx)), actions=(Event("ServiceRenegotiation"),))
        return ctx.stopped(EndKind.Paused if kind is cm.chargingSessionType.Pause else EndKind.Terminated)


# The -20 sequence on the EV side: request sent -> the phase awaiting its response.
SEQUENCE: dict[type, type[D20Phase]] = {
    cm.SessionSetupReq: SessionSetup,
    cm.AuthorizationSetupReq: AuthorizationSetup,
    cm.CertificateInstallationReq: CertificateInstallation,
    cm.AuthorizationReq: Authorization,
    cm.ServiceDiscoveryReq: ServiceDiscovery,
    cm.ServiceDetailReq: ServiceDetail,
    cm.ServiceSelectionReq: ServiceSelection,
    msg_dc.DC_ChargeParameterDiscoveryReq: DC_ChargeParameterDiscovery,
    msg_ac.AC_ChargeParameterDiscoveryReq: AC_ChargeParameterDiscovery,
    cm.ScheduleExchangeReq: ScheduleExchange,
    msg_dc.DC_CableCheckReq: DC_CableCheck,
    msg_dc.DC_PreChargeReq: DC_PreCharge,
    cm.PowerDeliveryReq: PowerDelivery,
    msg_dc.DC_ChargeLoopReq: DC_ChargeLoop,
    msg_ac.AC_ChargeLoopReq: AC_ChargeLoop,
    cm.MeteringConfirmationReq: MeteringConfirmation,
    msg_dc.DC_WeldingDetectionReq: DC_WeldingDetection,
    cm.SessionStopReq: SessionStop,
}
