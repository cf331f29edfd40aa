"""Reuse the real-session fixtures of tests/e2e (loopback TLS 1.3 SECC with simulated EVSEs)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))

from test_secc_negative import pki_files, secc  # noqa: E402,F401  (fixtures)
