"""ISO 15118-2:2013 EVCC phases: one class per awaited response, `handle(ctx, res, ev, now) -> Step`.

The shared driver (evcc/phase.py PhaseSession) has already checked the response type, the SessionID and the
ResponseCode (every FAILED_* ends the session with power off) before a phase sees it. Each phase
decides the next request from the response, the EV's status snapshot and the context; no I/O here.
`grep ChargingStatusRes evcc/iso2` lands on ChargingStatusPhase.
"""
from __future__ import annotations

from dataclasses import replace

from evcc.controller import Authorization, EVSELimits, EVStatus
from evcc.config import evcc_mac
from evcc.iso2.context import AC_MODES, DC_MODES, ISO2Context
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
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as dt
from iso15118.security import iso2 as security
from iso15118.security.errors import SecurityError
from iso15118.session.units import from_physical, to_physical
from iso15118.session.vocabulary import PARAM_SERVICE, CertificateService, clip

V, A, W, WH = dt.unitSymbolType.V, dt.unitSymbolType.A, dt.unitSymbolType.W, dt.unitSymbolType.Wh
MAX_WELDING_DETECTION_REQUESTS = 20  # then stop anyway: power is off, the EVSE may just read slowly
MAX_PROFILE_ENTRIES = 24  # ChargingProfileType: ProfileEntry maxOccurs
PRECHARGE_CURRENT_A = 2.0  # -2 [V2G2-530]: EVTargetCurrent in PreChargeReq at most 2 A
AC_MAX_VOLTAGE_V = 400.0  # AC_EVChargeParameter EVMaxVoltage: the on-board charger's mains rating
# DC_EVSEStatusCodes that end the charge: an orderly EVSE_Shutdown (it comes with StopCharging), and faults.
DC_FAULTS = {
    dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown, dt.DC_EVSEStatusCodeType.EVSE_Malfunction,
    dt.DC_EVSEStatusCodeType.EVSE_UtilityInterruptEvent,
}


def physical(x: float, unit: dt.unitSymbolType) -> dt.PhysicalValueType:
    return to_physical(x, unit, dt.PhysicalValueType)


# ---------------------------------------------------------------------- shared helpers


def begin_stop(ctx: ISO2Context, ev: EVStatus, kind: dt.chargingSessionType, reason: str, *, error: bool = False,
               power_delivery: bool = False, actions: tuple[Action, ...] = ()) -> Step:
    """Orderly end: PowerDelivery Stop (power was on, or the sequence requires it as after PreCharge),
    WeldingDetection (DC, contactors were closed), SessionStop."""
    ctx.ending, ctx.end_reason, ctx.end_error = kind, reason, error
    actions = actions + (Event("Stopping", f"{kind.value}: {reason}"),)
    if power_delivery or ctx.charging or ctx.contactors_closed:
        return power_delivery_request(ctx, dt.chargeProgressType.Stop, ev, 0.0, actions=actions)
    return session_stop(ctx, actions)


def session_stop(ctx: ISO2Context, actions: tuple[Action, ...] = ()) -> Step:
    assert ctx.ending is not None
    return ctx.send(iso2.SessionStopReq(ChargingSession=ctx.ending), SessionStopPhase(), actions=actions)


def dc_ev_status(ev: EVStatus) -> dt.DC_EVStatus:
    return dt.DC_EVStatus(EVReady=True, EVErrorCode=dt.DC_EVErrorCodeType.NO_ERROR, EVRESSSOC=int(ev.present_soc))


def evse_notification(ctx: ISO2Context, status: dt.EVSEStatusType | None, ev: EVStatus, now: float, *,
                      renegotiate: bool = True) -> Step | None:
    """React to the EVSE's notification (and a DC EVSE that shut down); None when nothing to do.
    ReNegotiation is answered while charging (`renegotiate`: not in the renegotiation itself)."""
    if status is None:
        return None
    if isinstance(status, dt.DC_EVSEStatusType) and status.EVSEStatusCode in DC_FAULTS:
        return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, f"EVSE status {status.EVSEStatusCode.value}",
                          error=True)
    if isinstance(status, dt.AC_EVSEStatusType) and status.RCD:
        return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, "EVSE reports its RCD tripped", error=True)
    n = status.EVSENotification
    if n is dt.EVSENotificationType.StopCharging:
        return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, "EVSE notification StopCharging")
    if isinstance(status, dt.DC_EVSEStatusType) and status.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_Shutdown:
        return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, "EVSE status EVSE_Shutdown")
    if n is dt.EVSENotificationType.ReNegotiation and ctx.charging and renegotiate:
        return power_delivery_request(ctx, dt.chargeProgressType.Renegotiate, ev, now,
                                      actions=(Event("EVSENotification", n.value),))
    return None


# ---------------------------------------------------------------------- session setup and services


