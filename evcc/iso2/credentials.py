"""What a -2 Plug & Charge session needs from the EV's contract store (the -2 PKI: P-256, SHA-256).

The signatures and the contract-key decryption themselves live in iso15118.security (iso2 branch);
the phases only ask this interface for finished elements, so they stay pure and testable.
"""
from __future__ import annotations

import abc

from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages.iso2_msg_data_types import CertificateChainType
from iso15118.messages.xmldsig import SignatureType


class ISO2Credentials(abc.ABC):
    """The EV's -2 contract (and optionally the OEM provisioning credentials that install one)."""

    @abc.abstractmethod
    def has_contract(self) -> bool:
        """A valid contract certificate and its key are at hand."""

    @abc.abstractmethod
    def emaid(self) -> str:
        """The contract's EMAID (PaymentDetailsReq eMAID)."""

    @abc.abstractmethod
    def contract_chain(self) -> CertificateChainType:
        """ContractSignatureCertChain: leaf and Sub-CAs."""

    @abc.abstractmethod
    def sign(self, body: iso2.AuthorizationReq | iso2.MeteringReceiptReq) -> SignatureType:
        """The Header Signature with the contract key over what -2 signs in `body` (its EXI fragment)."""

    def needs_update(self) -> bool:
        """The contract expires soon: ask for CertificateUpdate when the SECC offers it."""
        return False

    def installation_request(self, *, always: bool) -> tuple[iso2.CertificateInstallationReq, SignatureType] | None:
        """A CertificateInstallationReq signed with the OEM provisioning key when the EV wants a contract
        now (none, expiring, or `always`), else None."""
        return None

    def update_request(self) -> tuple[iso2.CertificateUpdateReq, SignatureType] | None:
        """A CertificateUpdateReq signed with the current contract key, or None."""
        return None

    def install(self, response: iso2.CertificateInstallationRes | iso2.CertificateUpdateRes,
                signature: SignatureType | None) -> str:
        """Check the SA provisioning chain and its `signature` (the response's Header), decrypt the contract key, use the new contract
        from now on; returns its EMAID. Raises iso15118.security SecurityError."""
        raise NotImplementedError(f"{type(self).__name__} cannot install contracts")

    def persist(self) -> None:
        """Store the contract installed last (I/O: the client calls it on ContractInstalled)."""
