"""The capture reader's three outputs: readable trace lines, JSON lines, and a summary per session."""
from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from typing import Any

from iso15118 import exi
from iso15118.capture.events import CaptureEvent, Connection, ConnectionEvent, SDPEvent, SLACEvent, V2GEvent
from iso15118.capture.v2g import DIN, ISO2
from iso15118.session import timers
from iso15118.session.trace import session_id_of, summarize


def _stamp(at: float) -> str:
    if math.isnan(at):
        return "end-of-capture"
    return time.strftime("%H:%M:%S", time.localtime(at)) + f".{int(at * 1000) % 1000:03d}"


def _fields(obj: Any) -> str:
    return " ".join(f"{k}={v.name if hasattr(v, 'name') else v}" for k, v in vars(obj).items())


def trace_line(event: CaptureEvent) -> str:
    """e.g. '12:00:01.250 #1 EV -> SECC DC_ChargeLoopReq [0a1b2c3d4e5f6071] EVPresentVoltage=400 ...'."""
    at = _stamp(event.time)
    if isinstance(event, SDPEvent):
        body = f"ERROR {event.error}" if event.error else f"{type(event.message).__name__} {_fields(event.message)}"
        return f"{at} SDP {event.source} -> {event.destination} {body}"
    if isinstance(event, SLACEvent):
        body = f"ERROR {event.error}" if event.error else summarize(event.message)
        return f"{at} SLAC {event.source} -> {event.destination} {event.name} {body}".rstrip()
    arrow = _arrow(event.from_ev)
    if isinstance(event, ConnectionEvent):
        return f"{at} #{event.connection.index}{arrow} {'ERROR ' if event.error else ''}{event.text}"
    if event.error:
        return (f"{at} #{event.connection.index}{arrow} ERROR at offset {event.offset} "
                f"({event.name}, {len(event.payload)} bytes): {event.error}")
    sid = session_id_of(event.message)
    sid_text = f" [{sid.hex()}]" if sid else ""
    return f"{at} #{event.connection.index}{arrow} {message_name(event.message)}{sid_text} {summarize(body_of(event.message))}".rstrip()


def _arrow(from_ev: bool | None) -> str:
    return "" if from_ev is None else (" EV -> SECC" if from_ev else " SECC -> EV")


def body_of(message: Any) -> Any:
    """DIN/-2 wrap every message in V2G_Message/Body: summarise the body element itself."""
    body = getattr(message, "Body", None)
    if body is None:
        return message
    inner = [v for v in vars(body).values() if v is not None]
    return inner[0] if len(inner) == 1 else message


def message_name(message: Any) -> str:
    return type(body_of(message)).__name__


def json_line(event: CaptureEvent) -> str:
    at = None if math.isnan(event.time) else event.time
    obj: dict[str, Any] = {"time": at}
    if isinstance(event, SDPEvent):
        obj.update(kind="sdp", source=str(event.source), destination=str(event.destination))
        if event.message is not None:
            obj["message"] = {type(event.message).__name__: {k: (v.name if hasattr(v, "name") else str(v))
                                                               for k, v in vars(event.message).items()}}
    elif isinstance(event, SLACEvent):
        obj.update(kind="slac", source=event.source, destination=event.destination, name=event.name)
    else:
        obj.update(connection=event.connection.index, ev=str(event.connection.ev), secc=str(event.connection.secc))
        if event.from_ev is not None:
            obj["direction"] = "EV->SECC" if event.from_ev else "SECC->EV"
        if isinstance(event, ConnectionEvent):
            obj.update(kind="connection", text=event.text)
        else:
            obj.update(kind="v2g", offset=event.offset, payload_type=event.payload_type, namespace=event.namespace)
            if event.message is not None:
                obj["message"] = exi.to_json(event.message)
            else:
                obj["payload"] = event.payload.hex()
    error = getattr(event, "error", None)
    if error:
        obj["error"] = event.text if isinstance(event, ConnectionEvent) else error
    return json.dumps(obj, default=str)


