"""Our DIN 70121 and ISO 15118-2 sides against Josev 0.31.2's, both directions (issue 14).

Per case (DIN DC, -2 AC, -2 DC; EIM, plain TCP, SDP on a veth between two namespaces) and direction:
Josev's EVCC at our SECC, our EVCC at Josev's SECC. Each run must reach SessionStopRes OK without one
FAILED response, both sides must have logged the same messages (ours: session trace / report; Josev's:
its log), and the side we run must have powered off at the end.

These run only once the protocol is in this build's registry (secc/protocols.py, evcc/protocols.py):
until then they skip with "<protocol> not registered in this build" (tests/protocol_registry.py).

Josev's simulators and DC: its EVSE answers every PreChargeReq with 1 V, so our EV needs the lab
pre-charge tolerance it needs for -20 DC (docs/interop.md).
"""
from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from josev import (OLD_PROTOCOL_CASES, PNC_CASE, JosevLog, OldProtocolCase, collapsed, josev_pki,
                   josev_pki_as_ours, run_josev)

from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.controller import Authorization, EnergyTransfer, UserSettings
from evcc.pnc import ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from iso15118.session.timers import SessionTiming
from secc.authorization import ContractAuthorizer, LocalISO2CPS
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.server import SECCServer
from secc.session import SessionCallbacks, SessionSummary
from secc.simulator import SimulatedEVSE
from tests.netns_helpers import NetnsLoop, requires_netns, veth_link
from tests.protocol_registry import skip_unless_registered

pytestmark = [pytest.mark.interop]

CHARGE_LOOPS = 3
JOSEV_TIMING_SCALE = 5.0  # our EV's timers: Josev's Java EXI answers slowly under load (docs/interop.md)
RUN_TIMEOUT_S = 60.0
CASES = [pytest.param(case, id=case.id) for case in OLD_PROTOCOL_CASES]


def failed_responses(log: JosevLog) -> list[tuple[str, str]]:
    """Every response in Josev's log (sent or received) whose ResponseCode is FAILED*."""
    found = []
    for pattern_sent in (True, False):
        for name in (log.sent() if pattern_sent else log.received()):
            if name.endswith("Res"):
                code = str(log.body(name, sent=pattern_sent).get("ResponseCode", ""))
                if code.startswith("FAILED"):
                    found.append((name, code))
    return found


def our_evcc_config(case: OldProtocolCase) -> EVCCConfig:
    return EVCCConfig(
        protocols=(case.ours,), energy_transfer=EnergyTransfer.DC if case.dc else EnergyTransfer.AC,
        timing=SessionTiming().scaled(JOSEV_TIMING_SCALE), max_charge_loops=CHARGE_LOOPS,
        charge_loop_interval_s=0.05, settings=UserSettings(target_soc=90.0),
        precharge_tolerance_v=1000.0 if case.dc else 20.0,  # Josev's EVSE pre-charges to 1 V
    )


@requires_netns
@pytest.mark.parametrize("case", CASES)
async def test_our_evcc_with_josev_secc(venv: Path, tmp_path: Path, case: OldProtocolCase) -> None:
    skip_unless_registered("evcc", case.ours)
    config = our_evcc_config(case)
    ev = SimulatedEV(battery=BatteryModel(soc=40.0), settings=config.settings, energy_transfer=config.energy_transfer)
    with veth_link("jd-") as link, NetnsLoop(link.b.netns) as ev_loop:
        dotenv = {"NETWORK_INTERFACE": link.a.ifname, "PROTOCOLS": case.josev, "AUTH_MODES": "EIM", "LOG_LEVEL": "INFO"}
        async with run_josev(venv, "secc", link.a.netns, tmp_path / "josev", dotenv) as josev:
            await josev.wait_for("UDP server started", RUN_TIMEOUT_S)
            client = EVCCClient(ev, config, ssl_context=None)
            report = await ev_loop.run(asyncio.wait_for(client.run_discovered(link.b.ifname), RUN_TIMEOUT_S))
            await josev.wait_for('"SessionStopRes"', 10)
        log = josev.log
    assert report.end is not None and not report.end.error, (report.end, log.tail())
    assert log.received() == report.requests, log.tail()
    assert collapsed(report.requests) == list(case.sequence), report.requests
    assert not failed_responses(log), failed_responses(log)
    assert log.body("SessionStopRes")["ResponseCode"] == "OK"
    assert not ev.contactors_closed  # our EV opened its contactors before it left