def session_setup_request(ctx: ISO2Context) -> Step:
    """SessionSetupReq: 8 zero bytes, or the paused session's SessionID to resume it."""
    ctx.session_id = ctx.resume_session_id or ctx.session_id
    return ctx.send(iso2.SessionSetupReq(EVCCID=evcc_mac(ctx.config.evcc_id)), SessionSetupPhase())


class SessionSetupPhase(Phase[ISO2Context, iso2.SessionSetupRes]):
    response = iso2.SessionSetupRes
    assigns_session_id = True

    def handle(self, ctx: ISO2Context, res: iso2.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        # The driver took the SessionID from the header: we echo what the SECC assigned, whatever its
        # length (Tesla Superchargers assign 4 bytes), as long as there is one.
        if not ctx.session_id:
            return ctx.fail("SessionSetupRes assigned an empty SessionID")
        ctx.evse_id = res.EVSEID
        actions: tuple[Action, ...] = ()
        if ctx.resume_session_id is not None:
            joined = res.ResponseCode is dt.responseCodeType.OK_OldSessionJoined
            if joined and ctx.session_id != ctx.resume_session_id:
                return ctx.fail("OK_OldSessionJoined with a different SessionID")
            actions = (Event("Resumed" if joined else "ResumeRefused", ctx.session_id.hex()),)
        return ctx.send(iso2.ServiceDiscoveryReq(), ServiceDiscoveryPhase(), actions=actions)


def _wants_contract_service(ctx: ISO2Context) -> CertificateService | None:
    """The ContractCertificate service the EV needs now (its ParameterSetID), if any."""
    policy = ctx.config.certificate_installation
    if ctx.pnc is None or policy == "never":
        return None
    if policy == "always" or not ctx.pnc.has_contract():
        return CertificateService.Installation
    return CertificateService.Update if ctx.pnc.needs_update() else None


class ServiceDiscoveryPhase(Phase[ISO2Context, iso2.ServiceDiscoveryRes]):
    response = iso2.ServiceDiscoveryRes

    def handle(self, ctx: ISO2Context, res: iso2.ServiceDiscoveryRes, ev: EVStatus, now: float) -> Step:
        offered_modes = list(res.ChargeService.SupportedEnergyTransferMode.EnergyTransferMode)
        wanted = DC_MODES if ctx.dc else AC_MODES
        mode = next((m for m in wanted if m in offered_modes), None)
        if mode is None:
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate,
                              f"EVSE offers {[m.value for m in offered_modes]}, the EV needs one of "
                              f"{[m.value for m in wanted]}", error=True)
        ctx.energy_mode = mode
        ctx.charge_service_id = res.ChargeService.ServiceID
        payments = set(res.PaymentOptionList.PaymentOption)
        actions: tuple[Action, ...] = ()
        certificate_set = _wants_contract_service(ctx)
        pnc_possible = ctx.pnc is not None and (ctx.pnc.has_contract() or certificate_set is CertificateService.Installation)
        if ctx.config.authorization is Authorization.PnC and pnc_possible and dt.paymentOptionType.Contract in payments:
            ctx.payment = dt.paymentOptionType.Contract
        elif dt.paymentOptionType.ExternalPayment in payments:
            ctx.payment = dt.paymentOptionType.ExternalPayment
            if ctx.config.authorization is Authorization.PnC:
                why = "SECC offers no Contract payment" if pnc_possible else "no usable contract certificate"
                actions = (Event("PnCUnavailable", f"{why}: EIM"),)
        else:
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate,
                              f"no usable payment option in {sorted(p.value for p in payments)}", error=True)
        services = res.ServiceList.Service if res.ServiceList is not None else []
        certificate = next((s for s in services if s.ServiceCategory is dt.serviceCategoryType.ContractCertificate), None)
        if ctx.payment is dt.paymentOptionType.Contract and certificate_set is not None and certificate is not None:
            # Which of installation / update the SECC provides is in the service's parameter sets.
            ctx.certificate_service = dt.SelectedServiceType(ServiceID=certificate.ServiceID, ParameterSetID=int(certificate_set))
            return ctx.send(iso2.ServiceDetailReq(ServiceID=certificate.ServiceID), ServiceDetailPhase(), actions=actions)
        return payment_service_selection(ctx, actions)


class ServiceDetailPhase(Phase[ISO2Context, iso2.ServiceDetailRes]):
    response = iso2.ServiceDetailRes

    def handle(self, ctx: ISO2Context, res: iso2.ServiceDetailRes, ev: EVStatus, now: float) -> Step:
        assert ctx.certificate_service is not None
        wanted = CertificateService(ctx.certificate_service.ParameterSetID or CertificateService.Installation).name
        sets = res.ServiceParameterList.ParameterSet if res.ServiceParameterList is not None else []
        for parameter_set in sets:
            values = {p.stringValue for p in parameter_set.Parameter if p.Name == PARAM_SERVICE}
            if wanted in values:
                ctx.certificate_service = dt.SelectedServiceType(ServiceID=res.ServiceID,
                                                                 ParameterSetID=parameter_set.ParameterSetID)
                return payment_service_selection(ctx)
        ctx.certificate_service = None
        return payment_service_selection(ctx, (Event("CertificateServiceUnavailable", f"no {wanted} parameter set"),))


