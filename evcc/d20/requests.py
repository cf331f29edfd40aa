"""The -20 requests the EV sends, built from the context and one EVStatus snapshot (pure builders).

The phases decide *which* request goes next; these say *what is in it*. The first few build a message
from explicit values (which element class a transfer, control mode and BPT take); the EV's builders
below compute those values from its context, and evcc.probe (a scripted EV that may misbehave on
purpose) passes its own, so one place knows how a -20 request is put together.
"""
from __future__ import annotations

from typing import Any, cast

from evcc.controller import ControlMode, EnergyTransfer, EVStatus
from evcc.d20.context import D20Context, schedule_power_at
from iso15118.messages import ac as msg_ac
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.common_types import DisplayParametersType, MessageHeaderType, processingType
from iso15118.session.units import NO_SESSION_ID, from_rational, to_rational
from iso15118.session.vocabulary import clip


_CPD_MODE: dict[tuple[EnergyTransfer, bool], Any] = {
    (EnergyTransfer.DC, False): msg_dc.DC_CPDReqEnergyTransferMode,
    (EnergyTransfer.DC, True): msg_dc.BPT_DC_CPDReqEnergyTransferMode,
    (EnergyTransfer.AC, False): msg_ac.AC_CPDReqEnergyTransferMode,
    (EnergyTransfer.AC, True): msg_ac.BPT_AC_CPDReqEnergyTransferMode,
}

_CL_MODE: dict[tuple[EnergyTransfer, ControlMode, bool], Any] = {
    (EnergyTransfer.DC, ControlMode.Dynamic, False): msg_dc.Dynamic_DC_CLReqControlMode,
    (EnergyTransfer.DC, ControlMode.Dynamic, True): msg_dc.BPT_Dynamic_DC_CLReqControlMode,
    (EnergyTransfer.DC, ControlMode.Scheduled, False): msg_dc.Scheduled_DC_CLReqControlMode,
    (EnergyTransfer.DC, ControlMode.Scheduled, True): msg_dc.BPT_Scheduled_DC_CLReqControlMode,
    (EnergyTransfer.AC, ControlMode.Dynamic, False): msg_ac.Dynamic_AC_CLReqControlMode,
    (EnergyTransfer.AC, ControlMode.Dynamic, True): msg_ac.BPT_Dynamic_AC_CLReqControlMode,
    (EnergyTransfer.AC, ControlMode.Scheduled, False): msg_ac.Scheduled_AC_CLReqControlMode,
    (EnergyTransfer.AC, ControlMode.Scheduled, True): msg_ac.BPT_Scheduled_AC_CLReqControlMode,
}


def charge_parameter_discovery_req(
    header: MessageHeaderType, transfer: EnergyTransfer, bpt: bool, **limits: Any
) -> msg_dc.DC_ChargeParameterDiscoveryReq | msg_ac.AC_ChargeParameterDiscoveryReq:
    """The ChargeParameterDiscoveryReq of `transfer`, its (BPT_)CPDReqEnergyTransferMode holding `limits`."""
    mode = _CPD_MODE[(transfer, bpt)](**limits)
    if transfer is EnergyTransfer.DC:
        return msg_dc.DC_ChargeParameterDiscoveryReq(Header=header, DC_CPDReqEnergyTransferMode=mode)
    return msg_ac.AC_ChargeParameterDiscoveryReq(Header=header, AC_CPDReqEnergyTransferMode=mode)


def schedule_exchange_req(header: MessageHeaderType, mode: ControlMode, max_supporting_points: int,
                          **fields: Any) -> cm.ScheduleExchangeReq:
    """The ScheduleExchangeReq of control `mode`, its SEReqControlMode holding `fields`."""
    if mode is ControlMode.Dynamic:
        return cm.ScheduleExchangeReq(Header=header, MaximumSupportingPoints=max_supporting_points,
                                      Dynamic_SEReqControlMode=cm.Dynamic_SEReqControlModeType(**fields))
    return cm.ScheduleExchangeReq(Header=header, MaximumSupportingPoints=max_supporting_points,
                                  Scheduled_SEReqControlMode=cm.Scheduled_SEReqControlModeType(**fields))


