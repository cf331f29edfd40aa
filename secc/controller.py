"""The EVSE controller: everything a charger maker implements to embed our SECC.

Read this one file. The SECC runs the ISO 15118-20 protocol (messages, sequence, timers, error codes);
it asks your controller about the hardware and tells it what to do. Subclass `EVSEController`,
implement the abstract methods, and pass a factory to `secc.server.SECCServer` (one controller
instance per V2G session, i.e. per connector in use).

Units: W, A, V, Wh, Hz, var; POSIX seconds. Sign convention: power and current > 0 flow into the EV
(charging), < 0 flow out of it (discharging, BPT).

Call order in a DC session (AC skips cable check and pre-charge and uses set_ac_power):
    session_started(info, handle)
    authorize(info, request)                      # repeatedly while it returns Ongoing
    dc_limits() / ac_limits()                     # ChargeParameterDiscovery, ScheduleExchange, ChargeLoop
    schedule_offers(...) / mobility_needs(...)    # ScheduleExchange (Scheduled / Dynamic with needs by SECC)
    start_cable_check(v); isolation_status()      # until Valid (or Fault)
    set_dc_output(v, i); present_dc()             # DC_PreCharge (current small) and DC_ChargeLoop
    close_contactors()                            # PowerDelivery Start
    dynamic_setpoint(request)                     # Dynamic control mode: the power you want now
    apply_power_limits(import_w, export_w)        # whenever grid limits change (enforce them in hardware)
    meter_reading()                               # when the EV asks for MeterInfo, and at the end
    power_off()                                   # PowerDelivery Stop AND every session end, whatever the cause
    session_ended(info, reason)

Hardware faults: raise `ContactorError` from close_contactors / power_off and `EVSEFault` from
anything else; the SECC answers the EV with the matching FAILED response code and ends the session
with power off. Every method must answer within the message's performance time (0.25 s in
DC_ChargeLoop, 1.5 s in most other states); a slow answer ends the session safely.

Notifications to the EV (Terminate, Pause, ScheduleRenegotiation, ServiceRenegotiation, ExitStandby)
and emergency stops go through the `SessionHandle` given to session_started.
"""
from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Protocol

# Re-exported: integrators import these from here (one definition, shared with the EVCC).
from iso15118.session.vocabulary import ControlMode as ControlMode
from iso15118.session.vocabulary import EnergyService as EnergyService


class EVSEFault(Exception):
    """A hardware fault: the SECC answers FAILED and ends the session with power off."""


class ContactorError(EVSEFault):
    """Contactors did not close or open: the EV gets FAILED_ContactorError."""


class AuthorizationStatus(enum.Enum):
    ACCEPTED = "Accepted"
    ONGOING = "Ongoing"  # still deciding (card reader, backend): the SECC answers EVSEProcessing=Ongoing
    ONGOING_WAITING_FOR_CUSTOMER = "Ongoing_WaitingForCustomerInteraction"
    REJECTED = "Rejected"


class IsolationStatus(enum.Enum):
    """IEC 61851-23 insulation monitoring result of the cable check."""

    ONGOING = "Ongoing"
    VALID = "Valid"
    WARNING = "Warning"  # degraded but allowed: the session continues
    FAULT = "Fault"  # the SECC answers FAILED and ends the session


class EVSENotification(enum.Enum):
    """What the EVSE can ask of the EV (evseNotificationType)."""

    Pause = "Pause"
    ExitStandby = "ExitStandby"
    Terminate = "Terminate"
    ScheduleRenegotiation = "ScheduleRenegotiation"
    ServiceRenegotiation = "ServiceRenegotiation"
    MeteringConfirmation = "MeteringConfirmation"  # PnC sessions only: the EV signs the meter reading


@dataclass(frozen=True)
class ACLimits:
    max_charge_power_w: float
    min_charge_power_w: float = 0.0
    nominal_frequency_hz: float = 50.0
    nominal_voltage_v: float = 230.0
    max_discharge_power_w: float = 0.0  # BPT only
    min_discharge_power_w: float = 0.0


@dataclass(frozen=True)
class DCLimits:
    max_charge_power_w: float
    max_charge_current_a: float
    max_voltage_v: float
    min_voltage_v: float = 150.0
    min_charge_power_w: float = 0.0
    min_charge_current_a: float = 0.0
    max_discharge_power_w: float = 0.0  # BPT only
    min_discharge_power_w: float = 0.0
    max_discharge_current_a: float = 0.0
    min_discharge_current_a: float = 0.0
    peak_current_ripple_a: float = 1.0  # DIN 70121 / -2 EVSEPeakCurrentRipple (peak-to-peak); -20 does not ask


