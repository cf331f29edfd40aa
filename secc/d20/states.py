"""The ISO 15118-20 SECC states: one state per -20 message pair, each a pure handler (see secc.state).

secc/d20/__init__.py registers them (with precheck and the runner's hooks) as the "ISO15118-20" protocol.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.x509 import load_der_x509_certificate

from iso15118.messages import ac, app_protocol, common_messages as cm, dc
from iso15118.messages.common_types import (
    Dynamic_CLReqControlModeType,
    EVSEStatusType,
    MeterInfoType,
    evseNotificationType,
    processingType,
    responseCodeType,
)
from iso15118.session import vocabulary as P
from iso15118.session.units import from_rational as F
from iso15118.session.units import GEN_CHALLENGE_LENGTH, SESSION_ID_LENGTH, discharge_magnitude, header
from iso15118.session.units import to_rational as R
from iso15118.session.vocabulary import clip, ongoing_expired
from iso15118.security.errors import SecurityError, response_code
from iso15118.security.xmldsig import verify_message
from secc.authorization import PnCAuthorizer, PnCResult
from secc.grid.chargeloop import EVPowerRequest, ac_dynamic_limits, dc_dynamic_limits
from secc.d20.context import D20Context
from secc.context import (
    SessionContext,
    Action,
    CloseContactors,
    EVParameters,
    MeteringConfirmed,
    Outcome,
    PowerOff,
    Schedule,
    SessionStarted,
    SetACPower,
    SetDCOutput,
)
from secc.state import Env, State, cable_check_status, evse_power_limits, loop_readings, session_caps
from secc.controller import (
    ACLimits,
    AuthorizationRequest,
    AuthorizationStatus,
    ControlMode,
    DCLimits,
    DCMeasurement,
    EnergyService,
    EVChargeNeeds,
    EVPowerProfile,
    EVSEController,
    EVSENotification,
    IsolationStatus,
    MeterReading,
    MobilityNeeds,
    ScheduleOffer,
    SetpointRequest,
)
from secc.d20.responses import error_response, fail
from secc.d20.sequence import When, next_allowed

OK = responseCodeType.OK
FINISHED = processingType.Finished
ONGOING = processingType.Ongoing
STOPPING_NOTIFICATIONS = (EVSENotification.Terminate, EVSENotification.Pause, EVSENotification.ServiceRenegotiation)
PRICE_ALGORITHM = "urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power"
INSTALLATION_ANSWER_MARGIN_S = 0.5  # answer Ongoing this long before V2G_SECC_Msg_Performance_Time ends

logger = logging.getLogger(__name__)


def ok(cls: type, ctx: D20Context, code: responseCodeType = OK, **body: Any) -> Any:
    return cls(Header=header(ctx.session_id, ctx.timestamp()), ResponseCode=code, **body)


# --- communication setup ---------------------------------------------------------------------


class SessionSetup(State):
    request = cm.SessionSetupReq

    async def gather(self, env: Env, ctx: D20Context, req: cm.SessionSetupReq) -> SessionContext | None:
        return env.paused.take(req.Header.SessionID)

    def handle(self, ctx: D20Context, req: cm.SessionSetupReq, paused: SessionContext | None, now: float) -> Outcome:
        ctx.evcc_id = req.EVCCID
        code = responseCodeType.OK_NewSessionEstablished
        when = When.NEW
        if isinstance(paused, D20Context) and paused.is_dc == ctx.is_dc:  # a DIN/-2 pause never resumes as -20
            ctx.resume_from(paused)
            code = responseCodeType.OK_OldSessionJoined
            # [V2G20-1032]: a resumed session goes on with {AC,DC}_ChargeParameterDiscoveryReq (the
            # authorization and the selected service still hold); leniency 2 (secc.d20.sequence).
            when = When.RESUMED
        else:
            ctx.session_id = ctx.random_bytes(SESSION_ID_LENGTH)
        return Outcome(
            ok(cm.SessionSetupRes, ctx, code, EVSEID=ctx.config.evse_id),
            allowed=next_allowed(ctx, self.request, when),
            actions=(SessionStarted(),),
        )


# --- authorization ---------------------------------------------------------------------------


class AuthorizationSetup(State):
    request = cm.AuthorizationSetupReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> tuple[bool, bool, list[str] | None]:
        if env.pnc is None:
            return False, False, None
        return True, env.pnc.installs_certificates, env.pnc.supported_providers

    def handle(self, ctx: D20Context, req: Any, snap: tuple[bool, bool, list[str] | None], now: float) -> Outcome:
        pnc_available, installs, providers = snap
        methods = tuple(m for m in ctx.config.authorization_methods if m != "PnC" or pnc_available)
        ctx.offered_authorization = methods or ("EIM",)
        body: dict[str, Any] = {
            "AuthorizationServices": [cm.authorizationType(m) for m in ctx.offered_authorization],
            "CertificateInstallationService": ctx.config.certificate_installation and installs,
        }
        if "PnC" in ctx.offered_authorization:
            ctx.gen_challenge = ctx.random_bytes(GEN_CHALLENGE_LENGTH)
            body["PnC_ASResAuthorizationMode"] = cm.PnC_ASResAuthorizationModeType(
                GenChallenge=ctx.gen_challenge,
                SupportedProviders=cm.SupportedProvidersListType(ProviderID=providers) if providers else None,
            )
        else:
            body["EIM_ASResAuthorizationMode"] = cm.EIM_ASResAuthorizationModeType()
        when = When.INSTALLATION_OFFERED if body["CertificateInstallationService"] else When.DONE
        return Outcome(ok(cm.AuthorizationSetupRes, ctx, **body), allowed=next_allowed(ctx, self.request, when))


class CertificateInstallation(State):
    """Forwarded to the PnC hook's backend (a CPS round trip); only reachable when it was offered.

    The backend call outlives one request: while it runs the SECC answers EVSEProcessing=Ongoing (the
    EV repeats its request) until V2G_SECC_Ongoing_Timeout; a refusal carries the -20 code of its reason.
    """

    request = cm.CertificateInstallationReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> Any:
        assert env.pnc is not None  # offered only with a PnC authorizer
        task = env.installation
        if task is None:
            task = env.installation = asyncio.ensure_future(env.pnc.install_certificate(req, ctx.info()))
        budget = ctx.config.timing.secc_performance(self.request.__name__) - INSTALLATION_ANSWER_MARGIN_S
        done, _ = await asyncio.wait({task}, timeout=max(budget, 0.0))
        if not done:
            return ONGOING
        env.installation = None
        try:
            return task.result()
        except SecurityError as error:
            logger.warning("certificate installation refused: %s", error)
            return responseCodeType(response_code(error, self.request.__name__))
        except Exception:  # a broken backend is this request's failure, not the server's
            logger.exception("certificate installation backend failed")
            return responseCodeType.FAILED

    def handle(self, ctx: D20Context, req: Any, res: Any, now: float) -> Outcome:
        again = next_allowed(ctx, self.request)
        if res is ONGOING:
            if ongoing_expired(ctx.ongoing_since, self.request.__name__, now, ctx.config.timing.ongoing_timeout):
                return fail(req, ctx, responseCodeType.FAILED, "certificate installation still ongoing after the ongoing timeout")
            ongoing = error_response(req, OK, ctx.session_id, ctx.timestamp())
            ongoing.EVSEProcessing = ONGOING
            return Outcome(ongoing, allowed=next_allowed(ctx, self.request, When.ONGOING))
        ctx.ongoing_since.pop(self.request.__name__, None)
        if isinstance(res, responseCodeType):
            if res.value.startswith("FAILED"):
                return fail(req, ctx, res, "certificate installation")
            return Outcome(error_response(req, res, ctx.session_id, ctx.timestamp()), allowed=again)
        signature = res.Header.Signature if res.Header is not None else None  # the CPS's, over SignedInstallationData
        res.Header = header(ctx.session_id, ctx.timestamp())
        res.Header.Signature = signature
        if res.ResponseCode.value.startswith("FAILED"):
            return Outcome(res, end=f"{res.ResponseCode.value}: certificate installation (backend)")
        return Outcome(res, allowed=again)


class Authorization(State):
    request = cm.AuthorizationReq

    async def gather(self, env: Env, ctx: D20Context, req: cm.AuthorizationReq) -> Any:
        method = req.SelectedAuthorizationService.value
        if method not in ctx.offered_authorization:
            return None
        if method == "PnC":
            if req.PnC_AReqAuthorizationMode is None or env.pnc is None or ctx.gen_challenge is None:
                return PnCResult(responseCodeType.FAILED)
            size = len(req.PnC_AReqAuthorizationMode.GenChallenge)
            if size != GEN_CHALLENGE_LENGTH:  # the decoder reads any length; it can never be the one we sent
                reason = f"GenChallenge of {size} bytes, {GEN_CHALLENGE_LENGTH} were sent"
                logger.warning("session %s: PnC refused (WARNING_ChallengeInvalid): %s", ctx.session_id.hex(), reason)
                return PnCResult(responseCodeType.WARNING_ChallengeInvalid, None, reason)
            result = await env.pnc.verify(req, ctx.gen_challenge, ctx.info())
            if not result.response_code.value.startswith("OK"):
                return result
            return result, await env.controller.authorize(ctx.info(), AuthorizationRequest("PnC", result.emaid))
        return await env.controller.authorize(ctx.info(), AuthorizationRequest("EIM"))

    def handle(self, ctx: D20Context, req: cm.AuthorizationReq, snap: Any, now: float) -> Outcome:
        retry = next_allowed(ctx, self.request, When.RETRY)
        if snap is None:
            return Outcome(
                ok(cm.AuthorizationRes, ctx, responseCodeType.WARNING_AuthorizationSelectionInvalid,
                   EVSEProcessing=FINISHED),
                allowed=retry,
            )
        still_deciding = isinstance(snap, tuple) and snap[1] not in (AuthorizationStatus.ACCEPTED, AuthorizationStatus.REJECTED)
        if req.SelectedAuthorizationService.value == "PnC" and not still_deciding:
            ctx.gen_challenge = None  # decided: a GenChallenge answers one authorization, never a replay
        if isinstance(snap, PnCResult):  # PnC verification failed: the hook's code, session goes on to stop
            code = snap.response_code
            out = Outcome(ok(cm.AuthorizationRes, ctx, code, EVSEProcessing=FINISHED),
                          allowed=next_allowed(ctx, self.request, When.REFUSED))
            if code.value.startswith("FAILED"):
                out.end = f"{code.value}: PnC authorization"
            return out
        code = OK
        if isinstance(snap, tuple):
            pnc_result, snap = snap
            code = pnc_result.response_code
        status: AuthorizationStatus = snap
        if status is AuthorizationStatus.ACCEPTED:
            ctx.authorized = True
            if req.PnC_AReqAuthorizationMode is not None:  # for MeteringConfirmation signatures later
                ctx.contract_certificate = req.PnC_AReqAuthorizationMode.ContractCertificateChain.Certificate
            ctx.ongoing_since.pop("Authorization", None)
            when = When.ACCEPTED_RESUMED if ctx.resumed and ctx.service is not None else When.ACCEPTED
            return Outcome(ok(cm.AuthorizationRes, ctx, code, EVSEProcessing=FINISHED),
                           allowed=next_allowed(ctx, self.request, when))
        if status is AuthorizationStatus.REJECTED:
            failure = (
                responseCodeType.WARNING_EIMAuthorizationFailure
                if req.SelectedAuthorizationService.value == "EIM"
                else responseCodeType.WARNING_GeneralPnCAuthorizationError
            )
            return Outcome(ok(cm.AuthorizationRes, ctx, failure, EVSEProcessing=FINISHED),
                           allowed=next_allowed(ctx, self.request, When.REFUSED))
        if ongoing_expired(ctx.ongoing_since, "Authorization", now, ctx.config.timing.ongoing_timeout):
            return fail(req, ctx, responseCodeType.FAILED, "authorization still ongoing after the ongoing timeout")
        processing = (
            processingType.Ongoing_WaitingForCustomerInteraction
            if status is AuthorizationStatus.ONGOING_WAITING_FOR_CUSTOMER
            else ONGOING
        )
        return Outcome(ok(cm.AuthorizationRes, ctx, EVSEProcessing=processing), allowed=retry)


# --- services --------------------------------------------------------------------------------


def _parameter(name: str, value: int) -> cm.ParameterType:
    return cm.ParameterType(Name=name, intValue=value)


def parameter_sets(ctx: D20Context, service: EnergyService) -> list[cm.ParameterSetType]:
    """One parameter set per control mode we offer; ParameterSetID = ControlMode value."""
    cfg = ctx.config
    sets = []
    for mode in cfg.control_modes:
        params = [
            _parameter(P.PARAM_CONNECTOR, cfg.dc_connector if service.is_dc else cfg.ac_connector),
            _parameter(P.PARAM_CONTROL_MODE, int(mode)),
        ]
        if not service.is_dc:
            params.append(_parameter(P.PARAM_EVSE_NOMINAL_VOLTAGE, 230))
        params.append(_parameter(P.PARAM_MOBILITY_NEEDS_MODE, cfg.mobility_needs_mode if mode is ControlMode.Dynamic else 1))
        params.append(_parameter(P.PARAM_PRICING, {"none": 0, "absolute": 1, "levels": 2}[cfg.pricing.kind]))
        if service.is_bpt:
            params.append(_parameter(P.PARAM_BPT_CHANNEL, cfg.bpt_channel))
            params.append(_parameter(P.PARAM_GENERATOR_MODE, cfg.generator_mode))
            if not service.is_dc:
                params.append(_parameter(P.PARAM_GRID_CODE_ISLANDING_DETECTION_METHOD, cfg.islanding_detection))
        sets.append(cm.ParameterSetType(ParameterSetID=int(mode), Parameter=params))
    return sets


class ServiceDiscovery(State):
    request = cm.ServiceDiscoveryReq

    def handle(self, ctx: D20Context, req: cm.ServiceDiscoveryReq, snap: Any, now: float) -> Outcome:
        domain = [s for s in ctx.config.services if s.is_dc == ctx.is_dc]
        if req.SupportedServiceIDs is not None:
            wanted = set(req.SupportedServiceIDs.ServiceID)
            domain = [s for s in domain if int(s) in wanted] or domain
        ctx.offered_services = tuple(domain)
        services = [cm.ServiceType(ServiceID=int(s), FreeService=ctx.config.free_service) for s in domain]
        res = ok(
            cm.ServiceDiscoveryRes,
            ctx,
            ServiceRenegotiationSupported=ctx.config.service_renegotiation_supported,
            EnergyTransferServiceList=cm.ServiceListType(Service=services),
        )
        return Outcome(res, allowed=next_allowed(ctx, self.request))


class ServiceDetail(State):
    request = cm.ServiceDetailReq

    def handle(self, ctx: D20Context, req: cm.ServiceDetailReq, snap: Any, now: float) -> Outcome:
        if req.ServiceID not in [int(s) for s in ctx.offered_services]:
            return fail(req, ctx, responseCodeType.FAILED_ServiceIDInvalid, f"service {req.ServiceID} not offered")
        service = EnergyService(req.ServiceID)
        res = ok(
            cm.ServiceDetailRes,
            ctx,
            ServiceID=req.ServiceID,
            ServiceParameterList=cm.ServiceParameterListType(ParameterSet=parameter_sets(ctx, service)),
        )
        return Outcome(res, allowed=next_allowed(ctx, self.request))


class ServiceSelection(State):
    request = cm.ServiceSelectionReq

    def handle(self, ctx: D20Context, req: cm.ServiceSelectionReq, snap: Any, now: float) -> Outcome:
        selected = req.SelectedEnergyTransferService
        offered = {int(s) for s in ctx.offered_services}
        modes = {int(m) for m in ctx.config.control_modes}
        if selected.ServiceID not in offered or selected.ParameterSetID not in modes:
            return fail(
                req, ctx, responseCodeType.FAILED_ServiceSelectionInvalid,
                f"service {selected.ServiceID} / parameter set {selected.ParameterSetID} not offered",
            )
        if req.SelectedVASList is not None and req.SelectedVASList.SelectedService:
            return fail(req, ctx, responseCodeType.FAILED_ServiceSelectionInvalid, "no value-added services offered")
        ctx.service = EnergyService(selected.ServiceID)
        ctx.control_mode = ControlMode(selected.ParameterSetID)
        ctx.parameter_set_id = selected.ParameterSetID
        return Outcome(ok(cm.ServiceSelectionRes, ctx), allowed=next_allowed(ctx, self.request))


# --- charge parameters and schedules -----------------------------------------------------------


class ACChargeParameterDiscovery(State):
    request = ac.AC_ChargeParameterDiscoveryReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> ACLimits:
        return await env.controller.ac_limits()

    def handle(self, ctx: D20Context, req: ac.AC_ChargeParameterDiscoveryReq, limits: ACLimits, now: float) -> Outcome:
        mode: Any = req.AC_CPDReqEnergyTransferMode
        bpt = isinstance(mode, ac.BPT_AC_CPDReqEnergyTransferModeType)
        if ctx.service is None or ctx.service.is_dc or bpt != ctx.service.is_bpt:
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "energy transfer mode does not match the service")
        ev = EVParameters(max_charge_power_w=F(mode.EVMaximumChargePower), min_charge_power_w=F(mode.EVMinimumChargePower))
        if bpt:
            ev.max_discharge_power_w = discharge_magnitude(mode.EVMaximumDischargePower)
            ev.min_discharge_power_w = discharge_magnitude(mode.EVMinimumDischargePower)
        if (ev.min_charge_power_w > ev.max_charge_power_w or ev.min_charge_power_w < 0
                or ev.min_discharge_power_w > ev.max_discharge_power_w
                or ev.min_charge_power_w > limits.max_charge_power_w):
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "EV power limits inconsistent or out of range")
        ctx.ev, ctx.evse_limits = ev, limits
        caps = session_caps(ctx)
        body = {
            "EVSEMaximumChargePower": R(caps.charge_w),
            "EVSEMinimumChargePower": R(limits.min_charge_power_w),
            "EVSENominalFrequency": R(limits.nominal_frequency_hz),
        }
        if bpt:
            res_mode: Any = ac.BPT_AC_CPDResEnergyTransferMode(
                **body,
                EVSEMaximumDischargePower=R(caps.discharge_w),
                EVSEMinimumDischargePower=R(limits.min_discharge_power_w),
            )
        else:
            res_mode = ac.AC_CPDResEnergyTransferMode(**body)
        return Outcome(
            ok(ac.AC_ChargeParameterDiscoveryRes, ctx, AC_CPDResEnergyTransferMode=res_mode),
            allowed=next_allowed(ctx, self.request),
        )


class DCChargeParameterDiscovery(State):
    request = dc.DC_ChargeParameterDiscoveryReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> DCLimits:
        return await env.controller.dc_limits()

    def handle(self, ctx: D20Context, req: dc.DC_ChargeParameterDiscoveryReq, limits: DCLimits, now: float) -> Outcome:
        mode: Any = req.DC_CPDReqEnergyTransferMode
        bpt = isinstance(mode, dc.BPT_DC_CPDReqEnergyTransferModeType)
        if ctx.service is None or not ctx.service.is_dc or bpt != ctx.service.is_bpt:
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "energy transfer mode does not match the service")
        ev = EVParameters(
            max_charge_power_w=F(mode.EVMaximumChargePower),
            min_charge_power_w=F(mode.EVMinimumChargePower),
            max_charge_current_a=F(mode.EVMaximumChargeCurrent),
            max_voltage_v=F(mode.EVMaximumVoltage),
            min_voltage_v=F(mode.EVMinimumVoltage),
            target_soc=mode.TargetSOC,
        )
        if bpt:
            ev.max_discharge_power_w = discharge_magnitude(mode.EVMaximumDischargePower)
            ev.min_discharge_power_w = discharge_magnitude(mode.EVMinimumDischargePower)
            ev.max_discharge_current_a = discharge_magnitude(mode.EVMaximumDischargeCurrent)
        if (ev.min_voltage_v > ev.max_voltage_v or ev.min_charge_power_w > ev.max_charge_power_w
                or ev.max_voltage_v < limits.min_voltage_v or ev.min_voltage_v > limits.max_voltage_v
                or ev.max_charge_current_a < 0):
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "EV voltage/power range does not fit the EVSE")
        ctx.ev, ctx.evse_limits = ev, limits
        caps = session_caps(ctx)
        body = {
            "EVSEMaximumChargePower": R(caps.charge_w),
            "EVSEMinimumChargePower": R(limits.min_charge_power_w),
            "EVSEMaximumChargeCurrent": R(limits.max_charge_current_a),
            "EVSEMinimumChargeCurrent": R(limits.min_charge_current_a),
            "EVSEMaximumVoltage": R(limits.max_voltage_v),
            "EVSEMinimumVoltage": R(limits.min_voltage_v),
        }
        if bpt:
            res_mode: Any = dc.BPT_DC_CPDResEnergyTransferMode(
                **body,
                EVSEMaximumDischargePower=R(caps.discharge_w),
                EVSEMinimumDischargePower=R(limits.min_discharge_power_w),
                EVSEMaximumDischargeCurrent=R(limits.max_discharge_current_a),
                EVSEMinimumDischargeCurrent=R(limits.min_discharge_current_a),
            )
        else:
            res_mode = dc.DC_CPDResEnergyTransferMode(**body)
        return Outcome(
            ok(dc.DC_ChargeParameterDiscoveryRes, ctx, DC_CPDResEnergyTransferMode=res_mode),
            allowed=next_allowed(ctx, self.request),
        )


def price_schedule(ctx: D20Context, anchor: int, energy_fee_per_kwh: float | None = None,
                   schedule_id: int = 1) -> dict[str, Any]:
    """The configured tariff (or this fee) as the price choice of a Charging/DischargingSchedule or of
    Dynamic_SEResControlMode; nothing when pricing is "none"."""
    pricing = ctx.config.pricing
    fee = pricing.energy_fee_per_kwh if energy_fee_per_kwh is None else energy_fee_per_kwh
    if pricing.kind == "absolute":
        return {
            "AbsolutePriceSchedule": cm.AbsolutePriceScheduleType(
                TimeAnchor=anchor,
                PriceScheduleID=schedule_id,
                Currency=pricing.currency,
                Language=pricing.language,
                PriceAlgorithm=PRICE_ALGORITHM,
                PriceRuleStacks=cm.PriceRuleStackListType(
                    PriceRuleStack=[
                        cm.PriceRuleStackType(
                            Duration=0,
                            PriceRule=[cm.PriceRuleType(EnergyFee=R(fee), PowerRangeStart=R(0))],
                        )
                    ]
                ),
            )
        }
    if pricing.kind == "levels":
        return {
            "PriceLevelSchedule": cm.PriceLevelScheduleType(
                TimeAnchor=anchor,
                PriceScheduleID=schedule_id,
                NumberOfPriceLevels=pricing.price_levels,
                PriceLevelScheduleEntries=cm.PriceLevelScheduleEntryListType(
                    PriceLevelScheduleEntry=[cm.PriceLevelScheduleEntryType(Duration=0, PriceLevel=0)]
                ),
            )
        }
    return {}


def _power_schedule(anchor: int, entries: list[tuple[int, float]]) -> cm.PowerScheduleType:
    return cm.PowerScheduleType(
        TimeAnchor=anchor,
        PowerScheduleEntries=cm.PowerScheduleEntryListType(
            PowerScheduleEntry=[cm.PowerScheduleEntryType(Duration=d, Power=R(p)) for d, p in entries]
        ),
    )


def schedule_tuples(ctx: D20Context, offers: list[ScheduleOffer] | None, duration: int,
                    max_points: int, anchor: int) -> list[cm.ScheduleTupleType]:
    """Offered schedules (or one flat schedule) capped at the EVSE/grid limits; fills ctx.schedules."""
    caps = session_caps(ctx)
    charge_cap, discharge_cap = caps.charge_w, caps.discharge_w
    offers = [offer for offer in offers or () if offer.charge]
    if not offers:
        offers = [ScheduleOffer(charge=((duration, charge_cap),), discharge=((duration, discharge_cap),))]
    ctx.schedules, tuples = {}, []
    for tuple_id, offer in enumerate(offers[:3], start=1):
        charge = [(d, min(max(p, 0.0), charge_cap)) for d, p in offer.charge[:max_points]]
        discharge = [(d, min(max(p, 0.0), discharge_cap)) for d, p in offer.discharge[:max_points]] if ctx.bpt else []
        ctx.schedules[tuple_id] = Schedule(
            tuple_id, max(p for _, p in charge), max((p for _, p in discharge), default=0.0), sum(d for d, _ in charge)
        )
        tuples.append(cm.ScheduleTupleType(
            ScheduleTupleID=tuple_id,
            ChargingSchedule=cm.ChargingScheduleType(
                PowerSchedule=_power_schedule(anchor, charge), **price_schedule(ctx, anchor, offer.energy_fee_per_kwh)
            ),
            # The tariff goes with the discharging schedule too: the XSD makes it optional, but an EV
            # that prices energy it gives back needs it (Josev's validator refuses a schedule without one).
            DischargingSchedule=(
                cm.ChargingScheduleType(
                    PowerSchedule=_power_schedule(anchor, [(d, -p) for d, p in discharge]),
                    **price_schedule(ctx, anchor, offer.energy_fee_per_kwh, schedule_id=2),
                )
                if discharge else None
            ),
        ))
    return tuples


def ev_charge_needs(ctx: D20Context, req: cm.ScheduleExchangeReq) -> EVChargeNeeds | None:
    """The EV's ChargeParameterDiscovery limits with what its ScheduleExchangeReq asks for."""
    mode = req.Dynamic_SEReqControlMode if ctx.control_mode is ControlMode.Dynamic else req.Scheduled_SEReqControlMode
    if mode is None or ctx.control_mode is None:
        return None
    ev = ctx.ev

    def energy(name: str) -> float | None:
        value = getattr(mode, name, None)
        return F(value) if value is not None else None

    return EVChargeNeeds(
        ctx.control_mode, ev.max_charge_power_w, ev.min_charge_power_w, ev.max_discharge_power_w,
        ev.min_discharge_power_w, ev.max_charge_current_a if ctx.is_dc else None, ev.max_voltage_v if ctx.is_dc else None,
        departure_time_s=mode.DepartureTime, target_soc=getattr(mode, "TargetSOC", None),
        minimum_soc=getattr(mode, "MinimumSOC", None), target_energy_wh=energy("EVTargetEnergyRequest"),
        max_energy_wh=energy("EVMaximumEnergyRequest"), min_energy_wh=energy("EVMinimumEnergyRequest"),
        max_v2x_energy_wh=energy("EVMaximumV2XEnergyRequest"), min_v2x_energy_wh=energy("EVMinimumV2XEnergyRequest"),
    )


