"""SECC behaviour other -20 stacks depend on (issue 11): tariffs on every schedule, the sequence after a
resumed SessionSetup, welding detection and pre-charge loops, the sequence leniencies we keep, and
real vehicles' quirks. Pure states through the Driver (no sockets)."""
from __future__ import annotations

import pytest
from secc_driver import Driver

from iso15118 import exi
from iso15118.messages import common_messages as cm
from iso15118.session.framing import namespace_of
from iso15118.session.units import from_rational as F
from iso15118.session.units import to_rational as R
from evcc import probe as p
from secc.config import PricingConfig, SECCConfig
from secc.controller import ControlMode as M, EnergyService as S
from secc.simulator import SimulatorSettings
from iso15118.messages.common_types import processingType, responseCodeType as RC

Progress = cm.chargeProgressType
ONGOING, FINISHED = processingType.Ongoing, processingType.Finished


async def until_cpd(d: Driver, service: S, mode: M) -> None:
    for req in (p.sap_request(service.is_dc), p.session_setup()):
        await d.send(req)
    for req in (p.authorization_setup(d.sid), p.authorization_eim(d.sid), p.service_discovery(d.sid),
                p.service_selection(d.sid, service, mode)):
        assert (await d.send(req)).end is None


@pytest.mark.parametrize("kind", ["absolute", "levels"])
async def test_discharging_schedule_carries_the_tariff_too(kind: str) -> None:
    d = Driver(SECCConfig(pricing=PricingConfig(kind=kind)))
    await until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    out = await d.send(p.schedule_exchange(d.sid, M.Scheduled))
    tup = out.response.Scheduled_SEResControlMode.ScheduleTuple[0]
    field = "AbsolutePriceSchedule" if kind == "absolute" else "PriceLevelSchedule"
    charging, discharging = getattr(tup.ChargingSchedule, field), getattr(tup.DischargingSchedule, field)
    assert charging is not None and discharging is not None
    assert discharging.PriceScheduleID != charging.PriceScheduleID
    exi.decode(exi.encode(out.response), namespace_of(out.response))  # still valid -20 EXI


async def test_no_pricing_means_no_price_schedule_anywhere() -> None:
    d = Driver(SECCConfig(pricing=PricingConfig(kind="none")))
    await until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    tup = (await d.send(p.schedule_exchange(d.sid, M.Scheduled))).response.Scheduled_SEResControlMode.ScheduleTuple[0]
    for schedule in (tup.ChargingSchedule, tup.DischargingSchedule):
        assert schedule.AbsolutePriceSchedule is None and schedule.PriceLevelSchedule is None


async def until_pre_charge(d: Driver, service: S = S.DC, mode: M = M.Dynamic) -> None:
    await until_cpd(d, service, mode)
    for req in (p.charge_parameter_discovery(d.sid, service), p.schedule_exchange(d.sid, mode), p.cable_check(d.sid)):
        out = await d.send(req)
        assert out.response.ResponseCode is RC.OK and out.end is None
    assert d.allowed_names == {"DC_PreChargeReq"}


async def power_on(d: Driver) -> None:
    await until_pre_charge(d)
    await d.send(p.pre_charge(d.sid))
    assert (await d.send(p.power_delivery(d.sid, Progress.Start))).response.ResponseCode is RC.OK
    await d.send(p.charge_loop(d.sid, S.DC, M.Dynamic))
    await d.send(p.power_delivery(d.sid, Progress.Stop))


async def test_welding_detection_repeats_until_finished_then_session_stop() -> None:
    d = Driver()
    await power_on(d)
    for _ in range(2):
        out = await d.send(p.welding_detection(d.sid, ONGOING))
        assert out.response.ResponseCode is RC.OK and d.allowed_names == {"DC_WeldingDetectionReq"}
    out = await d.send(p.welding_detection(d.sid, FINISHED))
    assert out.response.ResponseCode is RC.OK and d.allowed_names == {"SessionStopReq"}
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.OK and out.end == "terminated by the EV"


