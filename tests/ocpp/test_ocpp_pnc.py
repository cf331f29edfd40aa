"""Plug & Charge through the CSMS over real websockets: Authorize with the eMAID and the contract
chain's iso15118CertificateHashData decides the AuthorizationRes code; OCSP of the chain through
GetCertificateStatus; contracts installed by Get15118EVCertificate from the CSMS simulator's CPS.
The SECC is built from TOML the way the `secc` CLI builds it ([server], [pnc], [ocpp])."""
from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pnc"))

from pnc_lab import Lab, RecordingEVSE, RunningSECC, run_ev, secc_toml  # noqa: E402

from evcc.pnc import ContractCredentials, ContractWallet, ProvisioningCredentials  # noqa: E402
from evcc.phase import EndKind  # noqa: E402
from pki.issue import make_ocsp_response  # noqa: E402
from pki.profiles import Role, Suite  # noqa: E402
from pki.testpki import build_pki, write_pki  # noqa: E402
from secc import cli as secc_cli  # noqa: E402
from secc.authorization import LocalCPS  # noqa: E402
from secc.config import load_config, load_pnc_config  # noqa: E402
from secc.ocpp.csms_sim import Policy  # noqa: E402
from secc.server import SECCServer  # noqa: E402


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Lab:
    root = tmp_path_factory.mktemp("ocpp-pnc")
    pki = build_pki(Suite.ISO20_ECDSA)
    write_pki(pki, root)
    return Lab(Suite.ISO20_ECDSA, pki, root)


@pytest.fixture
async def pnc_secc(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    running: list[tuple[Any, SECCServer]] = []

    async def start(lab: Lab, sim: Any, *, local_cps: bool = True, online: bool = True, mo_roots: str | None = None,
                    **ocpp: Any) -> tuple[Any, RunningSECC]:
        table = {"csms_url": sim.url, "station_id": "CS001", "password": "secret", "reconnect_min_s": 0.05,
                 "reconnect_max_s": 0.2, "queue_path": str(tmp_path / "q.sqlite"), **ocpp}
        lines = "\n".join(f"{k} = {v!r}".replace("'", '"') for k, v in table.items())
        text = secc_toml(lab) + f"\n[ocpp]\n{lines}\n"
        if mo_roots is not None:
            text = text.replace(f'mo_roots = ["{lab.dir}/trust/mo-roots.pem"]', f'mo_roots = ["{mo_roots}"]')
        if not local_cps:
            text = text.replace(f'local_cps = "{lab.dir}"\n', "")
        path = tmp_path / "secc.toml"
        path.write_text(text)
        config, server_cfg, _ = load_config(path)
        station = secc_cli.ocpp_station(path)
        secc = RunningSECC()
        secc.server = SECCServer(config, station.controllers(lambda: RecordingEVSE(secc)),
                                 ssl_context=secc_cli.ssl_context(server_cfg),
                                 pnc=station.pnc_authorizer(secc_cli.pnc_authorizer(load_pnc_config(path))))
        await secc.server.start("::1", 0)
        await station.start()
        if online:
            await asyncio.wait_for(station.link.connected.wait(), 10)
        running.append((station, secc.server))
        return station, secc

    yield start
    for station, server in running:
        await server.close()
        await station.close()


def contract_of(lab: Lab) -> ContractCredentials:
    return ContractCredentials.from_pem(lab.dir / "mo" / "chain.pem", lab.dir / "mo" / "contract.key.pem")


async def test_pnc_accepted_by_the_csms(csms, pnc_secc, lab, version) -> None:
    sim = await csms(versions=(version,), policy=Policy(passwords={"CS001": "secret"}))
    station, secc = await pnc_secc(lab, sim)
    report, _ = await run_ev(secc, lab, contract_of(lab))
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    (auth,) = sim.calls("Authorize")
    assert auth["idToken"] == {"idToken": lab.pki.emaid, "type": "eMAID"}
    chain = lab.pki.chain(Role.CONTRACT)
    hashes = auth["iso15118CertificateHashData"]
    assert [int(h["serialNumber"], 16) for h in hashes] == [c.serial_number for c in chain]
    assert all(h["hashAlgorithm"] == "SHA256" and len(h["issuerKeyHash"]) == 64 for h in hashes)
    events = await sim.wait_for(lambda: (e := sim.calls("TransactionEvent")) and e[-1]["eventType"] == "Ended" and e)
    assert [e["idToken"] for e in events if e["triggerReason"] == "Authorized"] == [
        {"idToken": lab.pki.emaid, "type": "eMAID"}]
    assert secc.contactor_closes == 1


@pytest.mark.parametrize("policy, code", [
    (dict(certificate_status="CertificateRevoked"), "WARNING_CertificateRevoked"),
    (dict(certificate_status="CertChainError"), "WARNING_CertificateValidationError"),
    (dict(certificate_status="ContractCancelled"), "WARNING_GeneralPnCAuthorizationError"),
    ("Blocked", "WARNING_GeneralPnCAuthorizationError"),
    ("Unknown", "WARNING_eMSPUnknown"),
    ("Expired", "WARNING_CertificateExpired"),
])
async def test_the_csms_answer_is_the_response_code(csms, pnc_secc, lab, policy, code) -> None:
    if isinstance(policy, str):
        policy = dict(id_tokens={lab.pki.emaid: policy})
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}, **policy))
    _, secc = await pnc_secc(lab, sim)
    report, ev = await run_ev(secc, lab, contract_of(lab))
    assert code in report.end.reason, report.end
    assert secc.contactor_closes == 0 and True not in ev.contactor_history
    assert sim.calls("Authorize")


