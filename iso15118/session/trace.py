"""Human trace lines and JSON-lines logs of the messages of a session (for demos and labs)."""
from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import copy
import dataclasses
import enum
import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from iso15118.messages.common_types import RationalNumberType

logger = logging.getLogger(__name__)

_MAX_FIELDS = 12

#: Logged size of one field: a longer list keeps its first MAX_LOGGED_ITEMS items (schedules, price
#: rules: up to 1024), longer binary values (certificates, signatures, ~900 B) and strings their first
#: MAX_LOGGED_BYTES. Each log line says what was cut under "cut". A 64 KB ScheduleExchangeReq logs as
#: ~6 KB instead of ~900 KB.
MAX_LOGGED_ITEMS = 16
MAX_LOGGED_BYTES = 256


def _scalar(value: Any) -> str | None:
    if isinstance(value, RationalNumberType):
        return f"{value.Value * 10.0**value.Exponent:g}"
    if hasattr(value, "Multiplier") and hasattr(value, "Value"):  # DIN/-2 PhysicalValueType
        unit = getattr(value, "Unit", None)
        return f"{value.Value * 10.0**value.Multiplier:g}{unit.value if unit is not None else ''}"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return str(value)
    if isinstance(value, bytes):
        return value.hex() if len(value) <= 16 else f"<{len(value)} bytes>"
    return None


def _fields(obj: Any, out: list[str], depth: int) -> None:
    for f in dataclasses.fields(obj):
        if len(out) >= _MAX_FIELDS or f.name == "Header":
            continue
        value = getattr(obj, f.name)
        if value is None or (isinstance(value, list) and not value):
            continue
        text = _scalar(value)
        if text is not None:
            out.append(f"{f.name}={text}")
        elif isinstance(value, list):
            out.append(f"{f.name}=[{len(value)}]")
        elif dataclasses.is_dataclass(value):
            if depth < 2:
                mark = len(out)
                _fields(value, out, depth + 1)
                if len(out) == mark:
                    out.append(type(value).__name__)
            else:
                out.append(f"{f.name}=...")


def summarize(message: Any) -> str:
    """Key fields of a message on one line: scalars and numbers, nested control modes flattened."""
    out: list[str] = []
    _fields(message, out, 0)
    return " ".join(out)


def session_id_of(message: Any) -> bytes | None:
    header = getattr(message, "Header", None)
    return getattr(header, "SessionID", None)


def body_of(message: Any) -> Any:
    """What names a message: a -20 message itself, a DIN/-2 V2G_Message its body element (CurrentDemandReq)."""
    body = getattr(getattr(message, "Body", None), "BodyElement", None)
    return message if body is None else body


def message_name(message: Any) -> str:
    return type(body_of(message)).__name__


def trace_line(side: str, direction: str, message: Any, *, at: float | None = None) -> str:
    """e.g. '12:00:01.250 SECC <- DC_ChargeLoopReq [0a1b2c3d4e5f6071] EVPresentVoltage=400 ...'."""
    at = time.time() if at is None else at
    stamp = time.strftime("%H:%M:%S", time.localtime(at)) + f".{int(at * 1000) % 1000:03d}"
    sid = session_id_of(message)
    sid_text = f" [{sid.hex()}]" if sid else ""
    body = body_of(message)
    return f"{stamp} {side} {direction} {type(body).__name__}{sid_text} {summarize(body)}".rstrip()


@dataclasses.dataclass(frozen=True)
class LogLimits:
    """How much of one field a log line keeps (None: all of it)."""

    max_items: int | None = MAX_LOGGED_ITEMS
    max_bytes: int | None = MAX_LOGGED_BYTES


UNLIMITED = LogLimits(None, None)


def capped(message: Any, limits: LogLimits = LogLimits()) -> tuple[Any, dict[str, dict[str, int]]]:
    """`message` with its long lists, binary values and strings cut to `limits`, and what was cut:
    {field path: {"items" | "bytes" | "chars": original size, "logged": kept, "times": cuts if > 1}}.
    Only what is kept is visited, and parts with nothing to cut are shared, not copied."""
    cuts: dict[str, dict[str, int]] = {}
    return _cap(message, type(message).__name__, limits, cuts), cuts


def _note(cuts: dict[str, dict[str, int]], path: str, unit: str, size: int, kept: int) -> None:
    note = cuts.get(path)
    if note is None:
        cuts[path] = {unit: size, "logged": kept}
    else:
        note[unit] = max(note[unit], size)
        note["times"] = note.get("times", 1) + 1


