"""-2 Plug & Charge on the charger side: the contract chain of PaymentDetailsReq, the EV's signatures over
AuthorizationReq and MeteringReceiptReq, and the -2 response codes of what fails.

One operator configuration serves both generations: `iso2_pnc(authorizer)` reads the MO roots, revocation
data and clock of the -20 `ContractAuthorizer` the SECC was given and checks -2 chains under the -2
algorithm policy (secp256r1, SHA-256), so the same [pnc] mo_roots list may carry -20 and -2 roots.
The chain, signature and challenge checks and their -2 response codes are iso15118.security.iso2's; this
module adds what the session needs around them (the eMAID of PaymentDetailsReq against the contract, the
certificate backend, one hook object the states ask).

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

from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security import iso2 as security
from iso15118.security.certificates import RevocationData, common_name
from secc.controller import SessionInfo

logger = logging.getLogger(__name__)
R = t.responseCodeType


@runtime_checkable
class ISO2CertificateBackend(Protocol):
    """Where -2 contract certificates come from (secc.authorization.LocalISO2CPS in a lab): each answer is
    (response body, the CPS's Signature for the Header); raise a SecurityError to refuse."""

    async def certificate_installation(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]: ...

    async def certificate_update(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]: ...


def _normalized_emaid(emaid: str) -> str:
    """eMAIDs travel with or without hyphens and in either case (ISO 15118-2 Annex H)."""
    return re.sub(r"[-\s]", "", emaid).upper()


@dataclass
class ISO2ContractVerifier:
    """What the -2 PaymentDetails, Authorization, MeteringReceipt and certificate states ask (the PnC hook)."""

    mo_roots: Sequence[x509.Certificate]
    revocation: Callable[[], RevocationData | None] = lambda: None
    clock: Callable[[], dt.datetime] | None = None
    backend: ISO2CertificateBackend | None = None

    @property
    def installs_certificates(self) -> bool:
        return self.backend is not None

    async def verify_contract(self, req: iso2.PaymentDetailsReq, info: SessionInfo) -> t.responseCodeType:
        """The contract chain up to a trusted MO root (-2 policy); its leaf must name the eMAID sent."""
        code, contract, error = security.payment_details_outcome(
            req, mo_roots=self.mo_roots, now=self.clock() if self.clock else None, revocation=self.revocation())
        if contract is None:
            logger.warning("session %s: contract chain refused (%s): %s", info.session_id.hex(), code.value, error)
            return code
        if _normalized_emaid(contract.emaid) != _normalized_emaid(req.eMAID):
            logger.warning("session %s: eMAID %s is not the contract's %s", info.session_id.hex(), req.eMAID,
                           contract.emaid)
            return R.FAILED_CertChainError
        return code

    async def verify_authorization(self, req: iso2.AuthorizationReq, contract: bytes,
                                   gen_challenge: bytes) -> t.responseCodeType:
        code, error = security.authorization_outcome(req, req.Header.Signature,  # type: ignore[attr-defined]
                                                     contract_certificate=x509.load_der_x509_certificate(contract),
                                                     gen_challenge=gen_challenge)
        if error is not None:
            logger.warning("AuthorizationReq refused (%s): %s", code.value, error)
        return code

    async def verify_metering_receipt(self, req: iso2.MeteringReceiptReq, contract: bytes) -> t.responseCodeType:
        code, error = security.metering_receipt_outcome(req, req.Header.Signature,  # type: ignore[attr-defined]
                                                        contract_certificate=x509.load_der_x509_certificate(contract))
        if error is not None:
            logger.warning("MeteringReceiptReq refused (%s): %s", code.value, error)
        return code

    async def certificate_installation(self, req: iso2.CertificateInstallationReq, info: SessionInfo) -> tuple[Any, Any]:
        assert self.backend is not None  # offered only with a backend
        return await self.backend.certificate_installation(req, req.Header.Signature, info)  # type: ignore[attr-defined]

    async def certificate_update(self, req: iso2.CertificateUpdateReq, info: SessionInfo) -> tuple[Any, Any]:
        assert self.backend is not None
        return await self.backend.certificate_update(req, req.Header.Signature, info)  # type: ignore[attr-defined]


def iso2_pnc(authorizer: Any) -> ISO2ContractVerifier | None:
    """The -2 hook of the SECC's PnC authorizer (secc.authorization.ContractAuthorizer): its MO roots,
    revocation data and clock; its installation backend when that serves -2 (CertificateInstallation and
    CertificateUpdate, e.g. LocalISO2CPS). None: no PnC."""
    if authorizer is None or not hasattr(authorizer, "mo_roots"):
        return None
    backend = getattr(authorizer, "installation", None)
    return ISO2ContractVerifier(
        mo_roots=authorizer.mo_roots, revocation=authorizer.revocation, clock=getattr(authorizer, "_clock", None),
        backend=backend if isinstance(backend, ISO2CertificateBackend) else None,
    )
