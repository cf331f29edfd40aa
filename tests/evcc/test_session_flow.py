"""The EVCC state machine driven through whole sessions by a scripted SECC (no sockets)."""
from __future__ import annotations

import pytest
from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer
from evcc.d20.session import D20Session
from evcc.phase import EndKind, Event, EVSELimitsChanged, PowerTransfer, SetContactors
from iso15118.messages import ac as msg_ac
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.common_types import processingType
from iso15118.session.units import from_rational
from iso15118.session.vocabulary import EnergyService

DC_SETUP = [
    "supportedAppProtocolReq",
    "SessionSetupReq",
    "AuthorizationSetupReq",
    "AuthorizationReq",
    "ServiceDiscoveryReq",
    "ServiceDetailReq",
    "ServiceSelectionReq",
    "DC_ChargeParameterDiscoveryReq",
    "ScheduleExchangeReq",
    "DC_CableCheckReq",
    "DC_CableCheckReq",
    "DC_PreChargeReq",
    "DC_PreChargeReq",
    "DC_PreChargeReq",
    "PowerDeliveryReq",
]
AC_SETUP = [
    "supportedAppProtocolReq",
    "SessionSetupReq",
    "AuthorizationSetupReq",
    "AuthorizationReq",
    "ServiceDiscoveryReq",
    "ServiceDetailReq",
    "ServiceSelectionReq",
    "AC_ChargeParameterDiscoveryReq",
    "ScheduleExchangeReq",
    "PowerDeliveryReq",
]


def cfg(**kw: object) -> EVCCConfig:
    return EVCCConfig(**{"max_charge_loops": 5, "charge_loop_interval_s": 1.0, **kw})  # type: ignore[arg-type]


async def test_dc_dynamic_bpt_full_sequence(make_ev, clock) -> None:
    ev = make_ev(discharge_allowed=True)
    secc = FakeSECC()
    run = await drive(D20Session(cfg(bpt=True)), secc, ev, clock)

    assert run.names == DC_SETUP + ["DC_ChargeLoopReq"] * 5 + [
        "PowerDeliveryReq",
        "DC_WeldingDetectionReq",
        "DC_WeldingDetectionReq",
        "SessionStopReq",
    ]
    welding = [r.EVProcessing for r in run.requests if isinstance(r, msg_dc.DC_WeldingDetectionReq)]
    assert welding == [processingType.Ongoing, processingType.Finished]
    assert run.end.kind is EndKind.Terminated and not run.end.error
    assert run.end.session_id == secc.session_id
    # BPT service (6) with the Dynamic parameter set (2), BPT flavours of every mode.
    selection = run.requests[6].SelectedEnergyTransferService
    assert (selection.ServiceID, selection.ParameterSetID) == (6, 2)
    assert isinstance(run.requests[7].DC_CPDReqEnergyTransferMode, msg_dc.BPT_DC_CPDReqEnergyTransferMode)
    assert run.requests[8].Dynamic_SEReqControlMode.EVMinimumV2XEnergyRequest is not None
    loop = run.requests[len(DC_SETUP)]
    assert isinstance(loop.CLReqControlMode, msg_dc.BPT_Dynamic_DC_CLReqControlMode)
    # Contactors close before PowerDelivery Start and open after Stop, and power ends at zero.
    contactors = run.actions(SetContactors)
    assert [c.closed for c in contactors] == [True, False]
    assert run.requests[-4].ChargeProgress is cm.chargeProgressType.Stop
    assert not ev.contactors_closed and ev.power_w == 0.0
    assert ev.energy_in_wh > 0 and ev.energy_out_wh == 0
    assert run.actions(EVSELimitsChanged)


async def test_ev_follows_dc_discharge_when_allowed(make_ev, clock) -> None:
    ev = make_ev(discharge_allowed=True, discharge_soc_floor=30.0)
    run = await drive(D20Session(cfg(bpt=True)), FakeSECC(dc_current_a=-50.0), ev, clock)
    powers = [p.power_w for p in run.actions(PowerTransfer) if p.power_w]
    assert powers and all(p < 0 for p in powers)
    assert ev.energy_out_wh > 0 and ev.energy_in_wh == 0


