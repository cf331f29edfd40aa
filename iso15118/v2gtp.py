"""V2G Transfer Protocol (V2GTP): the 8-byte header that frames every SDP datagram and V2G message.

Header (big endian): ProtocolVersion 0x01 | InverseProtocolVersion 0xFE | PayloadType u16 | PayloadLength u32.

Pure framing:
    pack(payload_type, payload) -> bytes
    parse_header(data, max_payload_length) -> (PayloadType, length)
    parse_message(datagram, max_payload_length) -> (PayloadType, payload)      # one UDP datagram
    await read_message(reader, max_payload_length) -> (PayloadType, payload)   # one TCP frame

Connection API for the SECC and EVCC session engines (TLS or lab-only plain TCP underneath):
    conn = await open_connection(host, port, ssl_context=evcc_ctx, interface="eth0")    # EVCC
    server = await start_server(handle, host, port, ssl_context=secc_ctx, interface="eth0")  # SECC
        async def handle(conn: V2GTPConnection) -> None: ...   # one task per session
    await conn.send(PayloadType.MAIN, exi_bytes)
    payload_type, payload = await conn.receive(timeout=2.0)
    conn.tls  -> TLSParameters | None  (version, cipher, group, peer signature algorithm, peer cert)
    await conn.close()       # also: async with conn: ...

Reaction to faults (V2GTP header processing of ISO 15118-2, kept by -20): a V2GTP entity discards a
message with a wrong protocol version / inverse, unknown payload type or a payload length above its
buffer. On TCP the byte stream can no longer be trusted after that, so V2GTPConnection.receive closes
the TCP connection and raises the typed error (the session then ends per the standard's error
handling); the SDP server ignores such datagrams and counts them. read_message never
allocates more than max_payload_length bytes, whatever the header announces.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import ssl
import struct
import time
from collections.abc import Awaitable, Callable, Iterable
from enum import IntEnum
from types import TracebackType

from iso15118 import netutil, tls

logger = logging.getLogger(__name__)

PROTOCOL_VERSION = 0x01
INVERSE_PROTOCOL_VERSION = 0xFE
HEADER_LENGTH = 8
DEFAULT_MAX_PAYLOAD_LENGTH = 65536  # room for CertificateInstallationRes with several chains
CLOSE_TIMEOUT_S = 2.0  # how long close() waits for a peer to take the close (TLS close_notify, FIN)

_HEADER = struct.Struct(">BBHI")


class PayloadType(IntEnum):
    """V2GTP payload types of ISO 15118-20 (Table "V2GTP payload types")."""

    SAP = 0x8001  # SupportedAppProtocolReq/Res (also -2/DIN V2G messages)
    MAIN = 0x8002  # -20 CommonMessages
    AC = 0x8003
    DC = 0x8004
    ACDP = 0x8005
    WPT = 0x8006
    SCHEDULE_RENEGOTIATION = 0x8101
    METERING_CONFIRMATION = 0x8102
    ACDP_SYSTEM_STATUS = 0x8103
    PARKING_STATUS = 0x8104
    SDP_REQUEST = 0x9000
    SDP_RESPONSE = 0x9001
    SDP_REQUEST_WIRELESS = 0x9002  # ACDP / WPT discovery with EMSP and EV/EVSE ids
    SDP_RESPONSE_WIRELESS = 0x9003


#: What may arrive on the V2G TCP/TLS connection (SDP types belong to UDP only).
TCP_PAYLOAD_TYPES: frozenset[PayloadType] = frozenset(p for p in PayloadType if p < PayloadType.SDP_REQUEST)


class V2GTPError(Exception):
    """A V2GTP framing fault. `close_connection` is the standard's reaction on TCP."""

    close_connection = True


class HeaderTooShortError(V2GTPError):
    def __init__(self, length: int) -> None:
        super().__init__(f"V2GTP header needs {HEADER_LENGTH} bytes, got {length}")
        self.length = length