class ScheduleExchange(State):
    request = cm.ScheduleExchangeReq

    async def gather(self, env: Env, ctx: D20Context, req: cm.ScheduleExchangeReq) -> tuple[Any, Any]:
        """(limits, mobility needs) in Dynamic mode, (limits, schedule offers) in Scheduled mode."""
        needs = ev_charge_needs(ctx, req)
        if needs is not None:
            await env.controller.ev_charge_needs(ctx.info(), needs)
        limits = await (env.controller.dc_limits() if ctx.is_dc else env.controller.ac_limits())
        extra: MobilityNeeds | list[ScheduleOffer] | None = None
        if ctx.control_mode is ControlMode.Dynamic and ctx.config.mobility_needs_mode == 2:
            extra = await env.controller.mobility_needs(ctx.info())
        elif ctx.control_mode is ControlMode.Scheduled and req.Scheduled_SEReqControlMode is not None:
            extra = await env.controller.schedule_offers(ctx.info(), req.Scheduled_SEReqControlMode.DepartureTime)
        return limits, extra

    def handle(self, ctx: D20Context, req: cm.ScheduleExchangeReq, snap: Any, now: float) -> Outcome:
        limits, extra = snap
        ctx.evse_limits = limits
        anchor = ctx.timestamp()
        if ctx.control_mode is ControlMode.Scheduled:
            if req.Scheduled_SEReqControlMode is None:
                return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "Scheduled mode selected, Dynamic request")
            ev_req: Any = req.Scheduled_SEReqControlMode
            ctx.departure_time = ev_req.DepartureTime
            duration = ev_req.DepartureTime or ctx.config.schedule_duration_s
            ctx.selected_schedule = None
            tuples = schedule_tuples(ctx, extra, duration, req.MaximumSupportingPoints, anchor)
            mode: dict[str, Any] = {"Scheduled_SEResControlMode": cm.Scheduled_SEResControlModeType(ScheduleTuple=tuples)}
        else:
            if req.Dynamic_SEReqControlMode is None:
                return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "Dynamic mode selected, Scheduled request")
            ev_req = req.Dynamic_SEReqControlMode
            ctx.departure_time = ev_req.DepartureTime
            ctx.minimum_soc, ctx.target_soc = ev_req.MinimumSOC, ev_req.TargetSOC
            needs: MobilityNeeds | None = extra
            if needs is not None:  # mobility needs provided by the SECC override the EV's
                if needs.departure_time_s is not None:
                    ctx.departure_time = needs.departure_time_s
                if needs.minimum_soc is not None:
                    ctx.minimum_soc = needs.minimum_soc
                if needs.target_soc is not None:
                    ctx.target_soc = needs.target_soc
            mode = {
                "Dynamic_SEResControlMode": cm.Dynamic_SEResControlModeType(
                    DepartureTime=ctx.departure_time,
                    MinimumSOC=ctx.minimum_soc,
                    TargetSOC=ctx.target_soc,
                    **price_schedule(ctx, anchor),
                )
            }
        ctx.schedules_exchanged = True
        if ctx.is_dc and not ctx.power_flowing:  # contactors open: isolation check and pre-charge again
            when = When.CONTACTORS_OPEN
        else:
            when = When.POWER_DELIVERY
        return Outcome(ok(cm.ScheduleExchangeRes, ctx, EVSEProcessing=FINISHED, **mode),
                       allowed=next_allowed(ctx, self.request, when))


