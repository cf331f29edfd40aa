"""-2 Plug & Charge at the SECC: contract chain against MO roots, GenChallenge and the EV's XML signature
over the AuthorizationReq fragment, ReceiptRequired and the MeteringReceiptReq signature, certificate
installation forwarded to a backend. A P-256 PKI from the toolkit (`pki init --suite iso2`)."""
from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

import iso2_ev as ev
from iso15118 import exi
from iso15118.messages import ISO2_MSG_DEF
from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security.xmldsig import sign_fragments
from iso15118.session.v2g_message import ISO2
from iso2_driver import Driver
from pki.profiles import Role, Suite
from pki.testpki import build_pki
from secc.config import SECCConfig
from secc.controller import EVSENotification, SessionInfo
from secc.authorization import ContractAuthorizer

R = t.responseCodeType
PNC = SECCConfig(authorization_methods=("EIM", "PnC"), certificate_installation=True)


@pytest.fixture(scope="module")
def pki():
    return build_pki(Suite.ISO2)


def der(c) -> bytes:
    return c.public_bytes(Encoding.DER)


def contract_chain(pki) -> t.CertificateChainType:
    chain = pki.chain(Role.CONTRACT)
    return t.CertificateChainType(Certificate=der(chain[0]),
                                  SubCertificates=t.SubCertificatesType(Certificate=[der(c) for c in chain[1:]]))


def signed(body: Any, sid: bytes, key) -> Any:
    return ISO2.wrap(body, sid, signature=sign_fragments({body.Id: exi.encode_fragment(body)}, key))


class Backend:
    def __init__(self) -> None:
        self.requests: list[Any] = []

    async def certificate_installation(self, request, signature, info: SessionInfo) -> Any:
        self.requests.append(request)
        return b.CertificateInstallationRes(ResponseCode=R.OK, **_cert_fields()), None

    async def certificate_update(self, request, signature, info: SessionInfo) -> Any:
        self.requests.append(request)
        return b.CertificateUpdateRes(ResponseCode=R.FAILED_ContractCanceled, **_cert_fields()), None


def _cert_fields() -> dict[str, Any]:
    from secc.iso2.messages import _certificate_fields
    return _certificate_fields()


def driver(pki, *, tls: bool = True, backend: Any = None, clock=None) -> Driver:
    """The SECC's own PnC authorizer (as `secc` builds it from [pnc]): MO roots, the -2 backend."""
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)], iso2_installation=backend, clock=clock)
    return Driver(PNC, pnc=authorizer, tls=tls)


async def until_payment_details(d: Driver, services=((1, None),)) -> None:
    await d.send(ev.session_setup())
    res = await d.send(ev.service_discovery(d.sid))
    assert t.paymentOptionType.Contract in res.PaymentOptionList.PaymentOption
    res = await d.send(ev.payment_selection(d.sid, "Contract", services))
    assert res.ResponseCode is R.OK


async def pnc_authorized(d: Driver, pki) -> None:
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=contract_chain(pki)), d.sid))
    assert res.ResponseCode is R.OK and len(res.GenChallenge) == 16
    res = await d.send(signed(b.AuthorizationReq(Id="ID1", GenChallenge=res.GenChallenge), d.sid, pki[Role.CONTRACT].key))
    assert (res.ResponseCode, res.EVSEProcessing) == (R.OK, t.EVSEProcessingType.Finished)


async def test_pnc_ac_session_with_a_signed_metering_receipt(pki) -> None:
    d = driver(pki)
    await pnc_authorized(d, pki)
    assert d.ctx.authorized and d.ctx.emaid == pki.emaid
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))
    d.ctx.pending_notification = (EVSENotification.MeteringConfirmation, 5)
    res = await d.send(ev.charging_status(d.sid))
    assert res.ReceiptRequired is True and res.MeterInfo is not None
    receipt = b.MeteringReceiptReq(Id="ID2", SessionID=d.sid, SAScheduleTupleID=1, MeterInfo=res.MeterInfo)
    res = await d.send(signed(receipt, d.sid, pki[Role.CONTRACT].key))
    assert res.ResponseCode is R.OK and isinstance(res.EVSEStatus, t.AC_EVSEStatusType)
    assert [type(a).__name__ for a in d.last.actions] == ["MeteringConfirmed"]
    res = await d.send(ev.charging_status(d.sid))
    assert res.ReceiptRequired is None


