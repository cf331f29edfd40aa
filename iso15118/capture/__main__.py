"""`v2g-capture`: print every V2G message of a pcap/pcapng file or a live interface.

    v2g-capture session.pcapng                       # trace lines
    v2g-capture session.pcapng --keylog keys.log     # TLS 1.3 / 1.2 decrypted with an NSS key log
    v2g-capture session.pcapng --json                # one JSON object per event
    v2g-capture session.pcapng --summary             # one block per V2G connection
    v2g-capture -i eth1 [--count N] [--timeout S]    # live (root), same outputs

Exit status: 0 when everything decoded, 1 when any event carries an error (all are still printed), 2 on
usage or file errors.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence

from iso15118.capture.events import CaptureEvent, ConnectionEvent
from iso15118.capture.reader import CaptureReader, read_capture
from iso15118.capture.report import json_line, summarize_sessions, trace_line
from iso15118.capture.tlsdecrypt import KeyLog


def _live(interface: str, keylog: KeyLog | None, count: int, timeout: float | None) -> Iterable[CaptureEvent]:
    from scapy.sendrecv import sniff

    reader = CaptureReader(keylog)
    events: list[CaptureEvent] = []
    # tcp/udp of V2G and SDP, and HomePlug AV (SLAC) frames
    sniff(iface=interface, prn=lambda pkt: events.extend(reader.packet(pkt)), store=False, count=count,
          timeout=timeout, filter="tcp or udp port 15118 or ether proto 0x88e1")
    yield from events
    yield from reader.finish()


def _has_error(event: CaptureEvent) -> bool:
    return bool(event.error) if not isinstance(event, ConnectionEvent) else event.error


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="v2g-capture", description=__doc__.splitlines()[0])
    parser.add_argument("capture", nargs="?", help="pcap or pcapng file")
    parser.add_argument("-i", "--interface", help="capture live on this interface instead (needs root)")
    parser.add_argument("--count", type=int, default=0, help="live: stop after this many packets")
    parser.add_argument("--timeout", type=float, help="live: stop after this many seconds")
    parser.add_argument("--keylog", help="NSS key log (SSLKEYLOGFILE format) to decrypt TLS")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="JSON lines, one per event")
    output.add_argument("--summary", action="store_true", help="a summary per V2G connection")
    args = parser.parse_args(argv)
    if (args.capture is None) == (args.interface is None):
        parser.error("give a capture file or --interface")
    try:
        keylog = KeyLog.load(args.keylog) if args.keylog else None
        events: Iterable[CaptureEvent] = (read_capture(args.capture, keylog) if args.capture
                                          else _live(args.interface, keylog, args.count, args.timeout))
        failed = False
        collected: list[CaptureEvent] = []
        for event in events:
            failed |= _has_error(event)
            if args.summary:
                collected.append(event)
            else:
                print(json_line(event) if args.json else trace_line(event), flush=True)
    except (OSError, ValueError) as exc:  # unreadable file, not a pcap, bad interface
        print(f"v2g-capture: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    if args.summary:
        for session in summarize_sessions(collected):
            print(session.text())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
