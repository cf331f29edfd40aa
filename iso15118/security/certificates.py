"""PnC certificate chain validation (contract, OEM provisioning, CPS, SECC chains).

Pure: certificates, trust anchors, revocation data and the time are all arguments, so the SECC
can validate offline and a test can pin `now`. -20 transmits chains ordered leaf -> Sub-CA 2 ->
Sub-CA 1; we validate that order strictly instead of path building, as the standard requires.
"""
from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509 import ocsp
from cryptography.x509.oid import ExtendedKeyUsageOID

from .errors import (
    AlgorithmError,
    CertChainError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    NoCertificateAvailableError,
    Reason,
    RevocationUnknownError,
    UnknownRootError,
)

# -20 allows at most leaf + 3 sub-CAs in SubCertificates, -2 up to 4; the PKIs define two.
MAX_SUB_CERTIFICATES = 3
MAX_SUB_CERTIFICATES_ISO2 = 4


@dataclass(frozen=True)
class AlgorithmPolicy:
    """Which keys and certificate signature algorithms a chain may use."""

    name: str
    curves: frozenset[str] = frozenset()  # EC curve names (cryptography's .name)
    signature_hashes: frozenset[str] = frozenset()  # hash names for ECDSA signatures
    ed448: bool = False

    def check(self, cert: x509.Certificate) -> None:
        key = cert.public_key()
        if isinstance(key, ec.EllipticCurvePublicKey):
            if key.curve.name not in self.curves:
                raise AlgorithmError(f"curve {key.curve.name} not allowed by {self.name}", subject=_cn(cert))
        elif isinstance(key, ed448.Ed448PublicKey):
            if not self.ed448:
                raise AlgorithmError(f"Ed448 not allowed by {self.name}", subject=_cn(cert))
        else:
            raise AlgorithmError(f"key type {type(key).__name__} not allowed by {self.name}", subject=_cn(cert))
        algorithm = cert.signature_hash_algorithm
        if algorithm is None:
            if not self.ed448 or cert.signature_algorithm_oid != x509.SignatureAlgorithmOID.ED448:
                raise AlgorithmError(f"signature algorithm {cert.signature_algorithm_oid.dotted_string} "
                                     f"not allowed by {self.name}", subject=_cn(cert))
        elif algorithm.name not in self.signature_hashes:
            raise AlgorithmError(f"signature hash {algorithm.name} not allowed by {self.name}", subject=_cn(cert))


# ISO 15118-20: secp521r1 with ECDSA-SHA-512 ([V2G20-2674]) or Ed448 ([V2G20-2319]).
ISO15118_20 = AlgorithmPolicy("ISO 15118-20", frozenset({"secp521r1"}), frozenset({"sha512"}), ed448=True)
# ISO 15118-2: secp256r1 with ECDSA-SHA-256.
ISO15118_2 = AlgorithmPolicy("ISO 15118-2", frozenset({"secp256r1"}), frozenset({"sha256"}))


@dataclass(frozen=True)
class RevocationData:
    """CRLs and OCSP responses the SECC has at hand (fetched elsewhere; validated here).

    With `require_status`, every non-root certificate needs a fresh CRL or OCSP answer.
    """

    crls: Sequence[x509.CertificateRevocationList] = ()
    ocsp_responses: Sequence[ocsp.OCSPResponse] = ()
    require_status: bool = False


@dataclass(frozen=True)
class ValidatedChain:
    """A chain that passed: leaf first, the trust anchor last."""

    path: tuple[x509.Certificate, ...]
    expires_soon: bool = field(default=False)

    @property
    def leaf(self) -> x509.Certificate:
        return self.path[0]

    @property
    def root(self) -> x509.Certificate:
        return self.path[-1]


