"""python -m secc.grid SCRIPT: play a DRM script through the DRED adapter and print each published limit.

Prints one JSON line per published GridLimits change. --realtime waits on the wall clock (for a demo
next to a running SECC); by default the script runs instantly on a manual clock.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
from collections.abc import Sequence

from .clock import Clock, ManualClock, SystemClock
from .manager import GridConfig, GridLimitManager
from .model import GridError, GridLimits, Ratings
from .script import DRMScriptPlayer, load_script
from .sources.dred import DREDAdapter, SimulatedDRMInput


def _line(limits: GridLimits, start: float) -> str:
    return json.dumps({
        "t": round(limits.computed_at - start, 3),
        "revision": limits.revision,
        "import_limit_w": limits.import_limit_w,
        "export_limit_w": limits.export_limit_w,
        "disconnect": limits.disconnect,
        "modes": sorted(m.name for m in limits.modes),
    })


async def play(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secc.grid", description=__doc__.splitlines()[0])
    parser.add_argument("script", help="DRM script (.toml, or the line format)")
    parser.add_argument("--import-w", type=float, default=11_000.0, help="rated import, the fixed reference (W)")
    parser.add_argument("--export-w", type=float, default=11_000.0, help="rated export (W)")
    parser.add_argument("--max-delay-s", type=float, default=0.0, help="randomised delay maximum (0 disables)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--realtime", action="store_true")
    args = parser.parse_args(argv)
    try:
        steps = load_script(args.script)
        clock: Clock = SystemClock() if args.realtime else ManualClock()
        manager = GridLimitManager(
            GridConfig(Ratings(args.import_w, args.export_w), randomised_delay_max_s=args.max_delay_s, randomisation_enabled=args.max_delay_s > 0),
            clock=clock, rng=random.Random(args.seed),
        )
    except (GridError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    start = clock.time()
    manager.subscribe(lambda limits: print(_line(limits, start), flush=True))
    drm_input = SimulatedDRMInput()
    dred = DREDAdapter(manager, drm_input)
    dred.poll(start)
    await DRMScriptPlayer(steps, drm_input).run(clock, lambda step: dred.poll())
    while (wake := manager.next_wakeup()) is not None:  # let randomised recoveries finish
        await clock.sleep(wake - clock.time())
        manager.tick()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return asyncio.run(play(argv))


if __name__ == "__main__":
    sys.exit(main())
