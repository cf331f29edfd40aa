"""One EV offering ISO 15118-20 and -2 over TLS ([connection] iso2_tls_trust_roots beside tls_trust_roots):
TLS 1.3 and -20 with a -20 SECC, TLS 1.2 (the -2 suite, P-256) and -2 with a -2-only SECC, -20 with a SECC
serving both on one listener; the SECC never selects -20 over TLS 1.2. Real TCP and TLS on loopback, our
SECCServer and our EVCCClient, the EV's TLS context built from its TOML file."""
from __future__ import annotations

import asyncio
import ssl
from pathlib import Path
from typing import Any

import pytest

from evcc.cli import build_ssl_context, build_wallet
from evcc.client import EVCCClient, SessionReport
from evcc.config import ConfigError, EVCCFile, load_file
from evcc.phase import EndKind
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import exi, tls, v2gtp
from iso15118.messages.app_protocol import responseCodeType, supportedAppProtocolRes
from iso15118.session import framing
from iso15118.session.app_protocol import ISO15118_2, ISO15118_20_AC, build_request
from cryptography import x509

from pki.profiles import Suite
from pki.testpki import build_pki, write_pki
from secc.authorization import ContractAuthorizer, LocalCPS, LocalISO2CPS
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE

BOTH = ("ISO15118-20", "ISO15118-2")


