"""ISO 15118-2 Plug & Charge security: XML signatures over -2 EXI fragments, contract key transport,
the PnC decisions of SECC and EVCC, and their -2 response codes. Pure (no I/O); both sides import it.

-2 signs like -20 (iso15118.security.xmldsig: Reference per signed element, canonical EXI transform,
SignedInfo as an xmldsig EXI fragment, r || s), with ECDSA P-256 / SHA-256 only; each signed element is
digested as an EXI fragment of the -2 MsgDef schema set (iso15118.exi.encode_fragment, byte-identical
to the reference codec). The Signature travels in the V2G_Message Header, the signed element in the Body.

    signed elements (SIGNED_BY):
      AuthorizationReq (Id, GenChallenge)     EV, contract key
      MeteringReceiptReq (Id)                 EV, contract key
      CertificateInstallationReq (Id)         EV, OEM provisioning key
      CertificateUpdateReq (Id)               EV, the old contract key
      CertificateInstallationRes/UpdateRes    SA provisioning (CPS) key, 4 references:
        ContractSignatureCertChain, ContractSignatureEncryptedPrivateKey, DHpublickey, eMAID

API (stable; the -2 SECC and EVCC states build on it):

    signed_fragments(body, *, encoder=None) -> dict[str, bytes]       Id -> EXI fragment
    sign(body, key, *, encoder=None) -> Signature                     put it in Header.Signature
    verify(body, signature, public_key, *, encoder=None) -> None      SignatureError
    response_code(error, message) -> responseCodeType                 the -2 code for a SecurityError

    session_key(shared_secret) -> bytes                               SP 800-56A concat KDF, SHA-256, 128 bit
    encrypt_private_key(private_key, receiver, *, ephemeral_key=None, iv=None) -> EncryptedPrivateKey
    decrypt_private_key(encrypted, dh_public_key, agreement_key, *, certificate=None) -> EllipticCurvePrivateKey

    SECC: verify_contract_chain(chain_element, *, mo_roots, now=None, revocation=None) -> PnCAuthorization
          payment_details_outcome(request, *, mo_roots, ...) -> (responseCodeType, PnCAuthorization | None, error)
          verify_authorization_req(request, signature, *, contract_certificate, gen_challenge) -> None
          authorization_outcome(request, signature, *, contract_certificate, gen_challenge) -> (code, error)
          verify_metering_receipt_req(request, signature, *, contract_certificate) -> None
          metering_receipt_outcome(request, signature, *, contract_certificate) -> (code, error)
    EVCC: authorization_req(gen_challenge, contract_key, *, element_id="ID1") -> (AuthorizationReq, Signature)
          certificate_installation_req(provisioning_certificate, provisioning_key, v2g_roots, ...) -> (req, Signature)
          certificate_update_req(contract_chain, contract_key, v2g_roots, ...) -> (req, Signature)
          open_certificate_installation_res(response, signature, *, agreement_key, v2g_roots, ...) -> InstalledContract
          (TLS: iso15118.tls.evcc_iso2_client_context, check_negotiated_profile, check_secc_certificate)
    CPS:  verify_certificate_installation_req(request, signature, *, oem_chain=(), oem_roots=(), now=None)
          verify_certificate_update_req(request, signature, *, mo_roots, now=None, revocation=None) -> ValidatedChain
          certificate_installation_res(*, contract_chain, contract_key, receiver, sa_chain, sa_key,
                                       update=False, retry_counter=None) -> (res, Signature)
    helpers: certificate_chain(chain, element_id=None) -> CertificateChainType, chain_certificates(element),
             root_certificate_ids(roots) -> ListOfRootCertificateIDsType

Key transport ([V2G2-818..]): the CPS makes an ephemeral P-256 key, agrees a secret with the EV's
static key (OEM provisioning key for installation, the old contract key for update), derives a 128-bit
key with the NIST SP 800-56A concatenation KDF (SHA-256, OtherInfo = AlgorithmID 0x01 || PartyUInfo
'U' || PartyVInfo 'V') and encrypts the 32-byte private key with AES-128-CBC, no padding:
ContractSignatureEncryptedPrivateKey = IV (16) || ciphertext (32); DHpublickey = 0x04 || X || Y (65).
"""
from __future__ import annotations

