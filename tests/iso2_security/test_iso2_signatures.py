"""-2 XML signatures: round trips through the wire encoding, tampering -> the -2 response codes, and the
PnC decisions of PaymentDetails / Authorization / MeteringReceipt / CertificateInstallation / Update."""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from iso15118 import exi
from iso15118.messages import iso2_msg_body as body2
from iso15118.messages.iso2_msg_data_types import MeterInfoType, responseCodeType
from iso15118.security import iso2
from iso15118.security.certificates import RevocationData
from iso15118.security.errors import CertChainError, KeyTransportError, SecurityError, SignatureError
from iso15118.security.xmldsig import sign_fragments
from iso15118.session.v2g_message import ISO2, unwrap
from pki.backend import LocalISO2ContractService
from pki.issue import issue, make_crl
from pki.profiles import Role, Suite
from pki.testpki import TestPKI

CHALLENGE = bytes(range(16))


def wire(body: object, signature: object) -> tuple[object, object]:
    """Through EXI and back, as the peer receives it: (body, Header.Signature)."""
    message = exi.decode(exi.encode(ISO2.wrap(body, b"\x01\x02\x03\x04\x05\x06\x07\x08", signature=signature)),
                         ISO2.namespace)
    header, received = unwrap(message)
    return received, header.Signature


def contract(pki: TestPKI) -> tuple[object, ec.EllipticCurvePrivateKey]:
    key = pki[Role.CONTRACT].key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return pki[Role.CONTRACT].certificate, key


def metering_receipt() -> body2.MeteringReceiptReq:
    return body2.MeteringReceiptReq(Id="ID1", SessionID=bytes(8), SAScheduleTupleID=1,
                                    MeterInfo=MeterInfoType(MeterID="METER-1", MeterReading=12345))


def test_authorization_req_round_trip_over_the_wire(pki2: TestPKI) -> None:
    cert, key = contract(pki2)
    request, signature = iso2.authorization_req(CHALLENGE, key)
    received, received_signature = wire(request, signature)
    iso2.verify_authorization_req(received, received_signature, contract_certificate=cert, gen_challenge=CHALLENGE)
    assert iso2.authorization_outcome(received, received_signature, contract_certificate=cert,
                                      gen_challenge=CHALLENGE) == (responseCodeType.OK, None)


def test_authorization_req_tampered_challenge_and_signature(pki2: TestPKI) -> None:
    cert, key = contract(pki2)
    request, signature = iso2.authorization_req(CHALLENGE, key)
    code, error = iso2.authorization_outcome(request, signature, contract_certificate=cert, gen_challenge=bytes(16))
    assert code is responseCodeType.FAILED_ChallengeInvalid and error is not None
    tampered = dataclasses.replace(request, GenChallenge=bytes(16))  # not re-signed: the digest no longer matches
    code, error = iso2.authorization_outcome(tampered, signature, contract_certificate=cert, gen_challenge=bytes(16))
    assert code is responseCodeType.FAILED_SignatureError and "digest" in str(error)
    bad_value = copy.deepcopy(signature)
    bad_value.SignatureValue.value = bytes(64)
    assert iso2.authorization_outcome(request, bad_value, contract_certificate=cert,
                                      gen_challenge=CHALLENGE)[0] is responseCodeType.FAILED_SignatureError
    assert iso2.authorization_outcome(request, None, contract_certificate=cert,
                                      gen_challenge=CHALLENGE)[0] is responseCodeType.FAILED_SignatureError
    # signed by another key than the contract of PaymentDetailsReq
    other = ec.generate_private_key(ec.SECP256R1())
    request2, signature2 = iso2.authorization_req(CHALLENGE, other)
    assert iso2.authorization_outcome(request2, signature2, contract_certificate=cert,
                                      gen_challenge=CHALLENGE)[0] is responseCodeType.FAILED_SignatureError


def test_authorization_req_without_id_cannot_be_signed_or_verified(pki2: TestPKI) -> None:
    cert, key = contract(pki2)
    with pytest.raises(SignatureError, match="no Id"):
        iso2.sign(body2.AuthorizationReq(GenChallenge=CHALLENGE), key)
    request, signature = iso2.authorization_req(CHALLENGE, key)
    assert iso2.authorization_outcome(dataclasses.replace(request, Id="ID2"), signature, contract_certificate=cert,
                                      gen_challenge=CHALLENGE)[0] is responseCodeType.FAILED_SignatureError


def test_only_p256_signs_for_minus_2(pki20: TestPKI) -> None:
    key = pki20[Role.CONTRACT].key
    with pytest.raises(SignatureError, match="P-256"):
        iso2.sign(body2.AuthorizationReq(Id="ID1", GenChallenge=CHALLENGE), key)  # type: ignore[arg-type]


