"""The Josev venv for every interop module (built once, cached; skips where Java or PyPI is missing)."""
from __future__ import annotations

from pathlib import Path

import pytest
from josev import JosevUnavailable, josev_venv


@pytest.fixture(scope="session")
def venv() -> Path:
    try:
        return josev_venv()
    except JosevUnavailable as exc:
        pytest.skip(str(exc))
