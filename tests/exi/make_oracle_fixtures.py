"""Regenerates tests/exi/oracle_fixtures.jsonl: pseudo-random messages of every root element, encoded by
the reference codec (exi-oracle, EXIficient). Needs Java; the unit tests only read the stored file.

  python3 tests/exi/make_oracle_fixtures.py [/path/to/exi-oracle]

JSON mode for CommonMessages/AC/DC (the oracle's JSON bridge), XML mode for WPT, ACDP, AppProtocol and
xmldsig documents (its JSON bridge lacks those roots, and fills in absent AppProtocol SchemaIDs), and the
xmldsig JSON mode for SignedInfo fragments (which uses fixed algorithm URIs, as Josev does).
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from exi_samples import instance, roots, to_xml  # noqa: E402

from iso15118.exi import _codec, encode, encode_fragment, from_json, to_json  # noqa: E402
from iso15118.messages import xmldsig as ds  # noqa: E402

PLAN = [
    ("urn:iso:std:iso:15118:-20:CommonMessages", "encode", 4),
    ("urn:iso:std:iso:15118:-20:AC", "encode", 4),
    ("urn:iso:std:iso:15118:-20:DC", "encode", 4),
    ("urn:iso:std:iso:15118:-20:WPT", "encode-xml", 3),
    ("urn:iso:std:iso:15118:-20:ACDP", "encode-xml", 3),
    ("urn:iso:15118:2:2010:AppProtocol", "encode-xml", 8),
    ("http://www.w3.org/2000/09/xmldsig#", "encode-xml", 2),
]
JOSEV_C14N = "http://www.w3.org/TR/canonical-exi/"
JOSEV_SIG = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
JOSEV_DIGEST = "http://www.w3.org/2001/04/xmlenc#sha256"


def oracle(tool: str, mode: str, ns: str, lines: list[str]) -> list[str]:
    out = subprocess.run([tool, mode, ns], input="\n".join(lines) + "\n", capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(out) == len(lines)
    return out


def signed_infos(rng: random.Random) -> list:
    out = []
    for n in range(6):
        refs = [ds.ReferenceType(URI=f"#id{n}{k}", Transforms=ds.TransformsType(Transform=[ds.TransformType(Algorithm=JOSEV_C14N)]),
                                 DigestMethod=ds.DigestMethodType(Algorithm=JOSEV_DIGEST),
                                 DigestValue=bytes(rng.randrange(256) for _ in range(32))) for k in range(1 + n % 4)]
        out.append(ds.SignedInfo(CanonicalizationMethod=ds.CanonicalizationMethodType(Algorithm=JOSEV_C14N),
                                 SignatureMethod=ds.SignatureMethodType(Algorithm=JOSEV_SIG), Reference=refs))
    return out


def edges() -> list[tuple[str, str, dict]]:
    """Lists at exactly maxOccurs (the counted-loop exit changes later event codes) and empty strings."""
    hdr = {"SessionID": "0102030405060708", "TimeStamp": 1700000000}
    cm, dc = "urn:iso:std:iso:15118:-20:CommonMessages", "urn:iso:std:iso:15118:-20:DC"
    entry = {"Duration": 60, "Power": {"Exponent": 3, "Value": -11}}
    out = []
    for n in (1, 2, 3, 1023, 1024):
        out.append((cm, "encode", {"ScheduleExchangeRes": {"Header": hdr, "ResponseCode": "OK", "EVSEProcessing": "Finished",
                    "Scheduled_SEResControlMode": {"ScheduleTuple": [{"ScheduleTupleID": 1, "ChargingSchedule": {
                        "PowerSchedule": {"TimeAnchor": 0, "PowerScheduleEntries": {"PowerScheduleEntry": [entry] * n}}}}]}}}))
    for n in (2047, 2048):
        out.append((cm, "encode", {"PowerDeliveryReq": {"Header": hdr, "EVProcessing": "Finished", "ChargeProgress": "Start",
                    "EVPowerProfile": {"TimeAnchor": 0, "Dynamic_EVPPTControlMode": {},
                                       "EVPowerProfileEntries": {"EVPowerProfileEntry": [entry] * n}}}}))
    for n in (15, 16):
        out.append((cm, "encode", {"ServiceDiscoveryReq": {"Header": hdr, "SupportedServiceIDs": {"ServiceID": list(range(n))}}}))
    out.append((cm, "encode", {"SessionSetupRes": {"Header": hdr, "ResponseCode": "OK", "EVSEID": ""}}))
    out.append((dc, "encode", {"DC_ChargeLoopRes": {"Header": hdr, "ResponseCode": "OK", "MeterInfo": {"MeterID": "",
                "ChargedEnergyReadingWh": 5}, "EVSEPresentCurrent": {"Exponent": 0, "Value": 1},
                "EVSEPresentVoltage": {"Exponent": 0, "Value": 400}, "EVSEPowerLimitAchieved": False,
                "EVSECurrentLimitAchieved": False, "EVSEVoltageLimitAchieved": False, "Scheduled_DC_CLResControlMode": {}}}))
    return out


def wpt_at_max(rng: random.Random) -> list:
    """RxSpecData at 254 and 255 (maxOccurs 255: EXIficient's grammar treats it as unbounded)."""
    from iso15118.messages import wpt
    while True:
        m = instance(rng, wpt.WPT_FinePositioningSetupReq)
        lf = m.LF_SystemSetupData
        if lf is not None and lf.LF_ReceiverSetupData is not None:
            break
    out = []
    for n in (254, 255):
        rx = lf.LF_ReceiverSetupData
        out.append(wpt.WPT_FinePositioningSetupReq(**{**m.__dict__, "LF_SystemSetupData": type(lf)(
            LF_ReceiverSetupData=type(rx)(NumberOfReceivers=rx.NumberOfReceivers, RxSpecData=[rx.RxSpecData[0]] * n))}))
    return out


def main() -> int:
    tool = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/tools/exi-oracle"
    rng = random.Random(20)
    rows, mismatches = [], 0
    for ns, mode, per in PLAN:
        msgs = []
        for q in roots(ns):
            for _ in range(per):
                m = instance(rng, _codec.ELEMENTS[q][2])
                try:
                    encode(m)
                except Exception:      # the sampler cannot fill xs:any content (xmldsig)
                    continue
                msgs.append(m)
        lines = [json.dumps(to_json(m)) if mode == "encode" else to_xml(m, type(m).XSD_ELEMENT) for m in msgs]
        for m, hexed in zip(msgs, oracle(tool, mode, ns, lines)):
            if hexed.startswith("ERROR"):
                continue
            mismatches += encode(m).hex() != hexed
            rows.append({"namespace": ns, "fragment": False, "json": to_json(m), "hex": hexed})
    for ns, mode, obj in edges():
        (hexed,) = oracle(tool, mode, ns, [json.dumps(obj)])
        mismatches += encode(from_json(obj, ns)).hex() != hexed
        rows.append({"namespace": ns, "fragment": False, "json": obj, "hex": hexed})
    wpt_ns = "urn:iso:std:iso:15118:-20:WPT"
    for m in wpt_at_max(rng):
        (hexed,) = oracle(tool, "encode-xml", wpt_ns, [to_xml(m, m.XSD_ELEMENT)])
        mismatches += encode(m).hex() != hexed
        rows.append({"namespace": wpt_ns, "fragment": False, "json": to_json(m), "hex": hexed})
    ns = "http://www.w3.org/2000/09/xmldsig#"
    sis = signed_infos(rng)
    for m, hexed in zip(sis, oracle(tool, "encode", ns, [json.dumps(to_json(m)) for m in sis])):
        mismatches += encode_fragment(m).hex() != hexed
        rows.append({"namespace": ns, "fragment": True, "json": to_json(m), "hex": hexed})
    with open(HERE / "oracle_fixtures.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, separators=(",", ":")) + "\n")
    print(f"{len(rows)} fixtures, {mismatches} differ from our codec")
    return 0


if __name__ == "__main__":
    sys.exit(main())
