"""-2 charge parameters, DC preparation, power delivery, the AC and DC charge loops and the end of a session.

-2 charges in Scheduled mode only: ChargeParameterDiscoveryRes offers up to three SAScheduleTuples built
from the controller's `schedule_offers` (or one flat PMax at the EVSE/grid cap), the EV picks one in
PowerDeliveryReq Start with a ChargingProfile that must stay under its PMaxSchedule. Grid limits reach
the EV as EVSEMaxCurrent (ChargingStatusRes) and EVSEMaximum*Limit (CurrentDemandRes) in every loop, and
as EVSENotification ReNegotiation when a cap falls below the selected schedule (the runner raises it).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security import iso2 as security
from iso15118.security.errors import SecurityError
from iso15118.session.timers import ISO15118_2_SECC_Msg_Performance_Time
from iso15118.session.vocabulary import ongoing_expired
from secc.context import CloseContactors, MeteringConfirmed, Outcome, PowerOff, Schedule, SetACPower, SetDCOutput
from secc.controller import (
    ACLimits, ControlMode, DCLimits, DCMeasurement, EnergyService, EVChargeNeeds, EVPowerProfile, EVSENotification,
    IsolationStatus, MeterReading, ScheduleOffer,
)
from secc.iso2.context import ISO2Context
from secc.iso2.messages import (
    FINISHED, NO_NOTIFICATION, NOTIFICATION, ONGOING, F, P, U, ac_status, dc_status, fail, ok,
)
from secc.iso2.pnc import pnc_hook
from secc.iso2.setup import DC_MODES
from secc.state import Env, State, allow, cable_check_status, loop_readings, session_caps

logger = logging.getLogger(__name__)
R = t.responseCodeType
STATUS = t.DC_EVSEStatusCodeType
LOOP = {True: iso2.CurrentDemandReq, False: iso2.ChargingStatusReq}
SCHEDULE_MARGIN_S = 0.5  # schedule_offers() must leave this much of the performance time for the answer
MAX_TUPLES = 3  # SAScheduleList: the SECC offers up to three SAScheduleTuples
_ISOLATION = {
    IsolationStatus.ONGOING: t.isolationLevelType.Invalid, IsolationStatus.VALID: t.isolationLevelType.Valid,
    IsolationStatus.WARNING: t.isolationLevelType.Warning, IsolationStatus.FAULT: t.isolationLevelType.Fault,
}


# --- EVSE status and notifications ------------------------------------------------------------


def notification(ctx: ISO2Context, now: float) -> tuple[t.EVSENotificationType, int]:
    """The pending notification as -2 says it; a StopCharging starts the EV's NotificationMaxDelay."""
    pending = ctx.pending_notification
    if pending is None:
        return NO_NOTIFICATION, 0
    kind, max_delay = pending
    said = NOTIFICATION.get(kind)
    if said is None:
        if kind is not EVSENotification.MeteringConfirmation:  # that one is ReceiptRequired in the loop
            logger.info("-2 cannot express EVSENotification %s: dropped", kind.value)
            ctx.pending_notification = None
        return NO_NOTIFICATION, 0
    if said is t.EVSENotificationType.StopCharging and ctx.notification_deadline is None:
        ctx.notification_deadline = now + max_delay
    return said, max_delay


def ac_evse_status(ctx: ISO2Context, now: float) -> t.AC_EVSEStatus:
    return ac_status(*notification(ctx, now))


def dc_evse_status(ctx: ISO2Context, now: float, isolation: t.isolationLevelType | None = None,
                   code: t.DC_EVSEStatusCodeType | None = None) -> t.DC_EVSEStatus:
    said, delay = notification(ctx, now)
    if code is None:
        code = (STATUS.EVSE_EmergencyShutdown if ctx.stopped
                else STATUS.EVSE_Shutdown if said is t.EVSENotificationType.StopCharging else STATUS.EVSE_Ready)
    return dc_status(code, said, delay, isolation)


def evse_status(ctx: ISO2Context, now: float) -> t.EVSEStatusType:
    return dc_evse_status(ctx, now) if ctx.is_dc else ac_evse_status(ctx, now)


def _clear(ctx: ISO2Context, *kinds: EVSENotification) -> None:
    if ctx.pending_notification is not None and ctx.pending_notification[0] in kinds:
        ctx.pending_notification = None
        ctx.notification_deadline = None