import datetime as dt
import hmac
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.concatkdf import ConcatKDFHash
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from iso15118.exi.errors import EXIEncodeError
from iso15118.messages import ISO2_MSG_DEF
from iso15118.messages import iso2_msg_body as body2
from iso15118.messages.iso2_msg_data_types import (
    CertificateChainType,
    ContractSignatureEncryptedPrivateKeyType,
    DiffieHellmanPublickeyType,
    EMAIDType,
    ListOfRootCertificateIDsType,
    SubCertificatesType,
    responseCodeType,
)
from iso15118.messages.xmldsig import Signature, SignatureType, X509IssuerSerialType

from .certificates import MAX_SUB_CERTIFICATES_ISO2, ISO15118_2, RevocationData, ValidatedChain, common_name, load_der_chain, validate_chain
from .errors import (
    CertChainError,
    ChallengeInvalidError,
    KeyTransportError,
    NoCertificateAvailableError,
    Reason,
    SecurityError,
    SignatureError,
)
from .key_transport import KDF_OTHER_INFO
from .pnc import PnCAuthorization
from .xmldsig import SignatureAlgorithm, sign_fragments, verify_fragments

_BODY = "{urn:iso:15118:2:2013:MsgBody}"

# (element, qname) -> EXI fragment bytes; default: the -2 MsgDef fragment grammar.
Iso2FragmentEncoder = Callable[[Any, str], bytes]


def _encode(element: Any, qname: str) -> bytes:
    from iso15118.exi import encode_fragment

    return encode_fragment(element, ISO2_MSG_DEF, qname)


# Body elements signed as a whole, and who signs them.
SIGNED_BY: dict[type, str] = {
    body2.AuthorizationReqType: "contract key",
    body2.MeteringReceiptReqType: "contract key",
    body2.CertificateInstallationReqType: "OEM provisioning key",
    body2.CertificateUpdateReqType: "old contract key",
    body2.CertificateInstallationResType: "SA provisioning (CPS) key",
    body2.CertificateUpdateResType: "SA provisioning (CPS) key",
    body2.ChargeParameterDiscoveryResType: "MO Sub-CA 2 key (its SalesTariffs; the EV checks it against its contract chain)",
}
_DATA = "{urn:iso:15118:2:2013:MsgDataTypes}"
RESPONSE_SIGNED_FIELDS = ("ContractSignatureCertChain", "ContractSignatureEncryptedPrivateKey", "DHpublickey", "eMAID")


def _element_name(body: Any) -> str:
    for cls in SIGNED_BY:
        if isinstance(body, cls):
            return cls.__name__.removesuffix("Type")
    raise SignatureError(f"{type(body).__name__} carries no -2 XML signature")


