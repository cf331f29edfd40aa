"""End to end: our -2 EVCC (the real client) against our SECC (SECCServer running secc/iso2) over real
TCP and TLS 1.2 on loopback. AC/DC EIM, AC PnC with the iso2 PKI (certificate installation from the
lab CPS), grid-driven renegotiation, pause/resume, emergency stop and refusals with power off on both
sides, and the negotiation matrix against SECCs supporting subsets of the three protocols."""
from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from evcc.client import EVCCClient, SessionReport
from evcc.config import EVCCConfig
from evcc.controller import Authorization, EnergyTransfer
from evcc.phase import EndKind
from evcc.pnc import ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from pki.profiles import Role, Suite
from pki.testpki import TestPKI, build_pki, write_pki
from secc.grid.model import GridLimits
from secc.authorization import ContractAuthorizer, LocalISO2CPS
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.protocols import names as secc_protocol_names
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE

AC, DC = EnergyTransfer.AC, EnergyTransfer.DC
SERVICES = (EnergyService.AC, EnergyService.DC)


@dataclass
class Station:
    server: SECCServer
    evses: list[SimulatedEVSE] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.port

    async def summary(self, n: int = 1, timeout: float = 10.0) -> Any:
        async with asyncio.timeout(timeout):
            while len(self.server.summaries) < n:
                await asyncio.sleep(0.01)
        return self.server.summaries[n - 1]


@asynccontextmanager
async def station(protocols: tuple[str, ...] = ("ISO15118-2",), *, ssl_context: Any = None, pnc: Any = None,
                  **config: Any) -> AsyncIterator[Station]:
    evses: list[SimulatedEVSE] = []

    def factory() -> SimulatedEVSE:
        evses.append(SimulatedEVSE())
        return evses[-1]

    cfg = SECCConfig(services=SERVICES, protocols=protocols, **config)
    server = SECCServer(cfg, factory, ssl_context=ssl_context, allow_plain_tcp=ssl_context is None, pnc=pnc)
    await server.start("127.0.0.1", 0, sdp_server=False)
    try:
        yield Station(server, evses)
    finally:
        await server.close()


def ev_config(energy: EnergyTransfer, **overrides: Any) -> EVCCConfig:
    values: dict[str, Any] = dict(protocols=("ISO15118-2",), energy_transfer=energy, charge_loop_interval_s=0.02,
                                  ongoing_poll_interval_s=0.02, max_charge_loops=8, pause_duration_s=0.1)
    values.update(overrides)
    return EVCCConfig(**values)


async def drive(port: int, config: EVCCConfig, *, ssl_context: Any = None, pnc: Any = None,
                during: Callable[[SimulatedEV], Any] | None = None) -> tuple[SessionReport, SimulatedEV]:
    ev = SimulatedEV(battery=BatteryModel(soc=50), energy_transfer=config.energy_transfer)
    client = EVCCClient(ev, config, ssl_context=ssl_context, pnc=pnc)
    task = asyncio.create_task(client.run("127.0.0.1", port))
    if during is not None:
        await during(ev)
    return await asyncio.wait_for(task, 30), ev


async def charging(ev: SimulatedEV) -> None:
    async with asyncio.timeout(10):
        while not (ev.contactors_closed and ev.power_w > 0):
            await asyncio.sleep(0.01)


@pytest.mark.parametrize("energy", [AC, DC])
async def test_eim_over_tcp(energy: EnergyTransfer) -> None:
    async with station() as st:
        report, ev = await drive(st.port, ev_config(energy))
        summary = await st.summary()
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.protocols == ["ISO15118-2"] and report.energy_in_wh > 0
    loop = "CurrentDemandReq" if energy is DC else "ChargingStatusReq"
    assert report.requests.count(loop) == 8 and report.requests[-1] == "SessionStopReq"
    assert summary.protocol == "ISO15118-2" and summary.end_reason == "terminated by the EV" and not summary.paused
    assert not ev.contactors_closed and not st.evses[0].contactors_closed


async def test_grid_cap_renegotiates_the_schedule() -> None:
    async with station() as st:
        async def cap(ev: SimulatedEV) -> None:
            await charging(ev)
            st.server.apply_grid_limits(GridLimits.flat(1, 6900.0))

        report, ev = await drive(st.port, ev_config(AC, max_charge_loops=25), during=cap)
    assert report.end is not None and report.end.kind is EndKind.Terminated
    assert report.requests.count("ChargeParameterDiscoveryReq") == 2 and report.requests.count("PowerDeliveryReq") == 4
    assert ev.evse_limits is not None and ev.evse_limits.max_charge_power_w == pytest.approx(6900, abs=1)


