"""-2 Plug & Charge over the EV's ContractWallet: the same store, provisioning credentials, validity
rules and persistence as -20; the -2 signatures and key transport of iso15118.security.iso2.

A wallet holding -2 credentials (P-256: `pki init --suite iso2`) serves -2 sessions through this
adapter, so `evcc run` with `protocols = ["ISO15118-2"]` and a [pnc] table needs nothing else.
"""
from __future__ import annotations

from typing import Any

from evcc.iso2.credentials import ISO2Credentials
from evcc.pnc import ContractWallet
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages.iso2_msg_data_types import CertificateChainType
from iso15118.messages.xmldsig import SignatureType
from iso15118.security import iso2 as security
from iso15118.security.errors import NoCertificateAvailableError


class ISO2ContractWallet(ISO2Credentials):
    def __init__(self, wallet: ContractWallet) -> None:
        self.wallet = wallet

    def has_contract(self) -> bool:
        return self.wallet.has_contract()

    def needs_update(self) -> bool:
        """A contract that expires soon is updated (signed with its own key); none at all is installed."""
        return self.wallet.contract is not None and self.wallet.renewal_due()

    def emaid(self) -> str:
        return self.wallet.current().emaid

    def contract_chain(self) -> CertificateChainType:
        return security.certificate_chain(self.wallet.current().chain)

    def sign(self, body: iso2.AuthorizationReq | iso2.MeteringReceiptReq) -> SignatureType:
        return security.sign(body, self._contract_key())

    def _contract_key(self) -> Any:
        return self.wallet.current().key

    def installation_request(self, *, always: bool) -> tuple[iso2.CertificateInstallationReq, SignatureType] | None:
        p = self.wallet.provisioning
        if p is None or (not always and not self.wallet.renewal_due()):
            return None
        return security.certificate_installation_req(p.chain[0], p.key, p.v2g_roots)  # type: ignore[arg-type]

    def update_request(self) -> tuple[iso2.CertificateUpdateReq, SignatureType] | None:
        p = self.wallet.provisioning
        if p is None or self.wallet.contract is None:  # the V2G roots come with the provisioning credentials
            return None
        contract = self.wallet.current()
        return security.certificate_update_req(contract.chain, contract.key, p.v2g_roots)  # type: ignore[arg-type]

    def install(self, response: iso2.CertificateInstallationRes | iso2.CertificateUpdateRes,
                signature: SignatureType | None) -> str:
        p = self.wallet.provisioning
        if p is None:
            raise NoCertificateAvailableError("no provisioning credentials (V2G roots) to check a contract with")
        # Installation: sealed for the OEM provisioning key; update: for the old contract key.
        agreement = self._contract_key() if isinstance(response, iso2.CertificateUpdateRes) else p.agreement_key
        installed = security.open_certificate_installation_res(
            response, signature, agreement_key=agreement, v2g_roots=p.v2g_roots,  # type: ignore[arg-type]
            mo_roots=p.mo_roots, now=self.wallet.clock())
        self.wallet.use(installed.chain, installed.key)
        return installed.emaid

    def persist(self) -> None:
        self.wallet.persist()
