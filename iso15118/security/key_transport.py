"""Contract private key transport of -20 CertificateInstallationRes (7.9.2.5.2, 7.9.2.5.4).

Ephemeral-static ECDH (7.9.2.5.4): the sender (eMSP/CPS side) makes an ephemeral key on the
curve of the EVCC's OEM provisioning certificate, agrees a secret with that certificate's ECDH
public key (see below) and derives a 256-bit session key; the receiver (EVCC) does the same with
its static private key and DHPublicKey. The contract private key is sealed with AES-GCM-256:

    SECP521_EncryptedPrivateKey (94 bytes) = IV (12) || ciphertext (66) || tag (16)   [V2G20-2499]
    X448_EncryptedPrivateKey    (84 bytes) = IV (12) || ciphertext (56) || tag (16)   [V2G20-2502]
    AAD = PCID (18 ASCII chars) || SKI of the contract certificate as upper-case hex  [V2G20-2492]
    DHPublicKey: secp521r1 uncompressed point (133 bytes, 0x04 || X || Y); X448: 0x04 || u (57)
                 ([V2G20-2489] NOTE 6/7)

Session key: NIST SP 800-56A concatenation KDF (single-step, SHA-512), keydatalen 256 bits,
OtherInfo = AlgorithmID 0x01 || PartyUInfo 'U' || PartyVInfo 'V' - the -2 construction with
the -20 hash and key length; one constant here (`KDF_OTHER_INFO`) if an interop peer differs.

With Ed448 ([V2G20-2319]) the OEM provisioning certificate's Ed448 key only signs; its ECDH key
is an X448 key carried in the certificate extension subjectAltPublicKeyInfo (X.509 (2019),
id-ce 72 = 2.5.29.72; -20 calls it "subjectAltKey", [V2G20-2479] NOTE 1), and the EVCC holds the
matching X448 private key. An Ed448 contract key travels as the first 56 bytes of its seed; the
57th byte must be zero (the pki toolkit issues such contract keys).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_der_public_key,
)

from .errors import KeyTransportError, Reason

SECP521 = "SECP521"  # ecdhCurveType values
X448 = "X448"
KDF_OTHER_INFO = b"\x01" + b"U" + b"V"
SESSION_KEY_BYTES = 32
IV_BYTES = 12
TAG_BYTES = 16
SECP521_KEY_BYTES = 66
X448_KEY_BYTES = 56
PCID_LENGTH = 18

SUBJECT_ALT_PUBLIC_KEY_INFO = x509.ObjectIdentifier("2.5.29.72")

# The EVCC's static ECDH private key: its secp521r1 provisioning key, or its X448 agreement key.
AgreementPrivateKey = ec.EllipticCurvePrivateKey | x448.X448PrivateKey
ContractPrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey


@dataclass(frozen=True)
class EncryptedContractKey:
    """What goes into SignedInstallationData besides the contract chain."""

    ECDHCurve: str  # "SECP521" | "X448"
    DHPublicKey: bytes
    EncryptedPrivateKey: bytes  # SECP521_EncryptedPrivateKey or X448_EncryptedPrivateKey

    @property
    def field_name(self) -> str:
        return f"{self.ECDHCurve}_EncryptedPrivateKey"


def agreement_public_key(provisioning_certificate: x509.Certificate) -> ec.EllipticCurvePublicKey | x448.X448PublicKey:
    """The EVCC's static ECDH key: the secp521r1 subject key, or the X448 subjectAltPublicKeyInfo."""
    key = provisioning_certificate.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp521r1":
        return key
    if not isinstance(key, ed448.Ed448PublicKey):
        raise KeyTransportError("OEM provisioning key must be secp521r1 or Ed448", reason=Reason.WRONG_ALGORITHM)
    try:
        spki = provisioning_certificate.extensions.get_extension_for_oid(SUBJECT_ALT_PUBLIC_KEY_INFO).value
        alt = load_der_public_key(spki.value)  # type: ignore[attr-defined]
    except (x509.ExtensionNotFound, ValueError) as exc:
        raise KeyTransportError("Ed448 provisioning certificate lacks an X448 subjectAltPublicKeyInfo",
                                reason=Reason.PROFILE_VIOLATION) from exc
    if not isinstance(alt, x448.X448PublicKey):
        raise KeyTransportError(f"subjectAltPublicKeyInfo holds {type(alt).__name__}, not X448",
                                reason=Reason.WRONG_ALGORITHM)
    return alt


def session_key(shared_secret: bytes) -> bytes:
    return ConcatKDFHash(hashes.SHA512(), SESSION_KEY_BYTES, KDF_OTHER_INFO).derive(shared_secret)


def additional_data(pcid: str, contract_certificate: x509.Certificate) -> bytes:
    if len(pcid) != PCID_LENGTH or not pcid.isalnum() or not pcid.isascii() or pcid.upper() != pcid:
        raise KeyTransportError(f"PCID must be 18 capital letters/digits, got {pcid!r}", reason=Reason.PROFILE_VIOLATION)
    try:
        ski = contract_certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound as exc:
        raise KeyTransportError("contract certificate has no SKI", reason=Reason.PROFILE_VIOLATION) from exc
    return pcid.encode("ascii") + ski.hex().upper().encode("ascii")


