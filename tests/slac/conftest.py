"""Shared pieces of the SLAC socket tests: the netns skip and IPv6 probes between namespaces."""
from __future__ import annotations

import asyncio
import socket

import pytest

from iso15118.slac.netns import inside, require_netns_capability, socket_in
from iso15118.slac.plcsim import Station

_REASON = require_netns_capability()
requires_netns = pytest.mark.skipif(_REASON is not None, reason=_REASON or "")


RESEND_INTERVAL = 0.25


async def ipv6_reaches(src: Station, dst: Station, port: int = 15118, timeout: float = 0.4) -> bool:
    """Send a real UDP/IPv6 datagram between link-local addresses (neighbour discovery included).

    The datagram is re-sent every RESEND_INTERVAL. Expecting success, give a second or more: a neighbour
    entry left incomplete by an earlier blocked attempt is only probed again at the kernel's retransmit
    interval (1 s)."""
    loop = asyncio.get_running_loop()
    with inside(dst.netns):
        dst_scope = socket.if_nametoindex(dst.ifname)
    with inside(src.netns):
        src_scope = socket.if_nametoindex(src.ifname)
    rx = socket_in(dst.netns, socket.AF_INET6, socket.SOCK_DGRAM)
    tx = socket_in(src.netns, socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        rx.bind((dst.link_local, port, 0, dst_scope))
        rx.setblocking(False)
        tx.setblocking(False)
        payload = f"{src.name}->{dst.name}".encode()

        async def send_until_received() -> None:
            while True:  # as an application would: a neighbour entry may have failed while the link was down
                tx.sendto(payload, (dst.link_local, port, 0, src_scope))
                await asyncio.sleep(RESEND_INTERVAL)

        sender = asyncio.create_task(send_until_received())
        try:
            data = await asyncio.wait_for(loop.sock_recv(rx, 100), timeout)
        except asyncio.TimeoutError:
            return False
        finally:
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)
        return data == payload
    finally:
        rx.close()
        tx.close()
