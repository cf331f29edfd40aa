"""Footprint of the SECC process with every EXI namespace loaded: RSS and start time, before and after.

For each source tree (this worktree, and a git revision exported with `git archive` for "before"), a fresh
copy without __pycache__ is made, then a child Python process
  1. imports secc.server (timed),
  2. loads every codec namespace it has: -20 (CommonMessages, AC, DC), AppProtocol, xmldsig, and DIN/-2
     (decoding one SessionSetupReq each, which loads their codec modules), timed separately,
  3. reports VmRSS and VmHWM (peak) from /proc/self/status.
Two modes: "bytecode" (the copy compiled first with compileall, as a wheel install does) and
"no bytecode" (PYTHONDONTWRITEBYTECODE=1, every start compiles the sources: read-only images, CI).
Each figure is the median of --runs child processes.

    python3 benchmarks/exi_footprint.py [--before REV] [--runs N]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("iso15118", "secc", "evcc", "pki")

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import secc.server  # noqa: F401
t1 = time.perf_counter()
from iso15118 import exi
# one stream per codec part: DIN and -2 load on first use; -20/AppProtocol/xmldsig are in the base module
vectors = [("urn:din:70121:2012:MsgDef", "809a004011d018006f142d4df800"),
           ("urn:iso:15118:2:2013:MsgDef", "8098004011d018006f142d4df800")]
loaded = []
for ns, hexed in vectors:
    try:
        exi.decode(bytes.fromhex(hexed), ns)
        loaded.append("din" if ":din:" in ns else "-2")
    except ValueError:
        pass    # a tree without that namespace ("before")
for mod in ("common_messages", "ac", "dc", "app_protocol", "xmldsig"):
    __import__("iso15118.messages." + mod)
t2 = time.perf_counter()
status = dict(l.split(":", 1) for l in open("/proc/self/status") if ":" in l)
kb = lambda k: int(status[k].split()[0]) / 1024
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "rss": kb("VmRSS"), "peak": kb("VmHWM"), "loaded": loaded}))
"""


def export(rev: str | None, dest: Path) -> Path:
    """A copy of the tree (rev: a git revision; None: the working tree) without any __pycache__."""
    dest.mkdir(parents=True)
    if rev is None:
        for pkg in PACKAGES:
            shutil.copytree(ROOT / pkg, dest / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, *PACKAGES], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def measure(tree: Path, bytecode: bool, runs: int) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    if bytecode:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree)], check=True)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=tree, capture_output=True, text=True,
                             check=True).stdout
        rows.append(json.loads(out.splitlines()[-1]))
    return {k: statistics.median(r[k] for r in rows) for k in ("import", "load", "rss", "peak")} | {
        "loaded": rows[0]["loaded"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", default="", help="git revision to compare with (e.g. main); none: skip")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    trees = [("after (this tree)", None)] + ([(f"before ({args.before})", args.before)] if args.before else [])
    print(f"SECC footprint, median of {args.runs} processes; targets: bytecode <= 40 MB RSS and import <= 0.3 s, "
          "no bytecode <= 60 MB and start <= 1 s")
    print(f"{'tree':<22} {'mode':<12} {'import s':>9} {'+load s':>8} {'RSS MB':>7} {'peak MB':>8}  loaded")
    for label, rev in trees:
        with tempfile.TemporaryDirectory() as tmp:
            for bytecode in (False, True):      # without first: compileall would leave bytecode behind
                tree = export(rev, Path(tmp) / ("bc" if bytecode else "src"))
                r = measure(tree, bytecode, args.runs)
                print(f"{label:<22} {'bytecode' if bytecode else 'no bytecode':<12} {r['import']:>9.3f} "
                      f"{r['load']:>8.3f} {r['rss']:>7.1f} {r['peak']:>8.1f}  -20, app, xmldsig"
                      + "".join(f", {x}" for x in r["loaded"]))


if __name__ == "__main__":
    main()
