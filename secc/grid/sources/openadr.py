"""OpenADR 2.0b oadrEvent LOAD_CONTROL / x-loadControlCapacity signals given as data.

A capacity value (0..1.0) in an interval limits import to that share of the reference value
(by default the installation's rated import). Newer modificationNumbers replace older ones;
cancelled and completed events are removed; test events are ignored.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..manager import GridLimitManager
from ..model import ChangeKind, GridDataError, LimitRequest
from ._data import duration, get, number, obj, timestamp

log = logging.getLogger(__name__)

LOAD_CONTROL = "LOAD_CONTROL"
CAPACITY = "x-loadControlCapacity"
NO_PRIORITY = 1_000_000  # OpenADR priority 0 means "no priority": the lowest


@dataclass(frozen=True)
class OadrInterval:
    duration_s: float
    value: float
    uid: str = ""


@dataclass(frozen=True)
class OadrEventSignal:
    signalName: str
    signalType: str
    intervals: tuple[OadrInterval, ...]
    signalID: str = ""


@dataclass(frozen=True)
class OadrEvent:
    eventID: str
    modificationNumber: int
    priority: int
    eventStatus: str
    dtstart: float
    duration_s: float
    signals: tuple[OadrEventSignal, ...]
    testEvent: bool = False

    @classmethod
    def from_json(cls, data: Any, path: str = "oadrEvent") -> "OadrEvent":
        """Shape: {"eventDescriptor": {...}, "eiActivePeriod": {"dtstart", "duration"}, "eiEventSignals": [...]}."""
        data = obj(data, path)
        desc = obj(get(data, "eventDescriptor", path, Mapping), f"{path}.eventDescriptor")
        period = obj(get(data, "eiActivePeriod", path, Mapping), f"{path}.eiActivePeriod")
        signals = []
        for i, raw in enumerate(get(data, "eiEventSignals", path, list)):
            spath = f"{path}.eiEventSignals[{i}]"
            raw = obj(raw, spath)
            intervals = []
            for j, iv in enumerate(get(raw, "intervals", spath, list)):
                ipath = f"{spath}.intervals[{j}]"
                iv = obj(iv, ipath)
                intervals.append(OadrInterval(duration(get(iv, "duration", ipath, str), f"{ipath}.duration"), number(iv, "signalPayload", ipath), str(iv.get("uid", j))))
            signals.append(OadrEventSignal(get(raw, "signalName", spath, str), get(raw, "signalType", spath, str), tuple(intervals), str(raw.get("signalID", i))))
        dpath = f"{path}.eventDescriptor"
        status = get(desc, "eventStatus", dpath, str)
        if status not in ("none", "far", "near", "active", "completed", "cancelled"):
            raise GridDataError(f"unknown eventStatus {status!r}", f"{dpath}.eventStatus")
        priority = get(desc, "priority", dpath, int, required=False) or 0
        if priority < 0:
            raise GridDataError("must be >= 0", f"{dpath}.priority")
        return cls(
            eventID=get(desc, "eventID", dpath, str),
            modificationNumber=get(desc, "modificationNumber", dpath, int),
            priority=priority,
            eventStatus=status,
            dtstart=timestamp(get(period, "dtstart", f"{path}.eiActivePeriod", str), f"{path}.eiActivePeriod.dtstart"),
            duration_s=duration(get(period, "duration", f"{path}.eiActivePeriod", str), f"{path}.eiActivePeriod.duration"),
            signals=tuple(signals),
            testEvent=bool(get(desc, "testEvent", dpath, bool, required=False)),
        )


def event_requests(event: OadrEvent, *, source: str, reference_w: float, received_at: float) -> list[LimitRequest]:
    """One request per capacity interval; intervals follow each other from dtstart."""
    requests: list[LimitRequest] = []
    event_end = event.dtstart + event.duration_s if event.duration_s > 0 else None
    for signal in event.signals:
        if signal.signalName != LOAD_CONTROL or signal.signalType != CAPACITY:
            log.info("OpenADR event %s: signal %s/%s not supported, ignored", event.eventID, signal.signalName, signal.signalType)
            continue
        start = event.dtstart
        for interval in signal.intervals:
            if not 0.0 <= interval.value <= 1.0:
                raise GridDataError(f"capacity {interval.value} outside 0..1.0", f"{event.eventID}.{signal.signalID}.{interval.uid}")
            end = start + interval.duration_s if interval.duration_s > 0 else event_end
            if event_end is not None and end is not None:
                end = min(end, event_end)
            if end is None or end > start:
                requests.append(
                    LimitRequest(
                        source=source,
                        key=f"{event.eventID}:{signal.signalID}:{interval.uid}",
                        import_limit_w=interval.value * reference_w,
                        priority=event.priority or NO_PRIORITY,
                        kind=ChangeKind.DEMAND_RESPONSE,
                        valid_from=start,
                        expires_at=end,
                        received_at=received_at,
                        detail=f"LOAD_CONTROL capacity {interval.value:g}",
                    )
                )
            if end is None:
                break
            start = end
    return requests


class OpenADRAdapter:
    def __init__(self, manager: GridLimitManager, *, source: str = "openadr", reference_w: float | None = None, heartbeat_timeout_s: float | None = None) -> None:
        self.manager = manager
        self.source = source
        self.reference_w = manager.config.ratings.import_w if reference_w is None else reference_w
        self._events: dict[str, OadrEvent] = {}
        self._received: dict[str, float] = {}
        manager.register_source(source, heartbeat_timeout_s)

    def forget_ended(self, now: float) -> None:
        """Drop events whose active period is over: a VTN stops listing them, and a station running
        for months must not keep every past event."""
        for event_id, event in list(self._events.items()):
            if event.duration_s > 0 and event.dtstart + event.duration_s <= now:
                del self._events[event_id]
                self._received.pop(event_id, None)

    def distribute_event(self, events: Iterable[OadrEvent | Mapping[str, Any]], now: float | None = None) -> None:
        """oadrDistributeEvent: every event the VTN currently lists."""
        now = self.manager.clock.time() if now is None else now
        for i, raw in enumerate(events):
            event = raw if isinstance(raw, OadrEvent) else OadrEvent.from_json(raw, f"oadrEvent[{i}]")
            known = self._events.get(event.eventID)
            if known is not None and event.modificationNumber <= known.modificationNumber:
                continue
            if event.eventStatus in ("cancelled", "completed") or event.testEvent:
                self._events.pop(event.eventID, None)
                continue
            self._events[event.eventID] = event
            self._received[event.eventID] = now
        requests = [
            r for e in self._events.values()
            for r in event_requests(e, source=self.source, reference_w=self.reference_w, received_at=self._received[e.eventID])
        ]
        self.manager.submit(self.source, requests, now)
