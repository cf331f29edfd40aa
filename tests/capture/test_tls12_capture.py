"""A TLS 1.2 connection with ISO 15118-2's cipher suite (ECDHE-ECDSA-AES128-SHA256 on P-256), captured with
tcpdump between two namespaces, decrypts with the client's key log and its V2GTP frames decode."""
from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

from iso15118 import exi, v2gtp
from iso15118.capture import KeyLog, V2GEvent, read_capture, summarize_sessions
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import MessageHeaderType
from iso15118.session.app_protocol import ISO15118_20_DC, build_request
from iso15118.session.framing import payload_type_of
from tests.capture.conftest import _tcpdump, requires_tcpdump
from tests.netns_helpers import NETNS_MARKS, NetnsLoop, veth_link
from tests.transport.certs import make_chain

pytestmark = [*NETNS_MARKS, requires_tcpdump]

_NO_ENCRYPT_THEN_MAC = 1 << 19  # as the -2 era stacks: MAC-then-encrypt CBC


async def test_tls12_iso2_suite_capture(tmp_path: Path) -> None:
    chain = make_chain(tmp_path, "secc", "p256")
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    server_ctx.set_ciphers("ECDHE-ECDSA-AES128-SHA256")
    server_ctx.options |= _NO_ENCRYPT_THEN_MAC
    server_ctx.load_cert_chain(chain.chain, chain.key)
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.check_hostname = False
    client_ctx.load_verify_locations(chain.root)
    client_ctx.keylog_filename = str(tmp_path / "keys.log")
    request = build_request([ISO15118_20_DC])
    setup = cm.SessionSetupReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=1), EVCCID="WMIV1234567890ABCD")
    frames = [v2gtp.pack(v2gtp.PayloadType.SAP, exi.encode(request)), v2gtp.pack(payload_type_of(setup), exi.encode(setup))]
    pcap = tmp_path / "tls12.pcap"
    with veth_link("t12-") as link, NetnsLoop(link.a.netns) as server_loop, NetnsLoop(link.b.netns) as client_loop:
        dump = await _tcpdump(link.b.netns, link.b.ifname, pcap)

        async def serve() -> asyncio.Server:
            async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
                for _ in frames:  # answer each frame with itself: both directions carry V2GTP
                    writer.write(v2gtp.pack(*await v2gtp.read_message(reader)))
                    await writer.drain()
                writer.close()

            return await asyncio.start_server(echo, f"{link.a.address}%{link.a.ifname}", 50123, ssl=server_ctx)

        server = await server_loop.run(serve())

        async def talk() -> None:
            reader, writer = await asyncio.open_connection(f"{link.a.address}%{link.b.ifname}", 50123, ssl=client_ctx)
            for frame in frames:
                writer.write(frame)
                await writer.drain()
                await v2gtp.read_message(reader)
            writer.close()

        await client_loop.run(talk())

        async def close() -> None:
            server.close()

        await server_loop.run(close())
        await asyncio.sleep(0.3)
        dump.send_signal(2)
        await dump.wait()
    events = list(read_capture(pcap, KeyLog.load(tmp_path / "keys.log")))
    decoded = [type(e.message).__name__ for e in events if isinstance(e, V2GEvent) and e.message is not None]
    assert decoded == ["supportedAppProtocolReq"] * 2 + ["SessionSetupReq"] * 2
    [summary] = summarize_sessions(events)
    assert summary.tls == "TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256" and summary.errors == []
