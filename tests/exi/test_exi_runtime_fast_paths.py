"""The bit-level fast paths of iso15118.exi._runtime agree with the general octet-by-octet forms they
short-cut (one-read integers with their EE, non-ASCII strings as one octet run), on both readers."""
from __future__ import annotations

import random

import pytest

from iso15118.exi._runtime import BitReader, BitWriter, WindowBitReader
from iso15118.exi.errors import EXIDecodeError

READERS = (BitReader, WindowBitReader)
_rng = random.Random(15118)
VALUES = sorted({0, 1, 127, 128, 2**14 - 1, 2**14, 2**21 - 1, 2**21, 2**35, 10**30}
                | {_rng.randrange(0, 10 ** k) for k in range(1, 20) for _ in range(6)})


def _slow_uint(w: BitWriter, v: int) -> None:
    """uint as the EXI spec states it: 7-bit groups, least significant first, one write each."""
    while v >= 128:
        w.bits((v & 127) | 128, 8)
        v >>= 7
    w.bits(v, 8)


@pytest.mark.parametrize("tail", [0, 1, 8, 17, 100])
@pytest.mark.parametrize("v", VALUES)
def test_uint_ee_with_and_without_prefix(v: int, tail: int) -> None:
    for k, signed, pre in ((0, False, 0), (2, False, 0), (3, True, 0), (3, True, 1)):
        w = BitWriter()
        w.bits(5, 3)
        if k:
            w.bits(pre, k)
        _slow_uint(w, v)
        w.bits(0, 1)
        if tail:
            w.bits(1, tail)
        for reader in READERS:
            r = reader(w.getvalue())
            r.bits(3)
            assert r.uint_ee(k, signed) == (-v - 1 if pre else v)
            if tail:
                assert r.bits(tail) == 1          # stopped exactly after the EE bit


@pytest.mark.parametrize("v", VALUES[::3])
def test_uint_ee_refuses_what_the_typed_form_does_not_allow(v: int) -> None:
    w = BitWriter()
    _slow_uint(w, v)
    w.bits(1, 1)                                  # not EE after the value
    for reader in READERS:
        with pytest.raises(EXIDecodeError, match="after value"):
            reader(w.getvalue()).uint_ee()
    w = BitWriter()
    w.bits(2, 2)                                  # a non-zero event code: left to the caller
    _slow_uint(w, v)
    w.bits(0, 1)
    for reader in READERS:
        r = reader(w.getvalue())
        assert r.uint_ee(2) is None and r.pos == 0


@pytest.mark.parametrize("v", [0, 1, -1, 127, -128, -129, 128, 32767, -32768, 2**40, -(2**40)])
def test_int_writers_equal_separate_writes(v: int) -> None:
    a, b = BitWriter(), BitWriter()
    a.bits(3, 2)
    a.sint(v)
    a.bits(0, 1)
    b.sint_ee(v, 3, 2)
    assert a.getvalue() == b.getvalue()
    if v >= 0:
        a, b = BitWriter(), BitWriter()
        a.bits(1, 1)
        a.uint(v)
        a.bits(0, 1)
        b.uint_ee(v, 1, 1)
        assert a.getvalue() == b.getvalue()


def _random_text(rng: random.Random) -> str:
    ranges = [(0, 128), (0, 128), (128, 16384), (16384, 0x110000)]
    return "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randrange(1, 40)))


def test_strings_equal_code_point_by_code_point_form() -> None:
    rng = random.Random(2)
    for _ in range(500):
        s = _random_text(rng)
        slow = BitWriter()
        slow.bits(1, 3)
        slow.uint(len(s) + 2)
        for ch in s:
            _slow_uint(slow, ord(ch))
        slow.bits(5, 3)
        fast = BitWriter()
        fast.bits(1, 3)
        fast.chars(s)
        fast.bits(5, 3)
        assert fast.getvalue() == slow.getvalue()
        for reader in READERS:
            r = reader(fast.getvalue())
            r.bits(3)
            assert r.chars(r.uint() - 2) == s
            assert r.bits(3) == 5


def test_over_long_and_invalid_code_points_take_the_general_reader() -> None:
    w = BitWriter()
    w.bits(0x80, 8)
    w.bits(0x80, 8)
    w.bits(0x80, 8)
    w.bits(0x00, 8)                               # an over-long 0: four octets
    w.bits(ord("a"), 8)
    assert BitReader(w.getvalue()).chars(2) == "\x00a"
    w = BitWriter()
    _slow_uint(w, 0x110000)
    with pytest.raises(EXIDecodeError, match="invalid code point"):
        BitReader(w.getvalue()).chars(1)


@pytest.mark.parametrize("lead", [0, 7, 509])
def test_one_write_elements_equal_the_spec_form_across_a_flush(lead: int) -> None:
    """uint_ee/sint_ee (any value) and binary/string elements (lengths of one to three octets) write what
    the event code, CH, uint octet by octet, value and EE written one by one give, also where the
    writer's accumulator flushes in between."""
    for v in VALUES:
        for signed, neg in ((False, False), (True, False), (True, True)):
            slow, fast = BitWriter(), BitWriter()
            for w in (slow, fast):
                w.bits(1 if lead else 0, lead)
            slow.bits(2, 3)
            if signed:
                slow.bits(int(neg), 1)
            _slow_uint(slow, v)
            slow.bits(0, 1)
            if signed:
                fast.sint_ee(-v - 1 if neg else v, 2, 3)
            else:
                fast.uint_ee(v, 2, 3)
            assert fast.getvalue() == slow.getvalue(), (v, signed, neg)
    for n in (1, 127, 128, 300, 16384):
        data = bytes(_rng.randrange(256) for _ in range(n))
        text = "".join(chr(_rng.randrange(32, 127)) for _ in range(n))
        slow, fast = BitWriter(), BitWriter()
        for w in (slow, fast):
            w.bits(1 if lead else 0, lead)
        slow.bits(0, 3)
        _slow_uint(slow, n)
        slow.bits(int.from_bytes(data, "big"), 8 * n)
        slow.bits(0, 1)
        slow.bits(0, 3)
        _slow_uint(slow, n + 2)
        slow.bits(int.from_bytes(text.encode(), "big"), 8 * n)
        slow.bits(0, 1)
        fast.binary_el(data, None, None, 0, 2)
        fast.chars_el(text, None, None, 0, 2)
        assert fast.getvalue() == slow.getvalue(), n
