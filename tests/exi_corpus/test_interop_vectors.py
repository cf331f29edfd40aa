"""(b) Vectors from other implementations (libcbv2g, SwitchEV, Josev), read from /work/shared/interop."""
from __future__ import annotations

from typing import Any

import pytest

from corpus_data import INTEROP, interop_vectors
from exi_model import first_difference

exi = pytest.importorskip("iso15118.exi", reason="the codec (iso15118.exi) is not importable yet")
pytestmark = pytest.mark.skipif(not INTEROP.exists(), reason=f"interop vectors not present at {INTEROP}")

VECTORS = interop_vectors()
VALID = [v for v in VECTORS if v["valid"]]
NEGATIVE = [v for v in VECTORS if not v["valid"]]


def _id(v: dict[str, Any]) -> str:
    return f"{v['message']}-{v['hex'][:24]}"


@pytest.mark.parametrize("vector", VALID, ids=_id)
def test_valid_vector_decodes_to_reference_json(vector: dict[str, Any]) -> None:
    got = exi.to_json(exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"]))
    if got != vector["json"]:
        pytest.fail(f"differs at {first_difference(got, vector['json'])}", pytrace=False)


@pytest.mark.parametrize("vector", VALID, ids=_id)
def test_valid_vector_reencodes_like_reference(vector: dict[str, Any]) -> None:
    expected = vector["hex"] if vector["roundtrip_identical"] else vector["oracle_reencoded_hex"]
    got = exi.encode(exi.from_json(vector["json"], vector["namespace"])).hex()
    assert got.upper() == expected.upper()


@pytest.mark.parametrize("vector", NEGATIVE, ids=_id)
def test_negative_vector_is_rejected(vector: dict[str, Any]) -> None:
    with pytest.raises(exi.EXIDecodeError):
        exi.decode(bytes.fromhex(vector["hex"]), vector["namespace"])


def test_vectors_present() -> None:
    assert VALID and NEGATIVE, "the interop file holds valid and negative vectors"