# --- DC preparation ----------------------------------------------------------------------------


class DCCableCheck(State):
    request = dc.DC_CableCheckReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> IsolationStatus:
        return await cable_check_status(env, ctx, "DC_CableCheck")

    def handle(self, ctx: D20Context, req: Any, status: IsolationStatus, now: float) -> Outcome:
        if ongoing_expired(ctx.ongoing_since, "DC_CableCheck", now, ctx.config.timing.cable_check_timeout) and status is IsolationStatus.ONGOING:
            return fail(req, ctx, responseCodeType.FAILED, "cable check did not finish in time")
        if status is IsolationStatus.FAULT:
            return fail(req, ctx, responseCodeType.FAILED, "isolation fault")
        if status is IsolationStatus.ONGOING:
            return Outcome(ok(dc.DC_CableCheckRes, ctx, EVSEProcessing=ONGOING),
                           allowed=next_allowed(ctx, self.request, When.ONGOING))
        ctx.ongoing_since.pop("DC_CableCheck", None)
        return Outcome(ok(dc.DC_CableCheckRes, ctx, EVSEProcessing=FINISHED), allowed=next_allowed(ctx, self.request))


class DCPreCharge(State):
    request = dc.DC_PreChargeReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: D20Context, req: dc.DC_PreChargeReq, present: DCMeasurement, now: float) -> Outcome:
        target = F(req.EVTargetVoltage)
        limits = ctx.evse_limits
        assert isinstance(limits, DCLimits)
        if target < limits.min_voltage_v:
            # Skoda Enyaq asks for a target below its battery voltage, even below 0 (everest-core
            # `hack_skoda_enyaq`): pre-charge means matching the battery, so aim at EVPresentVoltage.
            # Only ever downwards-corrected: a target above the limits stays an error.
            logger.warning("pre-charge target %g V below the EVSE minimum: using EVPresentVoltage %g V",
                           target, F(req.EVPresentVoltage))
            target = F(req.EVPresentVoltage)
        if not (limits.min_voltage_v <= target <= limits.max_voltage_v) or target > ctx.ev.max_voltage_v:
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, f"pre-charge target {target} V out of range")
        # After Ongoing the EV sends DC_PreChargeReq again (PowerDeliveryReq: leniency 3 in precheck);
        # after Finished PowerDeliveryReq (Start, or Stop when the EV gives up). No SessionStopReq in between.
        ctx.session_stop_barred = True
        nxt = next_allowed(ctx, self.request, When.DONE if req.EVProcessing is FINISHED else When.ONGOING)
        return Outcome(
            ok(dc.DC_PreChargeRes, ctx, EVSEPresentVoltage=R(present.voltage_v)),
            allowed=nxt,
            actions=(SetDCOutput(target, ctx.config.precharge_current_a),),
        )


