"""A simulated EVSE for tests and demos: power electronics that follow the EV's targets within the
EVSE's and the grid's limits, a meter that integrates energy both ways, and an isolation monitor."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from iso15118.session.vocabulary import clip
from secc.controller import (
    ACLimits,
    AuthorizationRequest,
    AuthorizationStatus,
    ContactorError,
    DCLimits,
    DCMeasurement,
    EVSEController,
    EVSEFault,
    IsolationStatus,
    MeterReading,
    MobilityNeeds,
    ScheduleOffer,
    SessionHandle,
    SessionInfo,
    SetpointRequest,
)


@dataclass
class SimulatorSettings:
    """Behaviour knobs, including faults to inject in tests."""

    ac_limits: ACLimits = field(
        default_factory=lambda: ACLimits(max_charge_power_w=22000, min_charge_power_w=1400,
                                         max_discharge_power_w=11000, min_discharge_power_w=1400)
    )
    dc_limits: DCLimits = field(
        default_factory=lambda: DCLimits(max_charge_power_w=150000, max_charge_current_a=300, max_voltage_v=920,
                                         min_voltage_v=150, max_discharge_power_w=50000, max_discharge_current_a=150)
    )
    authorization_delay_s: float = 0.0  # how long authorize() answers ONGOING
    authorization_result: AuthorizationStatus = AuthorizationStatus.ACCEPTED
    cable_check_duration_s: float = 0.0
    isolation_result: IsolationStatus = IsolationStatus.VALID
    contactor_fault: bool = False
    response_delay_s: float = 0.0  # make every hardware call slow (performance-time tests)
    discharge_setpoint_w: float | None = None  # Dynamic BPT policy: None = charge at max, else this power
    meter_id: str = "SIM-METER-1"
    mobility_needs: MobilityNeeds | None = None  # what the "driver's app" asks (MobilityNeedsMode 2)
    schedule_offers: list[ScheduleOffer] | None = None  # Scheduled mode: None = one flat schedule


class SimulatedEVSE(EVSEController):
    """One simulated connector. All hardware calls answer at once (unless response_delay_s is set)."""

    def __init__(self, settings: SimulatorSettings | None = None) -> None:
        self.settings = settings or SimulatorSettings()
        self.contactors_closed = False
        self.voltage_v = 0.0
        self.current_a = 0.0
        self.ac_power_w = 0.0
        self.import_cap_w = float("inf")
        self.export_cap_w = float("inf")
        self.charged_wh = 0.0
        self.discharged_wh = 0.0
        self.power_off_calls = 0
        self.handle: SessionHandle | None = None
        self.ended_reason: str | None = None
        self._last = time.monotonic()
        self._auth_started: float | None = None
        self._cable_check_started: float | None = None

    # --- internal model -----------------------------------------------------------------------
    @property
    def present_power_w(self) -> float:
        if not self.contactors_closed:
            return 0.0
        return self.voltage_v * self.current_a if self.current_a else self.ac_power_w

    def _integrate(self) -> None:
        now = time.monotonic()
        energy_wh = self.present_power_w * (now - self._last) / 3600.0
        self._last = now
        if energy_wh >= 0:
            self.charged_wh += energy_wh
        else:
            self.discharged_wh -= energy_wh

    async def _hardware(self) -> None:
        if self.settings.response_delay_s:
            await asyncio.sleep(self.settings.response_delay_s)

    def _clamp_power(self, power_w: float, max_charge_w: float, max_discharge_w: float) -> float:
        return max(-min(max_discharge_w, self.export_cap_w), min(power_w, max_charge_w, self.import_cap_w))

    # --- EVSEController -----------------------------------------------------------------------
    async def session_started(self, info: SessionInfo, handle: SessionHandle) -> None:
        self.handle = handle

    async def session_ended(self, info: SessionInfo, reason: str) -> None:
        self.ended_reason = reason

    async def authorize(self, info: SessionInfo, request: AuthorizationRequest) -> AuthorizationStatus:
        await self._hardware()
        now = time.monotonic()
        if self._auth_started is None:
            self._auth_started = now
        if now - self._auth_started < self.settings.authorization_delay_s:
            return AuthorizationStatus.ONGOING
        return self.settings.authorization_result

    async def ac_limits(self) -> ACLimits:
        await self._hardware()
        return self.settings.ac_limits

    async def dc_limits(self) -> DCLimits:
        await self._hardware()
        return self.settings.dc_limits

    async def start_cable_check(self, voltage_v: float) -> None:
        await self._hardware()
        self._cable_check_started = time.monotonic()
        self.voltage_v = min(voltage_v, self.settings.dc_limits.max_voltage_v)

    async def isolation_status(self) -> IsolationStatus:
        await self._hardware()
        if self._cable_check_started is None:
            raise EVSEFault("isolation status asked before the cable check started")
        if time.monotonic() - self._cable_check_started < self.settings.cable_check_duration_s:
            return IsolationStatus.ONGOING
        self.voltage_v = 0.0
        return self.settings.isolation_result

    async def set_dc_output(self, voltage_v: float, current_a: float) -> None:
        await self._hardware()
        self._integrate()
        limits = self.settings.dc_limits
        voltage = min(max(voltage_v, 0.0), limits.max_voltage_v)
        current = clip(current_a, -limits.max_discharge_current_a, limits.max_charge_current_a)
        if voltage > 0:
            power = self._clamp_power(voltage * current, limits.max_charge_power_w, limits.max_discharge_power_w)
            current = power / voltage
        self.voltage_v, self.current_a = voltage, current

    async def present_dc(self) -> DCMeasurement:
        await self._hardware()
        return DCMeasurement(self.voltage_v, self.current_a if self.contactors_closed else 0.0)

    async def set_ac_power(self, active_power_w: float) -> None:
        await self._hardware()
        self._integrate()
        limits = self.settings.ac_limits
        self.ac_power_w = self._clamp_power(active_power_w, limits.max_charge_power_w, limits.max_discharge_power_w)

    async def present_ac_power(self) -> float:
        return self.ac_power_w if self.contactors_closed else 0.0

    async def close_contactors(self) -> None:
        await self._hardware()
        if self.settings.contactor_fault:
            raise ContactorError("simulated contactor did not close")
        self._integrate()
        self.contactors_closed = True

    async def power_off(self) -> None:
        self._integrate()
        self.power_off_calls += 1
        self.current_a = 0.0
        self.ac_power_w = 0.0
        self.voltage_v = 0.0
        self.contactors_closed = False

    async def apply_power_limits(self, import_limit_w: float, export_limit_w: float) -> None:
        self._integrate()
        self.import_cap_w, self.export_cap_w = import_limit_w, export_limit_w
        if self.current_a and self.voltage_v:
            power = self._clamp_power(self.voltage_v * self.current_a, float("inf"), float("inf"))
            self.current_a = power / self.voltage_v
        self.ac_power_w = self._clamp_power(self.ac_power_w, float("inf"), float("inf"))

    async def meter_reading(self) -> MeterReading:
        self._integrate()
        return MeterReading(
            meter_id=self.settings.meter_id,
            charged_wh=int(self.charged_wh),
            discharged_wh=int(self.discharged_wh),
            timestamp=int(time.time()),
        )

    async def schedule_offers(self, info: SessionInfo, departure_time_s: int | None) -> list[ScheduleOffer] | None:
        return self.settings.schedule_offers

    async def mobility_needs(self, info: SessionInfo) -> MobilityNeeds | None:
        return self.settings.mobility_needs

    async def dynamic_setpoint(self, request: SetpointRequest) -> float:
        if self.settings.discharge_setpoint_w is not None and request.ev_max_discharge_power_w > 0:
            return -abs(self.settings.discharge_setpoint_w)
        return request.ev_max_charge_power_w
