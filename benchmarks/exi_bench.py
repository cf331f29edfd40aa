"""EXI codec speed on the whole corpus, next to the reference (EXIficient) measured the fair way.

Ours: every corpus document with reference bytes, encoded (from the typed message) and decoded (to the typed
message) many times; per message the median µs per call, then the median over messages, overall and per
namespace. Target: median <= 15 µs per encode and per decode (issue 13, over the corpora: -20, DIN, -2).

Reference (where Java is present), two ways:
  * in-JVM loop: a small Java harness (compiled here against the oracle's EXICodec.jar, nothing in
    /work/shared is changed) times the same messages inside one JVM after warm-up, so start-up and IPC are
    not counted. Modes: "json bridge" (EXICodec.encode/decode: JSON -> JAXB -> XML -> EXI and back, what
    Josev calls) and "EXI only" (XML text -> EXI through the codec's grammars).
  * Josev-style: the same JSON-bridge call made from Python through py4j per message, as Josev does.

    python3 benchmarks/exi_bench.py [--quick] [--against PATH [--rounds N]]

--against PATH: the codec of another checkout (e.g. `git worktree add /tmp/base main`, or a `git archive`
copy) timed on the same messages in the same run: child processes for both trees, alternating, N rounds;
per message the fastest round's median (the machine is shared), then medians as above, side by side.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
# --tree PATH (internal, used by --against): time the codec of another checkout on this tree's corpus
TREE = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve() if "--tree" in sys.argv else ROOT
sys.path.insert(0, str(ROOT / "tests" / "exi_corpus"))
sys.path.insert(0, str(TREE))

from iso15118 import exi  # noqa: E402

import exi_model as m  # noqa: E402
from corpus_data import fixture_cases  # noqa: E402
from oracle_java import ORACLE_HOME, ORACLE_JAR, compile_harness, with_find  # noqa: E402

ORACLE_PY = ORACLE_HOME / "venv" / "bin" / "python"
JSON_BRIDGE = {m.APP_PROTOCOL, m.COMMON_MESSAGES, m.AC, m.DC}
TARGET_US = 15

HARNESS = with_find(r"""
import com.siemens.ct.exi.main.cmd.EXICodec;
import java.io.*;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class ExiBench {
    static long median(long[] a) { long[] b = a.clone(); Arrays.sort(b); return b[b.length / 2]; }
    // find()
    public static void main(String[] args) throws Exception {
        int reps = Integer.parseInt(args[0]), jreps = Integer.parseInt(args[1]);
        EXICodec codec = new EXICodec();
        Class<?> bis = Class.forName("com.siemens.ct.exi.main.cmd.BuiltInSchema");
        Class<?> grs = Class.forName("com.siemens.ct.exi.core.grammars.Grammars");
        Method getSchema = find(EXICodec.class, "getSchema", String.class);
        Method getGrammar = find(EXICodec.class, "getGrammar", bis);
        Method xmlEncode = find(EXICodec.class, "encode", InputStream.class, grs);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String l; (l = in.readLine()) != null; ) if (!l.isEmpty()) lines.add(l);
        List<String> results = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++)            // pass 0 warms the JIT up on every message
        for (String line : lines) {
            String[] f = line.split("\t", 3);   // namespace, json ("-" when not timed), xml
            String ns = f[0];
            long[] enc = new long[jreps], dec = new long[jreps], xenc = new long[reps];
            Object grammars = getGrammar.invoke(codec, getSchema.invoke(null, ns));
            byte[] xml = f[2].getBytes(StandardCharsets.UTF_8);
            byte[] bytes = null;
            for (int i = 0; i < reps + reps / 2; i++) {
                long t0 = System.nanoTime();
                xmlEncode.invoke(codec, new ByteArrayInputStream(xml), grammars);
                long t1 = System.nanoTime();
                if (i >= reps / 2) xenc[i - reps / 2] = t1 - t0;
            }
            for (int i = 0; pass == 1 && !f[1].equals("-") && i < jreps + jreps / 2; i++) {
                long t2 = System.nanoTime();
                bytes = codec.encode(f[1], ns);
                long t3 = System.nanoTime();
                codec.decode(bytes, ns);
                long t4 = System.nanoTime();
                if (i >= jreps / 2) { enc[i - jreps / 2] = t3 - t2; dec[i - jreps / 2] = t4 - t3; }
            }
            if (pass == 1)
                results.add(median(xenc) + " " + (f[1].equals("-") ? "-" : median(enc) + " " + median(dec)));
        }
        for (String r : results) System.out.println(r);
    }
}
""")

PY4J_WORKER = r"""
import json, sys, time, logging, statistics
from py4j.java_gateway import JavaGateway
logging.getLogger("py4j").setLevel(logging.CRITICAL)
gw = JavaGateway.launch_gateway(classpath=sys.argv[1], die_on_exit=True,
        javaopts=["--add-opens", "java.base/java.lang=ALL-UNNAMED"])
