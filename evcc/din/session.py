"""DIN SPEC 70121 seen from the EV (DC, ExternalPayment): one phase per awaited response, each pure.

`DINSession` is the driver the client runs after SupportedAppProtocol chose DIN: it checks what every
phase has in common (response type, SessionID, FAILED codes) and hands the response to the phase
waiting for it; `Phase.handle(ctx, res, ev, now) -> Step` decides the next request (or the end).

Strict in what we send: a real EVCCID (the vehicle's MAC, 6 bytes), ReadyToChargeState as the boolean
the schema has, the SessionID the charger assigned echoed exactly (Tesla Superchargers assign 4 bytes,
pyPLC Issue18), PreCharge until the charger's voltage is within `precharge_tolerance_v` of the battery,
WeldingDetection until the charger reads below `welding_voltage_v` (bounded), CurrentDemand at the
configured `charge_loop_interval_s`.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from evcc.config import EVCCConfig
from evcc.controller import EVSELimits, EVStatus, UserSettings
from evcc.session import (
    Action,
    EndKind,
    Event,
    EVSELimitsChanged,
    PowerTransfer,
    SessionEnd,
    SetContactors,
    Step,
)
from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.timers import DIN70121_EVCC_Msg_Timeout, V2G_EVCC_Msg_Timeout
from iso15118.session.units import from_physical as F
from iso15118.session.units import to_physical
from iso15118.session.v2g_message import DIN, EnvelopeError, unwrap

U = dt.unitSymbolType
FINISHED = dt.EVSEProcessingType.Finished
NEW_SESSION_ID = b"\x00"  # what DIN cars send in SessionSetupReq (a 1-byte zero SessionID)
MAX_WELDING_DETECTION_REQUESTS = 20  # then stop anyway: power is off, the EVSE may just read slowly
PRECHARGE_CURRENT_A = 1.0  # DIN: at most 2 A while pre-charging
STOP_CODES = (dt.DC_EVSEStatusCodeType.EVSE_Shutdown, dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown,
              dt.DC_EVSEStatusCodeType.EVSE_UtilityInterruptEvent, dt.DC_EVSEStatusCodeType.EVSE_Malfunction)


def pv(x: float, unit: dt.unitSymbolType) -> dt.PhysicalValueType:
    return to_physical(x, unit, dt.PhysicalValueType)


def evcc_id_bytes(config: EVCCConfig) -> bytes:
    """The EVCCID DIN requires: the configured ID when it is a MAC (12 hex digits, ':' or '-' allowed),
    else this host's MAC (chargers refuse an empty EVCCID, pyPLC Issue20)."""
    digits = config.evcc_id.replace(":", "").replace("-", "")
    if len(digits) == 12:
        try:
            return bytes.fromhex(digits)
        except ValueError:
            pass
    return uuid.getnode().to_bytes(6, "big")


@dataclass
class DINContext:
    """What one DIN session knows on the EV side between responses."""

    config: EVCCConfig
    evcc_id: bytes
    settings: UserSettings = field(default_factory=UserSettings)
    session_id: bytes = NEW_SESSION_ID
    evse_id: bytes = b""
    evse_limits: EVSELimits = field(default_factory=EVSELimits)
    ongoing_since: float | None = None
    contactors_closed: bool = False
    power_w: float = 0.0
    charge_loops: int = 0
    welding_requests: int = 0
    end_reason: str = ""
    end_error: bool = False

    def ongoing(self, now: float, limit: float, what: str) -> str | None:
        """Start (or check) the Ongoing timer; the reason to stop once it ran longer than `limit`."""
        if self.ongoing_since is None:
            self.ongoing_since = now
        if now - self.ongoing_since > limit:
            return f"{what} still Ongoing after {limit:g} s"
        return None

    def safe_actions(self) -> tuple[Action, ...]:
        actions: list[Action] = []
        if self.power_w:
            actions.append(PowerTransfer(0.0))
        if self.contactors_closed:
            actions.append(SetContactors(False))
        self.power_w, self.contactors_closed = 0.0, False
        return tuple(actions)


