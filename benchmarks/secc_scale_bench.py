"""How many concurrent EV sessions one SECC process serves with p99 ChargeLoop response time < 100 ms.

One SECC process (TLS 1.3 on loopback, simulated EVSEs, no trace) serves EV sessions opened by a few
load worker processes. Each EV session runs a real -20 session (SupportedAppProtocol .. PowerDelivery
Start, via secc.probe) and then sends ChargeLoopReq every 250 ms; the workers replay the session's
encoded ChargeLoopReq and read the framed response (decoding every 50th to check ResponseCode OK), so
the client side stays lean and the SECC does full decode/handle/encode per request. The session count
rises step by step; at each step the response time (send -> complete response, measured in the EV
process) is recorded over a window. Prints the table and the largest count with p99 < 100 ms.

    python3 benchmarks/secc_scale_bench.py [--step 100] [--max 1000] [--window 8] [--workers 2]
"""
from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iso15118 import exi, tls, v2gtp  # noqa: E402
from iso15118.messages.common_types import responseCodeType  # noqa: E402
from iso15118.session.framing import decode_payload, payload_type_of  # noqa: E402
from pki.testpki import build_pki, write_pki  # noqa: E402
from secc import probe  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.controller import ControlMode, EnergyService  # noqa: E402
from secc.server import SECCServer  # noqa: E402
from secc.simulator import SimulatedEVSE  # noqa: E402

COMBOS = [(s, m) for s in (EnergyService.DC_BPT, EnergyService.AC, EnergyService.DC, EnergyService.AC_BPT)
          for m in (ControlMode.Dynamic, ControlMode.Scheduled)]
TARGET_P99_MS = 100.0


def run_secc(chain: str, key: str, port_out: Connection) -> None:
    """The SECC process: one asyncio loop, as a charger would run it."""
    async def serve() -> None:
        ctx = tls.secc_server_context(chain, key, client_auth=tls.ClientAuth.NONE)
        server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=ctx)
        await server.start("::1", 0)
        port_out.send(server.port)
        await asyncio.Event().wait()

    asyncio.run(serve())


class Worker:
    """One load process: many EV sessions on one asyncio loop, commanded through a pipe."""

    def __init__(self, port: int, root: str, cadence: float, worker_id: int) -> None:
        self.port, self.cadence, self.worker_id = port, cadence, worker_id
        self.ctx = tls.evcc_client_context([root])
        self.sessions = 0
        self.window = (0.0, 0.0)
        self.samples: list[float] = []
        self.errors: list[str] = []
        self.tasks: set[asyncio.Task[None]] = set()

    async def open_session(self, index: int) -> tuple[v2gtp.V2GTPConnection, bytes, bytes]:
        service, mode = COMBOS[(index + self.worker_id) % len(COMBOS)]
        conn = await v2gtp.open_connection("::1", self.port, ssl_context=self.ctx, timeout=30)
        client = probe.ProbeClient(conn, timeout=30)
        responses = await client.start_charging(service, mode)
        if responses[-1].ResponseCode is not responseCodeType.OK:
            raise RuntimeError(f"session setup failed: {responses[-1]}")
        req = probe.charge_loop(client.session_id, service, mode)
        frame = v2gtp.pack(payload_type_of(req), exi.encode(req))
        return conn, frame, req

    async def loop(self, conn: v2gtp.V2GTPConnection, frame: bytes) -> None:
        writer = conn._writer
        phase = (hash(frame) % 1000) / 1000 * self.cadence
        next_tick = time.time() + phase
        checked = 0
        while True:
            await asyncio.sleep(max(0.0, next_tick - time.time()))
            sent_at = time.time()
            start = time.perf_counter()
            writer.write(frame)
            try:
                payload_type, payload = await conn.receive(timeout=5.0)
            except v2gtp.V2GTPError as exc:
                self.errors.append(f"{type(exc).__name__}: {exc}")
                return
            elapsed = time.perf_counter() - start
            t0, t1 = self.window
            if t0 <= sent_at < t1:
                self.samples.append(elapsed)
                checked += 1
                if checked % 50 == 1:
                    res = decode_payload(payload_type, payload)
                    if res.ResponseCode is not responseCodeType.OK:
                        self.errors.append(f"ChargeLoop answered {res.ResponseCode.value}")
                        return
            next_tick += self.cadence
            if next_tick < time.time():  # overloaded: skip the ticks we missed
                next_tick = time.time() + self.cadence

    async def add(self, count: int) -> None:
        sem = asyncio.Semaphore(20)

        async def one(index: int) -> None:
            async with sem:
                conn, frame, _ = await self.open_session(index)
            task = asyncio.get_running_loop().create_task(self.loop(conn, frame))
            self.tasks.add(task)

        await asyncio.gather(*(one(self.sessions + i) for i in range(count)))
        self.sessions += count

    async def serve(self, pipe: Connection) -> None:
        loop = asyncio.get_running_loop()
        while True:
            command, arg = await loop.run_in_executor(None, pipe.recv)
            if command == "add":
                try:
                    await self.add(arg)
                    pipe.send(("ready", len(self.errors)))
                except Exception as exc:  # report, do not hang the parent
                    pipe.send(("error", repr(exc)))
            elif command == "measure":
                self.samples, self.window = [], arg
                await asyncio.sleep(max(0.0, arg[1] - time.time()) + 0.3)
                pipe.send(("samples", (self.samples, self.errors[:5], len(self.errors))))
            else:
                pipe.send(("bye", None))
                return