def signed_fragments(body: Any, *, encoder: Iso2FragmentEncoder | None = None) -> dict[str, bytes]:
    """Id -> EXI fragment of every element -2 requires signed in `body` (a -2 body element)."""
    encode = encoder or _encode
    name = _element_name(body)
    if name in ("CertificateInstallationRes", "CertificateUpdateRes"):
        parts = [(field, getattr(body, field, None)) for field in RESPONSE_SIGNED_FIELDS]
    elif name == "ChargeParameterDiscoveryRes":  # only its SalesTariffs are signed, each by its own Id
        schedules = getattr(body, "SASchedules", None)
        parts = [("SalesTariff", tup.SalesTariff) for tup in getattr(schedules, "SAScheduleTuple", None) or ()
                 if tup.SalesTariff is not None]
        if not parts:
            raise SignatureError("ChargeParameterDiscoveryRes has no SalesTariff to sign")
    else:
        parts = [(name, body)]
    fragments: dict[str, bytes] = {}
    for element_name, element in parts:
        if element is None:
            raise SignatureError(f"{name} has no {element_name} to sign")
        element_id = getattr(element, "Id", None)
        if not element_id:
            raise SignatureError(f"{name}: {element_name} has no Id attribute")
        if element_id in fragments:
            raise SignatureError(f"{name}: Id {element_id!r} is used twice")
        try:
            fragments[element_id] = encode(element, (_DATA if element_name == "SalesTariff" else _BODY) + element_name)
        except EXIEncodeError as error:  # the decoder reads values outside the facets; no valid signer wrote them
            raise SignatureError(f"{name}.{element_name}: content outside its schema facets: {error}") from error
    return fragments


def _check_p256(key: Any) -> None:
    try:
        algorithm = SignatureAlgorithm.for_key(key)
    except SignatureError:
        algorithm = None
    if algorithm is not SignatureAlgorithm.ECDSA_SHA256:
        raise SignatureError(f"-2 signs with ECDSA P-256 only, not {type(key).__name__}", reason=Reason.WRONG_ALGORITHM)


def sign(body: Any, key: ec.EllipticCurvePrivateKey, *, encoder: Iso2FragmentEncoder | None = None) -> Signature:
    """The Signature (for the V2G_Message Header) over what -2 signs in `body`."""
    _check_p256(key)
    return sign_fragments(signed_fragments(body, encoder=encoder), key)


def verify(body: Any, signature: SignatureType | None, public_key: Any, *,
           encoder: Iso2FragmentEncoder | None = None) -> None:
    """Raise SignatureError unless `signature` (from the Header) covers exactly what -2 signs in `body`
    and verifies with `public_key`."""
    if signature is None:
        raise SignatureError(f"{type(body).__name__} has no Signature in its Header")
    _check_p256(public_key)
    verify_fragments(signature, signed_fragments(body, encoder=encoder), public_key)


@dataclass(frozen=True)
class SalesTariffSigner:
    """Who signs -2 SalesTariffs for PnC sessions: the MO Sub-CA 2 key and its chain (signer first), so the
    EV can check the signer against the sub-CA of its own contract certificate chain."""

    key: ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...]


