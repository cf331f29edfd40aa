"""`evcc run` with an ISO 15118-2 TOML: protocols = ["ISO15118-2"], TLS 1.2 from [connection], PnC from [pnc]."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from iso2_fakes import FakeISO2SECC, serve_scripted
from test_evcc_iso2_pnc import VerifyingSECC

from evcc import cli
from evcc.config import ConfigError
from evcc.phase import EndKind
from iso15118 import tls
from pki.profiles import Suite
from pki.testpki import build_pki, write_pki

EXAMPLE = Path(cli.__file__).parent / "examples" / "iso2_ac_pnc.toml"


def config_for(tmp_path: Path, port: int, *, pnc: bool) -> Path:
    """The shipped example, pointed at `port` and at a PKI in tmp_path (EIM: without TLS and [pnc])."""
    text = EXAMPLE.read_text().replace("../../pki2", str(tmp_path / "pki2")).replace("port = 50000", f"port = {port}")
    text = text.replace('host = "::1"', 'host = "127.0.0.1"').replace("max_charge_loops = 240", "max_charge_loops = 3")
    text = text.replace("charge_loop_interval_s = 0.25", "charge_loop_interval_s = 0.01")
    if not pnc:
        text = text.replace('authorization = "PnC"', 'authorization = "EIM"')
        text = text.split("\n[pnc]")[0].replace('tls_trust_roots = ["' + str(tmp_path / "pki2") + '/trust/v2g-roots.pem"]', "")
    path = tmp_path / "ev.toml"
    path.write_text(text)
    return path


async def test_evcc_run_iso2_eim_over_plain_tcp(tmp_path: Path) -> None:
    secc = FakeISO2SECC()
    async with await serve_scripted(secc) as server:
        [(report, ev)] = await cli.run_session(config_for(tmp_path, server.port, pnc=False), trace=False)
    assert report.end is not None and report.end.kind is EndKind.Terminated
    assert report.protocols == ["ISO15118-2"] and secc.headers[0].SessionID == bytes(8)
    assert secc.requests[0].EVCCID == bytes.fromhex("020000000001")


async def test_evcc_run_iso2_pnc_over_tls_12_installs_a_contract(tmp_path: Path) -> None:
    pki2 = build_pki(Suite.ISO2)
    write_pki(pki2, tmp_path / "pki2")
    secc = VerifyingSECC(pki2, certificate_service=True)
    ctx = tls.secc_iso2_server_context(tmp_path / "pki2/secc/chain.pem", tmp_path / "pki2/secc/leaf.key.pem")
    async with await serve_scripted(secc, ssl_context=ctx) as server:
        [(report, _)] = await cli.run_session(config_for(tmp_path, server.port, pnc=True), trace=False)
    assert report.end is not None and report.end.kind is EndKind.Terminated and report.tls[0].startswith("TLSv1.2")
    assert "CertificateInstallationReq" in secc.names() and secc.codes["AuthorizationReq"].value == "OK"
    assert (tmp_path / "pki2/ev-contracts/contract-chain.pem").exists()


def test_iso2_tls_has_no_client_certificate(tmp_path: Path) -> None:
    path = tmp_path / "ev.toml"
    path.write_text('[evcc]\nprotocols = ["ISO15118-2"]\n[connection]\nhost = "::1"\nport = 1\n'
                    'tls_trust_roots = ["roots.pem"]\ntls_cert_chain = "c.pem"\ntls_private_key = "k.pem"\n')
    file = cli.load_file(path)
    with pytest.raises(ConfigError, match="no client certificate"):
        cli.build_ssl_context(file.connection, file.evcc)