# --- requests ----------------------------------------------------------------------------------


def dc_ev_status(ev: EVStatus, ready: bool = True) -> dt.DC_EVStatusType:
    return dt.DC_EVStatusType(EVReady=ready, EVErrorCode=dt.DC_EVErrorCodeType.NO_ERROR,
                              EVRESSSOC=max(0, min(100, int(ev.present_soc))))


def charge_parameter_discovery_req(ev: EVStatus, ctx: DINContext) -> din.ChargeParameterDiscoveryReq:
    lim = ev.limits
    return din.ChargeParameterDiscoveryReq(
        EVRequestedEnergyTransferType=dt.EVRequestedEnergyTransferType.DC_extended,
        EVChargeParameter=dt.DC_EVChargeParameter(
            DC_EVStatus=dc_ev_status(ev), EVMaximumCurrentLimit=pv(lim.max_charge_current_a, U.A),
            EVMaximumPowerLimit=pv(lim.max_charge_power_w, U.W), EVMaximumVoltageLimit=pv(lim.max_voltage_v, U.V),
            EVEnergyCapacity=pv(ev.battery_capacity_wh, U.Wh),
            EVEnergyRequest=pv(max(0.0, (ctx.settings.target_soc - ev.present_soc) / 100 * ev.battery_capacity_wh), U.Wh),
            FullSOC=100, BulkSOC=min(100, round(ctx.settings.target_soc))),
    )


def pre_charge_req(ev: EVStatus) -> din.PreChargeReq:
    """Pre-charge to the battery's own voltage, so closing the contactors moves no current."""
    return din.PreChargeReq(DC_EVStatus=dc_ev_status(ev), EVTargetVoltage=pv(ev.present_voltage_v, U.V),
                            EVTargetCurrent=pv(PRECHARGE_CURRENT_A, U.A))


def power_delivery_req(ev: EVStatus, ready: bool) -> din.PowerDeliveryReq:
    return din.PowerDeliveryReq(ReadyToChargeState=ready, EVPowerDeliveryParameter=dt.DC_EVPowerDeliveryParameter(
        DC_EVStatus=dc_ev_status(ev), ChargingComplete=not ready))


def target_current_a(ev: EVStatus, ctx: DINContext) -> float:
    """DIN leaves the current to the EV: its own limits, within what the EVSE offered."""
    voltage = max(ev.target_voltage_v, 1.0)
    current = min(ev.limits.max_charge_current_a, ev.limits.max_charge_power_w / voltage)
    lim = ctx.evse_limits
    if lim.max_charge_current_a is not None:
        current = min(current, lim.max_charge_current_a)
    if lim.max_charge_power_w is not None:
        current = min(current, lim.max_charge_power_w / voltage)
    return max(current, 0.0)


def current_demand_req(ev: EVStatus, ctx: DINContext) -> din.CurrentDemandReq:
    lim = ev.limits
    complete = ev.present_soc >= ctx.settings.target_soc
    return din.CurrentDemandReq(
        DC_EVStatus=dc_ev_status(ev), EVTargetCurrent=pv(target_current_a(ev, ctx), U.A),
        EVMaximumVoltageLimit=pv(lim.max_voltage_v, U.V), EVMaximumCurrentLimit=pv(lim.max_charge_current_a, U.A),
        EVMaximumPowerLimit=pv(lim.max_charge_power_w, U.W), BulkChargingComplete=complete,
        ChargingComplete=ev.present_soc >= 100.0, EVTargetVoltage=pv(ev.target_voltage_v, U.V),
    )


# --- phases: one per awaited response ----------------------------------------------------------


def msg_timeout(config: EVCCConfig, request: Any) -> float:
    """DIN's V2G_EVCC_Msg_Timeout for `request`, shortened as much as the configured -20 timers are
    (TOML `timing_scale`: tests and fast labs)."""
    scale = config.timing.evcc_timeout("SessionSetupReq") / V2G_EVCC_Msg_Timeout["SessionSetupReq"]
    return DIN70121_EVCC_Msg_Timeout[type(request).__name__] * scale


