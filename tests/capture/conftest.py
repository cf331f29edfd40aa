"""Real sessions between our SECC and EVCC in two namespaces over a veth pair, captured with tcpdump on
the EV's interface (SDP, then TLS 1.3 with the EV's key log, or plain TCP): the capture reader's input."""
from __future__ import annotations

import asyncio
import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from evcc.client import EVCCClient, SessionReport
from iso15118 import tls
from secc.config import SECCConfig
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE
from tests.e2e.e2e_harness import evcc_config, make_certificates, make_vehicle
from tests.netns_helpers import NetnsLoop, veth_link


@dataclass
class CapturedSession:
    pcap: Path
    keylog: Path | None
    report: SessionReport
    ev_trace: list[str]  # the EVCC's own trace lines: what the capture must show

    def ev_messages(self) -> list[str]:
        """Message names in the order the EV sent and received them."""
        return [line.split()[3] for line in self.ev_trace]


async def _tcpdump(netns: str, ifname: str, out: Path) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        "ip", "netns", "exec", netns, "tcpdump", "-i", ifname, "--immediate-mode", "-U", "-s", "0", "-w", str(out),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    assert proc.stderr is not None
    line = await asyncio.wait_for(proc.stderr.readline(), 10)  # "listening on ..." once the capture runs
    assert b"listening" in line, line
    return proc


async def capture_session(tmp: Path, *, use_tls: bool, service: Any = None) -> CapturedSession:
    certificates = make_certificates(tmp / "pki") if use_tls else None
    keylog = tmp / "keys.log" if use_tls else None
    pcap = tmp / "session.pcap"
    with veth_link("cap-") as link, NetnsLoop(link.a.netns) as secc_loop, NetnsLoop(link.b.netns) as ev_loop:
        dump = await _tcpdump(link.b.netns, link.b.ifname, pcap)
        try:
            async def serve() -> SECCServer:
                ctx = (tls.secc_server_context(certificates.secc_chain, certificates.secc_key,
                                               client_auth=tls.ClientAuth.NONE) if certificates else None)
                server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=ctx, allow_plain_tcp=not use_tls)
                await server.start("::", 0, interface=link.a.ifname)
                return server

            server = await secc_loop.run(serve())
            trace: list[str] = []

            async def drive() -> SessionReport:
                kw = {"service": service} if service is not None else {}
                config = evcc_config(allow_plain_tcp=not use_tls, max_charge_loops=4, **kw)
                ctx = None
                if certificates is not None:
                    ctx = tls.evcc_client_context([certificates.v2g_root])
                    assert keylog is not None
                    tls.enable_keylog(ctx, keylog)
                client = EVCCClient(make_vehicle(config), config, ssl_context=ctx, trace=trace.append)
                return await client.run_discovered(link.b.ifname)

            report = await asyncio.wait_for(ev_loop.run(drive()), 60)
            await secc_loop.run(server.close())
            await asyncio.sleep(0.3)  # let tcpdump see the last FIN/ACKs
        finally:
            dump.send_signal(signal.SIGINT)
            await asyncio.wait_for(dump.wait(), 10)
    return CapturedSession(pcap, keylog, report, trace)


requires_tcpdump = pytest.mark.skipif(shutil.which("tcpdump") is None, reason="needs tcpdump (Debian package tcpdump)")

Capture = Callable[..., Any]
