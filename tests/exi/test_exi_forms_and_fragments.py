"""Stream forms other encoders produce that we must read, and the fragments -20 signs."""
from __future__ import annotations

import json

import pytest

from iso15118.exi import EXIDecodeError, EXIEncodeError, decode, decode_fragment, encode, encode_fragment, from_json, to_json
from iso15118.exi._api import _FRAGS
from iso15118.messages import COMMON_MESSAGES, XMLDSIG
from iso15118.messages import common_messages as cm
from iso15118.messages import xmldsig as ds
from iso15118.messages.common_types import MessageHeaderType

# SessionSetupRes with EVSEID "" from libcbv2g (CH with a zero-length string) and from EXIficient (EE at once)
EMPTY_EVSEID_CH = "8090043b18226f13d88ae08fdd3b1d3062040080"
EMPTY_EVSEID_EE = "8090043b18226f13d88ae08fdd3b1d30620440"

# ServiceDetailRes with Parameter names "AB", "AB", "CD" and finiteStrings "AB", "AB": once as EXIficient
# writes it (misses only) and once with local/global string-table hits, as a table-using encoder would.
HITS_JSON = {"ServiceDetailRes": {"Header": {"SessionID": "3D4CBF93374ED89B", "TimeStamp": 1}, "ResponseCode": "OK",
             "ServiceID": 2, "ServiceParameterList": {"ParameterSet": [{"ParameterSetID": 0, "Parameter": [
                 {"Name": "AB", "finiteString": "AB"}, {"Name": "AB", "intValue": 1}, {"Name": "CD", "finiteString": "AB"}]}]}}}
MISSES = "8078041ea65fc99ba76c4d801200008000011050a81105080088284c0100221a250220a10a"
HITS = "8078041ea65fc99ba76c4d801200008000011050a804000c0100221a25008500"


def test_empty_string_both_forms_decode_and_we_write_exificients() -> None:
    a = decode(bytes.fromhex(EMPTY_EVSEID_CH), COMMON_MESSAGES)
    b = decode(bytes.fromhex(EMPTY_EVSEID_EE), COMMON_MESSAGES)
    assert a.EVSEID == b.EVSEID == ""
    assert encode(a).hex() == EMPTY_EVSEID_EE


def test_string_table_hits_and_misses_decode_alike() -> None:
    assert encode(from_json(HITS_JSON, COMMON_MESSAGES)).hex() == MISSES
    assert to_json(decode(bytes.fromhex(MISSES), COMMON_MESSAGES)) == HITS_JSON
    assert to_json(decode(bytes.fromhex(HITS), COMMON_MESSAGES)) == HITS_JSON


