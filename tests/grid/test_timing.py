"""Randomised delays (never on urgent reductions), the disable signal, supply recovery and ramps."""
import random

import pytest

from secc.grid import DRM, ChangeKind, GridDataError, LimitRequest, drm_request

T0 = 1_800_000_000.0


def drm(mode):
    return drm_request(mode, source="dred", import_reference_w=10_000.0, export_reference_w=8_000.0)


def sched(limit, **kw):
    return LimitRequest(source="ocpp", key="tx", import_limit_w=limit, kind=ChangeKind.SCHEDULE, **kw)


def first_delay(seed, max_s):
    return random.Random(seed).uniform(0.0, max_s)


@pytest.mark.parametrize("mode", [DRM.DRM0, DRM.DRM1, DRM.DRM2, DRM.DRM3, DRM.DRM5, DRM.DRM6, DRM.DRM7])
def test_supply_limitation_reductions_are_never_delayed(make_manager, mode):
    manager = make_manager(randomisation_enabled=True, randomised_delay_max_s=1800)
    before = manager.current_limits()
    after = manager.submit("dred", [drm(mode)])
    assert after.revision == before.revision + 1
    assert (after.import_limit_w, after.export_limit_w) != (before.import_limit_w, before.export_limit_w)
    assert manager.audit.latest.randomised_delay_s is None


def test_recovery_after_event_is_randomly_delayed(make_manager, clock):
    manager = make_manager(seed=3, randomisation_enabled=True, randomised_delay_max_s=600)
    manager.submit("dred", [drm(DRM.DRM2)])
    manager.submit("dred", [])
    delay = first_delay(3, 600)
    assert 0 < delay < 600
    assert manager.current_limits().import_limit_w == 5000.0
    assert manager.next_wakeup() == pytest.approx(T0 + delay)
    assert manager.status().randomised_change_pending_until == pytest.approx(T0 + delay)
    clock.set(T0 + delay - 0.001)
    assert manager.tick().import_limit_w == 5000.0
    clock.set(T0 + delay)
    assert manager.tick().import_limit_w == 10_000.0
    entry = manager.audit.latest
    assert entry.randomised_delay_s == pytest.approx(delay) and entry.time_received == T0 and entry.time_published == T0 + delay
    assert "DRM2 from dred ended" in entry.reason


def test_schedule_changes_are_delayed_both_ways(make_manager, clock):
    manager = make_manager(seed=11, randomisation_enabled=True, randomised_delay_max_s=1800)
    manager.submit("ocpp", [sched(3000.0)])
    assert manager.current_limits().import_limit_w == 10_000.0  # a tariff/schedule reduction may wait
    delay = first_delay(11, 1800)
    clock.set(T0 + delay)
    assert manager.tick().import_limit_w == 3000.0


def test_urgent_reduction_cuts_through_a_pending_delay(make_manager, clock):
    manager = make_manager(randomisation_enabled=True, randomised_delay_max_s=1800)
    manager.submit("ocpp", [sched(3000.0)])
    clock.advance(1)
    assert manager.submit("dred", [drm(DRM.DRM1)]).import_limit_w == 0.0


def test_signal_disables_randomisation(make_manager, clock):
    manager = make_manager(randomisation_enabled=True, randomised_delay_max_s=600)
    manager.submit("dred", [drm(DRM.DRM2)])
    manager.submit("dred", [])
    assert manager.current_limits().import_limit_w == 5000.0
    assert manager.set_randomisation(False).import_limit_w == 10_000.0  # pending change released at once
    assert not manager.status().randomisation_enabled
    manager.submit("ocpp", [sched(3000.0)])
    assert manager.current_limits().import_limit_w == 3000.0


def test_request_may_opt_out_of_randomisation(make_manager):
    manager = make_manager(randomisation_enabled=True)
    assert manager.submit("ocpp", [sched(3000.0, randomise=False)]).import_limit_w == 3000.0
    assert manager.submit("ocpp", [sched(4000.0, randomise=False)]).import_limit_w == 4000.0


