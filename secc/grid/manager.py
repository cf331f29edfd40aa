"""GridLimitManager: sources in, one set of applied GridLimits out, with timing rules and evidence.

No I/O and no hidden clock: every call takes `now` (POSIX seconds) or reads the injected clock,
and randomness comes from an injected random.Random. secc.grid.service drives it from asyncio.
"""
from __future__ import annotations

import datetime as _dt
import enum
import logging
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from .arbitration import CONNECT, DIMENSIONS, EXPORT, EXPORT_PHASES, IMPORT, IMPORT_PHASES, POWER_DIMENSIONS, Target, arbitrate, ceilings
from .audit import AuditEntry, AuditLog, GridStatus, OverrideStatus, ScheduledEvent, SourceStatus, UnknownRevision
from .clock import Clock, SystemClock
from .drm import PowerMeter, ReferenceConfig
from .model import (
    DRM,
    NEVER_OVERRIDABLE,
    URGENT_KINDS,
    ChangeKind,
    EVState,
    GridDataError,
    GridLimits,
    LimitRequest,
    OverrideRefused,
    Ratings,
)

log = logging.getLogger(__name__)

MAX_RANDOMISED_DELAY_S = 1800.0


class OverridePolicy(enum.Enum):
    NEVER = "never"
    ONCE_PER_SESSION = "once_per_session"
    ONCE_PER_DAY = "once_per_day"
    UNLIMITED = "unlimited"


class FallbackPolicy(enum.Enum):
    """On loss of a grid signal source: keep its last stored limits, or apply the configured default."""

    KEEP_LAST = "keep_last"
    DEFAULT = "default"


@dataclass(frozen=True)
class GridConfig:
    ratings: Ratings
    randomised_delay_max_s: float = 600.0
    randomisation_enabled: bool = True
    ramp_up_w_per_s: float | None = None
    ramp_down_w_per_s: float | None = None
    ramp_step_s: float = 1.0
    override_policy: OverridePolicy = OverridePolicy.ONCE_PER_SESSION
    override_max_s: float | None = None
    fallback: FallbackPolicy = FallbackPolicy.KEEP_LAST
    fallback_import_w: float | None = None
    fallback_export_w: float | None = 0.0
    reference: ReferenceConfig = field(default_factory=ReferenceConfig)
    compliance_tolerance_w: float = 100.0
    violation_grace_s: float = 3.0  # EV exceeding the cap this long: the SECC sends Terminate (ViolationTracker)
    drm1_opens_contactor: bool = False  # where the installation requires it, DRM1 stops the session like DRM0
    audit_capacity: int = 10_000

    def __post_init__(self) -> None:
        if not 0.0 <= self.randomised_delay_max_s <= MAX_RANDOMISED_DELAY_S:
            raise GridDataError(f"must be within 0..{MAX_RANDOMISED_DELAY_S:g} s", "randomised_delay_max_s")
        for name in ("ramp_up_w_per_s", "ramp_down_w_per_s"):
            value = getattr(self, name)
            if value is not None and value <= 0:
                raise GridDataError("a ramp rate must be > 0 (None disables it)", name)
        if self.ramp_step_s <= 0:
            raise GridDataError("must be > 0", "ramp_step_s")


@dataclass
class _Source:
    name: str
    heartbeat_timeout_s: float | None
    last_heartbeat: float | None = None
    lost: bool = False


@dataclass
class _Override:
    mode: DRM
    granted_at: float
    session_id: str | None
    expires_at: float | None


@dataclass
class _Pending:
    apply_at: float
    delay_s: float | None
    cause: LimitRequest | None
    received: float
    released: bool


@dataclass
class _Change:
    """What moved the effective limits in one evaluation, for the audit entry."""

    cause: LimitRequest | None = None
    delay_s: float | None = None
    received: float | None = None
    released: bool = False


Subscriber = Callable[[GridLimits], None]

_SUPPLY_RECOVERY = LimitRequest(source="supply", key="recovery", kind=ChangeKind.SUPPLY_RECOVERY, detail="recovery after a supply interruption")


