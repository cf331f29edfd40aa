"""(a) Every corpus instance against the reference's bytes, both directions, named per case."""
from __future__ import annotations

from typing import Any

import pytest

from corpus_data import CORPUS, FIXTURES, fixture_cases
from exi_model import NAMESPACES, XMLDSIG, coverage, first_difference, has_wildcard_content, roots

exi = pytest.importorskip("iso15118.exi", reason="the codec (iso15118.exi) is not importable yet")

DOCS = fixture_cases("document")
FRAGS = fixture_cases("fragment")


def _id(pair: tuple[dict[str, Any], dict[str, Any]]) -> str:
    return pair[1]["case"]


def _diff(expected: bytes, actual: bytes) -> str:
    at = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b), min(len(expected), len(actual)))
    return (f"first difference at byte {at} (expected {len(expected)} bytes, got {len(actual)}):\n"
            f"  expected {expected[max(0, at - 4):at + 12].hex().upper()}\n"
            f"  actual   {actual[max(0, at - 4):at + 12].hex().upper()}")


def _same_json(actual: Any, expected: Any) -> None:
    """Equality with a short report (pytest's diff of megabyte dicts is slow and unreadable)."""
    if actual != expected:
        pytest.fail(f"decoded JSON differs at {first_difference(actual, expected)}", pytrace=False)


@pytest.mark.parametrize("pair", DOCS, ids=_id)
def test_encode_matches_reference(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    case, fx = pair
    expected = bytes.fromhex(fx["hex"])
    actual = exi.encode(exi.from_json(case["json"], case["namespace"]))
    assert actual == expected, _diff(expected, actual)


@pytest.mark.parametrize("pair", DOCS, ids=_id)
def test_decode_reference_bytes(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    case, fx = pair
    _same_json(exi.to_json(exi.decode(bytes.fromhex(fx["hex"]), case["namespace"])), case["json"])


def _fragment_json(element: Any, name: str) -> dict[str, Any]:
    """JSON of a decoded fragment; a local element (-2's ContractSignatureCertChain, ...) decodes to an
    instance of its type, named by the case."""
    from iso15118.exi._json import _obj_to_json
    return exi.to_json(element) if getattr(type(element), "XSD_ELEMENT", None) else {name: _obj_to_json(element)}


@pytest.mark.parametrize("pair", FRAGS, ids=_id)
def test_fragment_encode_matches_reference(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    from iso15118.exi._json import root_element
    case, fx = pair
    expected = bytes.fromhex(fx["hex"])
    qname = root_element(case["message"], case["namespace"])[0]
    actual = exi.encode_fragment(exi.from_json(case["json"], case["namespace"]), case["namespace"], qname)
    assert actual == expected, _diff(expected, actual)


@pytest.mark.parametrize("pair", FRAGS, ids=_id)
def test_fragment_decode_reference_bytes(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    case, fx = pair
    element = exi.decode_fragment(bytes.fromhex(fx["hex"]), case["namespace"])
    _same_json(_fragment_json(element, case["message"]), case["json"])


def test_corpus_covers_every_global_element_twice() -> None:
    """The corpus promise: >= 2 reference-checked instances of every root of every namespace."""
    counts: dict[tuple[str, str], int] = {}
    for f in FIXTURES:
        counts[(f["namespace"], f["message"])] = counts.get((f["namespace"], f["message"]), 0) + 1
    missing = [(ns, r["name"]) for ns in NAMESPACES for r in roots(ns) if counts.get((ns, r["name"]), 0) < 2]
    assert not missing, missing
    assert len(CORPUS) >= len(FIXTURES)


def test_corpus_uses_every_child_element() -> None:
    """Every element of every content model (choice alternatives, substitution members, optionals) occurs in
    some reference-checked case."""
    allowed, used = coverage([(CORPUS[f["case"]]["namespace"], CORPUS[f["case"]]["json"]) for f in FIXTURES])
    assert sorted(allowed - used) == [], sorted(allowed - used)


def test_corpus_has_wildcard_content_of_every_open_xmldsig_type() -> None:
    """Reference-checked wildcard elements and mixed text: SignatureProperty(ies) and the other open types."""
    cases = [CORPUS[f["case"]] for f in FIXTURES if has_wildcard_content(CORPUS[f["case"]]["json"])]
    roots_with = {next(iter(c["json"])) for c in cases if c["namespace"] == XMLDSIG}
    for name in ("SignatureProperty", "SignatureProperties", "Object", "KeyInfo", "KeyValue", "X509Data",
                 "Transform", "SignatureMethod", "DigestMethod", "CanonicalizationMethod", "PGPData", "SPKIData"):
        assert sum(next(iter(c["json"])) == name for c in cases) >= 1, name
    assert {"SignatureProperty", "SignatureProperties"} <= roots_with
    assert sum(c["namespace"] != XMLDSIG for c in cases) >= 2
