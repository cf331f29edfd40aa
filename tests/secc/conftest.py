"""Fixtures for the SECC's pure-handler tests."""
from __future__ import annotations

import pytest
from secc_driver import Driver


@pytest.fixture
def driver() -> Driver:
    return Driver()