# --- ChargeParameterDiscovery ----------------------------------------------------------------------


@dataclass(frozen=True)
class CPDSnapshot:
    limits: ACLimits | DCLimits | None  # None: the requested mode is not offered (no controller call)
    offers: list[ScheduleOffer] | None
    signer: security.SalesTariffSigner | None = None  # PnC: who signs the SalesTariffs (None: none sent)


def ev_needs(ctx: ISO2Context, param: Any, dc: bool, nominal_v: float, phases: int) -> EVChargeNeeds:
    """The EV's -2 charge parameters in the neutral shape (AC power from EVMaxCurrent x nominal voltage x phases)."""
    if dc:
        voltage = F(param.EVMaximumVoltageLimit)
        current = F(param.EVMaximumCurrentLimit)
        power = F(param.EVMaximumPowerLimit, voltage * current)
        return EVChargeNeeds(ControlMode.Scheduled, power, 0.0, 0.0, 0.0, max_charge_current_a=current,
                             max_voltage_v=voltage, departure_time_s=param.DepartureTime, target_soc=param.FullSOC,
                             target_energy_wh=F(param.EVEnergyRequest) if param.EVEnergyRequest else None)
    per_phase = nominal_v * phases
    return EVChargeNeeds(ControlMode.Scheduled, F(param.EVMaxCurrent) * per_phase, F(param.EVMinCurrent) * per_phase,
                         0.0, 0.0, departure_time_s=param.DepartureTime, target_energy_wh=F(param.EAmount))


def sa_schedules(ctx: ISO2Context, offers: list[ScheduleOffer] | None, duration: int, max_entries: int | None,
                 signed: bool = False) -> t.SAScheduleList:
    """Offered schedules (or one flat PMax) capped at the EVSE and grid limits; fills ctx.schedules."""
    cap = session_caps(ctx).charge_w
    offers = [offer for offer in offers or () if offer.charge] or [ScheduleOffer(charge=((duration, cap),))]
    limit = max(max_entries or 1024, 1)
    ctx.schedules, ctx.offered_tuples, tuples = {}, {}, []
    for tuple_id, offer in enumerate(offers[:MAX_TUPLES], start=1):
        charge = [(d, min(max(p, 0.0), cap)) for d, p in offer.charge[:limit]]
        entries: list[t.PMaxScheduleEntryType] = []
        starts: list[tuple[int, float]] = []
        start = 0
        for i, (d, p) in enumerate(charge):
            last = i == len(charge) - 1  # the last interval carries the schedule's end
            entries.append(t.PMaxScheduleEntry(TimeInterval=t.RelativeTimeInterval(start=start, duration=d if last else None),
                                               PMax=P(p, U.W)))
            starts.append((start, p))
            start += d
        ctx.schedules[tuple_id] = Schedule(tuple_id, max(p for _, p in charge), 0.0, start)
        ctx.offered_tuples[tuple_id] = starts
        tuples.append(t.SAScheduleTupleType(SAScheduleTupleID=tuple_id,
                                            PMaxSchedule=t.PMaxScheduleType(PMaxScheduleEntry=entries),
                                            SalesTariff=sales_tariff(ctx, tuple_id, start, signed)))
    return t.SAScheduleList(SAScheduleTuple=tuples)


def sales_tariff(ctx: ISO2Context, tuple_id: int, duration: int, signed: bool) -> t.SalesTariffType | None:
    """A price-level SalesTariff with `pricing.kind = "levels"`. In PnC -2 wants it signed (MO Sub-CA 2 key,
    [pnc] iso2_tariff_key): without a signer PnC sessions get none (logged once per session)."""
    pricing = ctx.config.pricing
    if pricing.kind != "levels":
        return None
    if ctx.payment_option is t.paymentOptionType.Contract and not signed:
        if not ctx.tariff_unsigned_logged:
            logger.info("PnC session: no [pnc] iso2_tariff_key to sign a SalesTariff: sending PMax schedules only")
            ctx.tariff_unsigned_logged = True
        return None
    return t.SalesTariffType(
        Id=f"tariff{tuple_id}", SalesTariffID=tuple_id, NumEPriceLevels=pricing.price_levels,
        SalesTariffEntry=[t.SalesTariffEntry(TimeInterval=t.RelativeTimeInterval(start=0, duration=duration),
                                             EPriceLevel=1)],
    )


