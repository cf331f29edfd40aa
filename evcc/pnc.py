"""Plug & Charge on the EV side: the contract that signs AuthorizationReq, and installing a new one.

    wallet = ContractWallet.open(store=Path("contracts/"),
                                 provisioning=ProvisioningCredentials.from_pem(
                                     Path("oem/chain.pem"), Path("oem/prov.key.pem"), [Path("trust/v2g-roots.pem")]))
    client = EVCCClient(ev, replace(config, authorization=Authorization.PnC), ssl_context=..., pnc=wallet)

Signatures (ECDSA-SHA512 on secp521r1, or Ed448, chosen by the key) cover the EXI fragments -20 names:
PnC_AReqAuthorizationMode with the SECC's GenChallenge, OEMProvisioningCertificateChain in
CertificateInstallationReq (iso15118.security.xmldsig). A contract the SECC's CPS sends is checked
(CPS chain to a trusted V2G root, CPS signature, key matching the certificate) before it is used,
then kept in the store directory for the next sessions.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from evcc.controller import PnCCredentials
from iso15118.messages.common_messages import ContractCertificateChainType
from iso15118.security.certificates import common_name, load_pem_certificates
from iso15118.security.errors import NoCertificateAvailableError
from iso15118.security.key_transport import AgreementPrivateKey
from iso15118.security.pnc import (
    certificate_installation_request,
    contract_chain_element,
    open_certificate_installation_res,
)
from iso15118.security.xmldsig import PrivateKey, sign_message

CONTRACT_CHAIN_FILE = "contract-chain.pem"
CONTRACT_KEY_FILE = "contract.key.pem"


def _check_leaf_key(chain: Sequence[x509.Certificate], key: PrivateKey, what: str) -> None:
    """The chain starts with the leaf, and `key` is that leaf's private key."""
    if not chain:
        raise ValueError(f"a {what} certificate chain needs at least the leaf")
    def spki(public_key: Any) -> bytes:
        return public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)  # type: ignore[no-any-return]

    if spki(key.public_key()) != spki(chain[0].public_key()):
        raise ValueError(f"the private key does not belong to the {what} certificate (first in the chain)")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class ContractCredentials(PnCCredentials):
    """The EV's contract: leaf, Sub-CA 2, Sub-CA 1 (as -20 transmits them) and the leaf's key."""

    def __init__(self, chain: Sequence[x509.Certificate], key: PrivateKey) -> None:
        _check_leaf_key(chain, key, "contract")
        self.chain = list(chain)
        self.key = key

    @classmethod
    def from_pem(cls, chain_path: Path, key_path: Path, password: bytes | None = None) -> ContractCredentials:
        chain = x509.load_pem_x509_certificates(chain_path.read_bytes())
        key = load_pem_private_key(key_path.read_bytes(), password)
        return cls(chain, key)  # type: ignore[arg-type]

    @property
    def emaid(self) -> str:
        return common_name(self.chain[0])

    def contract_certificate_chain(self) -> ContractCertificateChainType:
        return contract_chain_element(self.chain)

    def sign(self, request: Any) -> Any:
        return sign_message(request, self.key)


class ProvisioningCredentials:
    """What the vehicle leaves the factory with: OEM provisioning chain (leaf with the PCID, Sub-CA 2,
    Sub-CA 1), its signing key, its ECDH key (the same key on secp521r1; the X448 key of the
    subjectAltPublicKeyInfo with Ed448) and the V2G roots a CPS chain must lead to."""

    def __init__(self, chain: Sequence[x509.Certificate], key: PrivateKey, v2g_roots: Sequence[x509.Certificate], *,
                 agreement_key: AgreementPrivateKey | None = None, mo_roots: Sequence[x509.Certificate] = ()) -> None:
        _check_leaf_key(chain, key, "provisioning")
        if not v2g_roots:
            raise ValueError("certificate installation needs at least one trusted V2G root")
        self.chain = list(chain)
        self.key = key
        self.agreement_key: AgreementPrivateKey = agreement_key or key  # type: ignore[assignment]
        self.v2g_roots = list(v2g_roots)
        self.mo_roots = list(mo_roots)

    @classmethod
    def from_pem(cls, chain_path: Path, key_path: Path, v2g_roots: Sequence[Path], *,
                 agreement_key_path: Path | None = None, mo_roots: Sequence[Path] = (),
                 password: bytes | None = None) -> ProvisioningCredentials:
        agreement = (load_pem_private_key(agreement_key_path.read_bytes(), password)
                     if agreement_key_path is not None else None)
        return cls(x509.load_pem_x509_certificates(chain_path.read_bytes()),
                   load_pem_private_key(key_path.read_bytes(), password),  # type: ignore[arg-type]
                   load_pem_certificates(v2g_roots), agreement_key=agreement,  # type: ignore[arg-type]
                   mo_roots=load_pem_certificates(mo_roots))

    @property
    def pcid(self) -> str:
        return common_name(self.chain[0])