# --- power delivery ----------------------------------------------------------------------------


def evse_status(ctx: D20Context, now: float, *, meter_info: bool = False) -> EVSEStatusType | None:
    """The pending EVSE notification, if any; starts the EV's reaction deadline on first send.

    MeteringConfirmation travels only with MeterInfo (`meter_info`: a ChargeLoopRes carrying it) and
    only in a PnC session: without a contract the EV has nothing to sign with, so it is dropped.
    """
    if ctx.pending_notification is None:
        return None
    notification, max_delay = ctx.pending_notification
    if notification is EVSENotification.MeteringConfirmation:
        if ctx.contract_certificate is None:
            logger.warning("MeteringConfirmation needs a PnC session: notification dropped")
            ctx.pending_notification = None
            return None
        if not meter_info:
            return None
    if notification in STOPPING_NOTIFICATIONS and ctx.notification_deadline is None:
        ctx.notification_deadline = now + max_delay
    return EVSEStatusType(NotificationMaxDelay=max_delay, EVSENotification=evseNotificationType(notification.value))


def _clear_notification(ctx: D20Context, *kinds: EVSENotification) -> None:
    if ctx.pending_notification is not None and ctx.pending_notification[0] in kinds:
        ctx.pending_notification = None
        ctx.notification_deadline = None


