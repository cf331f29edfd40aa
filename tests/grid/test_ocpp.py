"""OCPP charging profiles (the `ocpp` library's types): W/A, stacking, validity, recurrency, 2.1 discharge limits."""
import datetime as dt

import pytest

from secc.grid import GridDataError, Ratings
from secc.grid.sources.ocpp import OCPPAdapter, OcppContext, parse_profile

T0 = 1_800_000_000.0  # the clock fixture starts here


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat().replace("+00:00", "Z")


def profile(pid=1, stack=0, purpose="TxDefaultProfile", kind="Absolute", unit="W", periods=((0, 7000.0),), start=T0, **extra):
    schedule = {
        "id": pid, "chargingRateUnit": unit,
        "chargingSchedulePeriod": [{"startPeriod": s, "limit": l} for s, l in periods],
    }
    if start is not None:
        schedule["startSchedule"] = iso(start)
    if "duration" in extra:
        schedule["duration"] = extra.pop("duration")
    return {"id": pid, "stackLevel": stack, "chargingProfilePurpose": purpose, "chargingProfileKind": kind, "chargingSchedule": [schedule], **extra}


def test_watts_and_stacked_periods(make_manager, clock):
    manager = make_manager()
    OCPPAdapter(manager).set_charging_profile(profile(periods=((0, 7000.0), (600, 3000.0), (1200, 9000.0))))
    assert manager.current_limits().import_limit_w == 7000.0
    clock.set(T0 + 600)
    assert manager.tick().import_limit_w == 3000.0
    clock.set(T0 + 1200)
    assert manager.tick().import_limit_w == 9000.0


def test_amps_converted_with_voltage_and_phases(clock):
    from secc.grid import GridConfig, GridLimitManager

    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 0.0, phases=3), randomisation_enabled=False), clock=clock)
    OCPPAdapter(manager, OcppContext(voltage_v=230.0, phases=3)).set_charging_profile(profile(unit="A", periods=((0, 16.0),)))
    limits = manager.current_limits()
    assert limits.import_limit_w == pytest.approx(16 * 230 * 3)
    assert limits.import_limit_phase_w == pytest.approx((3680.0, 3680.0, 3680.0))


def test_single_phase_with_phase_to_use(clock):
    from secc.grid import GridConfig, GridLimitManager

    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 0.0, phases=3), randomisation_enabled=False), clock=clock)
    data = profile(unit="A", periods=((0, 10.0),))
    data["chargingSchedule"][0]["chargingSchedulePeriod"][0].update(numberPhases=1, phaseToUse=2)
    OCPPAdapter(manager).set_charging_profile(data)
    limits = manager.current_limits()
    assert limits.import_limit_w == pytest.approx(2300.0)
    assert limits.import_limit_phase_w == pytest.approx((0.0, 2300.0, 0.0))


def test_highest_stack_level_wins_within_purpose_and_lower_fills_gaps(make_manager, clock):
    manager = make_manager()
    adapter = OCPPAdapter(manager)
    adapter.set_charging_profile(profile(pid=1, stack=0, periods=((0, 2000.0),)))
    adapter.set_charging_profile(profile(pid=2, stack=1, periods=((0, 8000.0),), duration=300))
    assert manager.current_limits().import_limit_w == 8000.0  # higher stack level, even if less restrictive
    clock.set(T0 + 300)
    assert manager.tick().import_limit_w == 2000.0


def test_tx_profile_replaces_tx_default_and_only_for_its_transaction(make_manager):
    manager = make_manager()
    adapter = OCPPAdapter(manager)
    adapter.set_charging_profile(profile(pid=1, periods=((0, 2000.0),)))
    adapter.set_charging_profile(profile(pid=2, purpose="TxProfile", kind="Relative", start=None, transactionId="tx-9", periods=((0, 6000.0),)))
    assert manager.current_limits().import_limit_w == 2000.0  # no transaction yet
    adapter.transaction_started("tx-9")
    assert manager.current_limits().import_limit_w == 6000.0
    adapter.transaction_ended()
    assert manager.current_limits().import_limit_w == 2000.0
    assert [p.id for p in adapter.profiles] == [1]


def test_purposes_combine_most_restrictive(make_manager):
    manager = make_manager()
    adapter = OCPPAdapter(manager)
    adapter.set_charging_profile(profile(pid=1, periods=((0, 7000.0),)))
    adapter.set_charging_profile(profile(pid=5, purpose="ChargingStationExternalConstraints", periods=((0, 4000.0),)))
    adapter.set_charging_profile(profile(pid=6, purpose="ChargingStationMaxProfile", periods=((0, 9000.0),)))
    assert manager.current_limits().import_limit_w == 4000.0
    assert adapter.clear_charging_profile(5)
    assert manager.current_limits().import_limit_w == 7000.0
    assert not adapter.clear_charging_profile(99)


