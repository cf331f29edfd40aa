"""OpenADR 2.0b LOAD_CONTROL x-loadControlCapacity events."""
import datetime as dt

import pytest

from secc.grid import GridDataError
from secc.grid.sources._data import duration
from secc.grid.sources.openadr import OadrEvent, OpenADRAdapter

T0 = 1_800_000_000.0  # the clock fixture starts here


def iso(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat().replace("+00:00", "Z")


def event(event_id="e1", mod=0, status="active", start=T0, total="PT30M", intervals=(("PT10M", 0.5), ("PT20M", 0.2)), priority=1, signal_type="x-loadControlCapacity"):
    return {
        "eventDescriptor": {"eventID": event_id, "modificationNumber": mod, "priority": priority, "eventStatus": status},
        "eiActivePeriod": {"dtstart": iso(start), "duration": total},
        "eiEventSignals": [
            {"signalName": "LOAD_CONTROL", "signalType": signal_type, "signalID": "s",
             "intervals": [{"uid": str(i), "duration": d, "signalPayload": v} for i, (d, v) in enumerate(intervals)]}
        ],
    }


def test_capacity_intervals_follow_each_other(make_manager, clock):
    manager = make_manager()
    OpenADRAdapter(manager).distribute_event([event()])
    assert manager.current_limits().import_limit_w == 5000.0
    clock.set(T0 + 600)
    assert manager.tick().import_limit_w == 2000.0
    clock.set(T0 + 1800)
    assert manager.tick().import_limit_w == 10000.0


def test_modification_number_and_cancellation(make_manager):
    manager = make_manager()
    adapter = OpenADRAdapter(manager)
    adapter.distribute_event([event(mod=1)])
    adapter.distribute_event([event(mod=1, intervals=(("PT30M", 0.0),))])  # same modificationNumber: stale
    assert manager.current_limits().import_limit_w == 5000.0
    adapter.distribute_event([event(mod=2, intervals=(("PT30M", 0.1),))])
    assert manager.current_limits().import_limit_w == 1000.0
    adapter.distribute_event([event(mod=3, status="cancelled")])
    assert manager.current_limits().import_limit_w == 10000.0


def test_unsupported_signals_ignored_and_bad_values_rejected(make_manager):
    manager = make_manager()
    adapter = OpenADRAdapter(manager)
    adapter.distribute_event([event(signal_type="x-loadControlLevelOffset")])
    assert manager.current_limits().import_limit_w == 10000.0
    with pytest.raises(GridDataError):
        adapter.distribute_event([event(event_id="e2", intervals=(("PT10M", 1.5),))])
    with pytest.raises(GridDataError) as info:
        OadrEvent.from_json({"eventDescriptor": {"eventID": "x", "modificationNumber": 0, "eventStatus": "weird"},
                             "eiActivePeriod": {"dtstart": iso(T0), "duration": "PT1H"}, "eiEventSignals": []})
    assert info.value.path == "oadrEvent.eventDescriptor.eventStatus"


def test_priority_within_openadr_decides(make_manager):
    manager = make_manager()
    OpenADRAdapter(manager).distribute_event(
        [event("low", priority=5, intervals=(("PT30M", 0.1),)), event("high", priority=1, intervals=(("PT30M", 0.6),))]
    )
    limits = manager.current_limits()
    assert limits.import_limit_w == 6000.0


@pytest.mark.parametrize("text, seconds", [("PT1H30M", 5400), ("P1D", 86400), ("PT0S", 0), ("PT1.5S", 1.5), ("P1W", 604800)])
def test_durations(text, seconds):
    assert duration(text, "d") == seconds


@pytest.mark.parametrize("text", ["", "P", "PT", "1H", "-PT1H", "PT1X"])
def test_bad_durations(text):
    with pytest.raises(GridDataError):
        duration(text, "d")
