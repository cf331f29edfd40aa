"""SECC Discovery Protocol: the EVCC finds the SECC's address, TCP port and security over UDP.

The EVCC multicasts an SDP request (V2GTP 0x9000: Security, TransportProtocol) to ff02::1 port 15118
on its PLC interface; the SECC answers by unicast (0x9001: SECC IPv6 address, port, Security,
TransportProtocol). Invalid requests are ignored (never answered) and counted.

    server = await start_sdp_server("eth0", secc_port=server.port, security=Security.TLS)
    server.stats -> SDPServerStats(received, answered, invalid)
    await server.close()

    response = await discover_secc("eth0", security=Security.TLS)       # EVCC
    conn = await open_secc_connection(response, "eth0", ssl_context=ctx)  # TLS or (lab) plain TCP

Timing: the client retransmits when no valid response came within SDP_RETRANSMISSION_TIMEOUT
(250 ms) and gives up after SDP_MAX_REQUESTS (50) requests with SDPTimeoutError. These are the
ISO 15118-2 SDP client values (also Josev's); the -20 text was not at hand to re-check them, so both
are parameters of discover_secc.
The wireless SDP variants (0x9002/0x9003, ACDP/WPT with EMSP and EV/EVSE ids) are recognised by
payload type but not served: such requests are counted as `unsupported`.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TypeVar

from iso15118 import netutil, tls, v2gtp
from iso15118.v2gtp import PayloadType

logger = logging.getLogger(__name__)

SDP_PORT = 15118
SDP_MULTICAST_ADDRESS = ipaddress.IPv6Address("ff02::1")
SDP_RETRANSMISSION_TIMEOUT = 0.25  # s without a valid response before the request is sent again
SDP_MAX_REQUESTS = 50
SDP_REQUEST_LENGTH = 2
SDP_RESPONSE_LENGTH = 20
_RESPONSE = struct.Struct(">16sHBB")
_MAX_DATAGRAM = 1500


class Security(IntEnum):
    TLS = 0x00
    NO_TLS = 0x10


class TransportProtocol(IntEnum):
    TCP = 0x00
    UDP = 0x10  # reserved by the standard; never offered by our SECC


class SDPError(Exception):
    """Base of SDP faults."""


class InvalidSDPRequestError(SDPError):
    pass


class InvalidSDPResponseError(SDPError):
    pass


class SDPTimeoutError(SDPError, TimeoutError):
    def __init__(self, requests: int, retransmission_timeout: float) -> None:
        super().__init__(f"no valid SDP response after {requests} requests ({retransmission_timeout:.3f} s apart)")
        self.requests = requests


_E = TypeVar("_E", bound=IntEnum)


def _enum_field(enum_type: type[_E], raw: int, what: str, error: type[SDPError]) -> _E:
    try:
        return enum_type(raw)
    except ValueError:
        raise error(f"{what} 0x{raw:02X} is not a valid value") from None


def _payload(datagram: bytes, expected: PayloadType, length: int, error: type[SDPError]) -> bytes:
    try:
        payload_type, payload = v2gtp.parse_message(datagram, max_payload_length=length)
    except v2gtp.V2GTPError as exc:
        raise error(str(exc)) from exc
    if payload_type != expected or len(payload) != length:
        raise error(f"expected {expected.name} with {length} payload bytes, got {payload_type.name} with {len(payload)}")
    return payload


@dataclass(frozen=True)
class SDPRequest:
    Security: Security
    TransportProtocol: TransportProtocol

    def to_datagram(self) -> bytes:
        return v2gtp.pack(PayloadType.SDP_REQUEST, bytes((self.Security, self.TransportProtocol)))

    @classmethod
    def from_datagram(cls, datagram: bytes) -> SDPRequest:
        payload = _payload(datagram, PayloadType.SDP_REQUEST, SDP_REQUEST_LENGTH, InvalidSDPRequestError)
        return cls(
            Security=_enum_field(Security, payload[0], "Security", InvalidSDPRequestError),
            TransportProtocol=_enum_field(TransportProtocol, payload[1], "TransportProtocol", InvalidSDPRequestError),
        )


@dataclass(frozen=True)
class SDPResponse:
    SECCIPAddress: ipaddress.IPv6Address
    SECCPort: int
    Security: Security
    TransportProtocol: TransportProtocol

    def to_datagram(self) -> bytes:
        payload = _RESPONSE.pack(self.SECCIPAddress.packed, self.SECCPort, self.Security, self.TransportProtocol)
        return v2gtp.pack(PayloadType.SDP_RESPONSE, payload)

    @classmethod
    def from_datagram(cls, datagram: bytes) -> SDPResponse:
        payload = _payload(datagram, PayloadType.SDP_RESPONSE, SDP_RESPONSE_LENGTH, InvalidSDPResponseError)
        address, port, security, transport = _RESPONSE.unpack(payload)
        if port == 0:
            raise InvalidSDPResponseError("SECCPort 0")
        return cls(
            SECCIPAddress=ipaddress.IPv6Address(address),
            SECCPort=port,
            Security=_enum_field(Security, security, "Security", InvalidSDPResponseError),
            TransportProtocol=_enum_field(TransportProtocol, transport, "TransportProtocol", InvalidSDPResponseError),
        )


@dataclass
class SDPServerStats:
    received: int = 0
    answered: int = 0
    invalid: int = 0
    unsupported: int = 0  # valid V2GTP, but a discovery variant we do not serve (wireless)
    last_invalid_reason: str = ""


@dataclass
class SDPResponder:
    """Pure SECC decision: request datagram in, response datagram (or None = ignore) out.

    `response` answers every request; with `alternatives` (a SECC that listens with TLS and on plain TCP,
    e.g. -20 with DIN 70121) a request is answered with the listener of the Security it asked for."""

    response: SDPResponse
    stats: SDPServerStats = field(default_factory=SDPServerStats)
    alternatives: dict[Security, SDPResponse] = field(default_factory=dict)

    def answer(self, datagram: bytes) -> bytes | None:
        self.stats.received += 1
        if datagram[2:4] == PayloadType.SDP_REQUEST_WIRELESS.to_bytes(2, "big"):
            self.stats.unsupported += 1
            return None
        try:
            request = SDPRequest.from_datagram(datagram)
        except InvalidSDPRequestError as exc:
            self.stats.invalid += 1
            self.stats.last_invalid_reason = str(exc)
            logger.info("ignoring invalid SDP request (%s): %s", exc, datagram[:64].hex())
            return None
        response = self.alternatives.get(request.Security, self.response)
        if request.Security != response.Security:
            logger.info("EV asked for %s, SECC offers %s", request.Security.name, response.Security.name)
        self.stats.answered += 1
        return response.to_datagram()


class _ServerProtocol(asyncio.DatagramProtocol):
    def __init__(self, responder: SDPResponder) -> None:
        self.responder = responder
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        reply = self.responder.answer(data)
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, addr)

    def error_received(self, exc: Exception) -> None:
        logger.warning("SDP server socket error: %s", exc)


def _udp_socket(interface: str, port: int, *, reuse: bool = True) -> socket.socket:
    """UDP/IPv6 socket bound to `interface` only, in the calling thread's network namespace.

    `reuse` (SO_REUSEADDR) lets the SDP server share 15118; a client's own port must be its alone."""
    index = netutil.interface_index(interface)
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, int(reuse))
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, interface.encode())
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, index)
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 1)
        sock.bind(("::", port, 0, 0))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


