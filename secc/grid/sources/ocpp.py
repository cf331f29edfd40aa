"""OCPP 2.0.1 charging profiles as data (our own dataclasses of the JSON shape; no `ocpp` dependency).

Per purpose the valid profile with the highest stackLevel that has a period at time t applies
(TxProfile replaces TxDefaultProfile); the purposes are separate requests to the manager, where the
most restrictive wins. A limits become W with the configured voltage and the number of phases.
"""
from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..manager import GridLimitManager
from ..model import PHASES, ChangeKind, GridDataError, LimitRequest
from ._data import get, number, obj, timestamp

DAY, WEEK = 86400.0, 7 * 86400.0


class ChargingProfilePurposeEnumType(enum.Enum):
    ChargingStationExternalConstraints = "ChargingStationExternalConstraints"
    ChargingStationMaxProfile = "ChargingStationMaxProfile"
    TxDefaultProfile = "TxDefaultProfile"
    TxProfile = "TxProfile"


class ChargingProfileKindEnumType(enum.Enum):
    Absolute = "Absolute"
    Recurring = "Recurring"
    Relative = "Relative"


class RecurrencyKindEnumType(enum.Enum):
    Daily = "Daily"
    Weekly = "Weekly"


class ChargingRateUnitEnumType(enum.Enum):
    W = "W"
    A = "A"


def _enum(cls: type[enum.Enum], data: Mapping[str, Any], key: str, path: str, required: bool = True) -> Any:
    value = get(data, key, path, str, required=required)
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError as exc:
        raise GridDataError(f"{value!r} is not one of {[m.value for m in cls]}", f"{path}.{key}") from exc


@dataclass(frozen=True)
class ChargingSchedulePeriodType:
    startPeriod: int
    limit: float
    numberPhases: int | None = None
    phaseToUse: int | None = None

    @classmethod
    def from_json(cls, data: Any, path: str) -> "ChargingSchedulePeriodType":
        data = obj(data, path)
        period = cls(
            startPeriod=get(data, "startPeriod", path, int),
            limit=number(data, "limit", path),
            numberPhases=get(data, "numberPhases", path, int, required=False),
            phaseToUse=get(data, "phaseToUse", path, int, required=False),
        )
        if period.startPeriod < 0:
            raise GridDataError("must be >= 0", f"{path}.startPeriod")
        if not (period.limit >= 0 and math.isfinite(period.limit)):
            raise GridDataError("must be >= 0 (OCPP 2.0.1 has no discharge limits)", f"{path}.limit")
        if period.numberPhases is not None and period.numberPhases not in (1, 2, 3):
            raise GridDataError("must be 1..3", f"{path}.numberPhases")
        if period.phaseToUse is not None and (period.phaseToUse not in (1, 2, 3) or period.numberPhases != 1):
            raise GridDataError("allowed only with numberPhases 1, value 1..3", f"{path}.phaseToUse")
        return period


@dataclass(frozen=True)
class ChargingScheduleType:
    id: int
    chargingRateUnit: ChargingRateUnitEnumType
    chargingSchedulePeriod: tuple[ChargingSchedulePeriodType, ...]
    startSchedule: float | None = None
    duration: int | None = None

    @classmethod
    def from_json(cls, data: Any, path: str) -> "ChargingScheduleType":
        data = obj(data, path)
        raw_periods = get(data, "chargingSchedulePeriod", path, list)
        if not 1 <= len(raw_periods) <= 1024:
            raise GridDataError("1..1024 periods", f"{path}.chargingSchedulePeriod")
        periods = tuple(ChargingSchedulePeriodType.from_json(p, f"{path}.chargingSchedulePeriod[{i}]") for i, p in enumerate(raw_periods))
        if periods[0].startPeriod != 0:
            raise GridDataError("the first period must start at 0", f"{path}.chargingSchedulePeriod[0].startPeriod")
        if any(b.startPeriod <= a.startPeriod for a, b in zip(periods, periods[1:])):
            raise GridDataError("startPeriod must increase", f"{path}.chargingSchedulePeriod")
        start = get(data, "startSchedule", path, str, required=False)
        length = get(data, "duration", path, int, required=False)
        if length is not None and length <= 0:
            raise GridDataError("must be > 0", f"{path}.duration")
        return cls(
            id=get(data, "id", path, int),
            chargingRateUnit=_enum(ChargingRateUnitEnumType, data, "chargingRateUnit", path),
            chargingSchedulePeriod=periods,
            startSchedule=timestamp(start, f"{path}.startSchedule") if start is not None else None,
            duration=length,
        )


