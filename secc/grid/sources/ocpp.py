"""OCPP charging profiles (the `ocpp` package's 2.1 ChargingProfileType, a superset of 2.0.1's) -> grid requests.

Per purpose the valid profile with the highest stackLevel that has a period at time t applies
(TxProfile replaces TxDefaultProfile); the purposes are separate requests to the manager, where the
most restrictive wins. A limits become W with the configured voltage and the number of phases; an OCPP
2.1 dischargeLimit (<= 0) becomes an export limit. The library's JSON schemas check the shape of what
arrives over the wire; `parse_profile` adds the rules the schemas cannot express.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ocpp.v21.datatypes import ChargingProfileType, ChargingSchedulePeriodType
from ocpp.v21.enums import (
    ChargingProfileKindEnumType as Kind,
    ChargingProfilePurposeEnumType as Purpose,
    ChargingRateUnitEnumType as Unit,
    RecurrencyKindEnumType as Recurrency,
)

from secc.ocpp.payloads import PayloadError, from_json

from ..manager import GridLimitManager
from ..model import PHASES, ChangeKind, GridDataError, LimitRequest
from ._data import timestamp

DAY, WEEK = 86400.0, 7 * 86400.0


def _time(text: str | None, path: str) -> float | None:
    return None if text is None else timestamp(text, path)


def parse_profile(data: Mapping[str, Any] | ChargingProfileType, path: str = "chargingProfile") -> ChargingProfileType:
    """A camelCase chargingProfile (or the library type) checked for what the schema cannot say."""
    try:
        profile = data if isinstance(data, ChargingProfileType) else from_json(ChargingProfileType, data, path)
    except PayloadError as exc:
        raise GridDataError(str(exc).split(": ", 1)[-1], exc.path) from None
    if profile.stack_level < 0:
        raise GridDataError("must be >= 0", f"{path}.stackLevel")
    if not 1 <= len(profile.charging_schedule) <= 3:
        raise GridDataError("1..3 schedules", f"{path}.chargingSchedule")
    for i, schedule in enumerate(profile.charging_schedule):
        where = f"{path}.chargingSchedule[{i}]"
        periods = schedule.charging_schedule_period
        if not 1 <= len(periods) <= 1024:
            raise GridDataError("1..1024 periods", f"{where}.chargingSchedulePeriod")
        for j, period in enumerate(periods):
            at = f"{where}.chargingSchedulePeriod[{j}]"
            if period.start_period < 0:
                raise GridDataError("must be >= 0", f"{at}.startPeriod")
            if period.limit is not None and not (period.limit >= 0 and math.isfinite(period.limit)):
                raise GridDataError("must be >= 0 (discharging is dischargeLimit)", f"{at}.limit")
            if period.discharge_limit is not None and not (period.discharge_limit <= 0 and math.isfinite(period.discharge_limit)):
                raise GridDataError("must be <= 0", f"{at}.dischargeLimit")
            if period.number_phases is not None and period.number_phases not in (1, 2, 3):
                raise GridDataError("must be 1..3", f"{at}.numberPhases")
            if period.phase_to_use is not None and (period.phase_to_use not in (1, 2, 3) or period.number_phases != 1):
                raise GridDataError("allowed only with numberPhases 1, value 1..3", f"{at}.phaseToUse")
        if periods[0].start_period != 0:
            raise GridDataError("the first period must start at 0", f"{where}.chargingSchedulePeriod[0].startPeriod")
        if any(b.start_period <= a.start_period for a, b in zip(periods, periods[1:])):
            raise GridDataError("startPeriod must increase", f"{where}.chargingSchedulePeriod")
        if schedule.duration is not None and schedule.duration <= 0:
            raise GridDataError("must be > 0", f"{where}.duration")
        _time(schedule.start_schedule, f"{where}.startSchedule")
    kind, schedule = profile.charging_profile_kind, profile.charging_schedule[0]
    if kind in (Kind.absolute, Kind.recurring) and schedule.start_schedule is None:
        raise GridDataError(f"{kind.value} profiles need startSchedule", f"{path}.chargingSchedule[0].startSchedule")
    if kind is Kind.recurring and profile.recurrency_kind is None:
        raise GridDataError("Recurring profiles need recurrencyKind", f"{path}.recurrencyKind")
    if kind is Kind.relative and schedule.start_schedule is not None:
        raise GridDataError("Relative profiles must not have startSchedule", f"{path}.chargingSchedule[0].startSchedule")
    if profile.charging_profile_purpose is Purpose.tx_profile and profile.transaction_id is None:
        raise GridDataError("a TxProfile needs transactionId", f"{path}.transactionId")
    valid_from, valid_to = _time(profile.valid_from, f"{path}.validFrom"), _time(profile.valid_to, f"{path}.validTo")
    if valid_from is not None and valid_to is not None and valid_to <= valid_from:
        raise GridDataError("validTo must be after validFrom", f"{path}.validTo")
    return profile


def schedule_start(profile: ChargingProfileType, t: float, transaction_start: float | None) -> float | None:
    """Start of the schedule occurrence that covers t (None when it has not started)."""
    if profile.charging_profile_kind is Kind.relative:
        return transaction_start
    start = _time(profile.charging_schedule[0].start_schedule, "startSchedule")
    assert start is not None  # checked in parse_profile
    if profile.charging_profile_kind is Kind.recurring and t >= start:
        period = DAY if profile.recurrency_kind is Recurrency.daily else WEEK
        start += math.floor((t - start) / period) * period
    return start


def period_at(profile: ChargingProfileType, t: float, transaction_start: float | None) -> ChargingSchedulePeriodType | None:
    valid_from, valid_to = _time(profile.valid_from, "validFrom"), _time(profile.valid_to, "validTo")
    if (valid_from is not None and t < valid_from) or (valid_to is not None and t >= valid_to):
        return None
    start = schedule_start(profile, t, transaction_start)
    if start is None or t < start:
        return None
    schedule = profile.charging_schedule[0]
    offset = t - start
    if schedule.duration is not None and offset >= schedule.duration:
        return None
    current = None
    for period in schedule.charging_schedule_period:
        if period.start_period > offset:
            break
        current = period
    return current


def boundaries(profile: ChargingProfileType, begin: float, end: float, transaction_start: float | None) -> set[float]:
    """Times in [begin, end] where this profile's limit may change."""
    found = {t for t in (_time(profile.valid_from, "validFrom"), _time(profile.valid_to, "validTo")) if t is not None}
    schedule = profile.charging_schedule[0]
    first = schedule_start(profile, begin, transaction_start)
    if first is None:
        return found
    starts = [first]
    if profile.charging_profile_kind is Kind.recurring:
        period = DAY if profile.recurrency_kind is Recurrency.daily else WEEK
        while starts[-1] + period <= end:
            starts.append(starts[-1] + period)
    for start in starts:
        found.update(start + p.start_period for p in schedule.charging_schedule_period)
        if schedule.duration is not None:
            found.add(start + schedule.duration)
    return {t for t in found if begin <= t <= end}