def charge_loop_req(header: MessageHeaderType, transfer: EnergyTransfer, mode: ControlMode, bpt: bool,
                    control: dict[str, Any], **loop: Any) -> msg_dc.DC_ChargeLoopReq | msg_ac.AC_ChargeLoopReq:
    """The ChargeLoopReq of `transfer`, its CLReqControlMode (of `mode`, BPT or not) holding `control`;
    `loop`: the request's own fields (MeterInfoRequested, DisplayParameters, DC: EVPresentVoltage)."""
    element = _CL_MODE[(transfer, mode, bpt)](**control)
    if transfer is EnergyTransfer.DC:
        return msg_dc.DC_ChargeLoopReq(Header=header, CLReqControlMode=element, **loop)
    return msg_ac.AC_ChargeLoopReq(Header=header, CLReqControlMode=element, **loop)


def hdr(ctx: D20Context, session_id: bytes | None = None) -> MessageHeaderType:
    """The -20 header: our SessionID and TimeStamp from the context's wall clock (injected: tests fix it)."""
    return MessageHeaderType(SessionID=ctx.session_id if session_id is None else session_id,
                             TimeStamp=int(ctx.wall_clock()))


def session_setup(ctx: D20Context) -> cm.SessionSetupReq:
    """The paused SessionID when resuming, else none yet."""
    return cm.SessionSetupReq(Header=hdr(ctx, ctx.resume_session_id or NO_SESSION_ID), EVCCID=ctx.config.evcc_id)


def authorization(ctx: D20Context, service: cm.authorizationType) -> cm.AuthorizationReq:
    """EIM, or PnC over the SECC's GenChallenge signed with the contract key."""
    if service is cm.authorizationType.EIM:
        return cm.AuthorizationReq(
            Header=hdr(ctx),
            SelectedAuthorizationService=service,
            EIM_AReqAuthorizationMode=cm.EIM_AReqAuthorizationModeType(),
        )
    assert ctx.pnc is not None and ctx.gen_challenge is not None
    req = cm.AuthorizationReq(
        Header=hdr(ctx),
        SelectedAuthorizationService=service,
        PnC_AReqAuthorizationMode=cm.PnC_AReqAuthorizationModeType(
            Id="id1",
            GenChallenge=ctx.gen_challenge,
            # PnCCredentials is typed protocol-neutrally; a -20 wallet gives the -20 chain.
            ContractCertificateChain=cast(cm.ContractCertificateChainType, ctx.pnc.contract_certificate_chain()),
        ),
    )
    signed: cm.AuthorizationReq = ctx.pnc.sign(req)  # type: ignore[assignment]
    return signed


def energy_requests(ctx: D20Context, ev: EVStatus) -> dict[str, Any]:
    """-20 energy requests in Wh: target, maximum (full) and minimum (to the minimum SoC)."""
    cap, soc = ev.battery_capacity_wh, ev.present_soc
    target = ctx.settings.target_soc
    if ctx.dynamic_targets is not None and ctx.dynamic_targets.TargetSOC is not None:
        target = ctx.dynamic_targets.TargetSOC
    return {
        "EVTargetEnergyRequest": to_rational(max(0.0, (target - soc) / 100 * cap)),
        "EVMaximumEnergyRequest": to_rational(max(0.0, (100 - soc) / 100 * cap)),
        "EVMinimumEnergyRequest": to_rational(max(0.0, (ctx.settings.minimum_soc - soc) / 100 * cap)),
    }


def v2x_requests(ctx: D20Context, ev: EVStatus) -> dict[str, Any]:
    """BPT: how far the EVSE may move the battery (negative minimum: energy we can give back)."""
    cap, soc = ev.battery_capacity_wh, ev.present_soc
    floor = ctx.settings.discharge_soc_floor if ctx.settings.discharge_allowed else soc
    return {
        "EVMaximumV2XEnergyRequest": to_rational(max(0.0, (100 - soc) / 100 * cap)),
        "EVMinimumV2XEnergyRequest": to_rational((min(floor, soc) - soc) / 100 * cap),
    }


