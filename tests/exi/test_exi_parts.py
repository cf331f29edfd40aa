"""Codec modules load per namespace on first use: a SECC that never meets a DIN car never loads DIN."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
import secc.server  # noqa: F401
from iso15118 import exi
loaded = lambda: sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("iso15118.exi._codec_"))
print(json.dumps(loaded()))
exi.decode(bytes.fromhex("809a004011d01804080c10141800"), "urn:din:70121:2012:MsgDef")
print(json.dumps(loaded()))
"""


def test_din_codec_loads_only_when_a_din_message_comes() -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout.splitlines()
    before, after = json.loads(out[0]), json.loads(out[1])
    assert "_codec_din" not in before and "_codec_iso2" not in before and "_codec_wpt" not in before
    assert "_codec_din" in after and "_codec_xmldsig" in after     # DIN's header may hold a Signature
    assert "_codec_iso2" not in after


def test_every_namespace_resolves_to_its_module() -> None:
    from iso15118.exi import _codec
    from iso15118.exi._parts import load_part
    for ns, module in _codec.PARTS.items():
        load_part(ns)
        assert f"iso15118.exi.{module}" in sys.modules
    assert _codec.DOCUMENT_ELEMENTS["urn:iso:15118:2:2013:MsgDef"][0].endswith("}AC_EVChargeParameter")
