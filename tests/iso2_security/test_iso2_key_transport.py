"""-2 contract key transport ([V2G2-818..]): ECDH P-256 + SP 800-56A concat KDF (SHA-256, 128 bit, OtherInfo
01 'U' 'V') + AES-128-CBC with the IV prepended. The known answer is computed independently: ECDH and AES
by the openssl command, the KDF written out from SP 800-56A (one hash block: SHA-256(counter || Z || OtherInfo))."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from iso15118.security import iso2
from iso15118.security.errors import KeyTransportError, Reason

RECEIVER = ec.derive_private_key(0x1F2E3D4C5B6A79880102030405060708090A0B0C0D0E0F101112131415161718, ec.SECP256R1())
EPHEMERAL = ec.derive_private_key(0x2A2B2C2D2E2F30313233343536373839404142434445464748494A4B4C4D4E4F, ec.SECP256R1())
CONTRACT = ec.derive_private_key(0x00C0FFEE00112233445566778899AABBCCDDEEFF0123456789ABCDEF01234567, ec.SECP256R1())
IV = bytes.fromhex("000102030405060708090a0b0c0d0e0f")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_known_answer_against_openssl(tmp_path: Path) -> None:
    (tmp_path / "eph.pem").write_bytes(EPHEMERAL.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    (tmp_path / "peer.pem").write_bytes(RECEIVER.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo))
    shared = subprocess.run(["openssl", "pkeyutl", "-derive", "-inkey", "eph.pem", "-peerkey", "peer.pem"], cwd=tmp_path,
                            capture_output=True, check=True).stdout
    assert len(shared) == 32
    kek = hashlib.sha256(b"\x00\x00\x00\x01" + shared + b"\x01" + b"U" + b"V").digest()[:16]
    assert iso2.session_key(shared) == kek
    plaintext = CONTRACT.private_numbers().private_value.to_bytes(32, "big")
    ciphertext = subprocess.run(["openssl", "enc", "-aes-128-cbc", "-nopad", "-K", kek.hex(), "-iv", IV.hex()],
                                input=plaintext, capture_output=True, check=True).stdout
    sealed = iso2.encrypt_private_key(CONTRACT, RECEIVER.public_key(), ephemeral_key=EPHEMERAL, iv=IV)
    assert sealed.EncryptedPrivateKey == IV + ciphertext and len(sealed.EncryptedPrivateKey) == 48
    assert sealed.DHpublickey == EPHEMERAL.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    assert len(sealed.DHpublickey) == 65 and sealed.DHpublickey[0] == 0x04
    key = iso2.decrypt_private_key(sealed.EncryptedPrivateKey, sealed.DHpublickey, RECEIVER)
    assert key.private_numbers() == CONTRACT.private_numbers()


def test_round_trip_with_fresh_ephemeral_keys_and_ivs() -> None:
    a = iso2.encrypt_private_key(CONTRACT, RECEIVER.public_key())
    b = iso2.encrypt_private_key(CONTRACT, RECEIVER.public_key())
    assert a.DHpublickey != b.DHpublickey and a.EncryptedPrivateKey[:16] != b.EncryptedPrivateKey[:16]
    for sealed in (a, b):
        key = iso2.decrypt_private_key(sealed.EncryptedPrivateKey, sealed.DHpublickey, RECEIVER)
        assert key.private_numbers() == CONTRACT.private_numbers()


def test_wrong_receiver_or_tampering_is_refused(pki2: object) -> None:
    from pki.profiles import Role

    certificate = pki2[Role.CONTRACT].certificate  # type: ignore[index]
    key = pki2[Role.CONTRACT].key  # type: ignore[index]
    sealed = iso2.encrypt_private_key(key, RECEIVER.public_key())
    assert iso2.decrypt_private_key(sealed.EncryptedPrivateKey, sealed.DHpublickey, RECEIVER,
                                    certificate=certificate).public_key() == certificate.public_key()
    with pytest.raises(KeyTransportError) as caught:  # another EV's key decrypts to noise
        iso2.decrypt_private_key(sealed.EncryptedPrivateKey, sealed.DHpublickey, EPHEMERAL, certificate=certificate)
    assert caught.value.reason is Reason.KEY_MISMATCH
    flipped = bytearray(sealed.EncryptedPrivateKey)
    flipped[20] ^= 1
    with pytest.raises(KeyTransportError):
        iso2.decrypt_private_key(bytes(flipped), sealed.DHpublickey, RECEIVER, certificate=certificate)
    with pytest.raises(KeyTransportError, match="48"):
        iso2.decrypt_private_key(sealed.EncryptedPrivateKey[:-1], sealed.DHpublickey, RECEIVER)
    with pytest.raises(KeyTransportError, match="65"):
        iso2.decrypt_private_key(sealed.EncryptedPrivateKey, sealed.DHpublickey[:33], RECEIVER)
    with pytest.raises(KeyTransportError, match="P-256 point"):
        iso2.decrypt_private_key(sealed.EncryptedPrivateKey, b"\x04" + bytes(64), RECEIVER)


def test_only_p256_keys_travel() -> None:
    p521 = ec.generate_private_key(ec.SECP521R1())
    with pytest.raises(KeyTransportError) as caught:
        iso2.encrypt_private_key(CONTRACT, p521.public_key())
    assert caught.value.reason is Reason.WRONG_ALGORITHM
    with pytest.raises(KeyTransportError):
        iso2.encrypt_private_key(p521, RECEIVER.public_key())
    with pytest.raises(KeyTransportError):
        iso2.decrypt_private_key(bytes(48), bytes(65), p521)
