"""Fixtures of the transport tests: -20 shaped certificate chains (made once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .certs import Chain, make_chain


@pytest.fixture(scope="session")
def pki_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("transport-pki")


@pytest.fixture(scope="session")
def secc_p521(pki_dir: Path) -> Chain:
    return make_chain(pki_dir, "SECC-P521", "p521")


@pytest.fixture(scope="session")
def secc_ed448(pki_dir: Path) -> Chain:
    return make_chain(pki_dir, "SECC-Ed448", "ed448")


@pytest.fixture(scope="session")
def vehicle_p521(pki_dir: Path) -> Chain:
    return make_chain(pki_dir, "Vehicle-P521", "p521")


@pytest.fixture(scope="session")
def vehicle_ed448(pki_dir: Path) -> Chain:
    return make_chain(pki_dir, "Vehicle-Ed448", "ed448")


@pytest.fixture(scope="session")
def secc_p256(pki_dir: Path) -> Chain:
    """Not -20 compliant (P-256): the context builder must refuse it."""
    return make_chain(pki_dir, "SECC-P256", "p256")


@pytest.fixture(scope="session")
def stranger_p521(pki_dir: Path) -> Chain:
    """A valid-looking chain under a root nobody trusts."""
    return make_chain(pki_dir, "Stranger-P521", "p521")
