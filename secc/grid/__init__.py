"""Grid limits for the SECC: DRM/CSIP/OCPP/OpenADR sources -> arbitrated, timed, audited GridLimits.

`SECCServer.attach_grid(manager, consent)` subscribes every session to a GridLimitManager: each gets the
typed GridLimits, its states cap with the chargeloop functions (power_caps, dc/ac_dynamic_limits) and
the session stops itself on limits.disconnect; the manager hears each session's start, EV (SoC, BPT,
consent), applied power and end. Example (W, A, s):

>>> import random
>>> from secc.grid import *
>>> from secc.grid.sources.dred import DREDAdapter, SimulatedDRMInput
>>> clock = ManualClock(1_800_000_000.0)
>>> grid = GridLimitManager(GridConfig(Ratings(import_w=11_000, export_w=11_000, phases=3)), clock=clock, rng=random.Random(1))
>>> dred_input = SimulatedDRMInput()
>>> dred = DREDAdapter(grid, dred_input)                  # GridService(grid, [dred]).run() polls it in asyncio
>>> published = []
>>> unsubscribe = grid.subscribe(published.append)        # the SECC: store, apply in the next ChargeLoopRes
>>> dred_input.set([DRM.DRM2]); dred.poll()
True
>>> limits = published[-1]
>>> limits.import_limit_w, limits.disconnect, sorted(m.name for m in limits.modes)
(5500.0, False, ['DRM2'])
>>> evse = EVSEPowerLimits(max_charge_power_w=20_000, max_discharge_power_w=20_000, max_charge_current_a=50, max_discharge_current_a=50)
>>> ev = EVPowerRequest(max_charge_power_w=15_000, max_discharge_power_w=10_000, present_voltage_v=400)
>>> dc = dc_dynamic_limits(limits, evse, ev)              # -> Dynamic_DC_CLResControlMode values
>>> dc.EVSEMaximumChargePower, dc.EVSEMaximumChargeCurrent
(5500.0, 13.75)
>>> grid.mark_sent_to_ev(limits.revision)                 # after sending the ChargeLoopRes
True
>>> grid.report_power(5400.0)                             # measured power: sets "power complied"
>>> power_caps(limits, evse).clip(9000.0)                 # what the power electronics may deliver
5500.0
>>> dred_input.set([DRM.DRM0]); dred.poll()
True
>>> published[-1].disconnect                              # the SECC session powers off and terminates
True
"""
from .chargeloop import (
    ACDynamicLimits,
    DCDynamicLimits,
    EVPowerRequest,
    EVSEPowerLimits,
    PowerCaps,
    ViolationState,
    ViolationTracker,
    ViolationVerdict,
    ac_dynamic_limits,
    dc_dynamic_limits,
    power_caps,
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
    "PowerCaps", "PowerMeter", "Ratings", "ReferenceConfig", "ReferenceKind", "SystemClock", "UnknownRevision",
    "ViolationState", "ViolationTracker", "ViolationVerdict", "ac_dynamic_limits", "dc_dynamic_limits", "drm_request",
    "power_caps",
]
