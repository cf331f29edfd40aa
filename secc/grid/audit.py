"""Evidence: one audit entry per published limit change, and the status the remote agent reads."""
from __future__ import annotations

import enum
import math
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any

from .model import ActiveMode, GridError


@dataclass
class AuditEntry:
    """Times are POSIX seconds: received (signal arrived), published (limit computed and handed to the
    SECC), sent_to_ev (put in a ChargeLoop response), power_complied (measured power within the limit)."""

    revision: int
    source: str | None
    mode: str | None
    reason: str
    old_import_limit_w: float | None
    new_import_limit_w: float
    old_export_limit_w: float | None
    new_export_limit_w: float
    disconnect: bool
    time_received: float
    time_published: float
    randomised_delay_s: float | None = None
    time_sent_to_ev: float | None = None
    time_power_complied: float | None = None
    superseded: bool = False


class UnknownRevision(GridError, KeyError):
    """mark_sent_to_ev / mark_power_complied named a revision the audit log does not hold."""


class AuditLog:
    def __init__(self, capacity: int = 10_000) -> None:
        self._entries: deque[AuditEntry] = deque(maxlen=capacity)

    def append(self, entry: AuditEntry) -> None:
        if self._entries and not self._entries[-1].superseded and self._entries[-1].time_power_complied is None:
            self._entries[-1].superseded = True
        self._entries.append(entry)

    def get(self, revision: int) -> AuditEntry:
        for entry in reversed(self._entries):
            if entry.revision == revision:
                return entry
        raise UnknownRevision(revision)

    @property
    def latest(self) -> AuditEntry | None:
        return self._entries[-1] if self._entries else None

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def tail(self, count: int) -> list[AuditEntry]:
        return list(self._entries)[-count:] if count > 0 else []


@dataclass
class SourceStatus:
    name: str
    last_heartbeat: float | None
    heartbeat_timeout_s: float | None
    communication_lost: bool


@dataclass
class OverrideStatus:
    mode: str
    granted_at: float
    session_id: str | None
    expires_at: float | None


@dataclass
class ScheduledEvent:
    source: str
    key: str
    mode: str | None
    valid_from: float | None
    expires_at: float | None
    import_limit_w: float | None
    export_limit_w: float | None


@dataclass
class GridStatus:
    """What the authorised remote agent reads (AS/NZS 4755 feedback list)."""

    time: float
    revision: int
    import_limit_w: float
    export_limit_w: float
    import_limit_phase_w: tuple[float, float, float]
    export_limit_phase_w: tuple[float, float, float]
    reactive_power_var: float | None
    disconnect: bool
    present_power_w: float | None
    active_modes: list[ActiveMode]
    overrides: list[OverrideStatus]
    sources: list[SourceStatus]
    communication_loss: bool
    randomisation_enabled: bool
    randomised_change_pending_until: float | None
    supply_interrupted: bool
    scheduled_events: list[ScheduledEvent] = field(default_factory=list)
    recent_events: list[AuditEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _jsonable(asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
