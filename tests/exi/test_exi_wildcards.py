"""xs:any wildcard elements and mixed text in the xmldsig types: the typed API (AnyElement, `content`), EXI
built-in element grammars, and the errors for what the schema does not allow or a stream gets wrong.
Byte equality with the reference for the corpus cases is in tests/exi_corpus (test_corpus_fixtures)."""
from __future__ import annotations

import dataclasses
import json
import tracemalloc
from pathlib import Path

import pytest

from iso15118.exi import (
    AnyElement,
    EXIDecodeError,
    EXIEncodeError,
    _any,
    decode,
    decode_fragment,
    encode,
    encode_fragment,
    from_json,
    to_json,
)
from iso15118.messages import COMMON_MESSAGES, XMLDSIG
from iso15118.messages import xmldsig as ds

F = "urn:f"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "exi"
CORPUS = Path(__file__).resolve().parents[1] / "exi_corpus" / "corpus.jsonl"


def fe(name: str, *content: object, attrs: dict[str, str] | None = None) -> AnyElement:
    return AnyElement(namespace=F, name=name, attributes=attrs or {}, content=list(content))


def _bits(data: bytes) -> str:
    return "".join(f"{b:08b}" for b in data)


def _bytes(bits: str) -> bytes:
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def test_generated_classes_keep_their_fields_and_gain_content() -> None:
    names = [f.name for f in dataclasses.fields(ds.SignatureType)]
    assert names == ["Id", "SignedInfo", "SignatureValue", "KeyInfo", "Object"]
    for cls in (ds.ObjectType, ds.KeyInfoType, ds.KeyValueType, ds.X509DataType, ds.PGPDataType,
                ds.SPKIDataType, ds.TransformType, ds.SignatureMethodType, ds.DigestMethodType,
                ds.CanonicalizationMethodType, ds.SignaturePropertyType):
        assert dataclasses.fields(cls)[-1].name == "content", cls
    assert "content" not in [f.name for f in dataclasses.fields(ds.SignedInfoType)]


# EXIficient with the -20 options (exi-oracle encode-xml) for <ds:Object><f:x/></ds:Object>: its EXI Profile
# (no built-in grammars) writes xsi:type="xs:anyType" and the anyType grammar
REFERENCE_OBJECT_X = bytes.fromhex("804b00aeae4dc74cc04f0b00c00312")
QNAME_X = 83                    # bits up to and including SE(*) {urn:f}x in that stream
XSI_TYPE_AND_EE = 31 + 3        # AT(*) xsi:type = xs:anyType, then EE of the anyType grammar


def test_foreign_element_is_written_as_the_reference_profile_writes_it() -> None:
    obj = ds.Object(content=[fe("x")])
    assert encode(obj) == REFERENCE_OBJECT_X
    assert decode(REFERENCE_OBJECT_X, XMLDSIG) == obj


def test_attributes_go_out_sorted_by_local_name_then_uri() -> None:
    # exi-oracle encode-xml of <ds:Object><f:x b="2" z:a="1"/></ds:Object> (either attribute order)
    reference = bytes.fromhex("804b00aeae4dc74cc04f0b00c003000575726e3a7a026103310409880cc920")
    obj = ds.Object(content=[fe("x", attrs={"b": "2", "{urn:z}a": "1"})])
    assert encode(obj) == reference
    assert decode(reference, XMLDSIG) == obj


