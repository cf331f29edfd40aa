"""Small typed readers for sources given as JSON-shaped data: every error names the field."""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import Any, Literal, overload

from ..model import GridDataError


def obj(data: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise GridDataError("expected an object", path)
    return data


def get(data: Mapping[str, Any], key: str, path: str, kind: type | tuple[type, ...], *, required: bool = True) -> Any:
    where = f"{path}.{key}" if path else key
    if key not in data or data[key] is None:
        if required:
            raise GridDataError("missing", where)
        return None
    value = data[key]
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise GridDataError(f"expected {kind}, got a boolean", where)
    if not isinstance(value, kind):
        raise GridDataError(f"expected {getattr(kind, '__name__', kind)}, got {type(value).__name__}", where)
    return value


@overload
def number(data: Mapping[str, Any], key: str, path: str, *, required: Literal[True] = ...) -> float: ...
@overload
def number(data: Mapping[str, Any], key: str, path: str, *, required: bool) -> float | None: ...
def number(data: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> float | None:
    value = get(data, key, path, (int, float), required=required)
    return None if value is None else float(value)


def timestamp(text: str, path: str) -> float:
    """ISO 8601 date-time with a zone (OCPP, OpenADR) -> POSIX seconds."""
    try:
        value = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError) as exc:
        raise GridDataError(f"not an ISO 8601 date-time: {text!r}", path) from exc
    if value.tzinfo is None:
        raise GridDataError(f"date-time without a time zone: {text!r}", path)
    return value.timestamp()


_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def duration(text: str, path: str) -> float:
    """ISO 8601 duration as OpenADR uses it (PT1H30M, P1D, PT0S) -> seconds."""
    match = _DURATION.match(text.strip()) if isinstance(text, str) else None
    if not match or text.strip() in ("P", "PT") or text.strip().endswith("T"):
        raise GridDataError(f"not an ISO 8601 duration: {text!r}", path)
    sign, weeks, days, hours, minutes, seconds = match.groups()
    total = (int(weeks or 0) * 7 + int(days or 0)) * 86400 + int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(seconds or 0)
    if sign == "-":
        raise GridDataError("negative duration", path)
    return total