async def test_contract_is_not_offered_over_plain_tcp(pki) -> None:
    d = driver(pki, tls=False)
    await d.send(ev.session_setup())
    res = await d.send(ev.service_discovery(d.sid))
    assert res.PaymentOptionList.PaymentOption == [t.paymentOptionType.ExternalPayment] and res.ServiceList is None


async def test_contract_chain_of_an_unknown_mo_is_cert_chain_error(pki) -> None:
    other = build_pki(Suite.ISO2)
    d = driver(pki)
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=other.emaid, ContractSignatureCertChain=contract_chain(other)), d.sid))
    assert res.ResponseCode is R.FAILED_CertChainError and d.ended


async def test_expired_contract_is_certificate_expired(pki) -> None:
    d = driver(pki, clock=lambda: dt.datetime(2200, 1, 1, tzinfo=dt.timezone.utc))
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=contract_chain(pki)), d.sid))
    assert res.ResponseCode is R.FAILED_CertificateExpired and d.ended


async def test_emaid_that_is_not_the_contracts_is_refused(pki) -> None:
    d = driver(pki)
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID="DEXYZC000000001", ContractSignatureCertChain=contract_chain(pki)), d.sid))
    assert res.ResponseCode is R.FAILED_CertChainError


async def test_emaid_of_a_hyphenated_contract_matches_without_hyphens() -> None:
    hyphenated = build_pki(Suite.ISO2, emaid="DE-PNX-C12345678-9")
    d = driver(hyphenated)
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID="depnxc123456789",
                                                  ContractSignatureCertChain=contract_chain(hyphenated)), d.sid))
    assert res.ResponseCode is R.OK


async def test_wrong_gen_challenge_is_challenge_invalid(pki) -> None:
    d = driver(pki)
    await until_payment_details(d)
    await d.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=contract_chain(pki)), d.sid))
    res = await d.send(signed(b.AuthorizationReq(Id="ID1", GenChallenge=bytes(16)), d.sid, pki[Role.CONTRACT].key))
    assert res.ResponseCode is R.FAILED_ChallengeInvalid and d.ended


@pytest.mark.parametrize("tamper", ["other_key", "no_signature"])
async def test_bad_authorization_signature_is_signature_error(pki, tamper) -> None:
    d = driver(pki)
    await until_payment_details(d)
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=contract_chain(pki)), d.sid))
    body = b.AuthorizationReq(Id="ID1", GenChallenge=res.GenChallenge)
    msg = signed(body, d.sid, pki[Role.OEM_PROV].key) if tamper == "other_key" else ev.msg(body, d.sid)
    res = await d.send(msg)
    assert res.ResponseCode is R.FAILED_SignatureError and d.ended


async def test_metering_receipt_with_a_bad_signature(pki) -> None:
    d = driver(pki)
    await pnc_authorized(d, pki)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))
    d.ctx.pending_notification = (EVSENotification.MeteringConfirmation, 5)
    res = await d.send(ev.charging_status(d.sid))
    receipt = b.MeteringReceiptReq(Id="ID2", SessionID=d.sid, MeterInfo=res.MeterInfo)
    res = await d.send(signed(receipt, d.sid, pki[Role.OEM_PROV].key))
    assert res.ResponseCode is R.FAILED_MeteringSignatureNotValid and d.ended


async def test_metering_receipt_over_other_meter_values(pki) -> None:
    d = driver(pki)
    await pnc_authorized(d, pki)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))
    d.ctx.pending_notification = (EVSENotification.MeteringConfirmation, 5)
    res = await d.send(ev.charging_status(d.sid))
    info = res.MeterInfo
    info.MeterReading = (info.MeterReading or 0) + 1000
    receipt = b.MeteringReceiptReq(Id="ID2", SessionID=d.sid, MeterInfo=info)
    res = await d.send(signed(receipt, d.sid, pki[Role.CONTRACT].key))
    assert res.ResponseCode is R.FAILED_MeteringSignatureNotValid