@dataclass(frozen=True)
class ChargingProfileType:
    id: int
    stackLevel: int
    chargingProfilePurpose: ChargingProfilePurposeEnumType
    chargingProfileKind: ChargingProfileKindEnumType
    chargingSchedule: tuple[ChargingScheduleType, ...]
    recurrencyKind: RecurrencyKindEnumType | None = None
    validFrom: float | None = None
    validTo: float | None = None
    transactionId: str | None = None

    @classmethod
    def from_json(cls, data: Any, path: str = "chargingProfile") -> "ChargingProfileType":
        data = obj(data, path)
        raw = get(data, "chargingSchedule", path, list)
        if not 1 <= len(raw) <= 3:
            raise GridDataError("1..3 schedules", f"{path}.chargingSchedule")
        valid_from = get(data, "validFrom", path, str, required=False)
        valid_to = get(data, "validTo", path, str, required=False)
        profile = cls(
            id=get(data, "id", path, int),
            stackLevel=get(data, "stackLevel", path, int),
            chargingProfilePurpose=_enum(ChargingProfilePurposeEnumType, data, "chargingProfilePurpose", path),
            chargingProfileKind=_enum(ChargingProfileKindEnumType, data, "chargingProfileKind", path),
            chargingSchedule=tuple(ChargingScheduleType.from_json(s, f"{path}.chargingSchedule[{i}]") for i, s in enumerate(raw)),
            recurrencyKind=_enum(RecurrencyKindEnumType, data, "recurrencyKind", path, required=False),
            validFrom=timestamp(valid_from, f"{path}.validFrom") if valid_from else None,
            validTo=timestamp(valid_to, f"{path}.validTo") if valid_to else None,
            transactionId=get(data, "transactionId", path, str, required=False),
        )
        if profile.stackLevel < 0:
            raise GridDataError("must be >= 0", f"{path}.stackLevel")
        kind, schedule = profile.chargingProfileKind, profile.chargingSchedule[0]
        if kind in (ChargingProfileKindEnumType.Absolute, ChargingProfileKindEnumType.Recurring) and schedule.startSchedule is None:
            raise GridDataError(f"{kind.value} profiles need startSchedule", f"{path}.chargingSchedule[0].startSchedule")
        if kind is ChargingProfileKindEnumType.Recurring and profile.recurrencyKind is None:
            raise GridDataError("Recurring profiles need recurrencyKind", f"{path}.recurrencyKind")
        if kind is ChargingProfileKindEnumType.Relative and schedule.startSchedule is not None:
            raise GridDataError("Relative profiles must not have startSchedule", f"{path}.chargingSchedule[0].startSchedule")
        if profile.chargingProfilePurpose is ChargingProfilePurposeEnumType.TxProfile and profile.transactionId is None:
            raise GridDataError("a TxProfile needs transactionId", f"{path}.transactionId")
        if profile.validFrom is not None and profile.validTo is not None and profile.validTo <= profile.validFrom:
            raise GridDataError("validTo must be after validFrom", f"{path}.validTo")
        return profile

    def schedule_start(self, t: float, transaction_start: float | None) -> float | None:
        """Start of the schedule occurrence that covers t (None when it has not started)."""
        schedule = self.chargingSchedule[0]
        if self.chargingProfileKind is ChargingProfileKindEnumType.Relative:
            return transaction_start
        start = schedule.startSchedule
        assert start is not None  # checked in from_json
        if self.chargingProfileKind is ChargingProfileKindEnumType.Recurring and t >= start:
            period = DAY if self.recurrencyKind is RecurrencyKindEnumType.Daily else WEEK
            start += math.floor((t - start) / period) * period
        return start

    def period_at(self, t: float, transaction_start: float | None) -> ChargingSchedulePeriodType | None:
        if (self.validFrom is not None and t < self.validFrom) or (self.validTo is not None and t >= self.validTo):
            return None
        start = self.schedule_start(t, transaction_start)
        if start is None or t < start:
            return None
        schedule = self.chargingSchedule[0]
        offset = t - start
        if schedule.duration is not None and offset >= schedule.duration:
            return None
        current = None
        for period in schedule.chargingSchedulePeriod:
            if period.startPeriod > offset:
                break
            current = period
        return current

    def boundaries(self, begin: float, end: float, transaction_start: float | None) -> set[float]:
        """Times in [begin, end] where this profile's limit may change."""
        found = {t for t in (self.validFrom, self.validTo) if t is not None}
        schedule = self.chargingSchedule[0]
        first = self.schedule_start(begin, transaction_start)
        if first is None:
            return found
        starts = [first]
        if self.chargingProfileKind is ChargingProfileKindEnumType.Recurring:
            period = DAY if self.recurrencyKind is RecurrencyKindEnumType.Daily else WEEK
            while starts[-1] + period <= end:
                starts.append(starts[-1] + period)
        for start in starts:
            found.update(start + p.startPeriod for p in schedule.chargingSchedulePeriod)
            if schedule.duration is not None:
                found.add(start + schedule.duration)
        return {t for t in found if begin <= t <= end}