def test_decoder_reads_built_in_grammars_that_learn() -> None:
    """The form of an EXI encoder without the profile, built bit by bit per EXI 1.0 8.4.3: two <f:x>t</f:x>.
    1st x: StartTagContent has learned nothing (0-bit code), CH is second level 0.3 (learned), the value,
    then ElementContent EE (1 bit: EE 0, escape 1). 2nd x: a URI and a local-name hit, StartTagContent's
    learned CH is code 0 of 1 bit, then EE again."""
    b = _bits(REFERENCE_OBJECT_X)
    t = "00000011" + "01110100"          # string "t": length + 2, then the character
    obj_se_any, obj_ee = "00", "01"       # ObjectType after one wildcard: SE(*) 0, EE 1, CH 2 (2 bits)
    again = "110" + "00000000"            # URI urn:f (index 5 + 1 of 6, 3 bits), local-name hit (0-bit index)
    stream = b[:QNAME_X] + "11" + t + "0" + obj_se_any + again + "0" + t + "0" + obj_ee
    assert decode(_bytes(stream), XMLDSIG) == ds.Object(content=[fe("x", "t"), fe("x", "t")])
    # <f:x a="1"/><f:x a="2"/>: AT(*) 0.1 with qname {""}a learns AT(a); EE 0.0 learns EE; the 2nd x then
    # has [EE, AT(a)] (newest first, 2 bits): AT(a) is code 1, EE code 0
    at_a = "01" + "001" + "00000010" + "01100001"     # URI "" (code 1 of 3 bits), local-name miss "a"
    one, two = "00000011" + "00110001", "00000011" + "00110010"
    stream = b[:QNAME_X] + at_a + one + "1" + "00" + obj_se_any + again + "01" + two + "00" + obj_ee
    assert decode(_bytes(stream), XMLDSIG) == ds.Object(content=[fe("x", attrs={"a": "1"}),
                                                                fe("x", attrs={"a": "2"})])
    assert decode(_bytes(b[:QNAME_X] + "00" + b[QNAME_X + XSI_TYPE_AND_EE:]), XMLDSIG) == ds.Object(
        content=[fe("x")])


def test_global_elements_in_wildcards_use_their_class_and_schema_grammar() -> None:
    props = ds.SignatureProperties(SignatureProperty=[ds.SignaturePropertyType(Target="#s", content=[fe("t", "1")])])
    msg = ds.Object(content=[props, ds.KeyName(value="k"), fe("w", props)])
    back = decode(encode(msg), XMLDSIG)
    assert back == msg and type(back.content[0]) is ds.SignatureProperties
    with pytest.raises(EXIEncodeError, match="use its generated class"):
        encode(ds.Object(content=[AnyElement(namespace=XMLDSIG, name="KeyName", content=["k"])]))


def test_signed_info_fragment_with_wildcard_content_round_trips() -> None:
    si = ds.SignedInfo(
        CanonicalizationMethod=ds.CanonicalizationMethodType(Algorithm="http://www.w3.org/TR/canonical-exi/"),
        SignatureMethod=ds.SignatureMethodType(Algorithm="urn:hmac", HMACOutputLength=128,
                                               content=[fe("p", attrs={"q": "1"}), "t"]),
        Reference=[ds.ReferenceType(URI="#a", DigestMethod=ds.DigestMethodType(Algorithm="urn:sha"),
                                    DigestValue=b"\x01" * 32)])
    assert decode_fragment(encode_fragment(si), XMLDSIG) == si


def test_json_shape_round_trips_and_rejects_malformed_content() -> None:
    msg = {"Object": {"Id": "o", "content": [
        "a", {"element": "{urn:f}x", "attributes": {"k": "v"}, "content": ["b"]},
        {"element": "plain"}, {"{%s}KeyName" % XMLDSIG: "k"}]}}
    assert to_json(decode(encode(from_json(msg, XMLDSIG)), XMLDSIG)) == msg
    for bad in ("text", [1], [{"element": "x", "extra": 1}], [{"{urn:nope}X": {}}], [{"a": 1, "b": 2}]):
        with pytest.raises(EXIEncodeError):
            from_json({"Object": {"content": bad}}, XMLDSIG)


@pytest.mark.parametrize("msg,reason", [
    (ds.X509Data(X509SKI=[b"k"], content=["text"]), "text not allowed"),
    (ds.Object(content=[""]), "empty text"),
    (ds.Object(content=[object()]), "neither AnyElement"),
    (ds.Object(content=[fe("x", "")]), "empty text"),
    (ds.Object(content=[fe("x", attrs={"{http://www.w3.org/2001/XMLSchema-instance}nil": "true"})]), "xsi"),
    (ds.Object(content=[fe("x", attrs={"a": 1})]), "must be str"),        # type: ignore[dict-item]
    (ds.SignatureProperty(Target="#a"), "content incomplete"),
    (ds.SPKIData(SPKISexp=[b"s"], content=[fe("a"), fe("b")]), "no wildcard element allowed here"),
    (ds.KeyValue(RSAKeyValue=ds.RSAKeyValueType(Modulus=b"m", Exponent=b"e"), content=[fe("a")]),
     "no wildcard element allowed here"),
    (ds.Object(content="text"), "must be a list"),                          # type: ignore[arg-type]
])
def test_content_the_schema_does_not_allow_is_an_encode_error(msg: object, reason: str) -> None:
    with pytest.raises(EXIEncodeError, match=reason) as err:
        encode(msg)
    assert err.value.path[0] == type(msg).__name__


