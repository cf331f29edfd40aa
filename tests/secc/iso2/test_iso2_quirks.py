"""How real vehicles bend -2 (shared/reference/real-world-quirks.md): what the SECC safely accepts."""
from __future__ import annotations

import pytest

import iso2_ev as ev
from iso15118 import exi
from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso15118.v2gtp import PayloadType
from iso2_driver import Driver
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.iso2 import protocol
from test_iso2_errors import dc_until_precharge
from test_iso2_sessions import setup_eim

R = t.responseCodeType
DC_ONLY = SECCConfig(services=(EnergyService.DC,))


@pytest.mark.parametrize("session_id", [b"\x00", bytes(6), b"", bytes(8)], ids=["one_byte_00", "six_zero_bytes", "empty", "eight_zero_bytes"])
async def test_quirk_zero_session_ids_in_session_setup_open_a_new_session(session_id) -> None:
    d = Driver()
    res = await d.send(ev.session_setup(session_id))
    assert res.ResponseCode is R.OK_NewSessionEstablished and len(d.sid) == 8 and any(d.sid)


async def test_quirk_unknown_session_id_in_session_setup_gets_a_new_session() -> None:
    d = Driver()
    res = await d.send(ev.session_setup(b"\x12\x34\x56\x78"))
    assert res.ResponseCode is R.OK_NewSessionEstablished and d.sid != b"\x12\x34\x56\x78"


async def test_quirk_empty_evccid_is_accepted() -> None:
    d = Driver()
    msg = ev.session_setup()
    msg.Body.BodyElement.EVCCID = b""
    res = await d.send(msg)
    assert res.ResponseCode is R.OK_NewSessionEstablished


def test_quirk_bmw_zero_padded_service_discovery_req_decodes() -> None:
    data = exi.encode(ev.service_discovery(bytes(range(8))))
    padded = data + bytes(80 - len(data))
    req = protocol.request_of(protocol.decode(PayloadType.SAP, padded))
    assert isinstance(req, b.ServiceDiscoveryReq) and req.Header.SessionID == bytes(range(8))


async def test_quirk_audi_session_stop_right_after_session_setup() -> None:
    d = Driver()
    await d.send(ev.session_setup())
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK and d.ended == "terminated by the EV"


async def test_quirk_seres_negative_charging_profile_power_and_four_phases() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    # Our encoder refuses 4 (schema 1..3, a 2-bit field holding n-1): OR the encodings of 2 (01) and 3 (10)
    two, three = (exi.encode(ev.power_delivery(d.sid, "Start", profile=[(0, -24136, n)])) for n in (2, 3))
    seres = bytes(x | y for x, y in zip(two, three))
    assert protocol.request_of(protocol.decode(PayloadType.SAP, seres)).ChargingProfile.ProfileEntry[0]\
        .ChargingProfileEntryMaxNumberOfPhasesInUse == 4
    res = await d.send_raw(seres)
    assert res.ResponseCode is R.OK and d.evse.contactors_closed


async def test_quirk_precharge_repeated_until_the_inlet_has_voltage() -> None:
    d = Driver(DC_ONLY)
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    await d.send(ev.cable_check(d.sid))
    for _ in range(20):
        res = await d.send(ev.pre_charge(d.sid, 400))
        assert res.ResponseCode is R.OK
    assert abs(res.EVSEPresentVoltage.Value * 10.0 ** res.EVSEPresentVoltage.Multiplier - 400) < 1
    res = await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    assert res.ResponseCode is R.OK


async def test_quirk_welding_detection_repeated() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    await d.send(ev.power_delivery(d.sid, "Stop", dc=True))
    for _ in range(10):
        res = await d.send(ev.welding_detection(d.sid))
        assert res.ResponseCode is R.OK
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK and d.ctx.welding_requests == 10


async def test_quirk_session_stop_without_welding_detection() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    await d.send(ev.power_delivery(d.sid, "Stop", dc=True))
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK


async def test_quirk_precharge_target_below_the_evse_minimum_is_refused_not_followed() -> None:
    """Skoda-style targets below the EVSE minimum: -2 PreChargeReq carries no present voltage to aim at
    instead, so the SECC refuses (FAILED_WrongChargeParameter) rather than guess."""
    d = Driver(DC_ONLY)
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    await d.send(ev.cable_check(d.sid))
    res = await d.send(ev.pre_charge(d.sid, -5))
    assert res.ResponseCode is R.FAILED_WrongChargeParameter and d.evse.voltage_v == 0


async def test_quirk_mahindra_session_stop_right_after_charge_parameter_discovery() -> None:
    """Mahindra XUV400 / XUV 3XO send SessionStopReq after a DC ChargeParameterDiscoveryRes (FreeV2G issues
    170 and 319, where the charger answered with a sequence error); nothing is energized yet, so accept it."""
    d = Driver(DC_ONLY)
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK and d.ended == "terminated by the EV"