@requires_netns
@pytest.mark.parametrize("case", CASES)
async def test_josev_evcc_with_our_secc(venv: Path, tmp_path: Path, case: OldProtocolCase) -> None:
    skip_unless_registered("secc", case.ours)
    config = SECCConfig(protocols=(case.ours,), services=(EnergyService.DC if case.dc else EnergyService.AC,))
    log, received, summaries, chargers = await _josev_ev_at_our_secc(
        venv, tmp_path, case, config, ssl_context=None, pnc=None, install=False, extra_env={})
    summary = summaries[0]
    assert summary.end_reason == "terminated by the EV", (summary, log.tail())
    assert received == log.sent(), (received, log.tail())
    assert collapsed(log.sent()) == list(case.sequence), log.sent()
    assert not failed_responses(log), failed_responses(log)
    assert log.body("SessionStopRes", sent=False)["ResponseCode"] == "OK"
    evse = chargers[-1]
    assert evse.power_off_calls >= 1 and not evse.contactors_closed and evse.present_power_w == 0.0


async def _josev_ev_at_our_secc(
    venv: Path, tmp_path: Path, case: OldProtocolCase, config: SECCConfig, *, ssl_context: Any, pnc: Any,
    install: bool, extra_env: dict[str, str],
) -> tuple[Any, list[str], list[SessionSummary], list[SimulatedEVSE]]:
    """Josev's EVCC in one namespace against our SECCServer in the other, to Josev's SessionStopRes: TLS when
    `ssl_context` is given (else plain TCP); returns Josev's log, the requests our SECC received, its
    session summaries and the simulated chargers."""
    received: list[str] = []
    summaries: list[SessionSummary] = []
    chargers: list[SimulatedEVSE] = []

    def charger() -> SimulatedEVSE:
        chargers.append(SimulatedEVSE())
        return chargers[-1]

    with veth_link("jd-") as link, NetnsLoop(link.a.netns) as secc_loop:
        server = SECCServer(config, charger, ssl_context=ssl_context, allow_plain_tcp=ssl_context is None, pnc=pnc,
                            callbacks=SessionCallbacks(trace=_trace_into(received), session_ended=summaries.append))
        await secc_loop.run(server.start("::", 0, interface=link.a.ifname))
        ev_config = tmp_path / "josev" / "evcc.json"
        ev_config.parent.mkdir(parents=True)
        ev_config.write_text(json.dumps({
            "supportedProtocols": [case.josev], "energyTransferMode": case.energy_transfer_mode,
            "isCertInstallNeeded": install, "useTls": ssl_context is not None, "chargeLoopCycle": CHARGE_LOOPS,
        }))
        dotenv = {"NETWORK_INTERFACE": link.b.ifname, "EVCC_CONFIG_PATH": str(ev_config), "LOG_LEVEL": "INFO",
                  **extra_env}
        try:
            async with run_josev(venv, "evcc", link.b.netns, tmp_path / "josev", dotenv) as josev:
                await josev.wait_for("SessionStopRes received", RUN_TIMEOUT_S, fail_on="TERMINATEd the data link")
                await secc_loop.run(_until(lambda: bool(summaries), 10))
            return josev.log, received, summaries, chargers
        finally:
            await secc_loop.run(server.close())


