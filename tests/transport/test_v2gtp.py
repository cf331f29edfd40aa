"""V2GTP framing: header checks, size limit, partial frames, and the connection abstraction."""

from __future__ import annotations

import asyncio
import logging
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iso15118 import tls, v2gtp
from iso15118.v2gtp import PayloadType

LIMIT = 1024


def header(version: int = 0x01, inverse: int = 0xFE, payload_type: int = 0x8002, length: int = 0) -> bytes:
    return struct.pack(">BBHI", version, inverse, payload_type, length)


def feed(*chunks: bytes, eof: bool = True) -> asyncio.StreamReader:
    reader = asyncio.StreamReader()
    for chunk in chunks:
        reader.feed_data(chunk)
    if eof:
        reader.feed_eof()
    return reader


# ---------------------------------------------------------------- pure parser


def test_payload_types_are_those_of_15118_20() -> None:
    assert {p.name: p.value for p in PayloadType} == {
        "SAP": 0x8001, "MAIN": 0x8002, "AC": 0x8003, "DC": 0x8004, "ACDP": 0x8005, "WPT": 0x8006,
        "SCHEDULE_RENEGOTIATION": 0x8101, "METERING_CONFIRMATION": 0x8102, "ACDP_SYSTEM_STATUS": 0x8103,
        "PARKING_STATUS": 0x8104, "SDP_REQUEST": 0x9000, "SDP_RESPONSE": 0x9001,
        "SDP_REQUEST_WIRELESS": 0x9002, "SDP_RESPONSE_WIRELESS": 0x9003,
    }
    assert PayloadType.SDP_REQUEST not in v2gtp.TCP_PAYLOAD_TYPES and PayloadType.DC in v2gtp.TCP_PAYLOAD_TYPES


def test_pack_layout() -> None:
    assert v2gtp.pack(PayloadType.DC, b"\x80\x01") == bytes.fromhex("01fe8004000000028001")


@given(st.sampled_from(list(PayloadType)), st.binary(max_size=300))
def test_pack_parse_round_trip(payload_type: PayloadType, payload: bytes) -> None:
    assert v2gtp.parse_message(v2gtp.pack(payload_type, payload)) == (payload_type, payload)


@pytest.mark.parametrize(
    ("data", "error", "attrs"),
    [
        (header(version=0x02, inverse=0xFD), v2gtp.InvalidProtocolVersionError, {"version": 2, "inverse": 0xFD}),
        (header(version=0x01, inverse=0xFF), v2gtp.InvalidProtocolVersionError, {"inverse": 0xFF}),
        (header(version=0x00, inverse=0xFE), v2gtp.InvalidProtocolVersionError, {"version": 0}),
        (header(payload_type=0x8007), v2gtp.UnknownPayloadTypeError, {"payload_type": 0x8007}),
        (header(payload_type=0xA000), v2gtp.UnknownPayloadTypeError, {"payload_type": 0xA000}),
        (header(payload_type=0x0000), v2gtp.UnknownPayloadTypeError, {"payload_type": 0}),
        (header(length=LIMIT + 1), v2gtp.PayloadTooLongError, {"length": LIMIT + 1, "limit": LIMIT}),
        (header(length=0xFFFFFFFF), v2gtp.PayloadTooLongError, {"length": 0xFFFFFFFF}),
        (header()[:7], v2gtp.HeaderTooShortError, {"length": 7}),
        (b"", v2gtp.HeaderTooShortError, {"length": 0}),
    ],
)
def test_bad_headers_raise_typed_errors(data: bytes, error: type[v2gtp.V2GTPError], attrs: dict[str, int]) -> None:
    with pytest.raises(error) as info:
        v2gtp.parse_header(data, LIMIT)
    assert info.value.close_connection  # the TCP reaction: discard and close
    for name, value in attrs.items():
        assert getattr(info.value, name) == value


def test_limit_is_inclusive() -> None:
    assert v2gtp.parse_header(header(length=LIMIT), LIMIT) == (PayloadType.MAIN, LIMIT)


@pytest.mark.parametrize("extra", [-1, 1])
def test_datagram_length_must_match_header(extra: int) -> None:
    datagram = header(length=4) + b"\x00" * (4 + extra)
    with pytest.raises(v2gtp.PayloadLengthMismatchError) as info:
        v2gtp.parse_message(datagram)
    assert (info.value.announced, info.value.actual) == (4, 4 + extra)


@settings(max_examples=400)
@given(st.binary(min_size=0, max_size=24))
def test_header_fuzz_only_typed_errors(data: bytes) -> None:
    try:
        payload_type, length = v2gtp.parse_header(data, LIMIT)
    except v2gtp.V2GTPError:
        return
    assert data[:2] == b"\x01\xfe" and payload_type.value == int.from_bytes(data[2:4], "big") and length <= LIMIT


