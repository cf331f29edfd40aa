"""ISO 15118-2 SECC states, EIM: complete AC and DC sessions through pure handle() calls (EXI round trip)."""
from __future__ import annotations

import pytest

import iso2_ev as ev
from iso15118.messages import iso2_msg_data_types as t
from iso2_driver import Driver
from secc.config import SECCConfig
from secc.controller import EnergyService

R = t.responseCodeType
F = lambda v: v.Value * 10.0 ** v.Multiplier  # noqa: E731


async def setup_eim(d: Driver) -> None:
    res = await d.send(ev.session_setup())
    assert res.ResponseCode is R.OK_NewSessionEstablished and len(d.sid) == 8
    res = await d.send(ev.service_discovery(d.sid))
    assert res.PaymentOptionList.PaymentOption == [t.paymentOptionType.ExternalPayment]
    assert res.ChargeService.ServiceID == 1
    res = await d.send(ev.payment_selection(d.sid))
    assert res.ResponseCode is R.OK
    res = await d.send(ev.authorization(d.sid))
    assert (res.ResponseCode, res.EVSEProcessing) == (R.OK, t.EVSEProcessingType.Finished)


async def test_ac_eim_session_runs_to_session_stop() -> None:
    d = Driver()
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid))
    assert res.ResponseCode is R.OK and res.EVSEProcessing is t.EVSEProcessingType.Finished
    tup = res.SASchedules.SAScheduleTuple[0]
    assert F(tup.PMaxSchedule.PMaxScheduleEntry[0].PMax) == 22000
    assert F(res.EVSEChargeParameter.EVSEMaxCurrent) == pytest.approx(22000 / 690, abs=0.001)
    res = await d.send(ev.power_delivery(d.sid, "Start", tup.SAScheduleTupleID, profile=[(0, 11000, 3)]))
    assert res.ResponseCode is R.OK and d.evse.contactors_closed
    for _ in range(3):
        res = await d.send(ev.charging_status(d.sid))
        assert res.ResponseCode is R.OK and res.SAScheduleTupleID == tup.SAScheduleTupleID
        assert res.EVSEID == d.config.evse_id and F(res.EVSEMaxCurrent) > 30
    res = await d.send(ev.power_delivery(d.sid, "Stop"))
    assert res.ResponseCode is R.OK and not d.evse.contactors_closed
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK and d.ended == "terminated by the EV"


async def test_dc_eim_session_runs_to_session_stop() -> None:
    d = Driver(SECCConfig(services=(EnergyService.DC,)))
    await setup_eim(d)
    res = await d.send(ev.dc_cpd(d.sid))
    assert res.ResponseCode is R.OK
    cp = res.EVSEChargeParameter
    assert F(cp.EVSEMaximumVoltageLimit) == 920 and F(cp.EVSEMaximumCurrentLimit) == 300
    assert cp.DC_EVSEStatus.EVSEStatusCode is t.DC_EVSEStatusCodeType.EVSE_Ready
    res = await d.send(ev.cable_check(d.sid))
    assert res.EVSEProcessing is t.EVSEProcessingType.Finished
    assert res.DC_EVSEStatus.EVSEIsolationStatus is t.isolationLevelType.Valid
    res = await d.send(ev.pre_charge(d.sid, 400))
    assert res.ResponseCode is R.OK and d.evse.voltage_v == 400
    res = await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    assert res.ResponseCode is R.OK and d.evse.contactors_closed
    res = await d.send(ev.current_demand(d.sid, 400, 100))
    assert res.ResponseCode is R.OK and not res.EVSECurrentLimitAchieved
    assert d.evse.current_a == 100
    res = await d.send(ev.current_demand(d.sid, 400, 250))  # above the EV's 200 A: held at 200 A
    assert F(res.EVSEMaximumPowerLimit) == 150000 and F(res.EVSEMaximumCurrentLimit) == 300
    assert res.EVSECurrentLimitAchieved and d.evse.current_a == 200
    res = await d.send(ev.power_delivery(d.sid, "Stop", dc=True))
    assert res.ResponseCode is R.OK and not d.evse.contactors_closed
    for _ in range(2):
        res = await d.send(ev.welding_detection(d.sid))
        assert res.ResponseCode is R.OK
    res = await d.send(ev.session_stop(d.sid))
    assert res.ResponseCode is R.OK and d.ended == "terminated by the EV"