def test_validity_window(make_manager, clock):
    manager = make_manager()
    OCPPAdapter(manager).set_charging_profile(profile(validFrom=iso(T0 + 100), validTo=iso(T0 + 200), periods=((0, 1000.0),)))
    assert manager.current_limits().import_limit_w == 10000.0
    clock.set(T0 + 100)
    assert manager.tick().import_limit_w == 1000.0
    clock.set(T0 + 200)
    assert manager.tick().import_limit_w == 10000.0


def test_daily_recurrency(make_manager, clock):
    manager = make_manager()
    start = T0 - 3 * 86400 + 3600  # three days ago, one hour after the day's start
    adapter = OCPPAdapter(manager, horizon_s=2 * 86400)
    adapter.set_charging_profile(profile(kind="Recurring", recurrencyKind="Daily", start=start, periods=((0, 7000.0), (7200, 1500.0))))
    # now is 23 h into the previous occurrence: the second period applies
    assert manager.current_limits().import_limit_w == 1500.0
    clock.set(T0 + 3600)  # new occurrence began
    assert manager.tick().import_limit_w == 7000.0
    clock.set(T0 + 3600 + 7200)
    assert manager.tick().import_limit_w == 1500.0
    clock.set(T0 + 86400 + 3600)
    adapter.poll()
    assert manager.tick().import_limit_w == 7000.0


@pytest.mark.parametrize(
    "change, path",
    [
        (lambda p: p.update(chargingProfilePurpose="Nope"), "chargingProfile.chargingProfilePurpose"),
        (lambda p: p["chargingSchedule"][0].pop("startSchedule"), "chargingProfile.chargingSchedule[0].startSchedule"),
        (lambda p: p["chargingSchedule"][0]["chargingSchedulePeriod"][0].update(limit=-1), "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[0].limit"),
        (lambda p: p["chargingSchedule"][0]["chargingSchedulePeriod"][0].update(startPeriod=5), "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[0].startPeriod"),
        (lambda p: p["chargingSchedule"][0]["chargingSchedulePeriod"][0].update(phaseToUse=2), "chargingProfile.chargingSchedule[0].chargingSchedulePeriod[0].phaseToUse"),
        (lambda p: p.update(chargingProfileKind="Recurring"), "chargingProfile.recurrencyKind"),
        (lambda p: p.update(chargingProfilePurpose="TxProfile"), "chargingProfile.transactionId"),
        (lambda p: p["chargingSchedule"][0].update(startSchedule="2027-01-01T00:00:00"), "chargingProfile.chargingSchedule[0].startSchedule"),
        (lambda p: p.update(stackLevel="1"), "chargingProfile.stackLevel"),
    ],
)
def test_bad_profiles_are_typed_errors(change, path):
    data = profile()
    change(data)
    with pytest.raises(GridDataError) as info:
        parse_profile(data)
    assert info.value.path == path


def test_ocpp21_discharge_limit_is_an_export_limit(make_manager):
    manager = make_manager()
    data = profile(periods=((0, 7000.0),))
    data["chargingSchedule"][0]["chargingSchedulePeriod"][0]["dischargeLimit"] = -2500.0
    OCPPAdapter(manager).set_charging_profile(data)
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w) == (7000.0, 2500.0)


def test_composite_schedule_is_the_most_restrictive_over_time(make_manager):
    manager = make_manager()
    adapter = OCPPAdapter(manager)
    adapter.set_charging_profile(profile(pid=1, periods=((0, 7000.0), (600, 3000.0))))
    adapter.set_charging_profile(profile(pid=5, purpose="ChargingStationMaxProfile", periods=((0, 5000.0),), duration=900))
    assert adapter.composite(T0, 1200) == [(0.0, 5000.0, None), (600.0, 3000.0, None)]
    assert adapter.composite(T0, 1200, "Tx") == [(0.0, 7000.0, None), (600.0, 3000.0, None)]
    assert adapter.clear_charging_profile(purpose="ChargingStationMaxProfile")
    assert adapter.composite(T0, 300) == [(0.0, 7000.0, None)]
    assert not adapter.clear_charging_profile(stack_level=9)


def test_library_types_are_kept():
    from ocpp.v21.datatypes import ChargingProfileType
    from ocpp.v21.enums import ChargingRateUnitEnumType

    parsed = parse_profile(profile(unit="A"))
    assert isinstance(parsed, ChargingProfileType)
    assert parsed.charging_schedule[0].charging_rate_unit is ChargingRateUnitEnumType.a
    with pytest.raises(GridDataError) as info:
        parse_profile({**profile(), "chargingSchedule": [{"id": 1, "chargingRateUnit": "kW", "chargingSchedulePeriod": []}]})
    assert info.value.path == "chargingProfile.chargingSchedule[0].chargingRateUnit"
