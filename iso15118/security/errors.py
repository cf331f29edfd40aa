"""Typed security errors and their ISO 15118-20 response codes.

The SECC catches one `SecurityError` and answers with `response_code(error)`; the reason
travels with the exception so logs say *why* a PnC authorization was refused.
"""
from __future__ import annotations

import enum


class Reason(enum.Enum):
    """Why a certificate, signature or encrypted key was rejected."""

    CERTIFICATE_EXPIRED = "certificate expired"
    CERTIFICATE_NOT_YET_VALID = "certificate not yet valid"
    CERTIFICATE_REVOKED = "certificate revoked"
    NO_CERTIFICATE_AVAILABLE = "no certificate available"
    UNKNOWN_ROOT = "no trusted root certificate for this chain"
    WRONG_ISSUER = "issuer does not match the next certificate of the chain"
    PATH_LENGTH_EXCEEDED = "basic constraints path length exceeded"
    NOT_A_CA = "issuing certificate is not a CA"
    WRONG_ALGORITHM = "key or signature algorithm not allowed"
    CERTIFICATE_SIGNATURE_INVALID = "certificate signature invalid"
    PROFILE_VIOLATION = "certificate violates its ISO 15118 profile"
    REVOCATION_STATUS_UNKNOWN = "revocation status could not be established"
    SIGNATURE_INVALID = "XML signature invalid"
    CHALLENGE_INVALID = "GenChallenge does not match"
    DECRYPTION_FAILED = "contract private key decryption failed"
    KEY_MISMATCH = "private key does not match the certificate"
    NO_CONTRACT_FOR_PCID = "no contract matching the PCID"


class SecurityError(Exception):
    """Base of every error raised by iso15118.security."""

    reason: Reason = Reason.CERTIFICATE_SIGNATURE_INVALID

    def __init__(self, message: str = "", *, reason: Reason | None = None, subject: str | None = None) -> None:
        if reason is not None:
            self.reason = reason
        self.subject = subject
        text = self.reason.value if not message else f"{self.reason.value}: {message}"
        super().__init__(text if subject is None else f"{text} [{subject}]")


class CertificateError(SecurityError):
    """A certificate chain failed validation; `reason` says which check."""


class CertificateExpiredError(CertificateError):
    reason = Reason.CERTIFICATE_EXPIRED


class CertificateNotYetValidError(CertificateError):
    reason = Reason.CERTIFICATE_NOT_YET_VALID


class CertificateRevokedError(CertificateError):
    reason = Reason.CERTIFICATE_REVOKED


class NoCertificateAvailableError(CertificateError):
    reason = Reason.NO_CERTIFICATE_AVAILABLE


class UnknownRootError(CertificateError):
    reason = Reason.UNKNOWN_ROOT


class CertChainError(CertificateError):
    """Structural chain failure: wrong issuer, path length, not a CA, bad signature, profile."""

    reason = Reason.WRONG_ISSUER


class AlgorithmError(CertificateError):
    reason = Reason.WRONG_ALGORITHM


class RevocationUnknownError(CertificateError):
    reason = Reason.REVOCATION_STATUS_UNKNOWN


class SignatureError(SecurityError):
    """An XML signature (or its reference digests) did not verify."""

    reason = Reason.SIGNATURE_INVALID


class ChallengeInvalidError(SecurityError):
    reason = Reason.CHALLENGE_INVALID


class NoContractError(SecurityError):
    """The eMSP/CPS has no contract for this vehicle (CertificateInstallationReq)."""

    reason = Reason.NO_CONTRACT_FOR_PCID


class KeyTransportError(SecurityError):
    """Encrypted contract private key rejected (tag failure, bad padding, key mismatch)."""

    reason = Reason.DECRYPTION_FAILED


_RESPONSE_CODES: dict[Reason, str] = {
    Reason.CERTIFICATE_EXPIRED: "WARNING_CertificateExpired",
    Reason.CERTIFICATE_NOT_YET_VALID: "WARNING_CertificateNotYetValid",
    Reason.CERTIFICATE_REVOKED: "WARNING_CertificateRevoked",
    Reason.NO_CERTIFICATE_AVAILABLE: "WARNING_NoCertificateAvailable",
    Reason.UNKNOWN_ROOT: "WARNING_CertificateValidationError",
    Reason.WRONG_ISSUER: "WARNING_CertificateValidationError",
    Reason.PATH_LENGTH_EXCEEDED: "WARNING_CertificateValidationError",
    Reason.NOT_A_CA: "WARNING_CertificateValidationError",
    Reason.WRONG_ALGORITHM: "WARNING_CertificateValidationError",
    Reason.CERTIFICATE_SIGNATURE_INVALID: "WARNING_CertificateValidationError",
    Reason.PROFILE_VIOLATION: "WARNING_CertificateValidationError",
    Reason.REVOCATION_STATUS_UNKNOWN: "WARNING_CertificateValidationError",
    Reason.SIGNATURE_INVALID: "FAILED_SignatureError",
    Reason.CHALLENGE_INVALID: "WARNING_ChallengeInvalid",
    Reason.DECRYPTION_FAILED: "FAILED",
    Reason.KEY_MISMATCH: "FAILED",
    Reason.NO_CONTRACT_FOR_PCID: "WARNING_NoContractMatchingPCIDFound",
}


def response_code(error: SecurityError, message: str = "AuthorizationReq") -> str:
    """The -20 responseCodeType value (V2G_CI_CommonTypes.xsd) the SECC answers `message` with.

    -20 has no FAILED_Certificate* codes: certificate problems are WARNING_* (the session then
    ends or offers EIM), a broken XML signature is FAILED_SignatureError. An unknown MO root in
    an AuthorizationReq means the SECC does not know the eMSP (WARNING_eMSPUnknown); a bad
    signature over SignedMeteringData is FAILED_MeteringSignatureNotValid.
    Use `iso15118.messages.common_types.responseCodeType(response_code(e))` for the enum member.
    """
    if error.reason is Reason.UNKNOWN_ROOT and message == "AuthorizationReq":
        return "WARNING_eMSPUnknown"
    if error.reason is Reason.SIGNATURE_INVALID and message == "MeteringConfirmationReq":
        return "FAILED_MeteringSignatureNotValid"
    return _RESPONSE_CODES[error.reason]
