"""What a -20 EV session knows between responses: the typed context its phases read and update.

Facts of the session live here (SessionID, the selected service, the schedule, whether power is on,
an orderly stop under way); what only one request/response pair needs travels in its phase
(evcc/d20/phases.py), so the context carries no sub-state flags.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from evcc.controller import EVSELimits, EVStatus, PnCCredentials
from evcc.phase import Action, Event, EVContext, Step
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import evseNotificationType
from iso15118.session.units import from_rational


@dataclass(frozen=True)
class AgreedService:
    """What a paused session agreed and a resumed one keeps ([V2G20-1032], [V2G20-1844]): after
    OK_OldSessionJoined the EV goes straight to ChargeParameterDiscovery with these."""

    service_id: int
    parameter_set_id: int
    parameters: dict[str, Any]
    bpt_active: bool
    service_renegotiation_supported: bool
    contract_authorized: bool


@dataclass
class D20Context(EVContext):
    """One -20 communication session seen from the EV (one TCP/TLS connection).

    `resume_session_id` continues a paused session (`resume_service`: what it agreed); `pnc` plugs in
    Plug & Charge; without it the EVCC uses EIM."""

    resume_session_id: bytes | None = None
    resume_service: AgreedService | None = None
    pnc: PnCCredentials | None = None
    paused_before: bool = False  # an EV-initiated pause happens once per charging session
    departure_at: float | None = None  # monotonic; a resumed session keeps the paused one's
    wall_clock: Callable[[], float] = time.time  # TimeStamp and TimeAnchor (epoch seconds); `now` is monotonic
    evse_id: str = ""
    # Authorization
    offered_authorization: set[cm.authorizationType] = field(default_factory=set)
    gen_challenge: bytes | None = None  # PnC offered with this challenge
    contract_authorized: bool = False  # PnC: the contract key can sign MeteringConfirmationReq
    # Service
    service_id: int | None = None
    parameter_set_id: int | None = None
    service_parameters: dict[str, Any] = field(default_factory=dict)
    service_renegotiation_supported: bool = False
    bpt_active: bool = False
    # Limits and schedule
    evse_limits: EVSELimits = field(default_factory=EVSELimits)
    schedule: cm.ScheduleTupleType | None = None
    schedule_started: float = 0.0
    dynamic_targets: cm.Dynamic_SEResControlModeType | None = None
    # Power
    charging: bool = False  # PowerDelivery Start answered, not yet stopped
    energized: bool = False  # contactors were closed in this session: the welding check is due (DC)
    standby: bool = False
    standby_done: bool = False  # the EV's own standby (standby_after_loops) happens once
    standby_since: int = 0  # charge_loops when standby began
    charge_loops: int = 0
    unanswered: set[evseNotificationType] = field(default_factory=set)  # reported once each
    # The orderly stop under way (PowerDelivery Stop .. SessionStop)
    ending: cm.chargingSessionType | None = None
    end_reason: str = ""
    end_error: bool = False

    def msg_timeout(self, request: Any) -> float:
        """-20's V2G_EVCC_Msg_Timeout: the config's timing table (already scaled by timing_scale)."""
        return self.config.timing.evcc_timeout(type(request).__name__)

    def power_off(self) -> tuple[Action, ...]:
        self.charging = False
        return super().power_off()

    def fail(self, reason: str) -> Step:
        """When an orderly stop was already under way, its cause stays first in the reason: the later
        error (e.g. the SECC refusing our SessionStopReq) is a consequence, not the story."""
        if self.ending is not None and self.end_reason:
            reason = f"{self.end_reason}; then {reason}"
        return super().fail(reason)

    def stopped(self, end_kind: Any) -> Step:
        """SessionStopRes: the end, with the reason the stop began with."""
        return self.end(end_kind, self.end_reason, error=self.end_error,
                        actions=(Event("SessionStopped", f"{end_kind.value}: {self.end_reason}"),))

    # ------------------------------------------------------------------ queries the phases share

    def agreed_service(self) -> AgreedService | None:
        """What a resumed session may keep (None before ServiceSelection)."""
        if self.service_id is None or self.parameter_set_id is None:
            return None
        return AgreedService(
            self.service_id, self.parameter_set_id, dict(self.service_parameters), self.bpt_active,
            self.service_renegotiation_supported, self.contract_authorized,
        )

    def remaining_departure(self, now: float) -> int:
        assert self.departure_at is not None, "start_after_negotiation() sets the departure time"
        return max(0, int((self.departure_at - now) * self.config.time_scale))

    def discharge_limit(self, ev: EVStatus) -> float:
        if not (self.bpt_active and self.settings.discharge_allowed):
            return 0.0
        if ev.present_soc <= self.settings.discharge_soc_floor:
            return 0.0
        return ev.limits.max_discharge_power_w

    def wants_discharge(self, ev: EVStatus) -> bool:
        return self.bpt_active and ev.desired_power_w < 0 and self.discharge_limit(ev) > 0

    def battery_done(self, ev: EVStatus) -> bool:
        """Full, or at target with nothing left to give back."""
        if ev.present_soc >= 100.0:
            return True
        return ev.present_soc >= self.settings.target_soc and self.discharge_limit(ev) == 0.0


def schedule_power_at(schedule: cm.ChargingScheduleType | None, elapsed_s: float) -> float | None:
    """The PowerSchedule entry active `elapsed_s` after the schedule's start (None past its end)."""
    if schedule is None:
        return None
    t = 0.0
    for entry in schedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry:
        t += entry.Duration
        if elapsed_s < t:
            return from_rational(entry.Power)
    return None