def charge_parameter_discovery(
    ctx: D20Context, ev: EVStatus
) -> msg_dc.DC_ChargeParameterDiscoveryReq | msg_ac.AC_ChargeParameterDiscoveryReq:
    lim = ev.limits
    discharge = ctx.discharge_limit(ev)
    limits: dict[str, Any] = dict(
        EVMaximumChargePower=to_rational(lim.max_charge_power_w),
        EVMinimumChargePower=to_rational(lim.min_charge_power_w),
    )
    dc = ctx.config.energy_transfer is EnergyTransfer.DC
    if dc:
        limits.update(
            EVMaximumChargeCurrent=to_rational(lim.max_charge_current_a),
            EVMinimumChargeCurrent=to_rational(lim.min_charge_current_a),
            EVMaximumVoltage=to_rational(lim.max_voltage_v),
            EVMinimumVoltage=to_rational(lim.min_voltage_v),
            TargetSOC=round(ctx.settings.target_soc),
        )
    if ctx.bpt_active:
        limits.update(
            EVMaximumDischargePower=to_rational(discharge),
            EVMinimumDischargePower=to_rational(lim.min_discharge_power_w),
        )
        if dc:
            limits.update(
                EVMaximumDischargeCurrent=to_rational(lim.max_discharge_current_a if discharge else 0.0),
                EVMinimumDischargeCurrent=to_rational(lim.min_discharge_current_a),
            )
    return charge_parameter_discovery_req(hdr(ctx), ctx.config.energy_transfer, ctx.bpt_active, **limits)


def schedule_exchange(ctx: D20Context, ev: EVStatus, now: float) -> cm.ScheduleExchangeReq:
    fields: dict[str, Any] = dict(DepartureTime=ctx.remaining_departure(now))
    mode = ctx.config.control_mode
    if mode is ControlMode.Dynamic:
        fields.update(MinimumSOC=round(ctx.settings.minimum_soc), TargetSOC=round(ctx.settings.target_soc))
    fields.update(energy_requests(ctx, ev))
    if mode is ControlMode.Dynamic and ctx.bpt_active:
        fields.update(v2x_requests(ctx, ev))
    return schedule_exchange_req(hdr(ctx), mode, ctx.config.max_supporting_points, **fields)


def precharge(ctx: D20Context, ev: EVStatus, processing: processingType) -> msg_dc.DC_PreChargeReq:
    return msg_dc.DC_PreChargeReq(
        Header=hdr(ctx),
        EVProcessing=processing,
        EVPresentVoltage=to_rational(ev.present_voltage_v),
        EVTargetVoltage=to_rational(ev.present_voltage_v),
    )


def power_tolerance_acceptance(ctx: D20Context) -> cm.powerToleranceAcceptanceType | None:
    """Our answer to a PowerTolerance in the selected tuple; None (omitted) when none was offered.

    The XSD makes the element optional, but a SECC that offered a tolerance waits for the answer
    (Josev's validator refuses a Scheduled PowerDeliveryReq without it)."""
    assert ctx.schedule is not None
    offered = any(
        s is not None and s.PowerSchedule.PowerTolerance is not None
        for s in (ctx.schedule.ChargingSchedule, ctx.schedule.DischargingSchedule)
    )
    if not offered:
        return None
    if ctx.config.accept_power_tolerance:
        return cm.powerToleranceAcceptanceType.PowerToleranceConfirmed
    return cm.powerToleranceAcceptanceType.PowerToleranceNotConfirmed