class ChargeParameterDiscovery(State):
    request = iso2.ChargeParameterDiscoveryReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.ChargeParameterDiscoveryReq) -> CPDSnapshot:
        mode = req.RequestedEnergyTransferMode
        if mode not in ctx.offered_modes:
            return CPDSnapshot(None, None)
        dc = mode in DC_MODES
        limits: ACLimits | DCLimits = await (env.controller.dc_limits() if dc else env.controller.ac_limits())
        param = req.EVChargeParameter
        if isinstance(param, t.DC_EVChargeParameterType) == dc:
            phases = 1 if mode is t.EnergyTransferModeType.AC_single_phase_core else 3
            nominal = limits.nominal_voltage_v if isinstance(limits, ACLimits) else 0.0
            await env.controller.ev_charge_needs(ctx.info(), ev_needs(ctx, param, dc, nominal, phases))
        budget = max(ISO15118_2_SECC_Msg_Performance_Time["ChargeParameterDiscoveryReq"] - SCHEDULE_MARGIN_S, 0.1)
        try:
            offers = await asyncio.wait_for(
                env.controller.schedule_offers(ctx.info(), req.EVChargeParameter.DepartureTime), budget)
        except TimeoutError:  # e.g. the CSMS has not sent a charging profile yet: the flat cap now, renegotiate later
            logger.warning("schedule_offers() took longer than %.1f s: offering the EVSE/grid cap", budget)
            offers = None
        pnc = pnc_hook(env)
        return CPDSnapshot(limits, offers, pnc.sales_tariff_signer if pnc is not None else None)

    def handle(self, ctx: ISO2Context, req: iso2.ChargeParameterDiscoveryReq, snap: CPDSnapshot, now: float) -> Outcome:
        mode = req.RequestedEnergyTransferMode
        if snap.limits is None:
            return fail(req, ctx, R.FAILED_WrongEnergyTransferMode, f"{mode.value} not offered")
        dc = mode in DC_MODES
        if ctx.energy_transfer_mode is not None and ctx.power_flowing and mode is not ctx.energy_transfer_mode:
            return fail(req, ctx, R.FAILED_WrongEnergyTransferMode, "renegotiation may not change the energy transfer mode")
        param = req.EVChargeParameter
        if isinstance(param, t.DC_EVChargeParameterType) != dc or not isinstance(
                param, (t.DC_EVChargeParameterType, t.AC_EVChargeParameterType)):
            return fail(req, ctx, R.FAILED_WrongChargeParameter, f"{type(param).__name__} does not match {mode.value}")
        ctx.energy_transfer_mode = mode
        ctx.service = EnergyService.DC if dc else EnergyService.AC
        ctx.control_mode = ControlMode.Scheduled
        ctx.phases = 1 if mode is t.EnergyTransferModeType.AC_single_phase_core else 3
        ctx.evse_limits = limits = snap.limits
        error = _check_ev_parameters(ctx, param, limits)
        if error is not None:
            return fail(req, ctx, R.FAILED_WrongChargeParameter, error)
        ctx.departure_time = param.DepartureTime
        duration = param.DepartureTime or ctx.config.schedule_duration_s
        ctx.selected_schedule = None
        pnc = ctx.payment_option is t.paymentOptionType.Contract
        signer = snap.signer if pnc else None
        schedules = sa_schedules(ctx, snap.offers, duration, req.MaxEntriesSAScheduleTuple, signed=signer is not None)
        if ctx.resumed and ctx.sa_schedule_tuple_id is not None and ctx.sa_schedule_tuple_id not in ctx.schedules:
            logger.warning("resumed session: SAScheduleTuple %d of the paused session is not offered now ([V2G2-741])",
                           ctx.sa_schedule_tuple_id)
        body = ok(iso2.ChargeParameterDiscoveryRes, ctx.session_id, EVSEProcessing=FINISHED, SASchedules=schedules,
                  EVSEChargeParameter=_evse_charge_parameter(ctx, limits, now))
        if signer is not None and any(tup.SalesTariff is not None for tup in schedules.SAScheduleTuple):
            try:  # -2: the Header Signature references each SalesTariff by its Id
                body.Header.Signature = security.sign_sales_tariffs(body.Body.BodyElement, signer)
            except SecurityError as error:  # a broken signer config: no tariff rather than an unverifiable one
                logger.error("SalesTariff not signed (%s): sending PMax schedules only", error)
                for tup in schedules.SAScheduleTuple:
                    tup.SalesTariff = None
        ctx.schedules_exchanged = True
        # DC with open contactors: isolation check and pre-charge again; AC and DC renegotiation: PowerDelivery.
        nxt = allow(iso2.CableCheckReq) if dc and not ctx.power_flowing else allow(iso2.PowerDeliveryReq)
        ctx.renegotiating = False
        return Outcome(body, allowed=nxt)


