"""Our bytes equal the reference codec's (EXIficient via exi-oracle) for the stored fixtures, both ways.

tests/exi/make_oracle_fixtures.py made oracle_fixtures.jsonl; running these needs no Java.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from iso15118.exi import decode, decode_fragment, encode, encode_fragment, from_json, to_json

FIXTURES = [json.loads(line) for line in (Path(__file__).parent / "oracle_fixtures.jsonl").read_text().splitlines()]


def _id(fx: dict) -> str:
    return f"{fx['namespace'].rsplit(':', 1)[-1].rsplit('#', 1)[0]}-{next(iter(fx['json']))}"


@pytest.mark.parametrize("fx", FIXTURES, ids=[_id(f) for f in FIXTURES])
def test_encode_and_decode_match_oracle(fx: dict) -> None:
    ns = fx["namespace"]
    msg = from_json(fx["json"], ns)
    data = bytes.fromhex(fx["hex"])
    if fx["fragment"]:
        assert encode_fragment(msg).hex() == fx["hex"]
        assert to_json(decode_fragment(data, ns)) == fx["json"]
    else:
        assert encode(msg).hex() == fx["hex"]
        back = decode(data, ns)
        assert to_json(back) == fx["json"]
        assert back == msg


def test_fixtures_cover_every_namespace_and_many_roots() -> None:
    namespaces = {f["namespace"] for f in FIXTURES}
    assert len(namespaces) == 7
    assert len({next(iter(f["json"])) for f in FIXTURES}) >= 100
