"""`--pcap FILE` for secc and evcc: the V2G traffic of this process as a pcapng file Wireshark opens.

While the sessions run, a capture process of its own only copies frames from a raw packet socket (BPF
filtered in the kernel, 8 MiB receive buffer) into the file, so recording costs the sessions little and
misses nothing while their event loop is busy. On stop, each TLS connection is written a second time,
decrypted, as a plain TCP conversation between two unique-local addresses (fd00:15:118:<n>::e -> ::5, the
real ports, a packet comment naming the real endpoints), so a plain Wireshark shows the V2GTP/EXI without
a key log. Decryption uses the TLS secrets of this process's own context, written to a private temporary
file (mode 0600, deleted on stop) unless --keylog already names one. Capturing needs root or CAP_NET_RAW.
"""
from __future__ import annotations

import logging
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iso15118.capture.events import CaptureEvent, Connection, ConnectionEvent, V2GEvent
from iso15118.capture.reader import read_capture
from iso15118.capture.tlsdecrypt import KeyLog
from iso15118.v2gtp import pack

logger = logging.getLogger(__name__)
_MSS = 1400
_ETH_P_ALL = 0x0003
_PACKET_OUTGOING = 4
_LINKTYPE_ETHERNET = 1
_RCVBUF = 8 << 20


class CaptureNotPossibleError(OSError):
    """The process cannot capture packets (no such interface, no CAP_NET_RAW)."""


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
        self._process: subprocess.Popen[bytes] | None = None
        self._own_keylog: str | None = None

    def start(self) -> None:
        """Start the capture process; returns once it captures (raises CaptureNotPossibleError if it cannot)."""
        self._process = subprocess.Popen(
            [sys.executable, "-m", "iso15118.capture.recorder", self.interface, self.bpf, str(self.path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": _import_root()})
        assert self._process.stdout is not None and self._process.stderr is not None
        line = self._process.stdout.readline()
        if line.strip() != b"capturing":
            self._process.wait(10)
            reason = self._process.stderr.read().decode(errors="replace").strip().splitlines()
            self._process = None
            raise CaptureNotPossibleError(reason[-1] if reason else f"cannot capture on {self.interface}")
        if self.ssl_context is not None and self.ssl_context.keylog_filename is None:
            fd, self._own_keylog = tempfile.mkstemp(prefix="v2g-keys-", suffix=".log")
            os.close(fd)
            self.ssl_context.keylog_filename = self._own_keylog
        logger.warning("recording V2G traffic on %s to %s", self.interface, self.path)

    def stop(self) -> None:
        """Stop capturing, then add the decrypted copy of every TLS connection to the file."""
        if self._process is None:
            return
        self._process.send_signal(signal.SIGTERM)
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None
        try:
            keylog = KeyLog.load(self.ssl_context.keylog_filename) if self.ssl_context is not None and \
                self.ssl_context.keylog_filename else None
            _append_decrypted(self.path, keylog)
        finally:
            if self._own_keylog is not None:
                if self.ssl_context is not None:
                    self.ssl_context.keylog_filename = None  # type: ignore[assignment]
                Path(self._own_keylog).unlink(missing_ok=True)
                self._own_keylog = None


def _import_root() -> str:
    """The directory `iso15118` is imported from, for the capture process (also when run from a checkout)."""
    root = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)


def capture(interface: str, bpf: str, path: str) -> int:
    """The capture process: frames from a raw packet socket into a pcapng file until SIGTERM.

    Its own process, so that the sessions' event loop never waits for this loop's turn at the GIL."""
    from scapy.arch.linux import attach_filter
    from scapy.utils import RawPcapNgWriter

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops us in order
    try:
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(_ETH_P_ALL))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _RCVBUF)
        attach_filter(sock, bpf, interface)
        sock.bind((interface, _ETH_P_ALL))
    except OSError as exc:
        hint = " (capturing needs root or CAP_NET_RAW)" if isinstance(exc, PermissionError) else ""
        print(f"cannot capture on {interface}: {exc.strerror or exc}{hint}", file=sys.stderr)
        return 2
    sock.settimeout(0.1)
    writer = RawPcapNgWriter(path)
    writer.linktype = _LINKTYPE_ETHERNET
    writer.write_header(None)  # a valid file even if nothing is captured
    print("capturing", flush=True)
    loopback = interface == "lo"
    while not stop.is_set():
        try:
            frame, address = sock.recvfrom(65600)
        except (socket.timeout, InterruptedError):
            continue
        if loopback and address[2] == _PACKET_OUTGOING:
            continue  # lo shows every frame twice: as sent and as received
        writer.write_packet(frame, sec=time.time())  # pcapng: a float; scapy ignores usec there
    writer.close()
    return 0