codec = gw.jvm.com.siemens.ct.exi.main.cmd.EXICodec()
reps = int(sys.argv[2])
for line in sys.stdin:
    ns, msg = line.rstrip("\n").split("\t", 1)
    enc, dec = [], []
    for i in range(reps + reps // 2):
        t0 = time.perf_counter(); data = codec.encode(msg, ns); t1 = time.perf_counter()
        codec.decode(data, ns); t2 = time.perf_counter()
        if i >= reps // 2:
            enc.append(t1 - t0); dec.append(t2 - t1)
    print(statistics.median(enc) * 1e6, statistics.median(dec) * 1e6, flush=True)
"""


def per_call_us(fn: Callable[[], Any], reps: int) -> float:
    """Median µs of one call over `reps` timed batches (batches of calls to beat timer resolution)."""
    batch = 20
    for _ in range(batch):  # warm-up
        fn()
    samples = []
    for _ in range(reps):
        t0 = time.perf_counter()
        for _ in range(batch):
            fn()
        samples.append((time.perf_counter() - t0) / batch * 1e6)
    return statistics.median(samples)


def usable(cases: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The cases the codec encodes to the reference's bytes (the others are test failures, not timings)."""
    ok = []
    for case, fx in cases:
        try:
            if exi.encode(exi.from_json(case["json"], case["namespace"])) == bytes.fromhex(fx["hex"]):
                ok.append((case, fx))
        except exi.EXIError:
            pass
    return ok


def ours(cases: list[tuple[dict[str, Any], dict[str, Any]]], reps: int) -> list[dict[str, Any]]:
    rows = []
    for case, fx in cases:
        ns = case["namespace"]
        msg = exi.from_json(case["json"], ns)
        data = bytes.fromhex(fx["hex"])
        rows.append({"case": case["case"], "ns": ns, "bytes": len(data),
                     "enc": per_call_us(lambda: exi.encode(msg), reps),
                     "dec": per_call_us(lambda: exi.decode(data, ns), reps)})
    return rows


def _harness_dir() -> Path:
    key = hashlib.sha256(HARNESS.encode() + str(ORACLE_JAR.stat().st_mtime).encode()).hexdigest()[:12]
    out = Path(tempfile.gettempdir()) / f"exi-bench-harness-{key}"
    if not (out / "ExiBench.class").exists():
        out.mkdir(parents=True, exist_ok=True)
        compile_harness("ExiBench", HARNESS, out)
    return out


def reference_in_jvm(cases: list[tuple[dict[str, Any], dict[str, Any]]], reps: int, jreps: int,
                     json_sample: int) -> list[dict[str, Any]]:
    """EXI-only timings for every case; JSON-bridge timings (~25 ms a call) for a sample of them."""
    lines = []
    bridged = 0
    for case, _ in cases:
        ns = case["namespace"]
        js = "-"
        if ns in JSON_BRIDGE and bridged < json_sample:
            js, bridged = json.dumps(case["json"]), bridged + 1
        lines.append(f"{ns}\t{js}\t{m.to_xml(case['json'], ns)}")
    cp = f"{_harness_dir()}:{ORACLE_JAR}"
    out = subprocess.run(["java", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-cp", cp, "ExiBench", str(reps), str(jreps)],
                         input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout.split("\n")
    rows = []
    for (case, _), res in zip(cases, out):
        parts = res.split()
        row = {"case": case["case"], "ns": case["namespace"], "xml_enc": int(parts[0]) / 1000}
        if parts[1] != "-":
            row["enc"], row["dec"] = int(parts[1]) / 1000, int(parts[2]) / 1000
        rows.append(row)
    return rows


def reference_py4j(cases: list[tuple[dict[str, Any], dict[str, Any]]], reps: int) -> list[dict[str, float]]:
    lines = [f"{c['namespace']}\t{json.dumps(c['json'])}" for c, _ in cases if c["namespace"] in JSON_BRIDGE]
    out = subprocess.run([str(ORACLE_PY), "-c", PY4J_WORKER, str(ORACLE_JAR), str(reps)], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.split()
    return [{"enc": float(out[i]), "dec": float(out[i + 1])} for i in range(0, len(out), 2)]


def _med(rows: list[dict[str, Any]], key: str) -> float:
    vals = [r[key] for r in rows if key in r]
    return statistics.median(vals) if vals else float("nan")


def _child_rows(tree: Path, quick: bool) -> list[dict[str, Any]]:
    cmd = [sys.executable, __file__, "--tree", str(tree), "--rows-json"] + (["--quick"] if quick else [])
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def side_by_side(other: Path, rounds: int, quick: bool) -> None:
    """This tree's codec and other's, alternating child processes, on the messages both reproduce."""
    best: dict[str, dict[str, dict[str, Any]]] = {"this": {}, "other": {}}
    for _ in range(rounds):
        for name, tree in (("other", other), ("this", ROOT)):
            for r in _child_rows(tree, quick):
                old = best[name].get(r["case"])
                if old is None:
                    best[name][r["case"]] = r
                else:
                    old["enc"], old["dec"] = min(old["enc"], r["enc"]), min(old["dec"], r["dec"])
    both = sorted(set(best["this"]) & set(best["other"]))
    print(f"EXI side by side: {len(both)} corpus messages both trees reproduce, {rounds} alternating rounds, "
          f"fastest round per message, then the median over messages (µs)")
    print(f"  this:  {ROOT}\n  other: {other}")
    print(f"\n{'namespace':<10} {'msgs':>5} {'other enc':>10} {'other dec':>10} {'this enc':>9} {'this dec':>9}")
    groups = [(m.SHORT_NS[ns], ns) for ns in m.NAMESPACES] + [("ALL", None)]
    for short, ns in groups:
        cs = [c for c in both if ns is None or best["this"][c]["ns"] == ns]
        if not cs:
            continue
        o = [best["other"][c] for c in cs]
        t = [best["this"][c] for c in cs]
        print(f"{short:<10} {len(cs):>5} {_med(o, 'enc'):>10.1f} {_med(o, 'dec'):>10.1f} {_med(t, 'enc'):>9.1f} "
              f"{_med(t, 'dec'):>9.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and a sample of the corpus")
    ap.add_argument("--against", type=Path, help="another checkout whose codec is timed side by side")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds with --against")
    ap.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--rows-json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.against:
        side_by_side(args.against.resolve(), args.rounds, args.quick)
        return
    cases = fixture_cases("document")
    if args.quick:
        cases = cases[::4]
    reps = 5 if args.quick else 15
    good = usable(cases)
    if args.rows_json:
        print(json.dumps(ours(good, reps)))
        return
    print(f"EXI benchmark: {len(good)} corpus messages, median µs per message ({'quick' if args.quick else 'full'});"
          f" {len(cases) - len(good)} left out because the codec does not yet reproduce the reference bytes")
    cases = good
    mine = ours(cases, reps)
    print(f"\n{'namespace':<10} {'msgs':>5} {'bytes(med)':>10} {'encode µs':>10} {'decode µs':>10}")
    for ns in m.NAMESPACES:
        rows = [r for r in mine if r["ns"] == ns]
        if rows:
            print(f"{m.SHORT_NS[ns]:<10} {len(rows):>5} {statistics.median(r['bytes'] for r in rows):>10.0f} "
                  f"{_med(rows, 'enc'):>10.1f} {_med(rows, 'dec'):>10.1f}")
    enc, dec = _med(mine, "enc"), _med(mine, "dec")
    print(f"{'ALL':<10} {len(mine):>5} {statistics.median(r['bytes'] for r in mine):>10.0f} {enc:>10.1f} {dec:>10.1f}")
    print(f"target <= {TARGET_US} µs: encode {'MET' if enc <= TARGET_US else 'MISSED'}, "
          f"decode {'MET' if dec <= TARGET_US else 'MISSED'}")
    slow = sorted(mine, key=lambda r: -r["dec"])[:3]
    print("largest: " + "; ".join(f"{r['case']} {r['bytes']} B enc {r['enc']:.0f} µs dec {r['dec']:.0f} µs"
                                  for r in slow))
    if shutil.which("java") is None or not ORACLE_JAR.exists() or shutil.which("javac") is None:
        print("\nreference: skipped (needs java, javac and the exi-oracle cache; run exi-oracle selftest once)")
        return
    jvm = reference_in_jvm(cases, 30 if args.quick else 100, 4 if args.quick else 10, 12 if args.quick else 40)
    bridged = [(r, o) for r, o in zip(jvm, mine) if "enc" in r]
    print("\nreference EXIficient, loop inside one JVM after warm-up (start-up and IPC excluded):")
    print(f"  EXI only (XML text -> EXI), all {len(jvm)} messages: encode median {_med(jvm, 'xml_enc'):.1f} µs"
          f"; ratio reference/ours {_med(jvm, 'xml_enc') / enc:.2f}")
    print(f"  {'namespace':<10} {'msgs':>5} {'ref enc µs':>10} {'ours enc µs':>11} {'ours dec µs':>11}")
    for ns in m.NAMESPACES:
        ref = [r for r in jvm if r["ns"] == ns]
        own = [r for r in mine if r["ns"] == ns]
        if ref:
            print(f"  {m.SHORT_NS[ns]:<10} {len(ref):>5} {_med(ref, 'xml_enc'):>10.1f} {_med(own, 'enc'):>11.1f} "
                  f"{_med(own, 'dec'):>11.1f}")
    jenc, jdec = _med([r for r, _ in bridged], "enc"), _med([r for r, _ in bridged], "dec")
    oenc, odec = _med([o for _, o in bridged], "enc"), _med([o for _, o in bridged], "dec")
    print(f"  JSON bridge (what Josev calls), {len(bridged)} messages: encode {jenc:.1f} µs, decode {jdec:.1f} µs;"
          f" ours on the same messages {oenc:.1f} / {odec:.1f} µs; ratio reference/ours {jenc / oenc:.0f} / {jdec / odec:.0f}")
    py4j = reference_py4j([c for c in cases if c[0]["namespace"] in JSON_BRIDGE][: (12 if args.quick else 40)],
                          4 if args.quick else 10)
    penc, pdec = _med(py4j, "enc"), _med(py4j, "dec")
    print(f"\nJosev-style (Python -> py4j -> EXIficient JSON bridge, per message): encode {penc:.0f} µs, "
          f"decode {pdec:.0f} µs; ratio reference/ours {penc / oenc:.0f} / {pdec / odec:.0f}")
    print("context: Josev's published figure is ~14 ms per message (EXI via Java, incl. its own overheads);"
          f" ours: {enc:.0f} µs encode + {dec:.0f} µs decode per median message")


if __name__ == "__main__":
    main()