def test_metering_receipt_req_signature(pki2: TestPKI) -> None:
    cert, key = contract(pki2)
    request = metering_receipt()
    signature = iso2.sign(request, key)
    received, received_signature = wire(request, signature)
    assert iso2.metering_receipt_outcome(received, received_signature, contract_certificate=cert) == (responseCodeType.OK, None)
    tampered = dataclasses.replace(request, MeterInfo=MeterInfoType(MeterID="METER-1", MeterReading=99999))
    code, error = iso2.metering_receipt_outcome(tampered, signature, contract_certificate=cert)
    assert code is responseCodeType.FAILED_MeteringSignatureNotValid and isinstance(error, SignatureError)


def test_payment_details_contract_chain_codes(pki2: TestPKI, pki20: TestPKI) -> None:
    chain = iso2.certificate_chain(pki2.chain(Role.CONTRACT))
    request = body2.PaymentDetailsReq(eMAID=pki2.emaid, ContractSignatureCertChain=chain)
    mo_roots = [pki2.root(Role.CONTRACT)]
    code, result, error = iso2.payment_details_outcome(request, mo_roots=mo_roots)
    assert code is responseCodeType.OK and result is not None and result.emaid == pki2.emaid and error is None
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3 * 365)
    assert iso2.payment_details_outcome(request, mo_roots=mo_roots, now=later)[0] is responseCodeType.FAILED_CertificateExpired
    soon = pki2[Role.CONTRACT].certificate.not_valid_after_utc - dt.timedelta(days=3)
    assert iso2.payment_details_outcome(request, mo_roots=mo_roots, now=soon)[0] is responseCodeType.OK_CertificateExpiresSoon
    assert iso2.payment_details_outcome(request, mo_roots=[pki20.root(Role.CONTRACT)])[0] is responseCodeType.FAILED_CertChainError
    crl = make_crl(pki2[Role.MO_SUBCA2], [pki2[Role.CONTRACT].certificate])
    assert iso2.payment_details_outcome(request, mo_roots=mo_roots, revocation=RevocationData(crls=[crl]))[0] \
        is responseCodeType.FAILED_CertificateRevoked
    # a -20 (P-521) contract chain offered in a -2 session
    chain20 = iso2.certificate_chain(pki20.chain(Role.CONTRACT))
    request20 = body2.PaymentDetailsReq(eMAID=pki20.emaid, ContractSignatureCertChain=chain20)
    assert iso2.payment_details_outcome(request20, mo_roots=[pki20.root(Role.CONTRACT)])[0] is responseCodeType.FAILED_CertChainError
    # chain without its Sub-CAs
    leaf_only = body2.PaymentDetailsReq(eMAID=pki2.emaid, ContractSignatureCertChain=iso2.certificate_chain(pki2.chain(Role.CONTRACT)[:1]))
    assert iso2.payment_details_outcome(leaf_only, mo_roots=mo_roots)[0] is responseCodeType.FAILED_CertChainError
    garbage = body2.PaymentDetailsReq(eMAID=pki2.emaid, ContractSignatureCertChain=dataclasses.replace(chain, Certificate=b"\x30\x03junk"))
    assert iso2.payment_details_outcome(garbage, mo_roots=mo_roots)[0] is responseCodeType.FAILED_CertChainError


def test_certificate_installation_through_the_local_cps(pki2: TestPKI) -> None:
    service = LocalISO2ContractService(pki2)
    prov_key = pki2[Role.OEM_PROV].key
    assert isinstance(prov_key, ec.EllipticCurvePrivateKey)
    request, signature = iso2.certificate_installation_req(pki2[Role.OEM_PROV].certificate, prov_key,
                                                           [pki2.root(Role.SECC)])
    request, signature = wire(request, signature)
    response, response_signature = service.certificate_installation(request, signature)
    assert len(response_signature.SignedInfo.Reference) == 4
    response, response_signature = wire(response, response_signature)
    assert isinstance(response, body2.CertificateInstallationRes)
    installed = iso2.open_certificate_installation_res(response, response_signature, agreement_key=prov_key,
                                                       v2g_roots=[pki2.root(Role.SECC)],
                                                       mo_roots=[pki2.root(Role.CONTRACT)])
    assert installed.emaid.startswith("DEPNXC") and installed.key.public_key() == installed.chain[0].public_key()
    # the EV then signs its AuthorizationReq with the installed contract
    auth, auth_signature = iso2.authorization_req(CHALLENGE, installed.key)
    assert iso2.authorization_outcome(auth, auth_signature, contract_certificate=installed.chain[0],
                                      gen_challenge=CHALLENGE)[0] is responseCodeType.OK

    # tampering on the way: each of the four signed elements, and the eMAID/contract mismatch
    for field in iso2.RESPONSE_SIGNED_FIELDS:
        bad = copy.deepcopy(response)
        element = getattr(bad, field)
        if field == "eMAID":
            element.value = "DEPNXC999999999"
        elif field == "ContractSignatureCertChain":
            element.Certificate = pki2[Role.CONTRACT].certificate.public_bytes(Encoding.DER)
        else:
            element.value = bytes(len(element.value) - 1) + b"\x04"
        with pytest.raises(SignatureError):
            iso2.open_certificate_installation_res(bad, response_signature, agreement_key=prov_key,
                                                   v2g_roots=[pki2.root(Role.SECC)])
    # a signature that leaves one of the four out is refused
    fragments = iso2.signed_fragments(response)
    cps_key = pki2[Role.CPS].key
    partial = sign_fragments({k: v for k, v in list(fragments.items())[:3]}, cps_key)  # type: ignore[arg-type]
    with pytest.raises(SignatureError, match="not covered"):
        iso2.open_certificate_installation_res(response, partial, agreement_key=prov_key, v2g_roots=[pki2.root(Role.SECC)])
    # the wrong EV (another provisioning key) cannot decrypt
    with pytest.raises(KeyTransportError):
        iso2.open_certificate_installation_res(response, response_signature,
                                               agreement_key=ec.generate_private_key(ec.SECP256R1()),
                                               v2g_roots=[pki2.root(Role.SECC)])


