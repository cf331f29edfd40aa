"""-2 TLS 1.2 (ECDHE-ECDSA-AES128-SHA256, P-256, server authentication only) between our contexts and with
`openssl s_client -tls1_2`, and one SECC listener that serves a -20 EV over TLS 1.3 with the -20 chain and a
-2 EV over TLS 1.2 with the -2 chain, the negotiated version visible in TLSParameters."""
from __future__ import annotations

import asyncio
import shutil
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from cryptography import x509

from iso15118 import tls, v2gtp
from iso15118.v2gtp import PayloadType

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command line tool")


def iso2_server(pki2_dir: Path) -> ssl.SSLContext:
    return tls.secc_iso2_server_context(pki2_dir / "secc/chain.pem", pki2_dir / "secc/leaf.key.pem")


def dual_server(pki2_dir: Path, pki20_dir: Path) -> ssl.SSLContext:
    ctx20 = tls.secc_server_context(pki20_dir / "secc/chain.pem", pki20_dir / "secc/leaf.key.pem",
                                    client_auth=tls.ClientAuth.OPTIONAL, ev_trust_roots=[pki20_dir / "trust/oem-roots.pem"])
    return tls.secc_dual_server_context(ctx20, iso2_server(pki2_dir))


class Secc:
    def __init__(self) -> None:
        self.sessions: list[tls.TLSParameters | None] = []

    async def handle(self, conn: v2gtp.V2GTPConnection) -> None:
        self.sessions.append(conn.tls)
        await conn.send(PayloadType.MAIN, b"secc-hello")


@asynccontextmanager
async def serving(ctx: ssl.SSLContext) -> AsyncIterator[tuple[Secc, int]]:
    secc = Secc()
    async with await v2gtp.start_server(secc.handle, "::1", 0, ssl_context=ctx) as server:
        yield secc, server.port


async def connect(port: int, ctx: ssl.SSLContext) -> tuple[tls.TLSParameters, x509.Certificate]:
    """(what the EV negotiated, the SECC leaf certificate it got)."""
    reader, writer = await asyncio.open_connection("::1", port, ssl=ctx)
    try:
        params = tls.negotiated_parameters(writer.get_extra_info("ssl_object"))
        assert params.peer_certificate is not None
        assert (await reader.readexactly(8 + len(b"secc-hello")))[8:] == b"secc-hello"
        return params, x509.load_der_x509_certificate(params.peer_certificate)
    finally:
        writer.close()


async def s_client(port: int, trust: Path, *extra: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        "openssl", "s_client", "-connect", f"[::1]:{port}", "-CAfile", str(trust), "-verify_return_error",
        "-ign_eof", "-brief", *extra, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(b""), 30)
    return proc.returncode or 0, out.decode("latin-1")