class SDPServer:
    """The SECC's SDP endpoint on one interface."""

    def __init__(self, transport: asyncio.DatagramTransport, responder: SDPResponder) -> None:
        self._transport = transport
        self.responder = responder

    @property
    def stats(self) -> SDPServerStats:
        return self.responder.stats

    @property
    def response(self) -> SDPResponse:
        return self.responder.response

    async def close(self) -> None:
        self._transport.close()
        await asyncio.sleep(0)

    async def __aenter__(self) -> SDPServer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def start_sdp_server(
    interface: str,
    secc_port: int,
    security: Security,
    *,
    secc_address: ipaddress.IPv6Address | None = None,
    port: int = SDP_PORT,
    also: dict[Security, int] | None = None,
) -> SDPServer:
    """Answer SDP requests on `interface` with its link-local address (or `secc_address`) and secc_port.

    `also`: the SECC's other listeners by Security (e.g. {Security.NO_TLS: tcp_port} beside a TLS port): a
    request asking for one of those is answered with its port and Security."""
    address = secc_address or await netutil.wait_for_link_local(interface)
    response = SDPResponse(address, secc_port, security, TransportProtocol.TCP)
    alternatives = {s: SDPResponse(address, p, s, TransportProtocol.TCP) for s, p in (also or {}).items()}
    sock = _udp_socket(interface, port)
    mreq = SDP_MULTICAST_ADDRESS.packed + struct.pack("@I", netutil.interface_index(interface))
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    responder = SDPResponder(response, alternatives=alternatives)
    transport, _ = await asyncio.get_running_loop().create_datagram_endpoint(
        lambda: _ServerProtocol(responder), sock=sock
    )
    logger.info("SDP server on %s answers with [%s]:%d %s%s", interface, address, secc_port, security.name,
                "".join(f", {s.name} requests with port {p}" for s, p in (also or {}).items()))
    return SDPServer(transport, responder)