def send(ctx: DINContext, request: Any, phase: "Phase", *, delay: float = 0.0,
         actions: tuple[Action, ...] = ()) -> Step:
    """The next request (the driver wraps it in V2G_Message with our SessionID) and the phase awaiting it."""
    return Step(request=(request, phase), timeout_s=msg_timeout(ctx.config, request), delay_s=delay, actions=actions)


def stop(ctx: DINContext, ev: EVStatus, reason: str, *, error: bool = False, actions: tuple[Action, ...] = ()) -> Step:
    """Orderly end: PowerDelivery(ReadyToChargeState=false) while contactors are closed, then welding
    check and SessionStop; before that, SessionStop straight away. The first reason stays the story."""
    if not ctx.end_reason:
        ctx.end_reason, ctx.end_error = reason, error
    actions = actions + (Event("Stopping", reason),)
    if ctx.contactors_closed:
        return send(ctx, power_delivery_req(ev, False), PowerDeliveryPhase(ready=False), actions=actions)
    return send(ctx, din.SessionStopReq(), SessionStopPhase(), actions=actions)


class Phase:
    """Waits for one response type; `handle` decides what follows it."""

    response: ClassVar[type]
    name: ClassVar[str]

    def handle(self, ctx: DINContext, res: Any, ev: EVStatus, now: float) -> Step:
        raise NotImplementedError


class SessionSetupPhase(Phase):
    response, name = din.SessionSetupRes, "SessionSetup"

    def handle(self, ctx: DINContext, res: din.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        ctx.evse_id = res.EVSEID
        return send(ctx, din.ServiceDiscoveryReq(ServiceCategory=dt.serviceCategoryType.EVCharging),
                    ServiceDiscoveryPhase(), actions=(Event("SessionSetup", ctx.session_id.hex()),))


class ServiceDiscoveryPhase(Phase):
    response, name = din.ServiceDiscoveryRes, "ServiceDiscovery"

    def handle(self, ctx: DINContext, res: din.ServiceDiscoveryRes, ev: EVStatus, now: float) -> Step:
        if dt.paymentOptionType.ExternalPayment not in res.PaymentOptions.PaymentOption:
            return stop(ctx, ev, "the EVSE offers no ExternalPayment", error=True)
        if "DC" not in res.ChargeService.EnergyTransferType.value:
            return stop(ctx, ev, f"the EVSE offers {res.ChargeService.EnergyTransferType.value}, not DC", error=True)
        selected = dt.SelectedServiceListType(
            SelectedService=[dt.SelectedServiceType(ServiceID=res.ChargeService.ServiceTag.ServiceID)])
        req = din.ServicePaymentSelectionReq(SelectedPaymentOption=dt.paymentOptionType.ExternalPayment,
                                             SelectedServiceList=selected)
        return send(ctx, req, ServicePaymentSelectionPhase())


class ServicePaymentSelectionPhase(Phase):
    response, name = din.ServicePaymentSelectionRes, "ServicePaymentSelection"

    def handle(self, ctx: DINContext, res: din.ServicePaymentSelectionRes, ev: EVStatus, now: float) -> Step:
        ctx.ongoing_since = None
        return send(ctx, din.ContractAuthenticationReq(), ContractAuthenticationPhase())


class ContractAuthenticationPhase(Phase):
    response, name = din.ContractAuthenticationRes, "ContractAuthentication"

    def handle(self, ctx: DINContext, res: din.ContractAuthenticationRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ContractAuthentication")
            if late:
                return stop(ctx, ev, late, error=True)
            return send(ctx, din.ContractAuthenticationReq(), self, delay=ctx.config.ongoing_poll_interval_s)
        ctx.ongoing_since = None
        return send(ctx, charge_parameter_discovery_req(ev, ctx), ChargeParameterDiscoveryPhase(),
                    actions=(Event("Authorized"),))


class ChargeParameterDiscoveryPhase(Phase):
    response, name = din.ChargeParameterDiscoveryRes, "ChargeParameterDiscovery"

    def handle(self, ctx: DINContext, res: din.ChargeParameterDiscoveryRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ChargeParameterDiscovery")
            if late:
                return stop(ctx, ev, late, error=True)
            return send(ctx, charge_parameter_discovery_req(ev, ctx), self, delay=ctx.config.ongoing_poll_interval_s)
        ctx.ongoing_since = None
        param = res.EVSEChargeParameter
        if not isinstance(param, dt.DC_EVSEChargeParameterType):
            return stop(ctx, ev, "ChargeParameterDiscoveryRes without DC_EVSEChargeParameter", error=True)
        ctx.evse_limits = EVSELimits(
            max_charge_power_w=F(param.EVSEMaximumPowerLimit) if param.EVSEMaximumPowerLimit is not None else None,
            max_charge_current_a=F(param.EVSEMaximumCurrentLimit), max_voltage_v=F(param.EVSEMaximumVoltageLimit),
            min_voltage_v=F(param.EVSEMinimumVoltageLimit))
        return send(ctx, din.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), CableCheckPhase(),
                    actions=(EVSELimitsChanged(ctx.evse_limits),))


class CableCheckPhase(Phase):
    response, name = din.CableCheckRes, "CableCheck"

    def handle(self, ctx: DINContext, res: din.CableCheckRes, ev: EVStatus, now: float) -> Step:
        status = res.DC_EVSEStatus
        if status.EVSEIsolationStatus is dt.isolationLevelType.Fault or status.EVSEStatusCode in STOP_CODES:
            return stop(ctx, ev, f"cable check: {status.EVSEStatusCode.value}, isolation "
                             f"{status.EVSEIsolationStatus.value if status.EVSEIsolationStatus else 'unknown'}", error=True)
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_cable_check_timeout, "CableCheck")
            if late:
                return stop(ctx, ev, late, error=True)
            return send(ctx, din.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), self,
                        delay=ctx.config.ongoing_poll_interval_s)
        ctx.ongoing_since = None
        return send(ctx, pre_charge_req(ev), PreChargePhase())


