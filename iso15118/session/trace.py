"""Human trace lines and JSON-lines logs of the messages of a session (for demos and labs)."""
from __future__ import annotations

import dataclasses
import enum
import json
import time
from pathlib import Path
from typing import IO, Any

from iso15118.messages.common_types import RationalNumberType

_MAX_FIELDS = 12


def _scalar(value: Any) -> str | None:
    if isinstance(value, RationalNumberType):
        return f"{value.Value * 10.0**value.Exponent:g}"
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


def trace_line(side: str, direction: str, message: Any, *, at: float | None = None) -> str:
    """e.g. '12:00:01.250 SECC <- DC_ChargeLoopReq [0a1b2c3d4e5f6071] EVPresentVoltage=400 ...'."""
    at = time.time() if at is None else at
    stamp = time.strftime("%H:%M:%S", time.localtime(at)) + f".{int(at * 1000) % 1000:03d}"
    sid = session_id_of(message)
    sid_text = f" [{sid.hex()}]" if sid else ""
    return f"{stamp} {side} {direction} {type(message).__name__}{sid_text} {summarize(message)}".rstrip()


class JSONLinesLog:
    """Every decoded message of a session as one JSON line (EXI JSON shape of iso15118.exi.to_json).

    `path` is a file (all sessions appended, each line tagged with its session) or an existing
    directory (one <session>.jsonl file per session).
    """

    def __init__(self, path: str | Path, session: str) -> None:
        target = Path(path)
        if target.is_dir():
            target = target / f"{session}.jsonl"
        self._file: IO[str] = target.open("a", encoding="utf-8", buffering=1)
        self._session = session

    def rename(self, session: str) -> None:
        """The SessionID is known only after SessionSetup; later lines carry it."""
        self._session = session

    def log(self, direction: str, message: Any, *, at: float | None = None) -> None:
        from iso15118 import exi

        line = {
            "t": round(time.time() if at is None else at, 6),
            "session": self._session,
            "dir": direction,
            "type": type(message).__name__,
            "msg": exi.to_json(message),
        }
        self._file.write(json.dumps(line, default=str) + "\n")

    def event(self, name: str, **details: Any) -> None:
        """Non-message entries: timeouts, errors, session end and its summary."""
        line = {"t": round(time.time(), 6), "session": self._session, "event": name, **details}
        self._file.write(json.dumps(line, default=str) + "\n")

    def close(self) -> None:
        self._file.close()
