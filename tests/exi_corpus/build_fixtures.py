"""Dev-time: build the EXI corpus and its reference bytes.

    python3 tests/exi_corpus/build_fixtures.py            # model + corpus + fixtures (needs Java, xmlschema)
    python3 tests/exi_corpus/build_fixtures.py --no-oracle # model + corpus only

1. schema_model.json from the XSDs (schema_extract.py).
2. corpus.jsonl: the hand-written cases (hand_cases.py) and, per global element, seeded generated instances
   (typical, every-optional-at-maximum, minimal). Every instance is validated against the XSD with xmlschema
   (the reference is lenient and would encode invalid ones).
3. tests/fixtures/exi/<ns>.jsonl: the reference's bytes for every instance. Documents are encoded through
   the reference's XML mode (the only one with WPT/ACDP roots) and, where its JSON bridge knows the root,
   also through the JSON mode; both must agree. Each stream is decoded back by the reference and compared
   with the instance. xmldsig: the reference's JSON mode encodes SignedInfo only, as an EXI fragment (its
   -20 signing template); those are stored as fragments, every xmldsig global element also as a document
   (decoded back by EXIficient in document mode through a small harness, as the CLI only decodes fragments).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import exi_model as m  # noqa: E402
import hand_cases  # noqa: E402
import schema_extract  # noqa: E402
from oracle_java import ORACLE_JAR, compile_harness, with_find  # noqa: E402

ORACLE = Path("/work/shared/tools/exi-oracle")
CORPUS = HERE / "corpus.jsonl"
FIXTURES = HERE.parent / "fixtures" / "exi"
JSON_BRIDGE = {m.APP_PROTOCOL, m.COMMON_MESSAGES, m.AC, m.DC, m.DIN, m.ISO2}  # roots the reference's JSON mode knows
V2 = (m.DIN, m.ISO2)   # DIN SPEC 70121 and ISO 15118-2: one V2G_Message root, a case per body element
# The reference's JSON bridge fails on PGPData inside -20 messages (JAXB mapping), so generated -20
# messages leave it out; the xmldsig PGPData element itself is still in the corpus.
AVOID_IN_MESSAGES = frozenset({"PGPData"})
# xmldsig elements whose content must be a foreign-namespace wildcard: the reference's JSON bridge cannot
# carry them, our "content" list can (their bytes come from the XML mode, as for every xmldsig root).
NO_JSON_SHAPE: set[str] = set()


# What the reference's JSON/XML output layer (JAXB) cannot show: an absent SchemaID in
# supportedAppProtocolRes comes back as 0 (a primitive field). Those bytes come from the XML mode and are
# compared with the reference's decoded view without SchemaID.
JAXB_LOSSY = frozenset({"SchemaID"})


def _without(v: Any, keys: frozenset[str]) -> Any:
    if isinstance(v, dict):
        return {k: _without(x, keys) for k, x in v.items() if k not in keys}
    if isinstance(v, list):
        return [_without(x, keys) for x in v]
    return v


class Seeded:
    """Generator source backed by random.Random."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def text(self, lo: int, hi: int, alphabet: str) -> str:
        chars = [self.r.choice(alphabet) for _ in range(self.r.randint(lo, hi))]
        for i in (0, -1):  # no blanks at the edges: the reference's XML mode would treat them as layout
            if chars and chars[i] == " ":
                chars[i] = "x"
        return "".join(chars)

    def binary(self, lo: int, hi: int) -> bytes:
        return self.r.randbytes(self.r.randint(lo, hi))


PROFILES = {
    "typical": m.Profile(p_optional=0.5, values=m.REALISTIC, avoid=AVOID_IN_MESSAGES),
    # the header signature stays out of "full" messages: at maximum it is megabytes of xmldsig, which the
    # xmldsig roots and the hand-written signed messages cover
    "full": m.Profile(full=True, max_list=40, max_string=64, max_binary=256, avoid=AVOID_IN_MESSAGES | {"Signature"}),
    "minimal": m.Profile(p_optional=0.0, values=m.REALISTIC, avoid=AVOID_IN_MESSAGES),
}


def generated_cases() -> list[dict[str, Any]]:
    cases = []
    for ns in m.NAMESPACES:
        if ns in V2:
            cases += body_cases(ns)
            continue
        for i, root in enumerate(m.roots(ns)):
            if root["name"] in NO_JSON_SHAPE:
                continue
            for j, (pname, prof) in enumerate(PROFILES.items()):
                seed = 1000 * m.NAMESPACES.index(ns) + 10 * i + j
                msg = m.Generator(Seeded(seed), prof).message(ns, root["name"])
                cases.append({"case": f"gen-{m.SHORT_NS[ns]}-{root['name']}-{pname}", "message": root["name"],
                              "namespace": ns, "kind": "document", "json": msg})
    return cases