class InvalidProtocolVersionError(V2GTPError):
    def __init__(self, version: int, inverse: int) -> None:
        super().__init__(
            f"V2GTP protocol version 0x{version:02X}/inverse 0x{inverse:02X}, "
            f"expected 0x{PROTOCOL_VERSION:02X}/0x{INVERSE_PROTOCOL_VERSION:02X}"
        )
        self.version = version
        self.inverse = inverse


class UnknownPayloadTypeError(V2GTPError):
    def __init__(self, payload_type: int) -> None:
        super().__init__(f"unknown V2GTP payload type 0x{payload_type:04X}")
        self.payload_type = payload_type


class UnexpectedPayloadTypeError(V2GTPError):
    """A known payload type that is not allowed here (e.g. an SDP type on the TCP connection)."""

    def __init__(self, payload_type: PayloadType) -> None:
        super().__init__(f"V2GTP payload type {payload_type.name} (0x{payload_type:04X}) not allowed here")
        self.payload_type = payload_type


class PayloadTooLongError(V2GTPError):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"V2GTP payload length {length} exceeds the limit of {limit} bytes")
        self.length = length
        self.limit = limit


class PayloadLengthMismatchError(V2GTPError):
    """A datagram whose size does not match its header's PayloadLength."""

    def __init__(self, announced: int, actual: int) -> None:
        super().__init__(f"V2GTP header announces {announced} payload bytes, datagram carries {actual}")
        self.announced = announced
        self.actual = actual


class V2GTPConnectionClosed(V2GTPError):
    """The peer closed the stream: cleanly between frames (`received == 0`) or mid-frame."""

    def __init__(self, expected: int, received: int, reason: str = "") -> None:
        where = "between messages" if received == 0 else f"after {received} of {expected} bytes of a frame"
        super().__init__(f"connection closed {where}{': ' + reason if reason else ''}")
        self.expected = expected
        self.received = received


class IncompleteMessageError(V2GTPConnectionClosed):
    """EOF in the middle of a frame (partial header or payload)."""


class TLSSessionClosedError(V2GTPConnectionClosed):
    """A TLS peer hung up before the first message. In TLS 1.3 this is how a client learns that the
    server rejected its certificate, so treat it as a TLS failure, not a normal close."""


class V2GTPConnectError(V2GTPError):
    """No V2G connection came up: TCP refused, reset or timed out, or the peer hung up during the TLS handshake."""


