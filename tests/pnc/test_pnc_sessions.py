"""Full Plug & Charge sessions over TLS 1.3 with mutual authentication, both -20 algorithms:
PnC with a contract, certificate installation then PnC in the next session, a slow CPS."""
from __future__ import annotations

from pathlib import Path

import pytest
from pnc_lab import Lab, ev_config, run_ev, secc_toml

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from evcc.pnc import CONTRACT_CHAIN_FILE, CONTRACT_KEY_FILE, ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc.phase import EndKind
from iso15118 import tls, v2gtp
from pki.profiles import Role


def contract_of(lab: Lab) -> ContractCredentials:
    return ContractCredentials.from_pem(lab.dir / "mo" / "chain.pem", lab.dir / "mo" / "contract.key.pem")


def provisioning_of(lab: Lab) -> ProvisioningCredentials:
    d = lab.dir
    agreement = d / "oem" / "prov.x448.key.pem"
    return ProvisioningCredentials.from_pem(d / "oem" / "chain.pem", d / "oem" / "prov.key.pem",
                                            [d / "trust" / "v2g-roots.pem"],
                                            agreement_key_path=agreement if agreement.exists() else None,
                                            mo_roots=[d / "mo" / "root.pem"])


async def test_pnc_session_with_mutual_tls(start_secc, lab: Lab) -> None:
    secc = await start_secc(secc_toml(lab))
    report, ev = await run_ev(secc, lab, contract_of(lab))
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert report.requests.count("DC_ChargeLoopReq") == 3 and "CertificateInstallationReq" not in report.requests
    assert [(a.method, a.identity) for a in secc.authorizations] == [("PnC", lab.pki.emaid)]
    vehicle = x509.load_der_x509_certificate(secc.vehicle_certificates[0])
    assert vehicle == lab.pki[Role.OEM_PROV].certificate  # the SECC knows which vehicle authenticated
    assert "ed448" in report.tls[0] if lab.suite.value.endswith("ed448") else "ecdsa_secp521r1_sha512" in report.tls[0]
    assert "ocsp=stapled" in report.tls[0]  # the SECC leaf's OCSP response from the toolkit


async def test_install_then_pnc_in_the_next_session(start_secc, lab: Lab, tmp_path: Path) -> None:
    secc = await start_secc(secc_toml(lab))
    store = tmp_path / "contracts"
    wallet = ContractWallet.open(store=store, provisioning=provisioning_of(lab))
    assert not wallet.has_contract()
    report, ev = await run_ev(secc, lab, wallet)
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert wallet.contract is not None, ev.events
    assert report.requests[:4] == ["supportedAppProtocolReq", "SessionSetupReq", "AuthorizationSetupReq",
                                   "CertificateInstallationReq"]
    installed = secc.authorizations[0].identity
    assert secc.authorizations[0].method == "PnC" and installed != lab.pki.emaid  # a fresh contract, used at once
    assert (store / CONTRACT_KEY_FILE).stat().st_mode & 0o777 == 0o600
    stored = x509.load_pem_x509_certificates((store / CONTRACT_CHAIN_FILE).read_bytes())
    assert stored[0].subject.rfc4514_string().endswith(f"CN={installed}") or installed in stored[0].subject.rfc4514_string()
    assert stored[1:] == lab.pki.chain(Role.CONTRACT)[1:]

    # Next session: a fresh wallet from the store, no provisioning credentials at all.
    again, ev = await run_ev(secc, lab, ContractWallet.open(store=store))
    assert again.end.kind is EndKind.Terminated and not again.end.error
    assert "CertificateInstallationReq" not in again.requests
    assert [a.identity for a in secc.authorizations] == [installed, installed]


async def test_installation_policy_always_replaces_a_good_contract(start_secc, labs, tmp_path: Path) -> None:
    from pki.profiles import Suite
    lab = labs[Suite.ISO20_ECDSA]
    secc = await start_secc(secc_toml(lab))
    wallet = ContractWallet.open(store=tmp_path, contract=contract_of(lab), provisioning=provisioning_of(lab))
    report, _ = await run_ev(secc, lab, wallet)
    assert "CertificateInstallationReq" not in report.requests  # when_needed: the contract is good
    report, _ = await run_ev(secc, lab, wallet, config=ev_config(certificate_installation="always"))
    assert "CertificateInstallationReq" in report.requests and not report.end.error
    assert secc.authorizations[-1].identity != lab.pki.emaid and wallet.contract.emaid == secc.authorizations[-1].identity


async def test_a_slow_cps_is_bridged_with_ongoing(start_secc, labs, tmp_path: Path) -> None:
    """The backend answers after the SECC's performance time: EVSEProcessing=Ongoing, the EV repeats."""
    from pki.profiles import Suite
    lab = labs[Suite.ISO20_ED448]
    # Scaled SECC timing: answer Ongoing after 0.9 - 0.5 s; the CPS takes 0.8 s.
    secc = await start_secc(secc_toml(lab, pnc="local_cps_delay_s = 0.8"), timing_scale=0.2)
    wallet = ContractWallet.open(store=tmp_path, provisioning=provisioning_of(lab))
    report, _ = await run_ev(secc, lab, wallet)
    assert report.requests.count("CertificateInstallationReq") >= 2, report.requests
    assert report.end.kind is EndKind.Terminated and not report.end.error
    assert secc.authorizations[0].method == "PnC" and wallet.has_contract()