def body_cases(ns: str) -> list[dict[str, Any]]:
    """DIN/-2: V2G_Message with each body element, in every profile (steered to it with `prefer`)."""
    cases = []
    for i, body in enumerate(m.body_members(ns)):
        for j, (pname, prof) in enumerate(PROFILES.items()):
            seed = 1000 * m.NAMESPACES.index(ns) + 10 * i + j
            steered = m.Profile(**{**prof.__dict__, "prefer": frozenset({body})})
            msg = m.Generator(Seeded(seed), steered).message(ns, "V2G_Message")
            cases.append({"case": f"gen-{m.SHORT_NS[ns]}-{body}-{pname}", "message": "V2G_Message",
                          "namespace": ns, "kind": "document", "json": msg})
    return cases


def signed_fragment_cases() -> list[dict[str, Any]]:
    """-2: what it signs, as EXI fragments of the MsgDef schema set, typical and full."""
    cases = []
    for i, name in enumerate(m.ISO2_SIGNED):
        if name not in m.MODEL["fragments"][m.ISO2]:
            continue
        for j, pname in enumerate(("typical", "full")):
            prof = PROFILES[pname]
            msg = m.Generator(Seeded(70000 + 10 * i + j), prof).message(m.ISO2, name)
            cases.append({"case": f"frag-iso2-{name}-{pname}", "message": name, "namespace": m.ISO2,
                          "kind": "fragment", "json": msg})
    return cases


# lists the other cases do not fill to maxOccurs
LISTS_AT_MAX = ["AdditionalService", "OverstayRule", "TaxRule", "PriceRule", "PriceRuleStack",
                "PriceLevelScheduleEntry", "RxSpecData", "TxSpecData", "PulseSequenceOrder"]


# DIN/-2 lists at maxOccurs (1024 schedule/tariff entries, 255 parameter sets, ...)
V2_LISTS_AT_MAX = ["PMaxScheduleEntry", "SalesTariffEntry", "ParameterSet", "Parameter", "SelectedService",
                   "Service", "ProfileEntry", "SAScheduleTuple", "Certificate", "ConsumptionCost", "Cost",
                   "EnergyTransferMode", "PaymentOption", "RootCertificateID"]


def coverage_cases(cases: list[dict[str, Any]], namespaces: list[str] | None = None,
                   lists_at_max: list[str] | None = None, seed: int = 90000) -> list[dict[str, Any]]:
    """One steered instance for every child element no other case uses, and for LISTS_AT_MAX."""
    namespaces = namespaces or [m.XMLDSIG] + [ns for ns in m.NAMESPACES if ns not in V2 and ns != m.XMLDSIG]
    cases = [c for c in cases if c["namespace"] in namespaces and c["kind"] == "document"]
    allowed, used = m.coverage([(c["namespace"], c["json"]) for c in cases])
    targets = list(dict.fromkeys(sorted({name for _, name in allowed - used}) + (lists_at_max or LISTS_AT_MAX)))
    out = []
    for k, name in enumerate(targets):
        # xmldsig names from xmldsig roots: the reference's JAXB decoder fails on X509Data/PGPData in -20 headers
        for ns in namespaces:
            root = next((r["name"] for r in m.roots(ns) if name in m._type_reach(r["type"])
                         and r["name"] not in NO_JSON_SHAPE), None)
            if root is None:
                continue
            avoid = frozenset() if ns == m.XMLDSIG else AVOID_IN_MESSAGES | {"Signature"}
            prof = m.Profile(p_optional=0.3, max_list=3, values=m.REALISTIC, avoid=avoid, prefer=frozenset({name}))
            msg = m.Generator(Seeded(seed + k), prof).message(ns, root)
            if name in m.element_names(msg):
                out.append({"case": f"cov-{m.SHORT_NS[ns]}-{root}-{name}", "message": root, "namespace": ns,
                            "kind": "document", "json": msg})
                break
    return out


def validate(cases: list[dict[str, Any]]) -> None:
    schemas = {ns: schema_extract.load_schema(ns) for ns in m.NAMESPACES}
    bad = []
    for c in cases:
        if c["kind"] == "fragment" and c["namespace"] in V2 and not m.MODEL["fragments"][c["namespace"]][c["message"]]["global"]:
            continue  # a local element: no schema root to validate it as (its parents' cases validate it)
        try:
            schemas[c["namespace"]].validate(m.to_xml(c["json"], c["namespace"]))
        except Exception as e:  # noqa: BLE001 - report every invalid case at once
            if "IDREF" in str(e) and "not found in XML document" in str(e):
                continue  # DIN types its Id attributes xs:IDREF; nothing they could refer to is in the message
            bad.append(f"{c['case']}: {str(e).splitlines()[0]} / {str(e).splitlines()[2:4]}")
    if bad:
        raise SystemExit("schema-invalid corpus cases:\n  " + "\n  ".join(bad))


