"""Captured packets in, V2G events out: SDP over UDP, SLAC (HomePlug AV management frames), and per
TCP connection the V2GTP messages, reassembled, decrypted with a key log where TLS is used, decoded.

    for event in read_capture("session.pcapng", keylog=KeyLog.load("keys.log")):
        ...
    reader = CaptureReader(keylog)          # live: feed scapy packets, e.g. from sniff(prn=...)
    events = reader.packet(pkt); events += reader.finish()
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scapy.layers.inet import IP, TCP, UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.packet import Packet
from scapy.utils import PcapReader

from iso15118 import sdp
from iso15118.capture.events import CaptureEvent, Connection, ConnectionEvent, Endpoint, SDPEvent, SLACEvent, V2GEvent
from iso15118.capture.tcp import Gap, HalfStream
from iso15118.capture.tlsdecrypt import KeyLog, TLSConnection, TLSOutput
from iso15118.capture.v2g import FrameError, FrameParser, NamespaceTracker
from iso15118.slac import constants as slac_constants
from iso15118.slac import messages as slac_messages
from iso15118.v2gtp import PayloadType

_TLS_HANDSHAKE = 0x16


@dataclass
class _Side:
    stream: HalfStream = field(default_factory=HalfStream)
    frames: FrameParser = field(default_factory=FrameParser)


@dataclass
class _Conversation:
    connection: Connection
    sides: dict[bool, _Side] = field(default_factory=lambda: {True: _Side(), False: _Side()})
    tls: TLSConnection | None = None
    kind: str | None = None  # "tls" | "plain", from the EV's first bytes
    namespaces: NamespaceTracker = field(default_factory=NamespaceTracker)
    closed: bool = False


class CaptureReader:
    """Turns packets into events; keeps per-connection state until `finish`."""

    def __init__(self, keylog: KeyLog | None = None) -> None:
        self.keylog = keylog
        self._conversations: dict[frozenset[Endpoint], _Conversation] = {}
        self._connections = 0
        self.packets = 0

    def packet(self, pkt: Packet) -> list[CaptureEvent]:
        self.packets += 1
        at = float(pkt.time)
        if pkt.haslayer(Ether) and pkt[Ether].type == slac_constants.ETH_P_HOMEPLUG:
            return [_slac(at, bytes(pkt[Ether]))]
        ip = pkt.getlayer(IPv6) or pkt.getlayer(IP)
        if ip is None:
            return []
        if pkt.haslayer(UDP):
            udp = pkt[UDP]
            if sdp.SDP_PORT in (udp.sport, udp.dport):
                return [_sdp(at, Endpoint(ip.src, udp.sport), Endpoint(ip.dst, udp.dport), bytes(udp.payload))]
            return []
        if pkt.haslayer(TCP):
            return self._tcp(at, Endpoint(ip.src, pkt[TCP].sport), Endpoint(ip.dst, pkt[TCP].dport), pkt[TCP])
        return []

    def _tcp(self, at: float, src: Endpoint, dst: Endpoint, tcp: TCP) -> list[CaptureEvent]:
        flags = int(tcp.flags)
        syn, fin, rst, ack = bool(flags & 0x02), bool(flags & 0x01), bool(flags & 0x04), bool(flags & 0x10)
        payload = bytes(tcp.payload)
        key = frozenset((src, dst))
        conv = self._conversations.get(key)
        events: list[CaptureEvent] = []
        if conv is None or (conv.closed and syn and not ack):
            if not (syn and not ack) and not payload:
                return []  # a stray ACK of a connection we never saw carry data
            self._connections += 1
            conv = _Conversation(Connection(self._connections, ev=src, secc=dst))
            self._conversations[key] = conv
            how = "opened" if syn else "seen mid-stream (no SYN captured; the side that spoke first is taken as the EV)"
            events.append(ConnectionEvent(at, conv.connection, None, how))
        from_ev = src == conv.connection.ev
        side = conv.sides[from_ev]
        if ack:
            events += self._deliver(at, conv, not from_ev, conv.sides[not from_ev].stream.acknowledged(int(tcp.ack)))
        pieces = side.stream.add(int(tcp.seq), payload, syn=syn, fin=fin)
        events += self._deliver(at, conv, from_ev, pieces)
        if rst and not conv.closed:
            conv.closed = True
            events.append(ConnectionEvent(at, conv.connection, from_ev, f"reset by the {_who(from_ev)}"))
        elif fin and not conv.closed:
            conv.closed = side.stream.fin and conv.sides[not from_ev].stream.fin
            events.append(ConnectionEvent(at, conv.connection, from_ev, f"closed by the {_who(from_ev)}"))
        return events

    def _deliver(self, at: float, conv: _Conversation, from_ev: bool, pieces: list[bytes | Gap]) -> list[CaptureEvent]:
        if not pieces:
            return []
        events: list[CaptureEvent] = []
        if conv.kind is None:
            first = next((p for p in pieces if isinstance(p, bytes)), b"")
            if not first:
                return []
            conv.kind = "tls" if first[0] == _TLS_HANDSHAKE else "plain"
            if conv.kind == "tls":
                conv.tls = TLSConnection(self.keylog)
        if conv.tls is not None:
            for piece in pieces:
                if isinstance(piece, Gap):
                    events.append(ConnectionEvent(at, conv.connection, from_ev,
                                                  f"{piece.length} bytes missing from the capture: TLS cannot be followed past them", error=True))
                else:
                    events += self._decrypted(at, conv, from_ev, conv.tls.feed(from_ev, piece))
            return events
        return self._frames(at, conv, from_ev, pieces)

    def _decrypted(self, at: float, conv: _Conversation, from_ev: bool | None, out: TLSOutput) -> list[CaptureEvent]:
        events: list[CaptureEvent] = [ConnectionEvent(at, conv.connection, from_ev, note) for note in out.notes]
        events += [ConnectionEvent(at, conv.connection, from_ev, error, error=True) for error in out.errors]
        for side, data in out.data.items():
            if data:
                events += self._frames(at, conv, side, [data])
        return events

    def _frames(self, at: float, conv: _Conversation, from_ev: bool, pieces: list[bytes | Gap]) -> list[CaptureEvent]:
        events: list[CaptureEvent] = []
        side = conv.sides[from_ev]
        for item in side.frames.feed(pieces):
            if isinstance(item, FrameError):
                events.append(ConnectionEvent(at, conv.connection, from_ev, f"offset {item.offset}: {item.text}", error=True))
                continue
            namespace, message, error = conv.namespaces.decode(item.payload_type, item.payload)
            events.append(V2GEvent(at, conv.connection, from_ev, item.offset, item.payload_type, item.payload,
                                   namespace, message, error))
        return events

    def finish(self) -> list[CaptureEvent]:
        """End of capture: report what is still held (holes that never filled, frames cut off)."""
        events: list[CaptureEvent] = []
        for conv in self._conversations.values():
            if conv.tls is not None:
                events += self._decrypted(float("nan"), conv, None, conv.tls.finish())
            for from_ev, side in conv.sides.items():
                events += self._deliver(float("nan"), conv, from_ev, side.stream.finish())
                events += [ConnectionEvent(float("nan"), conv.connection, from_ev, f"offset {e.offset}: {e.text}", error=True)
                           for e in side.frames.finish()]
            if conv.tls is not None and conv.tls.undecryptable:
                events.append(ConnectionEvent(float("nan"), conv.connection, None,
                                              f"{conv.tls.undecryptable} TLS records not decrypted (no keys)", error=True))
        return events


def read_capture(path: str | Path, keylog: KeyLog | None = None) -> Iterator[CaptureEvent]:
    """Every event of a pcap or pcapng file, in capture order."""
    reader = CaptureReader(keylog)
    with PcapReader(str(path)) as packets:
        for pkt in packets:
            yield from reader.packet(pkt)
    yield from reader.finish()


def _who(from_ev: bool) -> str:
    return "EV" if from_ev else "SECC"


def _sdp(at: float, src: Endpoint, dst: Endpoint, datagram: bytes) -> SDPEvent:
    try:
        kind = PayloadType(int.from_bytes(datagram[2:4], "big")) if len(datagram) >= 4 else None
        if kind is PayloadType.SDP_RESPONSE:
            return SDPEvent(at, src, dst, sdp.SDPResponse.from_datagram(datagram))
        return SDPEvent(at, src, dst, sdp.SDPRequest.from_datagram(datagram))
    except (sdp.SDPError, ValueError) as exc:
        return SDPEvent(at, src, dst, None, f"invalid SDP datagram ({len(datagram)} bytes): {exc}")


def _slac(at: float, frame: bytes) -> SLACEvent:
    src = ":".join(f"{b:02x}" for b in frame[6:12])
    dst = ":".join(f"{b:02x}" for b in frame[0:6])
    try:
        decoded = slac_messages.decode(frame)
        return SLACEvent(at, src, dst, type(decoded.message).__name__, decoded.message)
    except slac_messages.FrameError as exc:
        mmtype = slac_messages.mmtype_of(frame)
        name = f"MMTYPE 0x{mmtype:04X}" if mmtype is not None else "HomePlug frame"
        return SLACEvent(at, src, dst, name, None, str(exc))
