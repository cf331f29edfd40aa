"""What the -2 states ask of the SECC's PnC authorizer (secc.authorization.ContractAuthorizer): the contract
chain of PaymentDetailsReq and the signed AuthorizationReq (iso15118.security.iso2 decides, with -2's
response codes), and the backend for CertificateInstallation/Update (LocalISO2CPS in a lab, [pnc]
iso2_local_cps). The same [pnc] mo_roots serve -20 and -2: each generation's policy picks its roots.
"""
from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from iso15118.security import iso2 as security
from secc.authorization import ISO2CertificateBackend, ISO2PnCResult
from secc.controller import SessionInfo
from secc.state import Env


@runtime_checkable
class ISO2PnC(Protocol):
    iso2_installation: ISO2CertificateBackend | None
    sales_tariff_signer: security.SalesTariffSigner | None  # None: PnC sessions get no SalesTariff

    async def verify_contract_iso2(self, request: Any, info: SessionInfo) -> ISO2PnCResult: ...

    async def verify_authorization_iso2(self, request: Any, signature: Any, contract: Any, gen_challenge: bytes,
                                        info: SessionInfo) -> ISO2PnCResult: ...


def pnc_hook(env: Env) -> ISO2PnC | None:
    """The SECC's PnC authorizer when it speaks -2 too; None: the SECC offers ExternalPayment only."""
    return env.pnc if isinstance(env.pnc, ISO2PnC) else None
