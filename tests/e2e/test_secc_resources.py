"""A long-running SECC: ended sessions free their memory at once, the summary history is bounded, and
one session's maximum-size messages cannot push another session's ChargeLoop past its timeout."""
from __future__ import annotations

import asyncio
import gc
import json
import ssl
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from e2e_harness import Certificates

from iso15118 import exi, tls, v2gtp
from iso15118.messages.common_types import responseCodeType as RC
from iso15118.session.framing import decode_payload, payload_type_of
from iso15118.session.timers import evcc_msg_timeout
from iso15118.session.trace import JSONLinesLog
from evcc import probe as p
from secc.config import SECCConfig
from secc.controller import ControlMode as M, EnergyService as S
from secc.server import SECCServer
from secc.session import SECCSession, SessionCallbacks
from secc.simulator import SimulatedEVSE

ROOT = Path(__file__).resolve().parents[2]


def connect(certificates: Certificates, port: int) -> Callable[[], object]:
    ctx = tls.evcc_client_context([certificates.v2g_root])

    async def open_probe() -> p.ProbeClient:
        return p.ProbeClient(await v2gtp.open_connection("::1", port, ssl_context=ctx), timeout=10.0)

    return open_probe


async def full_session(open_probe: Callable, service: S) -> None:
    c = await open_probe()
    await c.start_charging(service, M.Dynamic)
    await c.request(p.charge_loop(c.session_id, service, M.Dynamic))
    for r in await c.stop(service):
        assert r.ResponseCode is RC.OK
    await c.conn.close()


async def app_protocol_only(open_probe: Callable) -> None:
    c = await open_probe()
    await c.request(p.sap_request(True))
    await c.conn.close()


async def test_ended_sessions_are_freed_without_the_garbage_collector(certificates: Certificates, tmp_path: Path) -> None:
    """A long-running SECC tunes the collector (secc.cli.tune_gc) so that full collections are rare:
    anything of a session left in a reference cycle (its TLS connection with the SSL buffers) stayed
    in memory for hours. With the collector off, a collection afterwards must find none of it."""
    ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=ctx, log_path=str(tmp_path / "log.jsonl"))
    await server.start("::1", 0)
    open_probe = connect(certificates, server.port)
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            await app_protocol_only(open_probe)  # ends on "connection closed" (an exception path)
        await full_session(open_probe, S.AC)  # ends on SessionStop, with a controller holding its handle
        await full_session(open_probe, S.DC)
        async with asyncio.timeout(5.0):
            while len(server.summaries) < 5:
                await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)  # the transports' close callbacks
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = sorted({type(o).__name__ for o in gc.garbage
                       if isinstance(o, (SECCSession, v2gtp.V2GTPConnection, ssl.SSLObject, SimulatedEVSE, JSONLinesLog))})
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
        await server.close()
    assert left == []


async def test_the_summary_history_is_bounded(certificates: Certificates) -> None:
    ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
    ended: list[str] = []
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=ctx, summary_history=3,
                        callbacks=SessionCallbacks(session_ended=lambda s: ended.append(s.end_reason)))
    await server.start("::1", 0)
    try:
        open_probe = connect(certificates, server.port)
        for _ in range(5):
            await app_protocol_only(open_probe)
        async with asyncio.timeout(5.0):
            while len(ended) < 5:
                await asyncio.sleep(0.01)
    finally:
        await server.close()
    assert len(server.summaries) == 3  # the callback saw all 5


@asynccontextmanager
async def secc_process(certificates: Certificates, tmp_path: Path, log: Path) -> AsyncIterator[tuple[int, int]]:
    """The `secc` command (TLS 1.3, JSON-lines log on) in its own process: yields (pid, port)."""
    config = tmp_path / "secc.toml"
    config.write_text(
        f'[server]\nhost = "::1"\nport = 0\nsdp = false\ntrace = false\n'
        f'tls_cert = "{certificates.secc_chain}"\ntls_key = "{certificates.secc_key}"\n'
        '[secc]\nevse_id = "DE*PNX*E12345*1"\nservices = ["AC", "DC"]\ncontrol_modes = ["Scheduled", "Dynamic"]\n'
        "[simulator]\ncable_check_duration_s = 0.0\n"
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "secc.cli", str(config), "--log", str(log), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    assert proc.stdout is not None

    async def drain() -> None:
        assert proc.stdout is not None
        while await proc.stdout.read(65536):
            pass

    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
        assert "listening on port" in line, line
        output = asyncio.get_running_loop().create_task(drain())
        yield proc.pid, int(line.split("port ")[1].split()[0])
    finally:
        if proc.returncode is None:
            proc.terminate()
            await asyncio.wait_for(proc.wait(), 10)
    await output


def rss_kb(pid: int) -> int:
    return next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                if line.startswith("VmRSS:"))


