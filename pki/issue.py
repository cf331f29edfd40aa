"""Issue certificates, CRLs and OCSP responses to the ISO 15118 profiles."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509 import ocsp
from cryptography.x509.oid import NameOID

from iso15118.security.key_transport import SUBJECT_ALT_PUBLIC_KEY_INFO

from .profiles import PROFILES, PrivateKey, Profile, Role, Suite


@dataclass(frozen=True)
class Issued:
    """A certificate with its private key and the suite it was made for."""

    role: Role
    certificate: x509.Certificate
    key: PrivateKey
    suite: Suite
    agreement_key: x448.X448PrivateKey | None = None  # Ed448 OEM provisioning: X448 ECDH key

    @property
    def subject(self) -> x509.Name:
        return self.certificate.subject


def subject_key_identifier(public_key: ec.EllipticCurvePublicKey | ed448.Ed448PublicKey) -> bytes:
    """8-byte key identifier, RFC 5280 4.2.1.2 method (2): 0100 + low 60 bits of SHA-1(subjectPublicKey).

    8 bytes because -20's key-transport AAD carries the contract SKI as 16 hex characters ([V2G20-2492]).
    """
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        raw = public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    else:
        raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    low = bytearray(hashlib.sha1(raw).digest()[-8:])
    low[0] = 0x40 | (low[0] & 0x0F)
    return bytes(low)


def contract_key(suite: Suite) -> PrivateKey:
    """Contract keys for Ed448 must fit -20's 56-byte X448_EncryptedPrivateKey plaintext.

    An Ed448 private key is a 57-byte seed; we pick seeds whose last byte is zero so the first
    56 bytes carry the whole key through key transport (see iso15118.security.key_transport).
    """
    if suite is not Suite.ISO20_ED448:
        return suite.generate_key()
    return ed448.Ed448PrivateKey.from_private_bytes(secrets.token_bytes(56) + b"\x00")


def make_name(common_name: str, *, organization: str, country: str = "DE",
              domain_component: str | None = None) -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
    ]
    if domain_component:
        attributes.append(x509.NameAttribute(NameOID.DOMAIN_COMPONENT, domain_component))
    return x509.Name(attributes)


def issue(
    role: Role,
    common_name: str,
    *,
    suite: Suite,
    issuer: Issued | None = None,
    organization: str = "iso15118-stack test PKI",
    country: str = "DE",
    not_before: dt.datetime | None = None,
    validity: dt.timedelta | None = None,
    key: PrivateKey | None = None,
    profile: Profile | None = None,
) -> Issued:
    """Issue one certificate of `role`; self-signed when `issuer` is None.

    `profile`, `not_before`, `validity` and `key` override the standard values (tests use them
    to make expired, not-yet-valid or mis-profiled certificates).
    """
    profile = profile or PROFILES[role]
    key = key or (contract_key(suite) if role is Role.CONTRACT else suite.generate_key())
    not_before = not_before or (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    validity = validity or profile.max_validity
    subject = make_name(common_name, organization=organization, country=country,
                        domain_component=profile.domain_component)
    signer_key = issuer.key if issuer else key
    signer_suite = issuer.suite if issuer else suite
    ski = subject_key_identifier(key.public_key())
    issuer_ski = subject_key_identifier(issuer.key.public_key()) if issuer else ski
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(secrets.randbits(63) | 1 << 62)
        .not_valid_before(not_before)
        .not_valid_after(not_before + validity)
        .add_extension(x509.BasicConstraints(ca=profile.ca, path_length=profile.path_length), critical=True)
        .add_extension(profile.key_usage.extension(), critical=profile.key_usage_critical)
        .add_extension(x509.SubjectKeyIdentifier(ski), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier(issuer_ski, None, None), critical=False)
    )
    if profile.extended_key_usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(list(profile.extended_key_usage)), critical=False)
    agreement_key = None
    if role is Role.OEM_PROV and isinstance(key, ed448.Ed448PrivateKey):
        # -20 Ed448 provisioning certificates carry the X448 ECDH key as subjectAltPublicKeyInfo.
        agreement_key = x448.X448PrivateKey.generate()
        spki = agreement_key.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        builder = builder.add_extension(x509.UnrecognizedExtension(SUBJECT_ALT_PUBLIC_KEY_INFO, spki), critical=False)
    certificate = builder.sign(signer_key, signer_suite.signature_hash)  # type: ignore[arg-type]
    return Issued(role, certificate, key, suite, agreement_key)


def make_crl(issuer: Issued, revoked: Sequence[x509.Certificate], *, now: dt.datetime | None = None,
             next_update: dt.timedelta = dt.timedelta(days=7)) -> x509.CertificateRevocationList:
    now = now or dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(now - dt.timedelta(minutes=5))
        .next_update(now + next_update)
        .add_extension(x509.AuthorityKeyIdentifier(subject_key_identifier(issuer.key.public_key()), None, None),
                       critical=False)
        .add_extension(x509.CRLNumber(secrets.randbits(31)), critical=False)
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(cert.serial_number).revocation_date(now - dt.timedelta(minutes=1)).build()
        )
    return builder.sign(issuer.key, issuer.suite.signature_hash)  # type: ignore[arg-type]


def make_ocsp_response(
    certificate: x509.Certificate,
    issuer: Issued,
    *,
    revoked: bool = False,
    responder: Issued | None = None,
    now: dt.datetime | None = None,
    next_update: dt.timedelta = dt.timedelta(days=1),
    cert_id_hash: hashes.HashAlgorithm | None = None,
) -> ocsp.OCSPResponse:
    """A signed OCSP response for `certificate`; by the issuing CA or a delegated `responder`."""
    now = now or dt.datetime.now(dt.timezone.utc)
    signer = responder or issuer
    status = ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD
    builder = ocsp.OCSPResponseBuilder().add_response(
        cert=certificate, issuer=issuer.certificate, algorithm=cert_id_hash or hashes.SHA1(), cert_status=status,
        this_update=now - dt.timedelta(minutes=5), next_update=now + next_update,
        revocation_time=now - dt.timedelta(minutes=1) if revoked else None,
        revocation_reason=x509.ReasonFlags.key_compromise if revoked else None,
    ).responder_id(ocsp.OCSPResponderEncoding.HASH, signer.certificate)
    if responder is not None:
        builder = builder.certificates([responder.certificate])
    return builder.sign(signer.key, signer.suite.signature_hash)  # type: ignore[arg-type]
