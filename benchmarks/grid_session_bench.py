"""Grid signal -> first ChargeLoopRes carrying the new limit -> power complying, in live sessions.

Each run is a real session (our EVCC against our SECC over loopback TLS 1.3, DC BPT and AC BPT in
Dynamic mode, ChargeLoop every 100 ms) in which the simulated DRED asserts one DRM; the latency is
from the DRED change to the first ChargeLoopRes whose limits include it, and to the first sample
whose power is within it. Target: within one ChargeLoop cycle plus 10 ms.

    python3 benchmarks/grid_session_bench.py [--runs 10]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from v2g_demo.grid import GRID_SESSIONS, run_session
from secc.grid.model import DRM
from secc.grid.script import ScriptStep

CADENCE_S = 0.1  # v2g_demo.grid's ChargeLoop interval
SIGNALS = (DRM.DRM1, DRM.DRM2, DRM.DRM3)


async def measure(runs: int) -> None:
    for session in GRID_SESSIONS:
        to_response, to_power = [], []
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(runs):
                drm = SIGNALS[i % len(SIGNALS)]
                at = 0.5 + 0.013 * i  # the signal lands at varying points of the loop cycle
                steps = [ScriptStep(at, set_modes=frozenset({drm})), ScriptStep(at + 0.5, set_modes=frozenset({DRM.DRM0}))]
                run = await run_session(session, steps, 1.0, Path(tmp) / f"pki{i}", lambda line: None)
                signal_t = next(t for t, modes in run.signals if drm in modes)
                carrying = [s for s in run.samples if drm.name in s.modes]
                to_response.append(carrying[0].t - signal_t)
                to_power.append(next(s.t for s in carrying if s.power_w <= s.import_limit_w + 1.0) - signal_t)
        for label, values in (("first ChargeLoopRes with the limit", to_response), ("power within the limit", to_power)):
            median, worst = statistics.median(values) * 1000, max(values) * 1000
            verdict = "met" if worst <= (CADENCE_S + 0.010) * 1000 else "NOT met"
            print(f"{session.title:22s} signal -> {label:36s} n={len(values):3d} median {median:6.1f} ms  "
                  f"worst {worst:6.1f} ms  (cycle {CADENCE_S * 1000:.0f} ms + 10 ms target: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="signals (one session each) per session kind")
    asyncio.run(measure(parser.parse_args().runs))


if __name__ == "__main__":
    main()
