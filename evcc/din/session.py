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

from dataclasses import dataclass, field, replace

from evcc.config import EVCCConfig, evcc_mac
from evcc.controller import EVSELimits, EVStatus, UserSettings
from evcc.phase import (
    Action,
    EndKind,
    Event,
    EVContext,
    EVSELimitsChanged,
    Phase,
    PhaseSession,
    PowerTransfer,
    SetContactors,
    Step,
)
from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.timers import DIN70121_EVCC_Msg_Timeout
from iso15118.session.units import from_physical as F
from iso15118.session.units import to_physical
from iso15118.session.v2g_message import DIN

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
    """The EVCCID DIN requires: the vehicle's MAC (evcc.config.evcc_mac, shared with -2)."""
    return evcc_mac(config.evcc_id)


@dataclass
class DINContext(EVContext):
    """What one DIN session knows on the EV side between responses (beyond EVContext)."""

    evcc_id: bytes = b""
    evse_id: bytes = b""
    evse_limits: EVSELimits = field(default_factory=EVSELimits)
    charge_loops: int = 0
    welding_requests: int = 0
    end_reason: str = ""
    end_error: bool = False


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


def stop(ctx: DINContext, ev: EVStatus, reason: str, *, error: bool = False, actions: tuple[Action, ...] = ()) -> Step:
    """Orderly end: PowerDelivery(ReadyToChargeState=false) while contactors are closed, then welding
    check and SessionStop; before that, SessionStop straight away. The first reason stays the story."""
    if not ctx.end_reason:
        ctx.end_reason, ctx.end_error = reason, error
    actions = actions + (Event("Stopping", reason),)
    if ctx.contactors_closed:
        return ctx.send(power_delivery_req(ev, False), PowerDeliveryPhase(ready=False), actions=actions)
    return ctx.send(din.SessionStopReq(), SessionStopPhase(), actions=actions)


