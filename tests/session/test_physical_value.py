"""PhysicalValueType <-> float: the one helper DIN 70121 and ISO 15118-2 share (iso15118.session.units)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iso15118 import exi
from iso15118.messages import din_msg_data_types as din
from iso15118.messages import iso2_msg_data_types as iso2
from iso15118.session.units import from_physical, to_physical


@pytest.mark.parametrize("cls,unit", [(din.PhysicalValueType, din.unitSymbolType.V), (iso2.PhysicalValueType, iso2.unitSymbolType.V)])
def test_both_namespaces_get_their_own_class_and_unit(cls: type, unit: object) -> None:
    value = to_physical(cls, 400.0, unit)
    assert type(value) is cls and value.Unit is unit
    assert (value.Multiplier, value.Value) == (-1, 4000)
    assert from_physical(value) == 400.0


def test_most_precise_representation_within_the_multiplier_range() -> None:
    assert to_physical(din.PhysicalValueType, 12.345, None).Multiplier == -3
    big = to_physical(din.PhysicalValueType, 150_000.0, din.unitSymbolType.W)
    assert (big.Multiplier, big.Value) == (1, 15000)
    with pytest.raises(ValueError):
        to_physical(din.PhysicalValueType, 40_000_000.0, din.unitSymbolType.W)


def test_absent_value_gives_the_default() -> None:
    assert from_physical(None, 7.0) == 7.0


@given(st.floats(min_value=-32_767_000, max_value=32_767_000, allow_nan=False))
def test_round_trip_error_is_below_half_a_step(x: float) -> None:
    value = to_physical(din.PhysicalValueType, x, din.unitSymbolType.A)
    assert -3 <= value.Multiplier <= 3 and -32768 <= value.Value <= 32767
    assert abs(from_physical(value) - x) <= 0.5 * 10.0**value.Multiplier + 1e-9


def test_encodes_in_a_din_message() -> None:
    from iso15118.messages import din_msg_body as body
    from iso15118.session.v2g_message import DIN

    msg = DIN.wrap(body.PreChargeRes(
        ResponseCode=din.responseCodeType.OK,
        DC_EVSEStatus=din.DC_EVSEStatusType(EVSEStatusCode=din.DC_EVSEStatusCodeType.EVSE_Ready,
                                            NotificationMaxDelay=0, EVSENotification=din.EVSENotificationType._None),
        EVSEPresentVoltage=to_physical(din.PhysicalValueType, 398.7, din.unitSymbolType.V),
    ), b"\x01\x02\x03\x04")
    decoded = exi.decode(exi.encode(msg), namespace=DIN.namespace)
    assert from_physical(decoded.Body.BodyElement.EVSEPresentVoltage) == pytest.approx(398.7)