def describe_error(exc: BaseException) -> str:
    """'Type: message' for logs and exits; the type alone says something when the message is empty
    (asyncio raises a bare TimeoutError or ConnectionResetError)."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class V2GTPTimeoutError(V2GTPError, TimeoutError):
    """No complete message in time. `close_connection` is True when a frame was cut in half."""

    def __init__(self, timeout: float, mid_frame: bool) -> None:
        super().__init__(f"no complete V2GTP message within {timeout:.3f} s" + (" (frame cut)" if mid_frame else ""))
        self.timeout = timeout
        self.close_connection = mid_frame


def pack(payload_type: PayloadType | int, payload: bytes) -> bytes:
    payload_type = PayloadType(payload_type)
    return _HEADER.pack(PROTOCOL_VERSION, INVERSE_PROTOCOL_VERSION, payload_type, len(payload)) + payload


def parse_header(data: bytes, max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH) -> tuple[PayloadType, int]:
    """Check the first 8 bytes of `data`: versions, payload type, announced length vs. our limit."""
    if len(data) < HEADER_LENGTH:
        raise HeaderTooShortError(len(data))
    version, inverse, raw_type, length = _HEADER.unpack_from(data)
    if version != PROTOCOL_VERSION or inverse != INVERSE_PROTOCOL_VERSION:
        raise InvalidProtocolVersionError(version, inverse)
    try:
        payload_type = PayloadType(raw_type)
    except ValueError:
        raise UnknownPayloadTypeError(raw_type) from None
    if length > max_payload_length:
        raise PayloadTooLongError(length, max_payload_length)
    return payload_type, length


def parse_message(datagram: bytes, max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH) -> tuple[PayloadType, bytes]:
    """Parse one complete message (a UDP datagram): header plus exactly PayloadLength bytes."""
    payload_type, length = parse_header(datagram, max_payload_length)
    actual = len(datagram) - HEADER_LENGTH
    if actual != length:
        raise PayloadLengthMismatchError(length, actual)
    return payload_type, bytes(datagram[HEADER_LENGTH:])


async def _read_exactly(reader: asyncio.StreamReader, n: int, frame_length: int, already: int) -> bytes:
    try:
        return await reader.readexactly(n)
    except asyncio.IncompleteReadError as exc:
        received = already + len(exc.partial)
        if received == 0:
            raise V2GTPConnectionClosed(frame_length, 0) from None
        raise IncompleteMessageError(frame_length, received) from None


class _FrameReader:
    """Reads one frame and remembers whether the header was already consumed (for timeouts)."""

    def __init__(self, reader: asyncio.StreamReader, max_payload_length: int) -> None:
        self.reader = reader
        self.max_payload_length = max_payload_length
        self.mid_frame = False

    async def read(self) -> tuple[PayloadType, bytes]:
        self.mid_frame = False
        header = await _read_exactly(self.reader, HEADER_LENGTH, HEADER_LENGTH, 0)
        self.mid_frame = True
        payload_type, length = parse_header(header, self.max_payload_length)
        payload = await _read_exactly(self.reader, length, HEADER_LENGTH + length, HEADER_LENGTH) if length else b""
        self.mid_frame = False
        return payload_type, payload


async def read_message(
    reader: asyncio.StreamReader, max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH
) -> tuple[PayloadType, bytes]:
    """Read one frame from a stream; raises the typed V2GTPError subclasses above."""
    return await _FrameReader(reader, max_payload_length).read()


def _socket_transport(transport: asyncio.BaseTransport) -> asyncio.BaseTransport:
    """The socket transport under a connection (under asyncio's TLS layer for TLS connections)."""
    ssl_protocol = getattr(transport, "_ssl_protocol", None)
    return getattr(ssl_protocol, "_transport", None) or transport if ssl_protocol is not None else transport


def _release_read_callback(transport: asyncio.BaseTransport) -> None:
    """Break the cycle CPython 3.11's socket transport keeps after close: `_read_ready_cb` is a bound
    method of the transport itself (python/cpython#100348, cleared in close() since 3.12). Left alone,
    every closed connection waits for a full garbage collection, which a long-running SECC that tunes
    the collector (secc.cli.tune_gc) reaches only after hours: memory grew per connection."""
    if transport.is_closing() and getattr(transport, "_read_ready_cb", None) is not None:
        transport._read_ready_cb = None  # type: ignore[attr-defined]


class V2GTPConnection:
    """One V2G TCP/TLS connection carrying V2GTP frames; what a SECC/EVCC session talks through."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH,
        allowed_payload_types: Iterable[PayloadType] = TCP_PAYLOAD_TYPES,
    ) -> None:
        self._writer = writer
        self._frames = _FrameReader(reader, max_payload_length)
        self.allowed_payload_types = frozenset(allowed_payload_types)
        self.messages_received = 0
        ssl_object = writer.get_extra_info("ssl_object")
        self.tls: tls.TLSParameters | None = tls.negotiated_parameters(ssl_object) if ssl_object else None
        self.peer: tuple = writer.get_extra_info("peername")
        self.local: tuple = writer.get_extra_info("sockname")
        self._socket_transport = _socket_transport(writer.transport)

    @property
    def is_closing(self) -> bool:
        return self._writer.is_closing()

    async def send(self, payload_type: PayloadType, payload: bytes) -> None:
        if self._writer.is_closing():
            raise V2GTPConnectionClosed(0, 0, "the peer closed or reset it")
        try:
            self._writer.write(pack(payload_type, payload))
            await self._writer.drain()
        except (ConnectionError, ssl.SSLError) as exc:
            await self.close()
            raise V2GTPConnectionClosed(0, 0, f"send failed: {exc}") from exc

    async def receive(self, timeout: float | None = None) -> tuple[PayloadType, bytes]:
        """Next (payload_type, payload). Framing faults close the connection, then raise."""
        try:
            async with asyncio.timeout(timeout):
                payload_type, payload = await self._frames.read()
        except TimeoutError:
            error: V2GTPError = V2GTPTimeoutError(timeout or 0.0, self._frames.mid_frame)
        except V2GTPConnectionClosed as exc:
            error = self._closed_error(exc.expected, exc.received, exc)
        except (ssl.SSLError, ConnectionError) as exc:
            error = self._closed_error(HEADER_LENGTH, 0, exc)
        except V2GTPError as exc:
            error = exc
        else:
            if payload_type not in self.allowed_payload_types:
                error = UnexpectedPayloadTypeError(payload_type)
            else:
                self.messages_received += 1
                return payload_type, payload
        if error.close_connection:
            await self.close()
        try:
            raise error
        finally:  # the traceback holds this frame: a local `error` would make a cycle keeping the connection
            del error

    def _closed_error(self, expected: int, received: int, cause: Exception) -> V2GTPConnectionClosed:
        if self.tls is not None and self.messages_received == 0 and received == 0:
            return TLSSessionClosedError(expected, received, f"TLS peer closed before any message ({cause})")
        if received:
            return IncompleteMessageError(expected, received, str(cause) if not isinstance(cause, V2GTPError) else "")
        return V2GTPConnectionClosed(expected, received)

    async def close(self) -> None:
        """Close (TLS close_notify, FIN); a peer that is gone (link down, frozen) gets CLOSE_TIMEOUT_S, then
        the transport is aborted: a dead link must not hold the socket and the task until TCP gives up."""
        if not self._writer.is_closing():
            self._writer.close()
        try:
            async with asyncio.timeout(CLOSE_TIMEOUT_S):
                await self._writer.wait_closed()
        except TimeoutError:
            logger.info("%s did not acknowledge the close within %g s: connection aborted", self.peer, CLOSE_TIMEOUT_S)
            self.abort()
        except (ConnectionError, ssl.SSLError, OSError):
            logger.debug("transport error while closing %s", self.peer, exc_info=True)
        _release_read_callback(self._socket_transport)

    def abort(self) -> None:
        """Drop the connection at once, without waiting for the peer."""
        self._writer.transport.abort()

    async def __aenter__(self) -> V2GTPConnection:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _log_session_transport(conn: V2GTPConnection, role: str) -> None:
    if conn.tls is None:  # DIN and -2 EIM run so in the field; -20 only in a lab (warned once negotiated)
        logger.info("%s V2G connection with %s over plain TCP", role, conn.peer)
    else:
        logger.info("%s V2G session with %s: %s", role, conn.peer, conn.tls.describe())


def _check_security(ssl_context: ssl.SSLContext | None, allow_plain_tcp: bool) -> None:
    if ssl_context is None and not allow_plain_tcp:
        raise tls.PlainTCPNotAllowedError(
            "ISO 15118-20 runs over TLS 1.3 only; pass an ssl_context, or allow_plain_tcp=True in a lab"
        )


async def open_connection(
    host: str,
    port: int,
    *,
    ssl_context: ssl.SSLContext | None,
    interface: str | None = None,
    allow_plain_tcp: bool = False,
    timeout: float = 5.0,
    max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH,
) -> V2GTPConnection:
    """EVCC side: connect (and TLS handshake) to the SECC found by SDP. `interface` adds the scope id."""
    _check_security(ssl_context, allow_plain_tcp)
    target = netutil.scoped_host(host, interface) if interface else host
    loop = asyncio.get_running_loop()

    async def connect_from(local_port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.open_connection(
            target, port, ssl=ssl_context, server_hostname="" if ssl_context else None,
            local_addr=(any_address, local_port),
        )

    try:
        async with asyncio.timeout(timeout):
            family = (await loop.getaddrinfo(target, port, type=socket.SOCK_STREAM))[0][0]
            any_address = "::" if family == socket.AF_INET6 else "0.0.0.0"
            # ISO 15118-2 Table 15: the EVCC's TCP client port is a dynamic port (49152-65535).
            reader, writer = await netutil.bind_dynamic_port(connect_from)
    except ssl.SSLError as exc:
        raise tls.TLSHandshakeError(f"TLS handshake with [{target}]:{port} failed: {exc}") from exc
    except TimeoutError as exc:
        raise V2GTPConnectError(f"no {'TLS' if ssl_context else 'TCP'} connection to [{target}]:{port} "
                                f"within {timeout:g} s") from exc
    except OSError as exc:
        step = "during the TLS handshake" if isinstance(exc, ConnectionResetError) and ssl_context else "on connect"
        raise V2GTPConnectError(f"connection to [{target}]:{port} failed {step}: {describe_error(exc)}") from exc
    conn = V2GTPConnection(reader, writer, max_payload_length=max_payload_length)
    _log_session_transport(conn, "EVCC")
    return conn


# accept() failing for want of file descriptors or memory: pause, say so once a minute, resume
_OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
ACCEPT_PAUSE_S = 0.5
RESOURCE_WARNING_INTERVAL_S = 60.0
LISTEN_BACKLOG = 100


class V2GServer:
    """The SECC's listening socket, its accept loop, and one handler task per accepted session.

    The accept loop is ours, not asyncio.Server's: when the process runs out of file descriptors asyncio
    logs a traceback for every failed accept (about a hundred a second). Here a full table pauses
    accepting for ACCEPT_PAUSE_S (new EVs wait in the listen backlog), logs one warning per
    RESOURCE_WARNING_INTERVAL_S with the count of refused attempts, and resumes by itself."""

    def __init__(self) -> None:
        self.socket: socket.socket | None = None
        self.sessions: set[asyncio.Task[None]] = set()
        self.resource_pauses = 0  # accept attempts that failed for want of resources
        self._accept_task: asyncio.Task[None] | None = None
        self._warned_at: float | None = None
        self._unreported = 0

    @property
    def port(self) -> int:
        assert self.socket is not None
        return int(self.socket.getsockname()[1])

    def out_of_resources(self, exc: OSError, doing: str) -> None:
        """One warning per interval for a resource shortage (the count of the others rides along)."""
        self.resource_pauses += 1
        self._unreported += 1
        now = time.monotonic()
        if self._warned_at is None or now - self._warned_at >= RESOURCE_WARNING_INTERVAL_S:
            logger.warning("SECC out of resources while %s: %s (%d time(s) since the last warning); accepting "
                           "pauses %.1f s at a time while it lasts, new EVs wait in the listen backlog", doing,
                           exc.strerror or exc, self._unreported, ACCEPT_PAUSE_S)
            self._warned_at, self._unreported = now, 0

    async def _accept_loop(self, protocol_factory: Callable[[], asyncio.BaseProtocol]) -> None:
        """Never ends on an error (a server that silently stops accepting is the worst outcome)."""
        loop = asyncio.get_running_loop()
        assert self.socket is not None
        paused = False
        while True:
            try:
                conn, _ = await loop.sock_accept(self.socket)
            except OSError as exc:
                if exc.errno in _OUT_OF_RESOURCES:
                    self.out_of_resources(exc, "accepting a V2G connection")
                else:
                    logger.warning("SECC accept failed: %s; retrying in %.1f s", describe_error(exc), ACCEPT_PAUSE_S)
                paused = True
                await asyncio.sleep(ACCEPT_PAUSE_S)
                continue
            if paused:
                logger.info("SECC accepting V2G connections again")
                paused = False
            try:
                await loop.connect_accepted_socket(protocol_factory, conn)
            except OSError as exc:  # e.g. the EV reset before its transport was set up
                conn.close()
                if exc.errno in _OUT_OF_RESOURCES:
                    self.out_of_resources(exc, "setting up a V2G connection")
                else:
                    logger.info("V2G connection lost while being set up: %s", describe_error(exc))

    def _listen(self, target: str, port: int, protocol_factory: Callable[[], asyncio.BaseProtocol]) -> None:
        """Bind the first address `target` resolves to (an SECC listens on one link-local address)."""
        family, kind, proto, _, address = socket.getaddrinfo(target, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)  # as asyncio.create_server does
            sock.bind(address)
            sock.listen(LISTEN_BACKLOG)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self.socket = sock
        self._accept_task = asyncio.get_running_loop().create_task(self._accept_loop(protocol_factory))

    async def close(self) -> None:
        if self._accept_task is not None:
            self._accept_task.cancel()
            await asyncio.gather(self._accept_task, return_exceptions=True)
        if self.socket is not None:
            self.socket.close()
        for task in list(self.sessions):
            task.cancel()
        await asyncio.gather(*self.sessions, return_exceptions=True)

    async def __aenter__(self) -> V2GServer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def start_server(
    handle: Callable[[V2GTPConnection], Awaitable[None]],
    host: str,
    port: int = 0,
    *,
    ssl_context: ssl.SSLContext | None,
    interface: str | None = None,
    allow_plain_tcp: bool = False,
    max_payload_length: int = DEFAULT_MAX_PAYLOAD_LENGTH,
) -> V2GServer:
    """SECC side: listen on host (link-local + interface, or loopback); port 0 picks a free dynamic port.

    A crashing handler is logged and closes only its own connection; the server keeps running.
    """
    _check_security(ssl_context, allow_plain_tcp)
    result = V2GServer()

    async def on_client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = V2GTPConnection(reader, writer, max_payload_length=max_payload_length)
        task = asyncio.current_task()
        assert task is not None
        result.sessions.add(task)
        _log_session_transport(conn, "SECC")
        started = time.monotonic()
        try:
            await handle(conn)
        except asyncio.CancelledError:
            # Ends the task normally: Python 3.11's stream callback would otherwise log the
            # cancellation of every session as an error when the server closes.
            logger.info("SECC session with %s cancelled", conn.peer)
        except Exception as exc:
            if isinstance(exc, OSError) and exc.errno in _OUT_OF_RESOURCES:
                # e.g. no descriptor left for the session's log file: one line, not a traceback each time
                result.out_of_resources(exc, f"starting the session with {conn.peer}")
            else:
                logger.exception("SECC session with %s ended with an error", conn.peer)
        finally:
            result.sessions.discard(task)
            try:
                await conn.close()
            except asyncio.CancelledError:  # the server is closing: no waiting for a peer that may be gone
                conn.abort()
            logger.info("SECC session with %s closed after %.3f s", conn.peer, time.monotonic() - started)

    loop = asyncio.get_running_loop()

    def protocol() -> asyncio.BaseProtocol:
        streams = asyncio.StreamReaderProtocol(asyncio.StreamReader(loop=loop), on_client, loop=loop)
        return streams if ssl_context is None else tls.server_protocol(loop, streams, ssl_context)

    target = netutil.scoped_host(host, interface) if interface else host

    async def listen(on_port: int) -> None:
        result._listen(target, on_port, protocol)

    # Port 0: a dynamic port (ISO 15118-2 Table 15, 49152-65535), not the kernel's ephemeral range.
    await (listen(port) if port else netutil.bind_dynamic_port(listen))
    return result