class PreChargePhase(Phase):
    """Again and again until the EVSE's voltage is within tolerance of the battery (DIN's EV decides),
    bounded by the EV's PreCharge timeout; then contactors close and PowerDelivery starts."""

    response, name = din.PreChargeRes, "PreCharge"

    def handle(self, ctx: DINContext, res: din.PreChargeRes, ev: EVStatus, now: float) -> Step:
        evse_voltage = F(res.EVSEPresentVoltage)
        if res.DC_EVSEStatus.EVSEStatusCode in STOP_CODES:
            return stop(ctx, ev, f"pre-charge: {res.DC_EVSEStatus.EVSEStatusCode.value}", error=True)
        if abs(evse_voltage - ev.present_voltage_v) <= ctx.config.precharge_tolerance_v:
            ctx.ongoing_since = None
            ctx.contactors_closed = True
            return send(ctx, power_delivery_req(ev, True), PowerDeliveryPhase(),
                        actions=(SetContactors(True), Event("PreChargeDone", f"EVSE at {evse_voltage:g} V")))
        late = ctx.ongoing(now, ctx.config.timing.evcc_pre_charge_timeout, "PreCharge")
        if late:
            return stop(ctx, ev, f"pre-charge: EVSE at {evse_voltage:g} V, battery at {ev.present_voltage_v:g} V "
                             f"(tolerance {ctx.config.precharge_tolerance_v:g} V): {late}", error=True)
        return send(ctx, pre_charge_req(ev), self, delay=ctx.config.ongoing_poll_interval_s)


