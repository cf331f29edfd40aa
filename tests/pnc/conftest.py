"""Fixtures for Plug & Charge sessions (helpers in pnc_lab.py)."""
from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from pnc_lab import SUITES20, Lab, RecordingEVSE, RunningSECC

from pki.profiles import Suite
from pki.testpki import build_pki, write_pki
from secc import cli as secc_cli
from secc.config import load_config, load_pnc_config
from secc.server import SECCServer
from secc.session import SessionCallbacks


@pytest.fixture(scope="session")
def labs(tmp_path_factory: pytest.TempPathFactory) -> dict[Suite, Lab]:
    root = tmp_path_factory.mktemp("pnc-pki")
    out = {}
    for suite in [*SUITES20, Suite.ISO2]:
        pki = build_pki(suite)
        write_pki(pki, root / suite.value)
        out[suite] = Lab(suite, pki, root / suite.value)
    return out


@pytest.fixture(params=SUITES20, ids=lambda s: s.value)
def lab(request: pytest.FixtureRequest, labs: dict[Suite, Lab]) -> Lab:
    return labs[request.param]


@pytest.fixture
async def start_secc(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """Start an SECC from TOML text exactly as the `secc` CLI does (config -> TLS context -> authorizer)."""
    running: list[RunningSECC] = []

    async def start(toml: str, *, timing_scale: float | None = None) -> RunningSECC:
        path = tmp_path / f"secc{len(running)}.toml"
        path.write_text(toml)
        config, server_cfg, _ = load_config(path)
        if timing_scale is not None:
            config = dataclasses.replace(config, timing=config.timing.scaled(timing_scale))
        secc = RunningSECC()

        def trace(line: str) -> None:
            parts = line.split()
            if len(parts) > 3 and parts[2] == "<-":
                secc.requests.append(parts[3])

        secc.server = SECCServer(config, lambda: RecordingEVSE(secc), ssl_context=secc_cli.ssl_context(server_cfg),
                                 pnc=secc_cli.pnc_authorizer(load_pnc_config(path)),
                                 callbacks=SessionCallbacks(trace=trace))
        await secc.server.start("::1", 0)
        running.append(secc)
        return secc

    yield start
    for secc in running:
        assert secc.server is not None
        await secc.server.close()