async def test_the_secc_process_does_not_grow_per_tls_connection(certificates: Certificates, tmp_path: Path) -> None:
    """Before: ~40-110 KB more RSS per TLS connection with the log on (hundreds of MB in a day). The
    bound here is generous (allocator noise); the benchmark measures the real figure."""
    connections = 400
    async with secc_process(certificates, tmp_path, tmp_path / "log.jsonl") as (pid, port):
        open_probe = connect(certificates, port)
        for _ in range(100):  # warm-up: codec tables, allocator arenas, the log writer thread
            await app_protocol_only(open_probe)
        await asyncio.sleep(0.3)
        before = rss_kb(pid)
        for _ in range(connections):
            await app_protocol_only(open_probe)
        await asyncio.sleep(0.3)
        grown_kb = rss_kb(pid) - before
    assert grown_kb < 8 * connections, f"{grown_kb} KB more after {connections} TLS connections"


async def test_maximum_size_messages_of_other_peers_do_not_stall_a_dc_charge_loop(
    certificates: Certificates, tmp_path: Path
) -> None:
    """Eight peers send the largest valid ScheduleExchangeReq (~64 KB of EXI) at the same moment while an EV
    is in the DC charge loop: each of its ChargeLoopRes must still come within its timeout (0.5 s). Before,
    decoding and logging them on the event loop delayed it by up to 2.5 s."""
    timeout = evcc_msg_timeout("DC_ChargeLoopReq")
    log = tmp_path / "log.jsonl"
    async with secc_process(certificates, tmp_path, log) as (_pid, port):
        open_probe = connect(certificates, port)
        ev = await open_probe()
        await ev.start_charging(S.DC, M.Dynamic)
        loop_req = p.charge_loop(ev.session_id, S.DC, M.Dynamic)
        loop_frame = exi.encode(loop_req)
        worst = 0.0
        for _ in range(2):
            peers = []
            for _ in range(8):  # set up and encode first: the EV's timing below must not include our own work
                c = await open_probe()
                await c.setup(S.DC, M.Scheduled)
                await c.request(p.charge_parameter_discovery(c.session_id, S.DC))
                big = p.largest_schedule_exchange(c.session_id)
                peers.append((c, payload_type_of(big), exi.encode(big)))

            async def send_and_wait(c: p.ProbeClient, payload_type: v2gtp.PayloadType, payload: bytes) -> bytes:
                await c.conn.send(payload_type, payload)
                return (await c.conn.receive(timeout=30.0))[1]

            burst = asyncio.gather(*(send_and_wait(*peer) for peer in peers))
            while not burst.done():
                started = time.monotonic()
                await ev.conn.send(payload_type_of(loop_req), loop_frame)
                payload_type, payload = await ev.conn.receive(timeout=10.0)
                worst = max(worst, time.monotonic() - started)
                assert decode_payload(payload_type, payload).ResponseCode is RC.OK
                await asyncio.sleep(0.02)
            answers = await burst
            for c, _, _ in peers:
                await c.conn.close()
            assert all(decode_payload(v2gtp.PayloadType.MAIN, answer).ResponseCode is RC.OK for answer in answers)
        await ev.conn.close()
    assert worst < timeout, f"a DC_ChargeLoopRes took {worst:.3f} s (EV timeout {timeout} s)"
    offers = [line for line in map(json.loads, log.read_text().splitlines())
              if "Scheduled_SEReqControlMode" in line.get("msg", {}).get("ScheduleExchangeReq", {})]
    assert len(offers) == 16 and all(line["cut"] for line in offers)  # cut, with a note of what
