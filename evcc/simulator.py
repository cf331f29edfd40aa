"""A simulated vehicle: battery with SoC integration, power curves and a voltage model.

Used by tests, the benchmark and `v2g-demo`. Time can be compressed (`time_scale`) so that a
demo of a few real seconds moves the SoC visibly: energy = power x real elapsed time x time_scale.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from evcc.controller import EnergyTransfer, EVController, EVLimits, EVSELimits, EVStatus, UserSettings
from iso15118.session.vocabulary import clip


@dataclass(kw_only=True)
class BatteryModel:
    """Lithium-ion pack: linear-ish open-circuit voltage, internal resistance, SoC-tapered power."""

    capacity_wh: float = 60_000.0
    soc: float = 30.0
    voltage_empty_v: float = 330.0
    voltage_full_v: float = 420.0
    internal_resistance_ohm: float = 0.05
    max_charge_power_w: float = 150_000.0
    max_discharge_power_w: float = 50_000.0
    max_current_a: float = 400.0
    taper_start_soc: float = 80.0  # charge power falls linearly to 5 % of max at 100 % SoC
    discharge_taper_soc: float = 15.0  # discharge power falls linearly to 0 at 5 % SoC

    def open_circuit_voltage(self) -> float:
        # Slightly concave curve: steep at the ends like real cells, monotonic.
        x = self.soc / 100.0
        shape = 0.85 * x + 0.15 * (1 - (1 - x) ** 3)
        return self.voltage_empty_v + (self.voltage_full_v - self.voltage_empty_v) * shape

    def terminal_voltage(self, current_a: float) -> float:
        return self.open_circuit_voltage() + current_a * self.internal_resistance_ohm

    def charge_power_limit(self) -> float:
        if self.soc >= 100.0:
            return 0.0
        if self.soc <= self.taper_start_soc:
            return self.max_charge_power_w
        frac = (100.0 - self.soc) / (100.0 - self.taper_start_soc)
        return self.max_charge_power_w * (0.05 + 0.95 * frac)

    def discharge_power_limit(self) -> float:
        if self.soc <= 5.0:
            return 0.0
        if self.soc >= self.discharge_taper_soc:
            return self.max_discharge_power_w
        return self.max_discharge_power_w * (self.soc - 5.0) / (self.discharge_taper_soc - 5.0)

    def apply(self, power_w: float, seconds: float) -> float:
        """Move energy in (positive) or out; returns the energy actually moved in Wh (signed)."""
        wh = power_w * seconds / 3600.0
        room_in = (100.0 - self.soc) / 100.0 * self.capacity_wh
        room_out = self.soc / 100.0 * self.capacity_wh
        wh = clip(wh, -room_out, room_in)
        self.soc = clip(self.soc + wh / self.capacity_wh * 100.0, 0.0, 100.0)
        return wh


@dataclass(kw_only=True)
class SimulatedEV(EVController):
    """An EVController with a battery model; answers at once (no hardware delays)."""

    battery: BatteryModel = field(default_factory=BatteryModel)
    settings: UserSettings = field(default_factory=UserSettings)
    energy_transfer: EnergyTransfer = EnergyTransfer.DC  # AC: the on-board charger caps the power
    ac_max_power_w: float = 11_000.0  # on-board charger
    ac_min_power_w: float = 1_400.0
    time_scale: float = 1.0
    clock: Callable[[], float] = time.monotonic
    energy_in_wh: float = 0.0
    energy_out_wh: float = 0.0
    contactors_closed: bool = False
    contactor_welded: bool = False  # fault injection: DC_WeldingDetection reports it
    inlet_hot: bool = False
    events: list[tuple[str, str]] = field(default_factory=list)
    evse_limits: EVSELimits | None = None
    _power_w: float = 0.0
    _since: float | None = None

    def _integrate(self) -> None:
        now = self.clock()
        if self._since is not None and self._power_w and self.contactors_closed:
            moved = self.battery.apply(self._power_w, (now - self._since) * self.time_scale)
            if moved >= 0:
                self.energy_in_wh += moved
            else:
                self.energy_out_wh -= moved
        self._since = now

    @property
    def power_w(self) -> float:
        return self._power_w

    def desired_power(self, charge_limit: float, discharge_limit: float) -> float:
        """Charge to the target SoC, then (with consent) give energy back down to the floor."""
        b, s = self.battery, self.settings
        if b.soc < s.target_soc:
            return charge_limit
        if s.discharge_allowed and b.soc > s.discharge_soc_floor:
            return -discharge_limit
        return 0.0

    async def status(self) -> EVStatus:
        self._integrate()
        b = self.battery
        voltage = b.terminal_voltage(self._power_w / max(b.open_circuit_voltage(), 1.0))
        charge = b.charge_power_limit()
        discharge = b.discharge_power_limit() if self.settings.discharge_allowed else 0.0
        if self.energy_transfer is EnergyTransfer.AC:
            charge = min(charge, self.ac_max_power_w)
            discharge = min(discharge, self.ac_max_power_w)
        limits = EVLimits(
            max_charge_power_w=charge,
            min_charge_power_w=0.0,
            max_charge_current_a=b.max_current_a,
            min_charge_current_a=0.0,
            max_voltage_v=b.voltage_full_v + 10.0,
            min_voltage_v=b.voltage_empty_v - 10.0,
            max_discharge_power_w=discharge,
            min_discharge_power_w=0.0,
            max_discharge_current_a=b.max_current_a if discharge else 0.0,
            min_discharge_current_a=0.0,
        )
        return EVStatus(
            present_soc=b.soc,
            present_voltage_v=voltage,
            battery_capacity_wh=b.capacity_wh,
            limits=limits,
            target_voltage_v=b.voltage_full_v,
            desired_power_w=self.desired_power(charge, discharge),
            present_active_power_w=self._power_w,
            inlet_hot=self.inlet_hot,
            contactor_welded=self.contactor_welded,
        )

    async def user_settings(self) -> UserSettings:
        return self.settings

    async def set_contactors(self, closed: bool) -> None:
        self._integrate()
        self.contactors_closed = closed
        if not closed:
            self._power_w = 0.0

    async def on_power_transfer(self, power_w: float, voltage_v: float | None) -> None:
        self._integrate()
        self._power_w = power_w if self.contactors_closed else 0.0

    async def on_evse_limits(self, limits: EVSELimits) -> None:
        self.evse_limits = limits

    async def on_session_event(self, event: str, detail: str = "") -> None:
        self.events.append((event, detail))