def _append_decrypted(path: Path, keylog: KeyLog | None) -> None:
    """Rewrite `path` with each TLS connection's decrypted V2GTP stream added beside the real packets."""
    from scapy.utils import PcapNgReader, PcapNgWriter

    synthetic = _DecryptedCopy()
    for event in read_capture(path, keylog):
        synthetic.add(event)
    if not synthetic.packets:
        return
    packets = list(PcapNgReader(str(path))) + synthetic.packets
    packets.sort(key=lambda p: float(p.time))
    tmp = path.with_suffix(path.suffix + ".tmp")
    with PcapNgWriter(str(tmp)) as writer:
        for pkt in packets:
            writer.write(pkt)
    os.replace(tmp, path)


class _DecryptedCopy:
    def __init__(self) -> None:
        self.packets: list[Any] = []
        self._streams: dict[int, _Synthetic] = {}
        self._tls: set[int] = set()
        self._last = 0.0

    def add(self, event: CaptureEvent) -> None:
        if event.time == event.time:  # not NaN (end-of-capture facts carry no time)
            self._last = event.time
        if isinstance(event, ConnectionEvent):
            if "TLS" in event.text and "negotiated" in event.text:
                self._tls.add(event.connection.index)
            elif event.text.startswith(("closed", "reset")) and event.connection.index in self._streams:
                self._close(self._streams[event.connection.index])
            return
        if not isinstance(event, V2GEvent) or event.connection.index not in self._tls:
            return
        stream = self._streams.get(event.connection.index)
        if stream is None:
            stream = self._streams[event.connection.index] = _Synthetic(event.connection)
            for from_ev, flags in ((True, "S"), (False, "SA"), (True, "A")):
                self._segment(stream, from_ev, flags, b"")
        data = pack(event.payload_type, event.payload)
        for start in range(0, len(data), _MSS):
            self._segment(stream, event.from_ev, "PA", data[start:start + _MSS])

    def _close(self, s: _Synthetic) -> None:
        if not s.closed:
            s.closed = True
            self._segment(s, True, "FA", b"")
            self._segment(s, False, "FA", b"")

    def _segment(self, s: _Synthetic, from_ev: bool, flags: str, payload: bytes) -> None:
        from scapy.layers.inet import TCP
        from scapy.layers.inet6 import IPv6
        from scapy.layers.l2 import Ether
        from scapy.packet import Raw

        ev, secc = s.addresses()
        c = s.connection
        src, dst = ((ev, c.ev.port), (secc, c.secc.port)) if from_ev else ((secc, c.secc.port), (ev, c.ev.port))
        seq, ack = (s.ev_seq, s.secc_seq) if from_ev else (s.secc_seq, s.ev_seq)
        pkt = (Ether(src="02:15:11:80:00:0e" if from_ev else "02:15:11:80:00:05",
                     dst="02:15:11:80:00:05" if from_ev else "02:15:11:80:00:0e")
               / IPv6(src=src[0], dst=dst[0])
               / TCP(sport=src[1], dport=dst[1], flags=flags, seq=seq, ack=ack if "A" in flags else 0, window=65535))
        if payload:
            pkt = pkt / Raw(payload)
        pkt = Ether(bytes(pkt))
        pkt.time = self._last
        pkt.comments = [f"decrypted V2GTP of connection {c.ev} -> {c.secc}".encode()]
        self.packets.append(pkt)
        advance = len(payload) + (1 if "S" in flags or "F" in flags else 0)
        if from_ev:
            s.ev_seq += advance
        else:
            s.secc_seq += advance


if __name__ == "__main__":
    sys.exit(capture(*sys.argv[1:4]))
