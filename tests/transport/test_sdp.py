"""SDP: wire format, the SECC's ignore-and-count rule, and discovery over a veth pair between two
network namespaces (retransmission, timeout), ending in a TLS session on the discovered address."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import struct
import time
from collections.abc import Iterator

import pytest

from iso15118 import netutil, sdp, tls, v2gtp
from iso15118.netutil import DYNAMIC_PORTS
from iso15118.sdp import SDPRequest, SDPResponse, Security, TransportProtocol
from iso15118.v2gtp import PayloadType
from tests.netns_helpers import NetnsLoop, VethLink, requires_netns, veth_link

from .certs import Chain

SECC_ADDRESS = ipaddress.IPv6Address("fe80::1234:56ff:fe78:9abc")
RESPONSE = SDPResponse(SECC_ADDRESS, 50123, Security.TLS, TransportProtocol.TCP)


# ---------------------------------------------------------------- pure


def test_request_wire_format() -> None:
    assert SDPRequest(Security.NO_TLS, TransportProtocol.TCP).to_datagram() == bytes.fromhex("01fe9000000000021000")
    assert SDPRequest.from_datagram(bytes.fromhex("01fe9000000000020000")) == SDPRequest(Security.TLS, TransportProtocol.TCP)


def test_response_wire_format_round_trip() -> None:
    datagram = RESPONSE.to_datagram()
    assert datagram[:8] == bytes.fromhex("01fe900100000014")
    assert datagram[8:24] == SECC_ADDRESS.packed and datagram[24:] == bytes.fromhex("c3cb0000")
    assert SDPResponse.from_datagram(datagram) == RESPONSE


INVALID_REQUESTS = {
    "bad version": bytes.fromhex("02fd9000000000020000"),
    "bad inverse": bytes.fromhex("01ff9000000000020000"),
    "response type": bytes.fromhex("01fe9001000000020000"),
    "main type": bytes.fromhex("01fe8002000000020000"),
    "too short": bytes.fromhex("01fe90000000000200"),
    "length 3": bytes.fromhex("01fe900000000003000000"),
    "header only": bytes.fromhex("01fe9000"),
    "security reserved": bytes.fromhex("01fe9000000000020500"),
    "transport reserved": bytes.fromhex("01fe9000000000020001"),
    "huge length": bytes.fromhex("01fe9000ffffffff0000"),
    "empty": b"",
}


@pytest.mark.parametrize("datagram", INVALID_REQUESTS.values(), ids=INVALID_REQUESTS.keys())
def test_invalid_request_is_ignored_and_counted(datagram: bytes) -> None:
    responder = sdp.SDPResponder(RESPONSE)
    assert responder.answer(datagram) is None
    assert (responder.stats.received, responder.stats.invalid, responder.stats.answered) == (1, 1, 0)
    assert responder.stats.last_invalid_reason
    with pytest.raises(sdp.InvalidSDPRequestError):
        SDPRequest.from_datagram(datagram)


def test_valid_requests_answered_with_secc_security() -> None:
    responder = sdp.SDPResponder(RESPONSE)
    for request in (SDPRequest(Security.TLS, TransportProtocol.TCP), SDPRequest(Security.NO_TLS, TransportProtocol.TCP)):
        assert responder.answer(request.to_datagram()) == RESPONSE.to_datagram()
    assert (responder.stats.received, responder.stats.answered, responder.stats.invalid) == (2, 2, 0)


def test_wireless_request_counted_as_unsupported() -> None:
    responder = sdp.SDPResponder(RESPONSE)
    assert responder.answer(v2gtp.pack(PayloadType.SDP_REQUEST_WIRELESS, b"\x00" * 61)) is None
    assert (responder.stats.unsupported, responder.stats.invalid) == (1, 0)


@pytest.mark.parametrize(
    "datagram",
    [
        RESPONSE.to_datagram()[:-1],
        v2gtp.pack(PayloadType.SDP_REQUEST, RESPONSE.to_datagram()[8:]),
        v2gtp.pack(PayloadType.SDP_RESPONSE, SECC_ADDRESS.packed + b"\x00\x00\x00\x00"),  # port 0
        v2gtp.pack(PayloadType.SDP_RESPONSE, SECC_ADDRESS.packed + b"\xc3\xcb\x20\x00"),  # bad security
    ],
)
def test_invalid_responses_rejected(datagram: bytes) -> None:
    with pytest.raises(sdp.InvalidSDPResponseError):
        SDPResponse.from_datagram(datagram)


@pytest.mark.parametrize(
    ("response", "kwargs", "error"),
    [
        (SDPResponse(SECC_ADDRESS, 50123, Security.NO_TLS, TransportProtocol.TCP), {"ssl_context": None}, tls.PlainTCPNotAllowedError),
        (RESPONSE, {"ssl_context": None, "allow_plain_tcp": True}, tls.TLSConfigurationError),
        (SDPResponse(SECC_ADDRESS, 50123, Security.TLS, TransportProtocol.UDP), {"ssl_context": None}, sdp.SDPError),
    ],
    ids=["no-tls-without-lab-mode", "tls-without-context", "udp"],
)
async def test_open_secc_connection_enforces_security_before_connecting(
    response: SDPResponse, kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        await sdp.open_secc_connection(response, "lo", **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- over a veth pair in two namespaces


@pytest.fixture
def link() -> Iterator[VethLink]:
    with veth_link("sdp-") as created:
        yield created


@pytest.fixture
def secc_loop(link: VethLink) -> Iterator[NetnsLoop]:
    with NetnsLoop(link.a.netns) as loop:
        yield loop


@pytest.fixture
def ev_loop(link: VethLink) -> Iterator[NetnsLoop]:
    with NetnsLoop(link.b.netns) as loop:
        yield loop


def _listener(ifname: str) -> socket.socket:
    """A bare SDP-port socket for scripted responders/sniffers (joined to ff02::1 on ifname)."""
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, ifname.encode())
    sock.bind(("::", sdp.SDP_PORT))
    mreq = sdp.SDP_MULTICAST_ADDRESS.packed + struct.pack("@I", netutil.interface_index(ifname))
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, mreq)
    sock.setblocking(False)
    return sock


async def _scripted_responder(ifname: str, replies: list[list[bytes]], window: float) -> list[bytes]:
    """For the n-th request send replies[n] (possibly nothing); record requests for `window` s."""
    loop = asyncio.get_running_loop()
    seen: list[bytes] = []
    with _listener(ifname) as sock:
        end = loop.time() + window
        while (left := end - loop.time()) > 0:
            try:
                data, addr = await asyncio.wait_for(loop.sock_recvfrom(sock, 2048), left)
            except TimeoutError:
                break
            seen.append(data)
            for reply in replies[len(seen) - 1] if len(seen) <= len(replies) else []:
                await loop.sock_sendto(sock, reply, addr)
    return seen


@requires_netns
async def test_discovery_over_veth(link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop) -> None:
    server = await secc_loop.run(sdp.start_sdp_server(link.a.ifname, 50000, Security.TLS))
    try:
        response = await ev_loop.run(sdp.discover_secc(link.b.ifname, security=Security.TLS))
    finally:
        await secc_loop.run(server.close())
    assert response == SDPResponse(link.a.address, 50000, Security.TLS, TransportProtocol.TCP)
    assert (server.stats.received, server.stats.answered, server.stats.invalid) == (1, 1, 0)


@requires_netns
async def test_client_retransmits_until_answered(link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop) -> None:
    """The SECC drops the first two requests; the EV resends after each retransmission timeout."""
    answer = SDPResponse(link.a.address, 50001, Security.TLS, TransportProtocol.TCP)
    responder = asyncio.ensure_future(secc_loop.run(_scripted_responder(link.a.ifname, [[], [], [answer.to_datagram()]], 0.6)))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    response = await ev_loop.run(sdp.discover_secc(link.b.ifname, retransmission_timeout=0.1, max_requests=5))
    elapsed = time.monotonic() - started
    seen = await responder
    assert response == answer
    assert len(seen) == 3 and all(SDPRequest.from_datagram(d) == SDPRequest(Security.TLS, TransportProtocol.TCP) for d in seen)
    assert elapsed >= 0.2  # two full retransmission timeouts passed before the answered third request


@requires_netns
async def test_client_ignores_invalid_response_and_keeps_waiting(
    link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop
) -> None:
    answer = SDPResponse(link.a.address, 50002, Security.NO_TLS, TransportProtocol.TCP)
    garbage = [b"\x01\xfe\x90\x01\x00\x00\x00\x01x", RESPONSE.to_datagram()[:-2], answer.to_datagram()]
    responder = asyncio.ensure_future(secc_loop.run(_scripted_responder(link.a.ifname, [garbage], 0.6)))
    await asyncio.sleep(0.05)
    response = await ev_loop.run(sdp.discover_secc(link.b.ifname, security=Security.NO_TLS, retransmission_timeout=0.25))
    assert response == answer
    seen = await responder
    assert len(seen) == 1  # the valid answer came within the first window: no retransmission


@requires_netns
async def test_client_gives_up_after_max_requests(link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop) -> None:
    sniffer = asyncio.ensure_future(secc_loop.run(_scripted_responder(link.a.ifname, [], 0.6)))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    with pytest.raises(sdp.SDPTimeoutError) as info:
        await ev_loop.run(sdp.discover_secc(link.b.ifname, retransmission_timeout=0.05, max_requests=4))
    elapsed = time.monotonic() - started
    assert info.value.requests == 4 and isinstance(info.value, TimeoutError)
    assert elapsed >= 0.2  # four requests, each followed by a full 50 ms wait
    assert len(await sniffer) == 4


@requires_netns
async def test_server_ignores_and_counts_invalid_requests_on_the_wire(
    link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop
) -> None:
    server = await secc_loop.run(sdp.start_sdp_server(link.a.ifname, 50003, Security.TLS))
    bad = [INVALID_REQUESTS["bad version"], INVALID_REQUESTS["security reserved"], INVALID_REQUESTS["length 3"]]

    async def send_and_listen(datagrams: list[bytes]) -> list[bytes]:
        loop = asyncio.get_running_loop()
        destination = netutil.sockaddr(sdp.SDP_MULTICAST_ADDRESS, sdp.SDP_PORT, link.b.ifname)
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as sock:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, netutil.interface_index(link.b.ifname))
            sock.setblocking(False)
            for datagram in datagrams:
                await loop.sock_sendto(sock, datagram, destination)
            replies = []
            while True:
                try:
                    replies.append(await asyncio.wait_for(loop.sock_recv(sock, 2048), 0.2))
                except TimeoutError:
                    return replies

    try:
        assert await ev_loop.run(send_and_listen(bad)) == []
        replies = await ev_loop.run(send_and_listen([SDPRequest(Security.TLS, TransportProtocol.TCP).to_datagram()]))
    finally:
        await secc_loop.run(server.close())
    assert [SDPResponse.from_datagram(r).SECCPort for r in replies] == [50003]
    assert (server.stats.received, server.stats.invalid, server.stats.answered) == (4, 3, 1)


@requires_netns
async def test_discovery_then_tls_session_on_link_local(
    link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop, secc_p521: Chain, vehicle_p521: Chain
) -> None:
    """The whole transport path the sessions use: SDP, then TLS 1.3 to the scoped link-local address."""
    secc_ctx = tls.secc_server_context(secc_p521.chain, secc_p521.key, ev_trust_roots=[vehicle_p521.root])
    ev_ctx = tls.evcc_client_context([secc_p521.root], cert_chain=vehicle_p521.chain, private_key=vehicle_p521.key)

    async def echo(conn: v2gtp.V2GTPConnection) -> None:
        payload_type, payload = await conn.receive(timeout=2)
        await conn.send(payload_type, payload + b"|" + (conn.tls.peer_subject or "").encode())

    async def secc_up() -> tuple[v2gtp.V2GServer, sdp.SDPServer]:
        server = await v2gtp.start_server(echo, str(link.a.address), 0, ssl_context=secc_ctx, interface=link.a.ifname)
        return server, await sdp.start_sdp_server(link.a.ifname, server.port, Security.TLS)

    async def ev_session() -> tuple[tls.TLSParameters | None, tuple[PayloadType, bytes]]:
        found = await sdp.discover_secc(link.b.ifname, security=Security.TLS)
        conn = await sdp.open_secc_connection(found, link.b.ifname, ssl_context=ev_ctx)
        async with conn:
            await conn.send(PayloadType.SAP, b"hello")
            return conn.tls, await conn.receive(timeout=2)

    tcp_server, sdp_server = await secc_loop.run(secc_up())
    try:
        params, reply = await ev_loop.run(ev_session())
    finally:
        await secc_loop.run(sdp_server.close())
        await secc_loop.run(tcp_server.close())
    assert reply == (PayloadType.SAP, b"hello|CN=" + vehicle_p521.leaf_subject.encode())
    assert params is not None
    assert (params.version, params.cipher, params.group) == ("TLSv1.3", "TLS_AES_256_GCM_SHA384", "secp521r1")
    assert params.peer_subject == f"CN={secc_p521.leaf_subject}"


@requires_netns
async def test_sdp_client_port_is_a_dynamic_port(link: VethLink, secc_loop: NetnsLoop, ev_loop: NetnsLoop) -> None:
    """ISO 15118-2 Table 15: the SDP client's UDP port, like the TCP ports, is from 49152-65535."""

    async def one_request() -> int:
        sock = sdp._udp_socket(link.a.ifname, sdp.SDP_PORT)
        try:
            _, addr = await asyncio.get_running_loop().sock_recvfrom(sock, 1500)
            response = sdp.SDPResponse(link.a.address, 50000, Security.NO_TLS, sdp.TransportProtocol.TCP)
            sock.sendto(response.to_datagram(), addr)
            return int(addr[1])
        finally:
            sock.close()

    server = asyncio.ensure_future(secc_loop.run(one_request()))
    await asyncio.sleep(0.1)
    found = await ev_loop.run(sdp.discover_secc(link.b.ifname, security=Security.NO_TLS))
    assert found.SECCPort == 50000
    assert (await server) in DYNAMIC_PORTS
