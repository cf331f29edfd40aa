"""Fixtures: the CSMS simulator on loopback and OCPP links to it (real websockets, both versions)."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
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
