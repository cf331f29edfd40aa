"""XML signatures over EXI, the -20 way (7.9.2.4 / W3C xmldsig with canonical EXI).

Each signed element (it carries an Id attribute) is EXI-encoded as a schema-informed fragment
([V2G20-1449]); its digest goes into a Reference URI="#Id" with the one canonical-EXI transform
([V2G20-766/767]). SignedInfo is itself EXI-encoded as a fragment (xmldsig schema) and signed.
No KeyInfo, Object or SignedInfo Id ([V2G20-771]); the signer's certificate is in the message.

    secp521r1 [V2G20-2473/2475]: ecdsa-sha512, digest sha512; SignatureValue = r || s (66 bytes each)
    Ed448     [V2G20-2474/2476]: ...-20:Security:xmldsig#Ed448, digest SHAKE256 (64 bytes);
                                 SignatureValue = the 114-byte RFC 8032 PureEdDSA signature
    secp256r1 (ISO 15118-2):     ecdsa-sha256, digest sha256; r || s (32 bytes each)

The codec is injected (`encoder`), defaulting to iso15118.exi.encode_fragment, so the crypto can
be exercised on its own; what is signed is always exactly the bytes the encoder produced.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import hmac
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from iso15118.exi.errors import EXIEncodeError
from iso15118.messages.xmldsig import (
    CanonicalizationMethod,
    DigestMethod,
    Reference,
    Signature,
    SignatureMethod,
    SignatureType,
    SignatureValue,
    SignedInfo,
    SignedInfoType,
    Transform,
    Transforms,
)

from .errors import Reason, SignatureError

CANONICAL_EXI = "http://www.w3.org/TR/canonical-exi/"

PrivateKey = ec.EllipticCurvePrivateKey | ed448.Ed448PrivateKey
PublicKey = ec.EllipticCurvePublicKey | ed448.Ed448PublicKey
FragmentEncoder = Callable[[Any], bytes]


# SHAKE256 is an XOF; we take 64 bytes (512 bits), the SHA-512 digest size of the ECDSA profile.
SHAKE256_DIGEST_BYTES = 64


class DigestAlgorithm(enum.Enum):
    SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"  # [V2G20-2475]
    SHAKE256 = "urn:iso:std:iso:15118:-20:Security:xmlenc#SHAKE256"  # [V2G20-2476]
    SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"  # ISO 15118-2

    def digest(self, data: bytes) -> bytes:
        if self is DigestAlgorithm.SHAKE256:
            return hashlib.shake_256(data).digest(SHAKE256_DIGEST_BYTES)
        return hashlib.new("sha512" if self is DigestAlgorithm.SHA512 else "sha256", data).digest()


class SignatureAlgorithm(enum.Enum):
    ECDSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512"  # [V2G20-2473]
    ED448 = "urn:iso:std:iso:15118:-20:Security:xmldsig#Ed448"  # [V2G20-2474]
    ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"  # ISO 15118-2

    @property
    def digest_algorithm(self) -> DigestAlgorithm:
        return {SignatureAlgorithm.ECDSA_SHA512: DigestAlgorithm.SHA512, SignatureAlgorithm.ED448: DigestAlgorithm.SHAKE256,
                SignatureAlgorithm.ECDSA_SHA256: DigestAlgorithm.SHA256}[self]

    @classmethod
    def for_key(cls, key: PrivateKey | PublicKey) -> SignatureAlgorithm:
        if isinstance(key, (ed448.Ed448PrivateKey, ed448.Ed448PublicKey)):
            return cls.ED448
        if isinstance(key, (ec.EllipticCurvePrivateKey, ec.EllipticCurvePublicKey)):
            if key.curve.name == "secp521r1":
                return cls.ECDSA_SHA512
            if key.curve.name == "secp256r1":
                return cls.ECDSA_SHA256
        raise SignatureError(f"no -20/-2 signature algorithm for {type(key).__name__}", reason=Reason.WRONG_ALGORITHM)


_CURVE_BYTES = {"secp521r1": 66, "secp256r1": 32}
_HASHES = {SignatureAlgorithm.ECDSA_SHA512: hashes.SHA512, SignatureAlgorithm.ECDSA_SHA256: hashes.SHA256}


def sign_bytes(key: PrivateKey, data: bytes) -> bytes:
    """Signature value over `data` in the -20 wire format (raw r||s or Ed448)."""
    algorithm = SignatureAlgorithm.for_key(key)
    if isinstance(key, ed448.Ed448PrivateKey):
        return key.sign(data)
    size = _CURVE_BYTES[key.curve.name]
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(_HASHES[algorithm]())))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def verify_bytes(public_key: PublicKey, signature: bytes, data: bytes,
                 algorithm: SignatureAlgorithm | None = None) -> None:
    """Raise SignatureError unless `signature` is `public_key`'s signature over `data`."""
    expected = SignatureAlgorithm.for_key(public_key)
    if algorithm is not None and algorithm is not expected:
        raise SignatureError(f"SignatureMethod {algorithm.value} does not fit the signer's key {expected.value}")
    try:
        if isinstance(public_key, ed448.Ed448PublicKey):
            public_key.verify(signature, data)
            return
        size = _CURVE_BYTES[public_key.curve.name]
        if len(signature) != 2 * size:
            raise SignatureError(f"ECDSA signature is {len(signature)} bytes, expected {2 * size}")
        der = encode_dss_signature(int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big"))
        public_key.verify(der, data, ec.ECDSA(_HASHES[expected]()))
    except InvalidSignature as exc:
        raise SignatureError("signature value does not verify") from exc


def reference(element_id: str, fragment: bytes, digest: DigestAlgorithm = DigestAlgorithm.SHA512) -> Reference:
    """Reference to `#element_id` with the digest of its EXI fragment."""
    return Reference(
        URI=f"#{element_id}",
        Transforms=Transforms(Transform=[Transform(Algorithm=CANONICAL_EXI)]),
        DigestMethod=DigestMethod(Algorithm=digest.value),
        DigestValue=digest.digest(fragment),
    )


def signed_info(fragments: Mapping[str, bytes], algorithm: SignatureAlgorithm) -> SignedInfo:
    """SignedInfo over `fragments` (Id -> EXI fragment bytes of the element carrying that Id)."""
    if not fragments:
        raise SignatureError("nothing to sign")
    return SignedInfo(
        CanonicalizationMethod=CanonicalizationMethod(Algorithm=CANONICAL_EXI),
        SignatureMethod=SignatureMethod(Algorithm=algorithm.value),
        Reference=[reference(i, f, algorithm.digest_algorithm) for i, f in fragments.items()],
    )


def _default_encoder() -> FragmentEncoder:
    from iso15118.exi import encode_fragment

    return encode_fragment


def _as_signed_info_element(info: SignedInfoType) -> SignedInfo:
    if isinstance(info, SignedInfo):
        return info
    return SignedInfo(Id=info.Id, CanonicalizationMethod=info.CanonicalizationMethod,
                      SignatureMethod=info.SignatureMethod, Reference=info.Reference)


def sign_fragments(fragments: Mapping[str, bytes], key: PrivateKey, *,
                   encoder: FragmentEncoder | None = None) -> Signature:
    """Signature over already-encoded fragments: builds SignedInfo, encodes it, signs it."""
    info = signed_info(fragments, SignatureAlgorithm.for_key(key))
    encoded = (encoder or _default_encoder())(info)
    return Signature(SignedInfo=info, SignatureValue=SignatureValue(value=sign_bytes(key, encoded)))


def verify_fragments(signature: SignatureType, fragments: Mapping[str, bytes], public_key: PublicKey, *,
                     encoder: FragmentEncoder | None = None) -> None:
    """Check every Reference digest against `fragments` and the SignatureValue over SignedInfo.

    Every Id in `fragments` must be referenced (a signature that leaves out a field that
    -20 requires signed is rejected), and every Reference must point at one of them.
    """
    info = signature.SignedInfo
    if info.CanonicalizationMethod.Algorithm != CANONICAL_EXI:
        raise SignatureError(f"CanonicalizationMethod {info.CanonicalizationMethod.Algorithm} is not canonical EXI")
    try:
        algorithm = SignatureAlgorithm(info.SignatureMethod.Algorithm)
    except ValueError as exc:
        raise SignatureError(f"unsupported SignatureMethod {info.SignatureMethod.Algorithm}") from exc
    referenced: set[str] = set()
    for ref in info.Reference:
        if not ref.URI or not ref.URI.startswith("#") or ref.URI[1:] not in fragments:
            raise SignatureError(f"Reference URI {ref.URI!r} names no signed element")
        if ref.Transforms is not None and any(t.Algorithm != CANONICAL_EXI for t in ref.Transforms.Transform):
            raise SignatureError(f"Reference {ref.URI} uses a transform other than canonical EXI")
        try:
            digest = DigestAlgorithm(ref.DigestMethod.Algorithm)
        except ValueError as exc:
            raise SignatureError(f"unsupported DigestMethod {ref.DigestMethod.Algorithm}") from exc
        if digest is not algorithm.digest_algorithm:
            raise SignatureError(f"DigestMethod {digest.value} does not fit {algorithm.value}")
        if not hmac.compare_digest(digest.digest(fragments[ref.URI[1:]]), ref.DigestValue):
            raise SignatureError(f"digest of {ref.URI} does not match")
        referenced.add(ref.URI[1:])
    missing = set(fragments) - referenced
    if missing:
        raise SignatureError(f"elements not covered by the signature: {sorted(missing)}")
    encoded = (encoder or _default_encoder())(_as_signed_info_element(info))
    verify_bytes(public_key, signature.SignatureValue.value, encoded, algorithm)


@dataclass(frozen=True)
class SignedElement:
    """Where -20 puts the signed element of a message (the element carries an Id attribute)."""

    message: str
    field: str


# 7.9.2.4 / message definitions: which element each PnC message signs.
SIGNED_ELEMENTS: dict[str, SignedElement] = {
    "AuthorizationReq": SignedElement("AuthorizationReq", "PnC_AReqAuthorizationMode"),
    "CertificateInstallationReq": SignedElement("CertificateInstallationReq", "OEMProvisioningCertificateChain"),
    "CertificateInstallationRes": SignedElement("CertificateInstallationRes", "SignedInstallationData"),
    "MeteringConfirmationReq": SignedElement("MeteringConfirmationReq", "SignedMeteringData"),
}


@functools.cache
def _element_class(type_cls: type, qname: str) -> type:
    """The class that encodes as element `qname` with the content of `type_cls`.

    The generated global element class where there is one (SignedInstallationData,
    SignedMeteringData); for the local elements -20 signs (PnC_AReqAuthorizationMode,
    OEMProvisioningCertificateChain) a subclass carrying XSD_ELEMENT, so the fragment encoder
    knows which element name to start the fragment with.
    """
    local = qname.rsplit("}", 1)[1]
    module = sys.modules[type_cls.__module__]
    generated = getattr(module, local, None)
    if isinstance(generated, type) and issubclass(generated, type_cls) and getattr(generated, "XSD_ELEMENT", None) == qname:
        return generated
    return dataclasses.dataclass(kw_only=True)(type(local, (type_cls,), {"XSD_ELEMENT": qname, "__module__": type_cls.__module__}))


def signed_element_of(message: Any) -> tuple[str, Any]:
    """(Id, element) that -20 requires signed in `message`; SignatureError if absent.

    The element is returned as an element-class instance (see `_element_class`), ready for
    encode_fragment.
    """
    name = type(message).__name__.removesuffix("Type")
    spec = SIGNED_ELEMENTS.get(name)
    if spec is None:
        raise SignatureError(f"{name} carries no -20 XML signature")
    value = getattr(message, spec.field, None)
    if value is None:
        raise SignatureError(f"{name} has no {spec.field} to sign")
    element_id = getattr(value, "Id", None)
    if not element_id:
        raise SignatureError(f"{name}.{spec.field} has no Id attribute")
    qname = next(f.metadata["qname"] for f in dataclasses.fields(message) if f.name == spec.field)
    value_type: type = type(value)  # annotated `type`: mypy 2.4 rejects a bare type(x) as not Hashable for the cache
    cls = _element_class(value_type, qname)
    if type(value) is not cls:
        value = cls(**{f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    return element_id, value


def sign_message(message: Any, key: PrivateKey, *, encoder: FragmentEncoder | None = None) -> Any:
    """Sign the element -20 requires signed in `message` and put the Signature in its Header."""
    encode = encoder or _default_encoder()
    element_id, element = signed_element_of(message)
    message.Header.Signature = sign_fragments({element_id: encode(element)}, key, encoder=encode)
    return message


def verify_message(message: Any, public_key: PublicKey, *, encoder: FragmentEncoder | None = None) -> None:
    """Verify the Header Signature of a received PnC message against the signer's public key."""
    signature = getattr(message.Header, "Signature", None)
    if signature is None:
        raise SignatureError(f"{type(message).__name__} has no Signature in its Header")
    encode = encoder or _default_encoder()
    element_id, element = signed_element_of(message)
    try:
        verify_fragments(signature, {element_id: encode(element)}, public_key, encoder=encode)
    except EXIEncodeError as error:  # the decoder reads values outside the facets; no valid signer wrote them
        raise SignatureError(f"{type(message).__name__}: signed content outside its schema facets: {error}") from error

