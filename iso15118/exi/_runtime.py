"""Bit-level EXI primitives shared by the generated codec: bit writer/reader, typed values, string tables.

Bit-packed alignment, as ISO 15118-20 uses EXI. Readers check every length against the bits that are left
before allocating anything, so a hostile length field costs nothing. Like the reference, they do not check
length facets: the encoder enforces those, the session states judge what they read.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import EXIDecodeError, EXIEncodeError

if TYPE_CHECKING:
    from ._any import QNames

_MAX_UINT_OCTETS = 40     # 280 bits: more than any -20 integer (xs:integer X509SerialNumber included)


class BitWriter:
    __slots__ = ("buf", "acc", "n")

    def __init__(self) -> None:
        self.buf = bytearray()
        self.acc = 0
        self.n = 0

    def bits(self, v: int, n: int) -> None:
        self.acc = (self.acc << n) | v
        n += self.n
        self.n = n
        if n > 512:
            r = n & 7
            self.buf += (self.acc >> r).to_bytes(n >> 3, "big")
            self.acc &= (1 << r) - 1
            self.n = r

    def uint(self, v: int) -> None:
        if v < 128:
            n = self.n + 8
            self.acc = (self.acc << 8) | v
        else:
            acc = 0
            n = 8
            while v >= 128:
                acc = (acc << 8) | (v & 127) | 128
                v >>= 7
                n += 8
            self.acc = (self.acc << n) | (acc << 8) | v
            n += self.n
        self.n = n
        if n > 512:
            self.bits(0, 0)

    def sint(self, v: int) -> None:
        if v < 0:
            self.bits(1, 1)
            self.uint(-v - 1)
        else:
            self.bits(0, 1)
            self.uint(v)

    def uint_ee(self, v: int, h: int = 0, hn: int = 0) -> None:
        """The hn-bit event code h, uint(v), then the EE (code 0, one bit) that ends a simple element: one
        accumulator update whatever the value (no call for the common small one)."""
        if v < 128:
            x = (h << 9) | (v << 1)
            k = hn + 9
        else:
            o, k = _varint(v)
            x = (((h << k) | o) << 1)
            k += hn + 1
        self.acc = (self.acc << k) | x
        k += self.n
        self.n = k
        if k > 512:
            self.bits(0, 0)

    def sint_ee(self, v: int, h: int = 0, hn: int = 0) -> None:
        """The same for sint(v) (the sign bit before the magnitude)."""
        if -129 < v < 128:
            x = (h << 10) | ((512 | ((-v - 1) << 1)) if v < 0 else v << 1)
            k = hn + 10
        else:
            o, k = _varint(-v - 1 if v < 0 else v)
            x = (((((h << 1) | (v < 0)) << k) | o) << 1)
            k += hn + 2
        self.acc = (self.acc << k) | x
        k += self.n
        self.n = k
        if k > 512:
            self.bits(0, 0)

    def binary_el(self, v: bytes, lo: int | None, hi: int | None, h: int = 0, hn: int = 0) -> None:
        """A binary element's content after the hn-bit event code h: EE at once for b"" (escape, then
        second-level code 0, as EXIficient), else CH, the value and EE, in one write."""
        check_len(v, bytes, lo, hi, "")
        n = len(v)
        if not n:
            self.bits((h << 4) | 8, hn + 4)
        elif n < 128:
            self.bits((((h << 9) | n) << (8 * n + 1)) | (int.from_bytes(v, "big") << 1), hn + 8 * n + 10)
        else:
            o, k = _varint(n)
            self.bits((((h << (k + 1)) | o) << (8 * n + 1)) | (int.from_bytes(v, "big") << 1), hn + k + 8 * n + 2)

    def chars_el(self, v: str, lo: int | None, hi: int | None, h: int = 0, hn: int = 0) -> None:
        """The same for a string element (the value as a string-table miss, see chars)."""
        check_len(v, str, lo, hi, "")
        n = len(v)
        if not n:
            self.bits((h << 4) | 8, hn + 4)
            return
        raw = v.encode("ascii") if v.isascii() else _varint_octets(v)
        k = len(raw) * 8
        if n < 126:
            self.bits((((h << 9) | (n + 2)) << (k + 1)) | (int.from_bytes(raw, "big") << 1), hn + k + 10)
        else:
            o, m = _varint(n + 2)
            self.bits((((h << (m + 1)) | o) << (k + 1)) | (int.from_bytes(raw, "big") << 1), hn + m + k + 2)

    def binary(self, b: bytes) -> None:
        n = len(b)
        self.uint(n)
        if n:
            self.bits(int.from_bytes(b, "big"), n * 8)

    def chars(self, s: str) -> None:
        """Length + 2 (the string-table miss), then the code points (codepoints)."""
        self.uint(len(s) + 2)
        if s:
            self.codepoints(s)

    def codepoints(self, s: str) -> None:
        """Each code point of s as an unsigned integer, all octets written with one call."""
        raw = s.encode("ascii") if s.isascii() else _varint_octets(s)
        self.bits(int.from_bytes(raw, "big"), len(raw) * 8)

    def getvalue(self) -> bytes:
        pad = -self.n & 7
        out = self.buf + (self.acc << pad).to_bytes((self.n + pad) >> 3, "big")
        return bytes(out)


def _varint(v: int) -> tuple[int, int]:
    """The octets of EXI unsigned integer v (v >= 128: seven bits each, least significant first, the
    continuation bit set on all but the last) as one int, and their bit count."""
    o = 0
    k = 8
    while v >= 128:
        o = (o << 8) | (v & 127) | 128
        v >>= 7
        k += 8
    return (o << 8) | v, k


def reader(data: bytes) -> BitReader:
    """A reader for data: shifting one int is fastest for typical messages, a byte window for long ones."""
    return BitReader(data) if len(data) <= 512 else WindowBitReader(data)


class BitReader:
    __slots__ = ("val", "end", "pos", "data")
    whole = True        # val holds the whole stream (a WindowBitReader's does not)

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.val = int.from_bytes(data, "big")
        self.data = data
        self.end = len(data) * 8
        self.pos = pos

    def bits(self, n: int) -> int:
        p = self.pos + n
        end = self.end
        if p > end:
            raise EXIDecodeError(self.pos, [], "premature end of stream")
        self.pos = p
        return (self.val >> (end - p)) & ((1 << n) - 1)

    def uint(self) -> int:
        v = self.bits(8)
        if v < 128:
            return v
        v &= 127
        shift = 7
        for _ in range(_MAX_UINT_OCTETS):
            b = self.bits(8)
            v |= (b & 127) << shift
            if b < 128:
                return v
            shift += 7
        raise EXIDecodeError(self.pos, [], "unsigned integer too long")

    def sint(self) -> int:
        if self.bits(1):
            return -self.uint() - 1
        return self.uint()

    def uint_ee(self, k: int = 0, signed: bool = False) -> int | None:
        """A simple element's k prefix bits (its event code bits, the CH bit and, signed, the sign), which
        must be 0 but for the sign, then uint() and the EE (code 0, one bit) that must end the element.
        Values of up to three octets (below 2**21) come from one read. None, with nothing read, when the
        prefix is not 0: an untyped value or an unexpected event, which the caller reads."""
        n = self.end - self.pos
        if n < k + 9:                           # too short for the one-read path
            pre = self.bits(k)
            if pre >> 1 if signed else pre:
                self.pos -= k
                return None
            v = self.uint()
            if self.bits(1):
                raise EXIDecodeError(self.pos, [], "unsupported event after value")
            return -v - 1 if signed and pre else v
        if n > k + 41:
            n = k + 41
        if self.whole:                          # bits(n) inline: n bits are left
            p = self.pos + n
            self.pos = p
            x = (self.val >> (self.end - p)) & ((1 << n) - 1)
        else:
            x = self.bits(n)
        sh = n - k - 9                          # x: prefix, octets from bit sh + 1 up, the EE bit at sh
        pre = x >> (n - k)
        if k:
            if pre >> 1 if signed else pre:
                self.pos -= n
                return None
        o = (x >> (sh + 1)) & 255
        if o < 128:                             # one octet (the common case), unrolled up to three
            v = o
        else:
            sh -= 8
            if sh < 0:
                sh = -1
            else:
                b = (x >> (sh + 1)) & 255
                v = (o & 127) | ((b & 127) << 7)
                if b >= 128:
                    sh -= 8
                    if sh < 0:
                        sh = -1
                    else:
                        b = (x >> (sh + 1)) & 255
                        v |= (b & 127) << 14
                        if b >= 128:
                            sh = -1             # four octets or more
        if sh >= 0:
            self.pos -= sh
            if (x >> sh) & 1:
                raise EXIDecodeError(self.pos, [], "unsupported event after value")
        else:                                   # longer, or the stream ends inside: octet by octet
            self.pos -= n - k
            v = self.uint()
            if self.bits(1):
                raise EXIDecodeError(self.pos, [], "unsupported event after value")
        return -v - 1 if signed and pre else v

    def binary_ee(self) -> bytes:
        """binary(), then the EE that must end a simple element, the octets and EE with one read."""
        n = self.uint()
        if n * 8 > self.end - self.pos:
            raise EXIDecodeError(self.pos, [], f"binary length {n} exceeds the stream")
        x = self.bits(n * 8 + 1)
        if x & 1:
            raise EXIDecodeError(self.pos, [], "unsupported event after value")
        return (x >> 1).to_bytes(n, "big")

    def binary(self) -> bytes:
        n = self.uint()
        if n * 8 > self.end - self.pos:
            raise EXIDecodeError(self.pos, [], f"binary length {n} exceeds the stream")
        return self.bits(n * 8).to_bytes(n, "big") if n else b""

    def chars(self, n: int) -> str:
        if n * 8 > self.end - self.pos:
            raise EXIDecodeError(self.pos, [], f"string length {n} exceeds the stream")
        if not n:
            return ""
        start = self.pos
        raw = self.bits(n * 8).to_bytes(n, "big")
        if raw.isascii():
            return raw.decode("ascii")
        # n code points of 1-3 octets each (0x10FFFF has 21 bits): parse them from one read of the octets
        k = min(3 * n, (self.end - start) >> 3)
        self.pos = start
        raw = self.bits(k * 8).to_bytes(k, "big")
        s, used = _varint_chars(raw, n)
        if used:
            self.pos = start + used * 8
            return s
        self.pos = start                # a non-canonical (over-long) code point: the general reader
        out = []
        for _ in range(n):
            cp = self.uint()
            if cp > 0x10FFFF:
                raise EXIDecodeError(self.pos, [], "invalid code point")
            out.append(chr(cp))
        return "".join(out)


class _Octets(dict):
    """char -> its EXI unsigned-integer octets, cached up to _CACHE characters (then computed each time)."""

    def __missing__(self, ch: str) -> bytes:
        c = ord(ch)
        if c < 128:
            o = bytes((c,))
        elif c < 16384:
            o = bytes(((c & 127) | 128, c >> 7))
        else:
            o = bytes(((c & 127) | 128, ((c >> 7) & 127) | 128, c >> 14))
        if len(self) < _CACHE:
            self[ch] = o
        return o


_CACHE = 4096
_OCTETS = _Octets()
_ASCII_RUN = re.compile(rb"[\x00-\x7f]*")


def _varint_octets(s: str) -> bytes:
    """The EXI unsigned-integer octets of every code point of s."""
    return b"".join(map(_OCTETS.__getitem__, s))


def _varint_chars(raw: bytes, n: int) -> tuple[str, int]:
    """n code points from their unsigned-integer octets at the start of raw, and how many octets they took:
    runs of one-octet (ASCII) code points at C speed, the others one by one. ("", 0) when raw ends first
    or a code point is over-long or out of range (the caller's general reader decides)."""
    out = []
    i = 0
    k = len(raw)
    left = n
    while left:
        if i + 1 >= k:
            if i < k and left == 1 and raw[i] < 128:
                out.append(chr(raw[i]))
                i += 1
                break
            return "", 0
        if raw[i] < 128:
            j = _ASCII_RUN.match(raw, i).end()  # type: ignore[union-attr]
            if j - i >= left:
                out.append(raw[i:i + left].decode("ascii"))
                i += left
                break
            out.append(raw[i:j].decode("ascii"))
            left -= j - i
            i = j
            if i + 1 >= k:
                return "", 0
        c = raw[i + 1]
        if c < 128:
            cp = (raw[i] & 127) | (c << 7)
            i += 2
        else:
            if i + 2 >= k or raw[i + 2] >= 128:
                return "", 0
            cp = (raw[i] & 127) | ((c & 127) << 7) | (raw[i + 2] << 14)
            i += 3
            if cp > 0x10FFFF:
                return "", 0
        out.append(chr(cp))
        left -= 1
    return "".join(out), i


class WindowBitReader(BitReader):
    """Shifts a 256-byte window instead of the whole stream, so long messages (2048 schedule entries,
    certificate chains) decode in linear time."""
    __slots__ = ("wbase", "wend", "wval")
    whole = False

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.val = 0
        self.end = len(data) * 8
        self.pos = pos
        self.wbase = self.wend = self.wval = 0

    def bits(self, n: int) -> int:
        p = self.pos
        e = p + n
        if e > self.wend or p < self.wbase:
            if e > self.end:
                raise EXIDecodeError(p, [], "premature end of stream")
            b0 = p >> 3
            b1 = min(len(self.data), b0 + max(256, (n >> 3) + 2))
            self.wval = int.from_bytes(self.data[b0:b1], "big")
            self.wbase = b0 << 3
            self.wend = b1 << 3
        self.pos = e
        return (self.wval >> (self.wend - e)) & ((1 << n) - 1)


class StringTable:
    """EXI value string table: one global partition plus one local partition per qname.

    The encoder writes every value as a miss (the reference codec uses value partition capacity 0). The
    decoder still keeps the tables, so streams from an encoder that does use them (local/global hits)
    decode too; they grow only with the input, never with a length field."""
    __slots__ = ("glob", "gidx", "loc", "ns", "qn")

    def __init__(self, ns: str = "") -> None:
        self.glob: list[str] = []
        self.gidx: dict[str, int] = {}
        self.loc: dict[str, tuple[list[str], dict[str, int]]] = {}
        self.ns = ns            # the schema set (by its namespace) whose qname tables wildcards start from
        self.qn: QNames | None = None          # those tables, made on the first wildcard (_any.QNames)

    @staticmethod
    def write(w: BitWriter, q: str, s: str) -> None:
        """Always the miss form (length + 2, then the characters): ISO 15118-20's EXIficient setting has
        value partition capacity 0, so it never writes a table hit and cannot read one."""
        w.chars(s)

    def add(self, q: str, s: str) -> None:
        loc = self.loc.get(q)
        if loc is None:
            loc = self.loc[q] = ([], {})
        loc[1][s] = len(loc[0])
        loc[0].append(s)
        self.gidx.setdefault(s, len(self.glob))
        self.glob.append(s)

    def read_ee(self, r: BitReader, q: str) -> str:
        """read(), then the EE that must end a simple element; an ASCII miss and EE with one read."""
        n = r.uint()
        if n > 2 and (n - 2) * 8 < r.end - r.pos:
            x = r.bits((n - 2) * 8 + 1)
            raw = (x >> 1).to_bytes(n - 2, "big")
            if raw.isascii():
                if x & 1:
                    raise EXIDecodeError(r.pos, [], "unsupported event after value")
                s = raw.decode("ascii")
                self.add(q, s)
                return s
            r.pos -= (n - 2) * 8 + 1
        s = self.value(r, q, n)
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], "unsupported event after value")
        return s

    def read(self, r: BitReader, q: str) -> str:
        return self.value(r, q, r.uint())

    def value(self, r: BitReader, q: str, n: int) -> str:
        """A string value after its length field n (0: local hit, 1: global hit, else a miss of n - 2)."""
        if n == 0:
            loc = self.loc.get(q)
            if loc is None:
                raise EXIDecodeError(r.pos, [], "local string table hit on empty table")
            i = r.bits((len(loc[0]) - 1).bit_length())
            if i >= len(loc[0]):
                raise EXIDecodeError(r.pos, [], "local string table index out of range")
            return loc[0][i]
        if n == 1:
            if not self.glob:
                raise EXIDecodeError(r.pos, [], "global string table hit on empty table")
            i = r.bits((len(self.glob) - 1).bit_length())
            if i >= len(self.glob):
                raise EXIDecodeError(r.pos, [], "global string table index out of range")
            return self.glob[i]
        s = r.chars(n - 2)
        if s:
            self.add(q, s)
        return s


def check_int(v: object, lo: int | None, hi: int | None, path: str) -> int:
    if type(v) is not int and not (isinstance(v, int) and not isinstance(v, bool)):
        raise EXIEncodeError([], f"expected int, got {type(v).__name__}")
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise EXIEncodeError([], f"{v} outside [{lo}, {hi}]")
    return v


def check_len(v: object, kind: type[str] | type[bytes], lo: int | None, hi: int | None, path: str) -> None:
    if not isinstance(v, kind):
        raise EXIEncodeError([], f"expected {kind.__name__}, got {type(v).__name__}")
    n = len(v)
    if (lo is not None and n < lo) or (hi is not None and n > hi):
        raise EXIEncodeError([], f"length {n} outside [{lo}, {hi}]")