@settings(max_examples=300)
@given(
    st.sampled_from([b"\x01\xfe", b"\x01\xff", b"\x02\xfd", b"\xfe\x01"]),
    st.one_of(st.sampled_from(list(PayloadType)), st.integers(0, 0xFFFF)),
    st.integers(0, 2 * LIMIT),
    st.binary(max_size=LIMIT + 20),
)
def test_stream_fuzz_only_typed_errors(versions: bytes, payload_type: int, length: int, rest: bytes) -> None:
    data = versions + struct.pack(">HI", payload_type, length) + rest

    async def read() -> tuple[PayloadType, bytes]:
        return await v2gtp.read_message(feed(data), LIMIT)

    try:
        got_type, payload = asyncio.run(read())
    except v2gtp.PayloadTooLongError:
        assert length > LIMIT
    except v2gtp.IncompleteMessageError as exc:
        assert len(rest) < length and exc.received == 8 + len(rest)
    except v2gtp.V2GTPError:
        assert versions != b"\x01\xfe" or payload_type not in set(PayloadType)
    else:
        assert (got_type, payload) == (payload_type, rest[:length])


# ---------------------------------------------------------------- stream reader


async def test_oversized_length_refused_before_any_payload_arrives() -> None:
    """The header alone is enough to refuse: nothing of the announced 4 GiB is awaited or buffered."""
    reader = feed(header(length=0xFFFFFFFF), eof=False)
    with pytest.raises(v2gtp.PayloadTooLongError):
        await asyncio.wait_for(v2gtp.read_message(reader, LIMIT), 1.0)


async def test_byte_by_byte_frame_is_reassembled() -> None:
    frame = v2gtp.pack(PayloadType.AC, bytes(range(50)))
    reader = asyncio.StreamReader()

    async def trickle() -> None:
        for byte in frame:
            reader.feed_data(bytes([byte]))
            await asyncio.sleep(0)

    feeder = asyncio.create_task(trickle())
    assert await v2gtp.read_message(reader, LIMIT) == (PayloadType.AC, bytes(range(50)))
    await feeder


async def test_two_frames_in_one_segment() -> None:
    reader = feed(v2gtp.pack(PayloadType.SAP, b"a") + v2gtp.pack(PayloadType.MAIN, b"bc"))
    assert await v2gtp.read_message(reader) == (PayloadType.SAP, b"a")
    assert await v2gtp.read_message(reader) == (PayloadType.MAIN, b"bc")
    with pytest.raises(v2gtp.V2GTPConnectionClosed) as info:
        await v2gtp.read_message(reader)
    assert info.value.received == 0 and not isinstance(info.value, v2gtp.IncompleteMessageError)


@pytest.mark.parametrize(
    ("data", "expected", "received"),
    [
        (header(length=10)[:5], 8, 5),  # EOF inside the header
        (header(length=10) + b"123", 18, 11),  # EOF inside the payload
    ],
)
async def test_eof_mid_frame(data: bytes, expected: int, received: int) -> None:
    with pytest.raises(v2gtp.IncompleteMessageError) as info:
        await v2gtp.read_message(feed(data), LIMIT)
    assert (info.value.expected, info.value.received) == (expected, received)


async def test_zero_length_payload() -> None:
    assert await v2gtp.read_message(feed(header(payload_type=0x8001, length=0))) == (PayloadType.SAP, b"")


# ---------------------------------------------------------------- V2GTPConnection (loopback, lab plain TCP)


class Pair:
    """A plain-TCP loopback server whose handler hands each server-side connection to the test."""

    def __init__(self) -> None:
        self.accepted: asyncio.Queue[v2gtp.V2GTPConnection] = asyncio.Queue()
        self.release = asyncio.Event()
        self.server: v2gtp.V2GServer | None = None

    async def handle(self, conn: v2gtp.V2GTPConnection) -> None:
        await self.accepted.put(conn)
        await self.release.wait()

    async def __aenter__(self) -> Pair:
        self.server = await v2gtp.start_server(self.handle, "::1", 0, ssl_context=None, allow_plain_tcp=True)
        return self

    async def connect(self, **kwargs: object) -> tuple[v2gtp.V2GTPConnection, v2gtp.V2GTPConnection]:
        assert self.server is not None
        client = await v2gtp.open_connection("::1", self.server.port, ssl_context=None, allow_plain_tcp=True, **kwargs)
        return client, await asyncio.wait_for(self.accepted.get(), 2)

    async def __aexit__(self, *exc: object) -> None:
        self.release.set()
        assert self.server is not None
        await self.server.close()


