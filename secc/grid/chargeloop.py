"""Pure functions the SECC's states call to carry GridLimits to the EV and to enforce them.

The one capping rule of every protocol: `power_caps` (grid limits within the charger's maximums). The
-20, -2 and DIN states reach it through secc.state.session_caps; -20 Dynamic mode derives its set point
with `dc_dynamic_limits` / `ac_dynamic_limits` (DRM4/DRM8 move it, one rule for both); the runner's
grid-compliance check is `ViolationTracker`.

Plain numbers only (W, A, var, V); the SECC converts to RationalNumberType. Discharge values are
magnitudes (>= 0), as in DC BPT; target powers are signed (negative = discharge).
"""
from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .model import PHASES, GridDataError, GridLimits


@dataclass(frozen=True)
class EVSEPowerLimits:
    """The charger's hardware maximums (and AC minimum current, e.g. 6 A of IEC 61851-1)."""

    max_charge_power_w: float
    max_discharge_power_w: float = 0.0
    min_charge_power_w: float = 0.0
    min_discharge_power_w: float = 0.0
    max_charge_current_a: float | None = None
    max_discharge_current_a: float | None = None
    phases: int | None = None  # phases drawn from the grid (DC: its AC supply); None: as the installation
    nominal_voltage_v: float = 230.0
    max_current_per_phase_a: float | None = None
    min_current_per_phase_a: float = 0.0
    pause_below_minimum: bool = True
    max_reactive_power_var: float = 0.0
    power_quality_support_var: float = 0.0

    def __post_init__(self) -> None:
        if self.phases not in (None, 1, 3):
            raise GridDataError("phases must be 1 or 3", "phases")
        for name in ("max_charge_power_w", "max_discharge_power_w", "min_charge_power_w", "min_discharge_power_w"):
            if not getattr(self, name) >= 0:
                raise GridDataError("must be >= 0", name)


@dataclass(frozen=True)
class EVPowerRequest:
    """The EV's side from its ChargeLoopReq (magnitudes, W)."""

    max_charge_power_w: float
    min_charge_power_w: float = 0.0
    max_discharge_power_w: float = 0.0
    min_discharge_power_w: float = 0.0
    present_voltage_v: float | None = None


@dataclass(frozen=True)
class PowerCaps:
    charge_w: float
    discharge_w: float
    charge_phase_w: tuple[float, float, float]
    discharge_phase_w: tuple[float, float, float]
    phases: int

    def clip(self, power_w: float) -> float:
        """What the power electronics may deliver when power_w (signed) is asked: never beyond the caps."""
        return max(-self.discharge_w, min(power_w, self.charge_w)) + 0.0  # no -0.0


_NO_PHASE_LIMITS = (math.inf,) * PHASES


def power_caps(limits: GridLimits | None, evse: EVSEPowerLimits) -> PowerCaps:
    """The most the power electronics may import/export now: grid limits within hardware maximums
    (limits None: no grid limits known, the hardware maximums alone)."""
    if limits is not None and limits.disconnect:
        return PowerCaps(0.0, 0.0, (0.0,) * PHASES, (0.0,) * PHASES, evse.phases or limits.phases)  # type: ignore[arg-type]
    phases = evse.phases or (limits.phases if limits is not None else 1)
    grid_import, grid_export = (limits.import_limit_w, limits.export_limit_w) if limits is not None else (math.inf, math.inf)
    import_phase = limits.import_limit_phase_w if limits is not None else _NO_PHASE_LIMITS
    export_phase = limits.export_limit_phase_w if limits is not None else _NO_PHASE_LIMITS
    hw_phase = math.inf if evse.max_current_per_phase_a is None else evse.max_current_per_phase_a * evse.nominal_voltage_v
    charge_phase = tuple(min(g, hw_phase) if i < phases else 0.0 for i, g in enumerate(import_phase))
    discharge_phase = tuple(min(g, hw_phase) if i < phases else 0.0 for i, g in enumerate(export_phase))
    charge = min(grid_import, evse.max_charge_power_w, sum(charge_phase))
    discharge = min(grid_export, evse.max_discharge_power_w, sum(discharge_phase))
    floor = evse.min_current_per_phase_a * evse.nominal_voltage_v * phases
    if 0 < charge < floor:
        charge = 0.0 if evse.pause_below_minimum else min(floor, evse.max_charge_power_w)
    if 0 < discharge < floor:
        discharge = 0.0 if evse.pause_below_minimum else min(floor, evse.max_discharge_power_w)
    if phases == 1:
        charge_phase = (charge, 0.0, 0.0)
        discharge_phase = (discharge, 0.0, 0.0)
    return PowerCaps(charge, discharge, charge_phase, discharge_phase, phases)  # type: ignore[arg-type]


