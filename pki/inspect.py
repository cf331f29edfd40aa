"""Describe a certificate and check it against its ISO 15118 profile."""
from __future__ import annotations

from typing import TypeVar

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509.oid import NameOID

from iso15118.security.errors import SecurityError
from iso15118.security.key_transport import agreement_public_key

from .issue import subject_key_identifier
from .profiles import PROFILES, KeyUsage, Role, Suite


E = TypeVar("E", bound=x509.ExtensionType)


def _ext(cert: x509.Certificate, cls: type[E]) -> E | None:
    """The certificate's extension of type `cls`, typed as that class; None when absent."""
    try:
        return cert.extensions.get_extension_for_class(cls).value
    except x509.ExtensionNotFound:
        return None


def key_description(cert: x509.Certificate) -> str:
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448"
    return type(key).__name__


def describe(cert: x509.Certificate) -> dict[str, object]:
    bc = _ext(cert, x509.BasicConstraints)
    ku = _ext(cert, x509.KeyUsage)
    eku = _ext(cert, x509.ExtendedKeyUsage)
    ski = _ext(cert, x509.SubjectKeyIdentifier)
    aki = _ext(cert, x509.AuthorityKeyIdentifier)
    return {
        "subject": cert.subject.rfc4514_string(),
        "issuer": cert.issuer.rfc4514_string(),
        "serial": f"{cert.serial_number:#x}",
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "key": key_description(cert),
        "signature_algorithm": cert.signature_algorithm_oid._name,
        "ca": bool(bc and bc.ca),
        "path_length": bc.path_length if bc else None,
        "key_usage": [k for k, v in vars(KeyUsage.of(ku)).items() if v] if ku else [],
        "extended_key_usage": [o._name for o in eku] if eku else [],
        "ski": ski.digest.hex().upper() if ski else None,
        "aki": aki.key_identifier.hex().upper() if aki and aki.key_identifier else None,
    }


def check_profile(cert: x509.Certificate, role: Role, suite: Suite) -> list[str]:
    """Every deviation of `cert` from the `role` profile of `suite`; empty when it conforms."""
    profile = PROFILES[role]
    problems: list[str] = []
    try:
        suite.policy.check(cert)
    except SecurityError as exc:
        problems.append(str(exc))
    if suite is Suite.ISO20_ED448 and not isinstance(cert.public_key(), ed448.Ed448PublicKey):
        problems.append("Ed448 suite needs an Ed448 key")
    if suite is Suite.ISO20_ECDSA and isinstance(cert.public_key(), ed448.Ed448PublicKey):
        problems.append("ECDSA suite needs a secp521r1 key")
    for oid, label in ((NameOID.COMMON_NAME, "CN"), (NameOID.ORGANIZATION_NAME, "O"), (NameOID.COUNTRY_NAME, "C")):
        if not cert.subject.get_attributes_for_oid(oid):
            problems.append(f"subject lacks {label}")
    dcs = [a.value for a in cert.subject.get_attributes_for_oid(NameOID.DOMAIN_COMPONENT)]
    if profile.domain_component and dcs != [profile.domain_component]:
        problems.append(f"subject DC {dcs} != ['{profile.domain_component}']")
    bc_ext = cert.extensions.get_extension_for_class(x509.BasicConstraints) if _ext(cert, x509.BasicConstraints) else None
    if bc_ext is None or not bc_ext.critical:
        problems.append("basicConstraints missing or not critical")
    elif bc_ext.value.ca != profile.ca or bc_ext.value.path_length != profile.path_length:
        problems.append(f"basicConstraints CA={bc_ext.value.ca} pathLen={bc_ext.value.path_length}, "
                        f"profile CA={profile.ca} pathLen={profile.path_length}")
    ku = _ext(cert, x509.KeyUsage)
    if ku is None:
        problems.append("keyUsage missing")
    elif KeyUsage.of(ku) != profile.key_usage:
        problems.append(f"keyUsage {KeyUsage.of(ku)} != {profile.key_usage}")
    eku = _ext(cert, x509.ExtendedKeyUsage)
    if tuple(eku or ()) != profile.extended_key_usage:
        problems.append(f"extendedKeyUsage {list(eku or ())} != {list(profile.extended_key_usage)}")
    ski = _ext(cert, x509.SubjectKeyIdentifier)
    if ski is None:
        problems.append("subjectKeyIdentifier missing")
    elif ski.digest != subject_key_identifier(cert.public_key()):  # type: ignore[attr-defined,arg-type]
        problems.append("subjectKeyIdentifier is not the 8-byte RFC 5280 method (2) identifier")
    if _ext(cert, x509.AuthorityKeyIdentifier) is None:
        problems.append("authorityKeyIdentifier missing")
    if role is Role.OEM_PROV and suite is not Suite.ISO2:
        try:
            agreement_public_key(cert)
        except SecurityError as exc:
            problems.append(str(exc))
    validity = cert.not_valid_after_utc - cert.not_valid_before_utc
    if validity > profile.max_validity:
        problems.append(f"validity {validity.days} days exceeds {profile.max_validity.days}")
    return problems