def _check_power_profile(ctx: D20Context, req: cm.PowerDeliveryReq) -> responseCodeType | None:
    profile = req.EVPowerProfile
    if ctx.control_mode is not ControlMode.Scheduled:
        ctx.selected_schedule = None
        return None
    if profile is None or profile.Scheduled_EVPPTControlMode is None:
        ctx.selected_schedule = ctx.schedules.get(1)
        return None if profile is None else responseCodeType.FAILED_EVPowerProfileInvalid
    schedule = ctx.schedules.get(profile.Scheduled_EVPPTControlMode.SelectedScheduleTupleID)
    if schedule is None:
        return responseCodeType.FAILED_ScheduleSelectionInvalid
    for entry in profile.EVPowerProfileEntries.EVPowerProfileEntry:
        power = F(entry.Power)
        if power > schedule.charge_power_w * 1.0001 or -power > schedule.discharge_power_w * 1.0001:
            return responseCodeType.FAILED_EVPowerProfileInvalid
    ctx.selected_schedule = schedule
    return None


class PowerDelivery(State):
    request = cm.PowerDeliveryReq

    async def gather(self, env: Env, ctx: D20Context, req: cm.PowerDeliveryReq) -> None:
        profile = req.EVPowerProfile
        if req.ChargeProgress is cm.chargeProgressType.Start and profile is not None:
            chosen = profile.Scheduled_EVPPTControlMode
            await env.controller.ev_power_profile(ctx.info(), EVPowerProfile(
                profile.TimeAnchor, tuple((e.Duration, F(e.Power)) for e in profile.EVPowerProfileEntries.EVPowerProfileEntry),
                chosen.SelectedScheduleTupleID if chosen is not None else None))

    def handle(self, ctx: D20Context, req: cm.PowerDeliveryReq, snap: Any, now: float) -> Outcome:
        progress = req.ChargeProgress
        ctx.session_stop_barred = False
        if progress is cm.chargeProgressType.Start:
            if req.EVProcessing is not FINISHED:  # EV not ready yet: it will ask again
                return Outcome(ok(cm.PowerDeliveryRes, ctx), allowed=next_allowed(ctx, self.request, When.ONGOING))
            code = _check_power_profile(ctx, req)
            if code is not None:
                return fail(req, ctx, code, "EVPowerProfile does not fit the offered schedules")
            ctx.discharge_selected = req.BPT_ChannelSelection is cm.channelSelectionType.Discharge
            ctx.standby = False
            _clear_notification(ctx, EVSENotification.ExitStandby, EVSENotification.ScheduleRenegotiation)
            actions: tuple[Action, ...] = () if ctx.power_flowing else (CloseContactors(),)
            ctx.power_flowing = True
            return Outcome(
                ok(cm.PowerDeliveryRes, ctx, EVSEStatus=evse_status(ctx, now)),
                allowed=next_allowed(ctx, self.request, When.ENERGY_TRANSFER),
                actions=actions,
            )
        if progress is cm.chargeProgressType.Stop:
            ctx.power_flowing = False
            ctx.standby = False
            _clear_notification(ctx, *STOPPING_NOTIFICATIONS)
            return Outcome(ok(cm.PowerDeliveryRes, ctx), allowed=next_allowed(ctx, self.request, When.STOPPED),
                           actions=(PowerOff(),))
        if not ctx.power_flowing:
            return fail(req, ctx, responseCodeType.FAILED_SequenceError, f"{progress.value} without energy transfer")
        if progress is cm.chargeProgressType.Standby:
            if not ctx.config.standby_allowed:
                return Outcome(
                    ok(cm.PowerDeliveryRes, ctx, responseCodeType.WARNING_StandbyNotAllowed),
                    allowed=next_allowed(ctx, self.request, When.ENERGY_TRANSFER),
                )
            ctx.standby = True
            zero = SetDCOutput(0.0, 0.0) if ctx.is_dc else SetACPower(0.0)
            return Outcome(ok(cm.PowerDeliveryRes, ctx), allowed=next_allowed(ctx, self.request, When.ENERGY_TRANSFER), actions=(zero,))
        # ScheduleRenegotiation: energy keeps flowing within the old limits until the new schedule
        _clear_notification(ctx, EVSENotification.ScheduleRenegotiation)
        return Outcome(ok(cm.PowerDeliveryRes, ctx), allowed=next_allowed(ctx, self.request, When.RENEGOTIATION))


