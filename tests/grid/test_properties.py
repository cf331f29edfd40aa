"""Properties over random inputs: limits never exceed any binding request, urgent reductions are never late."""
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from secc.grid import (
    DRM,
    ChangeKind,
    EVSEPowerLimits,
    EVState,
    GridConfig,
    GridLimitManager,
    LimitRequest,
    ManualClock,
    Ratings,
    power_caps,
)
from secc.grid.arbitration import EXPORT, IMPORT, arbitrate
from secc.grid.model import URGENT_KINDS

T0 = 1_800_000_000.0
limits_w = st.one_of(st.none(), st.floats(0, 30_000, allow_nan=False))
requests = st.lists(
    st.builds(
        lambda source, key, imp, exp, prio, kind: LimitRequest(source=source, key=str(key), import_limit_w=imp, export_limit_w=exp, priority=prio, kind=kind),
        st.sampled_from(["a", "b", "c"]), st.integers(0, 5), limits_w, limits_w, st.integers(0, 3), st.sampled_from(list(ChangeKind)),
    ),
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(requests)
def test_arbitration_bounds(reqs):
    ratings = Ratings(22_000.0, 11_000.0, phases=3)
    target = arbitrate(reqs, T0, ratings, EVState())
    for dim, attr, rating in ((IMPORT, "import_limit_w", 22_000.0), (EXPORT, "export_limit_w", 11_000.0)):
        value = target.values[dim]
        assert 0 <= value <= rating
        for source in {r.source for r in reqs}:
            constraining = [r for r in reqs if r.source == source and getattr(r, attr) is not None]
            if constraining:
                best = min(r.priority for r in constraining)
                assert value <= min(getattr(r, attr) for r in constraining if r.priority == best)
        candidates = {getattr(r, attr) for r in reqs if getattr(r, attr) is not None} | {rating}
        assert value in candidates


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 600), requests), min_size=1, max_size=6), st.integers(0, 1000))
def test_urgent_reductions_apply_at_once_whatever_the_randomisation(steps, seed):
    clock = ManualClock(T0)
    manager = GridLimitManager(
        GridConfig(Ratings(22_000.0, 11_000.0), randomisation_enabled=True, randomised_delay_max_s=1800, ramp_up_w_per_s=50.0, ramp_down_w_per_s=10.0),
        clock=clock, rng=random.Random(seed),
    )
    submitted: dict[str, list[LimitRequest]] = {}
    for dt, reqs in steps:
        clock.advance(dt)
        for source in ("a", "b", "c"):
            submitted[source] = [r for r in reqs if r.source == source]
            limits = manager.submit(source, submitted[source])
            for held in submitted.values():
                constraining = [r for r in held if r.import_limit_w is not None]
                if not constraining:
                    continue
                best = min(r.priority for r in constraining)
                for r in constraining:
                    if r.priority == best and r.kind in URGENT_KINDS:
                        assert limits.import_limit_w <= r.import_limit_w + 1e-9
        assert manager.audit.latest is not None


@settings(max_examples=150, deadline=None)
@given(st.floats(-50_000, 50_000), st.floats(0, 30_000), st.floats(0, 30_000), st.booleans())
def test_enforcement_never_exceeds_caps(requested, imp, exp, disconnect):
    clock = ManualClock(T0)
    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 11_000.0, phases=3), randomisation_enabled=False), clock=clock)
    reqs = [LimitRequest(source="s", key="k", import_limit_w=imp, export_limit_w=exp, disconnect=disconnect, mode=DRM.DRM0 if disconnect else None)]
    limits = manager.submit("s", reqs)
    evse = EVSEPowerLimits(max_charge_power_w=22_000.0, max_discharge_power_w=11_000.0, phases=3, max_current_per_phase_a=32.0)
    caps = power_caps(limits, evse)
    actual = caps.clip(requested)
    assert -caps.discharge_w <= actual <= caps.charge_w
    assert actual <= min(imp, 22_000.0) + 1e-9 and -actual <= min(exp, 11_000.0) + 1e-9
    if disconnect:
        assert actual == 0.0