@dataclass(frozen=True)
class DCMeasurement:
    voltage_v: float
    current_a: float


@dataclass(frozen=True)
class MeterReading:
    meter_id: str
    charged_wh: int  # energy delivered to the EV since the meter's origin
    discharged_wh: int  # energy taken from the EV (BPT)
    timestamp: int


@dataclass(frozen=True)
class EVChargeNeeds:
    """What the EV asked for in ChargeParameterDiscovery and ScheduleExchange (W, A, V, Wh, s from now;
    discharge as magnitudes, 0 without BPT; None where the EV did not say)."""

    control_mode: ControlMode
    max_charge_power_w: float
    min_charge_power_w: float
    max_discharge_power_w: float
    min_discharge_power_w: float
    max_charge_current_a: float | None = None  # DC only
    max_voltage_v: float | None = None  # DC only
    departure_time_s: int | None = None
    target_soc: int | None = None
    minimum_soc: int | None = None
    target_energy_wh: float | None = None
    max_energy_wh: float | None = None
    min_energy_wh: float | None = None
    max_v2x_energy_wh: float | None = None
    min_v2x_energy_wh: float | None = None


@dataclass(frozen=True)
class SessionInfo:
    """What the SECC knows about the session when it calls you (fields fill in as the session goes)."""

    session_id: bytes
    evcc_id: str | None = None
    service: EnergyService | None = None
    control_mode: ControlMode | None = None
    vehicle_certificate: bytes | None = None  # DER leaf the EV authenticated with in TLS (None: none sent)
    present_soc_percent: float | None = None  # the EV's SoC from its last charge loop request (None: not told)


@dataclass(frozen=True)
class AuthorizationRequest:
    """EIM: identity None (your RFID/app/backend decides). PnC: the EMAID of a contract the SECC verified."""

    method: str  # "EIM" or "PnC"
    identity: str | None = None


@dataclass(frozen=True)
class SetpointRequest:
    """Dynamic control mode: what the EV allows now; answer with the power you want (W, < 0 discharge)."""

    ev_max_charge_power_w: float
    ev_min_charge_power_w: float
    ev_max_discharge_power_w: float  # 0 without BPT
    ev_min_discharge_power_w: float
    ev_target_energy_wh: float | None
    departure_time: int | None
    present_soc: int | None


@dataclass(frozen=True)
class ScheduleOffer:
    """One ScheduleTuple for Scheduled mode (e.g. from an OCPP charging profile): consecutive
    (duration s, power W) entries starting now. The SECC caps powers at the EVSE and grid limits."""

    charge: tuple[tuple[int, float], ...]
    discharge: tuple[tuple[int, float], ...] = ()  # BPT only; powers as magnitudes
    energy_fee_per_kwh: float | None = None  # None: the configured tariff


@dataclass(frozen=True)
class EVPowerProfile:
    """The power the EV plans to take (PowerDeliveryReq Start): consecutive (duration s, power W) entries
    from time_anchor (POSIX s); with the schedule it chose in Scheduled mode."""

    time_anchor: int
    entries: tuple[tuple[int, float], ...]
    schedule_tuple_id: int | None = None


@dataclass(frozen=True)
class MobilityNeeds:
    """Dynamic mode with MobilityNeedsMode 2 (provided by the SECC, e.g. from the driver's app)."""

    departure_time_s: int | None = None  # seconds from now
    target_soc: int | None = None
    minimum_soc: int | None = None


class SessionHandle(Protocol):
    """Given to session_started: your way into a running session (the control-event queue)."""

    def notify(self, notification: EVSENotification, max_delay_s: int = 60) -> None:
        """Send this notification to the EV in the next response that carries EVSEStatus."""

    def emergency_stop(self, reason: str) -> None:
        """Power off now and end the session (e.g. emergency button, DRM0). Final: no set-point of a request
        in flight reaches you afterwards; the EV is told (Terminate in the charge loop, else FAILED)."""