def _current(power_w: float, voltage_v: float | None, hw_a: float | None) -> float | None:
    by_power = power_w / voltage_v if voltage_v and voltage_v > 0 else None
    values = [v for v in (by_power, hw_a) if v is not None]
    return min(values) if values else None


Increase = Literal["import", "export"] | None  # the DRM4 / DRM8 request the caps leave room for


def _drm_increase(limits: GridLimits | None, caps: PowerCaps) -> Increase:
    """Which increase the grid asks for and the caps leave room for: "import" (DRM4), "export" (DRM8)
    or None. DRM4 wins should both be in force: charging never feeds the grid against a consumption request."""
    if limits is None:
        return None
    if limits.import_increase_requested and caps.charge_w > 0:
        return "import"
    if limits.export_increase_requested and caps.discharge_w > 0:
        return "export"
    return None


def _dynamic_target(increase: Increase, caps: PowerCaps, ev: EVPowerRequest, desired_power_w: float | None) -> float:
    """The Dynamic set point (signed): what the charging policy wants (default: the EV's maximum charge),
    DRM4 raised to the most the EV may charge, DRM8 the most it may discharge; within the caps and the EV's limits."""
    desired = ev.max_charge_power_w if desired_power_w is None else desired_power_w
    if increase == "import":
        desired = max(desired, ev.max_charge_power_w)
    elif increase == "export":
        desired = -ev.max_discharge_power_w
    return max(-caps.discharge_w, -ev.max_discharge_power_w, min(desired, caps.charge_w, ev.max_charge_power_w)) + 0.0


@dataclass(frozen=True)
class DCDynamicLimits:
    """Values for Dynamic_DC_CLResControlMode / BPT_Dynamic_DC_CLResControlMode, and the set point."""

    EVSEMaximumChargePower: float
    EVSEMinimumChargePower: float
    EVSEMaximumChargeCurrent: float | None
    EVSEMaximumDischargePower: float
    EVSEMinimumDischargePower: float
    EVSEMaximumDischargeCurrent: float | None
    target_power_w: float  # what the EVSE regulates to (signed, - discharge)


def dc_dynamic_limits(limits: GridLimits | None, evse: EVSEPowerLimits, ev: EVPowerRequest,
                      desired_power_w: float | None = None) -> DCDynamicLimits:
    """DRM4 raises the minimum charge power (and forbids discharge); DRM8 the minimum discharge power."""
    caps = power_caps(limits, evse)
    max_charge, max_discharge = caps.charge_w, caps.discharge_w
    min_charge = min(evse.min_charge_power_w, max_charge)
    min_discharge = min(evse.min_discharge_power_w, max_discharge)
    increase = _drm_increase(limits, caps)
    if increase == "import":
        min_charge, max_discharge, min_discharge = min(max_charge, ev.max_charge_power_w), 0.0, 0.0
    elif increase == "export":
        min_discharge, max_charge, min_charge = min(max_discharge, ev.max_discharge_power_w), 0.0, 0.0
    voltage = ev.present_voltage_v
    return DCDynamicLimits(
        EVSEMaximumChargePower=max_charge,
        EVSEMinimumChargePower=min_charge,
        EVSEMaximumChargeCurrent=_current(max_charge, voltage, evse.max_charge_current_a),
        EVSEMaximumDischargePower=max_discharge,
        EVSEMinimumDischargePower=min_discharge,
        EVSEMaximumDischargeCurrent=_current(max_discharge, voltage, evse.max_discharge_current_a),
        target_power_w=_dynamic_target(increase, caps, ev, desired_power_w),
    )


@dataclass(frozen=True)
class ACDynamicLimits:
    """Values for Dynamic_AC_CLResControlMode (BPT: negative target = discharge).

    With per_phase set, EVSETargetActivePower is the L1 value and _L2/_L3 carry the others;
    otherwise it is the total and _L2/_L3 are None.
    """

    EVSETargetActivePower: float
    EVSETargetActivePower_L2: float | None
    EVSETargetActivePower_L3: float | None
    EVSETargetReactivePower: float | None
    EVSETargetReactivePower_L2: float | None
    EVSETargetReactivePower_L3: float | None
    total_active_power_w: float
    per_phase: bool
    max_charge_power_w: float
    max_discharge_power_w: float

    def targets(self) -> dict[str, float]:
        """The EVSETarget* elements of the response that carry a value (the _L2/_L3 ones only per phase)."""
        values = {
            "EVSETargetActivePower": self.EVSETargetActivePower, "EVSETargetActivePower_L2": self.EVSETargetActivePower_L2,
            "EVSETargetActivePower_L3": self.EVSETargetActivePower_L3, "EVSETargetReactivePower": self.EVSETargetReactivePower,
            "EVSETargetReactivePower_L2": self.EVSETargetReactivePower_L2,
            "EVSETargetReactivePower_L3": self.EVSETargetReactivePower_L3,
        }
        return {name: value for name, value in values.items() if value is not None}


