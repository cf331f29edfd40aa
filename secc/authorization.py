"""Plug & Charge hook: how contract-based authorization plugs into the SECC's Authorization state.

The SECC offers PnC only when a `PnCAuthorizer` is installed (secc.server.SECCServer(pnc=...)).
The Authorization state hands it the EV's AuthorizationReq and the GenChallenge it sent in
AuthorizationSetupRes; the authorizer checks challenge, XML signature, contract chain against the MO
roots it trusts, validity and revocation (iso15118.security), and returns the -20 response code plus
the EMAID. With an OK code the SECC then asks the EVSE controller's authorize() for the final word.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from iso15118.messages.common_types import responseCodeType
from secc.controller import SessionInfo


@dataclass(frozen=True)
class PnCResult:
    response_code: responseCodeType  # OK, OK_CertificateExpiresSoon, or the WARNING_/FAILED_ code -20 names
    emaid: str | None = None


class PnCAuthorizer(Protocol):
    supported_providers: list[str] | None  # AuthorizationSetupRes SupportedProviders (None: omit)

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        """Check a PnC AuthorizationReq (signature over PnC_AReqAuthorizationMode, contract chain)."""
        ...

    async def install_certificate(self, request: Any, info: SessionInfo) -> Any:
        """Answer a CertificateInstallationReq with a complete CertificateInstallationRes (Header and
        ResponseCode are set by the SECC afterwards)."""
        ...
