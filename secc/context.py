"""What one SECC session knows between messages, and what its handlers hand back to the runner."""
from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from iso15118.session.app_protocol import AppProtocol
from iso15118.session.units import NO_SESSION_ID
from secc.config import SECCConfig
from secc.controller import (
    ACLimits,
    ControlMode,
    DCLimits,
    EnergyService,
    EVSENotification,
    SessionInfo,
)
from secc.grid.model import GridLimits

@dataclass
class GridState:
    """The grid limits in force for this session (None: none received) and which revision the EV has seen.
    The states cap with them through secc.state.session_caps (secc.grid.chargeloop.power_caps)."""

    limits: GridLimits | None = None
    sent_revision: int | None = None

    @property
    def revision(self) -> int | None:
        return self.limits.revision if self.limits is not None else None

    @property
    def disconnect(self) -> bool:
        return self.limits is not None and self.limits.disconnect


@dataclass(frozen=True)
class Schedule:
    """One offered ScheduleTuple, reduced to what the SECC enforces: constant caps over its duration."""

    schedule_tuple_id: int
    charge_power_w: float
    discharge_power_w: float  # magnitude; 0 without BPT
    duration_s: int


@dataclass
class EVParameters:
    """The EV's limits from ChargeParameterDiscovery (W, A, V)."""

    max_charge_power_w: float = 0.0
    min_charge_power_w: float = 0.0
    max_discharge_power_w: float = 0.0
    min_discharge_power_w: float = 0.0
    max_charge_current_a: float = math.inf
    max_discharge_current_a: float = 0.0
    max_voltage_v: float = math.inf
    min_voltage_v: float = 0.0
    target_soc: int | None = None


@dataclass
class SessionContext:
    """Mutable per-session state. Handlers read and update it; they never do I/O."""

    config: SECCConfig
    session_id: bytes = NO_SESSION_ID
    evcc_id: str | None = None
    protocol: AppProtocol | None = None
    allowed: frozenset[type] = frozenset()  # next requests, by class: set by the protocol's states
    resumed: bool = False
    # authorization
    gen_challenge: bytes | None = None
    tls_version: str | None = None  # the connection's ("TLSv1.3", "TLSv1.2"); None: plain TCP
    vehicle_certificate: bytes | None = None  # DER, from the TLS handshake (mutual authentication)
    authorized: bool = False
    contract_certificate: bytes | None = None  # DER leaf of the PnC contract the SECC accepted
    # services
    offered_services: tuple[EnergyService, ...] = ()
    service: EnergyService | None = None
    control_mode: ControlMode | None = None
    # charge parameters and schedules
    ev: EVParameters = field(default_factory=EVParameters)
    evse_limits: ACLimits | DCLimits | None = None
    schedules: dict[int, Schedule] = field(default_factory=dict)
    selected_schedule: Schedule | None = None
    departure_time: int | None = None
    target_soc: int | None = None
    present_soc_percent: float | None = None  # the EV's SoC as its charge loop last reported it
    schedules_exchanged: bool = False
    # energy transfer
    power_flowing: bool = False
    standby: bool = False
    # started/ongoing timers keyed by what is ongoing ("Authorization", "DC_CableCheck", ...)
    ongoing_since: dict[str, float] = field(default_factory=dict)
    # EVSE notifications
    pending_notification: tuple[EVSENotification, int] | None = None
    notification_deadline: float | None = None  # EV must have stopped by then (Terminate/Pause/ServiceReneg.)
    terminate_requested: bool = False  # EVSE Terminate outside the charge loop: next request gets FAILED
    stopped: bool = False  # power-off decided (emergency stop, grid disconnect): every limit offered is 0
    metering_to_confirm: Any = None  # MeterInfoType sent with the MeteringConfirmation notification
    grid: GridState = field(default_factory=GridState)
    # bookkeeping
    messages: int = 0
    # Injected sources, so handlers never read them directly (tests pin them): the wall clock of header
    # TimeStamps and schedule anchors, the random source of SessionIDs and GenChallenges.
    wall_clock: Callable[[], float] = time.time
    random_bytes: Callable[[int], bytes] = os.urandom

    def timestamp(self) -> int:
        """-20 TimeStamp (s since the Unix epoch) from the injected wall clock."""
        return int(self.wall_clock())

    @property
    def established(self) -> bool:
        return self.session_id != NO_SESSION_ID

    @property
    def is_dc(self) -> bool:
        if self.service is not None:
            return self.service.is_dc
        return self.protocol is not None and self.protocol.namespace.endswith(":DC")

    @property
    def bpt(self) -> bool:
        return self.service is not None and self.service.is_bpt

    def info(self) -> SessionInfo:
        return SessionInfo(
            session_id=self.session_id, evcc_id=self.evcc_id, service=self.service, control_mode=self.control_mode,
            vehicle_certificate=self.vehicle_certificate, present_soc_percent=self.present_soc_percent,
        )

    def carried_over(self) -> dict[str, Any]:
        """The shared fields' values, for a protocol's new_context (its subclass takes them all over)."""
        return {f.name: getattr(self, f.name) for f in fields(SessionContext)}


# --- Actions: what the runner must do on the controller before it sends the response -------------
# Typed, one class per controller command; the runner dispatches them by type (secc.session._act).


@dataclass(frozen=True)
class SessionStarted:
    """SessionSetup done: the controller learns of the session (and gets its SessionHandle)."""


@dataclass(frozen=True)
class SetDCOutput:
    voltage_v: float
    current_a: float  # < 0: discharge


@dataclass(frozen=True)
class SetACPower:
    active_power_w: float  # < 0: the EV feeds back


@dataclass(frozen=True)
class CloseContactors:
    pass


@dataclass(frozen=True)
class PowerOff:
    """Zero the output and open the contactors (the one way to open them)."""


@dataclass(frozen=True)
class MeteringConfirmed:
    info: SessionInfo
    signed_metering_data: Any


Action = SessionStarted | SetDCOutput | SetACPower | CloseContactors | PowerOff | MeteringConfirmed
# Actions that energize the output; once a session is stopped the runner never runs them again.
POWER_ACTIONS: tuple[type, ...] = (SetDCOutput, SetACPower, CloseContactors)


@dataclass
class Outcome:
    """What a pure handler decided."""

    response: Any
    allowed: frozenset[type] | None = None  # next requests, by class; None = unchanged
    actions: tuple[Action, ...] = ()
    end: str | None = None  # end the session after sending, with this reason
    pause: bool = False  # keep the SessionID for a later resume
    grid_revision_sent: int | None = None  # grid limits this response carried (audit feedback)