# --- summary -----------------------------------------------------------------------------------------
@dataclass
class SessionSummary:
    """One V2G connection as a lab reads it first: protocol, pace, codes, and how it ended."""

    connection: Connection
    protocol: str | None = None
    tls: str | None = None
    messages: int = 0
    first: float | None = None
    last: float | None = None
    slow: list[str] = field(default_factory=list)  # responses later than the EV's message timeout
    codes: list[str] = field(default_factory=list)  # responses whose code is not OK*
    errors: list[str] = field(default_factory=list)
    ended: str = "capture ends with the connection open"
    last_exchange: str | None = None
    _pending: tuple[str, float] | None = None

    def add(self, event: CaptureEvent) -> None:
        if isinstance(event, ConnectionEvent):
            if event.error:
                self.errors.append(event.text)
            elif "negotiated" in event.text:
                self.tls = event.text.removesuffix(" negotiated")
            elif event.text.startswith(("closed", "reset")) and self.ended.startswith("capture ends"):
                self.ended = f"{event.text} after {self.last_exchange or 'no message'}"
            return
        if not isinstance(event, V2GEvent):
            return
        if event.error:
            self.errors.append(f"offset {event.offset}: {event.error}")
            return
        self.messages += 1
        self.first = event.time if self.first is None else self.first
        self.last = event.time
        if event.namespace and event.namespace != self.protocol and not event.namespace.endswith("AppProtocol"):
            self.protocol = _protocol(event.namespace) if self.protocol is None else self.protocol
        name = message_name(event.message)
        self.last_exchange = name
        if event.from_ev and name.endswith("Req"):
            self._pending = (name, event.time)
        elif not event.from_ev and self._pending is not None:
            request, sent = self._pending
            self._pending = None
            limit = _timeout(self.protocol, request)
            took = event.time - sent
            if took > limit:
                self.slow.append(f"{request}: {took * 1000:.0f} ms > {limit * 1000:.0f} ms")
        code = getattr(body_of(event.message), "ResponseCode", None)
        if code is not None and not str(getattr(code, "value", code)).startswith("OK"):
            self.codes.append(f"{name} {getattr(code, 'value', code)}")

    def text(self) -> str:
        duration = f"{(self.last or 0) - (self.first or 0):.3f} s" if self.first is not None else "-"
        lines = [f"#{self.connection.index} EV {self.connection.ev} -> SECC {self.connection.secc}: "
                 f"{self.protocol or 'protocol unknown'}, {self.tls or 'plain TCP'}, {self.messages} messages in {duration}",
                 f"   ended: {self.ended}"]
        if self.codes:
            lines.append("   response codes: " + "; ".join(self.codes))
        if self.slow:
            lines.append("   late responses: " + "; ".join(self.slow))
        if self.errors:
            lines.append(f"   {len(self.errors)} error(s): " + "; ".join(self.errors[:5]) + (" ..." if len(self.errors) > 5 else ""))
        return "\n".join(lines)


def _protocol(namespace: str) -> str:
    if namespace == DIN:
        return "DIN SPEC 70121"
    if namespace == ISO2:
        return "ISO 15118-2"
    return "ISO 15118-20"


def _timeout(protocol: str | None, request: str) -> float:
    if protocol == "DIN SPEC 70121":
        return timers.DIN70121_EVCC_Msg_Timeout.get(request, timers.V2G_EVCC_Msg_Timeout_Default)
    if protocol == "ISO 15118-2":
        return timers.ISO15118_2_EVCC_Msg_Timeout.get(request, timers.V2G_EVCC_Msg_Timeout_Default)
    return timers.evcc_msg_timeout(request)


def summarize_sessions(events: list[CaptureEvent]) -> list[SessionSummary]:
    sessions: dict[int, SessionSummary] = {}
    for event in events:
        connection = getattr(event, "connection", None)
        if connection is not None:
            sessions.setdefault(connection.index, SessionSummary(connection)).add(event)
    return list(sessions.values())