async def test_required_client_auth_refuses_an_ev_without_vehicle_chain(start_secc, labs) -> None:
    from pki.profiles import Suite
    lab = labs[Suite.ISO20_ECDSA]
    secc = await start_secc(secc_toml(lab))
    try:
        report, _ = await run_ev(secc, lab, contract_of(lab), vehicle_chain=False)
    except (v2gtp.V2GTPError, tls.TLSError) as exc:  # refused in the handshake
        outcome = str(exc)
    else:  # TLS 1.3: the client may only learn it at its first read
        assert report.end.error and report.messages == 0, report.end
        outcome = report.end.reason
    print(outcome)
    assert secc.authorizations == [] and secc.contactor_closes == 0 and secc.requests == []


async def test_optional_client_auth_lets_an_ev_without_vehicle_chain_in(start_secc, labs) -> None:
    from pki.profiles import Suite
    lab = labs[Suite.ISO20_ECDSA]
    secc = await start_secc(secc_toml(lab, client_auth="optional"))
    report, _ = await run_ev(secc, lab, contract_of(lab), vehicle_chain=False)
    assert not report.end.error and secc.vehicle_certificates == [None]


def test_contract_files_round_trip(tmp_path: Path, labs) -> None:
    from pki.profiles import Suite
    lab = labs[Suite.ISO20_ED448]
    wallet = ContractWallet(contract_of(lab), store=tmp_path)
    wallet._unsaved = True
    wallet.persist()
    reopened = ContractWallet.open(store=tmp_path)
    assert reopened.contract is not None
    assert reopened.contract.chain[0].public_bytes(Encoding.DER) == lab.pki[Role.CONTRACT].certificate.public_bytes(Encoding.DER)


async def test_installation_through_an_ocpp_csms(start_secc, labs, tmp_path: Path) -> None:
    """The SECC's OCPP backend: Get15118EVCertificate carries base64 EXI both ways."""
    import base64

    from iso15118 import exi
    from iso15118.messages import COMMON_MESSAGES
    from pki.backend import LocalContractService
    from pki.profiles import Suite
    from secc.authorization import OCPPCertificateBackend

    from ocpp.v201 import call_result

    lab = labs[Suite.ISO20_ED448]
    cps = LocalContractService(lab.pki)
    calls: list[dict] = []

    class Link:  # what a CSMS does with Get15118EVCertificateRequest (tests/ocpp: the same over websockets)
        async def call(self, name: str, timeout: float | None = None, **fields: object) -> object:
            calls.append({"name": name, **fields})
            request = exi.decode(base64.b64decode(str(fields["exi_request"])), COMMON_MESSAGES)
            response = cps.certificate_installation_res(request)
            return call_result.Get15118EVCertificate(status="Accepted",
                                                     exi_response=base64.b64encode(exi.encode(response)).decode())

    secc = await start_secc(secc_toml(lab))
    secc.server.pnc.installation = OCPPCertificateBackend(Link())
    wallet = ContractWallet.open(store=tmp_path, provisioning=provisioning_of(lab))
    report, _ = await run_ev(secc, lab, wallet)
    assert not report.end.error and wallet.has_contract()
    assert calls[0]["name"] == "Get15118EVCertificate" and calls[0]["action"] == "Install"
    assert str(calls[0]["iso15118_schema_version"]).endswith(":-20:CommonMessages")
    assert secc.authorizations[0].identity == wallet.contract.emaid


@pytest.mark.parametrize("reply", [
    {"status": "Failed", "exi_response": "", "status_info": {"reasonCode": "NoContract"}},
    {"status": "Accepted", "exi_response": "bm90IEVYSQ=="},  # base64 of something that is not EXI
])
async def test_a_failing_csms_ends_the_session_without_power(start_secc, labs, tmp_path: Path, reply: dict) -> None:
    from pki.profiles import Suite
    from secc.authorization import OCPPCertificateBackend

    lab = labs[Suite.ISO20_ECDSA]

    from ocpp.v201 import call_result

    class Link:
        async def call(self, name: str, timeout: float | None = None, **fields: object) -> object:
            return call_result.Get15118EVCertificate(**reply)

    secc = await start_secc(secc_toml(lab))
    secc.server.pnc.installation = OCPPCertificateBackend(Link())
    report, ev = await run_ev(secc, lab, ContractWallet.open(store=tmp_path, provisioning=provisioning_of(lab)))
    assert report.end.kind is EndKind.Failed and "CertificateInstallationRes: FAILED" in report.end.reason
    assert secc.contactor_closes == 0 and True not in ev.contactor_history
