"""Replay one side of a recorded V2G session against a live peer, and report where the peer diverges.

    v2g-replay ev  session.pcapng [--connection N] (--host H --port P | --interface IF) [--tls-roots PEM]
    v2g-replay secc session.pcapng [--connection N] [--port P] [--interface IF] [--tls-cert C --tls-key K]

The EV side plays the recorded requests to a charger under test; the charger side answers an EV under
test with the recorded responses. What must change is adapted: the SessionID the charger assigns, the
timestamps, and processing loops (a request the recording repeats while the charger said Ongoing is sent
again while the live charger says Ongoing, and no more once it says Finished). Signed content (PnC
challenges, MeteringReceipt) is replayed as recorded: a peer that checks signatures refuses it, and the
report says so. The pure parts (`EVScript`, `SECCScript`) decide; the drivers only move bytes.
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import enum
import ssl
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iso15118 import exi, sdp, tls, v2gtp
from iso15118.capture.events import V2GEvent
from iso15118.capture.reader import read_capture
from iso15118.capture.report import body_of, message_name
from iso15118.capture.tlsdecrypt import KeyLog
from iso15118.capture.v2g import NamespaceTracker

#: A processing request repeated beyond the recording while the live peer says Ongoing is spaced by this,
#: for at most V2G_EVCC_Ongoing_Timeout (60 s) in all.
ONGOING_POLL_INTERVAL_S = 0.1
MAX_EXTRA_ONGOING = 600


class ReplayError(Exception):
    """The recording cannot be replayed (no such connection, nothing decoded, ...)."""


@dataclass(frozen=True)
class Recorded:
    message: Any
    payload_type: int


@dataclass(frozen=True)
class Divergence:
    step: int
    request: str
    recorded: str
    live: str

    def __str__(self) -> str:
        return f"step {self.step} {self.request}: recorded {self.recorded}, live {self.live}"


@dataclass
class ReplayReport:
    exchanged: int = 0
    divergences: list[Divergence] = field(default_factory=list)
    ended: str = ""

    def text(self) -> str:
        lines = [f"{self.exchanged} exchanges, {len(self.divergences)} divergence(s); {self.ended}"]
        lines += [f"  {d}" for d in self.divergences]
        return "\n".join(lines)


def load_exchanges(path: str | Path, connection: int | None = None, keylog: KeyLog | None = None) -> list[tuple[bool, Recorded]]:
    """The decoded messages of one connection of a capture, in order: (from_ev, recorded)."""
    by_connection: dict[int, list[tuple[bool, Recorded]]] = {}
    for event in read_capture(path, keylog):
        if isinstance(event, V2GEvent) and event.message is not None:
            by_connection.setdefault(event.connection.index, []).append(
                (event.from_ev, Recorded(event.message, event.payload_type)))
    if not by_connection:
        raise ReplayError(f"{path}: no decoded V2G message (TLS without --keylog?)")
    index = connection if connection is not None else max(by_connection, key=lambda i: len(by_connection[i]))
    if index not in by_connection:
        raise ReplayError(f"{path}: no connection #{index}; there are {sorted(by_connection)}")
    return by_connection[index]


# --- what a message says, for comparison and adaptation ----------------------------------------------
def _value(v: Any) -> str:
    return str(v.value) if isinstance(v, enum.Enum) else str(v)


def outcome(message: Any) -> str:
    """Name, ResponseCode and EVSEProcessing: what a peer's answer is compared on."""
    body = body_of(message)
    parts = [message_name(message)]
    for name in ("ResponseCode", "EVSEProcessing"):
        value = getattr(body, name, None)
        if value is not None:
            parts.append(f"{name}={_value(value)}")
    return " ".join(parts)


def _ongoing(message: Any) -> bool:
    value = getattr(body_of(message), "EVSEProcessing", None)
    return value is not None and _value(value).startswith("Ongoing")


def session_id(message: Any) -> bytes | None:
    header = getattr(message, "Header", None)
    return getattr(header, "SessionID", None)


def with_header(message: Any, sid: bytes | None) -> Any:
    """The message with this session's SessionID and a current TimeStamp (-20 headers have one)."""
    header = getattr(message, "Header", None)
    if header is None:
        return message
    changes: dict[str, Any] = {}
    if sid is not None:
        changes["SessionID"] = sid
    if hasattr(header, "TimeStamp"):
        changes["TimeStamp"] = int(time.time())
    return dataclasses.replace(message, Header=dataclasses.replace(header, **changes))


def _failed(message: Any) -> bool:
    code = getattr(body_of(message), "ResponseCode", None)
    return code is not None and _value(code).startswith("FAILED")


