"""Plug & Charge on the charger side: contract verification and certificate installation.

The SECC offers PnC only when a `PnCAuthorizer` is installed (secc.server.SECCServer(pnc=...)).
The Authorization state hands it the EV's AuthorizationReq and the GenChallenge it sent in
AuthorizationSetupRes; the authorizer checks challenge, XML signature, contract chain against the MO
roots it trusts, validity and revocation, and returns the -20 response code plus the EMAID. With an OK
code the SECC then asks the EVSE controller's authorize() for the final word.

`ContractAuthorizer` is the implementation built on iso15118.security; certificate installation goes
to a `CertificateInstallationBackend` (a CPS reached through OCPP Get15118EVCertificate in the field,
`LocalCPS` with a toolkit PKI in a lab).

ISO 15118-2 (iso15118.security.iso2; -2 response codes, P-256 chains): the contract chain comes with
PaymentDetailsReq (`ContractAuthorizer.verify_contract_iso2`), the signed AuthorizationReq is checked against
that contract (`verify_authorization_iso2`); CertificateInstallation/UpdateReq go to an
`ISO2CertificateBackend` (`LocalISO2CPS` in a lab).
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography import x509

from iso15118 import exi
from iso15118.messages import COMMON_MESSAGES
from iso15118.messages.common_messages import CertificateInstallationReq, CertificateInstallationRes
from iso15118.messages.common_types import responseCodeType
from iso15118.messages import iso2_msg_data_types
from iso15118.security import iso2
from iso15118.security.certificates import ISO15118_20, AlgorithmPolicy, RevocationData
from iso15118.security.pnc import PnCAuthorization, authorization_outcome
from secc.controller import SessionInfo
from secc.ocpp.errors import CSMSError, OCPPUnavailable

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PnCResult:
    response_code: responseCodeType  # OK, OK_CertificateExpiresSoon, or the WARNING_/FAILED_ code -20 names
    emaid: str | None = None
    reason: str | None = None  # why it was refused (for logs)


class PnCAuthorizer(Protocol):
    supported_providers: list[str] | None  # AuthorizationSetupRes SupportedProviders (None: omit)

    @property
    def installs_certificates(self) -> bool:
        """CertificateInstallationService can be offered (an attribute or a property satisfies it)."""
        ...

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        """Check a PnC AuthorizationReq (signature over PnC_AReqAuthorizationMode, contract chain)."""
        ...

    async def install_certificate(self, request: Any, info: SessionInfo) -> Any:
        """Answer a CertificateInstallationReq with a complete, CPS-signed CertificateInstallationRes
        (Header is set by the SECC). Raise an iso15118.security SecurityError to refuse: its reason
        becomes the ResponseCode. May take long: the SECC answers Ongoing meanwhile."""
        ...


@dataclass(frozen=True)
class ISO2PnCResult:
    """A -2 PnC decision: the -2 ResponseCode, the accepted contract (PaymentDetailsReq) and why not (logs)."""

    response_code: iso2_msg_data_types.responseCodeType
    contract: PnCAuthorization | None = None
    reason: str | None = None


class ISO2CertificateBackend(Protocol):
    """-2 CertificateInstallationReq / CertificateUpdateReq: (response body, Signature for the Header)."""

    async def certificate_installation(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]: ...

    async def certificate_update(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]: ...


class CertificateInstallationBackend(Protocol):
    """Where contract certificates come from: the CPS/eMSP behind the charger.

    In the field this is an OCPP 2.0.1 Get15118EVCertificate round trip (the EXI request goes up,
    the EXI CertificateInstallationRes comes back); in a lab, `LocalCPS`.
    """

    async def certificate_installation(self, request: CertificateInstallationReq,
                                       info: SessionInfo) -> CertificateInstallationRes: ...


def load_revocation(crl_paths: Sequence[str | Path] = (), ocsp_paths: Sequence[str | Path] = (), *,
                    require_status: bool = False) -> RevocationData:
    """CRLs (PEM or DER) and DER OCSP responses as the chain validation takes them."""
    from cryptography.x509 import ocsp

    crls = []
    for path in crl_paths:
        data = Path(path).read_bytes()
        crls.append(x509.load_pem_x509_crl(data) if data.lstrip().startswith(b"-----") else x509.load_der_x509_crl(data))
    responses = [ocsp.load_der_ocsp_response(Path(p).read_bytes()) for p in ocsp_paths]
    return RevocationData(crls=crls, ocsp_responses=responses, require_status=require_status)


class ContractAuthorizer:
    """PnC with the trust material the operator configured: MO roots, CRLs/OCSP, algorithm policy.

    `revocation` is a callable so a CRL/OCSP refresher can swap data without restarting the SECC.
    """

    def __init__(
        self,
        mo_roots: Sequence[x509.Certificate],
        *,
        revocation: RevocationData | Callable[[], RevocationData] | None = None,
        policy: AlgorithmPolicy = ISO15118_20,
        supported_providers: list[str] | None = None,
        installation: CertificateInstallationBackend | None = None,
        iso2_installation: ISO2CertificateBackend | None = None,
        sales_tariff_signer: iso2.SalesTariffSigner | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        if not mo_roots:
            raise ValueError("PnC needs at least one trusted MO root")
        self.mo_roots = list(mo_roots)
        self._revocation = revocation if callable(revocation) else (lambda: revocation)  # type: ignore[misc]
        self.policy = policy
        self.supported_providers = supported_providers
        self.installation = installation
        self.iso2_installation = iso2_installation
        self.sales_tariff_signer = sales_tariff_signer
        self._clock = clock

    @property
    def installs_certificates(self) -> bool:
        return self.installation is not None

    def revocation(self) -> RevocationData:
        """The CRLs/OCSP responses in force now (none configured: empty)."""
        return self._revocation() or RevocationData()

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        now = self._clock() if self._clock is not None else None
        code, emaid, error = authorization_outcome(
            request, gen_challenge=gen_challenge, trust_anchors=self.mo_roots, now=now,
            revocation=self._revocation(), policy=self.policy)
        if error is not None:
            logger.warning("session %s: PnC refused (%s): %s", info.session_id.hex(), code.value, error)
            return PnCResult(code, None, str(error))
        return PnCResult(code, emaid)

    async def install_certificate(self, request: Any, info: SessionInfo) -> Any:
        if self.installation is None:
            raise RuntimeError("no certificate installation backend configured")
        return await self.installation.certificate_installation(request, info)

    async def verify_contract_iso2(self, request: Any, info: SessionInfo) -> ISO2PnCResult:
        """-2 PaymentDetailsReq: the contract chain against the MO roots (P-256/SHA-256, revocation)."""
        now = self._clock() if self._clock is not None else None
        code, contract, error = iso2.payment_details_outcome(request, mo_roots=self.mo_roots, now=now,
                                                             revocation=self._revocation())
        if error is not None:
            logger.warning("session %s: -2 contract refused (%s): %s", info.session_id.hex(), code.value, error)
            return ISO2PnCResult(code, None, str(error))
        return ISO2PnCResult(code, contract)

    async def verify_authorization_iso2(self, request: Any, signature: Any, contract: PnCAuthorization,
                                        gen_challenge: bytes, info: SessionInfo) -> ISO2PnCResult:
        """-2 PnC AuthorizationReq: signed by the contract of PaymentDetailsReq, echoing its GenChallenge."""
        code, error = iso2.authorization_outcome(request, signature, contract_certificate=contract.chain.leaf,
                                                 gen_challenge=gen_challenge)
        if error is not None:
            logger.warning("session %s: -2 AuthorizationReq refused (%s): %s", info.session_id.hex(), code.value, error)
            return ISO2PnCResult(code, None, str(error))
        return ISO2PnCResult(code, contract)


class CertificateBackendError(Exception):
    """The backend could not deliver a CertificateInstallationRes (the SECC answers FAILED)."""


class OCPPCall(Protocol):
    async def call(self, name: str, timeout: float | None = None, **fields: Any) -> Any: ...


class OCPPCertificateBackend:
    """Certificate installation over OCPP Get15118EVCertificate, through the station's OCPP link
    (secc.ocpp.link.OCPPLink). The EXI request goes up base64-encoded; the CPS's signed EXI response
    comes back unchanged."""

    SCHEMA_VERSION = "urn:iso:std:iso:15118:-20:CommonMessages"

    def __init__(self, link: OCPPCall) -> None:
        self.link = link

    async def certificate_installation(self, request: CertificateInstallationReq,
                                       info: SessionInfo) -> CertificateInstallationRes:
        try:
            reply = await self.link.call("Get15118EVCertificate", iso15118_schema_version=self.SCHEMA_VERSION,
                                         action="Install",
                                         exi_request=base64.b64encode(exi.encode(request)).decode("ascii"))
        except (OCPPUnavailable, CSMSError) as exc:
            raise CertificateBackendError(f"Get15118EVCertificate: {exc}") from None
        blob = reply.exi_response
        status = getattr(reply.status, "value", reply.status)
        if status != "Accepted" or not blob:
            raise CertificateBackendError(f"CSMS answered {status!r} ({reply.status_info})")
        try:
            response = exi.decode(base64.b64decode(blob, validate=True), COMMON_MESSAGES)
        except (ValueError, exi.EXIError) as exc:
            raise CertificateBackendError(f"exiResponse is not a -20 message: {exc}") from None
        if not isinstance(response, CertificateInstallationRes):
            raise CertificateBackendError(f"exiResponse is a {type(response).__name__}")
        return response


class LocalCPS:
    """Lab backend: a toolkit PKI directory (`pki init`) acting as eMSP and CPS.

    Contract issuance and sealing run in a worker thread; `delay_s` imitates a backend round trip
    (so EVSEProcessing=Ongoing can be exercised).
    """

    def __init__(self, pki_dir: str | Path, *, password: bytes | None = None, delay_s: float = 0.0) -> None:
        from pki.backend import LocalContractService  # the lab stand-in lives in the toolkit
        from pki.testpki import load_pki

        self.service = LocalContractService(load_pki(Path(pki_dir), password))
        self.delay_s = delay_s

    async def certificate_installation(self, request: CertificateInstallationReq,
                                       info: SessionInfo) -> CertificateInstallationRes:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return await asyncio.to_thread(self.service.certificate_installation_res, request)


class LocalISO2CPS:
    """-2 lab backend: a `pki init --suite iso2` directory as CPS and eMSP (pki.backend.LocalISO2ContractService)
    for CertificateInstallationReq and CertificateUpdateReq. Each answer is (response body, Signature for the
    Header); a bad request raises an iso15118.security SecurityError, mapped to the -2 ResponseCode with
    iso15118.security.iso2.response_code. Work runs in a worker thread; `delay_s` imitates a backend round trip."""

    def __init__(self, pki_dir: str | Path, *, password: bytes | None = None, delay_s: float = 0.0) -> None:
        from pki.backend import LocalISO2ContractService
        from pki.testpki import load_pki

        self.service = LocalISO2ContractService(load_pki(Path(pki_dir), password))
        self.delay_s = delay_s

    async def certificate_installation(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return await asyncio.to_thread(self.service.certificate_installation, request, signature)

    async def certificate_update(self, request: Any, signature: Any, info: SessionInfo) -> tuple[Any, Any]:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        return await asyncio.to_thread(self.service.certificate_update, request, signature)