def _cap(value: Any, path: str, limits: LogLimits, cuts: dict[str, dict[str, int]]) -> Any:
    if isinstance(value, list):
        items = value
        if limits.max_items is not None and len(value) > limits.max_items:
            _note(cuts, path, "items", len(value), limits.max_items)
            items = value[: limits.max_items]
        kept = [_cap(item, path, limits, cuts) for item in items]
        return value if len(kept) == len(value) and all(a is b for a, b in zip(kept, value)) else kept
    if isinstance(value, (bytes, str)):
        if limits.max_bytes is not None and len(value) > limits.max_bytes:
            _note(cuts, path, "bytes" if isinstance(value, bytes) else "chars", len(value), limits.max_bytes)
            return value[: limits.max_bytes]
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            if old is not None:
                new = _cap(old, f"{path}.{f.name}", limits, cuts)
                if new is not old:
                    changes[f.name] = new
        if not changes:
            return value
        clone = copy.copy(value)
        for name, new in changes.items():
            object.__setattr__(clone, name, new)
        return clone
    return value


class LogWriter:
    """Writes log lines on its own thread, so that formatting a large message never holds up the
    event loop (and with it every other session). The queue is bounded: when it is full, a JSONLinesLog
    drops lines, counts them and logs the count (a `log_lines_dropped` line and one warning)."""

    def __init__(self, max_pending: int = 1000) -> None:
        self.max_pending = max_pending
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="jsonl-log-writer", daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], None], *, droppable: bool = True) -> bool:
        """Queue `job`; False when it is droppable and the queue is full. Never blocks."""
        if droppable and self._jobs.qsize() >= self.max_pending:
            return False
        self._jobs.put(job)
        return True

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:
                logger.exception("writing the JSON-lines log failed")

    def close(self) -> None:
        """Write what is queued, then stop the thread."""
        self._jobs.put(None)
        self._thread.join()


class JSONLinesLog:
    """Every decoded message of a session as one JSON line (EXI JSON shape of iso15118.exi.to_json).

    `path` is a file (all sessions appended, each line tagged with its session) or an existing
    directory (one <session>.jsonl file per session). Huge fields are cut to `limits`. With a `writer`
    the lines are formatted and written on its thread (messages must not change after they were
    logged); without, at once.
    """

    def __init__(self, path: str | Path, session: str, *, writer: LogWriter | None = None,
                 limits: LogLimits = LogLimits()) -> None:
        target = Path(path)
        if target.is_dir():
            target = target / f"{session}.jsonl"
        self._file: IO[str] = target.open("a", encoding="utf-8", buffering=1)
        self._session = session
        self._writer = writer
        self._limits = limits
        self.dropped = 0  # lines the full writer queue refused
        self._unreported = 0

    def rename(self, session: str) -> None:
        """The SessionID is known only after SessionSetup; later lines carry it."""
        self._session = session

    def log(self, direction: str, message: Any, *, at: float | None = None) -> None:
        line = {"t": round(time.time() if at is None else at, 6), "session": self._session, "dir": direction,
                "type": message_name(message)}
        self._emit(lambda: self._message_line(line, message))

    def _message_line(self, line: dict[str, Any], message: Any) -> dict[str, Any]:
        from iso15118 import exi

        kept, cuts = capped(message, self._limits)
        line["msg"] = exi.to_json(kept)
        if cuts:
            line["cut"] = cuts
        return line

    def event(self, name: str, **details: Any) -> None:
        """Non-message entries: timeouts, errors, session end and its summary."""
        line = {"t": round(time.time(), 6), "session": self._session, "event": name, **details}
        self._emit(lambda: line)

    def _write(self, make_line: Callable[[], dict[str, Any]]) -> None:
        self._file.write(json.dumps(make_line(), default=str) + "\n")

    def _emit(self, make_line: Callable[[], dict[str, Any]]) -> None:
        if self._writer is None:
            self._write(make_line)
            return
        note = self._dropped_note()

        def job() -> None:
            if note is not None:
                self._write(lambda: note)
            self._write(make_line)

        if self._writer.submit(job):
            self._unreported = 0
            return
        if not self._unreported:
            logger.warning("JSON-lines log of %s: writer queue full, dropping lines (counted in the log)", self._session)
        self.dropped += 1
        self._unreported += 1

    def _dropped_note(self) -> dict[str, Any] | None:
        if not self._unreported:
            return None
        return {"t": round(time.time(), 6), "session": self._session, "event": "log_lines_dropped",
                "lines": self._unreported}

    def _report_dropped(self) -> None:
        note = self._dropped_note()
        if note is not None and self._writer is not None:
            self._writer.submit(lambda: self._write(lambda: note), droppable=False)
            self._unreported = 0

    def close(self) -> None:
        """Close the file (with a writer: once the queued lines are written)."""
        if self._writer is None:
            self._file.close()
        else:
            self._report_dropped()
            self._writer.submit(self._file.close, droppable=False)

    async def aclose(self) -> None:
        """close(), and wait until the queued lines are on disk without blocking the event loop."""
        if self._writer is None:
            self._file.close()
            return
        done: concurrent.futures.Future[None] = concurrent.futures.Future()

        def close_file() -> None:
            try:
                self._file.close()
            finally:  # the session awaiting it may have been cancelled meanwhile (SECC shutting down)
                with contextlib.suppress(concurrent.futures.InvalidStateError):
                    done.set_result(None)

        self._report_dropped()
        self._writer.submit(close_file, droppable=False)
        await asyncio.wrap_future(done)