def run_worker(port: int, root: str, cadence: float, worker_id: int, pipe: Connection) -> None:
    asyncio.run(Worker(port, root, cadence, worker_id).serve(pipe))


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=100, help="sessions added per step")
    parser.add_argument("--max", type=int, default=1000, help="stop after this many sessions")
    parser.add_argument("--window", type=float, default=8.0, help="measurement window per step (s)")
    parser.add_argument("--workers", type=int, default=2, help="EV load processes")
    parser.add_argument("--cadence", type=float, default=0.25, help="ChargeLoop period per session (s)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="secc-bench-"))
    manifest = write_pki(build_pki(), tmp)
    chain, key = (str(tmp / manifest["files"]["secc"][k]) for k in ("chain", "key"))
    root = str(tmp / manifest["trust"]["v2g"])

    ctx = mp.get_context("spawn")
    port_rx, port_tx = ctx.Pipe(duplex=False)
    secc = ctx.Process(target=run_secc, args=(chain, key, port_tx), daemon=True)
    secc.start()
    port = port_rx.recv()
    workers, pipes = [], []
    for i in range(args.workers):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=run_worker, args=(port, root, args.cadence, i, child), daemon=True)
        proc.start()
        workers.append(proc)
        pipes.append(parent)

    print(f"SECC pid {secc.pid} on [::1]:{port} (TLS 1.3), {args.workers} EV worker processes, "
          f"ChargeLoop every {args.cadence * 1000:.0f} ms per session, {os.cpu_count()} CPUs")
    print(f"{'sessions':>8} {'req/s':>7} {'median ms':>9} {'p99 ms':>7} {'max ms':>7} {'errors':>6}")
    best = 0
    sessions = 0
    try:
        while sessions < args.max:
            per_worker = args.step // args.workers
            for pipe in pipes:
                pipe.send(("add", per_worker))
            replies = [pipe.recv() for pipe in pipes]
            if any(kind == "error" for kind, _ in replies):
                print(f"session setup failed at {sessions + per_worker * args.workers}: {replies}")
                break
            sessions += per_worker * args.workers
            time.sleep(1.0)  # let the new sessions settle into their cadence
            start = time.time()
            window = (start, start + args.window)
            for pipe in pipes:
                pipe.send(("measure", window))
            samples: list[float] = []
            errors = 0
            examples: list[str] = []
            for pipe in pipes:
                _, (worker_samples, worker_examples, worker_errors) = pipe.recv()
                samples += worker_samples
                errors += worker_errors
                examples += worker_examples
            samples.sort()
            if not samples:
                print(f"{sessions:>8} no responses; errors: {examples}")
                break
            p50, p99 = statistics.median(samples) * 1000, percentile(samples, 0.99) * 1000
            rate = len(samples) / args.window
            print(f"{sessions:>8} {rate:>7.0f} {p50:>9.2f} {p99:>7.2f} {samples[-1] * 1000:>7.1f} {errors:>6}",
                  flush=True)
            if examples:
                print(f"         e.g. {examples[0]}")
            if p99 < TARGET_P99_MS and errors == 0:
                best = sessions
            else:
                break
    finally:
        for pipe in pipes:
            pipe.send(("quit", None))
        for proc in workers:
            proc.join(timeout=5)
        secc.terminate()
    print(f"largest session count with p99 < {TARGET_P99_MS:.0f} ms and no errors: {best} "
          f"(target >= 500)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
