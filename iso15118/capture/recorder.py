"""`--pcap FILE` for secc and evcc: the V2G traffic of this process as a pcapng file Wireshark opens.

The real packets are captured on the interface the sessions use (SDP, TCP/TLS, SLAC frames). Each TLS
connection is also written a second time, decrypted, as a plain TCP conversation between two
unique-local addresses (fd00:15:118:<n>::e -> ::5, the real ports, a packet comment naming the real
endpoints), so a plain Wireshark shows the V2GTP/EXI without a key log. Decryption uses the TLS secrets
of this process's own context, written to a private temporary file (mode 0600, deleted on stop) unless
--keylog already names one. Capturing needs root (or CAP_NET_RAW), as tcpdump does.
"""
from __future__ import annotations

import dataclasses
import logging
import os
import ssl
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iso15118.capture.events import CaptureEvent, Connection, ConnectionEvent, V2GEvent
from iso15118.capture.reader import CaptureReader
from iso15118.capture.tlsdecrypt import KeyLog
from iso15118.v2gtp import pack

logger = logging.getLogger(__name__)
_MSS = 1400


class CaptureNotPossibleError(OSError):
    """The process cannot capture packets (not root, no such interface)."""


@dataclass
class _Synthetic:
    """One decrypted connection as a plain TCP conversation."""

    connection: Connection
    ev_seq: int = 1000
    secc_seq: int = 5000
    closed: bool = False

    def addresses(self) -> tuple[str, str]:
        n = self.connection.index & 0xFFFF
        return f"fd00:15:118:{n:x}::e", f"fd00:15:118:{n:x}::5"


class PcapRecorder:
    def __init__(self, path: str | Path, interface: str, *, bpf: str = "tcp or udp port 15118 or ether proto 0x88e1",
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.path = Path(path)
        self.interface = interface
        self.bpf = bpf
        self.ssl_context = ssl_context
        self.packets = 0
        self._lock = threading.Lock()
        self._synthetic: dict[int, _Synthetic] = {}
        self._tls_connections: set[int] = set()
        self._own_keylog: str | None = None
        self._sniffer: Any = None
        self._writer: Any = None
        self._reader: CaptureReader | None = None

    def start(self) -> None:
        from scapy.sendrecv import AsyncSniffer
        from scapy.utils import PcapNgWriter

        keylog: KeyLog | None = None
        if self.ssl_context is not None:
            if self.ssl_context.keylog_filename is None:
                fd, self._own_keylog = tempfile.mkstemp(prefix="v2g-keys-", suffix=".log")
                os.close(fd)
                self.ssl_context.keylog_filename = self._own_keylog
            keylog = KeyLog.load(self.ssl_context.keylog_filename)
        self._reader = CaptureReader(keylog)
        self._writer = PcapNgWriter(str(self.path))
        running = threading.Event()
        self._sniffer = AsyncSniffer(iface=self.interface, filter=self.bpf, prn=self._packet, store=False,
                                     started_callback=running.set)
        self._sniffer.start()
        deadline = time.monotonic() + 5.0
        while not running.wait(0.02):  # the socket opens on the sniffer's thread; a failure ends that thread
            if not self._sniffer.thread.is_alive() or time.monotonic() > deadline:
                self._sniffer = None
                raise CaptureNotPossibleError(
                    f"cannot capture on {self.interface}: no such interface, or no permission "
                    "(capturing needs root or CAP_NET_RAW)")
        logger.warning("recording V2G traffic on %s to %s", self.interface, self.path)

    def _packet(self, pkt: Any) -> None:
        with self._lock:
            assert self._reader is not None
            self._writer.write(pkt)
            self.packets += 1
            try:
                events = self._reader.packet(pkt)
            except Exception:  # the capture file matters more than its decrypted copy
                logger.exception("could not follow a captured packet; it is recorded as captured")
                return
            for event in events:
                self._synthesize(event)

    def _synthesize(self, event: CaptureEvent) -> None:
        if isinstance(event, ConnectionEvent):
            if "TLS" in event.text and "negotiated" in event.text:
                self._tls_connections.add(event.connection.index)
            elif event.text.startswith(("closed", "reset")) and event.connection.index in self._synthetic:
                self._close(self._synthetic[event.connection.index], event.time)
            return
        if not isinstance(event, V2GEvent) or event.connection.index not in self._tls_connections:
            return
        stream = self._synthetic.get(event.connection.index)
        if stream is None:
            stream = self._synthetic[event.connection.index] = _Synthetic(event.connection)
            self._handshake(stream, event.time)
        data = pack(event.payload_type, event.payload)
        for start in range(0, len(data), _MSS):
            self._segment(stream, event.from_ev, "PA", data[start:start + _MSS], event.time)

    def _segment(self, s: _Synthetic, from_ev: bool, flags: str, payload: bytes, at: float) -> None:
        from scapy.layers.inet import TCP
        from scapy.layers.inet6 import IPv6
        from scapy.layers.l2 import Ether
        from scapy.packet import Raw

        ev, secc = s.addresses()
        c = s.connection
        src, dst = ((ev, c.ev.port), (secc, c.secc.port)) if from_ev else ((secc, c.secc.port), (ev, c.ev.port))
        seq, ack = (s.ev_seq, s.secc_seq) if from_ev else (s.secc_seq, s.ev_seq)
        tcp = TCP(sport=src[1], dport=dst[1], flags=flags, seq=seq, ack=ack if "A" in flags else 0, window=65535)
        pkt = Ether(src="02:15:11:80:00:0e" if from_ev else "02:15:11:80:00:05",
                    dst="02:15:11:80:00:05" if from_ev else "02:15:11:80:00:0e") / IPv6(src=src[0], dst=dst[0]) / tcp
        if payload:
            pkt = pkt / Raw(payload)
        pkt = Ether(bytes(pkt))
        pkt.time = at
        pkt.comments = [f"decrypted V2GTP of connection {c.ev} -> {c.secc}".encode()]
        self._writer.write(pkt)
        advance = len(payload) + (1 if "S" in flags or "F" in flags else 0)
        if from_ev:
            s.ev_seq += advance
        else:
            s.secc_seq += advance

    def _handshake(self, s: _Synthetic, at: float) -> None:
        self._segment(s, True, "S", b"", at)
        self._segment(s, False, "SA", b"", at)
        self._segment(s, True, "A", b"", at)

    def _close(self, s: _Synthetic, at: float) -> None:
        if not s.closed:
            s.closed = True
            self._segment(s, True, "FA", b"", at)
            self._segment(s, False, "FA", b"", at)

    def stop(self) -> None:
        if self._sniffer is not None:
            try:
                self._sniffer.stop()
            except Exception:  # noqa: BLE001 - a sniffer that never ran has nothing to stop
                logger.debug("sniffer stop", exc_info=True)
        with self._lock:
            if self._reader is not None:
                now = time.time()
                for event in self._reader.finish():
                    if event.time != event.time:  # NaN: end-of-capture facts carry no packet time
                        event = dataclasses.replace(event, time=now)
                    self._synthesize(event)
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        if self._own_keylog is not None:
            if self.ssl_context is not None:
                self.ssl_context.keylog_filename = None  # type: ignore[assignment]
            Path(self._own_keylog).unlink(missing_ok=True)
            self._own_keylog = None
