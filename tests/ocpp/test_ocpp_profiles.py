"""CSMS charging profiles in live sessions over real websockets: SetChargingProfile/ClearChargingProfile as
limits in Dynamic mode (the next ChargeLoopRes carries them), as schedules in Scheduled mode (with
renegotiation), GetCompositeSchedule, OCPP 2.1 operation modes as Dynamic set-points, NotifyEVChargingNeeds,
TriggerMessage."""
from __future__ import annotations

import asyncio
import datetime as dt
import time

import pytest
from ocpp.exceptions import OCPPError

from iso15118.messages.common_types import evseNotificationType
from iso15118.session.units import from_rational as F
from evcc import probe as p
from secc.controller import ControlMode as M, EnergyService as S
from secc.ocpp.csms_sim import Policy

POLICY = Policy(passwords={"CS001": "secret"})


def iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat().replace("+00:00", "Z")


def profile(pid: int = 1, purpose: str = "ChargingStationExternalConstraints", periods=((0, 3000.0),),
            start: float | None = None, **period_extra) -> dict:
    entries = [{"startPeriod": s, "limit": limit, **period_extra} for s, limit in periods]
    return {"id": pid, "stackLevel": 0, "chargingProfilePurpose": purpose, "chargingProfileKind": "Absolute",
            "chargingSchedule": [{"id": pid, "chargingRateUnit": "W", "startSchedule": iso(start or time.time() - 1),
                                  "chargingSchedulePeriod": entries}]}


async def charging(sim, station_secc, probe, service, mode, version="2.1"):
    station, secc = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    c = await probe(secc.port)
    await c.start_charging(service, mode)
    return station, secc, c


def target_power(res) -> float:
    """AC Dynamic: EVSETargetActivePower; DC Dynamic: the SECC's maximum charge minus maximum discharge power
    (one of them is 0: that is how -20 DC Dynamic states the set-point)."""
    mode = res.CLResControlMode
    if hasattr(mode, "EVSETargetActivePower"):
        return F(mode.EVSETargetActivePower)
    return F(mode.EVSEMaximumChargePower) - F(getattr(mode, "EVSEMaximumDischargePower", None) or 0)


async def test_profile_limits_the_next_charge_loop_then_clear(csms, station_secc, probe, version) -> None:
    sim = await csms(versions=(version,), policy=POLICY)
    station, secc, c = await charging(sim, station_secc, probe, S.AC, M.Dynamic)
    before = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert target_power(before) > 3000
    answer = await sim.set_charging_profile("CS001", 0, profile(pid=7))
    assert answer.status == "Accepted"
    after = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert target_power(after) <= 3000.0 + 1
    assert secc.evses[-1].present_power_w <= 3000.0 + 1
    cleared = await sim.send("CS001", "ClearChargingProfile", charging_profile_id=7)
    assert cleared.status == "Accepted"
    again = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert target_power(again) > 3000
    unknown = await sim.send("CS001", "ClearChargingProfile", charging_profile_id=7)
    assert unknown.status == "Unknown"


async def test_composite_schedule(csms, station_secc, version) -> None:
    sim = await csms(versions=(version,), policy=POLICY)
    station, _ = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    now = time.time()
    extra = {"dischargeLimit": -2000.0} if version == "2.1" else {}
    await sim.set_charging_profile("CS001", 0, profile(periods=((0, 6000.0), (600, 4000.0)), start=now - 1, **extra))
    answer = await sim.send("CS001", "GetCompositeSchedule", duration=1200, evse_id=1)
    assert answer.status == "Accepted"
    periods = answer.schedule["charging_schedule_period"]
    assert [q["limit"] for q in periods] == [6000.0, 4000.0] and periods[0]["start_period"] == 0
    assert 590 <= periods[1]["start_period"] <= 599  # the profile began a second before the request
    if version == "2.1":
        assert periods[0]["discharge_limit"] == -2000.0
    amps = await sim.send("CS001", "GetCompositeSchedule", duration=60, evse_id=0, charging_rate_unit="A")
    assert amps.schedule["charging_rate_unit"] == "A"
    assert amps.schedule["charging_schedule_period"][0]["limit"] == round(6000.0 / (230.0 * 3), 1)