class _ClientProtocol(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.responses: asyncio.Queue[bytes] = asyncio.Queue()

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        self.responses.put_nowait(data)

    def error_received(self, exc: Exception) -> None:
        logger.debug("SDP client socket error: %s", exc)


async def discover_secc(
    interface: str,
    *,
    security: Security = Security.TLS,
    transport_protocol: TransportProtocol = TransportProtocol.TCP,
    retransmission_timeout: float = SDP_RETRANSMISSION_TIMEOUT,
    max_requests: int = SDP_MAX_REQUESTS,
    port: int = SDP_PORT,
) -> SDPResponse:
    """EVCC: multicast SDP requests on `interface` until a valid response arrives (or SDPTimeoutError).

    Invalid datagrams do not end the wait; the request goes out again only after a full
    retransmission_timeout without a valid response.
    """
    request = SDPRequest(security, transport_protocol).to_datagram()
    destination = netutil.sockaddr(SDP_MULTICAST_ADDRESS, port, interface)
    loop = asyncio.get_running_loop()

    async def endpoint(client_port: int) -> tuple[asyncio.DatagramTransport, _ClientProtocol]:
        # ISO 15118-2 Table 15: the SDP client's UDP port is a dynamic port too.
        return await loop.create_datagram_endpoint(_ClientProtocol, sock=_udp_socket(interface, client_port, reuse=False))

    udp, protocol = await netutil.bind_dynamic_port(endpoint)
    try:
        for attempt in range(1, max_requests + 1):
            udp.sendto(request, destination)
            deadline = loop.time() + retransmission_timeout
            while (remaining := deadline - loop.time()) > 0:
                try:
                    datagram = await asyncio.wait_for(protocol.responses.get(), remaining)
                except TimeoutError:
                    break
                try:
                    response = SDPResponse.from_datagram(datagram)
                except InvalidSDPResponseError as exc:
                    logger.info("ignoring invalid SDP response: %s", exc)
                    continue
                logger.info("SDP response after %d request(s): %s", attempt, response)
                return response
        raise SDPTimeoutError(max_requests, retransmission_timeout)
    finally:
        udp.close()


async def open_secc_connection(
    response: SDPResponse,
    interface: str,
    *,
    ssl_context: ssl.SSLContext | None,
    allow_plain_tcp: bool = False,
    timeout: float = 5.0,
    max_payload_length: int = v2gtp.DEFAULT_MAX_PAYLOAD_LENGTH,
) -> v2gtp.V2GTPConnection:
    """EVCC: connect as the SDP response says. TLS needs ssl_context; NO_TLS needs the lab setting."""
    if response.TransportProtocol is not TransportProtocol.TCP:
        raise SDPError(f"SECC offers {response.TransportProtocol.name}; only TCP is defined for V2G sessions")
    if response.Security is Security.TLS:
        if ssl_context is None:
            raise tls.TLSConfigurationError("the SECC requires TLS but the EVCC has no TLS context")
        context: ssl.SSLContext | None = ssl_context
    elif allow_plain_tcp:
        context = None
    else:
        raise tls.PlainTCPNotAllowedError("the SECC offers no TLS; -20 needs TLS 1.3 unless lab plain TCP is allowed")
    return await v2gtp.open_connection(
        str(response.SECCIPAddress),
        response.SECCPort,
        ssl_context=context,
        interface=interface,
        allow_plain_tcp=allow_plain_tcp,
        timeout=timeout,
        max_payload_length=max_payload_length,
    )