def load_sales_tariff_signer(key_path: str, chain_path: str) -> SalesTariffSigner:
    """The signer from PEM files (an unencrypted P-256 key and its chain, signer first)."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    with open(key_path, "rb") as f:
        key = load_pem_private_key(f.read(), None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ValueError(f"{key_path}: not an EC private key")
    _check_p256(key)
    with open(chain_path, "rb") as f:
        chain = tuple(x509.load_pem_x509_certificates(f.read()))
    if not chain or chain[0].public_key().public_numbers() != key.public_key().public_numbers():  # type: ignore[union-attr]
        raise ValueError(f"{chain_path}: the first certificate is not the key's")
    return SalesTariffSigner(key, chain)


def sign_sales_tariffs(response: body2.ChargeParameterDiscoveryResType, signer: SalesTariffSigner) -> Signature:
    """The Header Signature over every SalesTariff in `response` (each referenced by its Id)."""
    return sign(response, signer.key)


def verify_sales_tariffs(response: body2.ChargeParameterDiscoveryResType, signature: SignatureType | None,
                         contract_chain: Sequence[x509.Certificate]) -> None:
    """Raise SignatureError unless the SalesTariffs are signed by a sub-CA of the EV's contract chain
    (-2: the EV uses no tariff it could not verify)."""
    if signature is None:
        raise SignatureError("SalesTariff in a PnC session without a Header Signature", reason=Reason.SIGNATURE_INVALID)
    errors = []
    for ca in contract_chain[1:]:
        try:
            verify(response, signature, ca.public_key())
            return
        except SignatureError as error:
            errors.append(str(error))
    raise SignatureError("SalesTariff signature does not verify with the contract chain's sub-CAs: "
                         + "; ".join(errors or ["no sub-CA in the contract chain"]), reason=Reason.SIGNATURE_INVALID)


# ----------------------------------------------------------------------------------------- response codes

_RESPONSE_CODES: dict[Reason, str] = {
    Reason.CERTIFICATE_EXPIRED: "FAILED_CertificateExpired",
    Reason.CERTIFICATE_REVOKED: "FAILED_CertificateRevoked",
    Reason.NO_CERTIFICATE_AVAILABLE: "FAILED_NoCertificateAvailable",
    Reason.NO_CONTRACT_FOR_PCID: "FAILED_NoCertificateAvailable",
    Reason.SIGNATURE_INVALID: "FAILED_SignatureError",
    Reason.CHALLENGE_INVALID: "FAILED_ChallengeInvalid",
    Reason.DECRYPTION_FAILED: "FAILED",
    Reason.KEY_MISMATCH: "FAILED",
}


def response_code(error: SecurityError, message: str = "AuthorizationReq") -> responseCodeType:
    """The -2 responseCodeType for a refused `message` (request name).

    -2 has no WARNING_ codes: every chain fault without a code of its own (unknown root, wrong issuer,
    not yet valid, algorithm, revocation status unknown) is FAILED_CertChainError; a bad signature over
    MeteringReceiptReq is FAILED_MeteringSignatureNotValid.
    """
    if error.reason is Reason.SIGNATURE_INVALID and message == "MeteringReceiptReq":
        return responseCodeType.FAILED_MeteringSignatureNotValid
    return responseCodeType(_RESPONSE_CODES.get(error.reason, "FAILED_CertChainError"))


# ----------------------------------------------------------------------------------------- key transport

SESSION_KEY_BYTES = 16  # AES-128
IV_BYTES = 16
PRIVATE_KEY_BYTES = 32
DH_PUBLIC_KEY_BYTES = 65


@dataclass(frozen=True)
class EncryptedPrivateKey:
    """DHpublickey and ContractSignatureEncryptedPrivateKey values of a CertificateInstallation/UpdateRes."""

    DHpublickey: bytes  # 0x04 || X || Y of the CPS's ephemeral P-256 key
    EncryptedPrivateKey: bytes  # IV (16) || AES-128-CBC ciphertext (32)


def session_key(shared_secret: bytes) -> bytes:
    """[V2G2-818]: NIST SP 800-56A concatenation KDF, SHA-256, keydatalen 128 bits, OtherInfo 01 'U' 'V'."""
    return ConcatKDFHash(hashes.SHA256(), SESSION_KEY_BYTES, KDF_OTHER_INFO).derive(shared_secret)


def _p256_public(receiver: ec.EllipticCurvePublicKey | x509.Certificate) -> ec.EllipticCurvePublicKey:
    key = receiver.public_key() if isinstance(receiver, x509.Certificate) else receiver
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise KeyTransportError("-2 key transport needs the EV's P-256 key", reason=Reason.WRONG_ALGORITHM)
    return key


def encrypt_private_key(
    private_key: ec.EllipticCurvePrivateKey,
    receiver: ec.EllipticCurvePublicKey | x509.Certificate,
    *,
    ephemeral_key: ec.EllipticCurvePrivateKey | None = None,
    iv: bytes | None = None,
) -> EncryptedPrivateKey:
    """CPS side: seal the contract private key for the EV (its OEM provisioning certificate for an
    installation, its old contract certificate for an update). `ephemeral_key`/`iv` are drawn fresh;
    pass them only to reproduce a known-answer vector."""
    peer = _p256_public(receiver)
    if not isinstance(private_key, ec.EllipticCurvePrivateKey) or private_key.curve.name != "secp256r1":
        raise KeyTransportError("-2 contract keys are P-256", reason=Reason.WRONG_ALGORITHM)
    ephemeral = ephemeral_key or ec.generate_private_key(ec.SECP256R1())
    iv = os.urandom(IV_BYTES) if iv is None else iv
    if len(iv) != IV_BYTES:
        raise KeyTransportError(f"IV must be {IV_BYTES} bytes")
    key = session_key(ephemeral.exchange(ec.ECDH(), peer))
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    plaintext = private_key.private_numbers().private_value.to_bytes(PRIVATE_KEY_BYTES, "big")
    sealed = encryptor.update(plaintext) + encryptor.finalize()
    dh_public = ephemeral.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    return EncryptedPrivateKey(dh_public, iv + sealed)


def decrypt_private_key(
    encrypted: bytes,
    dh_public_key: bytes,
    agreement_key: ec.EllipticCurvePrivateKey,
    *,
    certificate: x509.Certificate | None = None,
) -> ec.EllipticCurvePrivateKey:
    """EV side: recover the contract private key with its static key (OEM provisioning key, or the old
    contract key for an update). With `certificate` (the new contract certificate), the key must match it.

    CBC has no integrity: a wrong key decrypts to noise, which the certificate match (or the scalar range
    check) catches. Raises KeyTransportError.
    """
    if not isinstance(agreement_key, ec.EllipticCurvePrivateKey) or agreement_key.curve.name != "secp256r1":
        raise KeyTransportError("-2 key transport needs the EV's P-256 key", reason=Reason.WRONG_ALGORITHM)
    if len(dh_public_key) != DH_PUBLIC_KEY_BYTES:
        raise KeyTransportError(f"DHpublickey is {len(dh_public_key)} bytes, expected {DH_PUBLIC_KEY_BYTES}")
    if len(encrypted) != IV_BYTES + PRIVATE_KEY_BYTES:
        raise KeyTransportError(f"encrypted private key is {len(encrypted)} bytes, expected {IV_BYTES + PRIVATE_KEY_BYTES}")
    try:
        peer = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), dh_public_key)
    except ValueError as exc:
        raise KeyTransportError("DHpublickey is not a P-256 point") from exc
    key = session_key(agreement_key.exchange(ec.ECDH(), peer))
    decryptor = Cipher(algorithms.AES(key), modes.CBC(encrypted[:IV_BYTES])).decryptor()
    plaintext = decryptor.update(encrypted[IV_BYTES:]) + decryptor.finalize()
    try:
        private_key = ec.derive_private_key(int.from_bytes(plaintext, "big"), ec.SECP256R1())
    except ValueError as exc:
        raise KeyTransportError("decrypted value is not a P-256 private key", reason=Reason.KEY_MISMATCH) from exc
    if certificate is not None and private_key.public_key() != certificate.public_key():
        raise KeyTransportError("decrypted key does not match the contract certificate", reason=Reason.KEY_MISMATCH)
    return private_key


# ----------------------------------------------------------------------------------------- chains

def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


def certificate_chain(chain: Sequence[x509.Certificate], element_id: str | None = None) -> CertificateChainType:
    """CertificateChainType from leaf, Sub-CA 2, Sub-CA 1 (-2 allows up to 4 sub-certificates)."""
    if not chain:
        raise NoCertificateAvailableError("empty chain")
    return CertificateChainType(Id=element_id, Certificate=_der(chain[0]),
                                SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in chain[1:]])
                                if len(chain) > 1 else None)


def chain_certificates(element: CertificateChainType | None) -> list[x509.Certificate]:
    """The certificates of a CertificateChainType, leaf first."""
    if element is None:
        raise NoCertificateAvailableError("no certificate chain in message")
    subs = element.SubCertificates.Certificate if element.SubCertificates is not None else []
    return load_der_chain(element.Certificate, subs, max_sub_certificates=MAX_SUB_CERTIFICATES_ISO2)


def root_certificate_ids(roots: Sequence[x509.Certificate]) -> ListOfRootCertificateIDsType:
    """ListOfRootCertificateIDs naming the V2G roots the EV trusts."""
    if not roots:
        raise NoCertificateAvailableError("no V2G root to name in ListOfRootCertificateIDs")
    return ListOfRootCertificateIDsType(RootCertificateID=[
        X509IssuerSerialType(X509IssuerName=r.issuer.rfc4514_string(), X509SerialNumber=r.serial_number) for r in roots])


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.timezone.utc)


# ----------------------------------------------------------------------------------------- SECC decisions

def verify_contract_chain(chain_element: CertificateChainType | None, *, mo_roots: Sequence[x509.Certificate],
                          now: dt.datetime | None = None, revocation: RevocationData | None = None) -> PnCAuthorization:
    """PaymentDetailsReq: the contract chain leads to a trusted MO (or V2G) root, P-256/SHA-256 throughout."""
    chain = validate_chain(chain_certificates(chain_element), mo_roots, now=_now(now), policy=ISO15118_2,
                           revocation=revocation)
    return PnCAuthorization(emaid=common_name(chain.leaf), chain=chain)


def _plain_emaid(emaid: str) -> str:
    """EMAIDs compare without their optional dashes and case (DE-8AA-1A2B3C4D5 == de8aa1a2b3c4d5)."""
    return emaid.replace("-", "").upper()


def payment_details_outcome(request: body2.PaymentDetailsReqType, *, mo_roots: Sequence[x509.Certificate],
                            now: dt.datetime | None = None, revocation: RevocationData | None = None,
                            ) -> tuple[responseCodeType, PnCAuthorization | None, SecurityError | None]:
    """`verify_contract_chain` for the PaymentDetails state, and the eMAID must be the contract certificate's
    (dashes and case aside): (ResponseCode, contract or None, error or None). OK_CertificateExpiresSoon
    announces a contract about to expire. Never raises for a bad request."""
    try:
        contract = verify_contract_chain(request.ContractSignatureCertChain, mo_roots=mo_roots, now=now,
                                         revocation=revocation)
        if _plain_emaid(request.eMAID) != _plain_emaid(contract.emaid):
            raise CertChainError(f"eMAID {request.eMAID!r} is not the contract certificate's {contract.emaid!r}",
                                 reason=Reason.PROFILE_VIOLATION)
    except SecurityError as error:
        return response_code(error, "PaymentDetailsReq"), None, error
    return responseCodeType(contract.response_code), contract, None


def verify_authorization_req(request: body2.AuthorizationReqType, signature: SignatureType | None, *,
                             contract_certificate: x509.Certificate, gen_challenge: bytes) -> None:
    """PnC AuthorizationReq: signed by the contract key of PaymentDetailsReq, echoing our GenChallenge."""
    verify(request, signature, contract_certificate.public_key())
    if request.GenChallenge is None or not hmac.compare_digest(request.GenChallenge, gen_challenge):
        raise ChallengeInvalidError("GenChallenge differs from the one sent in PaymentDetailsRes")


def authorization_outcome(request: body2.AuthorizationReqType, signature: SignatureType | None, *,
                          contract_certificate: x509.Certificate, gen_challenge: bytes,
                          ) -> tuple[responseCodeType, SecurityError | None]:
    """(ResponseCode, error or None) of a PnC AuthorizationReq; never raises for a bad request."""
    try:
        verify_authorization_req(request, signature, contract_certificate=contract_certificate,
                                 gen_challenge=gen_challenge)
    except SecurityError as error:
        return response_code(error, "AuthorizationReq"), error
    return responseCodeType.OK, None


def verify_metering_receipt_req(request: body2.MeteringReceiptReqType, signature: SignatureType | None, *,
                                contract_certificate: x509.Certificate) -> None:
    verify(request, signature, contract_certificate.public_key())


def metering_receipt_outcome(request: body2.MeteringReceiptReqType, signature: SignatureType | None, *,
                             contract_certificate: x509.Certificate) -> tuple[responseCodeType, SecurityError | None]:
    """(ResponseCode, error or None): FAILED_MeteringSignatureNotValid for a bad signature."""
    try:
        verify_metering_receipt_req(request, signature, contract_certificate=contract_certificate)
    except SecurityError as error:
        return response_code(error, "MeteringReceiptReq"), error
    return responseCodeType.OK, None


# ----------------------------------------------------------------------------------------- EVCC requests

def authorization_req(gen_challenge: bytes, contract_key: ec.EllipticCurvePrivateKey, *,
                      element_id: str = "ID1") -> tuple[body2.AuthorizationReq, Signature]:
    """EV: PnC AuthorizationReq (Id, GenChallenge) and its Signature for the Header."""
    request = body2.AuthorizationReq(Id=element_id, GenChallenge=gen_challenge)
    return request, sign(request, contract_key)


def certificate_installation_req(provisioning_certificate: x509.Certificate,
                                 provisioning_key: ec.EllipticCurvePrivateKey,
                                 v2g_roots: Sequence[x509.Certificate], *,
                                 element_id: str = "ID1") -> tuple[body2.CertificateInstallationReq, Signature]:
    """EV: CertificateInstallationReq (OEM provisioning certificate, trusted V2G roots), signed by its key."""
    request = body2.CertificateInstallationReq(Id=element_id, OEMProvisioningCert=_der(provisioning_certificate),
                                               ListOfRootCertificateIDs=root_certificate_ids(v2g_roots))
    return request, sign(request, provisioning_key)


def certificate_update_req(contract_chain: Sequence[x509.Certificate], contract_key: ec.EllipticCurvePrivateKey,
                           v2g_roots: Sequence[x509.Certificate], *, element_id: str = "ID1",
                           ) -> tuple[body2.CertificateUpdateReq, Signature]:
    """EV: CertificateUpdateReq with its current contract chain and eMAID, signed by the current contract key."""
    request = body2.CertificateUpdateReq(Id=element_id, ContractSignatureCertChain=certificate_chain(contract_chain),
                                         eMAID=common_name(contract_chain[0]),
                                         ListOfRootCertificateIDs=root_certificate_ids(v2g_roots))
    return request, sign(request, contract_key)


# ----------------------------------------------------------------------------------------- CPS side

def verify_certificate_installation_req(request: body2.CertificateInstallationReqType,
                                        signature: SignatureType | None, *,
                                        oem_chain: Sequence[x509.Certificate] = (),
                                        oem_roots: Sequence[x509.Certificate] = (),
                                        now: dt.datetime | None = None) -> x509.Certificate:
    """The OEM provisioning certificate of a CertificateInstallationReq, after its signature (and, given
    the OEM Sub-CAs `oem_chain` and `oem_roots`, its chain: -2 sends only the leaf) checked."""
    (certificate,) = load_der_chain(request.OEMProvisioningCert)
    if oem_roots:
        validate_chain([certificate, *oem_chain], oem_roots, now=_now(now), policy=ISO15118_2)
    verify(request, signature, certificate.public_key())
    return certificate


def verify_certificate_update_req(request: body2.CertificateUpdateReqType, signature: SignatureType | None, *,
                                  mo_roots: Sequence[x509.Certificate], now: dt.datetime | None = None,
                                  revocation: RevocationData | None = None) -> ValidatedChain:
    """The current contract chain of a CertificateUpdateReq, valid to an MO root, and the request signed by it."""
    chain = validate_chain(chain_certificates(request.ContractSignatureCertChain), mo_roots, now=_now(now),
                           policy=ISO15118_2, revocation=revocation)
    verify(request, signature, chain.leaf.public_key())
    return chain


def certificate_installation_res(
    *,
    contract_chain: Sequence[x509.Certificate],
    contract_key: ec.EllipticCurvePrivateKey,
    receiver: x509.Certificate,
    sa_chain: Sequence[x509.Certificate],
    sa_key: ec.EllipticCurvePrivateKey,
    update: bool = False,
    retry_counter: int | None = None,
) -> tuple[body2.CertificateInstallationRes | body2.CertificateUpdateRes, Signature]:
    """CPS: CertificateInstallationRes (or UpdateRes with `update`) with the contract key sealed for
    `receiver` (OEM provisioning certificate, or the old contract certificate), signed with the SA key."""
    sealed = encrypt_private_key(contract_key, receiver)
    fields: dict[str, Any] = dict(
        ResponseCode=responseCodeType.OK,
        SAProvisioningCertificateChain=certificate_chain(sa_chain),
        ContractSignatureCertChain=certificate_chain(contract_chain, "id1"),
        ContractSignatureEncryptedPrivateKey=ContractSignatureEncryptedPrivateKeyType(
            Id="id2", value=sealed.EncryptedPrivateKey),
        DHpublickey=DiffieHellmanPublickeyType(Id="id3", value=sealed.DHpublickey),
        eMAID=EMAIDType(Id="id4", value=common_name(contract_chain[0])),
    )
    response: body2.CertificateInstallationRes | body2.CertificateUpdateRes
    if update:
        response = body2.CertificateUpdateRes(**fields, RetryCounter=retry_counter)
    else:
        response = body2.CertificateInstallationRes(**fields)
    return response, sign(response, sa_key)


@dataclass(frozen=True)
class InstalledContract:
    chain: list[x509.Certificate]
    key: ec.EllipticCurvePrivateKey

    @property
    def emaid(self) -> str:
        return common_name(self.chain[0])


def open_certificate_installation_res(
    response: body2.CertificateInstallationResType | body2.CertificateUpdateResType,
    signature: SignatureType | None,
    *,
    agreement_key: ec.EllipticCurvePrivateKey,
    v2g_roots: Sequence[x509.Certificate],
    mo_roots: Sequence[x509.Certificate] = (),
    now: dt.datetime | None = None,
) -> InstalledContract:
    """EV: SA provisioning chain valid to a V2G root (leaf with DC=CPS), its signature over the 4 elements valid, eMAID that of
    the contract certificate, the contract key decrypts (with `agreement_key`: OEM provisioning key, or the
    old contract key for an update) and matches. With `mo_roots` the contract chain is validated too."""
    now = _now(now)
    sa = validate_chain(chain_certificates(response.SAProvisioningCertificateChain), v2g_roots, now=now,
                        policy=ISO15118_2)
    domains = [str(a.value) for a in sa.leaf.subject.get_attributes_for_oid(x509.NameOID.DOMAIN_COMPONENT)]
    if "CPS" not in domains:  # [V2G2-925]: a leaf without the Domain Component of its use is invalid
        raise CertChainError(f"SA provisioning certificate {sa.leaf.subject.rfc4514_string()} lacks DC=CPS",
                             reason=Reason.PROFILE_VIOLATION)
    verify(response, signature, sa.leaf.public_key())
    contract_chain = chain_certificates(response.ContractSignatureCertChain)
    if mo_roots:
        validate_chain(contract_chain, mo_roots, now=now, policy=ISO15118_2)
    if response.eMAID.value != common_name(contract_chain[0]):
        raise SecurityError(f"eMAID {response.eMAID.value!r} is not the contract certificate's "
                            f"{common_name(contract_chain[0])!r}", reason=Reason.PROFILE_VIOLATION)
    key = decrypt_private_key(response.ContractSignatureEncryptedPrivateKey.value, response.DHpublickey.value,
                              agreement_key, certificate=contract_chain[0])
    return InstalledContract(contract_chain, key)
