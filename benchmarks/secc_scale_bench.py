"""How many concurrent EV sessions one SECC process serves with p99 ChargeLoop response time < 100 ms.

One SECC process (TLS 1.3 on loopback, simulated EVSEs, no trace) serves EV sessions opened by a few
load worker processes. Each EV session runs a real -20 session (SupportedAppProtocol .. PowerDelivery
Start, via evcc.probe) and then sends ChargeLoopReq every 250 ms; the workers replay the session's
encoded ChargeLoopReq from a selector loop over non-blocking TLS sockets and read the framed response
(decoding every 50th to check ResponseCode OK), so the EV side stays lean and the SECC does the full
decode/handle/encode of every request. The session count
rises step by step; at each step the response time (send -> complete response, measured in the EV
process) is recorded over a window. Prints the table and the largest count with p99 < 100 ms.

    python3 benchmarks/secc_scale_bench.py [--step 100] [--max 1000] [--window 8] [--workers 2]
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import heapq
import multiprocessing as mp
import os
import selectors
import socket
import ssl
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from bench_support import bench_pki, percentile, raise_priority

from iso15118 import exi, tls, v2gtp  # noqa: E402
from iso15118.messages.common_types import responseCodeType  # noqa: E402
from iso15118.session.framing import decode_payload, payload_type_of  # noqa: E402
from evcc import probe  # noqa: E402
from secc.cli import tune_gc  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.controller import ControlMode, EnergyService  # noqa: E402
from secc.server import SECCServer  # noqa: E402
from secc.session import SessionCallbacks  # noqa: E402
from secc.simulator import SimulatedEVSE  # noqa: E402

COMBOS = [(s, m) for s in (EnergyService.DC_BPT, EnergyService.AC, EnergyService.DC, EnergyService.AC_BPT)
          for m in (ControlMode.Dynamic, ControlMode.Scheduled)]
TARGET_P99_MS = 100.0


def run_secc(chain: str, key: str, pipe: Connection, nice: int) -> None:
    """The SECC process: one asyncio loop, as a charger would run it. Also reports its own
    processing time per ChargeLoop request (frame received -> response written)."""
    raise_priority(nice)
    window = [0.0, 0.0]
    samples: list[float] = []
    gc_pauses: list[float] = []
    gc_started = [0.0]

    def gc_watch(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        elif window[0] <= time.time() < window[1]:
            gc_pauses.append(time.perf_counter() - gc_started[0])

    gc.callbacks.append(gc_watch)

    def response_time(name: str, seconds: float) -> None:
        if name.endswith("ChargeLoopReq") and window[0] <= time.time() < window[1]:
            samples.append(seconds)

    async def serve() -> None:
        ctx = tls.secc_server_context(chain, key, client_auth=tls.ClientAuth.NONE)
        server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=ctx,
                            callbacks=SessionCallbacks(response_time=response_time))
        await server.start("::1", 0)
        tune_gc()  # as the secc command does
        pipe.send(server.port)
        loop = asyncio.get_running_loop()
        while True:
            start, end = await loop.run_in_executor(None, pipe.recv)
            samples.clear()
            gc_pauses.clear()
            window[:] = [start, end]
            await asyncio.sleep(max(0.0, start - time.time()))
            cpu_start = time.process_time()
            await asyncio.sleep(max(0.0, end - time.time()))
            cpu_share = (time.process_time() - cpu_start) / (end - start)
            await asyncio.sleep(0.3)
            pipe.send((list(samples), cpu_share, max(gc_pauses, default=0.0)))

    asyncio.run(serve())


class BlockingConnection:
    """The two calls ProbeClient needs, over a blocking TLS socket (session setup only)."""

    def __init__(self, sock: ssl.SSLSocket) -> None:
        self.sock = sock

    def _exactly(self, n: int) -> bytes:
        data = bytearray()
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise v2gtp.V2GTPConnectionClosed(n, len(data))
            data += chunk
        return bytes(data)

    async def send(self, payload_type: v2gtp.PayloadType, payload: bytes) -> None:
        self.sock.sendall(v2gtp.pack(payload_type, payload))

    async def receive(self, timeout: float | None = None) -> tuple[v2gtp.PayloadType, bytes]:
        payload_type, length = v2gtp.parse_header(self._exactly(v2gtp.HEADER_LENGTH))
        return payload_type, self._exactly(length)


class LoadSession:
    """One EV session after setup: its encoded ChargeLoopReq, the outstanding request, a buffer."""

    def __init__(self, sock: ssl.SSLSocket, frame: bytes) -> None:
        self.sock, self.frame = sock, frame
        self.buffer = bytearray()
        self.sent_at = 0.0  # perf_counter of the outstanding request, 0 when none
        self.wall_sent = 0.0
        self.responses = 0


class Worker:
    """One load process: many EV sessions driven by one selector loop over non-blocking TLS sockets
    (no asyncio on the hot path, so the EV side costs little CPU next to the SECC)."""

    def __init__(self, port: int, root: str, cadence: float, worker_id: int, pipe: Connection) -> None:
        self.port, self.cadence, self.worker_id, self.pipe = port, cadence, worker_id, pipe
        self.ctx = tls.evcc_client_context([root])
        self.selector = selectors.DefaultSelector()
        self.selector.register(pipe.fileno(), selectors.EVENT_READ, None)
        self.sessions: list[LoadSession] = []
        self.due_heap: list[tuple[float, int]] = []
        self.window = (0.0, 0.0)
        self.samples: list[float] = []
        self.errors: list[str] = []
        self.late = 0
        self.report_at: float | None = None
        self.cpu_at_start = 0.0

    def open_session(self, index: int) -> None:
        service, mode = COMBOS[(index + self.worker_id) % len(COMBOS)]
        raw = socket.create_connection(("::1", self.port), timeout=30)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as asyncio does: no Nagle delay
        sock = self.ctx.wrap_socket(raw)  # no host name: the SECC certificate names the EVSE
        client = probe.ProbeClient(BlockingConnection(sock), timeout=30)  # type: ignore[arg-type]
        responses = asyncio.run(client.start_charging(service, mode))
        if responses[-1].ResponseCode is not responseCodeType.OK:
            raise RuntimeError(f"session setup failed: {responses[-1]}")
        req = probe.charge_loop(client.session_id, service, mode)
        sock.setblocking(False)
        due = time.perf_counter() + (index * 0.618034 % 1.0) * self.cadence  # spread phases evenly
        session = LoadSession(sock, v2gtp.pack(payload_type_of(req), exi.encode(req)))
        self.selector.register(sock, selectors.EVENT_READ, session)
        heapq.heappush(self.due_heap, (due, len(self.sessions)))
        self.sessions.append(session)

    def on_readable(self, session: LoadSession) -> None:
        try:
            data = session.sock.recv(65536)
            while data and session.sock.pending():  # more TLS records already decrypted: select won't tell
                data += session.sock.recv(session.sock.pending())
        except (ssl.SSLWantReadError, BlockingIOError):
            return
        if not data:
            self.errors.append("connection closed by the SECC")
            self.selector.unregister(session.sock)
            return
        session.buffer += data
        while len(session.buffer) >= v2gtp.HEADER_LENGTH:
            payload_type, length = v2gtp.parse_header(bytes(session.buffer[: v2gtp.HEADER_LENGTH]))
            end = v2gtp.HEADER_LENGTH + length
            if len(session.buffer) < end:
                return
            payload = bytes(session.buffer[v2gtp.HEADER_LENGTH : end])
            del session.buffer[:end]
            elapsed = time.perf_counter() - session.sent_at
            session.sent_at = 0.0
            session.responses += 1
            if self.window[0] <= session.wall_sent < self.window[1]:
                self.samples.append(elapsed)
            if session.responses % 50 == 1:
                res = decode_payload(payload_type, payload)
                if res.ResponseCode is not responseCodeType.OK:
                    self.errors.append(f"ChargeLoop answered {res.ResponseCode.value}")

    def fire_due(self, now: float) -> float:
        """Send every request that is due (heap ordered by due time); return the next due time."""
        heap = self.due_heap
        while heap and heap[0][0] <= now:
            due, index = heapq.heappop(heap)
            session = self.sessions[index]
            if session.sent_at == 0.0:
                session.wall_sent, session.sent_at = time.time(), time.perf_counter()
                try:
                    session.sock.send(session.frame)
                except (ssl.SSLWantWriteError, BlockingIOError, OSError) as exc:
                    self.errors.append(f"send failed: {exc!r}")
            elif self.window[0] <= time.time() < self.window[1]:  # response outstanding: tick skipped
                self.late += 1
            while due <= now:  # skip missed ticks but keep the session's phase
                due += self.cadence
            heapq.heappush(heap, (due, index))
        return heap[0][0] if heap else now + self.cadence

    def command(self) -> bool:
        command, arg = self.pipe.recv()
        if command == "add":
            try:
                base = len(self.sessions)
                for i in range(arg):
                    self.open_session(base + i)
                self.pipe.send(("ready", len(self.errors)))
            except Exception as exc:  # report, do not hang the parent
                self.pipe.send(("error", repr(exc)))
        elif command == "measure":
            self.samples, self.window, self.late = [], arg, 0
            self.report_at = arg[1] + 0.3
            self.cpu_at_start = time.process_time()
        else:
            self.pipe.send(("bye", None))
            return False
        return True

    def run(self) -> None:
        next_due = time.perf_counter() + self.cadence
        while True:
            now = time.perf_counter()
            if now >= next_due:
                next_due = self.fire_due(now)
            if self.report_at is not None and time.time() >= self.report_at:
                self.report_at = None
                cpu = (time.process_time() - self.cpu_at_start) / (self.window[1] - self.window[0] + 0.3)
                self.pipe.send(("samples", (self.samples, self.errors[:5], len(self.errors) + self.late, cpu)))
            for key, _ in self.selector.select(max(0.0, min(next_due - time.perf_counter(), 0.05))):
                if key.data is None:
                    if not self.command():
                        return
                else:
                    self.on_readable(key.data)


def run_worker(port: int, root: str, cadence: float, worker_id: int, pipe: Connection, nice: int) -> None:
    raise_priority(nice)
    Worker(port, root, cadence, worker_id, pipe).run()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=100, help="sessions added per step")
    parser.add_argument("--max", type=int, default=1000, help="stop after this many sessions")
    parser.add_argument("--window", type=float, default=8.0, help="measurement window per step (s)")
    parser.add_argument("--workers", type=int, default=2, help="EV load processes")
    parser.add_argument("--cadence", type=float, default=0.25, help="ChargeLoop period per session (s)")
    parser.add_argument("--nice", type=int, default=-10,
                        help="niceness increment for the SECC and EV processes (default -10: root only)")
    args = parser.parse_args()

    autogroup = Path("/proc/self/autogroup")
    try:  # "/autogroup-N nice K": restored at exit, the group is shared with the calling shell
        original_group_nice = autogroup.read_text().split()[-1]
    except OSError:
        original_group_nice = None
    raise_priority(args.nice)
    pki = bench_pki(Path(tempfile.mkdtemp(prefix="secc-bench-")))
    chain, key, root = str(pki.secc_chain), str(pki.secc_key), str(pki.v2g_root)

    ctx = mp.get_context("spawn")
    secc_pipe, secc_child = ctx.Pipe()
    secc = ctx.Process(target=run_secc, args=(chain, key, secc_child, args.nice), daemon=True)
    secc.start()
    port = secc_pipe.recv()
    workers, pipes = [], []
    for i in range(args.workers):
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=run_worker, args=(port, root, args.cadence, i, child, args.nice), daemon=True)
        proc.start()
        workers.append(proc)
        pipes.append(parent)

    print(f"SECC pid {secc.pid} on [::1]:{port} (TLS 1.3), {args.workers} EV worker processes, "
          f"ChargeLoop every {args.cadence * 1000:.0f} ms per session, {os.cpu_count()} CPUs, nice {args.nice} "
          f"(process and autogroup), "
          f"load average before start {os.getloadavg()[0]:.1f}")
    print("response time = EV side (send -> response read, includes the EV processes' own scheduling);")
    print("SECC = inside the SECC (frame received -> response written); cpu = SECC process CPU share (EV cpu: all EV processes); "
          "gc = longest garbage-collection pause in the SECC")
    print(f"{'sessions':>8} {'req/s':>7} {'median ms':>9} {'p99 ms':>7} {'max ms':>7} "
          f"{'SECC p50':>8} {'SECC p99':>8} {'cpu':>5} {'EV cpu':>6} {'gc ms':>6} {'errors':>6}")
    best = 0
    sessions = 0
    per_request_cpu: list[float] = []
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
            start = time.time() + 0.2
            window = (start, start + args.window)
            secc_pipe.send(window)
            for pipe in pipes:
                pipe.send(("measure", window))
            samples: list[float] = []
            errors = 0
            ev_cpu = 0.0
            examples: list[str] = []
            for pipe in pipes:
                _, (worker_samples, worker_examples, worker_errors, worker_cpu) = pipe.recv()
                ev_cpu += worker_cpu
                samples += worker_samples
                errors += worker_errors
                examples += worker_examples
            secc_samples, cpu_share, gc_max = secc_pipe.recv()
            secc_samples.sort()
            samples.sort()
            if not samples or not secc_samples:
                print(f"{sessions:>8} no responses; errors: {examples}")
                break
            p50, p99 = statistics.median(samples) * 1000, percentile(samples, 0.99) * 1000
            rate = len(samples) / args.window
            if cpu_share > 0:
                per_request_cpu.append(cpu_share / rate)
            s50, s99 = statistics.median(secc_samples) * 1000, percentile(secc_samples, 0.99) * 1000
            print(f"{sessions:>8} {rate:>7.0f} {p50:>9.2f} {p99:>7.2f} {samples[-1] * 1000:>7.1f} "
                  f"{s50:>8.2f} {s99:>8.2f} {cpu_share:>5.0%} {ev_cpu:>6.0%} {gc_max * 1000:>6.1f} {errors:>6}", flush=True)
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
        if original_group_nice is not None:
            try:
                autogroup.write_text(original_group_nice)
            except OSError:
                pass
    print(f"largest session count with p99 < {TARGET_P99_MS:.0f} ms and no errors: {best} "
          f"(target >= 500)")
    if per_request_cpu:
        cost = statistics.median(per_request_cpu)
        print(f"SECC CPU per ChargeLoop request (user+system, incl. TLS and loopback TCP): {cost * 1e6:.0f} us "
              f"-> one fully used core would serve ~{1 / cost * args.cadence:.0f} sessions at this cadence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
