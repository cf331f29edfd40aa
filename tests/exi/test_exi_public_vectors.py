"""Bytes published by other implementations (libcbv2g, Josev, ...): we decode them all, re-encode them to
the identical bytes (EXIficient's form for the one empty-EVSEID vector) and reject the broken ones."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from iso15118.exi import EXIDecodeError, decode, encode, from_json, to_json

# shared/ sits beside the repository (here /work/shared next to /work/main, and beside CI's clone)
SHARED = next((p for p in (Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")) if p.is_dir()),
              Path("/work/shared"))
VECTORS_FILE = SHARED / "interop" / "exi-vectors-public.jsonl"
VECTORS = [json.loads(x) for x in VECTORS_FILE.read_text().splitlines()] if VECTORS_FILE.exists() else []
pytestmark = pytest.mark.skipif(not VECTORS, reason="shared interop vectors not present on this machine")


@pytest.mark.parametrize("vec", VECTORS, ids=[f"{i}-{v['message']}" for i, v in enumerate(VECTORS)])
def test_vector(vec: dict) -> None:
    data = bytes.fromhex(vec["hex"])
    if not vec["valid"]:
        with pytest.raises(EXIDecodeError):
            decode(data, vec["namespace"])
        return
    msg = decode(data, vec["namespace"])
    assert to_json(msg) == vec["json"]
    expected = vec["hex"] if vec["roundtrip_identical"] else vec["oracle_reencoded_hex"]
    assert encode(from_json(vec["json"], vec["namespace"])).hex() == expected
    assert encode(msg).hex() == expected