def test_certificate_installation_req_refused(pki2: TestPKI) -> None:
    service = LocalISO2ContractService(pki2)
    prov_key = pki2[Role.OEM_PROV].key
    request, signature = iso2.certificate_installation_req(pki2[Role.OEM_PROV].certificate, prov_key,  # type: ignore[arg-type]
                                                           [pki2.root(Role.SECC)])
    with pytest.raises(SignatureError) as caught:
        service.certificate_installation(dataclasses.replace(request, Id="ID9"), signature)
    assert iso2.response_code(caught.value, "CertificateInstallationReq") is responseCodeType.FAILED_SignatureError
    # a provisioning certificate the OEM root did not issue
    stranger = issue(Role.OEM_PROV, pki2.pcid, suite=Suite.ISO2)
    request, signature = iso2.certificate_installation_req(stranger.certificate, stranger.key,  # type: ignore[arg-type]
                                                           [pki2.root(Role.SECC)])
    with pytest.raises(SecurityError) as caught:
        service.certificate_installation(request, signature)
    assert iso2.response_code(caught.value, "CertificateInstallationReq") is responseCodeType.FAILED_CertChainError


def test_certificate_update_keeps_the_emaid_and_seals_for_the_old_contract(pki2: TestPKI) -> None:
    service = LocalISO2ContractService(pki2)
    _, old_key = contract(pki2)
    request, signature = iso2.certificate_update_req(pki2.chain(Role.CONTRACT), old_key, [pki2.root(Role.SECC)])
    request, signature = wire(request, signature)
    response, response_signature = service.certificate_update(request, signature)
    response, response_signature = wire(response, response_signature)
    assert isinstance(response, body2.CertificateUpdateRes) and response.RetryCounter == 0
    installed = iso2.open_certificate_installation_res(response, response_signature, agreement_key=old_key,
                                                       v2g_roots=[pki2.root(Role.SECC)])
    assert installed.emaid == pki2.emaid and installed.chain[0] != pki2[Role.CONTRACT].certificate
    other = ec.generate_private_key(ec.SECP256R1())
    forged, forged_signature = iso2.certificate_update_req(pki2.chain(Role.CONTRACT), other, [pki2.root(Role.SECC)])
    with pytest.raises(SignatureError):
        service.certificate_update(forged, forged_signature)


def test_local_cps_needs_an_iso2_pki(pki20: TestPKI) -> None:
    with pytest.raises(ValueError, match="iso2"):
        LocalISO2ContractService(pki20)


def test_installation_res_signed_by_a_non_cps_certificate_is_refused(pki2: TestPKI) -> None:
    """[V2G2-925]: the SECC's own (DC=CPO) certificate chains to the V2G root too, but is no SA provisioning one."""
    _, contract_key = contract(pki2)
    secc_key = pki2[Role.SECC].key
    prov_key = pki2[Role.OEM_PROV].key
    response, signature = iso2.certificate_installation_res(
        contract_chain=pki2.chain(Role.CONTRACT), contract_key=contract_key, receiver=pki2[Role.OEM_PROV].certificate,
        sa_chain=pki2.chain(Role.SECC), sa_key=secc_key)  # type: ignore[arg-type]
    with pytest.raises(CertChainError, match="DC=CPS"):
        iso2.open_certificate_installation_res(response, signature, agreement_key=prov_key,  # type: ignore[arg-type]
                                               v2g_roots=[pki2.root(Role.SECC)])


def test_payment_details_emaid_must_be_the_contract_certificates(pki2: TestPKI) -> None:
    chain = iso2.certificate_chain(pki2.chain(Role.CONTRACT))
    mo_roots = [pki2.root(Role.CONTRACT)]
    dashed = "-".join((pki2.emaid[:2], pki2.emaid[2:5], pki2.emaid[5:])).lower()  # de-pnx-c123456789
    assert iso2.payment_details_outcome(body2.PaymentDetailsReq(eMAID=dashed, ContractSignatureCertChain=chain),
                                        mo_roots=mo_roots)[0] is responseCodeType.OK
    code, contract_, error = iso2.payment_details_outcome(
        body2.PaymentDetailsReq(eMAID="DEPNXC999999999", ContractSignatureCertChain=chain), mo_roots=mo_roots)
    assert code is responseCodeType.FAILED_CertChainError and contract_ is None and "eMAID" in str(error)