def ac_max_current(ctx: ISO2Context, limits: ACLimits) -> float:
    """-2 AC speaks per-phase current: the power cap over nominal voltage and the phases in use."""
    return session_caps(ctx).charge_w / (limits.nominal_voltage_v * ctx.phases)


def _check_ev_parameters(ctx: ISO2Context, param: Any, limits: ACLimits | DCLimits) -> str | None:
    if isinstance(limits, DCLimits):
        ev_max_v, ev_max_i = F(param.EVMaximumVoltageLimit), F(param.EVMaximumCurrentLimit)
        if ev_max_v < limits.min_voltage_v or ev_max_i <= 0:
            return f"EV limits {ev_max_v} V / {ev_max_i} A do not fit the EVSE ({limits.min_voltage_v} V minimum)"
        ctx.ev.max_voltage_v, ctx.ev.max_charge_current_a = ev_max_v, ev_max_i
        ctx.ev.max_charge_power_w = F(param.EVMaximumPowerLimit, ev_max_v * ev_max_i)
        return None
    ev_min, ev_max = F(param.EVMinCurrent), F(param.EVMaxCurrent)
    if ev_min < 0 or ev_min > ev_max:
        return f"EVMinCurrent {ev_min} A / EVMaxCurrent {ev_max} A inconsistent"
    per_phase = limits.nominal_voltage_v * ctx.phases
    if ev_min * per_phase > limits.max_charge_power_w:
        return f"EVMinCurrent {ev_min} A above what the EVSE can give"
    ctx.ev.max_charge_current_a = ev_max
    ctx.ev.max_charge_power_w, ctx.ev.min_charge_power_w = ev_max * per_phase, ev_min * per_phase
    return None


def _evse_charge_parameter(ctx: ISO2Context, limits: ACLimits | DCLimits, now: float) -> t.EVSEChargeParameterType:
    if isinstance(limits, DCLimits):
        return t.DC_EVSEChargeParameter(
            DC_EVSEStatus=dc_evse_status(ctx, now, code=STATUS.EVSE_Ready if not ctx.stopped else None),
            EVSEMaximumCurrentLimit=P(limits.max_charge_current_a, U.A),
            EVSEMaximumPowerLimit=P(session_caps(ctx).charge_w, U.W),
            EVSEMaximumVoltageLimit=P(limits.max_voltage_v, U.V),
            EVSEMinimumCurrentLimit=P(limits.min_charge_current_a, U.A),
            EVSEMinimumVoltageLimit=P(limits.min_voltage_v, U.V),
            EVSEPeakCurrentRipple=P(limits.peak_current_ripple_a, U.A),
        )
    return t.AC_EVSEChargeParameter(AC_EVSEStatus=ac_evse_status(ctx, now),
                                    EVSENominalVoltage=P(limits.nominal_voltage_v, U.V),
                                    EVSEMaxCurrent=P(ac_max_current(ctx, limits), U.A))


# --- DC preparation ----------------------------------------------------------------------------


