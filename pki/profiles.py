"""Certificate profiles of the ISO 15118 PKIs (-20 Annex B, -2 Annex F as we read them).

One `Profile` per certificate role: subject DC, CA flag and path length, key usage, extended
key usage where the standard (or RFC 6960 for OCSP) defines one, and the maximum validity.
One `Suite` per algorithm set: -20 secp521r1/ECDSA-SHA-512, -20 Ed448, -2 secp256r1/SHA-256.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import ExtendedKeyUsageOID

from iso15118.security.certificates import ISO15118_2, ISO15118_20, AlgorithmPolicy

PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey

YEAR = dt.timedelta(days=365)


class Suite(enum.Enum):
    """Algorithm suite of a whole PKI."""

    ISO20_ECDSA = "iso20-ecdsa"  # secp521r1, ecdsa-with-SHA512 ([V2G20-2674])
    ISO20_ED448 = "iso20-ed448"  # Ed448 ([V2G20-2319])
    ISO2 = "iso2"  # secp256r1, ecdsa-with-SHA256 (ISO 15118-2)

    def generate_key(self) -> PrivateKey:
        if self is Suite.ISO20_ED448:
            return ed448.Ed448PrivateKey.generate()
        return ec.generate_private_key(ec.SECP521R1() if self is Suite.ISO20_ECDSA else ec.SECP256R1())

    @property
    def signature_hash(self) -> hashes.HashAlgorithm | None:
        """Hash for X509 signing; None for Ed448 (PureEdDSA)."""
        return {Suite.ISO20_ECDSA: hashes.SHA512(), Suite.ISO20_ED448: None, Suite.ISO2: hashes.SHA256()}[self]

    @property
    def policy(self) -> AlgorithmPolicy:
        return ISO15118_2 if self is Suite.ISO2 else ISO15118_20


@dataclass(frozen=True)
class KeyUsage:
    digital_signature: bool = False
    content_commitment: bool = False  # a.k.a. nonRepudiation
    key_agreement: bool = False
    key_cert_sign: bool = False
    crl_sign: bool = False

    def extension(self) -> x509.KeyUsage:
        return x509.KeyUsage(
            digital_signature=self.digital_signature, content_commitment=self.content_commitment,
            key_encipherment=False, data_encipherment=False, key_agreement=self.key_agreement,
            key_cert_sign=self.key_cert_sign, crl_sign=self.crl_sign, encipher_only=False, decipher_only=False,
        )

    @classmethod
    def of(cls, ku: x509.KeyUsage) -> KeyUsage:
        return cls(ku.digital_signature, ku.content_commitment, ku.key_agreement, ku.key_cert_sign, ku.crl_sign)


CA_USAGE = KeyUsage(key_cert_sign=True, crl_sign=True)
LEAF_USAGE = KeyUsage(digital_signature=True, key_agreement=True)


class Role(enum.Enum):
    """Every certificate role of the PnC PKIs."""

    V2G_ROOT = "v2g-root"
    CPO_SUBCA1 = "cpo-subca1"
    CPO_SUBCA2 = "cpo-subca2"
    SECC = "secc"
    OEM_ROOT = "oem-root"
    OEM_SUBCA1 = "oem-subca1"
    OEM_SUBCA2 = "oem-subca2"
    OEM_PROV = "oem-prov"
    MO_ROOT = "mo-root"
    MO_SUBCA1 = "mo-subca1"
    MO_SUBCA2 = "mo-subca2"
    CONTRACT = "contract"
    CPS_SUBCA1 = "cps-subca1"
    CPS_SUBCA2 = "cps-subca2"
    CPS = "cps"
    OCSP_SIGNER = "ocsp-signer"


@dataclass(frozen=True)
class Profile:
    role: Role
    domain_component: str | None
    ca: bool
    path_length: int | None
    key_usage: KeyUsage
    max_validity: dt.timedelta
    extended_key_usage: tuple[x509.ObjectIdentifier, ...] = ()
    key_usage_critical: bool = True

    @property
    def leaf(self) -> bool:
        return not self.ca


def _ca(role: Role, dc: str, path_length: int | None, years: int) -> Profile:
    return Profile(role, dc, True, path_length, CA_USAGE, years * YEAR)


PROFILES: dict[Role, Profile] = {
    Role.V2G_ROOT: _ca(Role.V2G_ROOT, "V2G", None, 40),
    Role.CPO_SUBCA1: _ca(Role.CPO_SUBCA1, "V2G", 1, 4),
    Role.CPO_SUBCA2: _ca(Role.CPO_SUBCA2, "V2G", 0, 2),
    Role.SECC: Profile(Role.SECC, "CPO", False, None, LEAF_USAGE, YEAR),
    Role.OEM_ROOT: _ca(Role.OEM_ROOT, "OEM", None, 40),
    Role.OEM_SUBCA1: _ca(Role.OEM_SUBCA1, "OEM", 1, 4),
    Role.OEM_SUBCA2: _ca(Role.OEM_SUBCA2, "OEM", 0, 4),
    Role.OEM_PROV: Profile(Role.OEM_PROV, None, False, None, LEAF_USAGE, 4 * YEAR),
    Role.MO_ROOT: _ca(Role.MO_ROOT, "MO", None, 40),
    Role.MO_SUBCA1: _ca(Role.MO_SUBCA1, "MO", 1, 4),
    Role.MO_SUBCA2: _ca(Role.MO_SUBCA2, "MO", 0, 2),
    Role.CONTRACT: Profile(Role.CONTRACT, None, False, None,
                           KeyUsage(digital_signature=True, content_commitment=True, key_agreement=True), 2 * YEAR),
    Role.CPS_SUBCA1: _ca(Role.CPS_SUBCA1, "V2G", 1, 4),
    Role.CPS_SUBCA2: _ca(Role.CPS_SUBCA2, "V2G", 0, 2),
    Role.CPS: Profile(Role.CPS, "CPS", False, None, KeyUsage(digital_signature=True), 2 * YEAR),
    Role.OCSP_SIGNER: Profile(Role.OCSP_SIGNER, None, False, None, KeyUsage(digital_signature=True), YEAR,
                              (ExtendedKeyUsageOID.OCSP_SIGNING,)),
}