async def test_send_receive_both_ways() -> None:
    async with Pair() as pair:
        client, server = await pair.connect()
        await client.send(PayloadType.SAP, b"req")
        assert await server.receive(timeout=1) == (PayloadType.SAP, b"req")
        await server.send(PayloadType.DC, b"res" * 100)
        assert await client.receive(timeout=1) == (PayloadType.DC, b"res" * 100)
        assert client.tls is None and server.tls is None
        await client.close()


async def test_timeout_between_frames_keeps_connection() -> None:
    async with Pair() as pair:
        client, server = await pair.connect()
        with pytest.raises(v2gtp.V2GTPTimeoutError) as info:
            await server.receive(timeout=0.05)
        assert isinstance(info.value, TimeoutError) and not info.value.close_connection and not server.is_closing
        await client.send(PayloadType.MAIN, b"late")
        assert await server.receive(timeout=1) == (PayloadType.MAIN, b"late")


async def test_timeout_mid_frame_closes_connection() -> None:
    async with Pair() as pair:
        client, server = await pair.connect()
        frame = v2gtp.pack(PayloadType.MAIN, b"0123456789")
        client._writer.write(frame[:12])  # header + 4 of 10 payload bytes, then silence
        with pytest.raises(v2gtp.V2GTPTimeoutError) as info:
            await server.receive(timeout=0.1)
        assert info.value.close_connection and server.is_closing
        with pytest.raises(v2gtp.V2GTPConnectionClosed):
            await client.receive(timeout=1)


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (header(version=0x02, inverse=0xFD, length=2) + b"xx", v2gtp.InvalidProtocolVersionError),
        (header(length=1 << 20), v2gtp.PayloadTooLongError),
        (header(payload_type=0x1234, length=2) + b"xx", v2gtp.UnknownPayloadTypeError),
        (v2gtp.pack(PayloadType.SDP_REQUEST, b"\x00\x00"), v2gtp.UnexpectedPayloadTypeError),
    ],
)
async def test_bad_frame_closes_tcp_connection(raw: bytes, error: type[v2gtp.V2GTPError]) -> None:
    async with Pair() as pair:
        client, server = await pair.connect()
        client._writer.write(raw)
        with pytest.raises(error):
            await server.receive(timeout=1)
        assert server.is_closing
        with pytest.raises(v2gtp.V2GTPConnectionClosed):  # the EV sees the SECC hang up
            await client.receive(timeout=1)


async def test_receive_limit_is_per_connection() -> None:
    async with Pair() as pair:
        client, server = await pair.connect(max_payload_length=16)
        await server.send(PayloadType.MAIN, b"x" * 17)
        with pytest.raises(v2gtp.PayloadTooLongError):
            await client.receive(timeout=1)


async def test_plain_tcp_refused_unless_lab_mode() -> None:
    async def never(conn: v2gtp.V2GTPConnection) -> None:
        raise AssertionError("no session expected")

    with pytest.raises(tls.PlainTCPNotAllowedError):
        await v2gtp.start_server(never, "::1", 0, ssl_context=None)
    with pytest.raises(tls.PlainTCPNotAllowedError):
        await v2gtp.open_connection("::1", 1, ssl_context=None)


async def test_plain_tcp_connections_are_logged_not_warned(caplog: pytest.LogCaptureFixture) -> None:
    """DIN and -2 EIM run over plain TCP in the field: only a -20 session on it is warned (once negotiated)."""
    caplog.set_level(logging.INFO, logger="iso15118.v2gtp")
    async with Pair() as pair:
        for _ in range(3):
            client, _server = await pair.connect()
            await client.close()
    lines = [r for r in caplog.records if "plain TCP" in r.getMessage()]
    assert sum("SECC" in r.getMessage() for r in lines) == 3 and sum("EVCC" in r.getMessage() for r in lines) == 3
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_crashing_session_handler_does_not_stop_server() -> None:
    calls = 0

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        nonlocal calls
        calls += 1
        await conn.receive(timeout=1)
        raise RuntimeError("session bug")

    async with await v2gtp.start_server(handle, "::1", 0, ssl_context=None, allow_plain_tcp=True) as server:
        for _ in range(2):
            conn = await v2gtp.open_connection("::1", server.port, ssl_context=None, allow_plain_tcp=True)
            await conn.send(PayloadType.SAP, b"x")
            with pytest.raises(v2gtp.V2GTPConnectionClosed):
                await conn.receive(timeout=1)
    assert calls == 2