@dataclass(frozen=True)
class OcppLimit:
    import_limit_w: float
    import_limit_phase_w: tuple[float, float, float] | None
    profile: ChargingProfileType


PURPOSE_GROUPS: dict[str, tuple[ChargingProfilePurposeEnumType, ...]] = {
    "ChargingStationMaxProfile": (ChargingProfilePurposeEnumType.ChargingStationMaxProfile,),
    "ChargingStationExternalConstraints": (ChargingProfilePurposeEnumType.ChargingStationExternalConstraints,),
    "Tx": (ChargingProfilePurposeEnumType.TxProfile, ChargingProfilePurposeEnumType.TxDefaultProfile),
}
GROUP_KIND = {
    "ChargingStationMaxProfile": ChangeKind.SUPPLY_LIMITATION,
    "ChargingStationExternalConstraints": ChangeKind.SUPPLY_LIMITATION,
    "Tx": ChangeKind.SCHEDULE,
}


@dataclass
class OcppContext:
    """Installation facts and the running transaction, needed to read profiles."""

    voltage_v: float = 230.0
    phases: int = 3
    transaction_id: str | None = None
    transaction_start: float | None = None


def to_watts(period: ChargingSchedulePeriodType, unit: ChargingRateUnitEnumType, ctx: OcppContext) -> tuple[float, tuple[float, float, float] | None]:
    """(total W, per-phase W or None on a single-phase installation)."""
    phases = min(period.numberPhases or ctx.phases, ctx.phases)
    if unit is ChargingRateUnitEnumType.A:
        per_phase, total = period.limit * ctx.voltage_v, period.limit * ctx.voltage_v * phases
    else:
        per_phase, total = period.limit / phases, period.limit
    if ctx.phases == 1:
        return total, None
    used = [period.phaseToUse - 1] if period.phaseToUse else list(range(phases))
    return total, tuple(per_phase if i in used else 0.0 for i in range(PHASES))  # type: ignore[return-value]


def limit_at(profiles: Iterable[ChargingProfileType], purposes: tuple[ChargingProfilePurposeEnumType, ...], t: float, ctx: OcppContext) -> OcppLimit | None:
    """The limit one purpose group imposes at t (earlier purposes in the tuple take precedence)."""
    for purpose in purposes:
        candidates = [p for p in profiles if p.chargingProfilePurpose is purpose]
        if purpose is ChargingProfilePurposeEnumType.TxProfile:
            candidates = [p for p in candidates if ctx.transaction_id is not None and p.transactionId == ctx.transaction_id]
        for profile in sorted(candidates, key=lambda p: -p.stackLevel):
            period = profile.period_at(t, ctx.transaction_start)
            if period is not None:
                total, phases = to_watts(period, profile.chargingSchedule[0].chargingRateUnit, ctx)
                return OcppLimit(total, phases, profile)
    return None


