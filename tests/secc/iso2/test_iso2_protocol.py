"""The -2 protocol hooks the runner uses: decoding, timers, wind-down and charge-loop power."""
from __future__ import annotations

import pytest

import iso2_ev as ev
from iso15118 import exi
from iso15118.session.framing import FramingError
from iso15118.v2gtp import PayloadType
from secc.iso2 import protocol


def test_performance_times_are_2s_own() -> None:
    assert protocol.performance_time(ev.current_demand(b"1").Body.BodyElement) == 0.25
    assert protocol.performance_time(ev.power_delivery(b"1").Body.BodyElement) == 4.5
    assert protocol.performance_time(ev.charging_status(b"1").Body.BodyElement) == 1.5


def test_performance_times_follow_a_scaled_session_timing() -> None:
    from iso15118.session.timers import SessionTiming

    req = ev.current_demand(b"1").Body.BodyElement
    assert protocol.performance_time(req, SessionTiming()) == 0.25
    assert protocol.performance_time(req, SessionTiming().scaled(0.1)) == pytest.approx(0.025)


def test_only_payload_type_0x8001_carries_2() -> None:
    data = exi.encode(ev.session_setup())
    assert protocol.request_of(protocol.decode(PayloadType.SAP, data)).EVCCID == ev.EVCCID
    with pytest.raises(FramingError):
        protocol.decode(PayloadType.MAIN, data)


def test_a_stopped_session_answers_only_the_wind_down() -> None:
    assert protocol.winding_down(ev.current_demand(b"1").Body.BodyElement)
    assert protocol.winding_down(ev.power_delivery(b"1", "Stop").Body.BodyElement)
    assert not protocol.winding_down(ev.power_delivery(b"1", "Start").Body.BodyElement)
    assert not protocol.winding_down(ev.ac_cpd(b"1").Body.BodyElement)


def test_charge_loop_power_is_what_a_dc_ev_asks_and_unknown_for_ac() -> None:
    assert protocol.charge_loop_power(ev.current_demand(b"1", 400, 50).Body.BodyElement, None) == 20000
    assert protocol.charge_loop_power(ev.charging_status(b"1").Body.BodyElement, None) is None


def test_ev_soc_from_current_demand_none_in_ac() -> None:
    """DC: CurrentDemandReq DC_EVStatus.EVRESSSOC; AC -2 reports no SoC (ChargingStatusReq has none)."""
    from dataclasses import replace

    dc = protocol.request_of(ev.current_demand(b"\x01" * 8))
    assert protocol.ev_soc(replace(dc, DC_EVStatus=ev.dc_ev_status(soc=64))) == 64.0
    assert protocol.ev_soc(protocol.request_of(ev.charging_status(b"\x01" * 8))) is None
    assert protocol.ev_soc(protocol.request_of(ev.pre_charge(b"\x01" * 8))) is None
