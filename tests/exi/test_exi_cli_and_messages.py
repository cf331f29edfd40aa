"""The CLI behaves like exi-oracle, and the generated classes follow the agreed contract."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

from iso15118 import messages
from iso15118.exi import encode
from iso15118.messages import ac, app_protocol, common_messages, common_types, dc

CM = "urn:iso:std:iso:15118:-20:CommonMessages"
SETUP_JSON = ('{"SessionSetupReq": {"Header": {"SessionID": "0000000000000000", "TimeStamp": 1700000000}, '
              '"EVCCID": "WMIV1234567890ABCDEX"}}')
SETUP_HEX = "808c040000000000000000080e2cfaa0620b2ba6a4ab1899199a1a9b1b9c1c9820a121a222ac00"   # exi-oracle selftest


def _cli(mode: str, ns: str, stdin: str) -> list[str]:
    r = subprocess.run([sys.executable, "-m", "iso15118.exi", mode, ns], input=stdin, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_cli_encode_decode_with_error_lines() -> None:
    assert _cli("encode", CM, SETUP_JSON + "\n{\"Nope\": {}}\n" + SETUP_JSON + "\n") == [
        SETUP_HEX, "ERROR: no root element Nope in urn:iso:std:iso:15118:-20:CommonMessages at /Nope", SETUP_HEX]
    out = _cli("decode", CM, f"{SETUP_HEX}\nzz\n{SETUP_HEX[:20]}\n")
    assert out[0] == SETUP_JSON.replace(": ", ":").replace(", ", ",")
    assert out[1].startswith("ERROR:") and out[2].startswith("ERROR:") and "SessionID" in out[2]


def test_namespace_constants_and_class_shapes() -> None:
    assert messages.COMMON_MESSAGES == CM and messages.XMLDSIG == "http://www.w3.org/2000/09/xmldsig#"
    assert issubclass(common_messages.SessionSetupRes, common_messages.SessionSetupResType)
    assert issubclass(ac.AC_ChargeLoopReqType, common_types.ChargeLoopReqType)
    assert common_types.responseCodeType.FAILED_SequenceError.value == "FAILED_SequenceError"
    assert common_types.processingType.Finished.value == "Finished"
    fields = {f.name: f for f in dataclasses.fields(dc.DC_ChargeParameterDiscoveryReqType)}
    assert "DC_CPDReqEnergyTransferMode" in fields
    sid = {f.name: f for f in dataclasses.fields(common_types.MessageHeaderType)}["SessionID"]
    assert sid.metadata["facets"] == {"length": 8, "min_length": 8, "max_length": 8}
    assert sid.metadata["builtin"] == "hexBinary"
    app = {f.name: f for f in dataclasses.fields(app_protocol.supportedAppProtocolReq)}["AppProtocol"]
    assert (app.metadata["min_occurs"], app.metadata["max_occurs"]) == (1, 20)
    prio = {f.name: f for f in dataclasses.fields(app_protocol.AppProtocolType)}["Priority"]
    assert prio.metadata["facets"] == {"min": 1, "max": 20}


def test_substitution_group_member_class_decides_the_element() -> None:
    hdr = common_types.MessageHeaderType(SessionID=bytes(8), TimeStamp=1)
    rn = common_types.RationalNumberType
    common = dict(EVTargetCurrent=rn(Exponent=0, Value=20), EVTargetVoltage=rn(Exponent=0, Value=400))
    a = dc.DC_ChargeLoopReq(Header=hdr, MeterInfoRequested=False, EVPresentVoltage=rn(Exponent=0, Value=400),
                            CLReqControlMode=dc.Scheduled_DC_CLReqControlMode(**common))
    b = dc.DC_ChargeLoopReq(Header=hdr, MeterInfoRequested=False, EVPresentVoltage=rn(Exponent=0, Value=400),
                            CLReqControlMode=dc.BPT_Scheduled_DC_CLReqControlMode(**common))
    assert encode(a) != encode(b)


def test_cli_xmldsig_namespace_works_on_fragments_like_the_oracle() -> None:
    si = ('{"SignedInfo": {"CanonicalizationMethod": {"Algorithm": "http://www.w3.org/TR/canonical-exi/"}, '
          '"SignatureMethod": {"Algorithm": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"}, '
          '"Reference": [{"URI": "#id1", "DigestMethod": {"Algorithm": "http://www.w3.org/2001/04/xmlenc#sha256"}, '
          '"DigestValue": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="}]}}')
    ns = "http://www.w3.org/2000/09/xmldsig#"
    (hexed,) = _cli("encode", ns, si + "\n")
    assert hexed.startswith("8081")          # FragmentContent: SE(SignedInfo) = 32 of 47 events
    assert _cli("decode", ns, hexed + "\n") == [si.replace(": ", ":").replace(", ", ",")]
