"""`v2g-demo` console script (also `python3 -m v2g_demo`).

    v2g-demo [--loopback] [--log-dir DIR] [--keep DIR] [--ocpp]
    v2g-demo --drm SCRIPT [--plot PNG] [--drm-time-scale F]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="v2g-demo", description="-20 DC BPT Dynamic and AC Scheduled, -2 AC PnC (TLS 1.2) and DIN 70121 DC sessions: "
                        "our EVCC against our SECC on this machine")
    parser.add_argument("--loopback", action="store_true", help="use loopback even when root (no namespaces)")
    parser.add_argument("--log-dir", type=Path, help="JSON-lines message logs of both sides")
    parser.add_argument("--keep", type=Path, help="keep the generated configs and certificates in this directory")
    parser.add_argument("--ocpp", action="store_true",
                        help="the SECC reports to a CSMS simulator over OCPP 2.1 (its messages shown as [csms] lines)")
    parser.add_argument("--drm", type=Path, metavar="SCRIPT",
                        help="play a DRM script (e.g. secc/grid/examples/demo.drm) against DC BPT and AC BPT sessions")
    parser.add_argument("--drm-time-scale", type=float, default=0.1, help="script seconds are multiplied by this")
    parser.add_argument("--plot", type=Path, metavar="PNG",
                        help="with --drm: draw power, limits and active DRMs per session as a PNG (plot extra)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.drm:
        from v2g_demo.grid import run_grid_demo
        from v2g_demo.plot import PlotError

        try:
            return 0 if asyncio.run(run_grid_demo(args.drm, time_scale=args.drm_time_scale, plot=args.plot)) else 1
        except PlotError as exc:
            print(f"v2g-demo: {exc}", file=sys.stderr)
            return 2
    from v2g_demo import sessions

    return sessions.main(loopback=args.loopback, log_dir=args.log_dir, keep=args.keep, ocpp=args.ocpp)


if __name__ == "__main__":
    sys.exit(main())
