"""Run one SLAC station on an interface: `python -m iso15118.slac {ev,evse} -i eth1 [--modem qca]`.

Without a control-pilot driver the station takes the cable as plugged in (CP state B) at start and as
unplugged at Ctrl-C; events are printed one per line (data-link-ready, data-link-lost, failures).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from .constants import SlacTimers
from .cp import CPState, SimulatedControlPilot
from .fsm import MatchingFailed, SlacConfig
from .link import RawLink
from .modem import MODEMS
from .station import DataLinkLost, DataLinkReady, Event, SlacStation


def describe(event: Event) -> str:
    if isinstance(event, DataLinkReady):
        attenuation = "" if event.attenuation_db is None else f" attenuation {event.attenuation_db:.1f} dB"
        return f"data-link-ready peer {event.peer_mac} NID {event.nid.hex()}{attenuation}"
    if isinstance(event, DataLinkLost):
        return f"data-link-lost: {event.reason}"
    assert isinstance(event, MatchingFailed)
    return f"matching-failed{' (final)' if event.final else ''}: {event.reason}"


async def run(args: argparse.Namespace) -> int:
    config = SlacConfig(timers=SlacTimers().scaled(args.timer_scale), attenuation_threshold_db=args.threshold,
                        validate=args.validate, nmk=bytes.fromhex(args.nmk) if args.nmk else None)
    link = RawLink(args.interface)
    cp = SimulatedControlPilot()
    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, done.set)
    try:
        async with SlacStation(args.role, link, cp, config, args.modem) as station:
            def show(event: Event) -> None:
                print(describe(event), flush=True)
                if args.once and (isinstance(event, DataLinkReady)
                                  or (isinstance(event, MatchingFailed) and event.final)):
                    done.set()

            station.listeners.append(show)
            print(f"{args.role} on {args.interface} ({link.mac}), modem {args.modem}: CP B", flush=True)
            cp.set_state(CPState.B)
            await done.wait()
            cp.set_state(CPState.A)
            return 0 if station.link_info or not args.once else 1
    finally:
        link.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m iso15118.slac", description=__doc__.split("\n")[0])
    parser.add_argument("role", choices=["ev", "evse"])
    parser.add_argument("-i", "--interface", required=True, help="the Ethernet interface of the PLC modem")
    parser.add_argument("--modem", choices=sorted(MODEMS), default="qca")
    parser.add_argument("--threshold", type=float, default=SlacConfig.attenuation_threshold_db,
                        help="EV: highest average attenuation (dB) it will match")
    parser.add_argument("--nmk", help="EVSE: fixed NMK as 32 hex digits (default: random per session)")
    parser.add_argument("--validate", action="store_true", help="use CM_VALIDATE (BCB toggles)")
    parser.add_argument("--timer-scale", type=float, default=1.0, help="scale every ISO 15118-3 timer (tests)")
    parser.add_argument("--once", action="store_true", help="exit after data-link-ready (0) or final failure (1)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    raise SystemExit(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