def test_string_table_hit_into_empty_table_is_an_error() -> None:
    bits = bin(int(MISSES, 16))[2:].zfill(len(MISSES) * 4)
    first_name = "00000100" + "01000001" + "01000010"       # length 2 + 2, "AB": the first miss
    i = bits.index(first_name)
    hit = bits[:i] + "00000000" + bits[i + 8:]               # local hit, but nothing is in the table yet
    with pytest.raises(EXIDecodeError):
        decode(int(hit, 2).to_bytes(len(MISSES) // 2, "big"), COMMON_MESSAGES)


def _signed_info() -> ds.SignedInfo:
    return ds.SignedInfo(
        CanonicalizationMethod=ds.CanonicalizationMethodType(Algorithm="http://www.w3.org/TR/canonical-exi/"),
        SignatureMethod=ds.SignatureMethodType(Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"),
        Reference=[ds.ReferenceType(URI="#id1", Transforms=ds.TransformsType(Transform=[
            ds.TransformType(Algorithm="http://www.w3.org/TR/canonical-exi/")]),
            DigestMethod=ds.DigestMethodType(Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"),
            DigestValue=bytes(range(32)))])


def test_signed_info_fragment_matches_oracle_and_round_trips() -> None:
    # exi-oracle encode http://www.w3.org/2000/09/xmldsig# (EXIficient fragment mode, as Josev signs)
    expected = ("808112b43a3a381d1797bbbbbb973b999737b93397aa2917b1b0b737b734b1b0b616b2bc3497a1ab43a3a381d1797bbbbbb9"
                "73b999737b933979918181897981a17bc36b63239b4b396b6b7b93291b2b1b239b096b9b430991a9b220623696431025687474"
                "703a2f2f7777772e77332e6f72672f54522f63616e6f6e6963616c2d6578692f4852d0e8e8e0745e5eeeeeee5cee665cdee4ce"
                "5e646060625e60685ef0dad8cadcc646e6d0c2646a6c84000020406080a0c0e10121416181a1c1e20222426282a2c2e3032343"
                "6383a3c3e370")
    si = _signed_info()
    data = encode_fragment(si)
    assert data.hex() == expected
    assert decode_fragment(data, XMLDSIG) == si
    # as a document the same element starts with DocContent's code instead, and has no ED code
    assert encode(si)[:2] != data[:2]


def test_commonmessages_fragment_grammar_has_281_elements_and_round_trips() -> None:
    qnames, _idx, width, _table = _FRAGS[COMMON_MESSAGES]
    assert (len(qnames), width) == (281, 9)      # as libcbv2g's iso20 exiFragment: 9-bit codes, ED = 282
    smd = cm.SignedMeteringDataType(Id="smd1", SessionID=bytes(8), MeterInfo=cm.MeterInfoType(
        MeterID="M1", ChargedEnergyReadingWh=12345), Scheduled_SMDTControlMode=cm.Scheduled_SMDTControlModeType(
        SelectedScheduleTupleID=1))
    data = encode_fragment(smd, COMMON_MESSAGES)
    assert int.from_bytes(data[1:3], "big") >> 7 == qnames.index("{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData")
    back = decode_fragment(data, COMMON_MESSAGES)
    assert to_json(cm.SignedMeteringData(**back.__dict__)) == to_json(cm.SignedMeteringData(**smd.__dict__))
    # a local element found through its (unique) type
    pnc = cm.PnC_AReqAuthorizationModeType(Id="a1", GenChallenge=bytes(16), ContractCertificateChain=cm.ContractCertificateChainType(
        Certificate=b"\x30\x82", SubCertificates=cm.SubCertificatesType(Certificate=[b"x"])))
    assert decode_fragment(encode_fragment(pnc), COMMON_MESSAGES) == pnc


def test_fragment_errors() -> None:
    data = encode_fragment(_signed_info())
    with pytest.raises(EXIDecodeError):
        decode_fragment(data[:-3], XMLDSIG)
    with pytest.raises(EXIDecodeError):
        decode_fragment(data + b"\xff", COMMON_MESSAGES)
    with pytest.raises(EXIEncodeError):
        encode_fragment(object())


def test_json_shape_matches_exificient() -> None:
    msg = decode(bytes.fromhex(EMPTY_EVSEID_EE), COMMON_MESSAGES)
    assert json.dumps(to_json(msg)) == (
        '{"SessionSetupRes": {"Header": {"SessionID": "763044DE27B115C1", "TimeStamp": 1785489917}, '
        '"ResponseCode": "OK_NewSessionEstablished", "EVSEID": ""}}')


def test_long_stream_with_non_ascii_strings_round_trips() -> None:
    # > 512 bytes: the windowed reader; non-ASCII characters re-read their code points one by one
    params = [{"Name": f"Pär€{i}", "finiteString": "ünïcødé €" * 3} for i in range(32)]
    obj = {"ServiceDetailRes": {"Header": {"SessionID": "3D4CBF93374ED89B", "TimeStamp": 1}, "ResponseCode": "OK",
                                "ServiceID": 2, "ServiceParameterList": {"ParameterSet": [
                                    {"ParameterSetID": 0, "Parameter": params}]}}}
    data = encode(from_json(obj, COMMON_MESSAGES))
    assert len(data) > 512
    assert to_json(decode(data, COMMON_MESSAGES)) == obj
    with pytest.raises(EXIDecodeError):
        decode(data[:-40], COMMON_MESSAGES)


def test_empty_simple_content_round_trips_as_second_level_ee() -> None:
    # SignatureValue (base64 text with an Id attribute) with no text: EE at once, as EXIficient writes it
    sig = ds.SignatureType(SignedInfo=_signed_info(), SignatureValue=ds.SignatureValueType(value=b""))
    msg = cm.SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=1, Signature=sig),
                             EVCCID="A")
    data = encode(msg)
    back = decode(data, COMMON_MESSAGES)
    assert back.Header.Signature.SignatureValue.value == b""
    assert to_json(back) == to_json(msg)
    with_id = ds.SignatureType(SignedInfo=_signed_info(), SignatureValue=ds.SignatureValueType(Id="s1", value=b""))
    msg2 = cm.SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=1, Signature=with_id),
                              EVCCID="A")
    assert to_json(decode(encode(msg2), COMMON_MESSAGES)) == to_json(msg2)
