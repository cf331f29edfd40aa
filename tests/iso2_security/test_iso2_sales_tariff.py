"""-2 PnC SalesTariff signature: the SECC signs each SalesTariff (by its Id) with the MO Sub-CA 2 key; the EV
verifies it against a sub-CA of its own contract chain and refuses a tampered or foreign-signed tariff."""
from __future__ import annotations

import dataclasses

import pytest

from iso15118.messages import iso2_msg_body as body2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.security import iso2 as security
from iso15118.security.errors import SignatureError
from pki.testpki import Role, TestPKI


def _response(levels: tuple[int, ...] = (1, 2)) -> body2.ChargeParameterDiscoveryResType:
    tuples = [t.SAScheduleTupleType(
        SAScheduleTupleID=i, PMaxSchedule=t.PMaxScheduleType(PMaxScheduleEntry=[t.PMaxScheduleEntry(
            TimeInterval=t.RelativeTimeInterval(start=0, duration=3600), PMax=t.PhysicalValueType(
                Multiplier=0, Unit=t.unitSymbolType.W, Value=11000))]),
        SalesTariff=t.SalesTariffType(Id=f"tariff{i}", SalesTariffID=i, NumEPriceLevels=3, SalesTariffEntry=[
            t.SalesTariffEntry(TimeInterval=t.RelativeTimeInterval(start=0, duration=3600), EPriceLevel=level)]))
        for i, level in enumerate(levels, start=1)]
    return body2.ChargeParameterDiscoveryResType(
        ResponseCode=t.responseCodeType.OK, EVSEProcessing=t.EVSEProcessingType.Finished,
        SASchedules=t.SAScheduleList(SAScheduleTuple=tuples),
        EVSEChargeParameter=t.AC_EVSEChargeParameterType(
            AC_EVSEStatus=t.AC_EVSEStatus(NotificationMaxDelay=0, EVSENotification=t.EVSENotificationType._None,
                                          RCD=False),
            EVSENominalVoltage=t.PhysicalValueType(Multiplier=0, Unit=t.unitSymbolType.V, Value=230),
            EVSEMaxCurrent=t.PhysicalValueType(Multiplier=0, Unit=t.unitSymbolType.A, Value=16)))


def _signer(pki: TestPKI) -> security.SalesTariffSigner:
    sub2 = pki[Role.MO_SUBCA2]
    return security.SalesTariffSigner(sub2.key, (sub2.certificate, pki[Role.MO_SUBCA1].certificate))  # type: ignore[arg-type]


def test_signature_references_every_tariff_and_verifies(pki2: TestPKI) -> None:
    res = _response()
    signature = security.sign_sales_tariffs(res, _signer(pki2))
    uris = sorted(ref.URI for ref in signature.SignedInfo.Reference)
    assert uris == ["#tariff1", "#tariff2"]
    security.verify_sales_tariffs(res, signature, pki2.chain(Role.CONTRACT))


def test_tampered_or_foreign_or_missing_signature_is_refused(pki2: TestPKI, pki20: TestPKI) -> None:
    res = _response()
    signature = security.sign_sales_tariffs(res, _signer(pki2))
    tampered = dataclasses.replace(res)
    tampered.SASchedules.SAScheduleTuple[0].SalesTariff.SalesTariffEntry[0].EPriceLevel = 3  # type: ignore[union-attr]
    with pytest.raises(SignatureError):
        security.verify_sales_tariffs(tampered, signature, pki2.chain(Role.CONTRACT))
    fresh = _response()
    with pytest.raises(SignatureError):  # signed by a key the contract chain does not hold
        security.verify_sales_tariffs(fresh, security.sign_sales_tariffs(fresh, _signer(pki20)),
                                      pki2.chain(Role.CONTRACT))
    with pytest.raises(SignatureError, match="without a Header Signature"):
        security.verify_sales_tariffs(fresh, None, pki2.chain(Role.CONTRACT))


def test_no_tariff_nothing_to_sign(pki2: TestPKI) -> None:
    res = _response()
    for tup in res.SASchedules.SAScheduleTuple:  # type: ignore[union-attr]
        tup.SalesTariff = None
    with pytest.raises(SignatureError, match="no SalesTariff"):
        security.sign_sales_tariffs(res, _signer(pki2))
