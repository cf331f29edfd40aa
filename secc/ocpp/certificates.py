"""Certificates the CSMS manages on the station: roots (InstallCertificate, GetInstalledCertificateIds,
DeleteCertificate) and the SECC's own V2G certificate (SignCertificate / CertificateSigned).

Installed roots are PEM files in one directory per type; the PnC authorizer trusts the MO roots found
there besides the configured ones. A V2G certificate from CertificateSigned replaces the SECC's TLS chain
only when its key is the one we generated for the CSR and the chain validates (-20 profile) to an
installed or configured V2G root; the files are replaced atomically and the TLS context reloads them.
"""
from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509 import ocsp

from iso15118.security.certificates import validate_chain
from iso15118.security.errors import CertificateError

logger = logging.getLogger(__name__)

ROOT_TYPES = {"V2GRootCertificate": "v2g", "MORootCertificate": "mo", "CSMSRootCertificate": "csms",
              "ManufacturerRootCertificate": "manufacturer"}


def hash_data(cert: x509.Certificate, issuer: x509.Certificate) -> dict[str, Any]:
    """CertificateHashDataType (snake_case, SHA256) of `cert` issued by `issuer` (itself for a root)."""
    cert_id = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256()).build()
    return {"hash_algorithm": "SHA256", "issuer_name_hash": cert_id.issuer_name_hash.hex(),
            "issuer_key_hash": cert_id.issuer_key_hash.hex(), "serial_number": format(cert.serial_number, "x")}


class InstalledCertificates:
    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        for sub in ROOT_TYPES.values():
            (self.directory / sub).mkdir(parents=True, exist_ok=True)

    def roots(self, certificate_type: str) -> list[x509.Certificate]:
        found = []
        for path in sorted((self.directory / ROOT_TYPES[certificate_type]).glob("*.pem")):
            found += x509.load_pem_x509_certificates(path.read_bytes())
        return found

    def install(self, certificate_type: str, pem: str) -> str:
        """InstallCertificate: Accepted, or Rejected for what is no self-signed CA certificate."""
        if certificate_type not in ROOT_TYPES:
            return "Rejected"
        try:
            (cert,) = x509.load_pem_x509_certificates(pem.encode())
            constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
            cert.verify_directly_issued_by(cert)
        except (ValueError, TypeError, x509.ExtensionNotFound, InvalidSignature) as exc:
            logger.warning("InstallCertificate %s refused: not one self-signed CA certificate (%r)", certificate_type, exc)
            return "Rejected"
        if not constraints.ca:
            return "Rejected"
        name = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()[:32]
        _write_atomically(self.directory / ROOT_TYPES[certificate_type] / f"{name}.pem",
                          cert.public_bytes(serialization.Encoding.PEM))
        return "Accepted"

    def ids(self, types: Sequence[str] | None) -> list[dict[str, Any]]:
        """GetInstalledCertificateIds: certificateHashDataChain entries of the installed roots."""
        return [{"certificate_type": t, "certificate_hash_data": hash_data(cert, cert)}
                for t in (types or ROOT_TYPES) if t in ROOT_TYPES for cert in self.roots(t)]

    def delete(self, wanted: dict[str, Any]) -> str:
        """DeleteCertificate by hash data: Accepted or NotFound."""
        keys = ("issuer_name_hash", "issuer_key_hash", "serial_number")
        for sub in ROOT_TYPES.values():
            for path in (self.directory / sub).glob("*.pem"):
                cert = x509.load_pem_x509_certificate(path.read_bytes())
                have = hash_data(cert, cert)
                if all(str(have[k]).lower().lstrip("0") == str(wanted.get(k, "")).lower().lstrip("0") for k in keys):
                    path.unlink()
                    return "Accepted"
        return "NotFound"


class V2GCertificate:
    """The SECC's TLS credentials (chain and key files) and their renewal through the CSMS."""

    def __init__(self, chain_path: str | Path, key_path: str | Path, trusted_roots: Callable[[], list[x509.Certificate]],
                 reload: Callable[[], None]) -> None:
        self.chain_path, self.key_path = Path(chain_path), Path(key_path)
        self.trusted_roots = trusted_roots
        self.reload = reload
        self._pending: Any = None  # the key of the last CSR

    def csr(self) -> str:
        """A PEM CSR for a fresh key of the current key's type, with the current leaf's subject."""
        leaf = x509.load_pem_x509_certificates(self.chain_path.read_bytes())[0]
        current = leaf.public_key()
        if isinstance(current, ed448.Ed448PublicKey):
            key: Any = ed448.Ed448PrivateKey.generate()
            algorithm = None
        else:
            assert isinstance(current, ec.EllipticCurvePublicKey)
            key = ec.generate_private_key(current.curve)
            algorithm = hashes.SHA512() if current.curve.key_size > 384 else hashes.SHA256()
        request = x509.CertificateSigningRequestBuilder().subject_name(leaf.subject).sign(key, algorithm)
        self._pending = key
        return request.public_bytes(serialization.Encoding.PEM).decode()

    def signed(self, chain_pem: str) -> str:
        """CertificateSigned: Accepted once the new chain is in place, else Rejected (nothing changes)."""
        if self._pending is None:
            logger.warning("CertificateSigned without a pending SignCertificate")
            return "Rejected"
        try:
            chain = x509.load_pem_x509_certificates(chain_pem.encode())
            if chain[0].public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) != \
                    self._pending.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo):
                raise ValueError("the certificate is not for the key of our CSR")
            validate_chain(chain, self.trusted_roots())
        except (ValueError, CertificateError) as exc:
            logger.warning("CertificateSigned refused: %s", exc)
            return "Rejected"
        key_pem = self._pending.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption())
        _write_atomically(self.key_path, key_pem, mode=0o600)  # key first: a crash leaves the old chain
        _write_atomically(self.chain_path, b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain))
        self._pending = None
        self.reload()
        return "Accepted"


def _write_atomically(path: Path, data: bytes, mode: int = 0o644) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
