"""ISO 15118-2 Table 15 / RFC 6335: SECC server port and EVCC client ports come from 49152-65535.

Josev drops an SDP response announcing a port outside that range (issue 11), so "port 0" must never
mean the kernel's ephemeral range (32768-60999 on Linux).
"""
from __future__ import annotations

import asyncio
import errno
import socket

import pytest

from iso15118 import netutil, v2gtp
from iso15118.netutil import DYNAMIC_PORTS, DynamicPortsExhaustedError, bind_dynamic_port


def picks(*ports: int):  # type: ignore[no-untyped-def]
    it = iter(ports)
    return lambda _range: next(it)


async def test_bind_retries_only_on_address_in_use() -> None:
    tried: list[int] = []

    async def bind(port: int) -> int:
        tried.append(port)
        if port != 50002:
            raise OSError(errno.EADDRINUSE, "in use")
        return port

    assert await bind_dynamic_port(bind, pick=picks(50000, 50001, 50002)) == 50002
    assert tried == [50000, 50001, 50002]


async def test_other_bind_errors_are_not_retried() -> None:
    calls = 0

    async def bind(port: int) -> None:
        nonlocal calls
        calls += 1
        raise OSError(errno.EACCES, "denied")

    with pytest.raises(OSError) as info:
        await bind_dynamic_port(bind)
    assert info.value.errno == errno.EACCES and calls == 1


async def test_exhausted_range_is_a_typed_error() -> None:
    async def bind(port: int) -> None:
        raise OSError(errno.EADDRINUSE, "in use")

    with pytest.raises(DynamicPortsExhaustedError, match="49152-65535 after 3 tries"):
        await bind_dynamic_port(bind, attempts=3)


async def test_default_picks_stay_in_the_dynamic_range() -> None:
    seen = {await bind_dynamic_port(lambda p: asyncio.sleep(0, p)) for _ in range(200)}
    assert all(p in DYNAMIC_PORTS for p in seen) and len(seen) > 100


async def _noop(conn: v2gtp.V2GTPConnection) -> None:
    await conn.receive(timeout=5)


async def test_secc_port_zero_listens_on_a_dynamic_port() -> None:
    async with await v2gtp.start_server(_noop, "::1", 0, ssl_context=None, allow_plain_tcp=True) as server:
        assert server.port in DYNAMIC_PORTS


async def test_a_taken_port_is_skipped_on_real_sockets() -> None:
    async def listen(port: int) -> asyncio.Server:
        return await asyncio.start_server(lambda r, w: None, "::1", port)

    first = await bind_dynamic_port(listen)
    busy = first.sockets[0].getsockname()[1]
    other = busy + 1 if busy < DYNAMIC_PORTS.stop - 1 else busy - 1
    try:
        second = await bind_dynamic_port(listen, pick=picks(busy, other))
        assert second.sockets[0].getsockname()[1] == other
        second.close()
    finally:
        first.close()


async def test_secc_explicit_port_is_kept() -> None:
    probe = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    probe.bind(("::1", 0))
    port = probe.getsockname()[1]
    probe.close()
    async with await v2gtp.start_server(_noop, "::1", port, ssl_context=None, allow_plain_tcp=True) as server:
        assert server.port == port


async def test_evcc_source_port_is_dynamic() -> None:
    peers: list[int] = []

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        peers.append(conn.peer[1])

    async with await v2gtp.start_server(handle, "::1", 0, ssl_context=None, allow_plain_tcp=True) as server:
        assert server.port in DYNAMIC_PORTS
        for _ in range(3):  # reconnects too (earlier ports may sit in TIME_WAIT)
            conn = await v2gtp.open_connection("::1", server.port, ssl_context=None, allow_plain_tcp=True)
            await asyncio.sleep(0.05)
            await conn.close()
    assert len(peers) == 3 and all(p in DYNAMIC_PORTS for p in peers)
