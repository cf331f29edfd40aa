"""Plug & Charge on the EV side: a contract certificate chain and its key sign AuthorizationReq.

    credentials = ContractCredentials.from_pem(Path("mo/chain.pem"), Path("mo/contract.key.pem"))
    client = EVCCClient(ev, replace(config, authorization=Authorization.PnC), ssl_context=..., pnc=credentials)

The signature (ECDSA-SHA512 on secp521r1, or Ed448, chosen by the key) covers the EXI fragment of
PnC_AReqAuthorizationMode with the SECC's GenChallenge, as -20 requires (iso15118.security.xmldsig).
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_private_key

from evcc.controller import PnCCredentials
from iso15118.messages.common_messages import ContractCertificateChainType
from iso15118.security.pnc import contract_chain_element
from iso15118.security.xmldsig import PrivateKey, sign_message


def _spki(public_key: Any) -> bytes:
    return public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)


class ContractCredentials(PnCCredentials):
    """The EV's contract: leaf, Sub-CA 2, Sub-CA 1 (as -20 transmits them) and the leaf's key."""

    def __init__(self, chain: Sequence[x509.Certificate], key: PrivateKey) -> None:
        if not chain:
            raise ValueError("a contract certificate chain needs at least the leaf")
        if _spki(key.public_key()) != _spki(chain[0].public_key()):
            raise ValueError("the private key does not belong to the contract certificate (first in the chain)")
        self.chain = list(chain)
        self.key = key

    @classmethod
    def from_pem(cls, chain_path: Path, key_path: Path, password: bytes | None = None) -> ContractCredentials:
        chain = x509.load_pem_x509_certificates(chain_path.read_bytes())
        key = load_pem_private_key(key_path.read_bytes(), password)
        return cls(chain, key)  # type: ignore[arg-type]

    def contract_certificate_chain(self) -> ContractCertificateChainType:
        return contract_chain_element(self.chain)

    def sign_authorization(self, request: Any) -> Any:
        return sign_message(request, self.key)