class ContractWallet(PnCCredentials):
    """The EV's PnC state across sessions: the current contract (if any), the provisioning
    credentials that can install one, and the directory the contract is kept in.

    A contract is installed when there is none, when it expires within `renew_within`, or always
    when the config asks for it.
    """

    def __init__(self, contract: ContractCredentials | None = None, *,
                 provisioning: ProvisioningCredentials | None = None, store: Path | None = None,
                 renew_within: dt.timedelta = dt.timedelta(days=30),
                 clock: Callable[[], dt.datetime] = _utcnow) -> None:
        self.contract = contract
        self.provisioning = provisioning
        self.store = store
        self.renew_within = renew_within
        self.clock = clock
        self._unsaved = False

    @classmethod
    def open(cls, *, store: Path | None = None, contract: ContractCredentials | None = None,
             provisioning: ProvisioningCredentials | None = None, **kwargs: Any) -> ContractWallet:
        """A wallet with the contract of `store` (if it holds one), else `contract`."""
        if store is not None and (store / CONTRACT_CHAIN_FILE).exists():
            contract = ContractCredentials.from_pem(store / CONTRACT_CHAIN_FILE, store / CONTRACT_KEY_FILE)
        return cls(contract, provisioning=provisioning, store=store, **kwargs)

    def _usable(self, margin: dt.timedelta = dt.timedelta(0)) -> bool:
        if self.contract is None:
            return False
        leaf = self.contract.chain[0]
        now = self.clock()
        return leaf.not_valid_before_utc <= now and now + margin < leaf.not_valid_after_utc

    def has_contract(self) -> bool:
        return self._usable()

    def renewal_due(self) -> bool:
        """No usable contract, or it expires within `renew_within`: time to install or update one."""
        return not self._usable(self.renew_within)

    def use(self, chain: Sequence[x509.Certificate], key: PrivateKey) -> None:
        """Use a contract installed by a session from now on (persist() stores it)."""
        self.contract = ContractCredentials(chain, key)
        self._unsaved = True

    def current(self) -> ContractCredentials:
        if self.contract is None:
            raise LookupError("no contract certificate installed")
        return self.contract

    def contract_certificate_chain(self) -> ContractCertificateChainType:
        return self.current().contract_certificate_chain()

    def sign(self, request: Any) -> Any:
        return self.current().sign(request)

    def installation_request(self, header: Any, *, always: bool) -> Any | None:
        if self.provisioning is None or (not always and not self.renewal_due()):
            return None
        p = self.provisioning
        emaids = [self.contract.emaid] if self.contract is not None else []
        return certificate_installation_request(header, p.chain, p.key, p.v2g_roots, prioritized_emaids=emaids)

    def install(self, response: Any) -> str:
        if self.provisioning is None:
            raise NoCertificateAvailableError("no provisioning credentials to open a CertificateInstallationRes with")
        p = self.provisioning
        installed = open_certificate_installation_res(
            response, agreement_key=p.agreement_key, pcid=p.pcid, v2g_roots=p.v2g_roots, mo_roots=p.mo_roots,
            now=self.clock())
        self.use(installed.chain, installed.key)
        return installed.emaid

    def persist(self) -> None:
        if self.store is None or self.contract is None or not self._unsaved:
            return
        self.store.mkdir(parents=True, exist_ok=True)
        chain = b"".join(c.public_bytes(Encoding.PEM) for c in self.contract.chain)
        key = self.contract.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        _write_atomically(self.store / CONTRACT_KEY_FILE, key, 0o600)
        _write_atomically(self.store / CONTRACT_CHAIN_FILE, chain, 0o644)
        self._unsaved = False


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    """Never leave a half-written contract behind (power may drop in a car)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