@pytest.fixture(scope="module")
def pkis(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(-20 PKI directory, -2 PKI directory)."""
    pki20, pki2 = tmp_path_factory.mktemp("pki20"), tmp_path_factory.mktemp("pki2")
    write_pki(build_pki(), pki20)
    write_pki(build_pki(Suite.ISO2), pki2)
    return pki20, pki2


def ev_file(pkis: tuple[Path, Path], tmp_path: Path, protocols: tuple[str, ...] = BOTH,
            iso2_roots: bool = True, pnc: bool = False) -> EVCCFile:
    """The EV's TOML; with `pnc` it holds OEM provisioning credentials of both PKIs ([pnc] -20, [pnc.iso2] -2)
    and installs a contract of each into its own store."""
    pki20, pki2 = pkis
    path = tmp_path / "ev.toml"
    wallets = "".join(
        f'[{table}]\nprovisioning_chain = "{pki / "oem/chain.pem"}"\nprovisioning_key = "{pki / "oem/prov.key.pem"}"\n'
        f'mo_roots = ["{pki / "trust/mo-roots.pem"}"]\ncontract_store = "{tmp_path / store}"\n'
        for table, pki, store in (("pnc", pki20, "contracts-20"), ("pnc.iso2", pki2, "contracts-2")))
    path.write_text(
        "[evcc]\nprotocols = [" + ", ".join(f'"{p}"' for p in protocols) + ']\nenergy_transfer = "AC"\n'
        + ('authorization = "PnC"\n' if pnc else "") +
        "charge_loop_interval_s = 0.02\nongoing_poll_interval_s = 0.02\nmax_charge_loops = 4\n"
        f'[connection]\ntls_trust_roots = ["{pki20 / "trust/v2g-roots.pem"}"]\n'
        + (f'iso2_tls_trust_roots = ["{pki2 / "trust/v2g-roots.pem"}"]\n' if iso2_roots else "")
        + f'tls_cert_chain = "{pki20 / "oem/chain.pem"}"\ntls_private_key = "{pki20 / "oem/prov.key.pem"}"\n'
        + (wallets if pnc else "")
    )
    return load_file(path)


def secc20(pki20: Path) -> ssl.SSLContext:
    return tls.secc_server_context(pki20 / "secc/chain.pem", pki20 / "secc/leaf.key.pem",
                                   client_auth=tls.ClientAuth.OPTIONAL, ev_trust_roots=[pki20 / "trust/oem-roots.pem"])


def secc2(pki2: Path) -> ssl.SSLContext:
    return tls.secc_iso2_server_context(pki2 / "secc/chain.pem", pki2 / "secc/leaf.key.pem")


async def charge(file: EVCCFile, ssl_context: ssl.SSLContext, protocols: tuple[str, ...],
                 *, allow_plain_tcp: bool = False, pnc: ContractAuthorizer | None = None,
                 ) -> tuple[SessionReport, Any, SimulatedEV, SimulatedEVSE]:
    evses: list[SimulatedEVSE] = []

    def factory() -> SimulatedEVSE:
        evses.append(SimulatedEVSE())
        return evses[-1]

    config = SECCConfig(services=(EnergyService.AC, EnergyService.DC), protocols=protocols,
                        **({"authorization_methods": ("PnC", "EIM"), "certificate_installation": True} if pnc else {}))
    server = SECCServer(config, factory, ssl_context=ssl_context, allow_plain_tcp=allow_plain_tcp, pnc=pnc)
    await server.start("127.0.0.1", 0, sdp_server=False)
    try:
        ev = SimulatedEV(battery=BatteryModel(soc=50), energy_transfer=file.evcc.energy_transfer)
        client = EVCCClient(ev, file.evcc, ssl_context=build_ssl_context(file.connection, file.evcc),
                            pnc=build_wallet(file.pnc))
        report = await asyncio.wait_for(client.run("127.0.0.1", server.port), 30)
        async with asyncio.timeout(10):
            while report.protocols and not server.summaries:  # the SECC's own account of a session that ran
                await asyncio.sleep(0.01)
        return report, server.summaries[0] if server.summaries else None, ev, evses[0] if evses else None
    finally:
        await server.close()


def assert_charged(report: SessionReport, summary: Any, ev: SimulatedEV, evse: SimulatedEVSE, protocol: str) -> None:
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert report.protocols == [protocol] and summary.protocol == protocol
    assert report.energy_in_wh > 0 and report.requests[-1] == "SessionStopReq"
    assert not ev.contactors_closed and not evse.contactors_closed


async def test_the_ev_runs_minus_20_over_tls_13_with_a_minus_20_secc(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    report, summary, ev, evse = await charge(ev_file(pkis, tmp_path), secc20(pkis[0]), BOTH)
    assert_charged(report, summary, ev, evse, "ISO15118-20")
    assert report.tls[0].startswith("TLSv1.3")
    assert report.requests.count("AC_ChargeLoopReq") == 4


async def test_the_same_ev_runs_minus_2_over_tls_12_with_a_minus_2_only_secc(pkis: tuple[Path, Path],
                                                                          tmp_path: Path) -> None:
    report, summary, ev, evse = await charge(ev_file(pkis, tmp_path), secc2(pkis[1]), ("ISO15118-2",))
    assert_charged(report, summary, ev, evse, "ISO15118-2")
    assert report.tls[0].startswith("TLSv1.2 ECDHE-ECDSA-AES128-SHA256"), report.tls
    assert report.requests.count("ChargingStatusReq") == 4


async def test_a_secc_serving_both_on_one_listener_gets_minus_20_over_tls_13(pkis: tuple[Path, Path],
                                                                           tmp_path: Path) -> None:
    dual = tls.secc_dual_server_context(secc20(pkis[0]), secc2(pkis[1]))
    report, summary, ev, evse = await charge(ev_file(pkis, tmp_path), dual, BOTH)
    assert_charged(report, summary, ev, evse, "ISO15118-20")
    assert report.tls[0].startswith("TLSv1.3")


def mo_root(pki: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate((pki / "trust/mo-roots.pem").read_bytes())


async def test_plug_and_charge_with_each_protocols_contract(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    """The same EV file ([pnc] -20 credentials, [pnc.iso2] -2 credentials): at a -20 charger it installs and
    uses a P-521 contract over TLS 1.3, at a -2-only charger a P-256 one over TLS 1.2, each in its own store."""
    pki20, pki2 = pkis
    file = ev_file(pkis, tmp_path, pnc=True)
    at20 = ContractAuthorizer([mo_root(pki20)], installation=LocalCPS(pki20))
    report, summary, ev, evse = await charge(file, secc20(pki20), BOTH, pnc=at20)
    assert_charged(report, summary, ev, evse, "ISO15118-20")
    assert "CertificateInstallationReq" in report.requests and "AuthorizationReq" in report.requests
    at2 = ContractAuthorizer([mo_root(pki2)], iso2_installation=LocalISO2CPS(pki2))
    report, summary, ev, evse = await charge(file, secc2(pki2), ("ISO15118-2",), pnc=at2)
    assert_charged(report, summary, ev, evse, "ISO15118-2")
    assert report.requests.index("CertificateInstallationReq") < report.requests.index("PaymentDetailsReq") \
        < report.requests.index("AuthorizationReq")  # -2 PnC: the contract chain in PaymentDetailsReq
    for store, curve in (("contracts-20", "secp521r1"), ("contracts-2", "secp256r1")):
        [leaf, *_] = x509.load_pem_x509_certificates((tmp_path / store / "contract-chain.pem").read_bytes())
        assert leaf.public_key().curve.name == curve  # type: ignore[union-attr]
    # Next time at either charger: the stored contract, no installation.
    report, summary, ev, evse = await charge(ev_file(pkis, tmp_path, pnc=True), secc2(pki2), ("ISO15118-2",), pnc=at2)
    assert_charged(report, summary, ev, evse, "ISO15118-2")
    assert "CertificateInstallationReq" not in report.requests and "PaymentDetailsReq" in report.requests


async def test_without_iso2_roots_the_ev_refuses_a_minus_2_secc(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    """Without iso2_tls_trust_roots the context stays TLS 1.3 only (-2 then only over plain TCP)."""
    report, _, ev, _ = await charge(ev_file(pkis, tmp_path, iso2_roots=False), secc2(pkis[1]), ("ISO15118-2",))
    assert report.end is not None and report.end.kind is EndKind.Failed and report.protocols == []
    assert "TLS" in report.end.reason and ev.power_w == 0


async def test_a_minus_2_chain_presented_over_tls_13_is_refused(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    """The dual context trusts both roots in one store: a TLS 1.3 SECC with a -2 (P-256) chain passes chain
    validation, so the client's profile check must end it before SupportedAppProtocol."""
    pki2 = pkis[1]
    wrong = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)  # a misconfigured charger: TLS 1.3 with its -2 chain
    wrong.minimum_version = ssl.TLSVersion.TLSv1_3
    wrong.load_cert_chain(pki2 / "secc/chain.pem", pki2 / "secc/leaf.key.pem")
    report, _, ev, _ = await charge(ev_file(pkis, tmp_path), wrong, BOTH)
    assert report.end is not None and report.end.kind is EndKind.Failed and report.protocols == []
    assert "outside its ISO 15118 profile" in report.end.reason and report.requests == []
    assert ev.power_w == 0