async def test_certificate_installation_is_forwarded_to_the_backend(pki) -> None:
    backend = Backend()
    d = driver(pki, backend=backend)
    await d.send(ev.session_setup())
    res = await d.send(ev.service_discovery(d.sid))
    assert res.ServiceList.Service[0].ServiceID == 2
    res = await d.send(ev.service_detail(d.sid, 2))
    assert [p.ParameterSetID for p in res.ServiceParameterList.ParameterSet] == [1, 2]
    await d.send(ev.payment_selection(d.sid, "Contract", ((1, None), (2, 1))))
    req = b.CertificateInstallationReq(Id="ID3", OEMProvisioningCert=der(pki[Role.OEM_PROV].certificate),
                                       ListOfRootCertificateIDs=t.ListOfRootCertificateIDsType(RootCertificateID=[
                                           t.X509IssuerSerialType(X509IssuerName="CN=MO", X509SerialNumber=1)]))
    res = await d.send(ev.msg(req, d.sid))
    assert res.ResponseCode is R.OK and len(backend.requests) == 1
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=contract_chain(pki)), d.sid))
    assert res.ResponseCode is R.OK


async def test_quirk_josev_certificate_service_selected_without_a_parameter_set(pki) -> None:
    """Josev's EVCC selects ServiceID 2 with no ParameterSetID (optional in SelectedServiceType): accepted, and
    either certificate request may follow, or PaymentDetails straight away."""
    backend = Backend()
    d = driver(pki, backend=backend)
    await until_payment_details(d, ((1, None), (2, None)))
    assert {b.PaymentDetailsReq, b.CertificateInstallationReq, b.CertificateUpdateReq} <= d.ctx.allowed
    req = b.CertificateInstallationReq(Id="ID3", OEMProvisioningCert=der(pki[Role.OEM_PROV].certificate),
                                       ListOfRootCertificateIDs=t.ListOfRootCertificateIDsType(RootCertificateID=[
                                           t.X509IssuerSerialType(X509IssuerName="CN=MO", X509SerialNumber=1)]))
    res = await d.send(ev.msg(req, d.sid))
    assert res.ResponseCode is R.OK and len(backend.requests) == 1


async def test_certificate_update_refused_by_the_backend_ends_the_session(pki) -> None:
    d = driver(pki, backend=Backend())
    await until_payment_details(d, ((1, None), (2, 2)))
    req = b.CertificateUpdateReq(Id="ID4", ContractSignatureCertChain=contract_chain(pki), eMAID=pki.emaid,
                                 ListOfRootCertificateIDs=t.ListOfRootCertificateIDsType(RootCertificateID=[
                                     t.X509IssuerSerialType(X509IssuerName="CN=MO", X509SerialNumber=1)]))
    res = await d.send(ev.msg(req, d.sid))
    assert res.ResponseCode is R.FAILED_ContractCanceled and d.ended


async def test_certificate_installation_not_selected_is_a_sequence_error(pki) -> None:
    d = driver(pki, backend=Backend())
    await until_payment_details(d)
    req = b.CertificateInstallationReq(Id="ID3", OEMProvisioningCert=b"\x01", ListOfRootCertificateIDs=t.ListOfRootCertificateIDsType(
        RootCertificateID=[t.X509IssuerSerialType(X509IssuerName="CN=MO", X509SerialNumber=1)]))
    res = await d.send(ev.msg(req, d.sid))
    assert res.ResponseCode is R.FAILED_SequenceError