def power_profile(ctx: D20Context, ev: EVStatus, now: float) -> cm.EVPowerProfileType:
    """What the EV plans: in Scheduled mode the selected schedule (the discharging one when the EV
    starts by giving energy back) capped by our limits; in Dynamic mode our maximum until departure."""
    max_power = ev.limits.max_charge_power_w
    if ctx.schedule is not None:
        schedule, sign, cap = ctx.schedule.ChargingSchedule, 1.0, max_power
        if ctx.wants_discharge(ev) and ctx.schedule.DischargingSchedule is not None:
            schedule, sign, cap = ctx.schedule.DischargingSchedule, -1.0, ctx.discharge_limit(ev)
        entries = [
            cm.PowerScheduleEntryType(
                Duration=e.Duration, Power=to_rational(sign * min(abs(from_rational(e.Power)), cap))
            )
            for e in schedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry
        ]
        return cm.EVPowerProfileType(
            TimeAnchor=int(ctx.wall_clock()),
            Scheduled_EVPPTControlMode=cm.Scheduled_EVPPTControlModeType(
                SelectedScheduleTupleID=ctx.schedule.ScheduleTupleID,
                PowerToleranceAcceptance=power_tolerance_acceptance(ctx),
            ),
            EVPowerProfileEntries=cm.EVPowerProfileEntryListType(EVPowerProfileEntry=entries),
        )
    duration = max(1, ctx.remaining_departure(now))
    return cm.EVPowerProfileType(
        TimeAnchor=int(ctx.wall_clock()),
        Dynamic_EVPPTControlMode=cm.Dynamic_EVPPTControlModeType(),
        EVPowerProfileEntries=cm.EVPowerProfileEntryListType(
            EVPowerProfileEntry=[cm.PowerScheduleEntryType(Duration=duration, Power=to_rational(max_power))]
        ),
    )


def power_delivery(
    ctx: D20Context, progress: cm.chargeProgressType, ev: EVStatus | None = None, now: float = 0.0
) -> cm.PowerDeliveryReq:
    """Start carries the EV's power profile (and, BPT, the direction it starts in)."""
    profile = None
    channel = None
    if progress is cm.chargeProgressType.Start:
        assert ev is not None
        profile = power_profile(ctx, ev, now)
        if ctx.bpt_active:
            out = ctx.wants_discharge(ev)
            channel = cm.channelSelectionType.Discharge if out else cm.channelSelectionType.Charge
    return cm.PowerDeliveryReq(
        Header=hdr(ctx),
        EVProcessing=processingType.Finished,
        ChargeProgress=progress,
        EVPowerProfile=profile,
        BPT_ChannelSelection=channel,
    )


def scheduled_power(ctx: D20Context, ev: EVStatus, now: float) -> float:
    """Scheduled mode: what the EV wants, within the schedule and both sides' limits."""
    if ctx.standby:
        return 0.0
    elapsed = (now - ctx.schedule_started) * ctx.config.time_scale
    assert ctx.schedule is not None
    charge_cap = schedule_power_at(ctx.schedule.ChargingSchedule, elapsed)
    charge_cap = ev.limits.max_charge_power_w if charge_cap is None else min(charge_cap, ev.limits.max_charge_power_w)
    if ctx.evse_limits.max_charge_power_w is not None:
        charge_cap = min(charge_cap, ctx.evse_limits.max_charge_power_w)
    discharge_cap = 0.0
    if ctx.bpt_active:
        allowed = schedule_power_at(ctx.schedule.DischargingSchedule, elapsed)
        discharge_cap = min(abs(allowed or 0.0), ctx.discharge_limit(ev))
        if ctx.evse_limits.max_discharge_power_w is not None:
            discharge_cap = min(discharge_cap, ctx.evse_limits.max_discharge_power_w)
    return clip(ev.desired_power_w, -discharge_cap, max(0.0, charge_cap))


def _dc_limits(ctx: D20Context, ev: EVStatus, bpt: bool) -> dict[str, Any]:
    lim = ev.limits
    out = dict(
        EVMaximumChargePower=to_rational(lim.max_charge_power_w),
        EVMinimumChargePower=to_rational(lim.min_charge_power_w),
        EVMaximumChargeCurrent=to_rational(lim.max_charge_current_a),
        EVMaximumVoltage=to_rational(lim.max_voltage_v),
        EVMinimumVoltage=to_rational(lim.min_voltage_v),
    )
    if bpt:
        discharge = ctx.discharge_limit(ev)
        out.update(
            EVMaximumDischargePower=to_rational(discharge),
            EVMinimumDischargePower=to_rational(0.0),
            EVMaximumDischargeCurrent=to_rational(lim.max_discharge_current_a if discharge else 0.0),
        )
    return out


def _dc_dynamic(ctx: D20Context, ev: EVStatus, now: float) -> dict[str, Any]:
    fields_ = dict(DepartureTime=ctx.remaining_departure(now), **energy_requests(ctx, ev))
    fields_.update(_dc_limits(ctx, ev, ctx.bpt_active))
    if ctx.bpt_active:
        fields_.update(v2x_requests(ctx, ev))
    return fields_