def payment_service_selection(ctx: ISO2Context, actions: tuple[Action, ...] = ()) -> Step:
    assert ctx.payment is not None
    selected = [dt.SelectedServiceType(ServiceID=ctx.charge_service_id)]
    if ctx.certificate_service is not None:
        selected.append(ctx.certificate_service)
    req = iso2.PaymentServiceSelectionReq(SelectedPaymentOption=ctx.payment,
                                          SelectedServiceList=dt.SelectedServiceListType(SelectedService=selected))
    return ctx.send(req, PaymentServiceSelectionPhase(), actions=actions)


class PaymentServiceSelectionPhase(Phase[ISO2Context, iso2.PaymentServiceSelectionRes]):
    response = iso2.PaymentServiceSelectionRes

    def handle(self, ctx: ISO2Context, res: iso2.PaymentServiceSelectionRes, ev: EVStatus, now: float) -> Step:
        if ctx.payment is dt.paymentOptionType.ExternalPayment:
            return authorization_request(ctx)
        assert ctx.pnc is not None
        if ctx.certificate_service is not None:
            if ctx.certificate_service.ParameterSetID == 2:
                update = ctx.pnc.update_request()
                if update is not None:
                    return ctx.send(update[0], CertificateUpdatePhase(), signature=update[1])
            else:
                installation = ctx.pnc.installation_request(always=True)
                if installation is not None:
                    return ctx.send(installation[0], CertificateInstallationPhase(), signature=installation[1])
        return payment_details(ctx, ev)


# ---------------------------------------------------------------------- Plug & Charge and authorization


def payment_details(ctx: ISO2Context, ev: EVStatus, actions: tuple[Action, ...] = ()) -> Step:
    """PnC: present the contract (Contract payment was selected, so there is no falling back to EIM)."""
    if ctx.pnc is None or not ctx.pnc.has_contract():
        return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, "Contract payment selected but no usable contract",
                          error=True, actions=actions)
    req = iso2.PaymentDetailsReq(eMAID=ctx.pnc.emaid(), ContractSignatureCertChain=ctx.pnc.contract_chain())
    return ctx.send(req, PaymentDetailsPhase(), actions=actions)


def _installed(ctx: ISO2Context, res: iso2.CertificateInstallationRes | iso2.CertificateUpdateRes, ev: EVStatus) -> Step:
    assert ctx.pnc is not None
    try:
        emaid = ctx.pnc.install(res, ctx.response_signature)
    except SecurityError as error:  # a contract we cannot trust is never used
        return payment_details(ctx, ev, (Event("CertificateInstallationFailed", str(error)),))
    return payment_details(ctx, ev, (ContractInstalled(emaid), Event("ContractInstalled", emaid)))


class CertificateInstallationPhase(Phase[ISO2Context, iso2.CertificateInstallationRes]):
    response = iso2.CertificateInstallationRes

    def handle(self, ctx: ISO2Context, res: iso2.CertificateInstallationRes, ev: EVStatus, now: float) -> Step:
        return _installed(ctx, res, ev)


class CertificateUpdatePhase(Phase[ISO2Context, iso2.CertificateUpdateRes]):
    response = iso2.CertificateUpdateRes

    def handle(self, ctx: ISO2Context, res: iso2.CertificateUpdateRes, ev: EVStatus, now: float) -> Step:
        return _installed(ctx, res, ev)


class PaymentDetailsPhase(Phase[ISO2Context, iso2.PaymentDetailsRes]):
    response = iso2.PaymentDetailsRes

    def handle(self, ctx: ISO2Context, res: iso2.PaymentDetailsRes, ev: EVStatus, now: float) -> Step:
        ctx.gen_challenge = res.GenChallenge
        return authorization_request(ctx)


def authorization_request(ctx: ISO2Context, *, delay: float = 0.0) -> Step:
    """EIM: an empty AuthorizationReq. PnC: Id and GenChallenge, signed with the contract key."""
    if ctx.payment is dt.paymentOptionType.ExternalPayment:
        return ctx.send(iso2.AuthorizationReq(), AuthorizationPhase(), delay=delay)
    assert ctx.pnc is not None and ctx.gen_challenge is not None
    req = iso2.AuthorizationReq(Id="ID1", GenChallenge=ctx.gen_challenge)
    return ctx.send(req, AuthorizationPhase(), delay=delay, signature=ctx.pnc.sign(req))


