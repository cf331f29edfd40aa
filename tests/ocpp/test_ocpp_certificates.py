"""Certificates the CSMS manages over real websockets: InstallCertificate / GetInstalledCertificateIds /
DeleteCertificate for V2G and MO roots, and the SECC's own V2G certificate renewed by SignCertificate /
CertificateSigned (the new chain is in use for the next TLS handshake)."""
from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from e2e_harness import Certificates, evcc_config, run_evcc

from iso15118 import tls, v2gtp
from pki.profiles import Role
from pki.testpki import build_pki, pem, write_pki
from secc.config import SECCConfig
from secc.ocpp.config import OCPPConfig
from secc.ocpp.csms_sim import Policy
from secc.ocpp.station import OCPPStation
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE

POLICY = dict(passwords={"CS001": "secret"})


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("ocpp-cert-pki")
    pki = build_pki()
    manifest = write_pki(pki, out)
    return pki, out, manifest


async def started(sim, tmp_path: Path, **kw) -> OCPPStation:
    station = OCPPStation(OCPPConfig(csms_url=sim.url, station_id="CS001", password="secret", reconnect_min_s=0.05,
                                     queue_path=str(tmp_path / "q.sqlite"), certificate_dir=str(tmp_path / "certs"), **kw))
    await station.start()
    await asyncio.wait_for(station.link.connected.wait(), 10)
    return station


async def test_install_list_delete_roots(csms, tmp_path, lab, version) -> None:
    pki, _, _ = lab
    sim = await csms(versions=(version,), policy=Policy(**POLICY))
    station = await started(sim, tmp_path)
    try:
        for kind, role in (("V2GRootCertificate", Role.V2G_ROOT), ("MORootCertificate", Role.MO_ROOT)):
            answer = await sim.send("CS001", "InstallCertificate", certificate_type=kind,
                                    certificate=pem(pki[role].certificate).decode())
            assert answer.status == "Accepted"
        leaf = await sim.send("CS001", "InstallCertificate", certificate_type="MORootCertificate",
                              certificate=pem(pki[Role.CONTRACT].certificate).decode())
        assert leaf.status == "Rejected"  # not a CA certificate
        ids = await sim.send("CS001", "GetInstalledCertificateIds", certificate_type=["MORootCertificate"])
        assert ids.status == "Accepted"
        (entry,) = ids.certificate_hash_data_chain
        assert int(entry["certificate_hash_data"]["serial_number"], 16) == pki[Role.MO_ROOT].certificate.serial_number
        assert station.certificates.roots("MORootCertificate") == [pki[Role.MO_ROOT].certificate]
        deleted = await sim.send("CS001", "DeleteCertificate", certificate_hash_data=entry["certificate_hash_data"])
        assert deleted.status == "Accepted"
        again = await sim.send("CS001", "DeleteCertificate", certificate_hash_data=entry["certificate_hash_data"])
        assert again.status == "NotFound"
        left = await sim.send("CS001", "GetInstalledCertificateIds")
        assert [e["certificate_type"] for e in left.certificate_hash_data_chain] == ["V2GRootCertificate"]
    finally:
        await station.close()


async def test_v2g_certificate_renewed_through_the_csms(csms, tmp_path, lab, version) -> None:
    pki, out, manifest = lab
    files = manifest["files"]["secc"]
    chain, key = tmp_path / "chain.pem", tmp_path / "key.pem"
    shutil.copy(out / files["chain"], chain)
    shutil.copy(out / files["key"], key)
    old_leaf = x509.load_pem_x509_certificates(chain.read_bytes())[0]
    ctx = tls.secc_server_context(chain, key, client_auth=tls.ClientAuth.NONE)
    sim = await csms(versions=(version,), policy=Policy(**POLICY), pki=pki)
    station = await started(sim, tmp_path, eim_id_token="TOKEN-1")
    server = SECCServer(SECCConfig(), station.controllers(SimulatedEVSE), ssl_context=ctx)
    station.manage_v2g_certificate(str(chain), str(key), lambda: ctx.load_cert_chain(chain, key))
    await server.start("::1", 0)
    try:
        # without a trusted V2G root the new chain is refused and nothing changes
        assert await station.sign_v2g_certificate() == "Accepted"
        await sim.wait_for(lambda: sim.certificate_signed)
        assert sim.certificate_signed == ["Rejected"]
        assert x509.load_pem_x509_certificates(chain.read_bytes())[0] == old_leaf
        await sim.send("CS001", "InstallCertificate", certificate_type="V2GRootCertificate",
                       certificate=pem(pki[Role.V2G_ROOT].certificate).decode())
        trigger = await sim.send("CS001", "TriggerMessage", requested_message="SignV2GCertificate")
        assert trigger.status == "Accepted"
        await sim.wait_for(lambda: len(sim.certificate_signed) == 2)
        assert sim.certificate_signed[-1] == "Accepted"
        new_leaf = x509.load_pem_x509_certificates(chain.read_bytes())[0]
        csr = x509.load_pem_x509_csr(sim.csrs[-1].encode())
        assert new_leaf != old_leaf and new_leaf.subject == old_leaf.subject
        assert new_leaf.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo) == \
            csr.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
        conn = await v2gtp.open_connection("::1", server.port, ssl_context=tls.evcc_client_context(
            [out / manifest["trust"]["v2g"]]))
        assert x509.load_der_x509_certificate(conn.tls.peer_certificate) == new_leaf
        await conn.close()
        certs = Certificates(chain, key, out / manifest["trust"]["v2g"])
        report, _ = await run_evcc(evcc_config(), server.port, certs)  # the next handshake uses the new chain
        assert not report.end.error, report.end
    finally:
        await server.close()
        await station.close()