async def test_pause_and_resume() -> None:
    async with station() as st:
        report, _ = await drive(st.port, ev_config(DC, pause_after_loops=3, max_charge_loops=5))
        first, second = await st.summary(1), await st.summary(2)
    assert report.connections == 2 and report.end is not None and report.end.kind is EndKind.Terminated
    assert first.paused and not second.paused
    assert first.session_id == second.session_id == report.end.session_id.hex()


async def test_emergency_stop_at_the_charger_powers_the_ev_down() -> None:
    async with station() as st:
        async def stop(ev: SimulatedEV) -> None:
            await charging(ev)
            st.evses[0].handle.emergency_stop("emergency button")

        report, ev = await drive(st.port, ev_config(DC, max_charge_loops=None, stop_at_target_soc=False), during=stop)
        summary = await st.summary()
    assert report.end is not None and report.end.error and "EVSE_EmergencyShutdown" in report.end.reason
    assert summary.end_reason == "emergency button"
    assert not ev.contactors_closed and ev.power_w == 0 and not st.evses[0].contactors_closed


# ---------------------------------------------------------------------- Plug & Charge over TLS 1.2


@pytest.fixture(scope="module")
def pki2(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestPKI, Path]:
    pki = build_pki(Suite.ISO2)
    path = tmp_path_factory.mktemp("pki2")
    write_pki(pki, path)
    return pki, path


def wallet(pki: TestPKI, store: Path, *, contract: bool, clock: Any = None) -> ContractWallet:
    return ContractWallet(
        ContractCredentials(pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key) if contract else None,  # type: ignore[arg-type]
        provisioning=ProvisioningCredentials(pki.chain(Role.OEM_PROV), pki[Role.OEM_PROV].key,  # type: ignore[arg-type]
                                             [pki.root(Role.SECC)], mo_roots=[pki.root(Role.CONTRACT)]),
        store=store, **({"clock": clock} if clock is not None else {}))


@pytest.mark.parametrize("energy, installed", [(AC, False), (AC, True), (DC, False)])
async def test_pnc_over_tls_12(pki2: tuple[TestPKI, Path], tmp_path: Path, energy: EnergyTransfer,
                               installed: bool) -> None:
    pki, path = pki2
    server_ctx = tls.secc_iso2_server_context(path / "secc/chain.pem", path / "secc/leaf.key.pem")
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)], iso2_installation=LocalISO2CPS(path))
    store = wallet(pki, tmp_path / "contracts", contract=installed)
    async with station(ssl_context=server_ctx, pnc=authorizer, authorization_methods=("PnC", "EIM"),
                       certificate_installation=True) as st:
        report, ev = await drive(st.port, ev_config(energy, authorization=Authorization.PnC),
                                 ssl_context=tls.evcc_iso2_client_context([path / "trust/v2g-roots.pem"]), pnc=store)
        await st.summary()
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.tls[0].startswith("TLSv1.2")
    assert ("CertificateInstallationReq" in report.requests) is not installed
    assert {"PaymentDetailsReq", "AuthorizationReq"} <= set(report.requests) and report.energy_in_wh > 0
    if not installed:
        assert (tmp_path / "contracts" / "contract-chain.pem").exists()


async def test_certificate_update_of_an_expiring_contract_over_tls_12(pki2: tuple[TestPKI, Path], tmp_path: Path) -> None:
    pki, path = pki2
    leaf = pki[Role.CONTRACT].certificate
    server_ctx = tls.secc_iso2_server_context(path / "secc/chain.pem", path / "secc/leaf.key.pem")
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)], iso2_installation=LocalISO2CPS(path))
    store = wallet(pki, tmp_path / "contracts", contract=True,
                   clock=lambda: leaf.not_valid_after_utc - dt.timedelta(days=5))
    async with station(ssl_context=server_ctx, pnc=authorizer, authorization_methods=("PnC", "EIM"),
                       certificate_installation=True) as st:
        report, _ = await drive(st.port, ev_config(AC, authorization=Authorization.PnC),
                                ssl_context=tls.evcc_iso2_client_context([path / "trust/v2g-roots.pem"]), pnc=store)
        await st.summary()
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert "CertificateUpdateReq" in report.requests and "CertificateInstallationReq" not in report.requests
    assert store.current().emaid == pki.emaid and store.current().chain[0].serial_number != leaf.serial_number
    assert (tmp_path / "contracts" / "contract-chain.pem").exists()