# --- charge loops ------------------------------------------------------------------------------


@dataclass
class LoopSnapshot:
    limits: Any
    present: Any  # DCMeasurement or AC present power (float)
    meter: MeterReading | None
    setpoint_w: float | None


async def _loop_snapshot(env: Env, ctx: D20Context, req: Any, setpoint: SetpointRequest | None) -> LoopSnapshot:
    c = env.controller
    limits, present = await loop_readings(env, ctx)
    pending = ctx.pending_notification
    confirming = pending is not None and pending[0] is EVSENotification.MeteringConfirmation
    meter = await c.meter_reading() if req.MeterInfoRequested or confirming else None
    wanted = await c.dynamic_setpoint(setpoint) if setpoint is not None else None
    return LoopSnapshot(limits, present, meter, wanted)


def _meter_info(meter: MeterReading | None, bpt: bool) -> MeterInfoType | None:
    if meter is None:
        return None
    return MeterInfoType(
        MeterID=meter.meter_id,
        ChargedEnergyReadingWh=meter.charged_wh,
        BPT_DischargedEnergyReadingWh=meter.discharged_wh if bpt else None,
        MeterTimestamp=meter.timestamp,
    )


def _setpoint_request(ctx: D20Context, mode: Any) -> SetpointRequest:
    return SetpointRequest(
        ev_max_charge_power_w=F(mode.EVMaximumChargePower),
        ev_min_charge_power_w=F(mode.EVMinimumChargePower),
        ev_max_discharge_power_w=discharge_magnitude(getattr(mode, "EVMaximumDischargePower", None)),
        ev_min_discharge_power_w=discharge_magnitude(getattr(mode, "EVMinimumDischargePower", None)),
        ev_target_energy_wh=F(mode.EVTargetEnergyRequest),
        departure_time=mode.DepartureTime if mode.DepartureTime is not None else ctx.departure_time,
        present_soc=None,
    )