# --- EV side ------------------------------------------------------------------------------------------
@dataclass
class EVScript:
    """The recorded EV: which request to send next, given the live charger's answers."""

    exchanges: list[tuple[bool, Recorded]]
    report: ReplayReport = field(default_factory=ReplayReport)
    _pairs: list[tuple[Recorded, Recorded | None]] = field(init=False)
    _next: int = 0
    _session: bytes | None = None
    _extra: int = 0
    repeating: bool = False  # the request `answer` returned last is an extra round the recording did not have

    def __post_init__(self) -> None:
        pairs: list[tuple[Recorded, Recorded | None]] = []
        for from_ev, recorded in self.exchanges:
            if from_ev:
                pairs.append((recorded, None))
            elif pairs and pairs[-1][1] is None:
                pairs[-1] = (pairs[-1][0], recorded)
        if not pairs:
            raise ReplayError("the recording holds no EV request")
        self._pairs = pairs

    def first(self) -> Recorded:
        return self._prepare(self._pairs[0][0])

    def answer(self, live: Any) -> Recorded | None:
        """The live response to the request sent last: record divergences, pick the next request (None: done)."""
        request, recorded = self._pairs[self._next]
        self.report.exchanged += 1
        sid = session_id(live)
        if message_name(request.message) in ("SessionSetupReq",) and sid:
            self._session = sid  # the charger assigns it: every later request carries it
        if recorded is not None and outcome(recorded.message) != outcome(live):
            diverge = not (_ongoing(live) or _ongoing(recorded.message))  # loop lengths differ: adapted below
            if diverge:
                self.report.divergences.append(Divergence(self._next, message_name(request.message),
                                                          outcome(recorded.message), outcome(live)))
        if _ongoing(live) and self._extra < MAX_EXTRA_ONGOING:
            following = self._pairs[self._next + 1][0] if self._next + 1 < len(self._pairs) else None
            if following is None or message_name(following.message) != message_name(request.message):
                self._extra += 1
                self.repeating = True
                return self._prepare(request)  # the live charger needs more rounds than the recording had
        self._extra = 0
        self.repeating = False
        self._next += 1
        if not _ongoing(live):  # recorded repeats the live charger no longer needs
            name = message_name(request.message)
            while (self._next < len(self._pairs) and message_name(self._pairs[self._next][0].message) == name
                   and self._recorded_ongoing(self._next - 1)):
                self._next += 1
        if _failed(live):
            self.report.ended = f"charger answered {outcome(live)}"
            return None
        if self._next >= len(self._pairs):
            self.report.ended = "all recorded requests sent"
            return None
        return self._prepare(self._pairs[self._next][0])

    def _recorded_ongoing(self, index: int) -> bool:
        response = self._pairs[index][1]
        return response is not None and _ongoing(response.message)

    def _prepare(self, recorded: Recorded) -> Recorded:
        return Recorded(with_header(recorded.message, self._session), recorded.payload_type)


# --- SECC side ----------------------------------------------------------------------------------------
@dataclass
class SECCScript:
    """The recorded charger: the response to each live request, adapted to how often the EV repeats it."""

    exchanges: list[tuple[bool, Recorded]]
    report: ReplayReport = field(default_factory=ReplayReport)
    _pairs: list[tuple[str, Recorded]] = field(init=False)
    _next: int = 0
    _session: bytes | None = None

    def __post_init__(self) -> None:
        pairs: list[tuple[str, Recorded]] = []
        pending: str | None = None
        for from_ev, recorded in self.exchanges:
            if from_ev:
                pending = message_name(recorded.message)
            elif pending is not None:
                pairs.append((pending, recorded))
                pending = None
        if not pairs:
            raise ReplayError("the recording holds no charger response")
        self._pairs = pairs

    def respond(self, request: Any) -> Recorded | None:
        """The recorded response for this live request; None when the recording has none (report says why)."""
        name = message_name(request)
        self.report.exchanged += 1
        for index in range(self._next, len(self._pairs)):
            if self._pairs[index][0] == name:
                if index > self._next and not (self._next > 0 and self._pairs[self._next - 1][0] == name):
                    skipped = ", ".join(p[0] for p in self._pairs[self._next:index])
                    self.report.divergences.append(Divergence(self._next, name, f"next {self._pairs[self._next][0]}",
                                                              f"{name} (skipped {skipped})"))
                self._next = index + 1
                return self._prepare(self._pairs[index][1])
        # the EV repeats a request more often than recorded: answer as the last time
        for index in range(self._next - 1, -1, -1):
            if self._pairs[index][0] == name:
                return self._prepare(self._pairs[index][1])
        expected = self._pairs[self._next][0] if self._next < len(self._pairs) else "the end of the recording"
        self.report.divergences.append(Divergence(self._next, name, f"next {expected}", f"{name} not in the recording"))
        self.report.ended = f"EV sent {name}, which the recording never answered"
        return None

    def _prepare(self, recorded: Recorded) -> Recorded:
        sid = session_id(recorded.message)
        if message_name(recorded.message) == "SessionSetupRes" and sid:
            self._session = sid
        if self._next >= len(self._pairs):
            self.report.ended = "all recorded responses sent"
        return Recorded(with_header(recorded.message, self._session), recorded.payload_type)