async def test_a_contract_the_charger_does_not_trust_ends_with_power_off(pki2: tuple[TestPKI, Path],
                                                                         tmp_path: Path) -> None:
    pki, path = pki2
    server_ctx = tls.secc_iso2_server_context(path / "secc/chain.pem", path / "secc/leaf.key.pem")
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)])
    stranger = wallet(build_pki(Suite.ISO2), tmp_path / "contracts", contract=True)
    async with station(ssl_context=server_ctx, pnc=authorizer, authorization_methods=("PnC",)) as st:
        report, ev = await drive(st.port, ev_config(AC, authorization=Authorization.PnC),
                                 ssl_context=tls.evcc_iso2_client_context([path / "trust/v2g-roots.pem"]), pnc=stranger)
    assert report.end is not None and report.end.kind is EndKind.Failed and "FAILED_CertChainError" in report.end.reason
    assert not ev.contactors_closed and not st.evses[0].contactors_closed


# ---------------------------------------------------------------------- negotiation matrix, our SECC


NEEDS_DIN = pytest.mark.skipif("DIN70121" not in secc_protocol_names(),
                               reason="DIN 70121 is not registered on the SECC side in this tree (branch din)")


@pytest.mark.parametrize("ev_protocols, secc_protocols, allow_plain_tcp, runs", [
    (("ISO15118-20", "ISO15118-2"), ("ISO15118-20", "ISO15118-2"), False, "ISO15118-2"),  # -20 needs TLS 1.3
    (("ISO15118-20", "ISO15118-2"), ("ISO15118-20", "ISO15118-2"), True, "ISO15118-20"),  # lab: EV priority
    (("ISO15118-2", "ISO15118-20"), ("ISO15118-20", "ISO15118-2"), True, "ISO15118-2"),
    (("ISO15118-2",), ("ISO15118-20",), True, None),
    pytest.param(("ISO15118-20", "ISO15118-2", "DIN70121"), ("ISO15118-2", "DIN70121"), False, "ISO15118-2",
                 marks=NEEDS_DIN),
    pytest.param(("ISO15118-20", "ISO15118-2", "DIN70121"), ("DIN70121",), False, "DIN70121", marks=NEEDS_DIN),
    pytest.param(("DIN70121", "ISO15118-2"), ("ISO15118-2", "DIN70121"), False, "DIN70121", marks=NEEDS_DIN),
    pytest.param(("ISO15118-2",), ("DIN70121",), False, None, marks=NEEDS_DIN),
])
async def test_negotiation_matrix_over_plain_tcp(ev_protocols: tuple[str, ...], secc_protocols: tuple[str, ...],
                                                 allow_plain_tcp: bool, runs: str | None) -> None:
    async with station(secc_protocols) as st:  # SECC: plain TCP allowed (lab) for every protocol
        report, ev = await drive(st.port, ev_config(DC, protocols=ev_protocols, max_charge_loops=3,
                                                    allow_plain_tcp=allow_plain_tcp))
    assert report.end is not None
    if runs is None:
        assert report.end.kind is EndKind.Failed and report.protocols == [] and ev.power_w == 0
    else:
        assert report.protocols == [runs] and report.end.kind is EndKind.Terminated and not report.end.error


async def test_pnc_with_a_signed_sales_tariff_over_tls_12(pki2: tuple[TestPKI, Path], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The SECC signs its price-level SalesTariff with the MO Sub-CA 2 key; the EV verifies it against its
    contract chain over real TLS 1.2 and charges."""
    from iso15118.security import iso2 as security
    from secc.config import PricingConfig

    pki, path = pki2
    verified: list[object] = []
    real_verify = security.verify_sales_tariffs

    def spy(*args: Any) -> None:
        real_verify(*args)
        verified.append(args[0])

    monkeypatch.setattr(security, "verify_sales_tariffs", spy)
    sub2 = pki[Role.MO_SUBCA2]
    signer = security.SalesTariffSigner(sub2.key, (sub2.certificate, pki[Role.MO_SUBCA1].certificate))  # type: ignore[arg-type]
    server_ctx = tls.secc_iso2_server_context(path / "secc/chain.pem", path / "secc/leaf.key.pem")
    authorizer = ContractAuthorizer([pki.root(Role.CONTRACT)], sales_tariff_signer=signer)
    store = wallet(pki, tmp_path / "contracts", contract=True)
    async with station(ssl_context=server_ctx, pnc=authorizer, authorization_methods=("PnC",),
                       pricing=PricingConfig(kind="levels", price_levels=3)) as st:
        report, ev = await drive(st.port, ev_config(AC, authorization=Authorization.PnC),
                                 ssl_context=tls.evcc_iso2_client_context([path / "trust/v2g-roots.pem"]), pnc=store)
        await st.summary()
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.tls[0].startswith("TLSv1.2") and report.energy_in_wh > 0
    assert verified and verified[0].SASchedules.SAScheduleTuple[0].SalesTariff is not None  # type: ignore[attr-defined]