def ac_dynamic_limits(limits: GridLimits | None, evse: EVSEPowerLimits, ev: EVPowerRequest,
                      desired_power_w: float | None = None) -> ACDynamicLimits:
    """Target active power: what the charging policy wants (default: the EV's maximum), within the caps
    (DRM4/DRM8 move it as in dc_dynamic_limits), split over the phases where their limits differ."""
    caps = power_caps(limits, evse)
    target = _dynamic_target(_drm_increase(limits, caps), caps, ev, desired_power_w)
    phase_caps = caps.charge_phase_w if target >= 0 else caps.discharge_phase_w
    per_phase_values: tuple[float, ...] = ()
    if caps.phases == 3:
        per_phase_values = tuple(math.copysign(v, target) for v in _water_fill(abs(target), phase_caps))
        target = sum(per_phase_values)
    per_phase = caps.phases == 3 and len(set(per_phase_values)) > 1
    reactive = _reactive(limits, evse)
    if per_phase:
        reactive_phase = None if reactive is None else reactive / 3
        return ACDynamicLimits(
            per_phase_values[0], per_phase_values[1], per_phase_values[2], reactive_phase, reactive_phase, reactive_phase,
            total_active_power_w=target, per_phase=True, max_charge_power_w=caps.charge_w, max_discharge_power_w=caps.discharge_w,
        )
    return ACDynamicLimits(
        target, None, None, reactive, None, None,
        total_active_power_w=target, per_phase=False, max_charge_power_w=caps.charge_w, max_discharge_power_w=caps.discharge_w,
    )


def _water_fill(total: float, caps: Sequence[float]) -> list[float]:
    """Split total over phases as evenly as their caps allow (a capped phase's share goes to the others)."""
    shares = [0.0] * len(caps)
    open_phases = sorted(range(len(caps)), key=lambda i: caps[i])
    remaining = total
    while open_phases:
        share = remaining / len(open_phases)
        i = open_phases[0]
        if caps[i] < share:
            shares[i] = caps[i]
            remaining -= caps[i]
            open_phases.pop(0)
            continue
        for j in open_phases:
            shares[j] = share
        break
    return shares


def _reactive(limits: GridLimits | None, evse: EVSEPowerLimits) -> float | None:
    if limits is None or limits.disconnect or evse.max_reactive_power_var <= 0:
        return None
    if limits.reactive_power_var is not None:
        return max(-evse.max_reactive_power_var, min(limits.reactive_power_var, evse.max_reactive_power_var))
    if limits.power_quality_support and evse.power_quality_support_var:
        return min(evse.power_quality_support_var, evse.max_reactive_power_var)
    return None


# ---- compliance -----------------------------------------------------------------------------


class ViolationState(enum.Enum):
    OK = "ok"
    VIOLATING = "violating"
    TERMINATE = "terminate"


@dataclass(frozen=True)
class ViolationVerdict:
    state: ViolationState
    excess_w: float
    since: float | None


class ViolationTracker:
    """Tells the SECC to end the session when measured power stays above the limit longer than the grace."""

    def __init__(self, grace_s: float, tolerance_w: float = 100.0, tolerance_fraction: float = 0.02) -> None:
        if grace_s < 0 or tolerance_w < 0 or tolerance_fraction < 0:
            raise GridDataError("grace and tolerances must be >= 0")
        self.grace_s = grace_s
        self.tolerance_w = tolerance_w
        self.tolerance_fraction = tolerance_fraction
        self._since: float | None = None

    def update(self, measured_w: float, limits: GridLimits, evse: EVSEPowerLimits, now: float) -> ViolationVerdict:
        caps = power_caps(limits, evse)
        cap = caps.charge_w if measured_w >= 0 else caps.discharge_w
        excess = abs(measured_w) - cap
        if excess <= max(self.tolerance_w, self.tolerance_fraction * cap):
            self._since = None
            return ViolationVerdict(ViolationState.OK, max(excess, 0.0), None)
        if self._since is None:
            self._since = now
        state = ViolationState.TERMINATE if now - self._since >= self.grace_s else ViolationState.VIOLATING
        return ViolationVerdict(state, excess, self._since)

    def reset(self) -> None:
        self._since = None