class CableCheck(State):
    request = iso2.CableCheckReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> IsolationStatus:
        return await cable_check_status(env, ctx, "CableCheck")

    def handle(self, ctx: ISO2Context, req: iso2.CableCheckReq, status: IsolationStatus, now: float) -> Outcome:
        expired = ongoing_expired(ctx.ongoing_since, "CableCheck", now, ctx.config.timing.cable_check_timeout)
        if status is IsolationStatus.FAULT or (expired and status is IsolationStatus.ONGOING):
            reason = "isolation fault" if status is IsolationStatus.FAULT else "cable check did not finish in time"
            out = fail(req, ctx, R.FAILED, reason)
            out.response.Body.BodyElement.DC_EVSEStatus = dc_evse_status(
                ctx, now, _ISOLATION[status], STATUS.EVSE_Malfunction if status is IsolationStatus.FAULT else STATUS.EVSE_NotReady)
            return out
        if status is IsolationStatus.ONGOING:
            res = ok(iso2.CableCheckRes, ctx.session_id, DC_EVSEStatus=dc_evse_status(
                ctx, now, code=STATUS.EVSE_IsolationMonitoringActive), EVSEProcessing=ONGOING)
            return Outcome(res, allowed=allow(iso2.CableCheckReq))
        ctx.ongoing_since.pop("CableCheck", None)
        res = ok(iso2.CableCheckRes, ctx.session_id, DC_EVSEStatus=dc_evse_status(ctx, now, _ISOLATION[status]),
                 EVSEProcessing=FINISHED)
        return Outcome(res, allowed=allow(iso2.PreChargeReq))


class PreCharge(State):
    """Repeated until the EV sees its inlet at the target (some cars only move on once the inlet really
    has the voltage, pyPLC issue 24); then PowerDeliveryReq. -2 has no EVProcessing here."""

    request = iso2.PreChargeReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: ISO2Context, req: iso2.PreChargeReq, present: DCMeasurement, now: float) -> Outcome:
        limits = ctx.evse_limits
        assert isinstance(limits, DCLimits)  # CableCheck follows a DC ChargeParameterDiscovery only
        target = F(req.EVTargetVoltage)
        if not (limits.min_voltage_v <= target <= limits.max_voltage_v) or target > ctx.ev.max_voltage_v:
            return fail(req, ctx, R.FAILED_WrongChargeParameter, f"pre-charge target {target} V out of range")
        current = min(max(F(req.EVTargetCurrent), 0.0), ctx.config.precharge_current_a)
        ctx.precharged = True
        res = ok(iso2.PreChargeRes, ctx.session_id, DC_EVSEStatus=dc_evse_status(ctx, now),
                 EVSEPresentVoltage=P(present.voltage_v, U.V))
        return Outcome(res, allowed=allow(iso2.PreChargeReq, iso2.PowerDeliveryReq),
                       actions=(SetDCOutput(target, current),))


# --- PowerDelivery -------------------------------------------------------------------------------


def in_force(entries: Iterable[tuple[int, float]], offset_s: float, before: float) -> float:
    """The power of the last (start s, W) entry started by `offset_s` (`before` if none has)."""
    power = before
    for start, entry_power in entries:
        if start <= offset_s:
            power = entry_power
    return power


def pmax_at(ctx: ISO2Context, tuple_id: int, offset_s: float) -> float:
    """The PMax of an offered SAScheduleTuple in force `offset_s` after it starts."""
    return in_force(ctx.offered_tuples[tuple_id], offset_s, 0.0)


def check_charging_profile(ctx: ISO2Context, req: iso2.PowerDeliveryReq) -> str | None:
    """The EV's ChargingProfile must stay under the chosen PMaxSchedule.

    Liberal: a negative entry power (a Seres sent -24136 W) asks for no power and is taken as 0, and a
    MaxNumberOfPhasesInUse outside 1..3 (the same Seres: 4) is ignored; -2 AC is charge-only."""
    if req.ChargingProfile is None:
        return None
    for entry in req.ChargingProfile.ProfileEntry:
        power = max(F(entry.ChargingProfileEntryMaxPower), 0.0)
        phases = entry.ChargingProfileEntryMaxNumberOfPhasesInUse
        if phases is not None and not 1 <= phases <= 3:
            logger.info("ChargingProfile MaxNumberOfPhasesInUse=%d outside 1..3: ignored", phases)
        allowed = pmax_at(ctx, req.SAScheduleTupleID, entry.ChargingProfileEntryStart)
        if power > allowed * 1.0001 + 1e-6:
            return f"profile entry at {entry.ChargingProfileEntryStart} s asks {power} W, PMax is {allowed} W"
    return None


def power_profile(req: iso2.PowerDeliveryReq) -> EVPowerProfile | None:
    """The ChargingProfile as the neutral EVPowerProfile (durations between entry starts; the last 0)."""
    if req.ChargingProfile is None:
        return None
    entries = req.ChargingProfile.ProfileEntry
    starts = [e.ChargingProfileEntryStart for e in entries]
    durations = [b - a for a, b in zip(starts, starts[1:])] + [0]
    return EVPowerProfile(0, tuple((d, max(F(e.ChargingProfileEntryMaxPower), 0.0)) for d, e in zip(durations, entries)),
                          req.SAScheduleTupleID)


