"""Which protocols this build's SECC and EVCC run, read from their registries (secc/protocols.py,
evcc/protocols.py), so tests of a protocol skip only while it is not registered and run the moment it is.

    @requires_protocol("secc", "DIN70121")
    async def test_x(): ...
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest


def registered(side: str, name: str) -> bool:
    """Whether `side` ("secc" or "evcc") has protocol `name` ("DIN70121", "ISO15118-2", "ISO15118-20")
    in its registry. A build without a registry module (before the multi-protocol seam) runs -20 only."""
    package = Path(importlib.import_module(side).__file__ or "").parent
    if not (package / "protocols.py").exists():
        # Looked up on disk, not imported: an editable install of another checkout on this machine would
        # otherwise lend its secc/protocols.py to a tree that has none.
        return name == "ISO15118-20"
    registry = importlib.import_module(f"{side}.protocols")  # exists: an import error must fail, not skip
    names = getattr(registry, "names", None)
    if not callable(names):
        raise AssertionError(f"{side}/protocols.py has no names(): the registry's shape changed, update this helper")
    return name in names()


def requires_protocol(side: str, name: str) -> Any:
    """skipif the protocol is not registered on that side, with the reason the lead asked for."""
    return pytest.mark.skipif(not registered(side, name), reason=f"{name} not registered in this build ({side})")


def skip_unless_registered(side: str, name: str) -> None:
    """The same check inside a parametrized test (one case per protocol)."""
    if not registered(side, name):
        pytest.skip(f"{name} not registered in this build ({side})")