class AuthorizationPhase(Phase[ISO2Context, iso2.AuthorizationRes]):
    response = iso2.AuthorizationRes

    def handle(self, ctx: ISO2Context, res: iso2.AuthorizationRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not dt.EVSEProcessingType.Finished:
            why = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "Authorization")
            if why:
                return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, why, error=True)
            return authorization_request(ctx, delay=ctx.config.ongoing_poll_interval_s)
        ctx.contract_authorized = ctx.payment is dt.paymentOptionType.Contract
        return charge_parameter_discovery(ctx, ev, now)


# ---------------------------------------------------------------------- parameters and schedules


def charge_parameter_discovery(ctx: ISO2Context, ev: EVStatus, now: float, *, delay: float = 0.0,
                               actions: tuple[Action, ...] = ()) -> Step:
    lim = ev.limits
    departure = ctx.remaining_departure(now)
    energy = max(0.0, (ctx.settings.target_soc - ev.present_soc) / 100 * ev.battery_capacity_wh)
    parameter: dt.EVChargeParameterType
    if ctx.dc:
        parameter = dt.DC_EVChargeParameter(
            DepartureTime=departure,
            DC_EVStatus=dc_ev_status(ev),
            EVMaximumCurrentLimit=physical(lim.max_charge_current_a, A),
            EVMaximumPowerLimit=physical(lim.max_charge_power_w, W),
            EVMaximumVoltageLimit=physical(lim.max_voltage_v, V),
            EVEnergyCapacity=physical(ev.battery_capacity_wh, WH),
            EVEnergyRequest=physical(energy, WH),
            FullSOC=100,
            BulkSOC=min(100, round(ctx.settings.target_soc)),
        )
    else:
        per_phase = lim.max_charge_power_w / (ctx.evse_nominal_voltage_v * ctx.phases_in_use)
        parameter = dt.AC_EVChargeParameter(
            DepartureTime=departure,
            EAmount=physical(energy, WH),
            EVMaxVoltage=physical(AC_MAX_VOLTAGE_V, V),
            EVMaxCurrent=physical(min(lim.max_charge_current_a, per_phase), A),
            EVMinCurrent=physical(lim.min_charge_current_a, A),
        )
    assert ctx.energy_mode is not None
    req = iso2.ChargeParameterDiscoveryReq(
        MaxEntriesSAScheduleTuple=min(ctx.config.max_supporting_points, 65535),
        RequestedEnergyTransferMode=ctx.energy_mode,
        EVChargeParameter=parameter,
    )
    return ctx.send(req, ChargeParameterDiscoveryPhase(), delay=delay, actions=actions)


def _unverified_tariff(ctx: ISO2Context, res: iso2.ChargeParameterDiscoveryRes,
                       schedules: dt.SAScheduleListType) -> str | None:
    """PnC: why the SalesTariffs' Header Signature fails against the contract chain's sub-CAs (None: fine
    or no tariff / EIM)."""
    if ctx.payment is not dt.paymentOptionType.Contract or ctx.pnc is None:
        return None
    if all(tup.SalesTariff is None for tup in schedules.SAScheduleTuple):
        return None
    try:
        chain = security.chain_certificates(ctx.pnc.contract_chain())
        security.verify_sales_tariffs(res, ctx.response_signature, chain)
    except SecurityError as error:
        return f"SalesTariff rejected: {error}"
    return None


def choose_schedule(tuples: list[dt.SAScheduleTupleType]) -> dt.SAScheduleTupleType:
    """The EV's choice among the offered SAScheduleTuples: the cheapest price level at the start when
    every tuple carries a SalesTariff with EPriceLevels, else the SECC's first."""
    def start_price(t: dt.SAScheduleTupleType) -> int | None:
        if t.SalesTariff is None or not t.SalesTariff.SalesTariffEntry:
            return None
        return t.SalesTariff.SalesTariffEntry[0].EPriceLevel

    prices = [start_price(t) for t in tuples]
    if all(p is not None for p in prices):
        return min(zip(prices, range(len(tuples)), tuples), key=lambda x: (x[0], x[1]))[2]
    return tuples[0]


def _entry_start(entry: dt.PMaxScheduleEntryType) -> int:
    interval = entry.TimeInterval
    assert isinstance(interval, dt.RelativeTimeIntervalType), "the -2 schema carries only RelativeTimeInterval here"
    return interval.start


def _entries(schedule: dt.SAScheduleTupleType) -> list[dt.PMaxScheduleEntryType]:
    """PMaxScheduleEntries in time order (a charger may list them otherwise)."""
    return sorted(schedule.PMaxSchedule.PMaxScheduleEntry, key=_entry_start)


def pmax_at(schedule: dt.SAScheduleTupleType | None, elapsed_s: float) -> float | None:
    """The PMax in force `elapsed_s` after the schedule started (the last entry holds to its end)."""
    if schedule is None:
        return None
    current = None
    for entry in _entries(schedule):
        if _entry_start(entry) <= elapsed_s:
            current = from_physical(entry.PMax)
    return current


