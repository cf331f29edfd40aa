"""A refused TLS handshake says what happened on both sides: the peer gets the alert RFC 8446 names (seen by
`openssl s_client`, which prints the alert it received), the SECC logs one line with the peer, the reason and
what the peer offered (TLS versions, groups). Josev's TLS 1.2 + P-256 offer must be obvious from that line."""
from __future__ import annotations

import asyncio
import logging
import shutil
import time

import pytest

from iso15118.tls import ClientAuth

from .certs import Chain
from .test_tls import s_client, secc_ctx, secc_server, vehicle_args

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command line tool")


async def _tls_warnings(caplog: pytest.LogCaptureFixture, count: int) -> list[str]:
    """The SECC's TLS log lines; they come from a worker thread (the ClientHello parse), so wait for them."""
    deadline = time.monotonic() + 20
    while True:
        lines = [r.getMessage() for r in caplog.records if r.name == "iso15118.tls" and r.levelno == logging.WARNING]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        await asyncio.sleep(0.05)


@pytest.mark.parametrize(
    ("offer", "alert", "number", "offered"),
    [
        (["-tls1_2"], "alert protocol version", 70, "the peer offered TLS 1.2;"),
        (["-groups", "P-256"], "alert handshake failure", 40, "groups secp256r1 - outside the ISO 15118-20 profile"),
        (["-tls1_2", "-groups", "P-256"], "alert protocol version", 70, "the peer offered TLS 1.2; groups secp256r1 -"),
    ],
    ids=["tls1.2", "p256-only", "josev-like-tls1.2-p256"],
)
async def test_refused_profile_gets_its_alert_and_a_log_line_naming_the_offer(
    offer: list[str], alert: str, number: int, offered: str, secc_p521: Chain, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        code, out = await s_client(port, secc_p521.root, *offer)
        lines = await _tls_warnings(caplog, 1)
    assert code != 0 and secc.sessions == []
    assert alert in out and f"SSL alert number {number}" in out, out
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith("TLS handshake with [::1]:") and " refused: " in line
    assert offered in line and "Josev offers TLS 1.2 + P-256" in line
    assert f"answered with {alert.removeprefix('alert ').replace(' ', '_')}" in line


async def _raw_exchange(port: int, data: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("::1", port)
    writer.write(data)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(), 10)
    finally:
        writer.close()


async def test_malformed_client_hello_gets_decode_error(secc_p521: Chain, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    hello = b"\x16\x03\x01\x00\x10" + b"\x01\x00\x00\x0c\x03\x03" + bytes(10)  # lengths that do not add up
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        answer = await _raw_exchange(port, hello)
        lines = await _tls_warnings(caplog, 1)
    assert answer == bytes.fromhex("15030300020232")  # fatal decode_error, in the clear
    assert len(lines) == 1 and "malformed ClientHello" in lines[0] and "answered with decode_error" in lines[0]
    assert secc.sessions == []


async def test_input_that_is_not_tls_is_logged_and_closed(secc_p521: Chain, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        answer = await _raw_exchange(port, b"GET / HTTP/1.0\r\n\r\n")
        lines = await _tls_warnings(caplog, 1)
    assert answer == b""
    assert len(lines) == 1 and "no TLS handshake record (first bytes 474554202f204854)" in lines[0]


async def test_peer_that_hangs_up_mid_handshake_is_logged(secc_p521: Chain, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        reader, writer = await asyncio.open_connection("::1", port)
        writer.write(b"\x16\x03\x01\x02\x00\x01")  # a ClientHello that never finishes
        await writer.drain()
        writer.close()
        lines = await _tls_warnings(caplog, 1)
    assert len(lines) == 1 and "not completed" in lines[0] and "malformed ClientHello (6 bytes" in lines[0]


async def test_refused_vehicle_certificate_is_logged_with_the_reason(
    secc_p521: Chain, vehicle_p521: Chain, stranger_p521: Chain, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    async with secc_server(secc_ctx(secc_p521, ClientAuth.REQUIRED, vehicle_p521)) as (secc, port):
        _, out = await s_client(port, secc_p521.root, *vehicle_args(stranger_p521))
        lines = await _tls_warnings(caplog, 1)
    assert secc.sessions == [] and len(lines) == 1
    assert "CERTIFICATE_VERIFY_FAILED" in lines[0] and "the peer offered TLS 1.3" in lines[0]
    assert "alert" in out, out


async def test_ev_that_does_not_trust_the_secc_chain_is_logged_as_its_alert(
    secc_p521: Chain, stranger_p521: Chain, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="iso15118.tls")
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        code, out = await s_client(port, stranger_p521.root)  # trusts another root: refuses our chain
        lines = await _tls_warnings(caplog, 1)
    assert code != 0 and secc.sessions == [] and len(lines) == 1
    assert "refused by the peer: it sent alert unknown_ca" in lines[0], lines
