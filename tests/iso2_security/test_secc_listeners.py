"""The SECC serves TLS and plain TCP side by side when its protocols need both (-20/-2 PnC over TLS, DIN 70121
and -2 EIM over TCP), and SDP answers each EV with the port of the Security it asked for."""
from __future__ import annotations

import asyncio
import ipaddress
from pathlib import Path

from iso15118 import sdp, tls
from iso15118.sdp import SDPRequest, SDPResponse, Security, TransportProtocol
from secc.config import SECCConfig
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE
from tests.netns_helpers import NetnsLoop, requires_netns, veth_link

ADDRESS = ipaddress.IPv6Address("fe80::1")
TLS_RESPONSE = SDPResponse(ADDRESS, 50001, Security.TLS, TransportProtocol.TCP)
TCP_RESPONSE = SDPResponse(ADDRESS, 50002, Security.NO_TLS, TransportProtocol.TCP)


def test_responder_answers_each_security_with_its_listener() -> None:
    responder = sdp.SDPResponder(TLS_RESPONSE, alternatives={Security.NO_TLS: TCP_RESPONSE})
    assert responder.answer(SDPRequest(Security.TLS, TransportProtocol.TCP).to_datagram()) == TLS_RESPONSE.to_datagram()
    assert responder.answer(SDPRequest(Security.NO_TLS, TransportProtocol.TCP).to_datagram()) == TCP_RESPONSE.to_datagram()
    only_tls = sdp.SDPResponder(TLS_RESPONSE)  # a TLS-only SECC still answers a NO_TLS request with what it has
    assert only_tls.answer(SDPRequest(Security.NO_TLS, TransportProtocol.TCP).to_datagram()) == TLS_RESPONSE.to_datagram()


def _dual_context(pki2_dir: Path, pki20_dir: Path) -> object:
    ctx20 = tls.secc_server_context(pki20_dir / "secc/chain.pem", pki20_dir / "secc/leaf.key.pem",
                                    client_auth=tls.ClientAuth.NONE)
    ctx2 = tls.secc_iso2_server_context(pki2_dir / "secc/chain.pem", pki2_dir / "secc/leaf.key.pem")
    return tls.secc_dual_server_context(ctx20, ctx2)


async def test_secc_listens_with_tls_and_on_plain_tcp(pki2_dir: Path, pki20_dir: Path) -> None:
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=_dual_context(pki2_dir, pki20_dir),  # type: ignore[arg-type]
                        tcp_listener=True)
    await server.start("::1")
    try:
        assert server.tcp_port is not None and server.tcp_port != server.port
        _, writer = await asyncio.open_connection("::1", server.tcp_port)  # plain TCP: no handshake expected
        reader2, writer2 = await asyncio.open_connection(
            "::1", server.port, ssl=tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"]))
        assert tls.negotiated_parameters(writer2.get_extra_info("ssl_object")).version == "TLSv1.2"
        for _ in range(200):
            if len(server.sessions) == 2:
                break
            await asyncio.sleep(0.01)
        assert {s.conn.tls.version if s.conn.tls else None for s in server.sessions} == {None, "TLSv1.2"}
        writer.close()
        writer2.close()
    finally:
        await server.close()


async def test_no_tcp_listener_unless_asked_or_without_tls(pki2_dir: Path, pki20_dir: Path) -> None:
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=_dual_context(pki2_dir, pki20_dir))  # type: ignore[arg-type]
    await server.start("::1")
    try:
        assert server.tcp_port is None
    finally:
        await server.close()


@requires_netns
async def test_sdp_gives_the_tls_port_to_tls_requests_and_the_tcp_port_to_tcp_requests(
        pki2_dir: Path, pki20_dir: Path) -> None:
    with veth_link("sdp2-") as link, NetnsLoop(link.a.netns) as secc_loop, NetnsLoop(link.b.netns) as ev_loop:
        server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=_dual_context(pki2_dir, pki20_dir),  # type: ignore[arg-type]
                            tcp_listener=True)
        await secc_loop.run(server.start(str(link.a.address), interface=link.a.ifname))
        try:
            ports = server.port, server.tcp_port
            by_tls = await ev_loop.run(sdp.discover_secc(link.b.ifname, security=Security.TLS))
            by_tcp = await ev_loop.run(sdp.discover_secc(link.b.ifname, security=Security.NO_TLS))
        finally:
            await secc_loop.run(server.close())
        assert (by_tls.SECCPort, by_tls.Security) == (ports[0], Security.TLS)
        assert (by_tcp.SECCPort, by_tcp.Security) == (ports[1], Security.NO_TLS)
        assert by_tls.SECCIPAddress == by_tcp.SECCIPAddress == link.a.address