def oracle(mode: str, ns: str, lines: list[str]) -> list[str]:
    p = subprocess.run([str(ORACLE), mode, ns], input="\n".join(lines) + "\n", capture_output=True, text=True,
                       check=True)
    out = p.stdout.splitlines()
    if len(out) != len(lines):
        raise SystemExit(f"oracle {mode} {ns}: {len(out)} answers for {len(lines)} lines\n{p.stderr[-2000:]}")
    return out


def reference_bytes(cases: list[dict[str, Any]], namespaces: list[str]) -> list[dict[str, Any]]:
    fixtures: list[dict[str, Any]] = []
    problems: list[str] = []
    for ns in namespaces:
        docs = [c for c in cases if c["namespace"] == ns and c["kind"] == "document"]
        frags = [c for c in cases if c["namespace"] == ns and c["kind"] == "fragment"]
        if docs:
            via_xml = oracle("encode-xml", ns, [m.to_xml(c["json"], ns) for c in docs])
            # wildcard content has no lossless shape in the reference's JSON bridge: XML mode only
            wild = [m.has_wildcard_content(c["json"]) for c in docs]
            via_json = (oracle("encode", ns, [json.dumps(c["json"]) for c in docs]) if ns in JSON_BRIDGE
                        else [None] * len(docs))
            # wildcard content, and what the JSON bridge (JAXB) refuses in DIN/-2 (xmldsig in headers): XML mode only
            via_json = [None if w or (j or "").startswith("ERROR") else j for w, j in zip(wild, via_json)]
            if ns in JSON_BRIDGE and ns not in V2:
                back = [json.loads(b) if not b.startswith("ERROR") else b
                        for b in oracle("decode", ns, [h if not h.startswith("ERROR") else "00" for h in via_xml])]
                if any(wild):
                    back_xml = oracle("decode-xml", ns, [h if not (h.startswith("ERROR") or not w) else "00"
                                                         for h, w in zip(via_xml, wild)])
                    back = [(m.from_xml(bx, ns) if not bx.startswith("ERROR") else bx) if w else b
                            for w, b, bx in zip(wild, back, back_xml)]
            elif ns in V2 or ns == m.XMLDSIG:
                # the reference's CLI decodes xmldsig as fragments only, and its DIN/-2 decoding goes through
                # JAXB, which fails on xmldsig content and certificates: decode with EXIficient alone
                back = [m.from_xml(b, ns) if not b.startswith("ERROR") else b
                        for b in reference_decode_documents(ns, [h if not h.startswith("ERROR") else "00"
                                                                 for h in via_xml])]
            else:
                back = [m.from_xml(b, ns) if not b.startswith("ERROR") else b
                        for b in oracle("decode-xml", ns, [h if not h.startswith("ERROR") else "00" for h in via_xml])]
            for c, hx, hj, b in zip(docs, via_xml, via_json, back):
                if hx.startswith("ERROR"):
                    problems.append(f"{c['case']}: reference XML mode: {hx}")
                    continue
                note = ""
                if b is not None and b != c["json"]:
                    if isinstance(b, dict) and _without(b, JAXB_LOSSY) == _without(c["json"], JAXB_LOSSY):
                        note = f"; reference decoder (JAXB) loses {sorted(JAXB_LOSSY)}"
                    else:
                        problems.append(f"{c['case']}: reference decodes its own bytes {hx} to {json.dumps(b)}")
                        continue
                row = {"case": c["case"], "message": c["message"], "namespace": ns, "kind": "document",
                       "hex": hx.upper(),
                       "checked": ("xml mode, decoded back" if b is not None else "xml mode only") + note}
                if hj is not None and hj != hx:
                    # the JSON bridge maps through JAXB, which fills absent optional primitives (SchemaID=0)
                    row["json_mode_hex"] = hj.upper()
                    row["checked"] += "; JSON mode differs"
                elif hj is not None:
                    row["checked"] = "json+xml modes agree, decoded back" + note
                fixtures.append(row)
        if frags:
            enc = oracle("encode", ns, [json.dumps(c["json"]) for c in frags])
            if ns in V2:  # the reference's CLI decodes DIN/-2 streams as documents only
                back = [json.dumps(m.from_xml(b, ns)) if not b.startswith("ERROR") else "null" for b in
                        reference_decode_documents(ns, [h if not h.startswith("ERROR") else "00" for h in enc],
                                                   fragment=True)]
            else:
                back = oracle("decode", ns, [h if not h.startswith("ERROR") else "00" for h in enc])
            for c, h, b in zip(frags, enc, back):
                if h.startswith("ERROR") or json.loads(b) != c["json"]:
                    problems.append(f"{c['case']}: fragment {h[:80]} decodes to {b[:300]}")
                    continue
                fixtures.append({"case": c["case"], "message": c["message"], "namespace": ns, "kind": "fragment",
                                 "hex": h.upper(), "checked": "json mode fragment, decoded back"})
    (FIXTURES / "left_out.txt").unlink(missing_ok=True)
    if problems:  # left out of the fixtures, listed for the report
        print("left out (the reference cannot round-trip them):\n  " + "\n  ".join(problems))
        (FIXTURES / "left_out.txt").write_text("\n".join(problems) + "\n", encoding="utf-8")
    return fixtures


