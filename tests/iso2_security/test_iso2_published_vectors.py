"""Published -2 signature vectors, byte for byte.

ISO 15118-2:2014 Annex J.2 (an AuthorizationReq signed with ECDSA P-256), as EVerest's EvseV2G test quotes it
(EVerest/everest-core modules/EvseV2G/tests/openssl_test.cpp): the EXI fragment of AuthorizationReq, its
SHA-256, the SignedInfo fragment, its SHA-256, the key pair and the SignatureValue. And libcbv2g's
SignedInfo fragment test (encode_iso2_xmldsigFragment, two References)."""
from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from iso15118.exi import decode_fragment, encode_fragment
from iso15118.messages import ISO2_MSG_DEF
from iso15118.messages import iso2_msg_body as body2
from iso15118.messages.iso2_msg_data_types import responseCodeType
from iso15118.messages.xmldsig import (
    CanonicalizationMethod,
    DigestMethod,
    Reference,
    Signature,
    SignatureMethod,
    SignatureValue,
    SignedInfo,
    Transform,
    Transforms,
)
from iso15118.security import iso2
from iso15118.security.errors import SignatureError
from iso15118.security.xmldsig import SignatureAlgorithm, signed_info

# ISO 15118-2 Annex J.2
J2_PRIVATE_KEY = 0xB9134963F51C4414738435057F97BBF1010CABCB8DBDE9C5D48138396AA94B9D
J2_PUBLIC_KEY = bytes.fromhex("04" "43e4fc4ccb643904279c7a5e6576b323e55ec79ff0e5a4056e334084cbc336ff"
                              "46e44c1addf69162e5192c2a83fc2bca9d8f46ecf4b78067c2476f6b3f34600e")
J2_AUTHORIZATION_REQ = bytes.fromhex("80040152510c40829b7b6b2902930b73237b6902230ba309e8")
J2_AUTHORIZATION_REQ_SHA256 = bytes.fromhex("d1b5e03d0065bee56b317984453051eb54ca18fc0e0916174f8b3c77a98f4aa9")
J2_SIGNED_INFO = bytes.fromhex(
    "808112b43a3a381d1797bbbbbb973b999737b93397aa2917b1b0b737b734b1b0b616b2bc3497a1ab43a3a381d1797bbbbbb973b99973"
    "7b933979918181897981a17bc36b63239b4b396b6b7b93291b2b1b239b096b9b430991a9b220623494431025687474703a2f2f777777"
    "2e77332e6f72672f54522f63616e6f6e6963616c2d6578692f4852d0e8e8e0745e5eeeeeee5cee665cdee4ce5e646060625e60685ef0"
    "dad8cadcc646e6d0c2646a6c841a36bc07a00cb7dcad662f3088a60a3d6a99431f81c122c2e9f1678ef531e9552370")
J2_SIGNED_INFO_SHA256 = bytes.fromhex("a4e903e18243041b554e11647e101ed25fc9f2152af4674014fe2adeac1e1cf7")
J2_SIGNATURE_VALUE = bytes.fromhex("4c8f20c1400ba67606aa4811572a2f1ad3c15089d95420363430bb26b49db104"
                                   "f08dfa8bf8055e63a4b75a8d3169206fa8d54308ba58f0566b96baf692ce5950")

# libcbv2g: SignedInfo with two References (URIs without '#', the -20 algorithm strings), as an iso2 xmldsig fragment
CBV2G_SIGNED_INFO = bytes.fromhex(
    "808112b43a3a381d1797bbbbbb973b999737b93397aa2917b1b0b737b734b1b0b616b2bc3497a1ab43a3a381d1797bbbbbb973b99973"
    "7b933979918181897981a17bc36b63239b4b396b6b7b93291b2b1b239b096b9b4309a98992205696431025687474703a2f2f7777772e"
    "77332e6f72672f54522f63616e6f6e6963616c2d6578692f486ad0e8e8e0745e5eeeeeee5cee665cdee4ce5e646060625e60685ef0da"
    "d8c8e6d2ce5adadee4ca46cac6c8e6c25ae6d0c26a626480e020406080a0c0e0815a590c8095a1d1d1c0e8bcbddddddcb9dcccb9bdc9"
    "9cbd5148bd8d85b9bdb9a58d85b0b595e1a4bd21ab43a3a381d1797bbbbbb973b999737b933979918181897981a17bc36b63239b4b39"
    "6b6b7b93291b2b1b239b096b9b4309a9899203808101820283038dc0")


def j2_public_key() -> ec.EllipticCurvePublicKey:
    return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), J2_PUBLIC_KEY)


def test_annex_j2_authorization_req_fragment_and_digest() -> None:
    request = decode_fragment(J2_AUTHORIZATION_REQ, ISO2_MSG_DEF)
    assert isinstance(request, body2.AuthorizationReqType)
    assert (request.Id, request.GenChallenge) == ("ID1", b"Some Random Data")
    assert iso2.signed_fragments(request) == {"ID1": J2_AUTHORIZATION_REQ}
    assert hashlib.sha256(J2_AUTHORIZATION_REQ).digest() == J2_AUTHORIZATION_REQ_SHA256


def test_annex_j2_signed_info_and_signature() -> None:
    info = signed_info({"ID1": J2_AUTHORIZATION_REQ}, SignatureAlgorithm.ECDSA_SHA256)
    assert info.Reference[0].DigestValue == J2_AUTHORIZATION_REQ_SHA256
    assert encode_fragment(info) == J2_SIGNED_INFO
    assert hashlib.sha256(J2_SIGNED_INFO).digest() == J2_SIGNED_INFO_SHA256
    request = decode_fragment(J2_AUTHORIZATION_REQ, ISO2_MSG_DEF)
    signature = Signature(SignedInfo=info, SignatureValue=SignatureValue(value=J2_SIGNATURE_VALUE))
    assert ec.derive_private_key(J2_PRIVATE_KEY, ec.SECP256R1()).public_key() == j2_public_key()
    iso2.verify(request, signature, j2_public_key())
    # as the SECC decides it: the challenge it sent was "Some Random Data"
    assert iso2.authorization_outcome(request, signature, contract_certificate=_certificate_for(j2_public_key()),
                                      gen_challenge=b"Some Random Data") == (responseCodeType.OK, None)
    flipped = bytearray(J2_SIGNATURE_VALUE)
    flipped[-1] ^= 1
    with pytest.raises(SignatureError):
        iso2.verify(request, Signature(SignedInfo=info, SignatureValue=SignatureValue(value=bytes(flipped))), j2_public_key())


def test_libcbv2g_signed_info_fragment() -> None:
    algorithm = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512"
    canonical = "http://www.w3.org/TR/canonical-exi/"
    info = SignedInfo(
        CanonicalizationMethod=CanonicalizationMethod(Algorithm=canonical),
        SignatureMethod=SignatureMethod(Algorithm=algorithm),
        Reference=[Reference(URI=uri, Transforms=Transforms(Transform=[Transform(Algorithm=canonical)]),
                             DigestMethod=DigestMethod(Algorithm=algorithm), DigestValue=bytes(range(1, 8)))
                   for uri in ("id1", "id2")])
    assert encode_fragment(info) == CBV2G_SIGNED_INFO


def _certificate_for(public_key: ec.EllipticCurvePublicKey) -> object:
    """A certificate carrying the Annex J key (self-signed with a throwaway key: only its public key matters)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Annex J")])
    now = dt.datetime.now(dt.timezone.utc)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(public_key)
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(ec.generate_private_key(ec.SECP256R1()), hashes.SHA256()))