def _cn(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def common_name(cert: x509.Certificate) -> str:
    """The subject CN: EMAID of a contract certificate, PCID of a provisioning certificate."""
    return _cn(cert)


def load_pem_certificates(paths: Sequence[str | Path]) -> list[x509.Certificate]:
    """Every certificate of the PEM files, in order (a file may hold a chain or several roots)."""
    certificates: list[x509.Certificate] = []
    for path in paths:
        certificates += x509.load_pem_x509_certificates(Path(path).read_bytes())
    return certificates


def load_der_chain(certificate: bytes | None, sub_certificates: Sequence[bytes] = (), *,
                   max_sub_certificates: int = MAX_SUB_CERTIFICATES) -> list[x509.Certificate]:
    """Parse the DER certificates of a CertificateChainType / ContractCertificateChainType."""
    if not certificate:
        raise NoCertificateAvailableError("no leaf certificate in chain")
    if len(sub_certificates) > max_sub_certificates:
        raise CertChainError(f"{len(sub_certificates)} sub-certificates, at most {max_sub_certificates}")
    chain = []
    for der in (certificate, *sub_certificates):
        try:
            chain.append(x509.load_der_x509_certificate(der))
        except ValueError as exc:
            raise CertChainError(f"undecodable certificate: {exc}", reason=Reason.PROFILE_VIOLATION) from exc
    return chain


def _check_validity(cert: x509.Certificate, now: _dt.datetime) -> None:
    if now < cert.not_valid_before_utc:
        raise CertificateNotYetValidError(f"valid from {cert.not_valid_before_utc:%Y-%m-%d %H:%M}", subject=_cn(cert))
    if now > cert.not_valid_after_utc:
        raise CertificateExpiredError(f"expired {cert.not_valid_after_utc:%Y-%m-%d %H:%M}", subject=_cn(cert))


@functools.lru_cache(maxsize=1024)
def _verified_link(cert: x509.Certificate, issuer: x509.Certificate) -> None:
    """Signature check of one link; cached because every contract of an eMSP repeats the Sub-CA
    links (certificates hash and compare by their DER, so a re-parsed certificate hits)."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (InvalidSignature, ValueError, TypeError) as exc:
        raise CertChainError(f"not signed by {_cn(issuer)}", reason=Reason.CERTIFICATE_SIGNATURE_INVALID,
                             subject=_cn(cert)) from exc


def clear_link_cache() -> None:
    """Forget cached link signatures (memory bound is 1024 links; benchmarks measure cold runs)."""
    _verified_link.cache_clear()


def _check_signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> None:
    if cert.issuer != issuer.subject:
        raise CertChainError(f"issuer {cert.issuer.rfc4514_string()} != {issuer.subject.rfc4514_string()}",
                             reason=Reason.WRONG_ISSUER, subject=_cn(cert))
    _verified_link(cert, issuer)


def _check_issuer_constraints(issuer: x509.Certificate, cas_below: int) -> None:
    """`cas_below`: how many intermediate CA certificates lie between `issuer` and the leaf."""
    try:
        bc = issuer.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        bc = None
    if bc is None or not bc.ca:
        raise CertChainError("issuing certificate lacks basicConstraints CA", reason=Reason.NOT_A_CA,
                             subject=_cn(issuer))
    if bc.path_length is not None and cas_below > bc.path_length:
        raise CertChainError(f"{cas_below} CA certificates below, pathLenConstraint {bc.path_length}",
                             reason=Reason.PATH_LENGTH_EXCEEDED, subject=_cn(issuer))
    try:
        ku = issuer.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not ku.key_cert_sign:
        raise CertChainError("issuing certificate lacks keyCertSign", reason=Reason.NOT_A_CA, subject=_cn(issuer))


def _verify_with(issuer: x509.Certificate, signature: bytes, data: bytes, hash_algorithm: hashes.HashAlgorithm | None) -> bool:
    key = issuer.public_key()
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            if hash_algorithm is None:
                return False
            key.verify(signature, data, ec.ECDSA(hash_algorithm))
        elif isinstance(key, ed448.Ed448PublicKey):
            key.verify(signature, data)
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _crl_status(cert: x509.Certificate, issuer: x509.Certificate, crls: Sequence[x509.CertificateRevocationList],
                now: _dt.datetime) -> bool | None:
    """True: revoked; False: a valid CRL lists it as good; None: no usable CRL."""
    status: bool | None = None
    for crl in crls:
        if crl.issuer != issuer.subject:
            continue
        if crl.next_update_utc is not None and crl.next_update_utc < now:
            continue
        if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
            continue
        if crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
            return True
        status = False
    return status


def _ocsp_signer(response: ocsp.OCSPResponse, issuer: x509.Certificate) -> x509.Certificate | None:
    """The issuer itself, or a delegated responder it issued with id-kp-OCSPSigning (RFC 6960 4.2.2.2)."""
    if response.responder_name == issuer.subject or response.responder_key_hash == _key_hash(issuer):
        return issuer
    for responder in response.certificates:
        try:
            eku = responder.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
            responder.verify_directly_issued_by(issuer)
        except (x509.ExtensionNotFound, InvalidSignature, ValueError, TypeError):
            continue
        if ExtendedKeyUsageOID.OCSP_SIGNING in eku:
            return responder
    return None


def _key_hash(cert: x509.Certificate, algorithm: hashes.HashAlgorithm | None = None) -> bytes:
    """Hash (SHA-1 unless the CertID says otherwise) of the subjectPublicKey BIT STRING contents,
    as OCSP ResponderID byKey and CertID issuerKeyHash carry it."""
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        raw = key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    else:
        raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)  # type: ignore[call-arg]
    digest = hashes.Hash(algorithm or hashes.SHA1())
    digest.update(raw)
    return digest.finalize()


def _ocsp_status(cert: x509.Certificate, issuer: x509.Certificate, responses: Sequence[ocsp.OCSPResponse],
                 now: _dt.datetime) -> bool | None:
    """True: revoked; False: good; None: no usable response."""
    status: bool | None = None
    for response in responses:
        if response.response_status is not ocsp.OCSPResponseStatus.SUCCESSFUL:
            continue
        signer = _ocsp_signer(response, issuer)
        if signer is None or not _verify_with(signer, response.signature, response.tbs_response_bytes,
                                              response.signature_hash_algorithm):
            continue
        for single in response.responses:
            if (single.serial_number != cert.serial_number
                    or single.issuer_key_hash != _key_hash(issuer, single.hash_algorithm)):
                continue
            if single.next_update_utc is not None and single.next_update_utc < now:
                continue
            if single.certificate_status is ocsp.OCSPCertStatus.REVOKED:
                return True
            if single.certificate_status is ocsp.OCSPCertStatus.GOOD:
                status = False
    return status


def check_revocation(cert: x509.Certificate, issuer: x509.Certificate, revocation: RevocationData,
                     now: _dt.datetime) -> None:
    """Raise CertificateRevokedError if a valid CRL or OCSP response says so."""
    by_ocsp = _ocsp_status(cert, issuer, revocation.ocsp_responses, now)
    by_crl = _crl_status(cert, issuer, revocation.crls, now)
    if by_ocsp or by_crl:
        source = "OCSP" if by_ocsp else "CRL"
        raise CertificateRevokedError(f"serial {cert.serial_number:#x} revoked ({source})", subject=_cn(cert))
    if revocation.require_status and by_ocsp is None and by_crl is None:
        raise RevocationUnknownError("no valid CRL or OCSP response", subject=_cn(cert))


def validate_chain(
    chain: Sequence[x509.Certificate],
    trust_anchors: Sequence[x509.Certificate],
    *,
    now: _dt.datetime | None = None,
    policy: AlgorithmPolicy = ISO15118_20,
    revocation: RevocationData | None = None,
    expiry_warning: _dt.timedelta = _dt.timedelta(days=30),
) -> ValidatedChain:
    """Validate `chain` (leaf, Sub-CA 2, Sub-CA 1, ...) up to one of `trust_anchors`.

    Raises a CertificateError subclass naming the first failed check.
    """
    if not chain:
        raise NoCertificateAvailableError("empty chain")
    if not trust_anchors:
        raise UnknownRootError("no trust anchors configured")
    now = now or _dt.datetime.now(_dt.timezone.utc)
    top = chain[-1]
    anchors = [a for a in trust_anchors if a.subject == top.issuer]
    if not anchors:
        raise UnknownRootError(f"issuer {top.issuer.rfc4514_string()} is not a trusted root", subject=_cn(top))
    for cert in chain:
        policy.check(cert)
        _check_validity(cert, now)
    for position, cert in enumerate(chain[:-1]):
        issuer = chain[position + 1]
        _check_signed_by(cert, issuer)
        _check_issuer_constraints(issuer, cas_below=position)
    root = None
    for anchor in anchors:
        try:
            _check_signed_by(top, anchor)
        except CertChainError:
            continue
        root = anchor
        break
    if root is None:
        raise UnknownRootError("no trusted root with this name signed the chain", subject=_cn(top))
    policy.check(root)
    _check_validity(root, now)
    _check_issuer_constraints(root, cas_below=len(chain) - 1)
    if revocation is not None:
        for position, cert in enumerate(chain):
            issuer = chain[position + 1] if position + 1 < len(chain) else root
            check_revocation(cert, issuer, revocation, now)
    path = (*chain, root)
    soonest = min(c.not_valid_after_utc for c in path)
    return ValidatedChain(path=path, expires_soon=soonest - now < expiry_warning)