class PowerDelivery(State):
    request = iso2.PowerDeliveryReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.PowerDeliveryReq) -> None:
        profile = power_profile(req)
        if req.ChargeProgress is t.chargeProgressType.Start and profile is not None and req.SAScheduleTupleID in ctx.schedules:
            await env.controller.ev_power_profile(ctx.info(), profile)

    def handle(self, ctx: ISO2Context, req: iso2.PowerDeliveryReq, snap: Any, now: float) -> Outcome:
        progress = req.ChargeProgress
        loop = LOOP[ctx.is_dc]
        if progress is t.chargeProgressType.Start:
            schedule = ctx.schedules.get(req.SAScheduleTupleID)
            if schedule is None:
                return fail(req, ctx, R.FAILED_TariffSelectionInvalid, f"SAScheduleTupleID {req.SAScheduleTupleID} not offered")
            error = check_charging_profile(ctx, req)
            if error is not None:
                return fail(req, ctx, R.FAILED_ChargingProfileInvalid, error)
            if session_caps(ctx).charge_w <= 0:  # stopped, grid disconnect or a cap of 0
                return fail(req, ctx, R.FAILED_PowerDeliveryNotApplied, "no power may flow now (stopped or grid cap 0)")
            if ctx.is_dc and not ctx.precharged and not ctx.power_flowing:
                return fail(req, ctx, R.FAILED_PowerDeliveryNotApplied, "no pre-charge since the contactors opened")
            ctx.selected_schedule = schedule
            ctx.sa_schedule_tuple_id = schedule.schedule_tuple_id
            entries = req.ChargingProfile.ProfileEntry if req.ChargingProfile is not None else []
            ctx.ev_profile = tuple((e.ChargingProfileEntryStart, max(F(e.ChargingProfileEntryMaxPower), 0.0))
                                   for e in entries)
            ctx.ev_profile_since = now
            _clear(ctx, EVSENotification.ScheduleRenegotiation, EVSENotification.ServiceRenegotiation)
            actions = () if ctx.power_flowing else (CloseContactors(),)
            ctx.power_flowing = True
            return Outcome(ok(iso2.PowerDeliveryRes, ctx.session_id, EVSEStatus=evse_status(ctx, now)),
                           allowed=allow(loop, iso2.PowerDeliveryReq), actions=actions)
        if progress is t.chargeProgressType.Stop:
            ctx.power_flowing = ctx.precharged = False
            ctx.receipt_required = False
            _clear(ctx, EVSENotification.Terminate, EVSENotification.Pause, EVSENotification.ScheduleRenegotiation,
                   EVSENotification.ServiceRenegotiation)
            nxt = allow(iso2.WeldingDetectionReq, iso2.SessionStopReq) if ctx.is_dc else allow(iso2.SessionStopReq)
            return Outcome(ok(iso2.PowerDeliveryRes, ctx.session_id, EVSEStatus=evse_status(ctx, now)),
                           allowed=nxt, actions=(PowerOff(),))
        if not ctx.power_flowing:  # Renegotiate: only from the charge loop
            return fail(req, ctx, R.FAILED_SequenceError, "Renegotiate without energy transfer")
        _clear(ctx, EVSENotification.ScheduleRenegotiation, EVSENotification.ServiceRenegotiation)
        ctx.renegotiating = True
        return Outcome(ok(iso2.PowerDeliveryRes, ctx.session_id, EVSEStatus=evse_status(ctx, now)),
                       allowed=allow(iso2.ChargeParameterDiscoveryReq))


# --- charge loops ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoopSnapshot:
    limits: Any  # ACLimits | DCLimits
    present: Any  # DCMeasurement (DC) or present AC power W
    meter: MeterReading | None


async def loop_snapshot(env: Env, ctx: ISO2Context) -> LoopSnapshot:
    limits, present = await loop_readings(env, ctx)
    meter = await env.controller.meter_reading() if _receipt_wanted(ctx) else None
    return LoopSnapshot(limits, present, meter)