def charging_profile(ctx: ISO2Context, ev: EVStatus) -> dt.ChargingProfileType:
    """What the EV plans to draw, within the chosen PMaxSchedule and its own limit (at most 24 entries:
    the last one caps the rest of the schedule with its lowest PMax, so the profile never exceeds it)."""
    assert ctx.schedule is not None
    entries = _entries(ctx.schedule)
    plan = [(_entry_start(e), min(from_physical(e.PMax), ev.limits.max_charge_power_w)) for e in entries]
    if len(plan) > MAX_PROFILE_ENTRIES:
        head, rest = plan[: MAX_PROFILE_ENTRIES - 1], plan[MAX_PROFILE_ENTRIES - 1:]
        plan = head + [(rest[0][0], min(p for _, p in rest))]
    phases = None if ctx.dc else ctx.phases_in_use
    return dt.ChargingProfileType(ProfileEntry=[
        dt.ProfileEntryType(ChargingProfileEntryStart=start, ChargingProfileEntryMaxPower=physical(power, W),
                            ChargingProfileEntryMaxNumberOfPhasesInUse=phases)
        for start, power in plan
    ])


def _cpd_limits(ctx: ISO2Context, parameter: dt.EVSEChargeParameterType) -> EVSELimits:
    if isinstance(parameter, dt.DC_EVSEChargeParameterType):
        return EVSELimits(
            max_charge_power_w=from_physical(parameter.EVSEMaximumPowerLimit),
            max_charge_current_a=from_physical(parameter.EVSEMaximumCurrentLimit),
            max_voltage_v=from_physical(parameter.EVSEMaximumVoltageLimit),
            min_voltage_v=from_physical(parameter.EVSEMinimumVoltageLimit),
        )
    assert isinstance(parameter, dt.AC_EVSEChargeParameterType)
    ctx.evse_nominal_voltage_v = from_physical(parameter.EVSENominalVoltage) or ctx.evse_nominal_voltage_v
    current = from_physical(parameter.EVSEMaxCurrent)
    return EVSELimits(max_charge_current_a=current,
                      max_charge_power_w=current * ctx.evse_nominal_voltage_v * ctx.phases_in_use,
                      extra={"EVSENominalVoltage": ctx.evse_nominal_voltage_v})


def _evse_status(parameter: dt.EVSEChargeParameterType) -> dt.EVSEStatusType | None:
    if isinstance(parameter, dt.DC_EVSEChargeParameterType):
        return parameter.DC_EVSEStatus
    if isinstance(parameter, dt.AC_EVSEChargeParameterType):
        return parameter.AC_EVSEStatus
    return None


class ChargeParameterDiscoveryPhase(Phase[ISO2Context, iso2.ChargeParameterDiscoveryRes]):
    response = iso2.ChargeParameterDiscoveryRes

    def handle(self, ctx: ISO2Context, res: iso2.ChargeParameterDiscoveryRes, ev: EVStatus, now: float) -> Step:
        wanted = dt.DC_EVSEChargeParameterType if ctx.dc else dt.AC_EVSEChargeParameterType
        if not isinstance(res.EVSEChargeParameter, wanted):
            return ctx.fail(f"ChargeParameterDiscoveryRes with {type(res.EVSEChargeParameter).__name__} "
                             f"for {ctx.energy_mode.value if ctx.energy_mode else '?'}")
        if res.EVSEProcessing is not dt.EVSEProcessingType.Finished:
            why = ctx.ongoing(now, ctx.config.timing.evcc_ongoing_timeout, "ChargeParameterDiscovery")
            if why:
                return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, why, error=True)
            return charge_parameter_discovery(ctx, ev, now, delay=ctx.config.ongoing_poll_interval_s)
        stop = evse_notification(ctx, _evse_status(res.EVSEChargeParameter), ev, now, renegotiate=False)
        if stop is not None:
            return stop
        schedules = res.SASchedules
        if not isinstance(schedules, dt.SAScheduleListType) or not schedules.SAScheduleTuple:
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, "no SAScheduleList offered", error=True)
        why = _unverified_tariff(ctx, res, schedules)
        if why is not None:  # -2: the EV must not use a SalesTariff it could not verify
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, why, error=True)
        ctx.evse_limits = _cpd_limits(ctx, res.EVSEChargeParameter)
        ctx.schedule = choose_schedule(schedules.SAScheduleTuple)
        ctx.schedule_started = now
        actions: tuple[Action, ...] = (EVSELimitsChanged(ctx.evse_limits),
                                       Event("ScheduleSelected", str(ctx.schedule.SAScheduleTupleID)))
        if ctx.renegotiating:
            ctx.renegotiating = False
            return power_delivery_request(ctx, dt.chargeProgressType.Start, ev, now, actions=actions)
        if ctx.dc:
            return ctx.send(iso2.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), CableCheckPhase(), actions=actions)
        return power_delivery_request(ctx, dt.chargeProgressType.Start, ev, now,
                                      actions=actions + (SetContactors(True),))