def _control_mode_matches(ctx: D20Context, mode: Any, scheduled: type, bpt_scheduled: type,
                          dynamic: type, bpt_dynamic: type) -> bool:
    """The EV must use the control-mode element of the selected mode, BPT exactly when the service is BPT."""
    if ctx.control_mode is ControlMode.Scheduled:
        plain, bpt = scheduled, bpt_scheduled
    else:
        plain, bpt = dynamic, bpt_dynamic
    if ctx.bpt:
        return isinstance(mode, bpt)
    return isinstance(mode, plain) and not isinstance(mode, bpt)


class _ChargeLoop(State):
    def _common(self, ctx: D20Context, req: Any, snap: LoopSnapshot, now: float) -> dict[str, Any]:
        ctx.evse_limits = snap.limits
        meter = _meter_info(snap.meter, ctx.bpt)
        status = evse_status(ctx, now, meter_info=meter is not None)
        if status is not None and status.EVSENotification is evseNotificationType.MeteringConfirmation:
            ctx.metering_to_confirm = meter
        return {"EVSEStatus": status, "MeterInfo": meter}

    def _outcome(self, ctx: D20Context, res: Any, action: Action) -> Outcome:
        sent = ctx.grid.revision
        ctx.grid.sent_revision = sent
        when = When.ENERGY_TRANSFER if ctx.metering_to_confirm is None else When.METERING_PENDING
        return Outcome(res, allowed=next_allowed(ctx, self.request, when), actions=(action,), grid_revision_sent=sent)

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> LoopSnapshot:
        mode = req.CLReqControlMode
        dynamic = ctx.control_mode is ControlMode.Dynamic and isinstance(mode, Dynamic_CLReqControlModeType)
        setpoint = _setpoint_request(ctx, mode) if dynamic else None
        return await _loop_snapshot(env, ctx, req, setpoint)


class DCChargeLoop(_ChargeLoop):
    request = dc.DC_ChargeLoopReq

    def handle(self, ctx: D20Context, req: dc.DC_ChargeLoopReq, snap: LoopSnapshot, now: float) -> Outcome:
        mode: Any = req.CLReqControlMode
        if not ctx.is_dc or not _control_mode_matches(
            ctx, mode, dc.Scheduled_DC_CLReqControlModeType, dc.BPT_Scheduled_DC_CLReqControlModeType,
            dc.Dynamic_DC_CLReqControlModeType, dc.BPT_Dynamic_DC_CLReqControlModeType,
        ):
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "control mode does not match the session")
        common = self._common(ctx, req, snap, now)
        limits: DCLimits = snap.limits
        caps = session_caps(ctx)
        charge_cap, discharge_cap = caps.charge_w, caps.discharge_w
        ev_voltage = F(req.EVPresentVoltage)
        if ctx.control_mode is ControlMode.Scheduled:
            voltage = F(mode.EVTargetVoltage)
            requested_current = F(mode.EVTargetCurrent)
        else:
            voltage = ev_voltage
            # The set point: the controller's (or the EV's maximum), moved by DRM4/DRM8, within every cap.
            values = dc_dynamic_limits(ctx.grid.limits, evse_power_limits(ctx), _ev_power(mode), snap.setpoint_w)
            requested_current = values.target_power_w / voltage if voltage > 0 else 0.0
        if ctx.standby:
            requested_current = 0.0
        current_cap = min(limits.max_charge_current_a, ctx.ev.max_charge_current_a)
        discharge_current_cap = min(limits.max_discharge_current_a, ctx.ev.max_discharge_current_a) if ctx.bpt else 0.0
        current = clip(requested_current, -discharge_current_cap, current_cap)
        current_limited = current != requested_current
        power_limited = False
        if voltage > 0 and not (-discharge_cap <= voltage * current <= charge_cap):
            current = clip(voltage * current, -discharge_cap, charge_cap) / voltage
            power_limited = True
        voltage_limited = voltage > limits.max_voltage_v
        voltage = min(voltage, limits.max_voltage_v)
        present: DCMeasurement = snap.present
        if ctx.control_mode is ControlMode.Scheduled:
            res_fields: dict[str, Any] = {
                "EVSEMaximumChargePower": R(charge_cap),
                "EVSEMaximumChargeCurrent": R(current_cap),
                "EVSEMaximumVoltage": R(limits.max_voltage_v),
            }
            if ctx.bpt:
                res_mode: Any = dc.BPT_Scheduled_DC_CLResControlMode(
                    **res_fields,
                    EVSEMaximumDischargePower=R(discharge_cap),
                    EVSEMaximumDischargeCurrent=R(discharge_current_cap),
                    EVSEMinimumVoltage=R(limits.min_voltage_v),
                )
            else:
                res_mode = dc.Scheduled_DC_CLResControlMode(**res_fields)
        else:
            target_power = voltage * current
            res_fields = {
                "DepartureTime": ctx.departure_time,
                "MinimumSOC": ctx.minimum_soc,
                "TargetSOC": ctx.target_soc,
                "EVSEMaximumChargePower": R(max(target_power, 0.0)),
                "EVSEMinimumChargePower": R(0.0),
                "EVSEMaximumChargeCurrent": R(current_cap),
                "EVSEMaximumVoltage": R(limits.max_voltage_v),
            }
            if ctx.bpt:
                res_mode = dc.BPT_Dynamic_DC_CLResControlMode(
                    **res_fields,
                    EVSEMaximumDischargePower=R(max(-target_power, 0.0)),
                    EVSEMinimumDischargePower=R(0.0),
                    EVSEMaximumDischargeCurrent=R(discharge_current_cap),
                    EVSEMinimumVoltage=R(limits.min_voltage_v),
                )
            else:
                res_mode = dc.Dynamic_DC_CLResControlMode(**res_fields)
        res = ok(
            dc.DC_ChargeLoopRes,
            ctx,
            **common,
            EVSEPresentCurrent=R(present.current_a),
            EVSEPresentVoltage=R(present.voltage_v),
            EVSEPowerLimitAchieved=power_limited,
            EVSECurrentLimitAchieved=current_limited,
            EVSEVoltageLimitAchieved=voltage_limited,
            CLResControlMode=res_mode,
        )
        return self._outcome(ctx, res, SetDCOutput(voltage, current))