def _receipt_wanted(ctx: ISO2Context) -> bool:
    """MeteringConfirmation is ReceiptRequired in -2, and only a PnC contract can sign the receipt."""
    pending = ctx.pending_notification
    if pending is None or pending[0] is not EVSENotification.MeteringConfirmation:
        return False
    if ctx.payment_option is not t.paymentOptionType.Contract:
        logger.warning("ReceiptRequired needs a PnC (Contract) session: MeteringConfirmation dropped")
        ctx.pending_notification = None
        return False
    return True


def meter_info(meter: MeterReading | None) -> t.MeterInfoType | None:
    if meter is None:
        return None
    return t.MeterInfoType(MeterID=meter.meter_id[:32], MeterReading=meter.charged_wh, TMeter=meter.timestamp)


def _receipt(ctx: ISO2Context, snap: LoopSnapshot) -> dict[str, Any]:
    info = meter_info(snap.meter)
    if info is None:
        return {}
    _clear(ctx, EVSENotification.MeteringConfirmation)
    ctx.metering_to_confirm, ctx.receipt_required = info, True
    return {"MeterInfo": info, "ReceiptRequired": True}


def _loop_next(ctx: ISO2Context, loop: type) -> frozenset[Any]:
    if ctx.receipt_required:
        return allow(loop, iso2.PowerDeliveryReq, iso2.MeteringReceiptReq)
    return allow(loop, iso2.PowerDeliveryReq)


def planned_ac_power(ctx: ISO2Context, cap_w: float, now: float) -> float:
    """What the EV's on-board charger will draw: its ChargingProfile's power in force now, under the cap
    (ChargingStatusReq carries no present power; without a profile the EV may take the whole cap)."""
    return min(cap_w, in_force(ctx.ev_profile, now - ctx.ev_profile_since, cap_w))


class ChargingStatus(State):
    """AC: the EV's charger draws what EVSEMaxCurrent allows, up to its ChargingProfile; the EVSE
    enforces the cap in hardware."""

    request = iso2.ChargingStatusReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> LoopSnapshot:
        return await loop_snapshot(env, ctx)

    def handle(self, ctx: ISO2Context, req: iso2.ChargingStatusReq, snap: LoopSnapshot, now: float) -> Outcome:
        if ctx.is_dc:
            return fail(req, ctx, R.FAILED_WrongEnergyTransferMode, "ChargingStatusReq in a DC session")
        limits: ACLimits = snap.limits
        ctx.evse_limits = limits
        cap = session_caps(ctx).charge_w
        res = ok(iso2.ChargingStatusRes, ctx.session_id, EVSEID=ctx.config.evse_id,
                 SAScheduleTupleID=ctx.sa_schedule_tuple_id or 1, EVSEMaxCurrent=P(ac_max_current(ctx, limits), U.A),
                 AC_EVSEStatus=ac_evse_status(ctx, now), **_receipt(ctx, snap))
        ctx.grid.sent_revision = ctx.grid.revision
        return Outcome(res, allowed=_loop_next(ctx, iso2.ChargingStatusReq),
                       actions=(SetACPower(planned_ac_power(ctx, cap, now)),),
                       grid_revision_sent=ctx.grid.revision)