async def test_scheduled_mode_offers_the_profile_and_renegotiates(csms, station_secc, probe, version) -> None:
    sim = await csms(versions=(version,), policy=POLICY)
    station, secc = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    await sim.set_charging_profile("CS001", 0, profile(purpose="TxDefaultProfile", periods=((0, 20000.0), (600, 10000.0))))
    c = await probe(secc.port)
    responses = await c.start_charging(S.DC, M.Scheduled)
    exchange = next(r for r in responses if type(r).__name__ == "ScheduleExchangeRes")
    entries = exchange.Scheduled_SEResControlMode.ScheduleTuple[0].ChargingSchedule.PowerSchedule.PowerScheduleEntries
    powers = [F(e.Power) for e in entries.PowerScheduleEntry]
    assert powers[:2] == [20000.0, 10000.0]
    needs = await sim.wait_for(lambda: sim.calls("NotifyEVChargingNeeds"))
    assert needs[0]["chargingNeeds"]["requestedEnergyTransfer"] == "DC"
    assert needs[0]["chargingNeeds"]["dcChargingParameters"]["evMaxCurrent"] == 250
    assert ("v2xChargingParameters" in needs[0]["chargingNeeds"]) is (version == "2.1")
    (schedule,) = await sim.wait_for(lambda: sim.calls("NotifyEVChargingSchedule"))
    assert schedule["evseId"] == 1 and schedule["chargingSchedule"]["chargingRateUnit"] == "W"
    assert [q["limit"] for q in schedule["chargingSchedule"]["chargingSchedulePeriod"]] == [0.0]  # probe: power_w=0
    await sim.set_charging_profile("CS001", 0, profile(pid=2, purpose="TxDefaultProfile", periods=((0, 5000.0),)))
    res = await c.request(p.charge_loop(c.session_id, S.DC, M.Scheduled))
    assert res.EVSEStatus is not None
    assert res.EVSEStatus.EVSENotification is evseNotificationType.ScheduleRenegotiation


async def test_ocpp21_operation_modes_drive_dynamic_setpoints(csms, station_secc, probe) -> None:
    sim = await csms(versions=("2.1",), policy=POLICY)
    station, secc, c = await charging(sim, station_secc, probe, S.DC_BPT, M.Dynamic)
    first = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert target_power(first) > 0
    central = profile(purpose="TxDefaultProfile", periods=((0, 30000.0),), operationMode="CentralSetpoint",
                      setpoint=-5000.0, dischargeLimit=-20000.0)
    assert (await sim.set_charging_profile("CS001", 0, central)).status == "Accepted"
    res = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert target_power(res) == pytest.approx(-5000.0, abs=50)
    idle = profile(pid=2, purpose="TxDefaultProfile", periods=((0, 30000.0),), operationMode="Idle")
    assert (await sim.set_charging_profile("CS001", 0, idle)).status == "Accepted"
    res = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert abs(target_power(res)) < 1
    needs = await sim.wait_for(lambda: sim.calls("NotifyEVChargingNeeds"))
    v2x = needs[0]["chargingNeeds"]  # from the probe's ChargeParameterDiscovery and Dynamic ScheduleExchange
    assert v2x["requestedEnergyTransfer"] == "DC_BPT" and v2x["controlMode"] == "DynamicControl"
    assert v2x["v2xChargingParameters"] == {
        "maxChargePower": 100000.0, "minChargePower": 0.0, "maxDischargePower": 30000.0, "minDischargePower": 0.0,
        "evTargetEnergyRequest": 40000.0, "evMaxEnergyRequest": 60000.0, "evMinEnergyRequest": 5000.0, "targetSoC": 80}
    assert v2x["dcChargingParameters"] == {"evMaxCurrent": 250, "evMaxVoltage": 500, "evMaxPower": 100000,
                                           "energyAmount": 40000}


