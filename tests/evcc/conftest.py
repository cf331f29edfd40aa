from __future__ import annotations

from typing import Any, Callable

import pytest
from evcc_fakes import FakeClock

from evcc.controller import EnergyTransfer, UserSettings
from evcc.simulator import BatteryModel, SimulatedEV


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_ev(clock: FakeClock) -> Callable[..., SimulatedEV]:
    def make(energy_transfer: EnergyTransfer = EnergyTransfer.DC, soc: float = 50.0, **settings: Any) -> SimulatedEV:
        return SimulatedEV(
            battery=BatteryModel(soc=soc),
            settings=UserSettings(**settings),
            energy_transfer=energy_transfer,
            clock=clock,
        )

    return make