def _trace_into(received: list[str]) -> Any:
    """A trace callback collecting the names of the requests our SECC received ('... SECC <- Name ...')."""
    def trace(line: str) -> None:
        words = line.split(" SECC <- ")
        if len(words) == 2:
            received.append(words[1].split()[0])
    return trace


async def _until(condition: Any, timeout: float) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


@requires_netns
@pytest.mark.parametrize("install", [False, True], ids=["contract", "certificate-installation"])
async def test_josev_evcc_pnc_with_our_secc(venv: Path, tmp_path: Path, install: bool) -> None:
    """-2 AC Plug & Charge over TLS 1.2: Josev's EV with its own PKI (create_certs.sh -v iso-2) at our SECC,
    which serves Josev's CPO chain (seccLeaf, cpoSubCA2, cpoSubCA1) and trusts Josev's MO root for the
    contract: PaymentDetails, the signed Authorization, the charge loop, SessionStop. With `install` Josev's
    EV first asks for a contract (isCertInstallNeeded): our lab CPS on Josev's PKI issues one under Josev's
    MO Sub-CA 2, sealed for Josev's OEM provisioning key; Josev's EV accepts it (it keeps authorizing with the
    contract of its PKI files: 0.31.2 does not store what it installed)."""
    skip_unless_registered("secc", "ISO15118-2")
    case = PNC_CASE
    pki = josev_pki(venv, tmp_path)
    certs, keys = pki / "iso15118_2" / "certs", pki / "iso15118_2" / "private_keys"
    server_tls = tls.secc_iso2_server_context(certs / "cpoCertChain.pem", keys / "seccLeaf.key",
                                              password=(keys / "seccLeafPassword.txt").read_bytes().strip())
    mo_root = x509.load_pem_x509_certificate((certs / "moRootCACert.pem").read_bytes())
    config = SECCConfig(protocols=(case.ours,), services=(EnergyService.AC,), authorization_methods=("EIM", "PnC"),
                        certificate_installation=install)
    cps = LocalISO2CPS(josev_pki_as_ours(pki, tmp_path / "pki-ours")) if install else None
    log, received, summaries, chargers = await _josev_ev_at_our_secc(
        venv, tmp_path, case, config, ssl_context=server_tls, pnc=ContractAuthorizer([mo_root], iso2_installation=cps),
        install=install, extra_env={"PKI_PATH": f"{pki}/"})
    assert summaries[0].end_reason == "terminated by the EV", (summaries[0], log.tail())
    assert received == log.sent(), (received, log.tail())
    sequence = list(case.sequence)
    if install:  # the Certificate service's details, the contract from our CPS, PaymentDetails with it
        sequence.insert(sequence.index("PaymentServiceSelectionReq"), "ServiceDetailReq")
        sequence.insert(sequence.index("PaymentDetailsReq"), "CertificateInstallationReq")
        installed = log.body("CertificateInstallationRes", sent=False)
        assert installed["ResponseCode"] == "OK" and installed["eMAID"]["value"].startswith("DEPNXC"), installed
        # Josev 0.31.2's EV checks and decrypts it, then still presents the contract of its PKI files.
        assert log.body("PaymentDetailsReq")["eMAID"] == "UKSWI123456791A"
    assert collapsed(log.sent()) == sequence, log.sent()
    assert not failed_responses(log), failed_responses(log)
    assert log.body("AuthorizationRes", sent=False)["ResponseCode"] == "OK"
    evse = chargers[-1]
    assert evse.power_off_calls >= 1 and not evse.contactors_closed and evse.present_power_w == 0.0