class EVSEController(ABC):
    """Implement the abstract methods; the others have sensible defaults you may override."""

    # --- session lifecycle ------------------------------------------------------------------
    async def session_started(self, info: SessionInfo, handle: SessionHandle) -> None:
        """A V2G session began (after SessionSetup). Keep `handle` to raise notifications."""

    async def session_ended(self, info: SessionInfo, reason: str) -> None:
        """The session is over and power_off() has already been called."""

    # --- authorization ----------------------------------------------------------------------
    @abstractmethod
    async def authorize(self, info: SessionInfo, request: AuthorizationRequest) -> AuthorizationStatus:
        """May the EV charge? Return ONGOING while deciding; the SECC asks again on the EV's next request."""

    # --- limits -----------------------------------------------------------------------------
    async def ac_limits(self) -> ACLimits:
        raise EVSEFault("this EVSE offers no AC energy transfer")

    async def dc_limits(self) -> DCLimits:
        raise EVSEFault("this EVSE offers no DC energy transfer")

    # --- DC power electronics -----------------------------------------------------------------
    async def start_cable_check(self, voltage_v: float) -> None:
        """Start the isolation test at `voltage_v` (contactors closed for it as your hardware needs)."""
        raise EVSEFault("this EVSE has no DC cable check")

    async def isolation_status(self) -> IsolationStatus:
        raise EVSEFault("this EVSE has no DC isolation monitor")

    async def set_dc_output(self, voltage_v: float, current_a: float) -> None:
        """Regulate the DC output: voltage target and current limit (current < 0: discharge)."""
        raise EVSEFault("this EVSE has no DC output")

    async def present_dc(self) -> DCMeasurement:
        raise EVSEFault("this EVSE has no DC output")

    # --- AC -----------------------------------------------------------------------------------
    async def set_ac_power(self, active_power_w: float) -> None:
        """The active power you allow now (< 0: the EV feeds back); AC power flows as the EV draws it."""

    async def present_ac_power(self) -> float:
        return 0.0

    # --- contactors and safety ----------------------------------------------------------------
    @abstractmethod
    async def close_contactors(self) -> None:
        """Close the output contactors; raise ContactorError if they do not close."""

    @abstractmethod
    async def power_off(self) -> None:
        """Zero the output, then open contactors (the one way the SECC opens them; raise ContactorError if
        they do not open, e.g. welded). Called at PowerDelivery Stop and at EVERY session end
        (also after errors, timeouts and disconnects): it must work whatever state the hardware is in."""

    async def apply_power_limits(self, import_limit_w: float, export_limit_w: float) -> None:
        """Grid limits now in force (W, magnitudes): enforce them in the power electronics, even if an
        EV ignores what the SECC tells it. Called whenever the session's grid limits change."""

    # --- metering -----------------------------------------------------------------------------
    @abstractmethod
    async def meter_reading(self) -> MeterReading: ...

    async def metering_confirmed(self, info: SessionInfo, signed_metering_data: Any) -> None:
        """The EV signed a meter reading with its contract key (MeteringConfirmationReq after you
        notified MeteringConfirmation); the SECC has verified the signature. Keep it as a receipt:
        `iso15118.exi.encode_fragment(signed_metering_data)` are the bytes the signature covers."""

    # --- Scheduled control mode ---------------------------------------------------------------
    async def schedule_offers(self, info: SessionInfo, departure_time_s: int | None) -> list[ScheduleOffer] | None:
        """Up to 3 schedules to offer; None: one flat schedule at the EVSE (and grid) maximum until
        departure."""
        return None

    async def ev_charge_needs(self, info: SessionInfo, needs: EVChargeNeeds) -> None:
        """The EV's needs at ScheduleExchange (e.g. for OCPP NotifyEVChargingNeeds); before the offers."""

    async def ev_power_profile(self, info: SessionInfo, profile: EVPowerProfile) -> None:
        """The EV's planned power at PowerDelivery Start (e.g. for OCPP NotifyEVChargingSchedule)."""

    # --- Dynamic control mode policy ----------------------------------------------------------
    async def mobility_needs(self, info: SessionInfo) -> MobilityNeeds | None:
        """Only with MobilityNeedsMode = 2: the driver's needs as the charger knows them; they replace
        the EV's in ScheduleExchangeRes and every ChargeLoopRes. None keeps the EV's."""
        return None

    async def dynamic_setpoint(self, request: SetpointRequest) -> float:
        """Power you want the EV to take (> 0) or give (< 0) now; the SECC clamps it to all limits."""
        return request.ev_max_charge_power_w