async def test_installed_contract_from_the_local_2_cps_then_charges(pki, tmp_path) -> None:
    """CertificateInstallation through the -2 lab CPS of a `pki init --suite iso2` tree (LocalISO2CPS): the
    CPS's Header signature reaches the EV intact, the EV opens its new contract and authorizes with it."""
    from pki.testpki import write_pki
    from iso15118.security import iso2 as security
    from secc.authorization import LocalISO2CPS

    write_pki(pki, tmp_path)
    d = driver(pki, backend=LocalISO2CPS(tmp_path))
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    await d.send(ev.payment_selection(d.sid, "Contract", ((1, None), (2, 1))))
    req, signature = security.certificate_installation_req(
        pki[Role.OEM_PROV].certificate, pki[Role.OEM_PROV].key, [pki[Role.V2G_ROOT].certificate])
    await d.send_raw(exi.encode(ISO2.wrap(req, d.sid, signature=signature)))
    wire = exi.decode(exi.encode(d.last.response), ISO2_MSG_DEF)
    res = wire.Body.BodyElement
    assert res.ResponseCode is R.OK and wire.Header.SessionID == d.sid
    contract = security.open_certificate_installation_res(
        res, wire.Header.Signature, agreement_key=pki[Role.OEM_PROV].key, v2g_roots=[pki[Role.V2G_ROOT].certificate],
        mo_roots=[pki.root(Role.CONTRACT)])
    chain = t.CertificateChainType(Certificate=der(contract.chain[0]),
                                   SubCertificates=t.SubCertificatesType(Certificate=[der(c) for c in contract.chain[1:]]))
    res = await d.send(ev.msg(b.PaymentDetailsReq(eMAID=contract.emaid, ContractSignatureCertChain=chain), d.sid))
    assert res.ResponseCode is R.OK
    req, signature = security.authorization_req(res.GenChallenge, contract.key)
    res = await d.send_raw(exi.encode(ISO2.wrap(req, d.sid, signature=signature)))
    assert res.ResponseCode is R.OK and d.ctx.emaid == contract.emaid


async def test_installation_request_signed_by_a_foreign_oem_is_refused(pki, tmp_path) -> None:
    from pki.testpki import write_pki
    from iso15118.security import iso2 as security
    from secc.authorization import LocalISO2CPS

    write_pki(pki, tmp_path)
    other = build_pki(Suite.ISO2)
    d = driver(pki, backend=LocalISO2CPS(tmp_path))
    await until_payment_details(d, ((1, None), (2, 1)))
    req, signature = security.certificate_installation_req(
        other[Role.OEM_PROV].certificate, other[Role.OEM_PROV].key, [pki[Role.V2G_ROOT].certificate])
    res = await d.send_raw(exi.encode(ISO2.wrap(req, d.sid, signature=signature)))
    assert res.ResponseCode is R.FAILED_CertChainError and d.ended


@pytest.mark.parametrize("with_signer", [True, False])
async def test_pnc_sales_tariff_is_signed_by_the_configured_signer_only(pki, with_signer) -> None:
    """-2 PnC: the price-level SalesTariff travels only signed (MO Sub-CA 2), the Header Signature
    referencing its Id and verifying against the EV's contract chain; without a signer none is sent."""
    import dataclasses

    from iso15118.security import iso2 as security
    from secc.config import PricingConfig

    sub2 = pki[Role.MO_SUBCA2]
    signer = security.SalesTariffSigner(sub2.key, (sub2.certificate, pki[Role.MO_SUBCA1].certificate))
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)], sales_tariff_signer=signer if with_signer else None)
    d = Driver(dataclasses.replace(PNC, pricing=PricingConfig(kind="levels", price_levels=3)), pnc=authorizer, tls=True)
    await pnc_authorized(d, pki)
    res = await d.send(ev.ac_cpd(d.sid))
    tariff = res.SASchedules.SAScheduleTuple[0].SalesTariff
    signature = d.last.response.Header.Signature
    if not with_signer:
        assert tariff is None and signature is None
        return
    assert tariff is not None and tariff.NumEPriceLevels == 3
    assert [ref.URI for ref in signature.SignedInfo.Reference] == [f"#{tariff.Id}"]
    security.verify_sales_tariffs(res, signature, pki.chain(Role.CONTRACT))
