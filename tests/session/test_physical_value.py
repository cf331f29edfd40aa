"""PhysicalValueType (DIN 70121 / ISO 15118-2) <-> float: the one helper both sides use."""
import pytest
from hypothesis import given, strategies as st

from iso15118.messages import din_msg_data_types as din, iso2_msg_data_types as iso2
from iso15118.session.units import from_physical, to_physical


@pytest.mark.parametrize("types", [din, iso2])
def test_round_trip_keeps_the_unit_and_the_value(types):
    v = to_physical(400.5, types.unitSymbolType.V, types.PhysicalValueType)
    assert (v.Multiplier, v.Value, v.Unit) == (-1, 4005, types.unitSymbolType.V)
    assert from_physical(v) == 400.5


def test_zero_is_written_with_multiplier_zero():
    assert to_physical(0, iso2.unitSymbolType.A, iso2.PhysicalValueType).Multiplier == 0


def test_out_of_range_is_a_value_error():
    with pytest.raises(ValueError):
        to_physical(40_000_000, iso2.unitSymbolType.W, iso2.PhysicalValueType)


def test_missing_optional_value_gives_the_default():
    assert from_physical(None, 7.0) == 7.0


@given(st.floats(min_value=-32_000_000, max_value=32_000_000, allow_nan=False))
def test_precision_is_the_best_the_multiplier_range_allows(x):
    v = to_physical(x, iso2.unitSymbolType.W, iso2.PhysicalValueType)
    assert -3 <= v.Multiplier <= 3 and -32768 <= v.Value <= 32767
    assert abs(from_physical(v) - x) <= 0.5 * 10.0 ** v.Multiplier + 1e-9