def _stop_requested(status: dt.DC_EVSEStatusType) -> str | None:
    if status.EVSENotification is dt.EVSENotificationType.StopCharging:
        return f"EVSE notification StopCharging ({status.EVSEStatusCode.value})"
    if status.EVSEStatusCode in STOP_CODES:
        return f"EVSE status {status.EVSEStatusCode.value}"
    return None


class PowerDeliveryPhase(Phase):
    response, name = din.PowerDeliveryRes, "PowerDelivery"

    def __init__(self, ready: bool = True) -> None:
        self.ready = ready

    def handle(self, ctx: DINContext, res: din.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        if self.ready:
            status = res.EVSEStatus
            why = _stop_requested(status) if isinstance(status, dt.DC_EVSEStatusType) else None
            if why is not None:
                return stop(ctx, ev, why)
            return send(ctx, current_demand_req(ev, ctx), CurrentDemandPhase(), actions=(Event("PowerDeliveryStarted"),))
        # Stopped: the EVSE has switched off; open the contactors, then check them for welding.
        actions = ctx.safe_actions()
        ctx.welding_requests = 1
        return send(ctx, din.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), WeldingDetectionPhase(), actions=actions)


class CurrentDemandPhase(Phase):
    response, name = din.CurrentDemandRes, "CurrentDemand"

    def handle(self, ctx: DINContext, res: din.CurrentDemandRes, ev: EVStatus, now: float) -> Step:
        ctx.charge_loops += 1
        voltage = F(res.EVSEPresentVoltage)
        power = PowerTransfer(voltage * F(res.EVSEPresentCurrent), voltage)
        ctx.power_w = power.power_w
        actions: list[Action] = [power]
        limits = replace(
            ctx.evse_limits,
            max_charge_power_w=F(res.EVSEMaximumPowerLimit) if res.EVSEMaximumPowerLimit else ctx.evse_limits.max_charge_power_w,
            max_charge_current_a=F(res.EVSEMaximumCurrentLimit) if res.EVSEMaximumCurrentLimit else ctx.evse_limits.max_charge_current_a,
            max_voltage_v=F(res.EVSEMaximumVoltageLimit) if res.EVSEMaximumVoltageLimit else ctx.evse_limits.max_voltage_v,
        )
        if limits != ctx.evse_limits:
            ctx.evse_limits = limits
            actions.append(EVSELimitsChanged(limits))
        cfg = ctx.config
        why = _stop_requested(res.DC_EVSEStatus)
        if why is None and cfg.max_charge_loops is not None and ctx.charge_loops >= cfg.max_charge_loops:
            why = f"EV done after {ctx.charge_loops} loops"
        if why is None and cfg.stop_at_target_soc and ev.present_soc >= min(ctx.settings.target_soc, 100.0):
            why = f"target SoC {ctx.settings.target_soc:g} % reached"
        if why is not None:
            return stop(ctx, ev, why, actions=tuple(actions))
        return send(ctx, current_demand_req(ev, ctx), self, delay=cfg.charge_loop_interval_s, actions=tuple(actions))


class WeldingDetectionPhase(Phase):
    response, name = din.WeldingDetectionRes, "WeldingDetection"

    def handle(self, ctx: DINContext, res: din.WeldingDetectionRes, ev: EVStatus, now: float) -> Step:
        voltage = F(res.EVSEPresentVoltage)
        if voltage <= ctx.config.welding_voltage_v or ctx.welding_requests >= MAX_WELDING_DETECTION_REQUESTS:
            if ev.contactor_welded:
                ctx.end_error = True
                ctx.end_reason = f"{ctx.end_reason}; EV contactor welded".lstrip("; ")
                event = Event("ContactorWelded", f"EVSE at {voltage:g} V")
            else:
                event = Event("WeldingDetection", f"EVSE at {voltage:g} V after {ctx.welding_requests} requests")
            return send(ctx, din.SessionStopReq(), SessionStopPhase(), actions=(event,))
        ctx.welding_requests += 1
        return send(ctx, din.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), self,
                    delay=ctx.config.ongoing_poll_interval_s)