# ---------------------------------------------------------------------- DC preparation


class CableCheckPhase(Phase[ISO2Context, iso2.CableCheckRes]):
    response = iso2.CableCheckRes

    def handle(self, ctx: ISO2Context, res: iso2.CableCheckRes, ev: EVStatus, now: float) -> Step:
        stop = evse_notification(ctx, res.DC_EVSEStatus, ev, now)
        if stop is not None:
            return stop
        if res.EVSEProcessing is not dt.EVSEProcessingType.Finished:
            why = ctx.ongoing(now, ctx.config.timing.evcc_cable_check_timeout, "CableCheck")
            if why:
                return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, why, error=True)
            return ctx.send(iso2.CableCheckReq(DC_EVStatus=dc_ev_status(ev)), CableCheckPhase(),
                        delay=ctx.config.ongoing_poll_interval_s)
        isolation = res.DC_EVSEStatus.EVSEIsolationStatus
        if isolation in (dt.isolationLevelType.Fault, dt.isolationLevelType.Invalid):
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, f"cable check: isolation {isolation.value}",
                              error=True)
        return precharge_request(ctx, ev)


def precharge_request(ctx: ISO2Context, ev: EVStatus, *, delay: float = 0.0) -> Step:
    req = iso2.PreChargeReq(DC_EVStatus=dc_ev_status(ev), EVTargetVoltage=physical(ev.present_voltage_v, V),
                            EVTargetCurrent=physical(PRECHARGE_CURRENT_A, A))
    return ctx.send(req, PreChargePhase(), delay=delay)


class PreChargePhase(Phase[ISO2Context, iso2.PreChargeRes]):
    response = iso2.PreChargeRes

    def handle(self, ctx: ISO2Context, res: iso2.PreChargeRes, ev: EVStatus, now: float) -> Step:
        stop = evse_notification(ctx, res.DC_EVSEStatus, ev, now)
        if stop is not None:
            return stop
        evse_voltage = from_physical(res.EVSEPresentVoltage)
        tolerance = ctx.config.precharge_tolerance_v
        if abs(evse_voltage - ev.present_voltage_v) <= tolerance:
            return power_delivery_request(ctx, dt.chargeProgressType.Start, ev, now, actions=(SetContactors(True),))
        limit = ctx.config.timing.evcc_pre_charge_timeout
        if ctx.ongoing(now, limit, "PreCharge"):
            # -2 allows only PreChargeReq or PowerDeliveryReq here: out by PowerDelivery Stop.
            reason = (f"pre-charge did not converge: EVSE stayed at {evse_voltage:g} V, battery at "
                      f"{ev.present_voltage_v:g} V (tolerance {tolerance:g} V) for {limit:g} s")
            return begin_stop(ctx, ev, dt.chargingSessionType.Terminate, reason, error=True, power_delivery=True,
                              actions=(Event("PreChargeFailed", reason),))
        return precharge_request(ctx, ev, delay=ctx.config.ongoing_poll_interval_s)


# ---------------------------------------------------------------------- power delivery


def power_delivery_request(ctx: ISO2Context, progress: dt.chargeProgressType, ev: EVStatus, now: float, *,
                           actions: tuple[Action, ...] = ()) -> Step:
    profile = None
    parameter = None
    if progress is dt.chargeProgressType.Start:
        profile = charging_profile(ctx, ev)
        if any(isinstance(a, SetContactors) and a.closed for a in actions):
            ctx.contactors_closed = ctx.energized = True
    if ctx.dc:
        parameter = dt.DC_EVPowerDeliveryParameter(
            DC_EVStatus=dc_ev_status(ev), ChargingComplete=ev.present_soc >= ctx.settings.target_soc)
    schedule_id = ctx.schedule.SAScheduleTupleID if ctx.schedule is not None else 1
    req = iso2.PowerDeliveryReq(ChargeProgress=progress, SAScheduleTupleID=schedule_id, ChargingProfile=profile,
                                EVPowerDeliveryParameter=parameter)
    phase: Phase[ISO2Context, iso2.PowerDeliveryRes] = {
        dt.chargeProgressType.Start: PowerDeliveryStartPhase,
        dt.chargeProgressType.Renegotiate: PowerDeliveryRenegotiatePhase,
        dt.chargeProgressType.Stop: PowerDeliveryStopPhase}[progress]()
    return ctx.send(req, phase, actions=actions)


