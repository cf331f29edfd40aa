"""The SignedInfo fragment we sign is byte-identical to EXIficient's (the reference codec).

The oracle's JSON bridge (taken from an ISO 15118-2 stack) rewrites the sha512 algorithm URIs to
their sha256 forms, so the byte comparison uses SignedInfo with the -2 URIs; the -20 URIs
differ only in string content.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from iso15118.exi import encode_fragment, to_json
from iso15118.messages import XMLDSIG
from iso15118.security.xmldsig import SignatureAlgorithm, signed_info

ORACLE = Path("/work/shared/tools/exi-oracle")

pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(shutil.which("java") is None or not ORACLE.exists(), reason="needs Java and the exi-oracle tool"),
]


def test_signed_info_fragment_matches_exificient() -> None:
    infos = [signed_info({"id1": b"abc"}, SignatureAlgorithm.ECDSA_SHA256),
             signed_info({"PnC01": bytes(range(200)), "x": b""}, SignatureAlgorithm.ECDSA_SHA256)]
    lines = "".join(json.dumps(to_json(info)) + "\n" for info in infos)
    result = subprocess.run([str(ORACLE), "encode", XMLDSIG], input=lines, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [encode_fragment(info).hex() for info in infos]
