"""TCP stream reassembly for captures: segments in any order, retransmitted or overlapping, in bytes out.

Wireshark and tshark do this inside their dissectors; scapy (our packet library) has no reassembly that
copes with loss and reordering, so this is the one piece the capture reader had to write itself.
Sequence numbers are compared modulo 2**32, so streams that wrap around are handled.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_MOD = 1 << 32
_HALF = 1 << 31
#: Out-of-order bytes held while waiting for a gap to fill; past this the gap is declared lost.
MAX_PENDING_BYTES = 4 << 20


def _after(a: int, b: int) -> int:
    """Signed distance from b to a in sequence space (> 0: a is after b)."""
    d = (a - b) % _MOD
    return d - _MOD if d >= _HALF else d


@dataclass
class Gap:
    """Bytes the capture never saw (lost before the capture, or dropped by it)."""

    offset: int  # stream offset where the hole starts
    length: int


@dataclass
class HalfStream:
    """One direction of a TCP connection. `add` returns what became contiguous: bytes, and a `Gap`
    where the stream had to skip bytes the capture never held (a reader must resynchronise there)."""

    next_seq: int | None = None
    offset: int = 0  # stream bytes delivered so far
    retransmitted: int = 0  # duplicate bytes seen again (retransmissions, overlaps)
    gaps: list[Gap] = field(default_factory=list)
    fin: bool = False
    _pending: dict[int, bytes] = field(default_factory=dict)
    _pending_bytes: int = 0

    def add(self, seq: int, payload: bytes, *, syn: bool = False, fin: bool = False) -> list[bytes | Gap]:
        if syn:
            self.next_seq = (seq + 1) % _MOD
            seq = self.next_seq
        if fin:
            self.fin = True
        if not payload:
            return []
        if self.next_seq is None:  # capture started mid-stream: take the first segment seen as the start
            self.next_seq = seq
        if _after(seq, self.next_seq) > 0:
            kept = self._pending.get(seq, b"")
            if len(payload) > len(kept):
                self._pending[seq] = payload
                self._pending_bytes += len(payload) - len(kept)
            else:
                self.retransmitted += len(payload)
            if self._pending_bytes > MAX_PENDING_BYTES:
                return self._skip_gap()
            return []
        return _pieces(self._take(seq, payload) + self._drain())

    def acknowledged(self, ack: int) -> list[bytes | Gap]:
        """The peer acknowledged up to `ack`: held bytes behind a hole below it can never be completed by
        a retransmission the capture will see, so the hole is declared now rather than at the end."""
        if self.next_seq is None or not self._pending or _after(ack, self.next_seq) <= 0:
            return []
        return self._skip_gap()

    def _take(self, seq: int, payload: bytes) -> bytes:
        """Accept a segment starting at or before next_seq; trim what was already delivered."""
        assert self.next_seq is not None
        overlap = -_after(seq, self.next_seq)
        if overlap >= len(payload):
            self.retransmitted += len(payload)
            return b""
        self.retransmitted += overlap
        fresh = payload[overlap:]
        self.next_seq = (self.next_seq + len(fresh)) % _MOD
        self.offset += len(fresh)
        return fresh

    def _drain(self) -> bytes:
        out = bytearray()
        progress = True
        while progress and self._pending:
            progress = False
            for seq in list(self._pending):
                assert self.next_seq is not None
                if _after(seq, self.next_seq) <= 0:
                    payload = self._pending.pop(seq)
                    self._pending_bytes -= len(payload)
                    out += self._take(seq, payload)
                    progress = True
        return bytes(out)

    def _skip_gap(self) -> list[bytes | Gap]:
        """Give up on the hole before the earliest held segment: record it, continue after it."""
        assert self.next_seq is not None
        base = self.next_seq
        first = min(self._pending, key=lambda s: _after(s, base))
        gap = Gap(self.offset, _after(first, base))
        self.gaps.append(gap)
        self.offset += gap.length
        self.next_seq = first
        return [gap, *_pieces(self._drain())]

    def finish(self) -> list[bytes | Gap]:
        """End of capture: whatever is still held sits after holes that never filled."""
        out: list[bytes | Gap] = []
        while self._pending:
            out += self._skip_gap()
        return out


def _pieces(data: bytes) -> list[bytes | Gap]:
    return [data] if data else []
