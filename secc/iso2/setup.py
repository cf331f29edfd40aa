"""-2 communication setup, service selection and authorization (EIM): one pure state per message pair.

PnC (PaymentDetails with the contract chain, Authorization with the EV's signature over GenChallenge,
CertificateInstallation/Update) runs through an `ISO2PnC` hook (secc.iso2.pnc); without one the SECC
offers ExternalPayment only.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security.errors import SecurityError
from iso15118.security.iso2 import response_code
from iso15118.session.timers import ISO15118_2_SECC_Msg_Performance_Time
from iso15118.session.units import GEN_CHALLENGE_LENGTH, SESSION_ID_LENGTH
from iso15118.session.v2g_message import ISO2
from iso15118.session.vocabulary import PARAM_SERVICE, CertificateService, ongoing_expired
from secc.context import Outcome, SessionStarted
from secc.authorization import ISO2CertificateBackend, ISO2PnCResult
from secc.controller import AuthorizationRequest, AuthorizationStatus
from secc.iso2.context import ISO2Context
from secc.iso2.pnc import ISO2PnC, pnc_hook
from secc.iso2.messages import (
    CERTIFICATE_SERVICE_ID, CHARGE_SERVICE_ID, FINISHED, OK, ONGOING,
    fail, ok,
)
from secc.state import Env, State, allow

logger = logging.getLogger(__name__)
R = t.responseCodeType
MODE = t.EnergyTransferModeType
_AC_MODES = {1: (MODE.AC_single_phase_core,), 2: (MODE.AC_three_phase_core, MODE.AC_single_phase_core)}
_DC_MODES = {1: MODE.DC_core, 2: MODE.DC_extended, 3: MODE.DC_combo_core, 4: MODE.DC_unique}
DC_MODES = frozenset(_DC_MODES.values())


def energy_transfer_modes(ctx: ISO2Context) -> tuple[t.EnergyTransferModeType, ...]:
    """The -2 modes of the configured services: a three-phase AC outlet also serves single-phase EVs."""
    modes: list[t.EnergyTransferModeType] = []
    cfg = ctx.config
    if cfg.offers_dc:
        modes.append(_DC_MODES.get(cfg.dc_connector, MODE.DC_extended))
    if cfg.offers_ac:
        modes.extend(_AC_MODES.get(cfg.ac_connector, _AC_MODES[2]))
    return tuple(modes)


class SessionSetup(State):
    request = iso2.SessionSetupReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.SessionSetupReq) -> Any:
        session_id = req.Header.SessionID  # type: ignore[attr-defined]  # attached by request_of
        if not any(session_id):  # 00, six zero bytes, empty: every "no session yet" cars send
            return None
        return env.paused.take(session_id)

    def handle(self, ctx: ISO2Context, req: iso2.SessionSetupReq, paused: Any, now: float) -> Outcome:
        if not req.EVCCID:
            logger.warning("SessionSetupReq with an empty EVCCID: accepted (early open-source EVs, pyPLC issue 20)")
        ctx.evcc_id = req.EVCCID.hex().upper()
        if isinstance(paused, ISO2Context):
            ctx.resume_from(paused)
            code = R.OK_OldSessionJoined
        else:  # [V2G2-755]: an unknown SessionID gets a new session
            ctx.session_id = ctx.random_bytes(SESSION_ID_LENGTH)
            code = R.OK_NewSessionEstablished
        return Outcome(
            ok(iso2.SessionSetupRes, ctx.session_id, code, EVSEID=ctx.config.evse_id, EVSETimeStamp=ctx.timestamp()),
            allowed=allow(iso2.ServiceDiscoveryReq),
            actions=(SessionStarted(),),
        )


class ServiceDiscovery(State):
    request = iso2.ServiceDiscoveryReq

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> tuple[bool, bool]:
        """(PnC possible, certificate service possible)."""
        pnc = pnc_hook(env)
        return pnc is not None, pnc is not None and pnc.iso2_installation is not None

    def handle(self, ctx: ISO2Context, req: iso2.ServiceDiscoveryReq, snap: tuple[bool, bool], now: float) -> Outcome:
        pnc_available, installs = snap
        cfg = ctx.config
        payment = []
        if "EIM" in cfg.authorization_methods:
            payment.append(t.paymentOptionType.ExternalPayment)
        contract = "PnC" in cfg.authorization_methods and pnc_available and ctx.tls
        if contract:
            payment.append(t.paymentOptionType.Contract)
        ctx.offered_payment = tuple(payment) or (t.paymentOptionType.ExternalPayment,)
        if ctx.resumed and ctx.payment_option in ctx.offered_payment:  # [V2G2-741]: the paused session's option
            ctx.offered_payment = (ctx.payment_option,)
        ctx.offered_modes = energy_transfer_modes(ctx)
        services = None
        ctx.offered_services = ()
        if contract and cfg.certificate_installation and installs:
            services = t.ServiceListType(Service=[t.ServiceType(
                ServiceID=CERTIFICATE_SERVICE_ID, ServiceName="Certificate",
                ServiceCategory=t.serviceCategoryType.ContractCertificate, FreeService=True)])
        ctx.certificate_service = services is not None
        res = ok(
            iso2.ServiceDiscoveryRes, ctx.session_id,
            PaymentOptionList=t.PaymentOptionListType(PaymentOption=list(ctx.offered_payment)),
            ChargeService=t.ChargeServiceType(
                ServiceID=CHARGE_SERVICE_ID, ServiceName="AC_DC_Charging", ServiceCategory=t.serviceCategoryType.EVCharging,
                FreeService=cfg.free_service,
                SupportedEnergyTransferMode=t.SupportedEnergyTransferModeType(EnergyTransferMode=list(ctx.offered_modes))),
            ServiceList=services,
        )
        return Outcome(res, allowed=allow(iso2.ServiceDetailReq, iso2.PaymentServiceSelectionReq))


class ServiceDetail(State):
    request = iso2.ServiceDetailReq

    def handle(self, ctx: ISO2Context, req: iso2.ServiceDetailReq, snap: Any, now: float) -> Outcome:
        nxt = allow(iso2.ServiceDetailReq, iso2.PaymentServiceSelectionReq)
        if req.ServiceID == CHARGE_SERVICE_ID:
            return Outcome(ok(iso2.ServiceDetailRes, ctx.session_id, ServiceID=req.ServiceID), allowed=nxt)
        if req.ServiceID != CERTIFICATE_SERVICE_ID or not ctx.certificate_service:
            return fail(req, ctx, R.FAILED_ServiceIDInvalid, f"service {req.ServiceID} not offered")
        sets = [
            t.ParameterSetType(ParameterSetID=int(s), Parameter=[t.ParameterType(Name=PARAM_SERVICE, stringValue=s.name)])
            for s in CertificateService
        ]
        res = ok(iso2.ServiceDetailRes, ctx.session_id, ServiceID=req.ServiceID,
                 ServiceParameterList=t.ServiceParameterListType(ParameterSet=sets))
        return Outcome(res, allowed=nxt)


class PaymentServiceSelection(State):
    request = iso2.PaymentServiceSelectionReq

    def handle(self, ctx: ISO2Context, req: iso2.PaymentServiceSelectionReq, snap: Any, now: float) -> Outcome:
        if req.SelectedPaymentOption not in ctx.offered_payment:
            return fail(req, ctx, R.FAILED_PaymentSelectionInvalid, f"{req.SelectedPaymentOption.value} not offered")
        selected = {s.ServiceID: s.ParameterSetID for s in req.SelectedServiceList.SelectedService}
        if CHARGE_SERVICE_ID not in selected:
            return fail(req, ctx, R.FAILED_NoChargeServiceSelected, "the charge service was not selected")
        certificate = selected.get(CERTIFICATE_SERVICE_ID, 0)
        unknown = set(selected) - {CHARGE_SERVICE_ID, CERTIFICATE_SERVICE_ID}
        # ParameterSetID is optional in SelectedServiceType: an EV selecting the certificate service without one
        # (Josev's EVCC does) may then ask for installation or update.
        if unknown or (CERTIFICATE_SERVICE_ID in selected and (
                not ctx.certificate_service or certificate not in (None, *CertificateService))):
            return fail(req, ctx, R.FAILED_ServiceSelectionInvalid, f"services {sorted(selected)} not all offered")
        ctx.payment_option = req.SelectedPaymentOption
        if req.SelectedPaymentOption is t.paymentOptionType.ExternalPayment:
            nxt = allow(iso2.AuthorizationReq)
        elif certificate == CertificateService.Installation:
            nxt = allow(iso2.PaymentDetailsReq, iso2.CertificateInstallationReq)
        elif certificate == CertificateService.Update:
            nxt = allow(iso2.PaymentDetailsReq, iso2.CertificateUpdateReq)
        elif certificate is None:
            nxt = allow(iso2.PaymentDetailsReq, iso2.CertificateInstallationReq, iso2.CertificateUpdateReq)
        else:
            nxt = allow(iso2.PaymentDetailsReq)
        return Outcome(ok(iso2.PaymentServiceSelectionRes, ctx.session_id), allowed=nxt)


class Authorization(State):
    """EIM: the controller decides (Ongoing while it does). PnC: GenChallenge and the EV's signature
    first (the ISO2PnC hook), then the controller with the EMAID of PaymentDetails."""

    request = iso2.AuthorizationReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.AuthorizationReq) -> Any:
        if ctx.payment_option is t.paymentOptionType.Contract:
            pnc = pnc_hook(env)
            assert pnc is not None and ctx.contract is not None  # Contract offered only with a hook
            if ctx.gen_challenge is None:  # answered already: a GenChallenge is good for one authorization
                return R.FAILED_ChallengeInvalid
            signature = req.Header.Signature  # type: ignore[attr-defined]  # the envelope's, attached by request_of
            result = await pnc.verify_authorization_iso2(req, signature, ctx.contract, ctx.gen_challenge,
                                                         ctx.info())
            if result.response_code is not R.OK:
                return result.response_code
            return await env.controller.authorize(ctx.info(), AuthorizationRequest("PnC", ctx.emaid))
        return await env.controller.authorize(ctx.info(), AuthorizationRequest("EIM"))

    def handle(self, ctx: ISO2Context, req: iso2.AuthorizationReq, snap: Any, now: float) -> Outcome:
        if isinstance(snap, t.responseCodeType):
            return fail(req, ctx, snap, "PnC authorization refused")
        status: AuthorizationStatus = snap
        if status is AuthorizationStatus.ACCEPTED:
            ctx.authorized = True
            ctx.gen_challenge = None  # one challenge answers one authorization, never a replay
            ctx.ongoing_since.pop("Authorization", None)
            return Outcome(ok(iso2.AuthorizationRes, ctx.session_id, EVSEProcessing=FINISHED),
                           allowed=allow(iso2.ChargeParameterDiscoveryReq))
        if status is AuthorizationStatus.REJECTED:  # -2 has no WARNING codes: the session ends
            return fail(req, ctx, R.FAILED, f"{ctx.payment_option.value if ctx.payment_option else 'EIM'} authorization rejected")
        if ongoing_expired(ctx.ongoing_since, "Authorization", now, ctx.config.timing.ongoing_timeout):
            return fail(req, ctx, R.FAILED, "authorization still ongoing after V2G_SECC_Ongoing_Timeout")
        processing = (t.EVSEProcessingType.Ongoing_WaitingForCustomerInteraction
                      if status is AuthorizationStatus.ONGOING_WAITING_FOR_CUSTOMER else ONGOING)
        return Outcome(ok(iso2.AuthorizationRes, ctx.session_id, EVSEProcessing=processing),
                       allowed=allow(iso2.AuthorizationReq))


class PaymentDetails(State):
    """The EV's contract chain, verified against the MO roots by the ISO2PnC hook; a GenChallenge back."""

    request = iso2.PaymentDetailsReq

    async def gather(self, env: Env, ctx: ISO2Context, req: iso2.PaymentDetailsReq) -> ISO2PnCResult:
        pnc = pnc_hook(env)
        assert pnc is not None  # Contract is offered only with a PnC hook
        return await pnc.verify_contract_iso2(req, ctx.info())

    def handle(self, ctx: ISO2Context, req: iso2.PaymentDetailsReq, result: ISO2PnCResult, now: float) -> Outcome:
        code = result.response_code
        if result.contract is None or not code.value.startswith("OK"):
            return fail(req, ctx, code, f"contract refused: {result.reason}")
        ctx.contract = result.contract
        ctx.emaid = result.contract.emaid
        ctx.contract_certificate = req.ContractSignatureCertChain.Certificate
        ctx.gen_challenge = ctx.random_bytes(GEN_CHALLENGE_LENGTH)
        return Outcome(
            ok(iso2.PaymentDetailsRes, ctx.session_id, code, GenChallenge=ctx.gen_challenge, EVSETimeStamp=ctx.timestamp()),
            allowed=allow(iso2.AuthorizationReq),
        )