class SessionStopPhase(Phase):
    response, name = din.SessionStopRes, "SessionStop"

    def handle(self, ctx: DINContext, res: din.SessionStopRes, ev: EVStatus, now: float) -> Step:
        return Step(actions=(Event("SessionStopped", ctx.end_reason),),
                    end=SessionEnd(EndKind.Terminated, ctx.end_reason, ctx.session_id, error=ctx.end_error))


# --- the driver ------------------------------------------------------------------------------


class DINSession:
    """One DIN session on one TCP connection, after SupportedAppProtocol chose DIN."""

    protocol = "DIN70121"

    def __init__(self, config: EVCCConfig, evcc_id: bytes | None = None) -> None:
        self.ctx = DINContext(config=config, evcc_id=evcc_id if evcc_id is not None else evcc_id_bytes(config))
        self.waiting: Phase | None = None
        self.ended = False
        self._last_request: Any = None

    @property
    def session_id(self) -> bytes:
        return self.ctx.session_id

    @property
    def phase(self) -> str:
        return "Ended" if self.ended else self.waiting.name if self.waiting is not None else "SupportedAppProtocol"

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """SessionSetupReq with the 1-byte zero SessionID real DIN cars send, and our MAC as EVCCID."""
        self.ctx.settings = settings
        return self._emit(send(self.ctx, din.SessionSetupReq(EVCCID=self.ctx.evcc_id), SessionSetupPhase()))

    def receive(self, message: Any, ev: EVStatus, now: float) -> Step:
        phase = self.waiting
        if self.ended or phase is None:
            return self._fail(f"no response expected, got {type(message).__name__}")
        if not DIN.owns(message):
            return self._fail(f"expected a DIN V2G_Message with {phase.response.__name__}, got {type(message).__name__}")
        try:
            header, res = unwrap(message)
        except EnvelopeError as exc:
            return self._fail(str(exc))
        if not isinstance(res, phase.response):
            return self._fail(f"expected {phase.response.__name__} in phase {phase.name}, got {type(res).__name__}")
        if isinstance(res, din.SessionSetupRes):
            if not header.SessionID or header.SessionID == bytes(len(header.SessionID)):
                return self._fail(f"SessionSetupRes assigned no SessionID ({header.SessionID.hex() or 'empty'})")
            self.ctx.session_id = header.SessionID  # whatever length the charger chose: echoed exactly
        elif header.SessionID != self.ctx.session_id:
            return self._fail(f"{type(res).__name__} for SessionID {header.SessionID.hex()}, "
                              f"ours is {self.ctx.session_id.hex()}")
        code: dt.responseCodeType = getattr(res, "ResponseCode")  # every DIN response has one
        if code.value.startswith("FAILED"):
            return self._fail(f"{type(res).__name__}: {code.value}")
        return self._emit(phase.handle(self.ctx, res, ev, now))

    def timeout(self) -> Step:
        name = type(self._last_request).__name__
        return self._fail(f"V2G_EVCC_Msg_Timeout ({msg_timeout(self.ctx.config, self._last_request):g} s) "
                          f"waiting for the answer to {name}")

    def abort(self, reason: str) -> Step:
        return self._fail(reason)

    def _emit(self, step: Step) -> Step:
        """Wrap the phase's request in V2G_Message under our SessionID and remember who awaits the answer."""
        if step.request is None:
            self.ended, self.waiting = True, None
            return step
        request, phase = step.request
        self.waiting, self._last_request = phase, request
        return replace(step, request=DIN.wrap(request, self.ctx.session_id))

    def _fail(self, reason: str) -> Step:
        """End now without SessionStop (FAILED response, timeout, broken peer): power off first."""
        ctx = self.ctx
        if ctx.end_reason:
            reason = f"{ctx.end_reason}; then {reason}"
        self.ended, self.waiting = True, None
        actions = ctx.safe_actions() + (Event("SessionFailed", reason),)
        return Step(actions=actions, end=SessionEnd(EndKind.Failed, reason, ctx.session_id, error=True))
