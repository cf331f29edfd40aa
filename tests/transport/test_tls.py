"""The -20 TLS profile, proved against the real `openssl s_client` / `openssl s_server`:
what is negotiated (cipher, group, signature algorithm, chain), what is refused, mutual authentication."""

from __future__ import annotations

import asyncio
import re
import shutil
import socket
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.x509 import ocsp as x509_ocsp

from iso15118 import tls, v2gtp
from iso15118.tls import ClientAuth
from iso15118.v2gtp import PayloadType

from .certs import Chain, ocsp_good

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command line tool")

FRAME = v2gtp.pack(PayloadType.MAIN, b"secc-hello")


# ---------------------------------------------------------------- helpers


class SeccUnderTest:
    """Our SECC server on ::1; records the TLS parameters of every session that got to the handler."""

    def __init__(self) -> None:
        self.sessions: list[tls.TLSParameters | None] = []

    async def handle(self, conn: v2gtp.V2GTPConnection) -> None:
        self.sessions.append(conn.tls)
        await conn.send(PayloadType.MAIN, b"secc-hello")


@asynccontextmanager
async def secc_server(ctx: ssl.SSLContext) -> AsyncIterator[tuple[SeccUnderTest, int]]:
    secc = SeccUnderTest()
    async with await v2gtp.start_server(secc.handle, "::1", 0, ssl_context=ctx) as server:
        yield secc, server.port


async def s_client(port: int, trust: Path, *extra: str, brief: bool = True) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        "openssl", "s_client", "-connect", f"[::1]:{port}", "-CAfile", str(trust), "-verify_return_error",
        "-ign_eof", *(["-brief"] if brief else []), *extra,  # -ign_eof: stay until the SECC hangs up
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(b""), 10)
    return proc.returncode or 0, out.decode("latin-1")


def _free_port() -> int:
    with socket.socket(socket.AF_INET6) as sock:
        sock.bind(("::1", 0))
        return sock.getsockname()[1]