class OCPPAdapter:
    """Installed profiles (SetChargingProfile / external constraints) -> time-bounded requests over a horizon."""

    def __init__(
        self,
        manager: GridLimitManager,
        context: OcppContext | None = None,
        *,
        source: str = "ocpp",
        horizon_s: float = 86400.0,
        heartbeat_timeout_s: float | None = None,
    ) -> None:
        self.manager = manager
        self.context = context or OcppContext(phases=manager.config.ratings.phases)
        self.source = source
        self.horizon_s = horizon_s
        self._profiles: dict[tuple[str, int], ChargingProfileType] = {}
        self._horizon_end: float | None = None
        manager.register_source(source, heartbeat_timeout_s)

    @property
    def profiles(self) -> list[ChargingProfileType]:
        return list(self._profiles.values())

    def set_charging_profile(self, profile: ChargingProfileType | Mapping[str, Any], now: float | None = None) -> None:
        """SetChargingProfileRequest.chargingProfile (same purpose and id replaces; same purpose and stackLevel too)."""
        if not isinstance(profile, ChargingProfileType):
            profile = ChargingProfileType.from_json(profile)
        purpose = profile.chargingProfilePurpose.value
        for key, old in list(self._profiles.items()):
            if old.chargingProfilePurpose is profile.chargingProfilePurpose and old.stackLevel == profile.stackLevel and old.id != profile.id:
                del self._profiles[key]
        self._profiles[(purpose, profile.id)] = profile
        self.refresh(now)

    def clear_charging_profile(self, profile_id: int, now: float | None = None) -> bool:
        removed = [k for k in self._profiles if k[1] == profile_id]
        for key in removed:
            del self._profiles[key]
        self.refresh(now)
        return bool(removed)

    def transaction_started(self, transaction_id: str, now: float | None = None) -> None:
        now = self.manager.clock.time() if now is None else now
        self.context.transaction_id, self.context.transaction_start = transaction_id, now
        self.refresh(now)

    def transaction_ended(self, now: float | None = None) -> None:
        """TxProfiles end with their transaction."""
        self.context.transaction_id = self.context.transaction_start = None
        for key in [k for k, p in self._profiles.items() if p.chargingProfilePurpose is ChargingProfilePurposeEnumType.TxProfile]:
            del self._profiles[key]
        self.refresh(now)

    def poll(self, now: float | None = None) -> None:
        """Extend the horizon when half of it has passed."""
        now = self.manager.clock.time() if now is None else now
        if self._horizon_end is not None and now >= self._horizon_end - self.horizon_s / 2:
            self.refresh(now)

    def requests(self, now: float) -> list[LimitRequest]:
        end = now + self.horizon_s
        requests: list[LimitRequest] = []
        for group, purposes in PURPOSE_GROUPS.items():
            profiles = [p for p in self._profiles.values() if p.chargingProfilePurpose in purposes]
            if not profiles:
                continue
            cuts = {now, end}
            for profile in profiles:
                cuts |= profile.boundaries(now, end, self.context.transaction_start)
            ordered = sorted(cuts)
            segment: tuple[float, OcppLimit] | None = None
            for begin, stop in zip(ordered, ordered[1:]):
                limit = limit_at(profiles, purposes, begin, self.context)
                if segment is not None and (limit is None or (limit.import_limit_w, limit.import_limit_phase_w, limit.profile.id) != (segment[1].import_limit_w, segment[1].import_limit_phase_w, segment[1].profile.id)):
                    requests.append(self._request(group, segment[0], begin, segment[1], now))
                    segment = None
                if limit is not None and segment is None:
                    segment = (begin, limit)
            if segment is not None:
                requests.append(self._request(group, segment[0], end, segment[1], now))
        return requests

    def _request(self, group: str, begin: float, end: float, limit: OcppLimit, now: float) -> LimitRequest:
        profile = limit.profile
        return LimitRequest(
            source=self.source,
            key=f"{group}:{profile.id}@{begin:.0f}",
            import_limit_w=limit.import_limit_w,
            import_limit_phase_w=limit.import_limit_phase_w,
            kind=GROUP_KIND[group],
            valid_from=begin,
            expires_at=end,
            received_at=now,
            detail=f"{profile.chargingProfilePurpose.value} id {profile.id} stackLevel {profile.stackLevel}",
        )

    def refresh(self, now: float | None = None) -> None:
        now = self.manager.clock.time() if now is None else now
        self._horizon_end = now + self.horizon_s
        self.manager.submit(self.source, self.requests(now), now)
