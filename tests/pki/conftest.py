"""One test PKI per suite for the whole session (key generation is the slow part)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pki.profiles import Suite
from pki.testpki import TestPKI, build_pki, write_pki

NOW = dt.datetime.now(dt.timezone.utc)


@pytest.fixture(scope="session")
def pkis() -> dict[Suite, TestPKI]:
    return {suite: build_pki(suite) for suite in Suite}


@pytest.fixture(scope="session")
def pki_dirs(pkis: dict[Suite, TestPKI], tmp_path_factory: pytest.TempPathFactory) -> dict[Suite, Path]:
    root = tmp_path_factory.mktemp("pki")
    dirs = {}
    for suite, pki in pkis.items():
        dirs[suite] = root / suite.value
        write_pki(pki, dirs[suite])
    return dirs


@pytest.fixture(params=list(Suite), ids=lambda s: s.value)
def suite(request: pytest.FixtureRequest) -> Suite:
    return request.param


@pytest.fixture(params=[Suite.ISO20_ECDSA, Suite.ISO20_ED448], ids=lambda s: s.value)
def suite20(request: pytest.FixtureRequest) -> Suite:
    return request.param
