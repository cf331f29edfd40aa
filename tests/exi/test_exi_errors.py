"""Hostile or malformed input: exactly EXIDecodeError, fast, without large allocations. Invalid messages:
EXIEncodeError with the path of the offending field."""
from __future__ import annotations

import random
import time

import pytest

from iso15118.exi import EXIDecodeError, EXIEncodeError, decode, decode_fragment, encode, from_json
from iso15118.exi._runtime import BitWriter
from iso15118.messages import COMMON_MESSAGES, DC, XMLDSIG
from iso15118.messages.common_messages import (
    AuthorizationReq,
    ContractCertificateChainType,
    EIM_AReqAuthorizationModeType,
    PnC_AReqAuthorizationModeType,
    ServiceDiscoveryReq,
    ServiceIDListType,
    SessionSetupReq,
    SessionSetupRes,
    SubCertificatesType,
    authorizationType,
)
from iso15118.messages.common_types import MessageHeaderType, RationalNumberType, processingType, responseCodeType
from iso15118.messages.dc import DC_PreChargeReq

HDR = MessageHeaderType(SessionID=bytes.fromhex("0102030405060708"), TimeStamp=1700000000)
SETUP = SessionSetupReq(Header=HDR, EVCCID="WMIV1234567890ABCDEX")
PRECHARGE = DC_PreChargeReq(Header=HDR, EVProcessing=processingType.Ongoing,
                            EVPresentVoltage=RationalNumberType(Exponent=0, Value=400),
                            EVTargetVoltage=RationalNumberType(Exponent=-1, Value=4000))


@pytest.mark.parametrize("msg,ns", [(SETUP, COMMON_MESSAGES), (PRECHARGE, DC)])
def test_every_truncation_raises_decode_error(msg: object, ns: str) -> None:
    data = encode(msg)
    for n in range(len(data)):
        with pytest.raises(EXIDecodeError) as err:
            decode(data[:n], ns)
        assert 0 <= err.value.bit_offset <= n * 8


@pytest.mark.parametrize("msg,ns", [(SETUP, COMMON_MESSAGES), (PRECHARGE, DC)])
def test_bit_flips_and_garbage_raise_only_decode_error(msg: object, ns: str) -> None:
    rng = random.Random(7)
    data = encode(msg)
    cases = []
    for i in range(len(data) * 8):
        b = bytearray(data)
        b[i // 8] ^= 0x80 >> (i % 8)
        cases.append(bytes(b))
    cases += [bytes(rng.randrange(256) for _ in range(rng.randrange(80))) for _ in range(500)]
    cases += [b"\x80" + b"\xff" * 300, b"\x80" + b"\x00" * 300, b"", b"\x80"]
    for c in cases:
        try:
            decode(c, ns)
        except EXIDecodeError as e:
            assert isinstance(e.path, list)
        try:
            decode_fragment(c, XMLDSIG)
        except EXIDecodeError:
            pass


def _session_setup_with_evccid_length(n: int) -> bytes:
    """A SessionSetupReq whose EVCCID string claims n characters but carries none."""
    w = BitWriter()
    w.bits(0x80, 8)
    w.bits(35, 6)             # SE(SessionSetupReq)
    w.bits(0, 1)              # SE(Header)
    w.bits(0, 2)              # SE(SessionID) + CH
    w.binary(bytes(8))
    w.bits(0, 1)              # EE
    w.bits(0, 2)
    w.uint(1)                 # TimeStamp
    w.bits(0, 1)
    w.bits(1, 2)              # EE(Header): no Signature
    w.bits(0, 2)              # SE(EVCCID) + CH
    w.uint(n + 2)             # string length + 2, then nothing
    return w.getvalue()


def test_huge_length_fields_fail_before_allocating() -> None:
    for n in (255, 10**6, 2**40, 2**200):
        t = time.perf_counter()
        with pytest.raises(EXIDecodeError) as err:
            decode(_session_setup_with_evccid_length(n), COMMON_MESSAGES)
        assert time.perf_counter() - t < 0.1
        assert err.value.path[:2] == ["SessionSetupReq", "EVCCID"]
    w = BitWriter()
    w.bits(0x80, 8)
    w.bits(35, 6)
    w.bits(0, 1)
    w.bits(0, 2)
    w.uint(2**62)             # SessionID length
    with pytest.raises(EXIDecodeError) as err:
        decode(w.getvalue(), COMMON_MESSAGES)
    assert err.value.path == ["SessionSetupReq", "Header", "SessionID"]


def test_over_long_unsigned_integer_is_rejected() -> None:
    data = bytes.fromhex("808c04") + b"\xff" * 200
    with pytest.raises(EXIDecodeError):
        decode(data, COMMON_MESSAGES)


def test_list_longer_than_max_occurs_is_rejected_on_decode() -> None:
    # ServiceDiscoveryReq/SupportedServiceIDs/ServiceID has maxOccurs 16: a 17th item must not decode
    ok = encode(ServiceDiscoveryReq(Header=HDR, SupportedServiceIDs=ServiceIDListType(ServiceID=list(range(16)))))
    assert len(decode(ok, COMMON_MESSAGES).SupportedServiceIDs.ServiceID) == 16
    with pytest.raises(EXIEncodeError) as err:
        encode(ServiceDiscoveryReq(Header=HDR, SupportedServiceIDs=ServiceIDListType(ServiceID=list(range(17)))))
    assert err.value.path == ["ServiceDiscoveryReq", "SupportedServiceIDs", "ServiceID"]


def test_out_of_facet_values_raise_encode_error_with_path() -> None:
    with pytest.raises(EXIEncodeError) as err:
        encode(DC_PreChargeReq(Header=HDR, EVProcessing=processingType.Ongoing,
                               EVPresentVoltage=RationalNumberType(Exponent=128, Value=1),
                               EVTargetVoltage=RationalNumberType(Exponent=0, Value=1)))
    assert err.value.path == ["DC_PreChargeReq", "EVPresentVoltage", "Exponent"]
    with pytest.raises(EXIEncodeError) as err:
        encode(SessionSetupReq(Header=HDR, EVCCID="X" * 256))
    assert err.value.path == ["SessionSetupReq", "EVCCID"]
    with pytest.raises(EXIEncodeError) as err:
        encode(SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(9), TimeStamp=1), EVCCID="A"))
    assert err.value.path == ["SessionSetupReq", "Header", "SessionID"]
    with pytest.raises(EXIEncodeError) as err:
        encode(SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=-1), EVCCID="A"))
    assert err.value.path == ["SessionSetupReq", "Header", "TimeStamp"]


