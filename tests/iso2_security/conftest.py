"""One `iso2` suite test PKI (P-256) for the -2 security tests (key generation is the slow part)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pki.profiles import Suite
from pki.testpki import TestPKI, build_pki, write_pki


@pytest.fixture(scope="session")
def pki2() -> TestPKI:
    return build_pki(Suite.ISO2)


@pytest.fixture(scope="session")
def pki20() -> TestPKI:
    return build_pki(Suite.ISO20_ECDSA)


@pytest.fixture(scope="session")
def pki2_dir(pki2: TestPKI, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pki2")
    write_pki(pki2, path)
    return path


@pytest.fixture(scope="session")
def pki20_dir(pki20: TestPKI, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pki20")
    write_pki(pki20, path)
    return path