# The reference decodes xmldsig streams as fragments only; this harness (compiled against the oracle's jar,
# nothing in /work/shared changes) decodes them as documents with the same EXIficient factory and grammars.
DOCUMENT_DECODER = with_find(r"""
import com.siemens.ct.exi.main.cmd.EXICodec;
import com.siemens.ct.exi.core.EXIFactory;
import com.siemens.ct.exi.main.api.sax.SAXFactory;
import java.io.*;
import java.lang.reflect.*;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.*;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.InputSource;

public class DsDecode {
    // find()
    public static void main(String[] args) throws Exception {
        EXICodec codec = new EXICodec();
        Class<?> bis = Class.forName("com.siemens.ct.exi.main.cmd.BuiltInSchema");
        Object grammars = find(EXICodec.class, "getGrammar", bis).invoke(codec,
            find(EXICodec.class, "getSchema", String.class).invoke(null, args[0]));
        Field ff = EXICodec.class.getSuperclass().getDeclaredField("exiFactory");
        ff.setAccessible(true);
        EXIFactory f = ((EXIFactory) ff.get(codec)).clone();
        f.setGrammars((com.siemens.ct.exi.core.grammars.Grammars) grammars);
        f.setFragment(args.length > 1 && args[1].equals("fragment"));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        for (String line; (line = in.readLine()) != null; ) {
            try {
                byte[] b = new byte[line.length() / 2];
                for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(line.substring(2 * i, 2 * i + 2), 16);
                StringWriter w = new StringWriter();
                t.transform(new SAXSource(new SAXFactory(f).createEXIReader(), new InputSource(new ByteArrayInputStream(b))),
                            new StreamResult(w));
                System.out.println(w.toString().replace("\n", "&#10;"));
            } catch (Exception e) { System.out.println("ERROR: " + e); }
        }
    }
}
""")


def reference_decode_documents(ns: str, hexes: list[str], fragment: bool = False) -> list[str]:
    """The reference's XML for streams (fragment: EXI fragments) of `ns`'s schema set."""
    with tempfile.TemporaryDirectory() as tmp:
        compile_harness("DsDecode", DOCUMENT_DECODER, Path(tmp))
        out = subprocess.run(["java", "-cp", f"{tmp}:{ORACLE_JAR}", "DsDecode", ns] + (["fragment"] if fragment else []),
                             input="\n".join(hexes) + "\n",
                             capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(hexes)
    return out


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-oracle", action="store_true", help="build and validate the corpus only")
    ap.add_argument("--only", default="", help="comma-separated short namespaces (din,iso2) whose fixtures to rebuild")
    args = ap.parse_args()
    only = [ns for ns in m.NAMESPACES if m.SHORT_NS[ns] in args.only.split(",")] if args.only else m.NAMESPACES
    schema_extract.main()
    cases = hand_cases.cases() + generated_cases() + signed_fragment_cases()
    cases += coverage_cases(cases) + [c for k, ns in enumerate(V2)
                                      for c in coverage_cases(cases, [ns], V2_LISTS_AT_MAX, seed=95000 + 1000 * k)]
    names = [c["case"] for c in cases]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate case names: {sorted(dupes)}")
    validate(cases)
    write_jsonl(CORPUS, cases)
    print(f"corpus: {len(cases)} cases -> {CORPUS}")
    if args.no_oracle:
        return
    fixtures = reference_bytes(cases, only)
    for ns in only:
        rows = [f for f in fixtures if f["namespace"] == ns]
        write_jsonl(FIXTURES / f"{m.SHORT_NS[ns]}.jsonl", rows)
        print(f"fixtures {m.SHORT_NS[ns]}: {len(rows)}")


if __name__ == "__main__":
    main()