class PowerDeliveryStartPhase(Phase[ISO2Context, iso2.PowerDeliveryRes]):
    response = iso2.PowerDeliveryRes

    def handle(self, ctx: ISO2Context, res: iso2.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        ctx.charging = True
        stop = evse_notification(ctx, res.EVSEStatus, ev, now)
        if stop is not None:
            return stop
        return charge_loop_request(ctx, ev, now=now, actions=(Event("PowerDeliveryStarted", ctx.evse_id),))


class PowerDeliveryRenegotiatePhase(Phase[ISO2Context, iso2.PowerDeliveryRes]):
    response = iso2.PowerDeliveryRes

    def handle(self, ctx: ISO2Context, res: iso2.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        ctx.renegotiating = True
        return charge_parameter_discovery(ctx, ev, now, actions=(Event("Renegotiation"),))


class PowerDeliveryStopPhase(Phase[ISO2Context, iso2.PowerDeliveryRes]):
    response = iso2.PowerDeliveryRes

    def handle(self, ctx: ISO2Context, res: iso2.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        actions = ctx.power_off()
        if ctx.dc and ctx.energized:
            ctx.welding_tries = 0
            return ctx.send(iso2.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), WeldingDetectionPhase(),
                        actions=actions)
        return session_stop(ctx, actions)


class WeldingDetectionPhase(Phase[ISO2Context, iso2.WeldingDetectionRes]):
    response = iso2.WeldingDetectionRes

    def handle(self, ctx: ISO2Context, res: iso2.WeldingDetectionRes, ev: EVStatus, now: float) -> Step:
        voltage = from_physical(res.EVSEPresentVoltage)
        ctx.welding_tries += 1
        if voltage <= ctx.config.welding_voltage_v or ctx.welding_tries >= MAX_WELDING_DETECTION_REQUESTS:
            if ev.contactor_welded:
                ctx.end_error = True
                ctx.end_reason = f"{ctx.end_reason}; EV contactor welded".lstrip("; ")
                return session_stop(ctx, (Event("ContactorWelded", f"EVSE at {voltage:g} V"),))
            return session_stop(ctx, (Event("WeldingDetection", f"EVSE at {voltage:g} V"),))
        return ctx.send(iso2.WeldingDetectionReq(DC_EVStatus=dc_ev_status(ev)), WeldingDetectionPhase(),
                    delay=ctx.config.ongoing_poll_interval_s)


class SessionStopPhase(Phase[ISO2Context, iso2.SessionStopRes]):
    response = iso2.SessionStopRes

    def handle(self, ctx: ISO2Context, res: iso2.SessionStopRes, ev: EVStatus, now: float) -> Step:
        kind = EndKind.Paused if ctx.ending is dt.chargingSessionType.Pause else EndKind.Terminated
        return ctx.end(kind, ctx.end_reason, error=ctx.end_error,
                       actions=(Event("SessionStopped", f"{kind.value}: {ctx.end_reason}"),))


# ---------------------------------------------------------------------- charge loop


def _wanted_power(ctx: ISO2Context, ev: EVStatus, now: float) -> float:
    """What the EV draws now: its wish within its limit, the schedule's PMax and the EVSE's maximum."""
    caps = [ev.limits.max_charge_power_w]
    pmax = pmax_at(ctx.schedule, (now - ctx.schedule_started) * ctx.config.time_scale)
    if pmax is not None:
        caps.append(pmax)
    if ctx.evse_limits.max_charge_power_w is not None:
        caps.append(ctx.evse_limits.max_charge_power_w)
    return clip(ev.desired_power_w, 0.0, min(caps))


def charge_loop_request(ctx: ISO2Context, ev: EVStatus, *, now: float = 0.0, delay: float = 0.0,
                        actions: tuple[Action, ...] = ()) -> Step:
    if not ctx.dc:
        return ctx.send(iso2.ChargingStatusReq(), ChargingStatusPhase(), delay=delay, actions=actions)
    lim = ev.limits
    current = _wanted_power(ctx, ev, now) / max(ev.present_voltage_v, 1.0)
    current = min(current, lim.max_charge_current_a)
    if ctx.evse_limits.max_charge_current_a is not None:
        current = min(current, ctx.evse_limits.max_charge_current_a)
    req = iso2.CurrentDemandReq(
        DC_EVStatus=dc_ev_status(ev),
        EVTargetCurrent=physical(current, A),
        EVMaximumVoltageLimit=physical(lim.max_voltage_v, V),
        EVMaximumCurrentLimit=physical(lim.max_charge_current_a, A),
        EVMaximumPowerLimit=physical(lim.max_charge_power_w, W),
        BulkChargingComplete=False,
        ChargingComplete=ev.present_soc >= ctx.settings.target_soc,
        EVTargetVoltage=physical(ev.target_voltage_v, V),
    )
    return ctx.send(req, CurrentDemandPhase(), delay=delay, actions=actions)


def _after_loop(ctx: ISO2Context, res: iso2.ChargingStatusRes | iso2.CurrentDemandRes, status: dt.EVSEStatusType,
                ev: EVStatus, now: float, actions: list[Action]) -> Step:
    """Shared end of both charge loops: EVSE notification, receipt, the EV's own reasons to stop."""
    ctx.charge_loops += 1
    step = evse_notification(ctx, status, ev, now)
    if step is None and res.ReceiptRequired and res.MeterInfo is not None and ctx.contract_authorized:
        step = metering_receipt(ctx, res.MeterInfo)
    cfg = ctx.config
    if step is None:
        if cfg.pause_after_loops is not None and not ctx.paused_before and ctx.charge_loops >= cfg.pause_after_loops:
            step = begin_stop(ctx, ev, dt.chargingSessionType.Pause, "EV pauses (pause_after_loops)")
        elif cfg.max_charge_loops is not None and ctx.charge_loops >= cfg.max_charge_loops:
            step = begin_stop(ctx, ev, dt.chargingSessionType.Terminate, f"EV done after {ctx.charge_loops} loops")
        elif cfg.stop_at_target_soc and ev.present_soc >= min(ctx.settings.target_soc, 100.0):
            step = begin_stop(ctx, ev, dt.chargingSessionType.Terminate,
                              f"target SoC {ctx.settings.target_soc:g} % reached")
        else:
            return charge_loop_request(ctx, ev, now=now, delay=cfg.charge_loop_interval_s, actions=tuple(actions))
    return replace(step, actions=tuple(actions) + step.actions)


def _updated(value: dt.PhysicalValueType | None, old: float | None) -> float | None:
    """A limit the EVSE may leave out of a response: absent means unchanged."""
    return old if value is None else from_physical(value)


def _limits_changed(ctx: ISO2Context, limits: EVSELimits, actions: list[Action]) -> None:
    if limits != ctx.evse_limits:
        ctx.evse_limits = limits
        actions.append(EVSELimitsChanged(limits))


class ChargingStatusPhase(Phase[ISO2Context, iso2.ChargingStatusRes]):
    response = iso2.ChargingStatusRes

    def handle(self, ctx: ISO2Context, res: iso2.ChargingStatusRes, ev: EVStatus, now: float) -> Step:
        actions: list[Action] = []
        if res.EVSEMaxCurrent is not None:
            current = from_physical(res.EVSEMaxCurrent)
            _limits_changed(ctx, replace(ctx.evse_limits, max_charge_current_a=current,
                                         max_charge_power_w=current * ctx.evse_nominal_voltage_v * ctx.phases_in_use),
                            actions)
        power = _wanted_power(ctx, ev, now)
        ctx.power_w = power
        actions.insert(0, PowerTransfer(power))
        return _after_loop(ctx, res, res.AC_EVSEStatus, ev, now, actions)


class CurrentDemandPhase(Phase[ISO2Context, iso2.CurrentDemandRes]):
    response = iso2.CurrentDemandRes

    def handle(self, ctx: ISO2Context, res: iso2.CurrentDemandRes, ev: EVStatus, now: float) -> Step:
        voltage = from_physical(res.EVSEPresentVoltage)
        power = PowerTransfer(voltage * from_physical(res.EVSEPresentCurrent), voltage)
        ctx.power_w = power.power_w
        actions: list[Action] = [power]
        old = ctx.evse_limits
        _limits_changed(ctx, replace(
            old,
            max_charge_power_w=_updated(res.EVSEMaximumPowerLimit, old.max_charge_power_w),
            max_charge_current_a=_updated(res.EVSEMaximumCurrentLimit, old.max_charge_current_a),
            max_voltage_v=_updated(res.EVSEMaximumVoltageLimit, old.max_voltage_v),
        ), actions)
        return _after_loop(ctx, res, res.DC_EVSEStatus, ev, now, actions)


def metering_receipt(ctx: ISO2Context, meter: dt.MeterInfoType) -> Step:
    """ReceiptRequired under PnC: the EV signs the SECC's MeterInfo with its contract key."""
    assert ctx.pnc is not None
    req = iso2.MeteringReceiptReq(Id="ID1", SessionID=ctx.session_id, SAScheduleTupleID=ctx.schedule_id, MeterInfo=meter)
    event = Event("MeteringReceipt", str(meter.MeterReading))
    return ctx.send(req, MeteringReceiptPhase(), actions=(event,), signature=ctx.pnc.sign(req))


class MeteringReceiptPhase(Phase[ISO2Context, iso2.MeteringReceiptRes]):
    response = iso2.MeteringReceiptRes

    def handle(self, ctx: ISO2Context, res: iso2.MeteringReceiptRes, ev: EVStatus, now: float) -> Step:
        stop = evse_notification(ctx, res.EVSEStatus, ev, now)
        if stop is not None:
            return stop
        return charge_loop_request(ctx, ev, now=now, delay=ctx.config.charge_loop_interval_s)