async def test_no_discharge_offered_without_consent(make_ev, clock) -> None:
    ev = make_ev(discharge_allowed=False)
    run = await drive(D20Session(cfg(bpt=True)), FakeSECC(), ev, clock)
    mode = run.requests[len(DC_SETUP)].CLReqControlMode
    assert from_rational(mode.EVMaximumDischargePower) == 0
    assert from_rational(mode.EVMinimumV2XEnergyRequest) == 0


async def test_dc_scheduled_charge_only_follows_schedule(make_ev, clock) -> None:
    ev = make_ev()
    run = await drive(D20Session(cfg(control_mode=ControlMode.Scheduled)), FakeSECC(), ev, clock)
    assert run.requests[6].SelectedEnergyTransferService.ServiceID == 2
    assert run.requests[6].SelectedEnergyTransferService.ParameterSetID == 1
    start = run.requests[len(DC_SETUP) - 1]
    assert start.ChargeProgress is cm.chargeProgressType.Start
    assert start.EVPowerProfile.Scheduled_EVPPTControlMode.SelectedScheduleTupleID == 1
    mode = run.requests[len(DC_SETUP)].CLReqControlMode
    assert type(mode) is msg_dc.Scheduled_DC_CLReqControlMode
    # 5 kW schedule at the battery's voltage: the EV asks for no more current than that.
    target_power = from_rational(mode.EVTargetCurrent) * from_rational(run.requests[len(DC_SETUP)].EVPresentVoltage)
    assert 4900 <= target_power <= 5100


async def test_ac_scheduled_bpt_picks_discharging_tuple_and_discharges_above_target(make_ev, clock) -> None:
    ev = make_ev(EnergyTransfer.AC, soc=85.0, target_soc=80.0, discharge_allowed=True, discharge_soc_floor=40.0)
    config = cfg(energy_transfer=EnergyTransfer.AC, bpt=True, control_mode=ControlMode.Scheduled)
    run = await drive(D20Session(config), FakeSECC(), ev, clock)
    assert run.names[: len(AC_SETUP)] == AC_SETUP
    assert run.requests[6].SelectedEnergyTransferService.ServiceID == 5
    start = run.requests[len(AC_SETUP) - 1]
    assert start.EVPowerProfile.Scheduled_EVPPTControlMode.SelectedScheduleTupleID == 2
    assert start.BPT_ChannelSelection is cm.channelSelectionType.Discharge
    profile = [from_rational(e.Power) for e in start.EVPowerProfile.EVPowerProfileEntries.EVPowerProfileEntry]
    assert profile == [-3000, -1500]  # the discharging schedule, negative: energy out
    assert isinstance(run.requests[len(AC_SETUP)].CLReqControlMode, msg_ac.BPT_Scheduled_AC_CLReqControlMode)
    powers = [p.power_w for p in run.actions(PowerTransfer) if p.power_w]
    assert powers and all(p == pytest.approx(-3000) for p in powers)  # the discharging schedule's cap
    assert ev.energy_out_wh > 0
    assert run.names[-2:] == ["PowerDeliveryReq", "SessionStopReq"]  # AC: no welding detection


async def test_ac_dynamic_follows_evse_target_within_onboard_charger(make_ev, clock) -> None:
    ev = make_ev(EnergyTransfer.AC)
    config = cfg(energy_transfer=EnergyTransfer.AC)
    run = await drive(D20Session(config), FakeSECC(ac_target_power_w=20000), ev, clock)
    powers = [p.power_w for p in run.actions(PowerTransfer) if p.power_w]
    assert powers and all(p == pytest.approx(11000) for p in powers)  # 11 kW on-board charger
    later = run.requests[len(AC_SETUP) + 1].CLReqControlMode
    assert type(later) is msg_ac.Dynamic_AC_CLReqControlMode
    assert from_rational(later.EVPresentActivePower) == pytest.approx(11000)


