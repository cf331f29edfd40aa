"""(d) Mutated reference streams: the only outcomes are a message or EXIDecodeError, fast, bounded memory."""
from __future__ import annotations

import signal
import tracemalloc

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from corpus_data import fixture_cases

exi = pytest.importorskip("iso15118.exi", reason="the codec (iso15118.exi) is not importable yet")

# small and medium reference streams of every namespace (the huge ones only slow the fuzzer down);
# fragments (what -20 signs) are keyed by a "#fragment" suffix on the namespace
SEEDS = [(c["namespace"], bytes.fromhex(f["hex"])) for c, f in fixture_cases("document") if len(f["hex"]) <= 600]
SEEDS += [(c["namespace"] + "#fragment", bytes.fromhex(f["hex"])) for c, f in fixture_cases("fragment")]


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang("decoder still busy after 5 s")


def _decode_or_reject(ns: str, data: bytes) -> None:
    """A message or EXIDecodeError; anything else (or a hang, cut off by SIGALRM) fails the test."""
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    try:
        if ns.endswith("#fragment"):
            exi.decode_fragment(data, ns.removesuffix("#fragment"))
        else:
            exi.decode(data, ns)
    except exi.EXIDecodeError:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# DIN SPEC 70121 and ISO 15118-2 seeds, fuzzed on their own as well so they get their share of examples
V2_SEEDS = [(ns, data) for ns, data in SEEDS if ns.startswith(("urn:din:", "urn:iso:15118:2:2013:"))]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[tuple[str, bytes]] = SEEDS) -> tuple[str, bytes]:
    ns, data = draw(st.sampled_from(seeds))
    kind = draw(st.sampled_from(["flip", "truncate", "extend", "overwrite", "random", "huge-length"]))
    buf = bytearray(data)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            bit = draw(st.integers(0, len(buf) * 8 - 1))
            buf[bit // 8] ^= 0x80 >> (bit % 8)
    elif kind == "truncate":
        del buf[draw(st.integers(0, len(buf) - 1)):]
    elif kind == "extend":
        buf += draw(st.binary(min_size=1, max_size=16))
    elif kind == "overwrite":
        at = draw(st.integers(0, len(buf) - 1))
        chunk = draw(st.binary(min_size=1, max_size=8))
        buf[at:at + len(chunk)] = chunk
    elif kind == "random":
        buf = bytearray(b"\x80" + draw(st.binary(max_size=64)))
    else:  # a run of varint continuation bytes wherever a length may be read
        at = draw(st.integers(1, len(buf)))
        buf[at:] = b"\xff\xff\xff\xff\x07" + bytes(buf[at:at + 4])
    return ns, bytes(buf)


@settings(max_examples=600, deadline=1000, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow])
@given(case=mutated())
def test_mutated_stream_is_message_or_decode_error(case: tuple[str, bytes]) -> None:
    _decode_or_reject(*case)


@settings(max_examples=400, deadline=1000, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow])
@given(case=mutated(V2_SEEDS))
def test_mutated_din_iso2_stream_is_message_or_decode_error(case: tuple[str, bytes]) -> None:
    _decode_or_reject(*case)


def test_din_iso2_seeds_present() -> None:
    assert {ns for ns, _ in V2_SEEDS} >= {"urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef",
                                          "urn:iso:15118:2:2013:MsgDef#fragment"}


@pytest.mark.parametrize("ns,data", SEEDS[::15], ids=lambda x: x if isinstance(x, str) else x[:6].hex())
def test_huge_length_fields_do_not_allocate(ns: str, data: bytes) -> None:
    """Every cut point of a stream followed by a length of ~2^31: rejected without allocating it."""
    tracemalloc.start()
    try:
        for at in range(1, len(data)):
            _decode_or_reject(ns, data[:at] + b"\xff\xff\xff\xff\x07")
            _decode_or_reject(ns, data[:at] + b"\xff\xff\xff\xff\x0f" + b"\x00" * 4)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 32 * 2**20, f"peak {peak / 2**20:.1f} MiB"


def test_four_byte_stream_claiming_2_31() -> None:
    tracemalloc.start()
    try:
        for ns in {n for n, _ in SEEDS}:
            for data in (b"\x80\xff\xff\xff", b"\x80\x00\xff\xff\xff\xff\x07", b"\x80\x8c\xff\xff\xff\xff\x07"):
                _decode_or_reject(ns, data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20
