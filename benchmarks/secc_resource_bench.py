"""What one session costs a long-running `secc` process, and what one session's large messages cost the others.

rss:   one `secc` process (the command as deployed, JSON-lines log on) serves N AC sessions (TLS 1.3 handshake,
       SupportedAppProtocol .. PowerDelivery Start, 2 ChargeLoops, PowerDelivery Stop, SessionStop), a few at a
       time, over TLS 1.3 and over plain TCP. Prints RSS after a warm-up and every N/5 sessions, and the growth
       per session.
stall: one EV in the DC charge loop (a DC_ChargeLoopReq every 100 ms) while P peers each, over and over,
       set up a Scheduled session and send the largest valid ScheduleExchangeReq (~64 KB of EXI: the full
       energy offer). Prints the EV's response times against its DC_ChargeLoopReq timeout (0.5 s), with and
       without the JSON-lines log, and for the SECC's alternatives (decoding / logging on the event loop).

--baseline DIR runs the same measurements against the `secc` of another checkout (e.g. the commit before a
fix: `git archive COMMIT | tar -x -C DIR`) in the same run.

    python3 benchmarks/secc_resource_bench.py rss [--sessions 5000] [--baseline DIR]
    python3 benchmarks/secc_resource_bench.py stall [--peers 8] [--seconds 10] [--baseline DIR]
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from multiprocessing.synchronize import Event
from pathlib import Path

from bench_support import ROOT, BenchPKI, SECCProcess, bench_pki, percentile, secc_config, start_secc

from iso15118 import exi, tls, v2gtp  # noqa: E402
from iso15118.messages import common_messages as cm  # noqa: E402
from iso15118.messages.common_types import responseCodeType  # noqa: E402
from iso15118.session.framing import payload_type_of  # noqa: E402
from iso15118.session.timers import evcc_msg_timeout  # noqa: E402
from evcc import probe  # noqa: E402
from secc.controller import ControlMode, EnergyService  # noqa: E402

DC_CHARGE_LOOP_TIMEOUT_S = evcc_msg_timeout("DC_ChargeLoopReq")

# The SECC's alternatives, switched inside its process (the current code decodes large payloads on a
# worker thread, writes the log on a writer thread with huge fields cut, and switches threads every 1 ms).
VARIANTS = {
    "current": "",
    "decode on the loop": "from iso15118.session import framing\nframing.INLINE_DECODE_LIMIT = 1 << 30",
    "log written on the loop": "import secc.server\nsecc.server.LogWriter = lambda: None",
    "Python's 5 ms thread switch": "import secc.cli\nsecc.cli.tune_threads = lambda: None",
}


async def connect(port: int, pki: BenchPKI | None) -> probe.ProbeClient:
    ctx = tls.evcc_client_context([pki.v2g_root]) if pki is not None else None
    conn = await v2gtp.open_connection("::1", port, ssl_context=ctx, allow_plain_tcp=pki is None, timeout=30.0)
    return probe.ProbeClient(conn, timeout=30.0)


# --- rss --------------------------------------------------------------------------------------------


async def ac_session(port: int, pki: BenchPKI | None) -> None:
    client = await connect(port, pki)
    try:
        await client.start_charging(EnergyService.AC, ControlMode.Dynamic)
        for _ in range(2):
            await client.request(probe.charge_loop(client.session_id, EnergyService.AC, ControlMode.Dynamic))
        responses = await client.stop(EnergyService.AC)
        if responses[-1].ResponseCode is not responseCodeType.OK:
            raise RuntimeError(f"session ended with {responses[-1].ResponseCode}")
    finally:
        await client.conn.close()


async def sessions(count: int, port: int, pki: BenchPKI | None, concurrency: int) -> None:
    remaining = iter(range(count))

    async def worker() -> None:
        for _ in remaining:
            await ac_session(port, pki)

    await asyncio.gather(*(worker() for _ in range(concurrency)))


async def rss_case(label: str, tree: Path, workdir: Path, pki: BenchPKI | None, count: int, concurrency: int) -> None:
    log = workdir / f"{label.replace(' ', '-')}.jsonl"
    secc = await start_secc(secc_config(workdir / "secc.toml", pki), tree=tree, log=log)
    try:
        warmup = min(300, count // 10)
        await sessions(warmup, secc.port, pki, concurrency)
        await asyncio.sleep(0.5)
        start = secc.rss_kb
        points = [f"{start / 1024:.1f}"]
        step = max(1, count // 5)
        started = time.perf_counter()
        for _ in range(0, count, step):
            await sessions(step, secc.port, pki, concurrency)
            await asyncio.sleep(0.2)
            points.append(f"{secc.rss_kb / 1024:.1f}")
        elapsed = time.perf_counter() - started
        end = secc.rss_kb
        print(f"  {label:34s} RSS MB after {warmup} warm-up, then every {step}: {' '.join(points)}  "
              f"-> {(end - start) / count:+.2f} KB per session  ({count / elapsed:.0f} sessions/s)", flush=True)
    finally:
        await secc.stop()
        log.unlink(missing_ok=True)


async def rss(args: argparse.Namespace, workdir: Path, pki: BenchPKI) -> None:
    print(f"rss: {args.sessions} AC sessions per case ({args.concurrency} at a time), one `secc` process each, "
          f"JSON-lines log on")
    trees = [("", ROOT)] + ([("baseline ", args.baseline)] if args.baseline else [])
    for prefix, tree in trees:
        for transport, case_pki in (("TLS 1.3", pki), ("plain TCP", None)):
            await rss_case(f"{prefix}{transport}", tree, workdir, case_pki, args.sessions, args.concurrency)


# --- stall ------------------------------------------------------------------------------------------


async def flood(port: int, pki: BenchPKI, peers: int, stop: Event, rounds: list[int]) -> None:
    """Rounds until `stop`: every peer sets up a Scheduled DC session up to ChargeParameterDiscovery,
    then all send the largest ScheduleExchangeReq at the same moment (the worst burst for the others)."""

    async def prepare() -> tuple[probe.ProbeClient, cm.ScheduleExchangeReq, bytes]:
        client = await connect(port, pki)
        await client.setup(EnergyService.DC, ControlMode.Scheduled)
        await client.request(probe.charge_parameter_discovery(client.session_id, EnergyService.DC))
        big = probe.largest_schedule_exchange(client.session_id)
        return client, big, exi.encode(big)

    async def burst(client: probe.ProbeClient, big: cm.ScheduleExchangeReq, payload: bytes) -> None:
        try:
            await client.conn.send(payload_type_of(big), payload)
            await client.conn.receive(timeout=30.0)
        finally:
            await client.conn.close()

    while not stop.is_set():
        ready = await asyncio.gather(*(prepare() for _ in range(peers)))
        await asyncio.gather(*(burst(*peer) for peer in ready))
        rounds[0] += 1


def run_flood(port: int, pki: BenchPKI, peers: int, stop: Event, result: mp.SimpleQueue) -> None:
    rounds = [0]
    try:
        asyncio.run(flood(port, pki, peers, stop, rounds))
    finally:
        result.put(rounds[0])


async def stall_case(label: str, secc: SECCProcess, pki: BenchPKI, peers: int, seconds: float) -> None:
    ev = await connect(secc.port, pki)
    await ev.start_charging(EnergyService.DC, ControlMode.Dynamic)
    req = probe.charge_loop(ev.session_id, EnergyService.DC, ControlMode.Dynamic)
    frame = exi.encode(req)
    ctx = mp.get_context("spawn")
    stop, result = ctx.Event(), ctx.SimpleQueue()
    flooders = ctx.Process(target=run_flood, args=(secc.port, pki, peers, stop, result), daemon=True)
    flooders.start()
    await asyncio.sleep(2.0)  # the peers' first large messages are on their way
    times: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        await ev.conn.send(payload_type_of(req), frame)
        await ev.conn.receive(timeout=30.0)
        times.append(time.perf_counter() - started)
        await asyncio.sleep(0.1)
    stop.set()
    await asyncio.get_running_loop().run_in_executor(None, flooders.join, 60)
    bursts = result.get() if not result.empty() else 0
    await ev.conn.close()
    times.sort()
    late = sum(t > DC_CHARGE_LOOP_TIMEOUT_S for t in times)
    print(f"  {label:44s} {len(times):4d} loops  median {statistics.median(times) * 1e3:6.1f} ms  "
          f"p99 {percentile(times, 0.99) * 1e3:7.1f} ms  worst {times[-1] * 1e3:7.1f} ms  "
          f"over {DC_CHARGE_LOOP_TIMEOUT_S} s: {late:3d}   ({bursts} bursts of {peers})", flush=True)


async def stall(args: argparse.Namespace, workdir: Path, pki: BenchPKI) -> None:
    size = len(exi.encode(probe.largest_schedule_exchange(b"\0" * 8)))
    print(f"stall: one EV's DC_ChargeLoopReq every 100 ms for {args.seconds:.0f} s while bursts of {args.peers} "
          f"peers send {size}-byte ScheduleExchangeReqs at once; EV timeout {DC_CHARGE_LOOP_TIMEOUT_S} s")
    config = secc_config(workdir / "secc.toml", pki)
    cases = [(f"{name}, {'log' if log else 'no log'}", ROOT, setup, log)
             for log in (False, True) for name, setup in VARIANTS.items() if log or "LogWriter" not in setup]
    if args.baseline:
        cases += [(f"baseline, {'log' if log else 'no log'}", args.baseline, "", log) for log in (False, True)]
    for label, tree, setup, log in cases:
        secc = await start_secc(config, tree=tree, log=workdir / "stall.jsonl" if log else None, setup=setup)
        try:
            await stall_case(label, secc, pki, args.peers, args.seconds)
        finally:
            await secc.stop()
            (workdir / "stall.jsonl").unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("rss", "stall"))
    parser.add_argument("--sessions", type=int, default=5000, help="rss: sessions per case")
    parser.add_argument("--concurrency", type=int, default=4, help="rss: sessions at a time")
    parser.add_argument("--peers", type=int, default=8, help="stall: peers sending large messages")
    parser.add_argument("--seconds", type=float, default=10.0, help="stall: measurement per case")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure the same way")
    args = parser.parse_args()
    logging.getLogger("iso15118.v2gtp").setLevel(logging.ERROR)  # not one plain-TCP warning per session
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        pki = bench_pki(workdir / "pki")
        asyncio.run(rss(args, workdir, pki) if args.what == "rss" else stall(args, workdir, pki))
    return 0


if __name__ == "__main__":
    sys.exit(main())
