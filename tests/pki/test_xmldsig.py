"""XML signatures over EXI for the four PnC messages, both -20 algorithms, and the PnC decisions."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from iso15118.messages.common_messages import (
    AuthorizationReq,
    CertificateChainType,
    CertificateInstallationReq,
    CertificateInstallationRes,
    MeteringConfirmationReq,
    PnC_AReqAuthorizationModeType,
    Scheduled_SMDTControlModeType,
    SignedCertificateChainType,
    SignedMeteringDataType,
    SubCertificatesType,
    authorizationType,
)
from iso15118.messages.common_types import (
    ListOfRootCertificateIDsType,
    MessageHeaderType,
    MeterInfoType,
    processingType,
    responseCodeType,
)
from iso15118.security.errors import (
    CertificateExpiredError,
    ChallengeInvalidError,
    KeyTransportError,
    NoCertificateAvailableError,
    SignatureError,
    UnknownRootError,
    response_code,
)
from iso15118.security.pnc import (
    authorize_pnc,
    contract_chain_element,
    open_certificate_installation_res,
    root_certificate_id,
    sign_certificate_installation_res,
    signed_installation_data,
    verify_certificate_installation_req,
)
from iso15118.security.xmldsig import (
    CANONICAL_EXI,
    SignatureAlgorithm,
    sign_bytes,
    sign_message,
    verify_bytes,
    verify_message,
)
from pki.issue import issue
from pki.profiles import Role, Suite
from pki.testpki import TestPKI

NOW = dt.datetime.now(dt.timezone.utc)
SESSION_ID = bytes.fromhex("0102030405060708")
CHALLENGE = os.urandom(16)


def stand_in_encoder(element: object) -> bytes:
    """Deterministic serialization standing in for EXI where the codec is not under test."""
    return f"{type(element).__name__}:{element!r}".encode()


@pytest.fixture(params=["stand-in", "exi"])
def encoder(request: pytest.FixtureRequest):
    if request.param == "stand-in":
        return stand_in_encoder
    from iso15118.exi import encode_fragment

    return encode_fragment


def _header() -> MessageHeaderType:
    return MessageHeaderType(SessionID=SESSION_ID, TimeStamp=1_700_000_000)


def _der(cert) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding
    return cert.public_bytes(Encoding.DER)


def authorization_req(pki: TestPKI, challenge: bytes = CHALLENGE, chain=None) -> AuthorizationReq:
    mode = PnC_AReqAuthorizationModeType(Id="id1", GenChallenge=challenge,
                                         ContractCertificateChain=contract_chain_element(chain or pki.chain(Role.CONTRACT)))
    return AuthorizationReq(Header=_header(), SelectedAuthorizationService=authorizationType.PnC,
                            PnC_AReqAuthorizationMode=mode)


def installation_req(pki: TestPKI) -> CertificateInstallationReq:
    chain = pki.chain(Role.OEM_PROV)
    root = pki[Role.V2G_ROOT].certificate
    return CertificateInstallationReq(
        Header=_header(),
        OEMProvisioningCertificateChain=SignedCertificateChainType(
            Id="id2", Certificate=_der(chain[0]), SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in chain[1:]])),
        ListOfRootCertificateIDs=ListOfRootCertificateIDsType(RootCertificateID=[root_certificate_id(root)]),
        MaximumContractCertificateChains=1,
    )


def installation_res(pki: TestPKI) -> CertificateInstallationRes:
    cps = pki.chain(Role.CPS)
    data = signed_installation_data("id3", pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key,
                                    pki[Role.OEM_PROV].certificate, pki.pcid)
    return CertificateInstallationRes(
        Header=_header(), ResponseCode=responseCodeType.OK,
        EVSEProcessing=processingType.Finished,
        CPSCertificateChain=CertificateChainType(Certificate=_der(cps[0]),
                                                 SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in cps[1:]])),
        SignedInstallationData=data, RemainingContractCertificateChains=0)


def metering_req() -> MeteringConfirmationReq:
    return MeteringConfirmationReq(Header=_header(), SignedMeteringData=SignedMeteringDataType(
        Id="id4", SessionID=SESSION_ID, MeterInfo=MeterInfoType(MeterID="METER-1", ChargedEnergyReadingWh=12345),
        Scheduled_SMDTControlMode=Scheduled_SMDTControlModeType(SelectedScheduleTupleID=1)))


@pytest.mark.parametrize("suite,algorithm,length", [
    (Suite.ISO20_ECDSA, SignatureAlgorithm.ECDSA_SHA512, 132),
    (Suite.ISO20_ED448, SignatureAlgorithm.ED448, 114),
    (Suite.ISO2, SignatureAlgorithm.ECDSA_SHA256, 64)])
def test_sign_verify_bytes(pkis: dict[Suite, TestPKI], suite: Suite, algorithm: SignatureAlgorithm, length: int) -> None:
    key = pkis[suite][Role.CONTRACT].key
    assert SignatureAlgorithm.for_key(key) is algorithm
    signature = sign_bytes(key, b"signed info")
    assert len(signature) == length
    verify_bytes(key.public_key(), signature, b"signed info", algorithm)
    with pytest.raises(SignatureError):
        verify_bytes(key.public_key(), signature, b"signed inf0")
    with pytest.raises(SignatureError):
        verify_bytes(key.public_key(), signature[:-1] + bytes([signature[-1] ^ 1]), b"signed info")
    with pytest.raises(SignatureError):
        verify_bytes(pkis[suite][Role.SECC].key.public_key(), signature, b"signed info")


def test_ecdsa_value_is_raw_r_s(pkis: dict[Suite, TestPKI]) -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
    key = pkis[Suite.ISO20_ECDSA][Role.CONTRACT].key
    value = sign_bytes(key, b"x")
    der = encode_dss_signature(int.from_bytes(value[:66], "big"), int.from_bytes(value[66:], "big"))
    key.public_key().verify(der, b"x", ec.ECDSA(hashes.SHA512()))


MESSAGES = {
    "AuthorizationReq": (lambda p: authorization_req(p), Role.CONTRACT),
    "CertificateInstallationReq": (installation_req, Role.OEM_PROV),
    "CertificateInstallationRes": (installation_res, Role.CPS),
    "MeteringConfirmationReq": (lambda p: metering_req(), Role.CONTRACT),
}


@pytest.mark.parametrize("name", list(MESSAGES))
def test_message_round_trip_and_tampering(pkis: dict[Suite, TestPKI], suite20: Suite, encoder, name: str) -> None:
    pki = pkis[suite20]
    make, signer = MESSAGES[name]
    message = sign_message(make(pki), pki[signer].key, encoder=encoder)
    info = message.Header.Signature.SignedInfo
    assert info.CanonicalizationMethod.Algorithm == CANONICAL_EXI
    assert info.SignatureMethod.Algorithm == SignatureAlgorithm.for_key(pki[signer].key).value
    assert info.Reference[0].DigestMethod.Algorithm == {
        Suite.ISO20_ECDSA: "http://www.w3.org/2001/04/xmlenc#sha512",
        Suite.ISO20_ED448: "urn:iso:std:iso:15118:-20:Security:xmlenc#SHAKE256"}[suite20]
    assert len(info.Reference[0].DigestValue) == 64
    assert info.Id is None and message.Header.Signature.KeyInfo is None and not message.Header.Signature.Object
    verify_message(message, pki[signer].certificate.public_key(), encoder=encoder)
    # a signed field changed after signing
    element = {"AuthorizationReq": "PnC_AReqAuthorizationMode", "CertificateInstallationReq": "OEMProvisioningCertificateChain",
               "CertificateInstallationRes": "SignedInstallationData", "MeteringConfirmationReq": "SignedMeteringData"}[name]
    tampered = dataclasses.replace(message, **{element: dataclasses.replace(getattr(message, element), Id="id9")})
    with pytest.raises(SignatureError) as info_exc:
        verify_message(tampered, pki[signer].certificate.public_key(), encoder=encoder)
    expected = "FAILED_MeteringSignatureNotValid" if name == "MeteringConfirmationReq" else "FAILED_SignatureError"
    assert response_code(info_exc.value, name) == expected
    # the signature value changed
    sig = message.Header.Signature
    bad_value = dataclasses.replace(sig.SignatureValue, value=bytes(len(sig.SignatureValue.value)))
    forged = dataclasses.replace(message, Header=dataclasses.replace(
        message.Header, Signature=dataclasses.replace(sig, SignatureValue=bad_value)))
    with pytest.raises(SignatureError):
        verify_message(forged, pki[signer].certificate.public_key(), encoder=encoder)


def test_signed_info_checks(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    key = pki[Role.CONTRACT].key
    message = sign_message(authorization_req(pki), key, encoder=stand_in_encoder)
    sig = message.Header.Signature
    ref = sig.SignedInfo.Reference[0]

    def with_info(**changes):
        info = dataclasses.replace(sig.SignedInfo, **changes)
        return dataclasses.replace(message, Header=dataclasses.replace(message.Header,
                                                                       Signature=dataclasses.replace(sig, SignedInfo=info)))
    cases = {
        "uri": with_info(Reference=[dataclasses.replace(ref, URI="#other")]),
        "digest": with_info(Reference=[dataclasses.replace(ref, DigestMethod=dataclasses.replace(
            ref.DigestMethod, Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"))]),
        "c14n": with_info(CanonicalizationMethod=dataclasses.replace(
            sig.SignedInfo.CanonicalizationMethod, Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#")),
        "method": with_info(SignatureMethod=dataclasses.replace(
            sig.SignedInfo.SignatureMethod, Algorithm=SignatureAlgorithm.ED448.value)),
        "digest of the other suite": with_info(Reference=[dataclasses.replace(ref, DigestMethod=dataclasses.replace(
            ref.DigestMethod, Algorithm="urn:iso:std:iso:15118:-20:Security:xmlenc#SHAKE256"))]),
        "no reference": with_info(Reference=[]),
    }
    for label, forged in cases.items():
        with pytest.raises(SignatureError):
            verify_message(forged, key.public_key(), encoder=stand_in_encoder)
    unsigned = authorization_req(pki)
    with pytest.raises(SignatureError):
        verify_message(unsigned, key.public_key(), encoder=stand_in_encoder)


def test_authorize_pnc(pkis: dict[Suite, TestPKI], suite20: Suite, encoder) -> None:
    pki = pkis[suite20]
    roots = [pki[Role.MO_ROOT].certificate, pki[Role.V2G_ROOT].certificate]
    request = sign_message(authorization_req(pki), pki[Role.CONTRACT].key, encoder=encoder)
    result = authorize_pnc(request, gen_challenge=CHALLENGE, trust_anchors=roots, now=NOW, encoder=encoder)
    assert result.emaid == pki.emaid and result.response_code == "OK"
    with pytest.raises(ChallengeInvalidError) as info:
        authorize_pnc(request, gen_challenge=bytes(16), trust_anchors=roots, now=NOW, encoder=encoder)
    assert response_code(info.value) == "WARNING_ChallengeInvalid"
    with pytest.raises(CertificateExpiredError):
        authorize_pnc(request, gen_challenge=CHALLENGE, trust_anchors=roots, now=NOW + dt.timedelta(days=1000),
                      encoder=encoder)
    with pytest.raises(UnknownRootError) as info:
        authorize_pnc(request, gen_challenge=CHALLENGE, trust_anchors=[pki[Role.V2G_ROOT].certificate], now=NOW,
                      encoder=encoder)
    assert response_code(info.value) == "WARNING_eMSPUnknown"
    # signed by a key that is not the contract certificate's
    forged = sign_message(authorization_req(pki), pki[Role.SECC].key, encoder=encoder)
    with pytest.raises(SignatureError) as info:
        authorize_pnc(forged, gen_challenge=CHALLENGE, trust_anchors=roots, now=NOW, encoder=encoder)
    assert response_code(info.value) == "FAILED_SignatureError"
    eim = AuthorizationReq(Header=_header(), SelectedAuthorizationService=authorizationType.PnC)
    with pytest.raises(NoCertificateAvailableError):
        authorize_pnc(eim, gen_challenge=CHALLENGE, trust_anchors=roots, now=NOW, encoder=encoder)


def test_certificate_installation_flow(pkis: dict[Suite, TestPKI], suite20: Suite, encoder) -> None:
    pki = pkis[suite20]
    request = sign_message(installation_req(pki), pki[Role.OEM_PROV].key, encoder=encoder)
    chain = verify_certificate_installation_req(request, oem_roots=[pki[Role.OEM_ROOT].certificate], now=NOW,
                                                encoder=encoder)
    assert chain.leaf == pki[Role.OEM_PROV].certificate
    response = sign_certificate_installation_res(installation_res(pki), pki[Role.CPS].key, encoder=encoder)
    installed = open_certificate_installation_res(response, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid,
                                                  v2g_roots=[pki[Role.V2G_ROOT].certificate],
                                                  mo_roots=[pki[Role.MO_ROOT].certificate], now=NOW, encoder=encoder)
    assert installed.emaid == pki.emaid
    assert installed.key.public_key() == pki[Role.CONTRACT].certificate.public_key()
    with pytest.raises(UnknownRootError):  # an EVCC that knows other MO roots only
        open_certificate_installation_res(response, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid,
                                          v2g_roots=[pki[Role.V2G_ROOT].certificate],
                                          mo_roots=[pki[Role.OEM_ROOT].certificate], now=NOW, encoder=encoder)
    # another vehicle's provisioning key cannot open it
    other = issue(Role.OEM_PROV, pki.pcid, suite=suite20, issuer=pki[Role.OEM_SUBCA2])
    with pytest.raises(KeyTransportError):
        open_certificate_installation_res(response, agreement_key=other.agreement_key or other.key, pcid=pki.pcid,
                                          v2g_roots=[pki[Role.V2G_ROOT].certificate], now=NOW, encoder=encoder)
    # a response signed by something other than the CPS leaf
    forged = sign_certificate_installation_res(installation_res(pki), pki[Role.SECC].key, encoder=encoder)
    with pytest.raises(SignatureError):
        open_certificate_installation_res(forged, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid,
                                          v2g_roots=[pki[Role.V2G_ROOT].certificate], now=NOW, encoder=encoder)


@pytest.mark.parametrize("name", list(MESSAGES))
def test_signature_survives_the_wire(pkis: dict[Suite, TestPKI], suite20: Suite, name: str) -> None:
    """Sign, EXI-encode the whole message, decode it as the peer does, verify the decoded message."""
    from iso15118.exi import decode, encode, encode_fragment
    from iso15118.messages import COMMON_MESSAGES
    pki = pkis[suite20]
    make, signer = MESSAGES[name]
    message = sign_message(make(pki), pki[signer].key)
    received = decode(encode(message), COMMON_MESSAGES)
    assert type(received).__name__ == name
    verify_message(received, pki[signer].certificate.public_key())
    # a signed value changed after decoding: the message no longer verifies
    element = getattr(received, {"AuthorizationReq": "PnC_AReqAuthorizationMode",
                                 "CertificateInstallationReq": "OEMProvisioningCertificateChain",
                                 "CertificateInstallationRes": "SignedInstallationData",
                                 "MeteringConfirmationReq": "SignedMeteringData"}[name])
    element.Id = element.Id + "x"
    with pytest.raises(SignatureError):
        verify_message(received, pki[signer].certificate.public_key())
