"""The benchmarks are quoted in issue notes: each must still import what it measures (a refactor that moves a
module breaks them silently otherwise). `--help` imports the module and exits before measuring."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = sorted(p for p in (ROOT / "benchmarks").glob("*.py") if p.name != "bench_support.py")


@pytest.mark.parametrize("path", BENCHMARKS, ids=lambda p: p.name)
def test_benchmark_imports_and_parses_its_arguments(path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": ""}  # the checkout itself, as a user runs `python3 benchmarks/X.py`
    run = subprocess.run([sys.executable, str(path), "--help"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0 and "usage:" in run.stdout, run.stderr[-2000:]
