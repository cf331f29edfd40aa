"""Fixtures: the CSMS simulator on loopback and OCPP links to it (real websockets, both versions)."""
from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))  # e2e_harness: certificates, EVCC runs
from ocpp_lab import TLSFiles, make_tls

from secc.ocpp.config import OCPPConfig
from secc.ocpp.csms_sim import CSMSSimulator
from secc.ocpp.link import OCPPLink
from secc.ocpp.store import TransactionStore


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    return make_tls(tmp_path_factory.mktemp("ocpp-tls"))


@pytest.fixture(params=["2.0.1", "2.1"])
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def csms() -> AsyncIterator[Callable[..., Any]]:
    sims: list[CSMSSimulator] = []

    async def start(**kw: Any) -> CSMSSimulator:
        sim = CSMSSimulator(**kw)
        await sim.start()
        sims.append(sim)
        return sim

    yield start
    for sim in sims:
        await sim.close()


@pytest.fixture
async def link(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """link(sim, **config) -> a started OCPPLink with a sqlite outbox in tmp_path."""
    links: list[OCPPLink] = []

    async def start(sim: CSMSSimulator, **kw: Any) -> OCPPLink:
        cfg: dict[str, Any] = dict(csms_url=sim.url, station_id="CS001", password="secret", reconnect_min_s=0.05,
                                   reconnect_max_s=0.2, response_timeout_s=5.0)
        cfg.update(kw)
        store = TransactionStore(kw.pop("queue_path", tmp_path / "queue.sqlite"))
        cfg.pop("queue_path", None)
        new = OCPPLink(OCPPConfig(**cfg), store)
        new.start()
        links.append(new)
        return new

    yield start
    for one in links:
        await one.close()
        one.store.close()


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from e2e_harness import make_certificates

    return make_certificates(tmp_path_factory.mktemp("pki"))


@pytest.fixture
async def station_secc(tmp_path: Path, certificates: Any) -> AsyncIterator[Callable[..., Any]]:
    """station_secc(sim, pnc=None, **ocpp) -> (OCPPStation, SECCHarness): our SECCServer (loopback TLS 1.3,
    simulated EVSEs) wired to the CSMS simulator through an OCPPStation, as the `secc` CLI wires them."""
    from e2e_harness import SECCHarness

    from iso15118 import tls
    from secc.config import SECCConfig
    from secc.grid import GridConfig, GridLimitManager, Ratings
    from secc.ocpp.station import OCPPStation
    from secc.server import SECCServer
    from secc.session import SessionCallbacks
    from secc.simulator import SimulatedEVSE, SimulatorSettings

    running: list[tuple[OCPPStation, SECCServer]] = []

    async def start(sim: CSMSSimulator, *, pnc: Any = None, config: SECCConfig | None = None,
                    settings: SimulatorSettings | None = None, **kw: Any) -> tuple[OCPPStation, SECCHarness]:
        cfg: dict[str, Any] = dict(csms_url=sim.url, station_id="CS001", password="secret", reconnect_min_s=0.05,
                                   reconnect_max_s=0.2, response_timeout_s=5.0, queue_path=str(tmp_path / "queue.sqlite"),
                                   eim_id_token="TOKEN-1")
        cfg.update(kw)
        grid = GridLimitManager(GridConfig(Ratings(import_w=50_000, export_w=50_000, phases=3),
                                           randomisation_enabled=False))
        station = OCPPStation(OCPPConfig(**cfg), grid=grid)
        harness = SECCHarness(config=config or SECCConfig())

        def factory() -> SimulatedEVSE:
            evse = SimulatedEVSE(settings or SimulatorSettings())
            harness.evses.append(evse)
            return evse

        ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
        server = SECCServer(harness.config, station.controllers(factory), ssl_context=ctx,
                            pnc=station.pnc_authorizer(pnc) if pnc is not None else None,
                            callbacks=SessionCallbacks(session_ended=harness.summaries.append))
        server.attach_grid(grid)
        await server.start("::1", 0)
        harness.port = server.port
        harness.server = server  # type: ignore[attr-defined]
        await station.start()
        running.append((station, server))
        return station, harness

    yield start
    for station, server in running:
        await server.close()
        await station.close()


@pytest.fixture
def probe(certificates: Any) -> Callable[..., Any]:
    """probe(port) -> an evcc.probe ProbeClient over TLS 1.3 (one request, one response, under test control)."""
    from iso15118 import tls, v2gtp
    from evcc.probe import ProbeClient

    async def connect(port: int) -> Any:
        ctx = tls.evcc_client_context([certificates.v2g_root])
        return ProbeClient(await v2gtp.open_connection("::1", port, ssl_context=ctx), timeout=5.0)

    return connect
