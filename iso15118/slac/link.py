"""Raw Ethernet I/O for HomePlug frames (AF_PACKET, EtherType 0x88E1) on asyncio."""
from __future__ import annotations

import asyncio
import logging
import socket

from . import constants as c
from .netns import packet_socket

log = logging.getLogger(__name__)

PACKET_OUTGOING = 4  # sll_pkttype of our own transmissions, which packet sockets also see
PACKET_IGNORE_OUTGOING = 23
SOL_PACKET = 263
READ_BATCH = 64


class RawLink:
    """Frames in (an asyncio queue) and out of one interface; the socket may live in another namespace."""

    def __init__(self, ifname: str, netns: str | None = None, proto: int = c.ETH_P_HOMEPLUG,
                 queue_size: int = 1024) -> None:
        self.ifname, self.netns, self.proto = ifname, netns, proto
        self.sock: socket.socket = packet_socket(netns, ifname, proto)
        try:
            self.sock.setsockopt(SOL_PACKET, PACKET_IGNORE_OUTGOING, 1)
        except OSError:
            pass  # older kernels: outgoing copies are filtered by pkttype below
        self.mac: str = self.sock.getsockname()[4].hex(":")
        self.queue: asyncio.Queue[bytes] = asyncio.Queue(queue_size)
        self.dropped = 0
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self.sock.fileno(), self._readable)

    def _readable(self) -> None:
        for _ in range(READ_BATCH):  # bounded: a flooding peer must not monopolise the event loop
            try:
                data, addr = self.sock.recvfrom(65535)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # interface gone (namespace torn down): stop reading
                log.debug("%s: receive failed: %s", self.ifname, exc)
                self._loop.remove_reader(self.sock.fileno())
                return
            if addr[2] == PACKET_OUTGOING:
                continue
            try:
                self.queue.put_nowait(data)
            except asyncio.QueueFull:
                self.dropped += 1

    def send(self, frame: bytes) -> None:
        try:
            self.sock.send(frame)
        except OSError as exc:  # a full or vanished interface loses the frame, like a powerline would
            self.dropped += 1
            log.debug("%s: send failed: %s", self.ifname, exc)

    async def recv(self) -> bytes:
        return await self.queue.get()

    def close(self) -> None:
        if self.sock.fileno() >= 0:
            self._loop.remove_reader(self.sock.fileno())
            self.sock.close()