def _contract_plaintext(contract_key: ContractPrivateKey, curve: str) -> bytes:
    if curve == SECP521:
        if not isinstance(contract_key, ec.EllipticCurvePrivateKey) or contract_key.curve.name != "secp521r1":
            raise KeyTransportError("SECP521 transport needs a secp521r1 contract key", reason=Reason.WRONG_ALGORITHM)
        # 521-bit key padded with 7 leading zero bits to 528 bits ([V2G20-2497]).
        return contract_key.private_numbers().private_value.to_bytes(SECP521_KEY_BYTES, "big")
    if not isinstance(contract_key, ed448.Ed448PrivateKey):
        raise KeyTransportError("X448 transport needs an Ed448 contract key", reason=Reason.WRONG_ALGORITHM)
    seed = contract_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    if seed[-1] != 0:
        raise KeyTransportError("Ed448 contract seed does not fit 56 bytes (last byte must be 0)",
                                reason=Reason.WRONG_ALGORITHM)
    return seed[:X448_KEY_BYTES]


def encrypt_contract_key(
    contract_key: ContractPrivateKey,
    contract_certificate: x509.Certificate,
    provisioning_certificate: x509.Certificate,
    pcid: str,
) -> EncryptedContractKey:
    """Sender side (eMSP/CPS, or the SECC's backend stand-in): seal the contract key for one EVCC."""
    receiver = agreement_public_key(provisioning_certificate)
    if isinstance(receiver, ec.EllipticCurvePublicKey):
        curve = SECP521
        ephemeral_ec = ec.generate_private_key(ec.SECP521R1())
        shared = ephemeral_ec.exchange(ec.ECDH(), receiver)
        dh_public = ephemeral_ec.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    else:
        curve = X448
        ephemeral_x = x448.X448PrivateKey.generate()
        shared = ephemeral_x.exchange(receiver)
        dh_public = b"\x04" + ephemeral_x.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    plaintext = _contract_plaintext(contract_key, curve)
    iv = os.urandom(IV_BYTES)
    sealed = AESGCM(session_key(shared)).encrypt(iv, plaintext, additional_data(pcid, contract_certificate))
    return EncryptedContractKey(curve, dh_public, iv + sealed)


def decrypt_contract_key(
    encrypted: EncryptedContractKey,
    agreement_key: AgreementPrivateKey,
    contract_certificate: x509.Certificate,
    pcid: str,
) -> ContractPrivateKey:
    """Receiver side (EVCC): recover the contract key and check it matches the certificate.

    `agreement_key`: the secp521r1 provisioning private key, or the X448 key whose public half is
    the provisioning certificate's subjectAltPublicKeyInfo.

    Raises KeyTransportError on any failure (wrong length, tag mismatch, padding bits set,
    key not matching the contract certificate); -20 then rejects the CertificateInstallationRes.
    """
    if encrypted.ECDHCurve == SECP521:
        if not isinstance(agreement_key, ec.EllipticCurvePrivateKey) or agreement_key.curve.name != "secp521r1":
            raise KeyTransportError("SECP521 needs a secp521r1 provisioning key", reason=Reason.WRONG_ALGORITHM)
        if len(encrypted.DHPublicKey) != 133:
            raise KeyTransportError(f"DHPublicKey is {len(encrypted.DHPublicKey)} bytes, expected 133")
        try:
            peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP521R1(), encrypted.DHPublicKey)
        except ValueError as exc:
            raise KeyTransportError("DHPublicKey is not a secp521r1 point") from exc
        shared = agreement_key.exchange(ec.ECDH(), peer)
        key_bytes = SECP521_KEY_BYTES
    elif encrypted.ECDHCurve == X448:
        if not isinstance(agreement_key, x448.X448PrivateKey):
            raise KeyTransportError("X448 needs the EVCC's X448 agreement key", reason=Reason.WRONG_ALGORITHM)
        if len(encrypted.DHPublicKey) != 57 or encrypted.DHPublicKey[0] != 0x04:
            raise KeyTransportError(f"X448 DHPublicKey must be 0x04 || 56 bytes, got {len(encrypted.DHPublicKey)}")
        try:
            shared = agreement_key.exchange(x448.X448PublicKey.from_public_bytes(encrypted.DHPublicKey[1:]))
        except ValueError as exc:
            raise KeyTransportError("X448 agreement failed (low-order point)") from exc
        key_bytes = X448_KEY_BYTES
    else:
        raise KeyTransportError(f"unknown ECDHCurve {encrypted.ECDHCurve!r}", reason=Reason.WRONG_ALGORITHM)
    blob = encrypted.EncryptedPrivateKey
    if len(blob) != IV_BYTES + key_bytes + TAG_BYTES:
        raise KeyTransportError(f"encrypted key is {len(blob)} bytes, expected {IV_BYTES + key_bytes + TAG_BYTES}")
    try:
        plaintext = AESGCM(session_key(shared)).decrypt(blob[:IV_BYTES], blob[IV_BYTES:],
                                                        additional_data(pcid, contract_certificate))
    except InvalidTag as exc:
        raise KeyTransportError("AES-GCM authentication tag mismatch") from exc
    return _contract_key_from(plaintext, encrypted.ECDHCurve, contract_certificate)


def _contract_key_from(plaintext: bytes, curve: str, contract_certificate: x509.Certificate) -> ContractPrivateKey:
    expected = contract_certificate.public_key()
    key: ContractPrivateKey
    if curve == SECP521:
        if plaintext[0] & 0xFE:  # [V2G20-2678]: the 7 most significant bits must be zero
            raise KeyTransportError("padding bits of the 521-bit key are not zero")
        value = int.from_bytes(plaintext, "big")
        try:
            key = ec.derive_private_key(value, ec.SECP521R1())  # rejects 0 and values >= n ([V2G20-2507])
        except ValueError as exc:
            raise KeyTransportError("not a valid secp521r1 private key", reason=Reason.KEY_MISMATCH) from exc
    else:
        key = ed448.Ed448PrivateKey.from_private_bytes(plaintext + b"\x00")
    if key.public_key() != expected:
        raise KeyTransportError("decrypted key does not match the contract certificate", reason=Reason.KEY_MISMATCH)
    return key