@pytest.mark.parametrize("offline, accepted", [("local", True), ("reject", False)])
async def test_csms_unreachable_follows_the_offline_policy(csms, pnc_secc, lab, offline, accepted) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    await sim.offline()
    _, secc = await pnc_secc(lab, sim, online=False, offline_authorization=offline)
    report, _ = await run_ev(secc, lab, contract_of(lab))
    assert (secc.contactor_closes == 1) is accepted
    if not accepted:
        assert "WARNING_GeneralPnCAuthorizationError" in report.end.reason


async def test_ocsp_through_the_csms_revokes_the_contract(csms, pnc_secc, lab) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    leaf = lab.pki[Role.CONTRACT].certificate
    revoked = make_ocsp_response(leaf, lab.pki[Role.MO_SUBCA2], revoked=True)
    from cryptography.hazmat.primitives.serialization import Encoding

    sim.ocsp_responses[format(leaf.serial_number, "x")] = revoked.public_bytes(Encoding.DER)
    _, secc = await pnc_secc(lab, sim)
    report, _ = await run_ev(secc, lab, contract_of(lab))
    assert "WARNING_CertificateRevoked" in report.end.reason, report.end
    asked = sim.calls("GetCertificateStatus")
    assert len(asked) == 3 and int(asked[0]["ocspRequestData"]["serialNumber"], 16) == leaf.serial_number
    assert not sim.calls("Authorize")  # our own verification already refused it
    assert secc.contactor_closes == 0


async def test_contract_installed_through_the_csms(csms, pnc_secc, lab, tmp_path, version) -> None:
    sim = await csms(versions=(version,), policy=Policy(passwords={"CS001": "secret"}), cps=LocalCPS(lab.dir))
    _, secc = await pnc_secc(lab, sim, local_cps=False)
    d = lab.dir
    provisioning = ProvisioningCredentials.from_pem(d / "oem" / "chain.pem", d / "oem" / "prov.key.pem",
                                                    [d / "trust" / "v2g-roots.pem"], mo_roots=[d / "mo" / "root.pem"])
    wallet = ContractWallet.open(store=tmp_path / "wallet", provisioning=provisioning)
    report, _ = await run_ev(secc, lab, wallet)
    assert not report.end.error and wallet.has_contract(), report.end
    (request,) = sim.calls("Get15118EVCertificate")
    assert request["action"] == "Install" and request["iso15118SchemaVersion"].endswith(":-20:CommonMessages")
    assert sim.calls("Authorize")[0]["idToken"]["idToken"] == wallet.contract.emaid
    assert secc.contactor_closes == 1


async def test_installation_refused_by_the_csms_ends_without_power(csms, pnc_secc, lab, tmp_path) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))  # no CPS: Get15118EVCertificate Failed
    _, secc = await pnc_secc(lab, sim, local_cps=False)
    d = lab.dir
    provisioning = ProvisioningCredentials.from_pem(d / "oem" / "chain.pem", d / "oem" / "prov.key.pem",
                                                    [d / "trust" / "v2g-roots.pem"], mo_roots=[d / "mo" / "root.pem"])
    report, ev = await run_ev(secc, lab, ContractWallet.open(store=tmp_path / "w", provisioning=provisioning))
    assert report.end.kind is EndKind.Failed and "CertificateInstallationRes: FAILED" in report.end.reason
    assert secc.contactor_closes == 0 and True not in ev.contactor_history


async def test_mo_root_installed_by_the_csms_is_trusted(csms, pnc_secc, lab) -> None:
    from pki.testpki import pem

    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    _, secc = await pnc_secc(lab, sim, mo_roots=str(lab.dir / "trust" / "v2g-roots.pem"))  # not the contract's root
    report, _ = await run_ev(secc, lab, contract_of(lab))
    assert "WARNING_eMSPUnknown" in report.end.reason and secc.contactor_closes == 0, report.end
    answer = await sim.send("CS001", "InstallCertificate", certificate_type="MORootCertificate",
                            certificate=pem(lab.pki[Role.MO_ROOT].certificate).decode())
    assert answer.status == "Accepted"
    report, _ = await run_ev(secc, lab, contract_of(lab))
    assert report.end.kind is EndKind.Terminated and not report.end.error and secc.contactor_closes == 1, report.end
