"""Loads the committed corpus and reference fixtures (no Java, no xmlschema needed)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXTURE_DIR = HERE.parent / "fixtures" / "exi"
INTEROP = Path("/work/shared/interop/exi-vectors-public.jsonl")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


CORPUS: dict[str, dict[str, Any]] = {c["case"]: c for c in _jsonl(HERE / "corpus.jsonl")}
FIXTURES: list[dict[str, Any]] = [f for p in sorted(FIXTURE_DIR.glob("*.jsonl")) for f in _jsonl(p)]


def fixture_cases(kind: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(corpus case, fixture) pairs of one kind ("document" or "fragment")."""
    return [(CORPUS[f["case"]], f) for f in FIXTURES if f["kind"] == kind]


def interop_vectors() -> list[dict[str, Any]]:
    return _jsonl(INTEROP) if INTEROP.exists() else []
