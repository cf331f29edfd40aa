"""-20 contract private key transport: ECDH (secp521r1 / X448) + ConcatKDF SHA-512 + AES-GCM-256."""
from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives.asymmetric import ec, ed448, x448
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from iso15118.security.errors import KeyTransportError, Reason
from iso15118.security.key_transport import (
    EncryptedContractKey,
    decrypt_contract_key,
    agreement_public_key,
    encrypt_contract_key,
)
from pki.issue import issue
from pki.profiles import Role, Suite
from pki.testpki import TestPKI


def _seal(pki: TestPKI) -> EncryptedContractKey:
    return encrypt_contract_key(pki[Role.CONTRACT].key, pki[Role.CONTRACT].certificate,
                                pki[Role.OEM_PROV].certificate, pki.pcid)


def _open(pki: TestPKI, sealed: EncryptedContractKey, pcid: str | None = None):
    return decrypt_contract_key(sealed, pki.evcc_agreement_key, pki[Role.CONTRACT].certificate, pcid or pki.pcid)


@pytest.mark.parametrize("suite,curve,dh_len,blob_len", [
    (Suite.ISO20_ECDSA, "SECP521", 133, 94), (Suite.ISO20_ED448, "X448", 57, 84)])
def test_round_trip_and_layout(pkis: dict[Suite, TestPKI], suite: Suite, curve: str, dh_len: int,
                               blob_len: int) -> None:
    pki = pkis[suite]
    sealed = _seal(pki)
    assert (sealed.ECDHCurve, len(sealed.DHPublicKey), len(sealed.EncryptedPrivateKey)) == (curve, dh_len, blob_len)
    assert sealed.DHPublicKey[0] == 0x04
    key = _open(pki, sealed)
    assert key.public_key() == pki[Role.CONTRACT].certificate.public_key()
    # each transport uses a fresh ephemeral key and IV
    again = _seal(pki)
    assert again.DHPublicKey != sealed.DHPublicKey and again.EncryptedPrivateKey[:12] != sealed.EncryptedPrivateKey[:12]