async def test_bad_profiles_are_refused(csms, station_secc) -> None:
    sim = await csms(policy=POLICY)
    station, _ = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    tx = profile(purpose="TxProfile")
    tx["transactionId"] = "no-such-tx"
    answer = await sim.set_charging_profile("CS001", 1, tx)
    assert answer.status == "Rejected" and answer.status_info["reason_code"] == "TxNotFound"
    late = profile(periods=((5, 1000.0),))  # the first period must start at 0
    answer = await sim.set_charging_profile("CS001", 0, late)
    assert answer.status == "Rejected" and "startPeriod" in answer.status_info["additional_info"]
    with pytest.raises(OCPPError):  # not even the schema: the library refuses it before our code runs
        await sim.set_charging_profile("CS001", 0, {**profile(), "chargingProfileKind": "Sometimes"})
    assert station.profiles is not None and station.profiles.profiles == []


async def test_trigger_message(csms, station_secc, version) -> None:
    sim = await csms(versions=(version,), policy=POLICY)
    station, _ = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    before = len(sim.calls("StatusNotification"))
    assert (await sim.send("CS001", "TriggerMessage", requested_message="StatusNotification")).status == "Accepted"
    assert (await sim.send("CS001", "TriggerMessage", requested_message="Heartbeat")).status == "Accepted"
    await sim.wait_for(lambda: len(sim.calls("StatusNotification")) > before and sim.calls("Heartbeat"))
    refused = await sim.send("CS001", "TriggerMessage", requested_message="LogStatusNotification")
    assert refused.status == "NotImplemented"


async def test_trigger_meter_values_transaction_event_and_boot_in_a_session(csms, station_secc, probe, version) -> None:
    sim = await csms(versions=(version,), policy=POLICY)
    station, secc, c = await charging(sim, station_secc, probe, S.AC, M.Dynamic)
    await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    for message in ("MeterValues", "TransactionEvent", "BootNotification"):
        answer = await sim.send("CS001", "TriggerMessage", requested_message=message, evse={"id": 1})
        assert answer.status == "Accepted", message
    (values,) = await sim.wait_for(lambda: sim.calls("MeterValues"))
    assert values["evseId"] == 1
    assert {v["measurand"] for v in values["meterValue"][0]["sampledValue"]} >= {
        "Energy.Active.Import.Register", "Energy.Active.Export.Register"}
    await sim.wait_for(lambda: [e for e in sim.calls("TransactionEvent") if e["triggerReason"] == "Trigger"])
    boots = await sim.wait_for(lambda: len(sim.calls("BootNotification")) == 2 and sim.calls("BootNotification"))
    assert boots[-1]["reason"] == "Triggered"


async def test_evcc_renegotiates_a_changed_schedule(csms, station_secc, certificates) -> None:
    """Our EVCC in a DC Scheduled session: a TxDefaultProfile pushed mid-session leads to
    ScheduleRenegotiation, a second ScheduleExchange offering the new profile, and power within it."""
    from e2e_harness import evcc_config, run_evcc

    sim = await csms(policy=POLICY)
    station, secc = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    config = evcc_config(control_mode=M.Scheduled, charge_loop_interval_s=0.05, max_charge_loops=60)
    ev = asyncio.ensure_future(run_evcc(config, secc.port, certificates))
    await sim.wait_for(lambda: any(e["transactionInfo"].get("chargingState") == "Charging"
                                   for e in sim.calls("TransactionEvent")))
    answer = await sim.set_charging_profile("CS001", 0, profile(purpose="TxDefaultProfile", periods=((0, 7000.0),)))
    assert answer.status == "Accepted"
    report, _ = await asyncio.wait_for(ev, 30)
    assert not report.end.error, report.end
    assert report.requests.count("ScheduleExchangeReq") == 2
    assert len(sim.calls("NotifyEVChargingNeeds")) == 2  # the EV's needs again at the renegotiation
    assert secc.evses[-1].import_cap_w == 7000.0  # the power electronics enforce it too
    (summary,) = await secc.wait_summaries(1)
    assert summary.control_mode == "Scheduled"