@asynccontextmanager
async def s_server(chain: Chain, *extra: str) -> AsyncIterator[tuple[int, list[str]]]:
    """openssl s_server for one connection; yields its port and (after the block) its full output."""
    port = _free_port()
    proc = await asyncio.create_subprocess_exec(
        "openssl", "s_server", "-accept", f"[::1]:{port}", "-naccept", "1", "-cert", str(chain.leaf),
        "-cert_chain", str(chain.cas), "-key", str(chain.key), *extra,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    assert proc.stdout is not None and proc.stdin is not None
    lines: list[str] = []
    while not lines or lines[-1].strip() != "ACCEPT":
        line = await asyncio.wait_for(proc.stdout.readline(), 10)
        assert line, "openssl s_server did not start: " + "".join(lines)
        lines.append(line.decode("latin-1"))
    output: list[str] = []
    try:
        yield port, output
    finally:
        proc.stdin.close()
        try:
            rest = await asyncio.wait_for(proc.stdout.read(), 3)
        except TimeoutError:
            proc.kill()
            rest = await proc.stdout.read()
        await proc.wait()
        output.append("".join(lines) + rest.decode("latin-1"))


async def evcc_session(port: int, ctx: ssl.SSLContext) -> tls.TLSParameters | None:
    conn = await v2gtp.open_connection("::1", port, ssl_context=ctx)
    async with conn:
        await conn.send(PayloadType.MAIN, b"ev-hello")
        await asyncio.sleep(0.05)
        return conn.tls


def field(output: str, name: str) -> str:
    match = re.search(rf"^{re.escape(name)}:\s*(.*)$", output, re.MULTILINE)
    assert match, f"{name!r} not in openssl output:\n{output}"
    return match.group(1).strip()


def secc_ctx(chain: Chain, auth: ClientAuth = ClientAuth.OPTIONAL, *roots: Chain) -> ssl.SSLContext:
    return tls.secc_server_context(chain.chain, chain.key, client_auth=auth, ev_trust_roots=[r.root for r in roots])


def vehicle_args(vehicle: Chain) -> list[str]:
    return ["-cert", str(vehicle.leaf), "-cert_chain", str(vehicle.cas), "-key", str(vehicle.key)]


# ---------------------------------------------------------------- our SECC, openssl s_client


@pytest.mark.parametrize(("kind", "signature_type"), [("p521", "ECDSA"), ("ed448", "ed448")])
async def test_secc_negotiates_the_profile_with_openssl_client(
    kind: str, signature_type: str, request: pytest.FixtureRequest, vehicle_p521: Chain
) -> None:
    chain: Chain = request.getfixturevalue(f"secc_{kind}")
    async with secc_server(secc_ctx(chain, ClientAuth.OPTIONAL, vehicle_p521)) as (secc, port):
        code, out = await s_client(port, chain.root)  # s_client offers all its defaults
    assert code == 0, out
    assert field(out, "Protocol version") == "TLSv1.3"
    assert field(out, "Ciphersuite") == "TLS_AES_256_GCM_SHA384"
    assert field(out, "Server Temp Key").startswith("ECDH, secp521r1")
    assert field(out, "Signature type") == signature_type
    if kind == "p521":
        assert field(out, "Hash used") == "SHA512"
    assert field(out, "Requested Signature Algorithms") == "ECDSA+SHA512:ed448"  # CertificateRequest
    assert field(out, "Verification") == "OK"
    assert len(secc.sessions) == 1 and secc.sessions[0] is not None
    assert (secc.sessions[0].cipher, secc.sessions[0].group) == ("TLS_AES_256_GCM_SHA384", "secp521r1")


async def test_secc_negotiates_chacha20_and_x448(secc_ed448: Chain) -> None:
    async with secc_server(secc_ctx(secc_ed448, ClientAuth.NONE)) as (secc, port):
        code, out = await s_client(port, secc_ed448.root, "-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256", "-groups", "X448")
    assert code == 0, out
    assert field(out, "Ciphersuite") == "TLS_CHACHA20_POLY1305_SHA256"
    assert field(out, "Server Temp Key").startswith("X448")
    assert secc.sessions[0] is not None and secc.sessions[0].group == "x448"


async def test_secc_sends_leaf_subca2_subca1(secc_p521: Chain) -> None:
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (_, port):
        code, out = await s_client(port, secc_p521.root, "-showcerts", brief=False)
    assert code == 0, out
    subjects = re.findall(r"^\s*\d+ s:CN = (.*)$", out, re.MULTILINE)
    assert subjects == [f"{secc_p521.leaf_subject}", "SECC-P521 SubCA2", "SECC-P521 SubCA1"]


@pytest.mark.parametrize(
    "offer",
    [
        ["-ciphersuites", "TLS_AES_128_GCM_SHA256"],
        ["-ciphersuites", "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256"],
        ["-groups", "X25519:P-256"],
        ["-groups", "P-384"],
        ["-tls1_2"],
        ["-sigalgs", "ecdsa_secp256r1_sha256:ecdsa_secp384r1_sha384:rsa_pss_rsae_sha256"],
    ],
    ids=["aes128", "aes128-ccm", "x25519-p256", "p384", "tls1.2", "sigalgs-non-profile"],
)
async def test_secc_refuses_clients_outside_the_profile(offer: list[str], secc_p521: Chain) -> None:
    async with secc_server(secc_ctx(secc_p521, ClientAuth.NONE)) as (secc, port):
        code, out = await s_client(port, secc_p521.root, *offer)
    assert code != 0, out
    assert "CONNECTION ESTABLISHED" not in out and secc.sessions == []


async def test_secc_required_auth_refuses_ev_without_certificate(secc_p521: Chain, vehicle_p521: Chain) -> None:
    async with secc_server(secc_ctx(secc_p521, ClientAuth.REQUIRED, vehicle_p521)) as (secc, port):
        _, out = await s_client(port, secc_p521.root)
    assert secc.sessions == [] and "secc-hello" not in out


@pytest.mark.parametrize("auth", [ClientAuth.REQUIRED, ClientAuth.OPTIONAL])
async def test_secc_authenticates_vehicle_certificate(
    auth: ClientAuth, secc_p521: Chain, vehicle_ed448: Chain, vehicle_p521: Chain
) -> None:
    async with secc_server(secc_ctx(secc_p521, auth, vehicle_ed448, vehicle_p521)) as (secc, port):
        code, out = await s_client(port, secc_p521.root, *vehicle_args(vehicle_ed448))
    assert code == 0, out
    session = secc.sessions[0]
    assert session is not None and session.peer_subject == f"CN={vehicle_ed448.leaf_subject}"
    assert session.peer_signature_algorithm == "ed448"


async def test_secc_optional_auth_accepts_ev_without_certificate(secc_p521: Chain, vehicle_p521: Chain) -> None:
    async with secc_server(secc_ctx(secc_p521, ClientAuth.OPTIONAL, vehicle_p521)) as (secc, port):
        code, out = await s_client(port, secc_p521.root)
    assert code == 0 and "secc-hello" in out, out
    assert secc.sessions[0] is not None and secc.sessions[0].peer_certificate is None


@pytest.mark.parametrize("auth", [ClientAuth.REQUIRED, ClientAuth.OPTIONAL])
async def test_secc_refuses_vehicle_certificate_from_unknown_root(
    auth: ClientAuth, secc_p521: Chain, vehicle_p521: Chain, stranger_p521: Chain
) -> None:
    async with secc_server(secc_ctx(secc_p521, auth, vehicle_p521)) as (secc, port):
        _, out = await s_client(port, secc_p521.root, *vehicle_args(stranger_p521))
    assert secc.sessions == [] and "secc-hello" not in out


# ---------------------------------------------------------------- our EVCC, openssl s_server


async def test_evcc_offers_exactly_the_profile(secc_p521: Chain, vehicle_p521: Chain) -> None:
    ctx = tls.evcc_client_context([secc_p521.root], cert_chain=vehicle_p521.chain, private_key=vehicle_p521.key)
    async with s_server(secc_p521, "-CAfile", str(vehicle_p521.root), "-Verify", "1") as (port, output):
        params = await evcc_session(port, ctx)
    out = output[0]
    assert field(out, "Shared ciphers") == "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"
    assert field(out, "Supported groups") == "secp521r1:x448"
    assert field(out, "Signature Algorithms") == "ECDSA+SHA512:ed448"
    assert field(out, "Shared groups") == "secp521r1:x448"  # both supported; secp521r1 is chosen (below)
    assert "CIPHER is TLS_AES_256_GCM_SHA384" in out
    assert f"subject=CN = {vehicle_p521.leaf_subject}" in out  # the vehicle certificate arrived
    assert field(out, "Peer signature type") == "ECDSA" and field(out, "Peer signing digest") == "SHA512"
    assert params is not None
    assert (params.version, params.cipher, params.group) == ("TLSv1.3", "TLS_AES_256_GCM_SHA384", "secp521r1")
    assert params.peer_signature_algorithm == "ecdsa_secp521r1_sha512"
    assert params.peer_subject == f"CN={secc_p521.leaf_subject}"


async def test_evcc_negotiates_x448_and_chacha20(secc_ed448: Chain) -> None:
    ctx = tls.evcc_client_context([secc_ed448.root])
    async with s_server(secc_ed448, "-groups", "X448", "-ciphersuites", "TLS_CHACHA20_POLY1305_SHA256") as (port, output):
        params = await evcc_session(port, ctx)
    assert params is not None
    assert (params.cipher, params.group, params.peer_signature_algorithm) == ("TLS_CHACHA20_POLY1305_SHA256", "x448", "ed448")
    assert "Shared groups: x448" in output[0]


@pytest.mark.parametrize(
    ("server_chain", "args"),
    [
        ("secc_p521", ["-ciphersuites", "TLS_AES_128_GCM_SHA256"]),
        ("secc_p521", ["-groups", "X25519:P-256"]),
        ("secc_p521", ["-no_tls1_3"]),
        ("secc_p256", []),  # P-256 certificate: no ecdsa_secp521r1_sha512 signature possible
        ("stranger_p521", []),  # chain to a root the EV does not trust
    ],
    ids=["aes128", "x25519-p256", "tls1.2", "p256-cert", "unknown-root"],
)
async def test_evcc_refuses_servers_outside_the_profile(
    server_chain: str, args: list[str], request: pytest.FixtureRequest, secc_p521: Chain
) -> None:
    chain: Chain = request.getfixturevalue(server_chain)
    ctx = tls.evcc_client_context([secc_p521.root, request.getfixturevalue("secc_p256").root])
    async with s_server(chain, *args) as (port, output):
        with pytest.raises(tls.TLSHandshakeError):
            await evcc_session(port, ctx)
    assert "CIPHER is" not in output[0]


# ---------------------------------------------------------------- Python on both ends


async def test_required_auth_without_vehicle_certificate_is_a_tls_failure(secc_p521: Chain, vehicle_p521: Chain) -> None:
    """TLS 1.3: the EV learns of the rejection only on its first read; that is a TLS error, not a close."""
    async with secc_server(secc_ctx(secc_p521, ClientAuth.REQUIRED, vehicle_p521)) as (secc, port):
        with pytest.raises((tls.TLSHandshakeError, v2gtp.TLSSessionClosedError)):
            conn = await v2gtp.open_connection("::1", port, ssl_context=tls.evcc_client_context([secc_p521.root]))
            await conn.receive(timeout=2)
    assert secc.sessions == []


async def test_python_pair_mutual_auth_both_key_types(secc_ed448: Chain, vehicle_p521: Chain) -> None:
    ev_ctx = tls.evcc_client_context([secc_ed448.root], cert_chain=vehicle_p521.chain, private_key=vehicle_p521.key)
    async with secc_server(secc_ctx(secc_ed448, ClientAuth.REQUIRED, vehicle_p521)) as (secc, port):
        conn = await v2gtp.open_connection("::1", port, ssl_context=ev_ctx)
        async with conn:
            assert await conn.receive(timeout=2) == (PayloadType.MAIN, b"secc-hello")
    server_view, ev_view = secc.sessions[0], conn.tls
    assert server_view is not None and ev_view is not None
    assert server_view.peer_signature_algorithm == "ecdsa_secp521r1_sha512" and ev_view.peer_signature_algorithm == "ed448"
    assert server_view.group == ev_view.group == "secp521r1"


async def test_profile_is_per_context_not_process_wide(secc_p521: Chain) -> None:
    """An ordinary TLS client in the same process keeps OpenSSL's defaults (X25519 first)."""
    plain = ssl.create_default_context(cafile=str(secc_p521.root))
    plain.check_hostname = False
    async with s_server(secc_p521) as (port, _output):
        reader, writer = await asyncio.open_connection("::1", port, ssl=plain)
        params = tls.negotiated_parameters(writer.get_extra_info("ssl_object"))
        writer.close()
    assert params.group == "x25519"


# ---------------------------------------------------------------- context builders


def test_secc_context_refuses_non_profile_material(secc_p256: Chain, secc_p521: Chain, pki_dir: Path) -> None:
    with pytest.raises(tls.TLSConfigurationError, match="secp521r1 or Ed448"):
        tls.secc_server_context(secc_p256.chain, secc_p256.key, client_auth=ClientAuth.NONE)
    with pytest.raises(tls.TLSConfigurationError, match="has 1 certificates"):
        tls.secc_server_context(secc_p521.leaf, secc_p521.key, client_auth=ClientAuth.NONE)
    with pytest.raises(tls.TLSConfigurationError, match="no vehicle certificate trust anchors"):
        tls.secc_server_context(secc_p521.chain, secc_p521.key, client_auth=ClientAuth.OPTIONAL)
    with pytest.raises(tls.TLSConfigurationError, match="cannot read"):
        tls.secc_server_context(pki_dir / "missing.pem", secc_p521.key)


def test_evcc_context_checks(secc_p521: Chain, vehicle_p521: Chain) -> None:
    with pytest.raises(tls.TLSConfigurationError, match="go together"):
        tls.evcc_client_context([secc_p521.root], cert_chain=vehicle_p521.chain)
    with pytest.raises(tls.TLSConfigurationError, match="no V2G root"):
        tls.evcc_client_context([])
    ctx = tls.evcc_client_context([secc_p521.root])
    assert ctx.minimum_version == ctx.maximum_version == ssl.TLSVersion.TLSv1_3
    assert ctx.verify_mode == ssl.CERT_REQUIRED and not ctx.check_hostname


async def test_secc_keeps_serving_after_refused_handshakes(secc_p521: Chain, vehicle_p521: Chain, stranger_p521: Chain) -> None:
    async with secc_server(secc_ctx(secc_p521, ClientAuth.OPTIONAL, vehicle_p521)) as (secc, port):
        for bad in (["-tls1_2"], ["-groups", "X25519"], vehicle_args(stranger_p521)):
            await s_client(port, secc_p521.root, *bad)
        code, out = await s_client(port, secc_p521.root, *vehicle_args(vehicle_p521))
    assert code == 0, out
    assert len(secc.sessions) == 1 and secc.sessions[0] is not None
    assert secc.sessions[0].peer_subject == f"CN={vehicle_p521.leaf_subject}"


# ---------------------------------------------------------------- OCSP stapling of the SECC leaf


async def test_secc_staples_ocsp_for_openssl_client(secc_p521: Chain) -> None:
    der = ocsp_good(secc_p521)
    ctx = tls.secc_server_context(secc_p521.chain, secc_p521.key, client_auth=ClientAuth.NONE, ocsp_response=lambda: der)
    async with secc_server(ctx) as (_, port):
        code, out = await s_client(port, secc_p521.root, "-status", brief=False)
    assert code == 0, out
    assert "OCSP Response Status: successful" in out and "Cert Status: good" in out


async def test_evcc_reads_ocsp_stapled_by_openssl_server(secc_ed448: Chain) -> None:
    der = ocsp_good(secc_ed448)
    status_file = secc_ed448.leaf.with_suffix(".ocsp.der")
    status_file.write_bytes(der)
    async with s_server(secc_ed448, "-status_file", str(status_file)) as (port, _output):
        params = await evcc_session(port, tls.evcc_client_context([secc_ed448.root]))
    assert params is not None and params.ocsp_response == der


@pytest.mark.parametrize("provider", ["none", "raises"])
async def test_no_staple_when_provider_has_none(provider: str, secc_p521: Chain) -> None:
    def failing() -> bytes:
        raise RuntimeError("OCSP responder unreachable")

    source = failing if provider == "raises" else (lambda: None)
    ctx = tls.secc_server_context(secc_p521.chain, secc_p521.key, client_auth=ClientAuth.NONE, ocsp_response=source)
    async with secc_server(ctx) as (secc, port):
        conn = await v2gtp.open_connection("::1", port, ssl_context=tls.evcc_client_context([secc_p521.root]))
        async with conn:
            await conn.receive(timeout=2)
    assert conn.tls is not None and conn.tls.ocsp_response is None and len(secc.sessions) == 1


async def test_python_pair_ocsp_staple_matches_leaf(secc_p521: Chain) -> None:
    der = ocsp_good(secc_p521)
    ctx = tls.secc_server_context(secc_p521.chain, secc_p521.key, client_auth=ClientAuth.NONE, ocsp_response=lambda: der)
    async with secc_server(ctx) as (_, port):
        conn = await v2gtp.open_connection("::1", port, ssl_context=tls.evcc_client_context([secc_p521.root]))
        async with conn:
            await conn.receive(timeout=2)
    assert conn.tls is not None and conn.tls.ocsp_response is not None
    response = x509_ocsp.load_der_ocsp_response(conn.tls.ocsp_response)
    leaf = x509.load_pem_x509_certificate(secc_p521.leaf.read_bytes())
    assert response.serial_number == leaf.serial_number and response.certificate_status == x509_ocsp.OCSPCertStatus.GOOD
