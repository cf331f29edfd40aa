"""Closing a connection to a peer that takes nothing more (link down, frozen EV) must not hang."""
from __future__ import annotations

import asyncio
import socket

import pytest

from iso15118 import v2gtp


async def test_close_aborts_when_the_peer_takes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(v2gtp, "CLOSE_TIMEOUT_S", 0.3)
    accepted: asyncio.Queue[v2gtp.V2GTPConnection] = asyncio.Queue()

    async def on_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await accepted.put(v2gtp.V2GTPConnection(reader, writer))

    server = await asyncio.start_server(on_client, "::1", 0)
    port = server.sockets[0].getsockname()[1]
    peer = socket.create_connection(("::1", port))  # connected, never reads: a frozen EV
    try:
        conn = await asyncio.wait_for(accepted.get(), 5)
        with pytest.raises(TimeoutError):  # kernel buffers full: the rest waits in the transport
            for _ in range(10000):
                await asyncio.wait_for(conn.send(v2gtp.PayloadType.MAIN, b"\0" * 60000), 0.5)
        await asyncio.wait_for(conn.close(), v2gtp.CLOSE_TIMEOUT_S + 2.0)  # before: waited for TCP to give up
        assert conn.is_closing
    finally:
        peer.close()
        server.close()
        await server.wait_closed()