def test_wrong_python_types_raise_encode_error() -> None:
    with pytest.raises(EXIEncodeError):
        encode(SessionSetupRes(Header=HDR, ResponseCode="OK", EVSEID="x"))
    with pytest.raises(EXIEncodeError):
        encode(SessionSetupReq(Header=HDR, EVCCID=b"bytes"))
    with pytest.raises(EXIEncodeError):
        encode(SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=True), EVCCID="A"))
    with pytest.raises(EXIEncodeError):
        encode(HDR)


def test_missing_required_and_bad_choice() -> None:
    with pytest.raises(EXIEncodeError) as err:
        encode(SessionSetupReq(Header=HDR, EVCCID=None))
    assert err.value.path == ["SessionSetupReq", "EVCCID"]
    both = AuthorizationReq(Header=HDR, SelectedAuthorizationService=authorizationType.EIM,
                            EIM_AReqAuthorizationMode=EIM_AReqAuthorizationModeType(),
                            PnC_AReqAuthorizationMode=PnC_AReqAuthorizationModeType(
                                Id="a", GenChallenge=bytes(16), ContractCertificateChain=ContractCertificateChainType(
                                    Certificate=b"c", SubCertificates=SubCertificatesType(Certificate=[b"s"]))))
    with pytest.raises(EXIEncodeError) as err:
        encode(both)
    assert err.value.path == ["AuthorizationReq", "PnC_AReqAuthorizationMode"]
    neither = AuthorizationReq(Header=HDR, SelectedAuthorizationService=authorizationType.EIM)
    with pytest.raises(EXIEncodeError):
        encode(neither)


def test_from_json_rejects_unknown_fields_and_bad_values() -> None:
    with pytest.raises(EXIEncodeError):
        from_json({"SessionSetupReq": {"Header": {"SessionID": "00", "TimeStamp": 1}, "Bogus": 1}}, COMMON_MESSAGES)
    with pytest.raises(EXIEncodeError):
        from_json({"SessionSetupRes": {"Header": {"SessionID": "00", "TimeStamp": 1}, "ResponseCode": "NOPE",
                                       "EVSEID": "x"}}, COMMON_MESSAGES)
    with pytest.raises(EXIEncodeError):
        from_json({"SessionSetupReq": {"Header": {"SessionID": "zz", "TimeStamp": 1}, "EVCCID": "A"}}, COMMON_MESSAGES)
    assert responseCodeType("OK") is responseCodeType.OK


def test_abstract_head_element_is_not_encodable() -> None:
    from iso15118.messages import common_types, dc

    msg = dc.DC_ChargeLoopReq(Header=HDR, MeterInfoRequested=False,
                              EVPresentVoltage=RationalNumberType(Exponent=0, Value=1),
                              CLReqControlMode=common_types.CLReqControlMode())
    with pytest.raises(EXIEncodeError) as err:
        encode(msg)
    assert err.value.path == ["DC_ChargeLoopReq", "CLReqControlMode"]


def test_minimum_and_exact_lengths_are_enforced_on_encode_only() -> None:
    short = SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(1), TimeStamp=1), EVCCID="A")
    with pytest.raises(EXIEncodeError) as err:
        encode(short)
    assert err.value.path == ["SessionSetupReq", "Header", "SessionID"]
    # Other stacks send short SessionIDs: we read them, so the session can answer with a code.
    data = bytearray(encode(SETUP))
    assert decode(bytes(data), COMMON_MESSAGES).Header.SessionID == HDR.SessionID


@pytest.mark.parametrize("size,ok", [(57, True), (133, True), (56, False), (134, False)])
def test_dh_public_key_takes_the_x448_length_the_standard_text_gives(size: int, ok: bool) -> None:
    from iso15118.exi import encode_fragment
    from iso15118.messages.common_messages import SignedInstallationData, ecdhCurveType

    data = SignedInstallationData(
        Id="id1", ECDHCurve=next(iter(ecdhCurveType)), DHPublicKey=bytes(size),
        X448_EncryptedPrivateKey=bytes(84),
        ContractCertificateChain=ContractCertificateChainType(
            Certificate=b"\x30\x00", SubCertificates=SubCertificatesType(Certificate=[b"\x30\x00"])))
    if ok:
        assert decode_fragment(encode_fragment(data), COMMON_MESSAGES).DHPublicKey == bytes(size)
    else:
        with pytest.raises(EXIEncodeError, match="length"):
            encode_fragment(data)
