"""Grid limits for the SECC: DRM/CSIP/OCPP/OpenADR sources -> arbitrated, timed, audited GridLimits.

The SECC session subscribes to a GridLimitManager and uses secc.grid.chargeloop to put the
limits in each ChargeLoop response, enforce them, and decide when to stop.
"""
from .chargeloop import (
    ACDynamicLimits,
    DCDynamicLimits,
    EVPowerRequest,
    EVSEPowerLimits,
    PowerCaps,
    ScheduleCheck,
    ScheduleEntry,
    SessionAction,
    SessionDecision,
    ViolationState,
    ViolationTracker,
    ViolationVerdict,
    ac_dynamic_limits,
    check_schedule,
    dc_dynamic_limits,
    enforce_power,
    power_caps,
    schedule_from_durations,
    session_decision,
)
from .audit import AuditEntry, GridStatus, UnknownRevision
from .clock import Clock, ManualClock, SystemClock
from .drm import PowerMeter, ReferenceConfig, ReferenceKind, drm_request
from .manager import FallbackPolicy, GridConfig, GridLimitManager, OverridePolicy
from .model import (
    DRM,
    ActiveMode,
    ChangeKind,
    EVState,
    GridDataError,
    GridError,
    GridLimits,
    LimitRequest,
    OverrideRefused,
    Ratings,
)
from .service import GridService

__all__ = [
    "ACDynamicLimits", "ActiveMode", "AuditEntry", "ChangeKind", "Clock", "DCDynamicLimits", "DRM", "EVPowerRequest",
    "EVSEPowerLimits", "EVState", "FallbackPolicy", "GridConfig", "GridDataError", "GridError", "GridLimitManager",
    "GridLimits", "GridService", "GridStatus", "LimitRequest", "ManualClock", "OverridePolicy", "OverrideRefused",
    "PowerCaps", "PowerMeter", "Ratings", "ReferenceConfig", "ReferenceKind", "ScheduleCheck", "ScheduleEntry",
    "SessionAction", "SessionDecision", "SystemClock", "UnknownRevision", "ViolationState", "ViolationTracker",
    "ViolationVerdict", "ac_dynamic_limits", "check_schedule", "dc_dynamic_limits", "drm_request", "enforce_power",
    "power_caps", "schedule_from_durations", "session_decision",
]