async def test_stops_at_target_soc(make_ev, clock) -> None:
    ev = make_ev(soc=79.9, target_soc=80.0)
    config = cfg(max_charge_loops=None, time_scale=100.0)
    run = await drive(D20Session(config), FakeSECC(dc_current_a=300), ev, clock)
    assert run.end.kind is EndKind.Terminated
    assert "target SoC" in run.end.reason
    assert ev.battery.soc >= 80.0


async def test_bpt_falls_back_to_charge_only(make_ev, clock) -> None:
    run = await drive(D20Session(cfg(bpt=True)), FakeSECC(services=(EnergyService.AC, EnergyService.DC)), make_ev(), clock)
    assert run.requests[6].SelectedEnergyTransferService.ServiceID == 2
    assert any(e.name == "BPTUnavailable" for e in run.actions(Event))
    assert type(run.requests[7].DC_CPDReqEnergyTransferMode) is msg_dc.DC_CPDReqEnergyTransferMode


async def test_missing_service_stops_cleanly(make_ev, clock) -> None:
    config = cfg(bpt=True, bpt_fallback_to_charge_only=False)
    run = await drive(D20Session(config), FakeSECC(services=(EnergyService.AC, EnergyService.DC)), make_ev(), clock)
    assert run.names[-1] == "SessionStopReq"
    assert run.requests[-1].ChargingSession is cm.chargingSessionType.Terminate
    assert run.end.kind is EndKind.Terminated and run.end.error


async def test_missing_control_mode_stops_cleanly(make_ev, clock) -> None:
    run = await drive(D20Session(cfg()), FakeSECC(control_modes=(ControlMode.Scheduled,)), make_ev(), clock)
    assert run.names[-2:] == ["ServiceDetailReq", "SessionStopReq"]
    assert run.end.error and "Dynamic" in run.end.reason


async def test_authorization_ongoing_is_polled(make_ev, clock) -> None:
    run = await drive(D20Session(cfg()), FakeSECC(authorization_ongoing=3), make_ev(), clock)
    assert run.names.count("AuthorizationReq") == 4
    assert run.end.kind is EndKind.Terminated and not run.end.error


async def test_authorization_ongoing_timeout(make_ev, clock) -> None:
    config = cfg(ongoing_poll_interval_s=10.0)
    run = await drive(D20Session(config), FakeSECC(authorization_ongoing=100), make_ev(), clock)
    assert run.names[-1] == "SessionStopReq"
    assert run.end.error and "Ongoing" in run.end.reason
    # 60 s V2G_EVCC_Ongoing_Timeout from the first Ongoing answer, polled every 10 s
    assert run.names.count("AuthorizationReq") == 7


async def test_cable_check_timeout(make_ev, clock) -> None:
    config = cfg(ongoing_poll_interval_s=5.0)
    run = await drive(D20Session(config), FakeSECC(cable_check_ongoing=100), make_ev(), clock)
    assert run.end.error and "DC_CableCheck" in run.end.reason
    assert run.names[-1] == "SessionStopReq"
    assert not run.actions(SetContactors)  # never closed


async def test_go_to_pause_pauses_before_power(make_ev, clock) -> None:
    run = await drive(D20Session(cfg()), FakeSECC(go_to_pause=True), make_ev(), clock)
    assert run.names[-2:] == ["ScheduleExchangeReq", "SessionStopReq"]
    assert run.requests[-1].ChargingSession is cm.chargingSessionType.Pause
    assert run.end.kind is EndKind.Paused


async def test_timestamps_come_from_the_injected_wall_clock(make_ev, clock) -> None:
    """Headers and the power profile's TimeAnchor read the session's wall clock, never time.time() directly."""
    session = D20Session(EVCCConfig(max_charge_loops=1), wall_clock=lambda: 1_234_567_890.7)
    run = await drive(session, FakeSECC(), make_ev(), clock)
    stamps = {r.Header.TimeStamp for r in run.requests if hasattr(r, "Header")}
    assert stamps == {1_234_567_890}
    anchors = [r.EVPowerProfile.TimeAnchor for r in run.requests if getattr(r, "EVPowerProfile", None)]
    assert anchors == [1_234_567_890]