def _dc_scheduled(ctx: D20Context, ev: EVStatus, now: float) -> dict[str, Any]:
    power = scheduled_power(ctx, ev, now)
    current = power / max(ev.present_voltage_v, 1.0)
    if ctx.evse_limits.max_charge_current_a is not None and current > 0:
        current = min(current, ctx.evse_limits.max_charge_current_a)
    if ctx.evse_limits.max_discharge_current_a is not None and current < 0:
        current = max(current, -ctx.evse_limits.max_discharge_current_a)
    fields_ = dict(
        EVTargetCurrent=to_rational(current),
        EVTargetVoltage=to_rational(ev.target_voltage_v),
        **energy_requests(ctx, ev),
    )
    fields_.update(_dc_limits(ctx, ev, ctx.bpt_active))
    return fields_


def _ac_common(ctx: D20Context, ev: EVStatus) -> dict[str, Any]:
    lim = ev.limits
    out = dict(
        EVMaximumChargePower=to_rational(lim.max_charge_power_w),
        EVMinimumChargePower=to_rational(lim.min_charge_power_w),
        EVPresentActivePower=to_rational(ctx.power_w),
    )
    if ctx.bpt_active:
        out.update(
            EVMaximumDischargePower=to_rational(ctx.discharge_limit(ev)),
            EVMinimumDischargePower=to_rational(lim.min_discharge_power_w),
        )
    return out


def _ac_dynamic(ctx: D20Context, ev: EVStatus, now: float) -> dict[str, Any]:
    fields_ = dict(
        DepartureTime=ctx.remaining_departure(now),
        EVPresentReactivePower=to_rational(0.0),
        **energy_requests(ctx, ev),
        **_ac_common(ctx, ev),
    )
    if ctx.bpt_active:
        fields_.update(v2x_requests(ctx, ev))
    return fields_


def _ac_scheduled(ctx: D20Context, ev: EVStatus, now: float) -> dict[str, Any]:
    return dict(**energy_requests(ctx, ev), **_ac_common(ctx, ev))


_CL_CONTROL = {
    (EnergyTransfer.DC, ControlMode.Dynamic): _dc_dynamic,
    (EnergyTransfer.DC, ControlMode.Scheduled): _dc_scheduled,
    (EnergyTransfer.AC, ControlMode.Dynamic): _ac_dynamic,
    (EnergyTransfer.AC, ControlMode.Scheduled): _ac_scheduled,
}


def charge_loop(ctx: D20Context, ev: EVStatus, now: float) -> msg_dc.DC_ChargeLoopReq | msg_ac.AC_ChargeLoopReq:
    display = DisplayParametersType(
        PresentSOC=int(ev.present_soc),
        MinimumSOC=round(ctx.settings.minimum_soc),
        TargetSOC=round(ctx.settings.target_soc),
        BatteryEnergyCapacity=to_rational(ev.battery_capacity_wh),
        ChargingComplete=ev.present_soc >= ctx.settings.target_soc,
        InletHot=ev.inlet_hot,
    )
    transfer, mode = ctx.config.energy_transfer, ctx.config.control_mode
    control = _CL_CONTROL[(transfer, mode)](ctx, ev, now)
    loop: dict[str, Any] = dict(DisplayParameters=display, MeterInfoRequested=False)
    if transfer is EnergyTransfer.DC:
        loop.update(EVPresentVoltage=to_rational(ev.present_voltage_v))
    return charge_loop_req(hdr(ctx), transfer, mode, ctx.bpt_active, control, **loop)


def welding_detection(ctx: D20Context, processing: processingType) -> msg_dc.DC_WeldingDetectionReq:
    return msg_dc.DC_WeldingDetectionReq(Header=hdr(ctx), EVProcessing=processing)


def session_stop(ctx: D20Context) -> cm.SessionStopReq:
    assert ctx.ending is not None
    return cm.SessionStopReq(
        Header=hdr(ctx),
        ChargingSession=ctx.ending,
        EVTerminationExplanation=ctx.end_reason[:160] or None,
    )
