"""EV silence -> power off: how long a charging EV that falls silent keeps its power.

Each run is a real DC session against our SECC (TLS 1.3) that goes silent mid-charge, with the TCP
connection left open: a frozen EV (`evcc run` subprocess, SIGSTOP) over loopback, and, where network
namespaces can be made (root + pyroute2), the EV's end of a veth link set down or deleted. The time is
from the silence to the SECC's controller.power_off() call, set against the configured
charge_loop_watchdog_s (before the watchdog: V2G_SECC_Sequence_Timeout, 60 s).

    python3 benchmarks/silence_bench.py [--runs 5] [--watchdog 2.0]
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import functools
import statistics
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from iso15118.session.timers import V2G_SECC_Sequence_Timeout  # noqa: E402
from silent_ev import Silence, frozen_ev, link_down  # noqa: E402
from tests.netns_helpers import _netns_capable  # noqa: E402


async def measure(runs: int, watchdog_s: float) -> None:
    scenarios: list[tuple[str, Callable[[Path], Awaitable[Silence]]]] = [
        ("frozen EV (SIGSTOP)", lambda tmp: frozen_ev(tmp, watchdog_s))]
    if _netns_capable():
        for how in ("down", "delete"):
            scenarios.append((f"link {how} (EV side)", functools.partial(link_down, watchdog_s=watchdog_s, how=how)))
    else:
        print("link-down runs skipped: creating network namespaces needs root and pyroute2")
    print(f"EV silence -> SECC power_off, charge_loop_watchdog_s = {watchdog_s:g} s, {runs} runs each "
          f"(reference without the watchdog: V2G_SECC_Sequence_Timeout = {V2G_SECC_Sequence_Timeout:g} s)")
    for label, scenario in scenarios:
        results: list[Silence] = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                results.append(await scenario(Path(tmp)))
        delays = [r.delay_s for r in results]
        reasons = {r.end_reason for r in results}
        print(f"  {label:<24} median {statistics.median(delays):6.3f} s  max {max(delays):6.3f} s  "
              f"(max - watchdog {max(delays) - watchdog_s:+.3f} s)  end: {'; '.join(sorted(reasons))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--watchdog", type=float, default=2.0, help="charge_loop_watchdog_s (default: the SECC's)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)  # the figures only, not the SECC's per-session warnings
    asyncio.run(measure(args.runs, args.watchdog))


if __name__ == "__main__":
    main()