def _ev_power(mode: Any) -> EVPowerRequest:
    """The EV's side of a Dynamic ChargeLoopReq (AC and DC; discharge only in BPT modes)."""
    return EVPowerRequest(max_charge_power_w=F(mode.EVMaximumChargePower),
                          max_discharge_power_w=discharge_magnitude(getattr(mode, "EVMaximumDischargePower", None)))


class ACChargeLoop(_ChargeLoop):
    request = ac.AC_ChargeLoopReq

    def handle(self, ctx: D20Context, req: ac.AC_ChargeLoopReq, snap: LoopSnapshot, now: float) -> Outcome:
        mode: Any = req.CLReqControlMode
        if ctx.is_dc or not _control_mode_matches(
            ctx, mode, ac.Scheduled_AC_CLReqControlModeType, ac.BPT_Scheduled_AC_CLReqControlModeType,
            ac.Dynamic_AC_CLReqControlModeType, ac.BPT_Dynamic_AC_CLReqControlModeType,
        ):
            return fail(req, ctx, responseCodeType.FAILED_WrongChargeParameter, "control mode does not match the session")
        common = self._common(ctx, req, snap, now)
        present_w: float = snap.present
        if ctx.control_mode is ControlMode.Scheduled:
            # The EV's on-board charger sets the power; the EVSE enforces the schedule/grid cap.
            caps = session_caps(ctx)
            target = 0.0 if ctx.standby else caps.clip(F(mode.EVPresentActivePower))
            cls: Any = ac.BPT_Scheduled_AC_CLResControlMode if ctx.bpt else ac.Scheduled_AC_CLResControlMode
            res_mode: Any = cls(EVSETargetActivePower=R(caps.charge_w if target >= 0 else -caps.discharge_w),
                                EVSEPresentActivePower=R(present_w))
        else:
            # The set point as DC's, split over the phases where the grid's phase limits differ, with the
            # grid's reactive power; in standby the EV may take nothing.
            ev = EVPowerRequest(max_charge_power_w=0.0) if ctx.standby else _ev_power(mode)
            values = ac_dynamic_limits(ctx.grid.limits, evse_power_limits(ctx), ev, snap.setpoint_w)
            target = values.total_active_power_w
            cls = ac.BPT_Dynamic_AC_CLResControlMode if ctx.bpt else ac.Dynamic_AC_CLResControlMode
            res_mode = cls(
                DepartureTime=ctx.departure_time,
                MinimumSOC=ctx.minimum_soc,
                TargetSOC=ctx.target_soc,
                EVSEPresentActivePower=R(present_w),
                **{name: R(value) for name, value in values.targets().items()},
            )
        res = ok(ac.AC_ChargeLoopRes, ctx, **common, CLResControlMode=res_mode)
        return self._outcome(ctx, res, SetACPower(target))


class MeteringConfirmation(State):
    """The EV's signature over the MeterInfo the SECC sent with the MeteringConfirmation notification,
    checked against the contract accepted in Authorization; a bad one ends the session (power off)."""

    request = cm.MeteringConfirmationReq

    def handle(self, ctx: D20Context, req: cm.MeteringConfirmationReq, snap: Any, now: float) -> Outcome:
        data = req.SignedMeteringData
        sent, ctx.metering_to_confirm = ctx.metering_to_confirm, None
        assert ctx.contract_certificate is not None and sent is not None  # allowed only after the notification
        try:
            verify_message(req, load_der_x509_certificate(ctx.contract_certificate).public_key())  # type: ignore[arg-type]
        except SecurityError as error:
            code = responseCodeType(response_code(error, self.request.__name__))
            return fail(req, ctx, code, f"MeteringConfirmation: {error}")
        if data.SessionID != ctx.session_id or data.MeterInfo != sent:
            return fail(req, ctx, responseCodeType.FAILED, "SignedMeteringData is not the MeterInfo the SECC sent")
        _clear_notification(ctx, EVSENotification.MeteringConfirmation)
        return Outcome(
            ok(cm.MeteringConfirmationRes, ctx),
            allowed=next_allowed(ctx, self.request),
            actions=(MeteringConfirmed(ctx.info(), data),),
        )


# --- end of session ----------------------------------------------------------------------------


class DCWeldingDetection(State):
    request = dc.DC_WeldingDetectionReq

    async def gather(self, env: Env, ctx: D20Context, req: Any) -> DCMeasurement:
        return await env.controller.present_dc()

    def handle(self, ctx: D20Context, req: Any, present: DCMeasurement, now: float) -> Outcome:
        # After Ongoing the EV asks again; only after Finished may SessionStopReq follow (Josev issue 212
        # quotes the -20 requirement; EVerest's state machine does the same).
        finished = req.EVProcessing is FINISHED
        ctx.session_stop_barred = not finished
        return Outcome(
            ok(dc.DC_WeldingDetectionRes, ctx, EVSEPresentVoltage=R(present.voltage_v)),
            allowed=next_allowed(ctx, self.request, When.DONE if finished else When.ONGOING),
        )


class SessionStop(State):
    request = cm.SessionStopReq

    def handle(self, ctx: D20Context, req: cm.SessionStopReq, snap: Any, now: float) -> Outcome:
        kind = req.ChargingSession
        if ctx.power_flowing:
            return fail(req, ctx, responseCodeType.FAILED_SequenceError, "SessionStop while energy flows")
        if kind is cm.chargingSessionType.Terminate:
            return Outcome(ok(cm.SessionStopRes, ctx), end="terminated by the EV")
        if kind is cm.chargingSessionType.Pause:
            if not ctx.config.pause_allowed:
                return fail(req, ctx, responseCodeType.FAILED_PauseNotAllowed, "pause not allowed")
            return Outcome(ok(cm.SessionStopRes, ctx), end="paused by the EV", pause=True)
        if not ctx.config.service_renegotiation_supported:
            return fail(req, ctx, responseCodeType.FAILED_NoServiceRenegotiationSupported, "no service renegotiation")
        ctx.service = ctx.control_mode = None
        ctx.schedules_exchanged = False
        ctx.selected_schedule = None
        return Outcome(ok(cm.SessionStopRes, ctx), allowed=next_allowed(ctx, self.request, When.SERVICE_RENEGOTIATION))


STATES: dict[type, State] = {
    s.request: s
    for s in (
        SessionSetup(), AuthorizationSetup(), CertificateInstallation(), Authorization(),
        ServiceDiscovery(), ServiceDetail(), ServiceSelection(), ACChargeParameterDiscovery(),
        DCChargeParameterDiscovery(), ScheduleExchange(), DCCableCheck(), DCPreCharge(), PowerDelivery(),
        DCChargeLoop(), ACChargeLoop(), MeteringConfirmation(), DCWeldingDetection(), SessionStop(),
    )
}