@pytest.mark.parametrize("offered, chosen", [((ISO15118_20_AC, ISO15118_2), ISO15118_2), ((ISO15118_20_AC,), None)])
async def test_the_secc_never_selects_minus_20_over_tls_12(pkis: tuple[Path, Path], offered: tuple[Any, ...],
                                                           chosen: Any) -> None:
    """A peer that negotiated TLS 1.2 and offers -20 first: the SECC (-20 and -2 configured, even with the
    lab flag for plain TCP) skips -20 and selects -2, or fails the negotiation when -20 is all there is."""
    pki20, pki2 = pkis
    dual = tls.secc_dual_server_context(secc20(pki20), secc2(pki2))
    server = SECCServer(SECCConfig(protocols=BOTH), SimulatedEVSE, ssl_context=dual, allow_plain_tcp=True)
    await server.start("127.0.0.1", 0, sdp_server=False)
    try:
        conn = await v2gtp.open_connection("127.0.0.1", server.port,
                                           ssl_context=tls.evcc_iso2_client_context([pki2 / "trust/v2g-roots.pem"]))
        try:
            assert conn.tls is not None and conn.tls.version == "TLSv1.2"
            request = build_request(list(offered))
            await conn.send(framing.payload_type_of(request), exi.encode(request))
            response = framing.decode_payload(*await conn.receive(timeout=5.0))
        finally:
            await conn.close()
    finally:
        await server.close()
    assert isinstance(response, supportedAppProtocolRes)
    if chosen is None:
        assert response.ResponseCode is responseCodeType.Failed_NoNegotiation and response.SchemaID is None
    else:
        [entry] = [a for a in request.AppProtocol if a.ProtocolNamespace == chosen.namespace]
        assert response.ResponseCode is responseCodeType.OK_SuccessfulNegotiation
        assert response.SchemaID == entry.SchemaID


def test_iso2_roots_need_a_protocol_over_tls_12(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    file = ev_file(pkis, tmp_path, protocols=("ISO15118-20",))
    with pytest.raises(ConfigError, match="iso2_tls_trust_roots"):
        build_ssl_context(file.connection, file.evcc)


def test_pnc_iso2_table_is_checked_and_defaults_to_the_iso2_roots(pkis: tuple[Path, Path], tmp_path: Path) -> None:
    pki20, pki2 = pkis
    file = ev_file(pkis, tmp_path, pnc=True)
    assert file.pnc is not None and file.pnc.iso2 is not None
    assert file.pnc.v2g_roots == (pki20 / "trust/v2g-roots.pem",)
    assert file.pnc.iso2.v2g_roots == (pki2 / "trust/v2g-roots.pem",)
    path = tmp_path / "ev.toml"
    path.write_text(path.read_text() + "contract_sore = 'x'\n")  # lands in [pnc.iso2], the last table
    with pytest.raises(ConfigError, match=r"\[pnc.iso2\] unknown key\(s\) contract_sore"):
        load_file(path)
    path.write_text(path.read_text().replace("contract_sore = 'x'\n", "") + "contract_chain = 'c.pem'\n")
    with pytest.raises(ConfigError, match=r"\[pnc.iso2\] contract_chain and contract_key go together"):
        load_file(path)
