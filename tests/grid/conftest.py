import random
from collections.abc import Callable

import pytest

from secc.grid import GridConfig, GridLimitManager, ManualClock, Ratings

T0 = 1_800_000_000.0


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def make_manager(clock: ManualClock) -> Callable[..., GridLimitManager]:
    """A manager on the manual clock; 10 kW import / 8 kW export, no randomisation unless asked."""

    def make(seed: int = 7, **overrides) -> GridLimitManager:
        options = dict(ratings=Ratings(10_000.0, 8_000.0), randomisation_enabled=False)
        options.update(overrides)
        return GridLimitManager(GridConfig(**options), clock=clock, rng=random.Random(seed))

    return make
