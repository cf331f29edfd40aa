"""IEEE 2030.5 / CSIP-AUS DERControls -> DRMs and limits."""
import pytest

from secc.grid import DRM, GridDataError
from secc.grid.sources.csip import CSIPAdapter, DERControl, drm_for_fixed_w

T0 = 1_800_000_000.0  # the clock fixture starts here


@pytest.mark.parametrize(
    "hundredths, mode",
    [
        (-1, DRM.DRM1), (-3000, DRM.DRM1), (-3001, DRM.DRM2), (-5000, DRM.DRM2), (-6000, DRM.DRM2),
        (-6001, DRM.DRM3), (-7500, DRM.DRM3), (-9000, DRM.DRM3), (-9001, DRM.DRM4), (-10000, DRM.DRM4),
        (0, DRM.DRM5), (3099, DRM.DRM5), (3100, DRM.DRM6), (5000, DRM.DRM6), (6099, DRM.DRM6),
        (6100, DRM.DRM7), (7500, DRM.DRM7), (9099, DRM.DRM7), (9100, DRM.DRM8), (10000, DRM.DRM8),
    ],
)
def test_published_bands(hundredths, mode):
    assert drm_for_fixed_w(hundredths) is mode


@pytest.mark.parametrize("bad", [-10001, 10001])
def test_out_of_band(bad):
    with pytest.raises(GridDataError):
        drm_for_fixed_w(bad)


def control(mrid, base, start=T0, duration=600, primacy=None):
    data = {"mRID": mrid, "interval": {"start": int(start), "duration": duration}, "DERControlBase": base}
    if primacy is not None:
        data["primacy"] = primacy
    return data


@pytest.mark.parametrize(
    "base, expected",
    [
        ({"opModConnect": False}, (0.0, 0.0, True, DRM.DRM0)),
        ({"opModFixedW": -10}, (0.0, 8000.0, False, DRM.DRM1)),
        ({"opModFixedW": -5000}, (5000.0, 8000.0, False, DRM.DRM2)),
        ({"opModFixedW": -7500}, (7500.0, 8000.0, False, DRM.DRM3)),
        ({"opModFixedW": -10000}, (10000.0, 8000.0, False, DRM.DRM4)),
        ({"opModFixedW": 0}, (10000.0, 0.0, False, DRM.DRM5)),
        ({"opModFixedW": 5000}, (10000.0, 4000.0, False, DRM.DRM6)),
        ({"opModFixedW": 7500}, (10000.0, 6000.0, False, DRM.DRM7)),
        ({"opModFixedW": 10000}, (10000.0, 8000.0, False, DRM.DRM8)),
        ({"opModImpLimW": {"value": 32, "multiplier": 2}}, (3200.0, 8000.0, False, None)),
        ({"opModExpLimW": {"value": 1500}}, (10000.0, 1500.0, False, None)),
    ],
)
def test_control_maps_to_limits(make_manager, base, expected):
    manager = make_manager()
    CSIPAdapter(manager).apply([control("A1", base)])
    limits = manager.current_limits()
    imp, exp, disconnect, mode = expected
    assert (limits.import_limit_w, limits.export_limit_w, limits.disconnect) == (imp, exp, disconnect)
    assert [m.mode for m in limits.active_modes] == ([mode] if mode is not None else [])


def test_interval_window_and_expiry(make_manager, clock):
    manager = make_manager()
    CSIPAdapter(manager).apply([control("A1", {"opModImpLimW": {"value": 2000}}, start=T0 + 60, duration=120)])
    assert manager.current_limits().import_limit_w == 10000.0
    assert manager.next_wakeup() == T0 + 60
    clock.set(T0 + 60)
    assert manager.tick().import_limit_w == 2000.0
    clock.set(T0 + 180)
    assert manager.tick().import_limit_w == 10000.0


def test_event_replaces_default_control_by_primacy(make_manager):
    manager = make_manager()
    adapter = CSIPAdapter(manager)
    adapter.apply([], default={"opModImpLimW": {"value": 3000}, "opModExpLimW": {"value": 1000}})
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w) == (3000.0, 1000.0)
    adapter.apply([control("E1", {"opModImpLimW": {"value": 6000}})], default={"opModImpLimW": {"value": 3000}, "opModExpLimW": {"value": 1000}})
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w) == (6000.0, 1000.0)  # event wins within the source
    adapter.cancel("E1")
    assert manager.current_limits().import_limit_w == 3000.0


def test_higher_primacy_event_wins_over_lower(make_manager):
    manager = make_manager()
    CSIPAdapter(manager).apply(
        [control("low", {"opModImpLimW": {"value": 1000}}, primacy=50), control("high", {"opModImpLimW": {"value": 4000}}, primacy=1)]
    )
    assert manager.current_limits().import_limit_w == 4000.0


@pytest.mark.parametrize(
    "data, path",
    [
        ({"interval": {"start": 0, "duration": 1}, "DERControlBase": {"opModConnect": False}}, "DERControl.mRID"),
        ({"mRID": "x", "interval": {"start": 0, "duration": 0}, "DERControlBase": {"opModConnect": False}}, "DERControl.interval.duration"),
        ({"mRID": "x", "interval": {"start": 0, "duration": 5}, "DERControlBase": {}}, "DERControl.DERControlBase"),
        ({"mRID": "x", "interval": {"start": 0, "duration": 5}, "DERControlBase": {"opModFixedW": 20000}}, "opModFixedW"),
        ({"mRID": "x", "interval": {"start": 0, "duration": 5}, "DERControlBase": {"opModImpLimW": {"value": -5}}}, "DERControl.DERControlBase.opModImpLimW.value"),
        ({"mRID": "x", "interval": {"start": 0, "duration": 5}, "DERControlBase": {"opModConnect": "no"}}, "DERControl.DERControlBase.opModConnect"),
    ],
)
def test_bad_data_is_a_typed_error_naming_the_field(data, path):
    with pytest.raises(GridDataError) as info:
        DERControl.from_json(data)
    assert info.value.path == path


def test_fixed_var_reactive_request_where_supported(make_manager):
    manager = make_manager()
    CSIPAdapter(manager, max_reactive_power_var=5000.0).apply([control("V", {"opModFixedVar": {"refType": 2, "value": -4000}})])
    assert manager.current_limits().reactive_power_var == -2000.0
    other = make_manager()
    CSIPAdapter(other).apply([control("V", {"opModFixedVar": {"refType": 2, "value": -4000}})])
    assert other.current_limits().reactive_power_var is None
    with pytest.raises(GridDataError):
        DERControl.from_json(control("V", {"opModFixedVar": {"value": 20000}}))
