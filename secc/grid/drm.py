"""AS/NZS 4755 DRM semantics and the reference value the percentages apply to."""
from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass

from .model import DRM, ChangeKind, GridDataError, LimitRequest, Ratings

# Share of the reference value allowed while the mode is asserted (draft AS 4755.2 App. D).
IMPORT_FRACTION: dict[DRM, float] = {DRM.DRM1: 0.0, DRM.DRM2: 0.5, DRM.DRM3: 0.75}
EXPORT_FRACTION: dict[DRM, float] = {DRM.DRM5: 0.0, DRM.DRM6: 0.5, DRM.DRM7: 0.75}
POWER_QUALITY_MODES = frozenset({DRM.DRM3, DRM.DRM7})
BIDIRECTIONAL_MODES = frozenset({DRM.DRM5, DRM.DRM6, DRM.DRM7, DRM.DRM8})


def drm_request(
    mode: DRM,
    *,
    source: str,
    key: str | None = None,
    import_reference_w: float,
    export_reference_w: float,
    priority: int = 100,
    kind: ChangeKind = ChangeKind.SUPPLY_LIMITATION,
    received_at: float | None = None,
    valid_from: float | None = None,
    expires_at: float | None = None,
    randomise: bool = True,
    detail: str = "",
) -> LimitRequest:
    """The absolute limits one asserted DRM means, given the reference values captured at assertion."""
    import_limit = export_limit = None
    if mode is DRM.DRM0:
        import_limit = export_limit = 0.0
    elif mode in IMPORT_FRACTION:
        import_limit = IMPORT_FRACTION[mode] * import_reference_w
    elif mode in EXPORT_FRACTION:
        export_limit = EXPORT_FRACTION[mode] * export_reference_w
    return LimitRequest(
        source=source,
        key=key or mode.name,
        mode=mode,
        import_limit_w=import_limit,
        export_limit_w=export_limit,
        power_quality_support=mode in POWER_QUALITY_MODES,
        disconnect=mode is DRM.DRM0,
        priority=priority,
        kind=ChangeKind.EMERGENCY if mode is DRM.DRM0 else kind,
        received_at=received_at,
        valid_from=valid_from,
        expires_at=expires_at,
        randomise=randomise,
        detail=detail,
    )


class PowerMeter:
    """Recent measured power (signed: + import, - export) for the dynamic reference value."""

    def __init__(self, keep_s: float = 3600.0) -> None:
        self._samples: deque[tuple[float, float]] = deque()
        self._keep_s = keep_s

    def add(self, now: float, power_w: float) -> None:
        if self._samples and now < self._samples[-1][0]:
            raise GridDataError("power samples must be in time order", "now")
        self._samples.append((now, power_w))
        while len(self._samples) > 2 and self._samples[1][0] < now - self._keep_s:
            self._samples.popleft()

    @property
    def latest(self) -> float | None:
        return self._samples[-1][1] if self._samples else None

    def average(self, now: float, window_s: float) -> tuple[float, float] | None:
        """Time-weighted (import, export) averages over [now - window, now]; None without samples."""
        start = now - window_s
        samples = [s for s in self._samples if s[0] <= now]
        if not samples:
            return None
        imp = exp = 0.0
        span = 0.0
        for i, (t, w) in enumerate(samples):
            t_end = samples[i + 1][0] if i + 1 < len(samples) else now
            t0 = max(t, start)
            if t_end <= t0:
                continue
            dt = t_end - t0
            span += dt
            imp += max(w, 0.0) * dt
            exp += max(-w, 0.0) * dt
        if span == 0.0:
            last = samples[-1][1]
            return max(last, 0.0), max(-last, 0.0)
        return imp / span, exp / span


class ReferenceKind(enum.Enum):
    FIXED = "fixed"
    DYNAMIC = "dynamic"


@dataclass(frozen=True)
class ReferenceConfig:
    """Fixed: the installation's rated maximum. Dynamic: the average power over the window before the event."""

    kind: ReferenceKind = ReferenceKind.FIXED
    window_s: float = 300.0

    def resolve(self, ratings: Ratings, meter: PowerMeter, now: float) -> tuple[float, float]:
        """(import reference W, export reference W) to capture when a mode is asserted."""
        if self.kind is ReferenceKind.FIXED:
            return ratings.import_w, ratings.export_w
        averages = meter.average(now, self.window_s)
        if averages is None:
            return ratings.import_w, ratings.export_w
        return min(averages[0], ratings.import_w), min(averages[1], ratings.export_w)