def test_secp521_plaintext_is_padded_big_endian_scalar(pkis: dict[Suite, TestPKI]) -> None:
    """Decrypting independently (ECDH + KDF + AES-GCM by hand) gives the 66-byte big-endian scalar."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from iso15118.security.key_transport import additional_data, session_key
    pki = pkis[Suite.ISO20_ECDSA]
    sealed = _seal(pki)
    peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP521R1(), sealed.DHPublicKey)
    shared = pki[Role.OEM_PROV].key.exchange(ec.ECDH(), peer)
    blob = sealed.EncryptedPrivateKey
    plain = AESGCM(session_key(shared)).decrypt(blob[:12], blob[12:], additional_data(pki.pcid, pki[Role.CONTRACT].certificate))
    assert int.from_bytes(plain, "big") == pki[Role.CONTRACT].key.private_numbers().private_value
    assert len(plain) == 66 and plain[0] <= 1


def test_aad_is_pcid_and_upper_hex_ski(pkis: dict[Suite, TestPKI]) -> None:
    from iso15118.security.key_transport import additional_data
    pki = pkis[Suite.ISO20_ECDSA]
    aad = additional_data(pki.pcid, pki[Role.CONTRACT].certificate)
    assert len(aad) == 34 and aad[:18] == pki.pcid.encode() and aad[18:].decode().isupper()


def test_x448_uses_the_subject_alt_public_key(pkis: dict[Suite, TestPKI]) -> None:
    """With Ed448 the ECDH key is the X448 key of subjectAltPublicKeyInfo, not the signing key."""
    pki = pkis[Suite.ISO20_ED448]
    alt = agreement_public_key(pki[Role.OEM_PROV].certificate)
    assert isinstance(alt, x448.X448PublicKey)
    assert alt.public_bytes(Encoding.Raw, PublicFormat.Raw) == \
        pki.evcc_agreement_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with pytest.raises(KeyTransportError):  # the Ed448 signing key cannot do X448
        decrypt_contract_key(_seal(pki), pki[Role.OEM_PROV].key, pki[Role.CONTRACT].certificate, pki.pcid)
    plain = issue(Role.CPS, "no alt key", suite=Suite.ISO20_ED448, issuer=pki[Role.OEM_SUBCA2])
    with pytest.raises(KeyTransportError) as info:
        encrypt_contract_key(pki[Role.CONTRACT].key, pki[Role.CONTRACT].certificate, plain.certificate, pki.pcid)
    assert info.value.reason is Reason.PROFILE_VIOLATION


@pytest.mark.parametrize("position", [0, 20, 80], ids=["iv", "ciphertext", "tag"])
def test_tampering_is_a_typed_error(pkis: dict[Suite, TestPKI], suite20: Suite, position: int) -> None:
    pki = pkis[suite20]
    sealed = _seal(pki)
    blob = bytearray(sealed.EncryptedPrivateKey)
    blob[position] ^= 0x40
    with pytest.raises(KeyTransportError) as info:
        _open(pki, dataclasses.replace(sealed, EncryptedPrivateKey=bytes(blob)))
    assert info.value.reason is Reason.DECRYPTION_FAILED
    assert "tag" in str(info.value)


def test_wrong_pcid_or_dh_key_fails_tag(pkis: dict[Suite, TestPKI], suite20: Suite) -> None:
    pki = pkis[suite20]
    sealed = _seal(pki)
    with pytest.raises(KeyTransportError):
        _open(pki, sealed, pcid="WP0ZZZ99ZTS3921249")
    other = _seal(pki)
    with pytest.raises(KeyTransportError):
        _open(pki, dataclasses.replace(sealed, DHPublicKey=other.DHPublicKey))


def test_malformed_inputs(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    sealed = _seal(pki)
    for bad in (dataclasses.replace(sealed, EncryptedPrivateKey=sealed.EncryptedPrivateKey[:-1]),
                dataclasses.replace(sealed, DHPublicKey=b"\x04" + bytes(132)),
                dataclasses.replace(sealed, ECDHCurve="X25519"),
                dataclasses.replace(sealed, ECDHCurve="X448")):
        with pytest.raises(KeyTransportError):
            _open(pki, bad)
    with pytest.raises(KeyTransportError):
        encrypt_contract_key(pki[Role.CONTRACT].key, pki[Role.CONTRACT].certificate,
                             pki[Role.OEM_PROV].certificate, "short")


def test_key_not_matching_contract_certificate(pkis: dict[Suite, TestPKI], suite20: Suite) -> None:
    pki = pkis[suite20]
    stranger = issue(Role.CONTRACT, pki.emaid, suite=suite20, issuer=pki[Role.MO_SUBCA2])
    sealed = encrypt_contract_key(pki[Role.CONTRACT].key, stranger.certificate, pki[Role.OEM_PROV].certificate, pki.pcid)
    with pytest.raises(KeyTransportError) as info:
        decrypt_contract_key(sealed, pki.evcc_agreement_key, stranger.certificate, pki.pcid)
    assert info.value.reason is Reason.KEY_MISMATCH


def test_curve_mismatch_is_refused(pkis: dict[Suite, TestPKI]) -> None:
    ecdsa, edwards = pkis[Suite.ISO20_ECDSA], pkis[Suite.ISO20_ED448]
    with pytest.raises(KeyTransportError) as info:
        encrypt_contract_key(edwards[Role.CONTRACT].key, ecdsa[Role.CONTRACT].certificate,
                             ecdsa[Role.OEM_PROV].certificate, ecdsa.pcid)
    assert info.value.reason is Reason.WRONG_ALGORITHM
    with pytest.raises(KeyTransportError):
        encrypt_contract_key(pkis[Suite.ISO2][Role.CONTRACT].key, pkis[Suite.ISO2][Role.CONTRACT].certificate,
                             pkis[Suite.ISO2][Role.OEM_PROV].certificate, ecdsa.pcid)
    with pytest.raises(KeyTransportError):  # a 57-byte Ed448 seed that does not end in 0 cannot travel
        encrypt_contract_key(ed448.Ed448PrivateKey.from_private_bytes(bytes(56) + b"\x01"),
                             edwards[Role.CONTRACT].certificate, edwards[Role.OEM_PROV].certificate, edwards.pcid)
