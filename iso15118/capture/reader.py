"""Captured packets in, V2G events out: SDP over UDP, SLAC (HomePlug AV management frames), and per
TCP connection the V2GTP messages, reassembled, decrypted with a key log where TLS is used, decoded.

    for event in read_capture("session.pcapng", keylog=KeyLog.load("keys.log")):
        ...
    reader = CaptureReader(keylog)          # live: feed frames, e.g. from scapy's sniff(prn=...)
    events = reader.frame(raw_bytes, time); events += reader.finish()

scapy reads the pcap/pcapng files; the Ethernet/IP/TCP/UDP headers are unpacked here with struct, which
is many times faster than dissecting every packet with scapy and is all the reader needs of them.
"""
from __future__ import annotations

import functools
import ipaddress
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iso15118 import sdp
from iso15118.capture.events import CaptureEvent, Connection, ConnectionEvent, Endpoint, SDPEvent, SLACEvent, V2GEvent
from iso15118.capture.tcp import Gap, HalfStream
from iso15118.capture.tlsdecrypt import KeyLog, TLSConnection, TLSOutput
from iso15118.capture.v2g import FrameError, FrameParser, NamespaceTracker
from iso15118.slac import constants as slac_constants
from iso15118.slac import messages as slac_messages
from iso15118.v2gtp import PayloadType

_TLS_HANDSHAKE = 0x16
LINKTYPE_ETHERNET = 1
LINKTYPE_LINUX_SLL = 113


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
    guess_noted: bool = False


class CaptureReader:
    """Turns packets into events; keeps per-connection state until `finish`."""

    def __init__(self, keylog: KeyLog | None = None) -> None:
        self.keylog = keylog
        self._conversations: dict[frozenset[Endpoint], _Conversation] = {}
        self._connections = 0
        self.packets = 0

    def packet(self, pkt: Any) -> list[CaptureEvent]:
        """A scapy packet (live capture)."""
        return self.frame(bytes(pkt), float(pkt.time))

    def frame(self, data: bytes, at: float, linktype: int = LINKTYPE_ETHERNET) -> list[CaptureEvent]:
        self.packets += 1
        try:
            parsed = _parse(data, linktype)
        except (struct.error, IndexError, ValueError):
            return []  # truncated or not IP: nothing V2G to say about it
        if parsed is None:
            return []
        if isinstance(parsed, _HomePlug):
            return [_slac(at, parsed.frame)]
        if parsed.protocol == _UDP:
            if sdp.SDP_PORT in (parsed.sport, parsed.dport):
                return [_sdp(at, Endpoint(parsed.src, parsed.sport), Endpoint(parsed.dst, parsed.dport), parsed.payload)]
            return []
        return self._tcp(at, parsed)

    def _tcp(self, at: float, segment: _Segment) -> list[CaptureEvent]:
        src, dst = Endpoint(segment.src, segment.sport), Endpoint(segment.dst, segment.dport)
        flags = segment.flags
        syn, fin, rst, ack = bool(flags & 0x02), bool(flags & 0x01), bool(flags & 0x04), bool(flags & 0x10)
        payload = segment.payload
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
            events += self._deliver(at, conv, not from_ev, conv.sides[not from_ev].stream.acknowledged(segment.ack))
        pieces = side.stream.add(segment.seq, payload, syn=syn, fin=fin)
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
            if conv.namespaces.guessed is not None and not conv.guess_noted:
                conv.guess_noted = True
                events.append(ConnectionEvent(at, conv.connection, from_ev, f"namespace guessed (handshake not "
                                              f"captured): {conv.namespaces.guessed}; DIN and -2 streams can "
                                              "decode in each other's schema"))
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
    from scapy.utils import RawPcapReader

    reader = CaptureReader(keylog)
    with RawPcapReader(str(path)) as packets:  # picks the pcapng reader by the file's magic
        default_linktype = getattr(packets, "linktype", LINKTYPE_ETHERNET)
        for data, meta in packets:
            if hasattr(meta, "tshigh"):  # pcapng
                ng: Any = meta
                at, linktype = ((ng.tshigh << 32) | ng.tslow) / ng.tsresol, ng.linktype
            else:
                at, linktype = meta.sec + meta.usec / 1e6, default_linktype
            yield from reader.frame(data, at, linktype)
    yield from reader.finish()


# --- link, network and transport headers --------------------------------------------------------------
_ETHERTYPE_IPV4, _ETHERTYPE_IPV6, _ETHERTYPE_VLAN = 0x0800, 0x86DD, 0x8100
_TCP, _UDP = 6, 17


@dataclass(frozen=True)
class _HomePlug:
    frame: bytes  # the Ethernet frame, as iso15118.slac.messages decodes it


@dataclass(frozen=True)
class _Segment:
    protocol: int
    src: str
    dst: str
    sport: int
    dport: int
    payload: bytes
    seq: int = 0
    ack: int = 0
    flags: int = 0


@functools.lru_cache(maxsize=1024)
def _address(packed: bytes) -> str:
    return str(ipaddress.ip_address(packed))


def _parse(data: bytes, linktype: int) -> _HomePlug | _Segment | None:
    if linktype == LINKTYPE_ETHERNET:
        ethertype, offset = struct.unpack_from(">H", data, 12)[0], 14
        while ethertype == _ETHERTYPE_VLAN:
            ethertype, offset = struct.unpack_from(">H", data, offset + 2)[0], offset + 4
        if ethertype == slac_constants.ETH_P_HOMEPLUG:
            return _HomePlug(data)
    elif linktype == LINKTYPE_LINUX_SLL:  # `tcpdump -i any`
        ethertype, offset = struct.unpack_from(">H", data, 14)[0], 16
    else:
        return None
    if ethertype == _ETHERTYPE_IPV6:
        protocol, src, dst = data[offset + 6], data[offset + 8:offset + 24], data[offset + 24:offset + 40]
        end = offset + 40 + struct.unpack_from(">H", data, offset + 4)[0]
        offset += 40  # extension headers do not occur in V2G traffic; such packets are not TCP/UDP here
        addresses = (_address(src), _address(dst))
    elif ethertype == _ETHERTYPE_IPV4:
        header = (data[offset] & 0x0F) * 4
        protocol, end = data[offset + 9], offset + struct.unpack_from(">H", data, offset + 2)[0]
        addresses = (_address(data[offset + 12:offset + 16]), _address(data[offset + 16:offset + 20]))
        offset += header
    else:
        return None
    if protocol == _UDP:
        sport, dport = struct.unpack_from(">HH", data, offset)
        return _Segment(_UDP, *addresses, sport, dport, bytes(data[offset + 8:end]))
    if protocol == _TCP:
        sport, dport, seq, ack, off_flags = struct.unpack_from(">HHIIH", data, offset)
        return _Segment(_TCP, *addresses, sport, dport, bytes(data[offset + (off_flags >> 12) * 4:end]), seq, ack,
                        off_flags & 0x3F)
    return None


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