# --- drivers ------------------------------------------------------------------------------------------
async def _send(conn: v2gtp.V2GTPConnection, recorded: Recorded) -> None:
    await conn.send(v2gtp.PayloadType(recorded.payload_type), exi.encode(recorded.message))


async def replay_ev(script: EVScript, conn: v2gtp.V2GTPConnection, timeout: float = 5.0) -> ReplayReport:
    namespaces = NamespaceTracker()
    request: Recorded | None = script.first()
    while request is not None:
        namespaces.observe(request.message)
        await _send(conn, request)
        try:
            payload_type, payload = await conn.receive(timeout=timeout)
        except v2gtp.V2GTPError as exc:
            script.report.ended = f"charger: {exc}"
            break
        _, live, error = namespaces.decode(payload_type, payload)
        if live is None:
            script.report.ended = f"charger's answer does not decode: {error}"
            break
        request = script.answer(live)
        if script.repeating:
            await asyncio.sleep(ONGOING_POLL_INTERVAL_S)
    await conn.close()
    return script.report


async def serve_secc(script: SECCScript, conn: v2gtp.V2GTPConnection, timeout: float = 60.0) -> ReplayReport:
    namespaces = NamespaceTracker()
    while True:
        try:
            payload_type, payload = await conn.receive(timeout=timeout)
        except v2gtp.V2GTPError as exc:
            script.report.ended = script.report.ended or f"EV: {exc}"
            break
        _, request, error = namespaces.decode(payload_type, payload)
        if request is None:
            script.report.ended = f"EV's request does not decode: {error}"
            break
        response = script.respond(request)
        if response is None:
            break
        namespaces.observe(response.message)
        await _send(conn, response)
    await conn.close()
    return script.report


def _client_context(roots: str | None) -> ssl.SSLContext | None:
    if roots is None:
        return None
    return tls.evcc_client_context([roots])


async def _run(args: argparse.Namespace) -> ReplayReport:
    keylog = KeyLog.load(args.keylog) if args.keylog else None
    exchanges = load_exchanges(args.recording, args.connection, keylog)
    if args.side == "ev":
        ctx = _client_context(args.tls_roots)
        host, port = args.host, args.port
        if args.interface:
            found = await sdp.discover_secc(args.interface, security=sdp.Security.TLS if ctx else sdp.Security.NO_TLS)
            host, port = str(found.SECCIPAddress), found.SECCPort
        if host is None or port is None:
            raise ReplayError("give --host and --port, or --interface for SDP")
        conn = await v2gtp.open_connection(host, port, ssl_context=ctx, interface=args.interface,
                                           allow_plain_tcp=ctx is None)
        return await replay_ev(EVScript(exchanges), conn)
    ctx = tls.secc_server_context(args.tls_cert, args.tls_key, client_auth=tls.ClientAuth.NONE) if args.tls_cert else None
    script = SECCScript(exchanges)
    done: asyncio.Future[ReplayReport] = asyncio.get_running_loop().create_future()

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        report = await serve_secc(script, conn)
        if not done.done():
            done.set_result(report)

    host = "::" if args.interface else (args.host or "::1")
    server = await v2gtp.start_server(handle, host, args.port or 0, ssl_context=ctx, interface=args.interface,
                                      allow_plain_tcp=ctx is None)
    responder = None
    if args.interface:
        responder = await sdp.start_sdp_server(args.interface, server.port, sdp.Security.TLS if ctx else sdp.Security.NO_TLS)
    print(f"replaying the charger of {args.recording} on port {server.port}", flush=True)
    try:
        return await done
    finally:
        if responder is not None:
            await responder.close()
        await server.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="v2g-replay", description="replay one side of a recorded V2G session")
    parser.add_argument("side", choices=["ev", "secc"], help="the side to play")
    parser.add_argument("recording", help="pcap/pcapng file")
    parser.add_argument("--connection", type=int, help="which connection of the capture (default: the longest)")
    parser.add_argument("--keylog", help="NSS key log to decrypt a TLS recording")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--interface", help="SDP on this interface (ev: find the charger; secc: answer SDP)")
    parser.add_argument("--tls-roots", help="ev: V2G root PEM; TLS 1.3 to the charger (default: plain TCP, lab)")
    parser.add_argument("--tls-cert", help="secc: chain PEM (leaf+SubCA2+SubCA1); with --tls-key")
    parser.add_argument("--tls-key")
    args = parser.parse_args(argv)
    try:
        report = asyncio.run(_run(args))
    except (ReplayError, OSError, tls.TLSError, sdp.SDPError) as exc:
        print(f"v2g-replay: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    print(report.text())
    return 1 if report.divergences else 0


if __name__ == "__main__":
    sys.exit(main())