class _CertificateService(State):
    """CertificateInstallation/Update: forwarded to the CPS backend. -2 has no EVSEProcessing here, so the
    backend must answer within the performance time (less a margin), else the EV gets FAILED. The CPS's
    Header Signature (over the contract data) travels on unchanged; the SessionID is the session's."""

    MARGIN_S = 0.5

    async def call(self, backend: ISO2CertificateBackend, req: Any, ctx: ISO2Context) -> tuple[Any, Any]:
        raise NotImplementedError

    async def gather(self, env: Env, ctx: ISO2Context, req: Any) -> Any:
        pnc = pnc_hook(env)
        assert pnc is not None and pnc.iso2_installation is not None  # offered only with a backend
        budget = max(ISO15118_2_SECC_Msg_Performance_Time[type(req).__name__] - self.MARGIN_S, 0.1)
        try:
            return await asyncio.wait_for(self.call(pnc.iso2_installation, req, ctx), budget)
        except TimeoutError:
            logger.warning("%s: the certificate backend did not answer within %.1f s", type(req).__name__, budget)
            return R.FAILED
        except SecurityError as error:
            logger.warning("%s refused: %s", type(req).__name__, error)
            return response_code(error, type(req).__name__)
        except Exception:  # a broken backend is this request's failure, not the server's
            logger.exception("certificate backend failed")
            return R.FAILED

    def handle(self, ctx: ISO2Context, req: Any, res: Any, now: float) -> Outcome:
        if isinstance(res, t.responseCodeType):
            return fail(req, ctx, res, f"{type(req).__name__} not served")
        body, signature = res
        out = Outcome(ISO2.wrap(body, ctx.session_id, signature=signature), allowed=allow(iso2.PaymentDetailsReq))
        if body.ResponseCode.value.startswith("FAILED"):
            out.end = f"{body.ResponseCode.value}: {type(req).__name__} (backend)"
        return out


class CertificateInstallation(_CertificateService):
    request = iso2.CertificateInstallationReq

    async def call(self, backend: ISO2CertificateBackend, req: Any, ctx: ISO2Context) -> tuple[Any, Any]:
        return await backend.certificate_installation(req, req.Header.Signature, ctx.info())


class CertificateUpdate(_CertificateService):
    request = iso2.CertificateUpdateReq

    async def call(self, backend: ISO2CertificateBackend, req: Any, ctx: ISO2Context) -> tuple[Any, Any]:
        return await backend.certificate_update(req, req.Header.Signature, ctx.info())
