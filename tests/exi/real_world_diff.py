"""Differential check of our EXI codec against the reference (exi-oracle, EXIficient) on real captures
(tests/exi/real_world_captures.jsonl) and systematic mutations of them. Needs Java; writes
tests/exi/real_world_oracle.jsonl (the reference's answers) so tests/exi/test_exi_real_world_oracle.py checks
them without Java.

  python3 tests/exi/real_world_diff.py [--write] [--bitflips N]

Byte mutations: trailing 00/ff bytes, zero padding to 80 bytes, truncations, bit flips. Value mutations
(on the reference's decoded JSON, encoded by the reference, which writes out-of-range values as it can):
SessionID lengths 0..8, every integer at 0, -1, type edges and far beyond, every string at lengths 0, 1 and
long, every enumeration at a name outside it. Each case compares decode (equal JSON, or both reject) and
re-encode (ours of the reference's JSON vs the reference's).
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from iso15118 import exi  # noqa: E402
from iso15118.exi import EXIDecodeError, EXIEncodeError  # noqa: E402
from iso15118.exi.__main__ import convert  # noqa: E402

ORACLE = "/work/shared/tools/exi-oracle"
CAPTURES = HERE / "real_world_captures.jsonl"
ANSWERS = HERE / "real_world_oracle.jsonl"
INTS = (0, -1, 1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64)


def oracle(mode: str, ns: str, lines: list[str]) -> list[str]:
    if not lines:
        return []
    out = subprocess.run([ORACLE, mode, ns], input="\n".join(lines) + "\n", capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def ours_decode(ns: str, hexed: str) -> dict | str:
    """Our decode as JSON (the CLI's, as exi-oracle's JSON mode), 'REJECT' for a typed decode error,
    'CRASH: ...' for anything else."""
    try:
        return json.loads(convert("decode", ns, hexed))
    except EXIDecodeError:
        return "REJECT"
    except Exception as e:  # noqa: BLE001 - this is what the check looks for
        return f"CRASH: {type(e).__name__}: {e}"


def ours_encode(ns: str, obj: dict) -> str:
    try:
        return exi.encode(exi.from_json(obj, ns)).hex()
    except EXIEncodeError as e:
        return f"REFUSE: {e}"
    except Exception as e:  # noqa: BLE001
        return f"CRASH: {type(e).__name__}: {e}"


def byte_mutations(hexed: str, rng: random.Random, bitflips: int) -> Iterator[tuple[str, str]]:
    data = bytes.fromhex(hexed)
    yield "trailing-00", (data + b"\0").hex()
    yield "trailing-0000", (data + b"\0\0").hex()
    yield "trailing-ff", (data + b"\xff").hex()
    yield "padded-80", data.ljust(max(80, len(data) + 1), b"\0").hex()
    for cut in sorted({1, 2, len(data) // 2}):
        if len(data) - cut > 2:
            yield f"truncated-{cut}", data[:-cut].hex()
    bits = range(16, len(data) * 8)
    for bit in rng.sample(bits, min(bitflips, len(bits))):
        b = bytearray(data)
        b[bit // 8] ^= 0x80 >> (bit % 8)
        yield f"bitflip-{bit}", b.hex()


def _leaves(obj: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, path + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _leaves(v, path + (i,))
    else:
        yield path, obj


def _set(obj: Any, path: tuple, value: Any) -> Any:
    obj = json.loads(json.dumps(obj))
    cur = obj
    for p in path[:-1]:
        cur = cur[p]
    cur[path[-1]] = value
    return obj


def value_mutations(obj: dict, rng: random.Random) -> Iterator[tuple[str, dict]]:
    for path, v in _leaves(obj):
        name = "/".join(map(str, path))
        if path[-1] == "SessionID":
            for n in range(0, 9):
                yield f"{name}={n}bytes", _set(obj, path, "00" * n if n != 4 else "0A0B0C0D")
        elif isinstance(v, bool):
            continue
        elif isinstance(v, int):
            for x in rng.sample(INTS, 6):
                yield f"{name}={x}", _set(obj, path, x)
        elif isinstance(v, str):
            if v and all(c in "0123456789ABCDEF" for c in v) and len(v) % 2 == 0:
                for n in (0, 1, 9, 40):
                    yield f"{name}=hex{n}", _set(obj, path, "AB" * n)
            elif v[:1].isupper() and "_" in v or v in ("OK", "Start", "Stop", "Finished", "Ongoing", "A", "V", "W", "h", "Wh"):
                yield f"{name}=enum?", _set(obj, path, "NotAnEnumValue")
            else:
                for n in (0, 1, 70):
                    yield f"{name}=str{n}", _set(obj, path, "x" * n)


APP = "urn:iso:15118:2:2010:AppProtocol"
APP_NAMESPACES = ["urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef", "urn:iso:15118:2:2010:MsgDef",
                  "urn:iso:std:iso:15118:-20:DC", "urn:iso:std:iso:15118:-20:AC", "urn:tesla:din:2018:MsgDef",
                  "x" * 100, ""]


def app_handshake_rows() -> list[dict]:
    """supportedAppProtocolReq with 1..25 entries (the schema allows 20), encoded by the reference (XML mode),
    then decoded and re-encoded by it as the captures are."""
    docs = []
    for n in (1, 2, 3, 5, 10, 19, 20, 21, 25):
        entries = "".join(
            f"<AppProtocol><ProtocolNamespace>{APP_NAMESPACES[i % len(APP_NAMESPACES)]}</ProtocolNamespace>"
            f"<VersionNumberMajor>{i % 3}</VersionNumberMajor><VersionNumberMinor>{i * 7 % 300}</VersionNumberMinor>"
            f"<SchemaID>{i % 256}</SchemaID><Priority>{1 + i % 20}</Priority></AppProtocol>" for i in range(n))
        docs.append(f'<ns4:supportedAppProtocolReq xmlns:ns4="{APP}">{entries}</ns4:supportedAppProtocolReq>')
    hexes = oracle("encode-xml", APP, docs)
    dec = oracle("decode", APP, hexes)
    enc = oracle("encode", APP, dec)
    return [{"namespace": APP, "capture": None, "mutation": f"apphandshake-{len(d.split('<AppProtocol>')) - 1}-entries",
             "hex": h, "json": json.loads(j), "reencoded": None if e.startswith("ERROR") else e}
            for d, h, j, e in zip(docs, hexes, dec, enc)]


def main() -> int:
    args = sys.argv[1:]
    write = "--write" in args
    bitflips = int(args[args.index("--bitflips") + 1]) if "--bitflips" in args else 24
    rng = random.Random(15118)
    captures = [json.loads(line) for line in CAPTURES.open()]
    by_ns: dict[str, list[dict]] = {}
    for k, c in enumerate(captures):
        by_ns.setdefault(c["namespace"], []).append({**c, "capture": k})
    stats, rows, diverged = Counter(), [], []
    for ns, caps in by_ns.items():
        # 1. captures and their byte mutations
        cases = []
        for c in caps:
            cases.append((c["capture"], c["hex"].lower(), "as-captured"))
            for m, h in byte_mutations(c["hex"], rng, bitflips):
                cases.append((c["capture"], h, m))
        dec = oracle("decode", ns, [h for _, h, _ in cases])
        # 2. value mutations of what the reference decoded from the captures
        vcases = []
        for (src, h, m), d in zip(cases, dec):
            if m == "as-captured" and not d.startswith("ERROR"):
                for vm, obj in value_mutations(json.loads(d), rng):
                    vcases.append((src, obj, vm))
        venc = oracle("encode", ns, [json.dumps(o) for _, o, _ in vcases])
        extra = [(src, h, m) for (src, _, m), h in zip(vcases, venc) if not h.startswith("ERROR")]
        dec += oracle("decode", ns, [h for _, h, _ in extra])
        cases += extra
        # 3. re-encode what both decode
        ref_json = [None if d.startswith("ERROR") else json.loads(d) for d in dec]
        enc_idx = [i for i, j in enumerate(ref_json) if j is not None]
        enc = dict(zip(enc_idx, oracle("encode", ns, [json.dumps(ref_json[i]) for i in enc_idx])))
        for i, (src, h, m) in enumerate(cases):
            ref = ref_json[i]
            ours = ours_decode(ns, h)
            stats["compared"] += 1
            row = {"namespace": ns, "capture": src, "mutation": m, "hex": h, "json": ref,
                   "reencoded": enc.get(i) if i in enc and not enc[i].startswith("ERROR") else None}
            if ref is None:
                kind = "both-reject" if ours == "REJECT" else ("crash" if str(ours).startswith("CRASH") else "we-accept")
            elif ours == ref:
                kind = "decode-equal"
            else:
                kind = "crash" if str(ours).startswith("CRASH") else ("we-reject" if ours == "REJECT" else "decode-differs")
            stats[kind] += 1
            if kind in ("crash", "we-accept", "we-reject", "decode-differs"):
                diverged.append((kind, ns, m, h, ref, ours))
            if ref is not None and row["reencoded"] is not None:
                mine = ours_encode(ns, ref)
                if mine == row["reencoded"]:
                    stats["reencode-equal"] += 1
                elif mine.startswith("REFUSE"):
                    stats["reencode-refused"] += 1
                    row["refused"] = True
                else:
                    stats["reencode-differs"] += 1
                    diverged.append(("reencode-differs", ns, m, h, row["reencoded"], mine))
            rows.append(row)
    for row in app_handshake_rows():
        rows.append(row)
        ours = ours_decode(APP, row["hex"])
        stats["compared"] += 1
        stats["decode-equal" if ours == row["json"] else "app-handshake-differs"] += 1
    for d in diverged[:60]:
        print(*d, sep=" | ")
    print(dict(stats), "captures:", len(captures))
    print(Counter(d[0] for d in diverged))
    if write:
        store(rows)
    return 0


def store(rows: list[dict], per_capture: int = 12) -> None:
    """Writes the answers for the suite: every capture and its byte mutations, and up to per_capture value
    mutations of each (a seeded sample, to keep the file small), each hex once; "reencoded" is left out
    where it equals "hex"."""
    rng, kept, seen = random.Random(20), [], set()
    values: dict[int, list[dict]] = {}
    for r in rows:
        if r["hex"] in seen:
            continue
        seen.add(r["hex"])
        out = {"capture": r["capture"], "namespace": r["namespace"], "mutation": r["mutation"], "hex": r["hex"],
               "json": r["json"]}
        if r["reencoded"] != r["hex"]:
            out["reencoded"] = r["reencoded"]
        (values.setdefault(r["capture"], []) if "=" in r["mutation"] else kept).append(out)
    for group in values.values():
        kept += rng.sample(group, min(per_capture, len(group)))
    with ANSWERS.open("w") as fh:
        for r in kept:
            fh.write(json.dumps(r, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    sys.exit(main())