async def test_session_stop_after_an_ongoing_welding_detection_is_a_sequence_error() -> None:
    d = Driver()
    await power_on(d)
    await d.send(p.welding_detection(d.sid, ONGOING))
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


async def test_session_stop_right_after_power_delivery_stop_skips_the_optional_welding_check() -> None:
    d = Driver()
    await power_on(d)
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.OK and out.end == "terminated by the EV"


@pytest.mark.parametrize("processing", [ONGOING, FINISHED])
async def test_session_stop_inside_the_pre_charge_loop_is_a_sequence_error(processing: processingType) -> None:
    d = Driver()
    await until_pre_charge(d)
    await d.send(p.pre_charge(d.sid, processing=processing))
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end
    assert not d.evse.contactors_closed


async def test_pre_charge_that_never_converges_ends_through_finished_and_power_delivery_stop() -> None:
    """What our EV does when the EVSE never reaches the voltage: the only way -20 leaves the loop."""
    d = Driver()
    await until_pre_charge(d)
    for _ in range(3):
        assert d.allowed_names >= {"DC_PreChargeReq"}
        assert (await d.send(p.pre_charge(d.sid, processing=ONGOING))).response.ResponseCode is RC.OK
    await d.send(p.pre_charge(d.sid, processing=FINISHED))
    assert d.allowed_names == {"PowerDeliveryReq"}
    out = await d.send(p.power_delivery(d.sid, Progress.Stop))
    assert out.response.ResponseCode is RC.OK and not d.evse.contactors_closed
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.OK and out.end == "terminated by the EV"


async def test_power_delivery_right_after_an_ongoing_pre_charge_is_accepted() -> None:
    """Leniency 3: cars used to -2/DIN end pre-charge without a Finished DC_PreChargeReq."""
    d = Driver()
    await until_pre_charge(d)
    await d.send(p.pre_charge(d.sid, processing=ONGOING))
    out = await d.send(p.power_delivery(d.sid, Progress.Start))
    assert out.response.ResponseCode is RC.OK and d.evse.contactors_closed


async def test_another_pre_charge_after_finished_is_a_sequence_error() -> None:
    d = Driver()
    await until_pre_charge(d)
    await d.send(p.pre_charge(d.sid, processing=FINISHED))
    out = await d.send(p.pre_charge(d.sid, processing=FINISHED))
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


async def test_session_stop_right_after_session_setup_is_accepted() -> None:
    """Leniency 1: an Audi Q4 e-tron stops right after SessionSetupRes (Josev issue 432)."""
    d = Driver()
    await d.send(p.sap_request(False))
    await d.send(p.session_setup())
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.OK and out.end == "terminated by the EV"


async def paused_dc_session() -> tuple[Driver, bytes]:
    d = Driver()
    await power_on(d)
    await d.send(p.welding_detection(d.sid, FINISHED))
    out = await d.send(p.session_stop(d.sid, cm.chargingSessionType.Pause))
    assert out.pause
    resumed = Driver()
    resumed.paused = resumed.env.paused = d.paused
    await resumed.send(p.sap_request(True))
    out = await resumed.send(p.session_setup(session_id=d.sid))
    assert out.response.ResponseCode is RC.OK_OldSessionJoined
    return resumed, d.sid


async def test_resumed_session_goes_on_with_charge_parameter_discovery() -> None:
    """[V2G20-1032]: after OK_OldSessionJoined the EV sends ChargeParameterDiscoveryReq: no new
    authorization or service selection ([V2G20-1844]: the authorization still holds)."""
    d, sid = await paused_dc_session()
    assert d.allowed_names == {"DC_ChargeParameterDiscoveryReq", "AuthorizationSetupReq"}
    assert d.ctx.authorized and (d.ctx.service, d.ctx.control_mode) == (S.DC, M.Dynamic)
    for req in (p.charge_parameter_discovery(sid, S.DC), p.schedule_exchange(sid, M.Dynamic), p.cable_check(sid),
                p.pre_charge(sid), p.power_delivery(sid, Progress.Start)):
        out = await d.send(req)
        assert out.response.ResponseCode is RC.OK and out.end is None, type(req).__name__
    assert d.evse.contactors_closed


