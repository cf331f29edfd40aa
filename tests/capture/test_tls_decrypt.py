"""TLS 1.3 (-20 profile) and TLS 1.2 (-2 suites) records decrypt with the key log the endpoint wrote."""
from __future__ import annotations

import ssl
from pathlib import Path

import pytest

from iso15118 import tls
from iso15118.capture.tlsdecrypt import KeyLog, TLSConnection
from tests.capture.tls_pair import converse, keylogged
from tests.transport.certs import make_chain

MESSAGES = [(True, b"\x01\xfe\x80\x01\x00\x00\x00\x03abc"), (False, b"response" * 300), (True, b"x" * 20000)]


def _decrypt(wire, keylog: KeyLog | None) -> tuple[TLSConnection, dict[bool, bytes], list[str], list[str]]:
    conn = TLSConnection(keylog)
    data = {True: b"", False: b""}
    notes: list[str] = []
    errors: list[str] = []
    for out in [conn.feed(from_client, chunk) for from_client, chunk in wire.chunks] + [conn.finish()]:
        for side in (True, False):
            data[side] += out.data[side]
        notes += out.notes
        errors += out.errors
    return conn, data, notes, errors


def _expected() -> dict[bool, bytes]:
    return {side: b"".join(d for s, d in MESSAGES if s is side) for side in (True, False)}


@pytest.mark.parametrize("kind", ["p521", "ed448"])
def test_tls13_profile_decrypts_both_directions(tmp_path: Path, kind: str) -> None:
    chain = make_chain(tmp_path, "secc", kind)
    server = tls.secc_server_context(chain.chain, chain.key, client_auth=tls.ClientAuth.NONE)
    client = keylogged(tls.evcc_client_context([chain.root]), tmp_path / "keys.log")
    wire = converse(client, server, MESSAGES)
    conn, data, notes, errors = _decrypt(wire, KeyLog.load(tmp_path / "keys.log"))
    assert errors == []
    assert conn.description in ("TLS 1.3 TLS_AES_256_GCM_SHA384", "TLS 1.3 TLS_CHACHA20_POLY1305_SHA256")
    assert data == _expected()
    assert "TLS alert warning close_notify" in notes


def test_tls13_without_keys_reports_and_keeps_encrypted(tmp_path: Path) -> None:
    chain = make_chain(tmp_path, "secc", "p521")
    server = tls.secc_server_context(chain.chain, chain.key, client_auth=tls.ClientAuth.NONE)
    wire = converse(tls.evcc_client_context([chain.root]), server, MESSAGES)
    conn, data, notes, errors = _decrypt(wire, KeyLog(""))
    assert data == {True: b"", False: b""}
    assert any("HANDSHAKE_TRAFFIC_SECRET in the key log" in n for n in notes)
    assert conn.undecryptable > 0


def test_tls13_wrong_keys_are_errors_not_garbage(tmp_path: Path) -> None:
    chain = make_chain(tmp_path, "secc", "p521")
    server = tls.secc_server_context(chain.chain, chain.key, client_auth=tls.ClientAuth.NONE)
    client = keylogged(tls.evcc_client_context([chain.root]), tmp_path / "keys.log")
    wire = converse(client, server, MESSAGES)
    text = (tmp_path / "keys.log").read_text()
    forged = "\n".join(" ".join(p[:2] + [bytes(len(bytes.fromhex(p[2]))).hex()]) for p in (l.split() for l in text.splitlines()) if len(p) == 3)
    _, data, _, errors = _decrypt(wire, KeyLog(forged))
    assert data == {True: b"", False: b""}
    assert errors and all("does not authenticate" in e for e in errors)


# OpenSSL's SSL_OP_NO_ENCRYPT_THEN_MAC (Python's ssl has no name for it but passes the bit through).
_NO_ENCRYPT_THEN_MAC = 1 << 19


@pytest.mark.parametrize(("cipher", "etm"), [("ECDHE-ECDSA-AES128-SHA256", True), ("ECDHE-ECDSA-AES128-SHA256", False),
                                             ("ECDHE-ECDSA-AES128-GCM-SHA256", False)])
def test_tls12_decrypts_iso2_suites(tmp_path: Path, cipher: str, etm: bool) -> None:
    """ISO 15118-2 uses TLS 1.2 with ECDHE_ECDSA_AES_128_CBC_SHA256 on P-256, with or without
    encrypt-then-MAC (OpenSSL negotiates it by default); GCM shown for completeness."""
    chain = make_chain(tmp_path, "secc", "p256")
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.maximum_version = ssl.TLSVersion.TLSv1_2
    server.load_cert_chain(chain.chain, chain.key)
    server.set_ciphers(cipher)
    if not etm:
        server.options |= _NO_ENCRYPT_THEN_MAC
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client.maximum_version = ssl.TLSVersion.TLSv1_2
    client.check_hostname = False
    client.load_verify_locations(chain.root)
    client.set_ciphers(cipher)
    wire = converse(keylogged(client, tmp_path / "keys.log"), server, MESSAGES)
    conn, data, notes, errors = _decrypt(wire, KeyLog.load(tmp_path / "keys.log"))
    assert errors == []
    assert conn.description.startswith("TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128")
    assert conn.encrypt_then_mac is etm
    assert data == _expected()


def test_records_wait_for_keys_the_endpoint_logs_later(tmp_path: Path) -> None:
    """A live capture sees the server's encrypted flight before the client has logged the secrets for it."""
    chain = make_chain(tmp_path, "secc", "p521")
    server = tls.secc_server_context(chain.chain, chain.key, client_auth=tls.ClientAuth.NONE)
    client = keylogged(tls.evcc_client_context([chain.root]), tmp_path / "keys.log")
    wire = converse(client, server, MESSAGES)
    live = tmp_path / "live.log"
    live.write_text("")
    conn = TLSConnection(KeyLog.load(live))
    data = {True: b"", False: b""}
    for index, (from_client, chunk) in enumerate(wire.chunks):
        if index == 3:  # ClientHello, ServerHello+encrypted flight, client Finished seen: now the log has them
            live.write_text((tmp_path / "keys.log").read_text())
        out = conn.feed(from_client, chunk)
        for side in (True, False):
            data[side] += out.data[side]
    assert data == _expected() and conn.undecryptable == 0
