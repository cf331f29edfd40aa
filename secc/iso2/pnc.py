"""-2 Plug & Charge on the charger side: the contract chain of PaymentDetailsReq, the EV's signatures over
AuthorizationReq and MeteringReceiptReq, and the -2 response codes of what fails.

One operator configuration serves both generations: `iso2_pnc(authorizer)` reads the MO roots, revocation
data and clock of the -20 `ContractAuthorizer` the SECC was given and checks -2 chains under the -2
algorithm policy (secp256r1, SHA-256), so the same [pnc] mo_roots list may carry -20 and -2 roots.
The signatures are -2's: the signed element (AuthorizationReq, MeteringReceiptReq, with its Id) as an EXI
fragment of the -2 schema set, referenced from the Header's Signature (iso15118.security.xmldsig).

Certificate installation and update are forwarded to an `ISO2CertificateBackend` (a CPS reached over
OCPP in the field, the -2 local CPS of a `pki init --suite iso2` tree in a lab); without one the SECC
does not offer the ContractCertificate service.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from cryptography import x509

from iso15118 import exi
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security.certificates import ISO15118_2, RevocationData, common_name, load_der_chain, validate_chain
from iso15118.security.errors import Reason, SecurityError, SignatureError
from iso15118.security.xmldsig import verify_fragments
from secc.controller import SessionInfo

logger = logging.getLogger(__name__)
R = t.responseCodeType

# Why a chain or signature failed -> the -2 code (-2 has FAILED_ codes where -20 has WARNING_ ones).
_CODES: dict[Reason, t.responseCodeType] = {
    Reason.CERTIFICATE_EXPIRED: R.FAILED_CertificateExpired,
    Reason.CERTIFICATE_NOT_YET_VALID: R.FAILED_CertificateExpired,
    Reason.CERTIFICATE_REVOKED: R.FAILED_CertificateRevoked,
    Reason.NO_CERTIFICATE_AVAILABLE: R.FAILED_NoCertificateAvailable,
    Reason.SIGNATURE_INVALID: R.FAILED_SignatureError,
    Reason.CHALLENGE_INVALID: R.FAILED_ChallengeInvalid,
}


def response_code(error: SecurityError, request: type) -> t.responseCodeType:
    """The -2 ResponseCode for `error` in the answer to `request`; chain structure, unknown roots,
    algorithms and unknown revocation status are FAILED_CertChainError."""
    if error.reason is Reason.SIGNATURE_INVALID and request is iso2.MeteringReceiptReq:
        return R.FAILED_MeteringSignatureNotValid
    return _CODES.get(error.reason, R.FAILED_CertChainError)


@runtime_checkable
class ISO2CertificateBackend(Protocol):
    """Where -2 contract certificates come from: answers with the complete V2G_Message of the response,
    its Header carrying the CPS's Signature (the SECC sets the SessionID). Raise a SecurityError to refuse."""

    async def iso2_certificate_installation(self, request: iso2.CertificateInstallationReq,
                                            info: SessionInfo) -> Any: ...

    async def iso2_certificate_update(self, request: iso2.CertificateUpdateReq,
                                      info: SessionInfo) -> Any: ...


def _normalized_emaid(emaid: str) -> str:
    """eMAIDs travel with or without hyphens and in either case (ISO 15118-2 Annex H)."""
    return re.sub(r"[-\s]", "", emaid).upper()


@dataclass
class ISO2ContractVerifier:
    """What the -2 PaymentDetails, Authorization and MeteringReceipt states ask (the `ISO2PnC` hook)."""

    mo_roots: Sequence[x509.Certificate]
    revocation: Callable[[], RevocationData | None] = lambda: None
    clock: Callable[[], dt.datetime] | None = None
    backend: ISO2CertificateBackend | None = None

    @property
    def installs_certificates(self) -> bool:
        return self.backend is not None

    async def verify_contract(self, chain: t.CertificateChainType, emaid: str, info: SessionInfo) -> t.responseCodeType:
        """PaymentDetailsReq: the contract chain up to a trusted MO root; its leaf names the eMAID sent."""
        try:
            subs = chain.SubCertificates.Certificate if chain.SubCertificates is not None else ()
            certificates = load_der_chain(chain.Certificate, subs)
            validated = validate_chain(certificates, self.mo_roots, now=self.clock() if self.clock else None,
                                       policy=ISO15118_2, revocation=self.revocation())
        except SecurityError as error:
            logger.warning("session %s: contract chain refused: %s", info.session_id.hex(), error)
            return response_code(error, iso2.PaymentDetailsReq)
        except ValueError as error:  # not DER
            logger.warning("session %s: contract chain unreadable: %s", info.session_id.hex(), error)
            return R.FAILED_CertChainError
        if _normalized_emaid(common_name(validated.leaf)) != _normalized_emaid(emaid):
            logger.warning("session %s: eMAID %s is not the contract's %s", info.session_id.hex(), emaid,
                           common_name(validated.leaf))
            return R.FAILED_CertChainError
        return R.OK_CertificateExpiresSoon if validated.expires_soon else R.OK

    async def verify_authorization(self, req: iso2.AuthorizationReq, contract: bytes) -> t.responseCodeType:
        return self._verify_signed(req, contract)

    async def verify_metering_receipt(self, req: iso2.MeteringReceiptReq, contract: bytes) -> t.responseCodeType:
        return self._verify_signed(req, contract)

    def _verify_signed(self, req: Any, contract: bytes) -> t.responseCodeType:
        """The Header Signature must reference exactly the request body (by its Id) and verify with the
        contract certificate's key."""
        try:
            signature = req.Header.Signature
            if signature is None or not req.Id:
                raise SignatureError(f"{type(req).__name__} without Signature or Id")
            fragment = exi.encode_fragment(req)
            key = x509.load_der_x509_certificate(contract).public_key()
            verify_fragments(signature, {req.Id: fragment}, key)  # type: ignore[arg-type]
        except SecurityError as error:
            logger.warning("%s refused: %s", type(req).__name__, error)
            return response_code(error, type(req))
        except (exi.EXIError, ValueError) as error:  # values outside the facets, unreadable certificate
            logger.warning("%s refused: %s", type(req).__name__, error)
            return response_code(SignatureError(str(error)), type(req))
        return R.OK

    async def certificate_installation(self, req: iso2.CertificateInstallationReq, info: SessionInfo) -> Any:
        assert self.backend is not None  # offered only with a backend
        return await self.backend.iso2_certificate_installation(req, info)

    async def certificate_update(self, req: iso2.CertificateUpdateReq, info: SessionInfo) -> Any:
        assert self.backend is not None
        return await self.backend.iso2_certificate_update(req, info)


def iso2_pnc(authorizer: Any) -> ISO2ContractVerifier | None:
    """The -2 hook of the SECC's PnC authorizer (secc.authorization.ContractAuthorizer); None: no PnC."""
    if authorizer is None or not hasattr(authorizer, "mo_roots"):
        return None
    backend = getattr(authorizer, "installation", None)
    return ISO2ContractVerifier(
        mo_roots=authorizer.mo_roots, revocation=authorizer.revocation, clock=getattr(authorizer, "_clock", None),
        backend=backend if isinstance(backend, ISO2CertificateBackend) else None,
    )
