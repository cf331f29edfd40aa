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
    ANY_TYPE,
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


def fe(name: str, *content: object, attrs: dict[str, str] | None = None, typed: bool = False) -> AnyElement:
    return AnyElement(namespace=F, name=name, xsi_type=ANY_TYPE if typed else None, attributes=attrs or {},
                      content=list(content))


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


def test_anytype_form_matches_the_reference_and_builtin_form_drops_only_the_xsi_type() -> None:
    # EXIficient (exi-oracle encode-xml) for <ds:Object><f:x/></ds:Object>: JAXB adds xsi:type="xs:anyType"
    reference = bytes.fromhex("804b00aeae4dc74cc04f0b00c00312")
    obj = ds.Object(content=[fe("x", typed=True)])
    assert encode(obj) == reference
    assert decode(reference, XMLDSIG) == obj
    # without xsi:type the built-in grammar of f:x has learned nothing yet: escape (0 bits) + EE (2nd level 00)
    # in place of AT(*) xsi:type (31 bits) and the anyType grammar's EE (3 bits)
    b = _bits(reference)
    builtin = _bytes(b[:83] + "00" + b[83 + 31 + 3:])
    plain = ds.Object(content=[fe("x")])
    assert encode(plain) == builtin
    assert decode(builtin, XMLDSIG) == plain


def test_builtin_grammars_learn_so_repeats_cost_less() -> None:
    one = fe("x", "text", fe("y", attrs={"k": "v"}), attrs={"a": "1", "{urn:g}b": "2"})
    first = len(_bits(encode(ds.Object(content=[one]))))
    twice = len(_bits(encode(ds.Object(content=[one, one]))))
    assert twice - first < first - 60           # learned SE/AT/CH/EE codes and name-table hits
    nested = ds.Object(Id="o", content=["lead ", one, fe("x", fe("x", fe("x"))), one, " tail"])
    assert decode(encode(nested), XMLDSIG) == nested


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
                                               content=[fe("p", attrs={"q": "1"}, typed=True), "t"]),
        Reference=[ds.ReferenceType(URI="#a", DigestMethod=ds.DigestMethodType(Algorithm="urn:sha"),
                                    DigestValue=b"\x01" * 32)])
    assert decode_fragment(encode_fragment(si), XMLDSIG) == si


def test_json_shape_round_trips_and_rejects_malformed_content() -> None:
    msg = {"Object": {"Id": "o", "content": [
        "a", {"element": "{urn:f}x", "xsi_type": ANY_TYPE, "attributes": {"k": "v"}, "content": ["b"]},
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
    (ds.Object(content=[AnyElement(namespace=F, name="x", xsi_type="{http://www.w3.org/2001/XMLSchema}string")]),
     "only"),
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