async def test_resumed_session_in_the_old_order_is_accepted_too() -> None:
    """Leniency 2: Josev 0.31.2 re-authorizes and selects the service again after a resume."""
    d, sid = await paused_dc_session()
    for req in (p.authorization_setup(sid), p.authorization_eim(sid), p.service_discovery(sid),
                p.service_selection(sid, S.DC, M.Dynamic), p.charge_parameter_discovery(sid, S.DC)):
        out = await d.send(req)
        assert out.response.ResponseCode is RC.OK and out.end is None, type(req).__name__


async def test_resumed_session_refuses_what_neither_order_allows() -> None:
    d, sid = await paused_dc_session()
    out = await d.send(p.service_discovery(sid))
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


# --- real vehicles' quirks (shared/reference/real-world-quirks.md) ---------------------------------


def negate_discharge(mode) -> None:  # type: ignore[no-untyped-def]
    for name in ("EVMaximumDischargePower", "EVMinimumDischargePower", "EVMaximumDischargeCurrent",
                 "EVMinimumDischargeCurrent"):
        value = getattr(mode, name, None)
        if value is not None:
            setattr(mode, name, R(-F(value)))


@pytest.mark.parametrize("service", [S.AC_BPT, S.DC_BPT], ids=lambda s: s.name)
async def test_negative_discharge_limits_are_read_as_magnitudes(service: S) -> None:
    """Some cars send -20 BPT discharge limits negative (everest-core `negative_bidirectional_limits`):
    the session must go exactly as with the standard's positive magnitudes."""
    results = []
    for negative in (False, True):
        d = Driver(settings=SimulatorSettings(discharge_setpoint_w=3000))
        await until_cpd(d, service, M.Dynamic)
        cpd = p.charge_parameter_discovery(d.sid, service)
        loop = p.charge_loop(d.sid, service, M.Dynamic)
        if negative:
            negate_discharge(cpd.DC_CPDReqEnergyTransferMode if service.is_dc else cpd.AC_CPDReqEnergyTransferMode)
            negate_discharge(loop.CLReqControlMode)
        out = await d.send(cpd)
        assert out.response.ResponseCode is RC.OK and out.end is None
        steps = [p.schedule_exchange(d.sid, M.Dynamic)]
        if service.is_dc:
            steps += [p.cable_check(d.sid), p.pre_charge(d.sid)]
        for req in (*steps, p.power_delivery(d.sid, Progress.Start), loop):
            out = await d.send(req)
            assert out.response.ResponseCode is RC.OK and out.end is None, type(req).__name__
        assert d.ctx.ev.max_discharge_power_w > 0
        results.append((d.ctx.ev, d.evse.present_power_w, out.response.CLResControlMode))
    assert results[0] == results[1]
    assert results[1][1] == pytest.approx(-3000)


async def test_pre_charge_target_below_the_minimum_aims_at_the_battery_voltage() -> None:
    """Skoda Enyaq asks for a pre-charge target below its battery voltage, even below 0."""
    d = Driver()
    await until_pre_charge(d)
    req = p.pre_charge(d.sid, voltage=400.0, processing=ONGOING)
    req.EVTargetVoltage = R(-5)
    out = await d.send(req)
    assert out.response.ResponseCode is RC.OK and out.end is None
    assert d.evse.voltage_v == pytest.approx(400.0)


@pytest.mark.parametrize("session_id", [b"\x00", b"", b"\x00" * 6], ids=["1-byte", "empty", "6-byte"])
async def test_short_or_zero_session_ids_in_session_setup_get_a_new_session(session_id: bytes) -> None:
    """Most cars open with a 1-byte SessionID 00, a Seres with 6 zero bytes, a Subaru once with an
    empty one: a new session with an 8-byte SessionID, used from then on."""
    d = Driver()
    await d.send(p.sap_request(True))
    out = await d.send(p.session_setup(session_id=session_id))
    assert out.response.ResponseCode is RC.OK_NewSessionEstablished and len(d.sid) == 8
    assert (await d.send(p.authorization_setup(d.sid))).response.ResponseCode is RC.OK
