"""Test-only certificate chains shaped like the -20 PKI (root -> SubCA1 -> SubCA2 -> leaf).

Replaced by the PKI engineer's toolkit once it lands; kept tiny: one function, PEM files out.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.x509 import ocsp
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, rsa
from cryptography.x509.oid import NameOID

PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class Chain:
    root: Path  # trust anchor PEM (what the peer holds)
    chain: Path  # leaf + SubCA2 + SubCA1 PEM (what is sent)
    leaf: Path  # leaf only (openssl -cert)
    cas: Path  # SubCA2 + SubCA1 (openssl -cert_chain)
    key: Path  # leaf private key PEM
    leaf_subject: str
    subca2_key: Path  # issuer of the leaf: signs test OCSP responses


def new_key(kind: str) -> PrivateKey:
    if kind == "p521":
        return ec.generate_private_key(ec.SECP521R1())
    if kind == "p256":
        return ec.generate_private_key(ec.SECP256R1())
    if kind == "ed448":
        return ed448.Ed448PrivateKey.generate()
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    raise ValueError(kind)


def _sign_hash(key: PrivateKey) -> hashes.HashAlgorithm | None:
    return None if isinstance(key, ed448.Ed448PrivateKey) else hashes.SHA512()


def _cert(subject: str, key: PrivateKey, issuer: str, issuer_key: PrivateKey, ca: bool, path_len: int | None) -> x509.Certificate:
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len if ca else None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=not ca, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
    )
    return builder.sign(issuer_key, _sign_hash(issuer_key))


def make_chain(directory: Path, name: str, kind: str = "p521") -> Chain:
    """root -> SubCA1 -> SubCA2 -> leaf, every key of `kind`; files under directory/name.*"""
    keys = [new_key(kind) for _ in range(4)]
    names = [f"{name} Root", f"{name} SubCA1", f"{name} SubCA2", f"{name} Leaf"]
    certs = [_cert(names[0], keys[0], names[0], keys[0], True, 2)]
    for i in (1, 2, 3):
        certs.append(_cert(names[i], keys[i], names[i - 1], keys[i - 1], i < 3, 2 - i if i < 3 else None))
    pem = lambda c: c.public_bytes(serialization.Encoding.PEM)  # noqa: E731
    root, chain, key = directory / f"{name}.root.pem", directory / f"{name}.chain.pem", directory / f"{name}.key.pem"
    leaf, cas = directory / f"{name}.leaf.pem", directory / f"{name}.cas.pem"
    root.write_bytes(pem(certs[0]))
    leaf.write_bytes(pem(certs[3]))
    cas.write_bytes(pem(certs[2]) + pem(certs[1]))
    chain.write_bytes(leaf.read_bytes() + cas.read_bytes())
    subca2_key = directory / f"{name}.subca2.key.pem"
    for path, private in ((key, keys[3]), (subca2_key, keys[2])):
        path.write_bytes(
            private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        )
    return Chain(root=root, chain=chain, leaf=leaf, cas=cas, key=key, leaf_subject=names[3], subca2_key=subca2_key)


def ocsp_good(chain: Chain) -> bytes:
    """A DER OCSPResponse 'good' for the chain's leaf, signed by its issuer (SubCA2)."""
    leaf = x509.load_pem_x509_certificate(chain.leaf.read_bytes())
    issuer = x509.load_pem_x509_certificates(chain.cas.read_bytes())[0]
    issuer_key = serialization.load_pem_private_key(chain.subca2_key.read_bytes(), None)
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response(
            cert=leaf, issuer=issuer, algorithm=hashes.SHA256(), cert_status=ocsp.OCSPCertStatus.GOOD,
            this_update=now, next_update=now + datetime.timedelta(days=1), revocation_time=None, revocation_reason=None,
        )
        .responder_id(ocsp.OCSPResponderEncoding.HASH, issuer)
    )
    return builder.sign(issuer_key, _sign_hash(issuer_key)).public_bytes(serialization.Encoding.DER)