class CurrentDemand(State):
    """DC: the EV asks voltage and current; the SECC clamps them to EVSE, EV, schedule and grid limits."""

    request = iso2.CurrentDemandReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> LoopSnapshot:
        return await loop_snapshot(env, ctx)

    def handle(self, ctx: ISO2Context, req: iso2.CurrentDemandReq, snap: LoopSnapshot, now: float) -> Outcome:
        if not ctx.is_dc:
            return fail(req, ctx, R.FAILED_WrongEnergyTransferMode, "CurrentDemandReq in an AC session")
        limits: DCLimits = snap.limits
        ctx.evse_limits = limits
        cap = session_caps(ctx).charge_w
        evse_current_cap = 0.0 if ctx.stopped else limits.max_charge_current_a
        ev_current_cap = F(req.EVMaximumCurrentLimit, ctx.ev.max_charge_current_a)
        current_cap = min(evse_current_cap, ctx.ev.max_charge_current_a, ev_current_cap)
        voltage_cap = min(limits.max_voltage_v, F(req.EVMaximumVoltageLimit, ctx.ev.max_voltage_v), ctx.ev.max_voltage_v)
        voltage, requested = F(req.EVTargetVoltage), max(F(req.EVTargetCurrent), 0.0)
        voltage_limited = voltage > voltage_cap
        voltage = min(voltage, voltage_cap)
        current = min(requested, current_cap)
        current_limited = current < requested
        power_limited = voltage > 0 and voltage * current > cap
        if power_limited:
            current = cap / voltage
        present: DCMeasurement = snap.present
        res = ok(
            iso2.CurrentDemandRes, ctx.session_id, DC_EVSEStatus=dc_evse_status(ctx, now),
            EVSEPresentVoltage=P(present.voltage_v, U.V), EVSEPresentCurrent=P(present.current_a, U.A),
            EVSECurrentLimitAchieved=current_limited, EVSEVoltageLimitAchieved=voltage_limited,
            EVSEPowerLimitAchieved=power_limited, EVSEMaximumVoltageLimit=P(limits.max_voltage_v, U.V),
            EVSEMaximumCurrentLimit=P(evse_current_cap, U.A), EVSEMaximumPowerLimit=P(cap, U.W),
            EVSEID=ctx.config.evse_id, SAScheduleTupleID=ctx.sa_schedule_tuple_id or 1, **_receipt(ctx, snap),
        )
        return Outcome(res, allowed=_loop_next(ctx, iso2.CurrentDemandReq),
                       actions=(SetDCOutput(voltage, current),), grid_revision_sent=ctx.grid.revision)


class MeteringReceipt(State):
    """The EV's signature (contract key) over the MeterInfo the SECC sent with ReceiptRequired."""

    request = iso2.MeteringReceiptReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.MeteringReceiptReq) -> t.responseCodeType:
        assert ctx.contract is not None  # ReceiptRequired only in a Contract session
        code, error = security.metering_receipt_outcome(req, req.Header.Signature,  # type: ignore[attr-defined]
                                                        contract_certificate=ctx.contract.chain.leaf)
        if error is not None:
            logger.warning("MeteringReceiptReq refused (%s): %s", code.value, error)
        return code

    def handle(self, ctx: ISO2Context, req: iso2.MeteringReceiptReq, code: t.responseCodeType, now: float) -> Outcome:
        sent, ctx.metering_to_confirm = ctx.metering_to_confirm, None
        ctx.receipt_required = False
        if code is not R.OK:
            return fail(req, ctx, code, "MeteringReceiptReq signature")
        if req.SessionID != ctx.session_id or req.MeterInfo != sent:
            return fail(req, ctx, R.FAILED_MeteringSignatureNotValid, "signed MeterInfo is not the one the SECC sent")
        return Outcome(ok(iso2.MeteringReceiptRes, ctx.session_id, EVSEStatus=evse_status(ctx, now)),
                       allowed=allow(LOOP[ctx.is_dc], iso2.PowerDeliveryReq),
                       actions=(MeteringConfirmed(ctx.info(), req),))


# --- end of session ------------------------------------------------------------------------------


class WeldingDetection(State):
    """Repeated as long as the EV wants (some cars loop here; pyPLC issue 17), then SessionStopReq."""

    request = iso2.WeldingDetectionReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: ISO2Context, req: iso2.WeldingDetectionReq, present: DCMeasurement, now: float) -> Outcome:
        ctx.welding_requests += 1
        res = ok(iso2.WeldingDetectionRes, ctx.session_id, DC_EVSEStatus=dc_evse_status(ctx, now, code=STATUS.EVSE_NotReady),
                 EVSEPresentVoltage=P(present.voltage_v, U.V))
        return Outcome(res, allowed=allow(iso2.WeldingDetectionReq, iso2.SessionStopReq))


class SessionStop(State):
    request = iso2.SessionStopReq

    def handle(self, ctx: ISO2Context, req: iso2.SessionStopReq, snap: Any, now: float) -> Outcome:
        if ctx.power_flowing:
            return fail(req, ctx, R.FAILED_SequenceError, "SessionStop while energy flows (PowerDelivery Stop first)")
        res = ok(iso2.SessionStopRes, ctx.session_id)
        if req.ChargingSession is t.chargingSessionType.Pause and ctx.established:
            if ctx.config.pause_allowed:
                return Outcome(res, end="paused by the EV", pause=True)
            # -2 has no code to refuse a pause: answer OK and keep nothing to resume
            return Outcome(res, end="pause requested by the EV, not kept (pause not allowed)")
        return Outcome(res, end="terminated by the EV")