class GridLimitManager:
    def __init__(self, config: GridConfig, *, clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self.config = config
        self.clock = clock or SystemClock()
        self.rng = rng or random.Random()
        self.meter = PowerMeter()
        self.audit = AuditLog(config.audit_capacity)
        self.ev = EVState()
        self._randomisation = config.randomisation_enabled
        self._requests: dict[str, list[LimitRequest]] = {}
        self._sources: dict[str, _Source] = {}
        self._overrides: dict[DRM, _Override] = {}
        self._override_uses: list[tuple[float, str | None]] = []
        self._session_id: str | None = None
        self._effective = ceilings(config.ratings)
        self._published_values = dict(self._effective)
        self._effective_binding: dict[str, LimitRequest | None] = {d: None for d in DIMENSIONS}
        self._pending: dict[str, _Pending] = {}
        self._ramp_since: dict[str, float] = {}
        self._last_eval: float | None = None
        self._supply_interrupted = False
        self._target: Target | None = None
        self._published: GridLimits | None = None
        self._revision = 0
        self._subscribers: list[Subscriber] = []

    # ---- sources -----------------------------------------------------------------------------

    def register_source(self, name: str, heartbeat_timeout_s: float | None = None, now: float | None = None) -> None:
        """Declare a source; with a timeout, the watchdog declares communication loss after that silence."""
        if heartbeat_timeout_s is not None and heartbeat_timeout_s <= 0:
            raise GridDataError("must be > 0", "heartbeat_timeout_s")
        self._sources[name] = _Source(name, heartbeat_timeout_s, last_heartbeat=self._now(now))

    def submit(self, source: str, requests: Iterable[LimitRequest], now: float | None = None) -> GridLimits:
        """Replace the complete set of requests of one source (also a heartbeat)."""
        now = self._now(now)
        stamped = []
        for request in requests:
            if request.source != source:
                raise GridDataError(f"request from {request.source!r} submitted as {source!r}", "source")
            stamped.append(request if request.received_at is not None else replace(request, received_at=now))
        self._requests[source] = stamped
        self._beat(source, now)
        return self._evaluate(now)

    def heartbeat(self, source: str, now: float | None = None) -> GridLimits:
        now = self._now(now)
        self._beat(source, now)
        return self._evaluate(now)

    def _beat(self, source: str, now: float) -> None:
        state = self._sources.setdefault(source, _Source(source, None))
        state.last_heartbeat = now
        if state.lost:
            state.lost = False
            log.info("grid source %s is back", source)

    # ---- session, EV and user ------------------------------------------------------------------

    def session_started(self, session_id: str, now: float | None = None) -> GridLimits:
        self._session_id = session_id
        return self._evaluate(self._now(now))

    def session_ended(self, now: float | None = None) -> GridLimits:
        """Overrides last at most one charging session."""
        self._session_id = None
        self._overrides.clear()
        self.ev = EVState()
        return self._evaluate(self._now(now))

    def update_ev(self, ev: EVState, now: float | None = None) -> GridLimits:
        self.ev = ev
        return self._evaluate(self._now(now))

    def request_override(self, mode: DRM, now: float | None = None) -> GridLimits:
        """A deliberate user action to ignore an active mode; raises OverrideRefused."""
        now = self._now(now)
        if mode in NEVER_OVERRIDABLE:
            raise OverrideRefused(mode, "safety mode, never overridable")
        if not any(r.mode is mode and r.active_at(now) for r in self._all_requests()):
            raise OverrideRefused(mode, "mode not active")
        policy = self.config.override_policy
        if policy is OverridePolicy.NEVER:
            raise OverrideRefused(mode, "overrides disabled by configuration")
        if policy is OverridePolicy.ONCE_PER_SESSION:
            if self._session_id is None:
                raise OverrideRefused(mode, "no charging session")
            if any(sid == self._session_id for _, sid in self._override_uses):
                raise OverrideRefused(mode, "already used once in this charging session")
        if policy is OverridePolicy.ONCE_PER_DAY and any(_utc_day(t) == _utc_day(now) for t, _ in self._override_uses):
            raise OverrideRefused(mode, "already used once today")
        expires = now + self.config.override_max_s if self.config.override_max_s is not None else None
        self._overrides[mode] = _Override(mode, now, self._session_id, expires)
        self._override_uses = [(t, sid) for t, sid in self._override_uses if now - t < 2 * 86400]
        self._override_uses.append((now, self._session_id))
        return self._evaluate(now)

    def cancel_override(self, mode: DRM, now: float | None = None) -> GridLimits:
        self._overrides.pop(mode, None)
        return self._evaluate(self._now(now))

    def set_randomisation(self, enabled: bool, now: float | None = None) -> GridLimits:
        """The remote signal that enables/disables randomised delays (disabling releases pending changes)."""
        self._randomisation = enabled
        if not enabled:
            self._pending.clear()
        return self._evaluate(self._now(now))

    # ---- supply and measurements ---------------------------------------------------------------

    def supply_interrupted(self, now: float | None = None) -> GridLimits:
        self._supply_interrupted = True
        return self._evaluate(self._now(now))

    def supply_restored(self, now: float | None = None) -> GridLimits:
        """Recovery after a supply interruption starts from zero and waits a randomised delay."""
        now = self._now(now)
        self._supply_interrupted = False
        if self._randomisation and self.config.randomised_delay_max_s > 0:
            delay = self._draw_delay()
            for dim in DIMENSIONS:
                if dim != CONNECT:
                    self._effective[dim] = self._published_values[dim] = 0.0
                    self._pending[dim] = _Pending(now + delay, delay, _SUPPLY_RECOVERY, now, True)
        return self._evaluate(now, reason="supply restored")

    def report_power(self, power_w: float, now: float | None = None) -> None:
        """Measured power (+ import, - export): feeds the dynamic reference and the compliance time."""
        now = self._now(now)
        self.meter.add(now, power_w)
        latest = self.audit.latest
        if latest is None or latest.time_power_complied is not None or self._published is None:
            return
        tolerance = self.config.compliance_tolerance_w
        limits = self._published
        if -limits.export_limit_w - tolerance <= power_w <= limits.import_limit_w + tolerance:
            latest.time_power_complied = now

    def mark_sent_to_ev(self, revision: int, now: float | None = None) -> bool:
        """The SECC put this revision in a response to the EV. False (logged) for an unknown revision:
        evidence bookkeeping must never break a running session."""
        return self._mark(revision, "time_sent_to_ev", now)

    def mark_power_complied(self, revision: int, now: float | None = None) -> bool:
        """Measured power is within this revision's limits (report_power() also detects it)."""
        return self._mark(revision, "time_power_complied", now)

    def _mark(self, revision: int, field_name: str, now: float | None) -> bool:
        try:
            entry = self.audit.get(revision)
        except UnknownRevision:
            log.warning("audit: no grid limit revision %s to mark %s", revision, field_name)
            return False
        if getattr(entry, field_name) is None:
            setattr(entry, field_name, self._now(now))
        return True

    # ---- outputs -------------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """callback(GridLimits) on every published change; returns an unsubscribe function."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def tick(self, now: float | None = None) -> GridLimits:
        """Apply expiries, the watchdog, due randomised changes and ramps."""
        return self._evaluate(self._now(now))

    def current_limits(self, now: float | None = None) -> GridLimits:
        return self._evaluate(self._now(now))

    def next_wakeup(self) -> float | None:
        """When tick() must run next for timing rules to hold (None: only on new input)."""
        times = [s.last_heartbeat + s.heartbeat_timeout_s for s in self._sources.values()
                 if s.heartbeat_timeout_s is not None and s.last_heartbeat is not None and not s.lost]
        known = self._next_known_change()
        if known is not None:
            times.append(known)
        return min(times) if times else None

    def _next_known_change(self) -> float | None:
        """The earliest time the applied limits will change without new input (GridLimits.valid_until)."""
        times = [p.apply_at for p in self._pending.values()]
        if self._target is not None and self._target.valid_until is not None:
            times.append(self._target.valid_until)
        times += [o.expires_at for o in self._overrides.values() if o.expires_at is not None]
        if self._last_eval is not None and any(
            self._published_values[d] != self._effective[d] for d in POWER_DIMENSIONS
        ):
            times.append(self._last_eval + self.config.ramp_step_s)
        return min(times) if times else None

    def status(self, now: float | None = None, recent: int = 20) -> GridStatus:
        now = self._now(now)
        limits = self._evaluate(now)
        pending = [p.apply_at for p in self._pending.values()]
        return GridStatus(
            time=now,
            revision=limits.revision,
            import_limit_w=limits.import_limit_w,
            export_limit_w=limits.export_limit_w,
            import_limit_phase_w=limits.import_limit_phase_w,
            export_limit_phase_w=limits.export_limit_phase_w,
            reactive_power_var=limits.reactive_power_var,
            disconnect=limits.disconnect,
            present_power_w=self.meter.latest,
            active_modes=list(limits.active_modes),
            overrides=[OverrideStatus(o.mode.name, o.granted_at, o.session_id, o.expires_at) for o in self._overrides.values()],
            sources=[SourceStatus(s.name, s.last_heartbeat, s.heartbeat_timeout_s, s.lost) for s in self._sources.values()],
            communication_loss=any(s.lost for s in self._sources.values()),
            randomisation_enabled=self._randomisation,
            randomised_change_pending_until=max(pending) if pending else None,
            supply_interrupted=self._supply_interrupted,
            scheduled_events=[
                ScheduledEvent(r.source, r.key, r.mode.name if r.mode is not None else None, r.valid_from, r.expires_at, r.import_limit_w, r.export_limit_w)
                for r in sorted(self._all_requests(), key=lambda r: r.valid_from or 0.0)
                if r.valid_from is not None and r.valid_from > now
            ],
            recent_events=self.audit.tail(recent),
        )

    # ---- evaluation ----------------------------------------------------------------------------

    def _now(self, now: float | None) -> float:
        return self.clock.time() if now is None else now

    def _draw_delay(self) -> float:
        return self.rng.uniform(0.0, self.config.randomised_delay_max_s)

    def _all_requests(self) -> list[LimitRequest]:
        return [r for rs in self._requests.values() for r in rs]

    def _watchdog(self, now: float) -> str | None:
        reason = None
        for s in self._sources.values():
            if s.heartbeat_timeout_s is None or s.lost or s.last_heartbeat is None:
                continue
            if now - s.last_heartbeat >= s.heartbeat_timeout_s:
                s.lost = True
                reason = f"communication loss: {s.name}"
                log.warning("grid source %s silent for %.1f s: %s", s.name, now - s.last_heartbeat, self.config.fallback.value)
        return reason

    def _requests_in_force(self, now: float) -> list[LimitRequest]:
        result: list[LimitRequest] = []
        for source, requests in self._requests.items():
            state = self._sources.get(source)
            if state is not None and state.lost and self.config.fallback is FallbackPolicy.DEFAULT:
                continue
            result.extend(requests)
        if self.config.fallback is FallbackPolicy.DEFAULT:
            for state in self._sources.values():
                if state.lost:
                    result.append(self._fallback_request(state, now))
        return result

    def _fallback_request(self, state: _Source, now: float) -> LimitRequest:
        return LimitRequest(
            source=f"fallback:{state.name}",
            key="default",
            import_limit_w=self.config.fallback_import_w,
            export_limit_w=self.config.fallback_export_w,
            kind=ChangeKind.FALLBACK,
            received_at=(state.last_heartbeat or now) + (state.heartbeat_timeout_s or 0.0),
            detail="configured default on communication loss",
        )

    def _expire_overrides(self, now: float, requests: Sequence[LimitRequest]) -> None:
        for mode, override in list(self._overrides.items()):
            still_active = any(r.mode is mode and r.active_at(now) for r in requests)
            if not still_active or (override.expires_at is not None and now >= override.expires_at):
                del self._overrides[mode]

    def _evaluate(self, now: float, reason: str | None = None) -> GridLimits:
        if self._last_eval is not None and now < self._last_eval:
            now = self._last_eval  # never step back: late callers see the latest state
        reason = self._watchdog(now) or reason
        requests = self._requests_in_force(now)
        self._expire_overrides(now, requests)
        target = arbitrate(requests, now, self.config.ratings, self.ev, frozenset(self._overrides))
        change = self._apply_timing(target, now)
        self._ramp(target, now)
        self._target = target
        self._last_eval = now
        return self._publish(target, now, reason, change)

    def _apply_timing(self, target: Target, now: float) -> _Change:
        """Move effective values towards the target: urgent reductions at once, the rest after a delay."""
        new_delay: float | None = None
        change = _Change()

        def apply(dim: str, value: float, binding: LimitRequest | None, done: _Pending | None, reducing: bool) -> None:
            nonlocal change
            self._effective[dim] = value
            self._effective_binding[dim] = binding
            self._ramp_since[dim] = done.apply_at if done else now
            if change.received is None:
                if done is not None:
                    change = _Change(done.cause, done.delay_s, done.received, done.released)
                else:
                    trigger = binding if reducing else old_binding
                    received = trigger.received_at if reducing and trigger is not None else now
                    change = _Change(trigger, None, received, not reducing)

        for dim in DIMENSIONS:
            wanted, current = target.values[dim], self._effective[dim]
            new_binding, old_binding = target.binding[dim], self._effective_binding[dim]
            urgent_cap = target.urgent_values[dim]
            if urgent_cap < current:
                apply(dim, urgent_cap, target.urgent_binding[dim], None, True)
                current = urgent_cap
            if wanted == current:
                self._pending.pop(dim, None)
                self._effective_binding[dim] = new_binding
                continue
            reducing = wanted < current
            randomise = (
                self._randomisation
                and self.config.randomised_delay_max_s > 0
                and all(r is None or r.randomise for r in (new_binding, old_binding))
            )
            pending = self._pending.get(dim)
            if randomise and (pending is None or now < pending.apply_at):
                if pending is None:
                    if new_delay is None:
                        new_delay = self._draw_delay()
                    trigger = new_binding if reducing else old_binding
                    self._pending[dim] = _Pending(now + new_delay, new_delay, trigger, now, not reducing)
                continue
            apply(dim, wanted, new_binding, self._pending.pop(dim, None), reducing)
        return change

    def _ramp(self, target: Target, now: float) -> None:
        for dim in DIMENSIONS:
            goal, shown = self._effective[dim], self._published_values[dim]
            since = max(self._last_eval if self._last_eval is not None else now, self._ramp_since.get(dim, now))
            dt = max(0.0, now - since)
            rate = None
            if dim in POWER_DIMENSIONS and goal > shown:
                rate = self.config.ramp_up_w_per_s
            elif dim in POWER_DIMENSIONS and goal < shown:
                binding = self._effective_binding[dim]
                if binding is not None and binding.kind not in URGENT_KINDS:
                    rate = self.config.ramp_down_w_per_s
            if rate is None or shown == goal:
                shown = goal
            elif goal > shown:
                shown = min(goal, shown + rate * dt)
            else:
                shown = max(goal, shown - rate * dt)
            # a ramp never holds power above an urgent limit
            self._published_values[dim] = min(shown, target.urgent_values[dim])

    def _publish(self, target: Target, now: float, reason: str | None, change: _Change) -> GridLimits:
        values = self._published_values
        imp_phases = tuple(min(values[p], values[IMPORT]) for p in IMPORT_PHASES)
        exp_phases = tuple(min(values[p], values[EXPORT]) for p in EXPORT_PHASES)
        disconnect = values[CONNECT] == 0.0 or (self.config.drm1_opens_contactor and any(
            m.mode is DRM.DRM1 and m.honoured and not m.overridden for m in target.active_modes))
        limits = GridLimits(
            revision=self._revision,
            import_limit_w=values[IMPORT],
            export_limit_w=values[EXPORT],
            import_limit_phase_w=imp_phases,  # type: ignore[arg-type]
            export_limit_phase_w=exp_phases,  # type: ignore[arg-type]
            phases=self.config.ratings.phases,
            reactive_power_var=target.reactive_power_var,
            power_quality_support=target.power_quality_support,
            disconnect=disconnect,
            import_increase_requested=target.import_increase_requested and values[IMPORT] > 0 and not disconnect,
            export_increase_requested=target.export_increase_requested and values[EXPORT] > 0 and not disconnect,
            active_modes=target.active_modes,
            binding_source=self._binding_source(),
            valid_until=self._next_known_change(),
            computed_at=now,
            violation_grace_s=self.config.violation_grace_s,
        )
        if limits.same_values(self._published):
            assert self._published is not None
            self._published = replace(
                limits, revision=self._published.revision, computed_at=self._published.computed_at
            )
            return self._published
        self._revision += 1
        limits = replace(limits, revision=self._revision)
        old = self._published
        self._published = limits
        cause = change.cause
        self.audit.append(
            AuditEntry(
                revision=limits.revision,
                source=cause.source if cause else limits.binding_source,
                mode=cause.mode.name if cause and cause.mode is not None else None,
                reason=reason or self._describe(change, old),
                old_import_limit_w=old.import_limit_w if old else None,
                new_import_limit_w=limits.import_limit_w,
                old_export_limit_w=old.export_limit_w if old else None,
                new_export_limit_w=limits.export_limit_w,
                disconnect=limits.disconnect,
                time_received=change.received if change.received is not None else now,
                time_published=now,
                randomised_delay_s=change.delay_s,
            )
        )
        for callback in list(self._subscribers):
            try:
                callback(limits)
            except Exception:  # a faulty subscriber must not stop the others or the manager
                log.exception("grid limit subscriber failed")
        return limits

    def _binding_source(self) -> str | None:
        for dim in (CONNECT, IMPORT, EXPORT):
            binding = self._effective_binding[dim]
            if binding is not None:
                return binding.source
        return None

    @staticmethod
    def _describe(change: _Change, old: GridLimits | None) -> str:
        if old is None:
            return "initial limits"
        cause = change.cause
        if cause is None:
            return "ramp" if change.received is None else "limits lifted"
        if cause is _SUPPLY_RECOVERY:
            return "supply recovery delay elapsed"
        what = cause.mode.name if cause.mode is not None else cause.key
        text = f"{cause.kind.value}: {what} from {cause.source}" + (" ended" if change.released else "")
        return text + (f" ({cause.detail})" if cause.detail else "")


def _utc_day(t: float) -> _dt.date:
    return _dt.datetime.fromtimestamp(t, _dt.timezone.utc).date()


__all__ = [
    "FallbackPolicy",
    "GridConfig",
    "GridLimitManager",
    "OverridePolicy",
    "Subscriber",
]