async def test_our_iso2_client_and_server(pki2_dir: Path) -> None:
    async with serving(iso2_server(pki2_dir)) as (secc, port):
        params, leaf = await connect(port, tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"]))
    assert params.version == "TLSv1.2" and params.cipher == "ECDHE-ECDSA-AES128-SHA256"
    assert params.group in ("prime256v1", "secp256r1", "P-256")
    assert leaf == x509.load_pem_x509_certificate((pki2_dir / "secc/leaf.pem").read_bytes())
    server_side = secc.sessions[0]
    assert server_side is not None and server_side.version == "TLSv1.2" and server_side.peer_certificate is None


async def test_openssl_s_client_tls1_2(pki2_dir: Path) -> None:
    async with serving(iso2_server(pki2_dir)) as (_, port):
        code, out = await s_client(port, pki2_dir / "trust/v2g-roots.pem", "-tls1_2",
                                   "-cipher", "ECDHE-ECDSA-AES128-SHA256", "-groups", "P-256")
        assert code == 0, out
        assert "Protocol version: TLSv1.2" in out and "Ciphersuite: ECDHE-ECDSA-AES128-SHA256" in out
        assert "Verification: OK" in out
        # a -2 SECC refuses TLS 1.3, other TLS 1.2 suites, and other curves
        for extra in (("-tls1_3",), ("-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256"),
                      ("-tls1_2", "-groups", "P-521")):
            code, out = await s_client(port, pki2_dir / "trust/v2g-roots.pem", *extra)
            assert code != 0, (extra, out)


async def test_iso2_client_refuses_a_minus_20_chain_and_tls13(pki2_dir: Path, pki20_dir: Path) -> None:
    ctx20 = tls.secc_server_context(pki20_dir / "secc/chain.pem", pki20_dir / "secc/leaf.key.pem",
                                    client_auth=tls.ClientAuth.NONE)
    async with serving(ctx20) as (_, port):
        with pytest.raises((ssl.SSLError, ConnectionError)):
            await connect(port, tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"]))


def test_iso2_contexts_take_only_p256(pki2_dir: Path, pki20_dir: Path) -> None:
    with pytest.raises(tls.TLSConfigurationError, match="P-256"):
        tls.secc_iso2_server_context(pki20_dir / "secc/chain.pem", pki20_dir / "secc/leaf.key.pem")
    with pytest.raises(tls.TLSConfigurationError, match="secp521r1 or Ed448"):
        tls.secc_server_context(pki2_dir / "secc/chain.pem", pki2_dir / "secc/leaf.key.pem", client_auth=tls.ClientAuth.NONE)
    with pytest.raises(tls.TLSConfigurationError, match="-20 .* -2"):
        tls.secc_dual_server_context(iso2_server(pki2_dir), iso2_server(pki2_dir))


async def test_one_listener_serves_both_versions_with_the_right_chain(pki2_dir: Path, pki20_dir: Path) -> None:
    async with serving(dual_server(pki2_dir, pki20_dir)) as (secc, port):
        p2, leaf2 = await connect(port, tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"]))
        ev20 = tls.evcc_client_context([pki20_dir / "trust/v2g-roots.pem"], cert_chain=pki20_dir / "oem/chain.pem",
                                       private_key=pki20_dir / "oem/prov.key.pem")
        p20, leaf20 = await connect(port, ev20)
        p2b, _ = await connect(port, tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"]))
        code, out = await s_client(port, pki2_dir / "trust/v2g-roots.pem", "-tls1_2", "-groups", "P-256")
        assert code == 0 and "Protocol version: TLSv1.2" in out, out
        code, out = await s_client(port, pki20_dir / "trust/v2g-roots.pem", "-tls1_3", "-groups", "P-521")
        assert code == 0 and "Protocol version: TLSv1.3" in out, out
        # TLS 1.3 keeps the -20 groups: a P-256-only TLS 1.3 client is refused
        code, out = await s_client(port, pki20_dir / "trust/v2g-roots.pem", "-tls1_3", "-groups", "P-256")
        assert code != 0, out
    assert (p2.version, p2.cipher) == ("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256") and p2b.version == "TLSv1.2"
    assert leaf2 == x509.load_pem_x509_certificate((pki2_dir / "secc/leaf.pem").read_bytes())
    assert p20.version == "TLSv1.3" and p20.group == "secp521r1"
    assert leaf20 == x509.load_pem_x509_certificate((pki20_dir / "secc/leaf.pem").read_bytes())
    versions = [s.version for s in secc.sessions if s is not None]
    assert versions[:3] == ["TLSv1.2", "TLSv1.3", "TLSv1.2"]
    # the -20 EV authenticated with its vehicle certificate; the -2 EVs were never asked
    assert secc.sessions[1] is not None and secc.sessions[1].peer_certificate is not None
    assert secc.sessions[0] is not None and secc.sessions[0].peer_certificate is None


async def test_dual_ev_gets_tls13_from_a_dual_secc_and_tls12_from_a_minus_2_secc(pki2_dir: Path, pki20_dir: Path) -> None:
    def ev() -> ssl.SSLContext:
        ctx20 = tls.evcc_client_context([pki20_dir / "trust/v2g-roots.pem"])
        return tls.evcc_dual_client_context(ctx20, [pki2_dir / "trust/v2g-roots.pem"])

    async with serving(dual_server(pki2_dir, pki20_dir)) as (_, port):
        params, leaf = await connect(port, ev())
    assert (params.version, params.group) == ("TLSv1.3", "secp521r1")
    tls.check_negotiated_profile(params)
    async with serving(iso2_server(pki2_dir)) as (_, port):
        params, leaf = await connect(port, ev())
    assert (params.version, params.cipher) == ("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256")
    tls.check_negotiated_profile(params)
    assert leaf == x509.load_pem_x509_certificate((pki2_dir / "secc/leaf.pem").read_bytes())


async def test_profile_check_catches_a_minus_2_chain_in_tls13(pki2_dir: Path, pki20_dir: Path) -> None:
    p256_leaf = (pki2_dir / "secc/leaf.der").read_bytes()
    p521_leaf = (pki20_dir / "secc/leaf.der").read_bytes()
    tls.check_negotiated_profile(tls.TLSParameters("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256", "prime256v1", None, p256_leaf))
    tls.check_negotiated_profile(tls.TLSParameters("TLSv1.3", "TLS_AES_256_GCM_SHA384", "secp521r1", None, p521_leaf))
    tls.check_negotiated_profile(tls.TLSParameters("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256", "prime256v1", None, None))
    with pytest.raises(tls.TLSHandshakeError, match="TLSv1.3"):
        tls.check_negotiated_profile(tls.TLSParameters("TLSv1.3", "TLS_AES_256_GCM_SHA384", "secp521r1", None, p256_leaf))
    with pytest.raises(tls.TLSHandshakeError, match="TLSv1.2"):
        tls.check_negotiated_profile(tls.TLSParameters("TLSv1.2", "ECDHE-ECDSA-AES128-SHA256", "prime256v1", None, p521_leaf))


def _chain_with_root_eku(out: Path) -> None:
    """Root with an extendedKeyUsage lacking serverAuth (as the Hubject V2G root), Sub-CA, P-256 SECC leaf."""
    import datetime as dt

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc)
    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(3)]
    names = [x509.Name([x509.NameAttribute(NameOID.DOMAIN_COMPONENT, dc), x509.NameAttribute(NameOID.COMMON_NAME, cn)])
             for dc, cn in (("V2G", "Root"), ("V2G", "Sub"), ("CPO", "Leaf"))]
    certs = []
    for index in range(3):
        ca = index < 2
        issuer = max(index - 1, 0)
        builder = (x509.CertificateBuilder().subject_name(names[index]).issuer_name(names[issuer])
                   .public_key(keys[index].public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if index == 0:
            builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        certs.append(builder.sign(keys[issuer], hashes.SHA256()))
    pem = [c.public_bytes(serialization.Encoding.PEM) for c in certs]
    (out / "root.pem").write_bytes(pem[0])
    (out / "chain.pem").write_bytes(pem[2] + pem[1])
    (out / "key.pem").write_bytes(keys[2].private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                        serialization.NoEncryption()))


async def test_a_v2g_root_with_extended_key_usage_is_accepted(tmp_path: Path) -> None:
    """Josev issue 430: OpenSSL's TLS-server purpose check rejects a V2G root whose extendedKeyUsage lacks
    serverAuth ('unsuitable certificate purpose'); -2 defines no EKU, so the -2 EVCC does not apply it."""
    _chain_with_root_eku(tmp_path)
    async with serving(tls.secc_iso2_server_context(tmp_path / "chain.pem", tmp_path / "key.pem")) as (_, port):
        params, _ = await connect(port, tls.evcc_iso2_client_context([tmp_path / "root.pem"]))
        assert params.version == "TLSv1.2"
        tls.check_secc_certificate(params)
        plain = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # what a default client does with the same root
        plain.check_hostname = False
        plain.load_verify_locations(tmp_path / "root.pem")
        with pytest.raises(ssl.SSLCertVerificationError, match="purpose"):
            await connect(port, plain)


def test_secc_leaf_needs_dc_cpo(pki2_dir: Path) -> None:
    secc_leaf = (pki2_dir / "secc/leaf.der").read_bytes()
    cps_leaf = (pki2_dir / "cps/leaf.der").read_bytes()
    tls.check_secc_certificate(tls.TLSParameters("TLSv1.2", "", None, None, secc_leaf))
    with pytest.raises(tls.TLSHandshakeError, match="DC=CPO"):
        tls.check_secc_certificate(tls.TLSParameters("TLSv1.2", "", None, None, cps_leaf))
    with pytest.raises(tls.TLSHandshakeError, match="no certificate"):
        tls.check_secc_certificate(tls.TLSParameters("TLSv1.2", "", None, None, None))