def test_error_path_names_the_content_item() -> None:
    msg = ds.Signature(SignedInfo=ds.SignedInfoType(
        CanonicalizationMethod=ds.CanonicalizationMethodType(Algorithm="a"),
        SignatureMethod=ds.SignatureMethodType(Algorithm="b"),
        Reference=[ds.ReferenceType(DigestMethod=ds.DigestMethodType(Algorithm="c"), DigestValue=b"d")]),
        SignatureValue=ds.SignatureValueType(value=b"v"), Object=[ds.ObjectType(content=[fe("x", fe("y", ""))])])
    with pytest.raises(EXIEncodeError) as err:
        encode(msg)
    assert err.value.path == ["Signature", "Object", "content", "0", "x", "0", "y", "0"]


def test_cyclic_and_too_deep_content_are_encode_errors() -> None:
    loop = fe("x")
    loop.content.append(loop)
    with pytest.raises(EXIEncodeError, match="too deep"):
        encode(ds.Object(content=[loop]))


def test_deeply_nested_stream_is_a_decode_error(monkeypatch: pytest.MonkeyPatch) -> None:
    deep: AnyElement = fe("x")
    for _ in range(_any.MAX_DEPTH + 8):
        deep = fe("x", deep)
    monkeypatch.setattr(_any, "MAX_DEPTH", 10 * _any.MAX_DEPTH)
    data = encode(ds.Object(content=[deep]))
    monkeypatch.undo()
    with pytest.raises(EXIDecodeError, match="nested too deep"):
        decode(data, XMLDSIG)


def _wildcard_streams() -> list[tuple[str, bytes]]:
    cases = {c["case"]: c for c in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    out = []
    for path in sorted(FIXTURES.glob("*.jsonl")):
        for f in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            if f["kind"] == "document" and f["case"].startswith("hand-") and '"content"' in json.dumps(
                    cases[f["case"]]["json"]) and len(f["hex"]) <= 1200:
                out.append((f["namespace"], bytes.fromhex(f["hex"])))
    return out


STREAMS = _wildcard_streams()


def test_wildcard_reference_streams_are_present() -> None:
    assert len(STREAMS) >= 15 and {ns for ns, _ in STREAMS} >= {XMLDSIG, COMMON_MESSAGES}


def test_truncated_and_overlong_wildcard_streams_raise_only_decode_errors() -> None:
    rejected = 0
    tracemalloc.start()
    try:
        for ns, data in STREAMS:
            assert decode(data, ns) is not None
            for n in range(len(data)):
                for tail in (b"", b"\xff\xff\xff\xff\x07", b"\x00\xff\xff\xff\xff\x0f"):
                    try:
                        decode(data[:n] + tail, ns)      # a cut in the padding still holds the message
                    except EXIDecodeError as e:
                        assert e.bit_offset <= 8 * (n + len(tail))
                        rejected += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rejected > 2.9 * sum(len(d) for _, d in STREAMS)
    assert peak < 16 * 2**20, f"peak {peak / 2**20:.1f} MiB"


def test_bit_flips_in_wildcard_streams_give_a_message_or_decode_error() -> None:
    for ns, data in STREAMS:
        for bit in range(0, len(data) * 8, 3):
            buf = bytearray(data)
            buf[bit // 8] ^= 0x80 >> (bit % 8)
            try:
                decode(bytes(buf), ns)
            except EXIDecodeError as e:
                assert 0 <= e.bit_offset <= 8 * len(data)
