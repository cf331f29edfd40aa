"""A TLS client and server talking through memory BIOs: the exact record bytes of each direction,
and the key log the client wrote, without sockets (for the capture reader's decryption tests)."""
from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Wire:
    """The bytes each side put on the wire, in the order they were sent: (from_client, data)."""

    chunks: list[tuple[bool, bytes]] = field(default_factory=list)


def converse(client_ctx: ssl.SSLContext, server_ctx: ssl.SSLContext, exchanges: list[tuple[bool, bytes]]) -> Wire:
    """Handshake, then send each (from_client, data), then close_notify from the client."""
    c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    client = client_ctx.wrap_bio(c_in, c_out, server_side=False)
    server = server_ctx.wrap_bio(s_in, s_out, server_side=True)
    wire = Wire()

    def pump() -> None:
        for _ in range(50):
            moved = False
            data = c_out.read()
            if data:
                wire.chunks.append((True, data))
                s_in.write(data)
                moved = True
            data = s_out.read()
            if data:
                wire.chunks.append((False, data))
                c_in.write(data)
                moved = True
            if not moved:
                return

    for _ in range(20):
        done = 0
        for side in (client, server):
            try:
                side.do_handshake()
                done += 1
            except ssl.SSLWantReadError:
                pass
        pump()
        if done == 2:
            break
    for from_client, data in exchanges:
        (client if from_client else server).write(data)
        pump()
        receiver = server if from_client else client
        received = b""
        while len(received) < len(data):
            received += receiver.read(65536)
        pump()
    try:
        client.unwrap()
    except ssl.SSLWantReadError:
        pass
    pump()
    return wire


def keylogged(ctx: ssl.SSLContext, path: Path) -> ssl.SSLContext:
    ctx.keylog_filename = str(path)
    return ctx