class SessionSetupPhase(Phase[DINContext, din.SessionSetupRes]):
    response = din.SessionSetupRes
    assigns_session_id = True

    def handle(self, ctx: DINContext, res: din.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        if not ctx.session_id or ctx.session_id == bytes(len(ctx.session_id)):
            return ctx.fail(f"SessionSetupRes assigned no SessionID ({ctx.session_id.hex() or 'empty'})")
        ctx.evse_id = res.EVSEID
        return ctx.send(din.ServiceDiscoveryReq(ServiceCategory=dt.serviceCategoryType.EVCharging),
                    ServiceDiscoveryPhase(), actions=(Event("SessionSetup", ctx.session_id.hex()),))


class ServiceDiscoveryPhase(Phase[DINContext, din.ServiceDiscoveryRes]):
    response = din.ServiceDiscoveryRes

    def handle(self, ctx: DINContext, res: din.ServiceDiscoveryRes, ev: EVStatus, now: float) -> Step:
        if dt.paymentOptionType.ExternalPayment not in res.PaymentOptions.PaymentOption:
            return stop(ctx, ev, "the EVSE offers no ExternalPayment", error=True)
        if "DC" not in res.ChargeService.EnergyTransferType.value:
            return stop(ctx, ev, f"the EVSE offers {res.ChargeService.EnergyTransferType.value}, not DC", error=True)
        selected = dt.SelectedServiceListType(
            SelectedService=[dt.SelectedServiceType(ServiceID=res.ChargeService.ServiceTag.ServiceID)])
        req = din.ServicePaymentSelectionReq(SelectedPaymentOption=dt.paymentOptionType.ExternalPayment,
                                             SelectedServiceList=selected)
        return ctx.send(req, ServicePaymentSelectionPhase())


class ServicePaymentSelectionPhase(Phase[DINContext, din.ServicePaymentSelectionRes]):
    response = din.ServicePaymentSelectionRes

    def handle(self, ctx: DINContext, res: din.ServicePaymentSelectionRes, ev: EVStatus, now: float) -> Step:
        return ctx.send(din.ContractAuthenticationReq(), ContractAuthenticationPhase())


class ContractAuthenticationPhase(Phase[DINContext, din.ContractAuthenticationRes]):
    response = din.ContractAuthenticationRes

    def handle(self, ctx: DINContext, res: din.ContractAuthenticationRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ContractAuthentication")
            if late:
                return stop(ctx, ev, late, error=True)
            return ctx.send(din.ContractAuthenticationReq(), self, delay=ctx.config.ongoing_poll_interval_s)
        return ctx.send(charge_parameter_discovery_req(ev, ctx), ChargeParameterDiscoveryPhase(),
                    actions=(Event("Authorized"),))


class ChargeParameterDiscoveryPhase(Phase[DINContext, din.ChargeParameterDiscoveryRes]):
    response = din.ChargeParameterDiscoveryRes

    def handle(self, ctx: DINContext, res: din.ChargeParameterDiscoveryRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ChargeParameterDiscovery")
            if late:
                return stop(ctx, ev, late, error=True)
            return ctx.send(charge_parameter_discovery_req(ev, ctx), self, delay=ctx.config.ongoing_poll_interval_s)
        param = res.EVSEChargeParameter
        if not isinstance(param, dt.DC_EVSEChargeParameterType):
            return stop(ctx, ev, "ChargeParameterDiscoveryRes without DC_EVSEChargeParameter", error=True)
        ctx.evse_limits = EVSELimits(
            max_charge_power_w=F(param.EVSEMaximumPowerLimit) if param.EVSEMaximumPowerLimit is not None else None,
            max_charge_current_a=F(param.EVSEMaximumCurrentLimit), max_voltage_v=F(param.EVSEMaximumVoltageLimit),
            min_voltage_v=F(param.EVSEMinimumVoltageLimit))
        return ctx.send(din.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), CableCheckPhase(),
                    actions=(EVSELimitsChanged(ctx.evse_limits),))


class CableCheckPhase(Phase[DINContext, din.CableCheckRes]):
    response = din.CableCheckRes

    def handle(self, ctx: DINContext, res: din.CableCheckRes, ev: EVStatus, now: float) -> Step:
        status = res.DC_EVSEStatus
        if status.EVSEIsolationStatus is dt.isolationLevelType.Fault or status.EVSEStatusCode in STOP_CODES:
            return stop(ctx, ev, f"cable check: {status.EVSEStatusCode.value}, isolation "
                             f"{status.EVSEIsolationStatus.value if status.EVSEIsolationStatus else 'unknown'}", error=True)
        if res.EVSEProcessing is not FINISHED:
            late = ctx.ongoing(now, ctx.config.timing.evcc_cable_check_timeout, "CableCheck")
            if late:
                return stop(ctx, ev, late, error=True)
            return ctx.send(din.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), self,
                        delay=ctx.config.ongoing_poll_interval_s)
        return ctx.send(pre_charge_req(ev), PreChargePhase())


class PreChargePhase(Phase[DINContext, din.PreChargeRes]):
    """Again and again until the EVSE's voltage is within tolerance of the battery (DIN's EV decides),
    bounded by the EV's PreCharge timeout; then contactors close and PowerDelivery starts."""

    response = din.PreChargeRes

    def handle(self, ctx: DINContext, res: din.PreChargeRes, ev: EVStatus, now: float) -> Step:
        evse_voltage = F(res.EVSEPresentVoltage)
        if res.DC_EVSEStatus.EVSEStatusCode in STOP_CODES:
            return stop(ctx, ev, f"pre-charge: {res.DC_EVSEStatus.EVSEStatusCode.value}", error=True)
        if abs(evse_voltage - ev.present_voltage_v) <= ctx.config.precharge_tolerance_v:
            ctx.contactors_closed = True
            return ctx.send(power_delivery_req(ev, True), PowerDeliveryPhase(),
                        actions=(SetContactors(True), Event("PreChargeDone", f"EVSE at {evse_voltage:g} V")))
        late = ctx.ongoing(now, ctx.config.timing.evcc_pre_charge_timeout, "PreCharge")
        if late:
            return stop(ctx, ev, f"pre-charge: EVSE at {evse_voltage:g} V, battery at {ev.present_voltage_v:g} V "
                             f"(tolerance {ctx.config.precharge_tolerance_v:g} V): {late}", error=True)
        return ctx.send(pre_charge_req(ev), self, delay=ctx.config.ongoing_poll_interval_s)


def _stop_requested(status: dt.DC_EVSEStatusType) -> str | None:
    if status.EVSENotification is dt.EVSENotificationType.StopCharging:
        return f"EVSE notification StopCharging ({status.EVSEStatusCode.value})"
    if status.EVSEStatusCode in STOP_CODES:
        return f"EVSE status {status.EVSEStatusCode.value}"
    return None


class PowerDeliveryPhase(Phase[DINContext, din.PowerDeliveryRes]):
    response = din.PowerDeliveryRes

    def __init__(self, ready: bool = True) -> None:
        self.ready = ready

    def handle(self, ctx: DINContext, res: din.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        if self.ready:
            status = res.EVSEStatus
            why = _stop_requested(status) if isinstance(status, dt.DC_EVSEStatusType) else None
            if why is not None:
                return stop(ctx, ev, why)
            return ctx.send(current_demand_req(ev, ctx), CurrentDemandPhase(), actions=(Event("PowerDeliveryStarted"),))
        # Stopped: the EVSE has switched off; open the contactors, then check them for welding.
        actions = ctx.power_off()
        ctx.welding_requests = 1
        return ctx.send(din.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), WeldingDetectionPhase(), actions=actions)


class CurrentDemandPhase(Phase[DINContext, din.CurrentDemandRes]):
    response = din.CurrentDemandRes

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
        return ctx.send(current_demand_req(ev, ctx), self, delay=cfg.charge_loop_interval_s, actions=tuple(actions))


class WeldingDetectionPhase(Phase[DINContext, din.WeldingDetectionRes]):
    response = din.WeldingDetectionRes

    def handle(self, ctx: DINContext, res: din.WeldingDetectionRes, ev: EVStatus, now: float) -> Step:
        voltage = F(res.EVSEPresentVoltage)
        if voltage <= ctx.config.welding_voltage_v or ctx.welding_requests >= MAX_WELDING_DETECTION_REQUESTS:
            if ev.contactor_welded:
                ctx.end_error = True
                ctx.end_reason = f"{ctx.end_reason}; EV contactor welded".lstrip("; ")
                event = Event("ContactorWelded", f"EVSE at {voltage:g} V")
            else:
                event = Event("WeldingDetection", f"EVSE at {voltage:g} V after {ctx.welding_requests} requests")
            return ctx.send(din.SessionStopReq(), SessionStopPhase(), actions=(event,))
        ctx.welding_requests += 1
        return ctx.send(din.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), self,
                    delay=ctx.config.ongoing_poll_interval_s)


class SessionStopPhase(Phase[DINContext, din.SessionStopRes]):
    response = din.SessionStopRes

    def handle(self, ctx: DINContext, res: din.SessionStopRes, ev: EVStatus, now: float) -> Step:
        return ctx.end(EndKind.Terminated, ctx.end_reason, error=ctx.end_error,
                       actions=(Event("SessionStopped", ctx.end_reason),))


# --- the driver ------------------------------------------------------------------------------


class DINSession(PhaseSession[DINContext]):
    """One DIN session on one TCP connection, after SupportedAppProtocol chose DIN."""

    def __init__(self, config: EVCCConfig, evcc_id: bytes | None = None) -> None:
        super().__init__(DINContext(config=config, envelope=DIN, msg_timeouts=DIN70121_EVCC_Msg_Timeout,
                                    session_id=NEW_SESSION_ID,
                                    evcc_id=evcc_id if evcc_id is not None else evcc_id_bytes(config)))

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """SessionSetupReq with the 1-byte zero SessionID real DIN cars send, and our MAC as EVCCID."""
        self.ctx.settings = settings
        return self.ctx.send(din.SessionSetupReq(EVCCID=self.ctx.evcc_id), SessionSetupPhase())
