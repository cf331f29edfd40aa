"""The layers point one way: secc, evcc and pki use iso15118; iso15118 uses none of them; secc and evcc
never import each other, and evcc needs no pki (only the demos, in v2g_demo, use every side)."""
import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UPPER = {"secc", "evcc", "pki"}


def _imported_top_levels(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "iso15118").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_does_not_import_upper_layers(path: Path) -> None:
    assert not (_imported_top_levels(path) & UPPER), f"{path} imports an upper layer"


def test_core_runtime_does_not_need_generator_dependencies() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "iso15118").rglob("*.py")
        if "xmlschema" in _imported_top_levels(p) and "generator" not in p.parts and p.stem != "generate"
    ]
    assert not offenders, f"runtime modules import xmlschema: {offenders}"


# package -> the upper layers it must not import
_FORBIDDEN = {"secc": {"evcc", "v2g_demo"}, "evcc": {"secc", "pki", "v2g_demo"}, "pki": {"secc", "evcc", "v2g_demo"}}


@pytest.mark.parametrize(
    "path",
    sorted(p for package in _FORBIDDEN for p in (ROOT / package).rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_sides_do_not_import_each_other(path: Path) -> None:
    forbidden = _FORBIDDEN[path.relative_to(ROOT).parts[0]]
    assert not (_imported_top_levels(path) & forbidden), f"{path} imports {_imported_top_levels(path) & forbidden}"


# Optional features' libraries: a charger that does not configure them must not pay their import time and
# memory (issue #13's footprint: OCPP alone was ~0.25 s and 14 MB on `import secc.server`).
_OPTIONAL = ("ocpp", "websockets", "jsonschema", "openleadr", "aiohttp", "scapy", "pyroute2", "matplotlib",
             "xmlschema", "hypothesis", "envoy_schema", "gpiod")


@pytest.mark.parametrize("module", ["secc.server", "secc.cli", "evcc.client"])
def test_core_paths_do_not_import_optional_libraries(module: str) -> None:
    code = f"import sys, {module}; print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    loaded = set(subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True,
                                text=True).stdout.split())
    assert not loaded & set(_OPTIONAL), f"import {module} pulls in {sorted(loaded & set(_OPTIONAL))}"
