"""Fresh pseudo-random messages of every CommonMessages/DC root against the live reference codec.

Skipped where Java or the shared exi-oracle tool is missing; one oracle call per namespace (~8 s each).
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from exi_samples import instance, roots
from iso15118.exi import _codec, decode, encode, to_json

ORACLE = next((p for p in (Path(__file__).resolve().parents[3] / "shared" / "tools" / "exi-oracle",
                           Path("/work/shared/tools/exi-oracle")) if p.exists()), Path("/work/shared/tools/exi-oracle"))
pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(shutil.which("java") is None or not ORACLE.exists(), reason="needs Java and exi-oracle"),
]


@pytest.mark.parametrize("namespace", ["urn:iso:std:iso:15118:-20:CommonMessages", "urn:iso:std:iso:15118:-20:DC"])
def test_random_messages_match_live_oracle(namespace: str) -> None:
    rng = random.Random(f"live-{namespace}")
    msgs = [instance(rng, _codec.ELEMENTS[q][2]) for q in roots(namespace) for _ in range(2)]
    lines = [json.dumps(to_json(m)) for m in msgs]
    run = subprocess.run([str(ORACLE), "encode", namespace], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, f"exi-oracle failed (Java and the tool are present): {run.stderr[-300:]}"
    out = run.stdout.splitlines()
    assert len(out) == len(msgs)
    compared = 0
    for m, hexed in zip(msgs, out):
        if hexed.startswith("ERROR"):
            continue
        assert encode(m).hex() == hexed, to_json(m)
        assert to_json(decode(bytes.fromhex(hexed), namespace)) == to_json(m)
        compared += 1
    assert compared >= len(msgs) - 4
