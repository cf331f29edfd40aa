"""`python -m iso15118.exi` for DIN and -2 behaves as exi-oracle: V2G_Message as a document, what -2 signs
as fragments (bytes below are the reference's)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIN = "urn:din:70121:2012:MsgDef"
ISO2 = "urn:iso:15118:2:2013:MsgDef"
SESSION_SETUP = {"V2G_Message": {"Header": {"SessionID": "00"}, "Body": {"SessionSetupReq": {"EVCCID": "010203040506"}}}}
AUTHORIZATION = {"AuthorizationReq": {"Id": "ID1", "GenChallenge": "AAECAwQFBgcICQoLDA0ODw=="}}
EMAID = {"eMAID": {"Id": "ID1", "value": "DE8AA1A2B3C4D5"}}
PRIVATE_KEY = {"ContractSignatureEncryptedPrivateKey": {
    "Id": "ID2", "value": "AAECAwQFBgcICQoLDA0ODwABAgMEBQYHCAkKCwwNDg8AAQIDBAUGBwgJCgsMDQ4P"}}


def _cli(mode: str, ns: str, lines: list[str]) -> list[str]:
    return subprocess.run([sys.executable, "-m", "iso15118.exi", mode, ns], input="\n".join(lines) + "\n", cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.splitlines()


def test_din_and_iso2_documents_match_the_reference() -> None:
    assert _cli("encode", DIN, [json.dumps(SESSION_SETUP)]) == ["809a004011d01804080c10141800"]
    assert _cli("encode", ISO2, [json.dumps(SESSION_SETUP)]) == ["8098004011d01804080c10141800"]
    assert [json.loads(x) for x in _cli("decode", ISO2, ["8098004011d01804080c10141800"])] == [SESSION_SETUP]


def test_iso2_signed_elements_are_fragments_as_the_reference_writes_them() -> None:
    out = _cli("encode", ISO2, [json.dumps(AUTHORIZATION), json.dumps(EMAID), json.dumps(PRIVATE_KEY)])
    assert out == ["80040152510c408000081018202830384048505860687079e8",
                   "80ec0202a4a218c00411114e10504c504c908cd0cd110d7d3d00",
                   "802202a4a2190c00004080c1014181c2024282c3034383c0004080c1014181c2024282c3034383c0004080c1014181"
                   "c2024282c3034383de80"]
    back = _cli("decode-fragment", ISO2, out)
    assert [json.loads(x) for x in back] == [AUTHORIZATION, EMAID, PRIVATE_KEY]


def test_bad_lines_answer_errors_and_the_rest_goes_on() -> None:
    out = _cli("decode", DIN, ["80", "zz", "809a004011d01804080c10141800"])
    assert out[0].startswith("ERROR: ") and out[1].startswith("ERROR: ")
    assert json.loads(out[2]) == SESSION_SETUP