@dataclass(frozen=True)
class OcppLimit:
    """What one period of one profile imposes (W; None: that direction is not limited)."""

    import_limit_w: float | None
    import_limit_phase_w: tuple[float, float, float] | None
    export_limit_w: float | None
    profile: ChargingProfileType
    period: ChargingSchedulePeriodType

    @property
    def same_as(self) -> tuple[Any, ...]:
        return (self.import_limit_w, self.import_limit_phase_w, self.export_limit_w, self.profile.id)


PURPOSE_GROUPS: dict[str, tuple[Purpose, ...]] = {
    "ChargingStationMaxProfile": (Purpose.charging_station_max_profile,),
    "ChargingStationExternalConstraints": (Purpose.charging_station_external_constraints,),
    "Tx": (Purpose.tx_profile, Purpose.tx_default_profile),
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


def watts(value: float, period: ChargingSchedulePeriodType, unit: Unit, ctx: OcppContext) -> tuple[float, tuple[float, float, float] | None]:
    """A limit or setpoint of `period` as (total W, per-phase W or None on a single-phase installation)."""
    phases = min(period.number_phases or ctx.phases, ctx.phases)
    if unit is Unit.a:
        per_phase, total = value * ctx.voltage_v, value * ctx.voltage_v * phases
    else:
        per_phase, total = value / phases, value
    if ctx.phases == 1:
        return total, None
    used = [period.phase_to_use - 1] if period.phase_to_use else list(range(phases))
    return total, tuple(per_phase if i in used else 0.0 for i in range(PHASES))  # type: ignore[return-value]


def limit_at(profiles: Iterable[ChargingProfileType], purposes: tuple[Purpose, ...], t: float, ctx: OcppContext) -> OcppLimit | None:
    """The limit one purpose group imposes at t (earlier purposes in the tuple take precedence)."""
    for purpose in purposes:
        candidates = [p for p in profiles if p.charging_profile_purpose is purpose]
        if purpose is Purpose.tx_profile:
            candidates = [p for p in candidates if ctx.transaction_id is not None and p.transaction_id == ctx.transaction_id]
        for profile in sorted(candidates, key=lambda p: -p.stack_level):
            period = period_at(profile, t, ctx.transaction_start)
            if period is None:
                continue
            unit = profile.charging_schedule[0].charging_rate_unit
            total, phases = watts(period.limit, period, unit, ctx) if period.limit is not None else (None, None)
            export = watts(-period.discharge_limit, period, unit, ctx)[0] if period.discharge_limit is not None else None
            return OcppLimit(total, phases, export, profile, period)
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
        profile = parse_profile(profile)
        purpose = profile.charging_profile_purpose
        for key, old in list(self._profiles.items()):
            if old.charging_profile_purpose is purpose and old.stack_level == profile.stack_level and old.id != profile.id:
                del self._profiles[key]
        self._profiles[(purpose.value, profile.id)] = profile
        self.refresh(now)

    def clear_charging_profile(self, profile_id: int | None = None, now: float | None = None, *,
                               purpose: str | None = None, stack_level: int | None = None) -> bool:
        """ClearChargingProfile: by id, or by purpose and/or stackLevel (nothing given: every profile)."""
        removed = [k for k, p in self._profiles.items()
                   if (profile_id is None or p.id == profile_id)
                   and (purpose is None or p.charging_profile_purpose.value == purpose)
                   and (stack_level is None or p.stack_level == stack_level)]
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
        for key in [k for k, p in self._profiles.items() if p.charging_profile_purpose is Purpose.tx_profile]:
            del self._profiles[key]
        self.refresh(now)

    def poll(self, now: float | None = None) -> None:
        """Extend the horizon when half of it has passed."""
        now = self.manager.clock.time() if now is None else now
        if self._horizon_end is not None and now >= self._horizon_end - self.horizon_s / 2:
            self.refresh(now)

    def segments(self, group: str, now: float, end: float) -> list[tuple[float, float, OcppLimit]]:
        """(begin, end, limit) of one purpose group over [now, end], merged where nothing changes."""
        purposes = PURPOSE_GROUPS[group]
        profiles = [p for p in self._profiles.values() if p.charging_profile_purpose in purposes]
        if not profiles:
            return []
        cuts = {now, end}
        for profile in profiles:
            cuts |= boundaries(profile, now, end, self.context.transaction_start)
        ordered = sorted(cuts)
        found: list[tuple[float, float, OcppLimit]] = []
        segment: tuple[float, OcppLimit] | None = None
        for begin in ordered[:-1]:
            limit = limit_at(profiles, purposes, begin, self.context)
            if segment is not None and (limit is None or limit.same_as != segment[1].same_as):
                found.append((segment[0], begin, segment[1]))
                segment = None
            if limit is not None and segment is None:
                segment = (begin, limit)
        if segment is not None:
            found.append((segment[0], end, segment[1]))
        return found

    def requests(self, now: float) -> list[LimitRequest]:
        end = now + self.horizon_s
        return [self._request(group, begin, stop, limit, now)
                for group in PURPOSE_GROUPS for begin, stop, limit in self.segments(group, now, end)
                if limit.import_limit_w is not None or limit.export_limit_w is not None]

    def active(self, t: float) -> list[OcppLimit]:
        """Every purpose group's period in force at t (for OCPP 2.1 operation modes and setpoints)."""
        found = (limit_at(self._profiles.values(), purposes, t, self.context) for purposes in PURPOSE_GROUPS.values())
        return [limit for limit in found if limit is not None]

    def composite(self, now: float, duration_s: float, group: str | None = None) -> list[tuple[float, float | None, float | None]]:
        """GetCompositeSchedule: (offset s, import W, export W) steps over [now, now + duration], the most
        restrictive of the groups (or of one group); None: not limited."""
        end = now + duration_s
        groups = [group] if group else list(PURPOSE_GROUPS)
        segments = [seg for g in groups for seg in self.segments(g, now, end)]
        cuts = sorted({now, *(b for b, _, _ in segments), *(e for _, e, _ in segments)} - {end})
        steps: list[tuple[float, float | None, float | None]] = []
        for t in cuts:
            active = [lim for b, e, lim in segments if b <= t < e]
            imports = [lim.import_limit_w for lim in active if lim.import_limit_w is not None]
            exports = [lim.export_limit_w for lim in active if lim.export_limit_w is not None]
            step = (t - now, min(imports) if imports else None, min(exports) if exports else None)
            if not steps or steps[-1][1:] != step[1:]:
                steps.append(step)
        return steps

    def _request(self, group: str, begin: float, end: float, limit: OcppLimit, now: float) -> LimitRequest:
        profile = limit.profile
        return LimitRequest(
            source=self.source,
            key=f"{group}:{profile.id}@{begin:.0f}",
            import_limit_w=limit.import_limit_w,
            import_limit_phase_w=limit.import_limit_phase_w,
            export_limit_w=limit.export_limit_w,
            kind=GROUP_KIND[group],
            valid_from=begin,
            expires_at=end,
            received_at=now,
            detail=f"{profile.charging_profile_purpose.value} id {profile.id} stackLevel {profile.stack_level}",
        )

    def refresh(self, now: float | None = None) -> None:
        now = self.manager.clock.time() if now is None else now
        self._horizon_end = now + self.horizon_s
        self.manager.submit(self.source, self.requests(now), now)