def _josev_wallet(pki: Path, tmp_path: Path, install: bool) -> ContractWallet:
    """Our EV's -2 credentials from Josev's PKI: its contract (contractLeaf, moSubCA2, moSubCA1), or only its
    OEM provisioning credentials (oemLeaf; Josev's CPS seals the contract key for that certificate)."""
    certs, keys = pki / "iso15118_2" / "certs", pki / "iso15118_2" / "private_keys"

    def chain(*names: str) -> Path:
        path = tmp_path / f"{names[0]}-chain.pem"
        path.write_bytes(b"".join((certs / f"{n}Cert.pem").read_bytes() for n in names))
        return path

    def password(name: str) -> bytes:
        return (keys / f"{name}Password.txt").read_bytes().strip()

    if not install:
        return ContractWallet(ContractCredentials.from_pem(chain("contractLeaf", "moSubCA2", "moSubCA1"),
                                                           keys / "contractLeaf.key", password("contractLeaf")))
    provisioning = ProvisioningCredentials.from_pem(
        chain("oemLeaf", "oemSubCA2", "oemSubCA1"), keys / "oemLeaf.key", [certs / "v2gRootCACert.pem"],
        mo_roots=[certs / "moRootCACert.pem"], password=password("oemLeaf"))
    return ContractWallet(provisioning=provisioning, store=tmp_path / "contracts")


@requires_netns
@pytest.mark.parametrize("install", [False, True], ids=["contract", "certificate-installation"])
async def test_our_evcc_pnc_with_josev_secc(venv: Path, tmp_path: Path, install: bool) -> None:
    """-2 AC Plug & Charge over TLS 1.2 the other way: our EV with the contract of Josev's PKI trusting Josev's
    V2G root, at Josev's SECC (AUTH_MODES=PNC); or with no contract yet: CertificateInstallation from Josev's
    CPS (checked against Josev's V2G and MO roots, the key decrypted with the OEM key), then PnC with it.
    CertificateUpdate cannot be run against Josev: 0.31.2 implements it on neither side."""
    skip_unless_registered("evcc", "ISO15118-2")
    case = PNC_CASE
    pki = josev_pki(venv, tmp_path)
    certs = pki / "iso15118_2" / "certs"
    wallet = _josev_wallet(pki, tmp_path, install)
    config = dataclasses.replace(our_evcc_config(case), authorization=Authorization.PnC)
    ev = SimulatedEV(battery=BatteryModel(soc=40.0), settings=config.settings, energy_transfer=config.energy_transfer)
    with veth_link("jd-") as link, NetnsLoop(link.b.netns) as ev_loop:
        dotenv = {"NETWORK_INTERFACE": link.a.ifname, "PROTOCOLS": case.josev, "AUTH_MODES": "PNC",
                  "LOG_LEVEL": "INFO", "PKI_PATH": f"{pki}/"}
        async with run_josev(venv, "secc", link.a.netns, tmp_path / "josev", dotenv) as josev:
            await josev.wait_for("UDP server started", RUN_TIMEOUT_S)
            client = EVCCClient(ev, config, ssl_context=tls.evcc_iso2_client_context([certs / "v2gRootCACert.pem"]),
                                pnc=wallet)
            report = await ev_loop.run(asyncio.wait_for(client.run_discovered(link.b.ifname), RUN_TIMEOUT_S))
            await josev.wait_for('"SessionStopRes"', 10)
        log = josev.log
    assert report.end is not None and not report.end.error, (report.end, log.tail())
    assert report.tls and report.tls[0].startswith("TLSv1.2"), report.tls
    assert log.received() == report.requests, log.tail()
    sequence = list(case.sequence)
    if install:  # ServiceDetail of Josev's Certificate service, the contract from its CPS, PaymentDetails with it
        sequence.insert(sequence.index("PaymentServiceSelectionReq"), "ServiceDetailReq")
        sequence.insert(sequence.index("PaymentDetailsReq"), "CertificateInstallationReq")
        assert wallet.current().chain[0] == x509.load_pem_x509_certificate((certs / "contractLeafCert.pem").read_bytes())
        assert (tmp_path / "contracts" / "contract-chain.pem").exists()
    assert collapsed(report.requests) == sequence, report.requests
    assert not failed_responses(log), failed_responses(log)
    assert log.body("AuthorizationRes")["ResponseCode"] == "OK"
    assert not ev.contactors_closed
