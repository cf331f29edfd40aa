"""Grid-limit data model: what sources ask for (LimitRequest) and what the SECC applies (GridLimits).

Conventions used throughout secc.grid:
- power in W, current in A, reactive power in var, time in POSIX seconds from an injectable Clock;
- import = energy from the grid into the EV (charging), export = EV to the grid (discharging);
  both limits are non-negative magnitudes;
- priority: lower number = higher priority (as IEEE 2030.5 primacy and OpenADR priority).
"""
from __future__ import annotations

import enum
import math
from dataclasses import dataclass

PHASES = 3


class GridError(Exception):
    """Base class of every error raised by secc.grid."""


class GridDataError(GridError, ValueError):
    """A source delivered data that is malformed or out of range (the field is in .path)."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class OverrideRefused(GridError):
    """A user override was refused (safety mode, or the configured allowance is used up)."""

    def __init__(self, mode: "DRM", reason: str) -> None:
        super().__init__(f"override of {mode.name} refused: {reason}")
        self.mode = mode
        self.reason = reason


class DRM(enum.IntEnum):
    """AS/NZS 4755 demand response modes."""

    DRM0 = 0
    DRM1 = 1
    DRM2 = 2
    DRM3 = 3
    DRM4 = 4
    DRM5 = 5
    DRM6 = 6
    DRM7 = 7
    DRM8 = 8

    @classmethod
    def parse(cls, text: str) -> "DRM":
        """Accept 'DRM2', 'drm2' or '2'."""
        token = text.strip().upper()
        if token.startswith("DRM"):
            token = token[3:]
        if not token.isdigit() or int(token) > 8:
            raise GridDataError(f"not a demand response mode: {text!r}")
        return cls(int(token))


# Modes no user may override (AS/NZS 4755 / COAG proposal).
NEVER_OVERRIDABLE = frozenset({DRM.DRM0, DRM.DRM1, DRM.DRM5})


class ChangeKind(enum.Enum):
    """Why a limit exists; decides whether a change may be randomly delayed."""

    EMERGENCY = "emergency"
    SUPPLY_LIMITATION = "supply_limitation"
    DEMAND_RESPONSE = "demand_response"
    SCHEDULE = "schedule"
    TARIFF = "tariff"
    FALLBACK = "fallback"
    SUPPLY_RECOVERY = "supply_recovery"


# Reductions of these kinds are applied at once, whatever the randomisation settings.
URGENT_KINDS = frozenset(
    {ChangeKind.EMERGENCY, ChangeKind.SUPPLY_LIMITATION, ChangeKind.DEMAND_RESPONSE, ChangeKind.FALLBACK}
)


@dataclass(frozen=True, kw_only=True)
class LimitRequest:
    """One constraint from one source: a DRM and/or absolute limits, valid for a time window.

    A source submits its complete current set of requests; the manager replaces the previous set.
    """

    source: str
    key: str
    mode: DRM | None = None
    import_limit_w: float | None = None
    export_limit_w: float | None = None
    import_limit_phase_w: tuple[float, float, float] | None = None
    export_limit_phase_w: tuple[float, float, float] | None = None
    reactive_power_var: float | None = None
    power_quality_support: bool = False
    disconnect: bool = False
    priority: int = 100
    kind: ChangeKind = ChangeKind.DEMAND_RESPONSE
    valid_from: float | None = None
    expires_at: float | None = None
    randomise: bool = True
    received_at: float | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        for name in ("import_limit_w", "export_limit_w"):
            value = getattr(self, name)
            if value is not None and not (value >= 0 and math.isfinite(value)):
                raise GridDataError(f"must be a finite value >= 0, got {value!r}", name)
        for name in ("import_limit_phase_w", "export_limit_phase_w"):
            value = getattr(self, name)
            if value is not None and (len(value) != PHASES or any(not (v >= 0 and math.isfinite(v)) for v in value)):
                raise GridDataError(f"must be three finite values >= 0, got {value!r}", name)
        if self.valid_from is not None and self.expires_at is not None and self.expires_at <= self.valid_from:
            raise GridDataError("expires_at must be after valid_from", "expires_at")

    def active_at(self, now: float) -> bool:
        return (self.valid_from is None or self.valid_from <= now) and (self.expires_at is None or now < self.expires_at)


@dataclass(frozen=True)
class ActiveMode:
    """A demand response mode in force, as reported to the SECC and the remote agent."""

    mode: DRM
    source: str
    priority: int
    expires_at: float | None
    overridden: bool = False
    honoured: bool = True
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class GridLimits:
    """The limits the SECC must apply now (already randomised/ramped; always finite).

    revision identifies this publication: pass it back to mark_sent_to_ev / mark_power_complied.
    """

    revision: int
    import_limit_w: float
    export_limit_w: float
    import_limit_phase_w: tuple[float, float, float]
    export_limit_phase_w: tuple[float, float, float]
    phases: int = 1
    reactive_power_var: float | None = None
    power_quality_support: bool = False
    disconnect: bool = False
    import_increase_requested: bool = False
    export_increase_requested: bool = False
    active_modes: tuple[ActiveMode, ...] = ()
    binding_source: str | None = None
    valid_until: float | None = None
    computed_at: float = 0.0
    violation_grace_s: float = 3.0  # how long the EV may keep exceeding these limits before the SECC ends the session

    @classmethod
    def flat(cls, revision: int, import_limit_w: float, export_limit_w: float = 0.0, *,
             disconnect: bool = False) -> "GridLimits":
        """Limits without per-phase detail (one phase carries them), for an integrator that sets them
        without a GridLimitManager (SECCServer.apply_grid_limits, a session's update_grid_limits)."""
        return cls(revision=revision, import_limit_w=import_limit_w, export_limit_w=export_limit_w,
                   import_limit_phase_w=(import_limit_w, 0.0, 0.0), export_limit_phase_w=(export_limit_w, 0.0, 0.0),
                   disconnect=disconnect)

    def same_values(self, other: "GridLimits | None") -> bool:
        """Whether what the SECC must apply is equal (revision, times and mode bookkeeping ignored)."""
        if other is None:
            return False
        return self._applied() == other._applied()

    def _applied(self) -> tuple:
        return (
            self.import_limit_w,
            self.export_limit_w,
            self.import_limit_phase_w,
            self.export_limit_phase_w,
            self.reactive_power_var,
            self.power_quality_support,
            self.disconnect,
            self.import_increase_requested,
            self.export_increase_requested,
        )

    @property
    def modes(self) -> frozenset[DRM]:
        return frozenset(m.mode for m in self.active_modes if m.honoured and not m.overridden)


@dataclass
class EVState:
    """What the SECC knows about the EV and the user's settings, for DRM4/DRM8 requests."""

    soc_percent: float | None = None
    target_soc_percent: float = 100.0
    ev_soc_floor_percent: float = 0.0
    user_soc_floor_percent: float = 0.0
    discharge_consent: bool = False
    import_increase_consent: bool = True
    bidirectional: bool = False

    def import_increase_allowed(self) -> tuple[bool, str]:
        if not self.import_increase_consent:
            return False, "user settings do not allow extra import"
        if self.soc_percent is not None and self.soc_percent >= self.target_soc_percent:
            return False, "EV at or above its target SoC"
        return True, ""

    def export_increase_allowed(self) -> tuple[bool, str]:
        if not self.bidirectional:
            return False, "no bidirectional power transfer in this session"
        if not self.discharge_consent:
            return False, "no discharge consent"
        floor = max(self.ev_soc_floor_percent, self.user_soc_floor_percent)
        if self.soc_percent is None:
            return False, "EV SoC unknown"
        if self.soc_percent <= floor:
            return False, f"EV SoC {self.soc_percent:g} % at or below floor {floor:g} %"
        return True, ""


@dataclass(frozen=True)
class Ratings:
    """Installation maximums: the fixed reference value and the ceiling for every limit."""

    import_w: float
    export_w: float = 0.0
    phases: int = 1

    def __post_init__(self) -> None:
        if not (self.import_w >= 0 and self.export_w >= 0 and math.isfinite(self.import_w + self.export_w)):
            raise GridDataError("ratings must be finite and >= 0")
        if self.phases not in (1, 3):
            raise GridDataError("phases must be 1 or 3", "phases")

    def phase_split(self, total: float) -> tuple[float, float, float]:
        """Per-phase share of a total limit (unused phases get 0 on a single-phase installation)."""
        if self.phases == 1:
            return (total, 0.0, 0.0)
        share = total / 3
        return (share, share, share)


__all__ = [
    "ActiveMode",
    "ChangeKind",
    "DRM",
    "EVState",
    "GridDataError",
    "GridError",
    "GridLimits",
    "LimitRequest",
    "NEVER_OVERRIDABLE",
    "OverrideRefused",
    "PHASES",
    "Ratings",
    "URGENT_KINDS",
]