def test_supply_recovery_waits_a_random_delay_from_zero(make_manager, clock):
    manager = make_manager(seed=5, randomisation_enabled=True, randomised_delay_max_s=1800)
    manager.supply_interrupted()
    assert manager.status().supply_interrupted
    clock.advance(100)
    limits = manager.supply_restored()
    assert (limits.import_limit_w, limits.export_limit_w, limits.disconnect) == (0.0, 0.0, False)
    assert manager.audit.latest.reason == "supply restored"
    delay = first_delay(5, 1800)
    clock.set(T0 + 100 + delay)
    limits = manager.tick()
    assert (limits.import_limit_w, limits.export_limit_w) == (10_000.0, 8_000.0)
    assert manager.audit.latest.randomised_delay_s == pytest.approx(delay)
    assert manager.audit.latest.reason == "supply recovery delay elapsed"


def test_supply_recovery_without_randomisation_is_immediate(make_manager):
    manager = make_manager(randomisation_enabled=False)
    manager.supply_interrupted()
    assert manager.supply_restored().import_limit_w == 10_000.0


@pytest.mark.parametrize("bad", [-1, 1801])
def test_delay_range_is_validated(make_manager, bad):
    with pytest.raises(GridDataError):
        make_manager(randomised_delay_max_s=bad)


def test_draws_are_uniform_within_range(make_manager):
    delays = []
    for seed in range(200):
        manager = make_manager(seed=seed, randomisation_enabled=True, randomised_delay_max_s=1800)
        manager.submit("ocpp", [sched(3000.0)])
        delays.append(manager.next_wakeup() - T0)
    assert all(0 <= d <= 1800 for d in delays)
    assert min(delays) < 200 and max(delays) > 1600


def test_ramp_up_after_release(make_manager, clock):
    manager = make_manager(ramp_up_w_per_s=100.0)
    manager.submit("dred", [drm(DRM.DRM1)])
    assert manager.current_limits().import_limit_w == 0.0
    manager.submit("dred", [])
    assert manager.current_limits().import_limit_w == 0.0
    assert manager.next_wakeup() == T0 + 1.0
    clock.advance(10)
    assert manager.tick().import_limit_w == pytest.approx(1000.0)
    clock.advance(50)
    assert manager.tick().import_limit_w == pytest.approx(6000.0)
    clock.advance(1000)
    assert manager.tick().import_limit_w == 10_000.0
    assert manager.next_wakeup() is None


def test_ramp_down_only_for_non_urgent(make_manager, clock):
    manager = make_manager(ramp_down_w_per_s=50.0)
    manager.submit("ocpp", [sched(5000.0)])
    assert manager.current_limits().import_limit_w == 10_000.0
    clock.advance(20)
    assert manager.tick().import_limit_w == pytest.approx(9000.0)
    assert manager.submit("dred", [drm(DRM.DRM1)]).import_limit_w == 0.0  # emergency-type reductions never ramp


def test_ramp_starts_after_the_randomised_delay(make_manager, clock):
    manager = make_manager(seed=2, randomisation_enabled=True, randomised_delay_max_s=100, ramp_up_w_per_s=100.0)
    manager.submit("dred", [drm(DRM.DRM1)])
    manager.submit("dred", [])
    delay = first_delay(2, 100)
    clock.set(T0 + delay + 5)  # ticked late: the ramp counts from the end of the delay
    assert manager.tick().import_limit_w == pytest.approx(500.0)


def test_bad_ramp_config(make_manager):
    with pytest.raises(GridDataError):
        make_manager(ramp_up_w_per_s=0)


def test_urgent_limit_cuts_a_running_ramp_down(make_manager, clock):
    manager = make_manager(seed=1, randomisation_enabled=True, randomised_delay_max_s=1800, ramp_down_w_per_s=10.0)
    manager.submit("ocpp", [sched(0.0)])
    clock.set(manager.next_wakeup() + 1)
    assert manager.tick().import_limit_w == pytest.approx(9990.0)  # slow schedule ramp towards 0
    limits = manager.submit("csip", [LimitRequest(source="csip", key="e", import_limit_w=1.0, kind=ChangeKind.EMERGENCY)])
    assert limits.import_limit_w == 1.0
