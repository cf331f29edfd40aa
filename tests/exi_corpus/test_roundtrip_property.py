"""(c) decode(encode(m)) == m for random valid messages of every namespace (schema-model strategies)."""
from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import exi_model as m
from exi_strategies import messages

exi = pytest.importorskip("iso15118.exi", reason="the codec (iso15118.exi) is not importable yet")

# no shrinking: a failing xmldsig message takes minutes to shrink; the falsifying example is printed anyway
SETTINGS = settings(max_examples=30, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("namespace", m.NAMESPACES, ids=lambda ns: m.SHORT_NS[ns])
def test_roundtrip(namespace: str) -> None:
    @SETTINGS
    @given(msg=messages(namespace))
    def check(msg: dict[str, Any]) -> None:
        data = exi.encode(exi.from_json(msg, namespace))
        back = exi.to_json(exi.decode(data, namespace))
        assert back == msg, m.first_difference(back, msg)

    check()


@pytest.mark.parametrize("namespace", m.NAMESPACES, ids=lambda ns: m.SHORT_NS[ns])
def test_roundtrip_without_signature(namespace: str) -> None:
    """The same without xmldsig content, so a signature-only defect does not hide everything else."""
    @SETTINGS
    @given(msg=messages(namespace, avoid=frozenset({"Signature", "PGPData", "KeyInfo", "SignatureMethod",
                                                    "Transforms"})))
    def check(msg: dict[str, Any]) -> None:
        data = exi.encode(exi.from_json(msg, namespace))
        back = exi.to_json(exi.decode(data, namespace))
        assert back == msg, m.first_difference(back, msg)

    check()
