"""The committed generated files are what the generator makes from exi_schemas/ today, and runtime code
stays free of generation-time dependencies."""
from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("xmlschema") is None, reason="xmlschema (generation-time tool) not installed")
def test_regeneration_is_byte_identical() -> None:
    from iso15118.exi.generator import generate_files

    files = generate_files()
    assert {"iso15118/exi/_codec.py", "iso15118/messages/common_messages.py"} <= set(files)
    for rel, text in files.items():
        assert (ROOT / rel).read_text() == text, f"{rel} is stale: run python -m iso15118.exi.generator"


@pytest.mark.skipif(importlib.util.find_spec("xmlschema") is None, reason="xmlschema (generation-time tool) not installed")
def test_check_mode_exits_zero_when_up_to_date() -> None:
    r = subprocess.run([sys.executable, "-m", "iso15118.exi.generator", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_runtime_modules_do_not_import_xmlschema() -> None:
    for path in (ROOT / "iso15118").rglob("*.py"):
        if "generator" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, (ast.Import, ast.ImportFrom)) else []
            mod = node.module if isinstance(node, ast.ImportFrom) else ""
            assert "xmlschema" not in (mod or "") and not any(n.startswith("xmlschema") for n in names), path
