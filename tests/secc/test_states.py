"""Pure SECC handlers: every message pair, its error codes, notifications, grid caps, pause/resume."""
from __future__ import annotations

import dataclasses
import math

import pytest
from secc_driver import Driver

from iso15118 import exi
from iso15118.messages import app_protocol
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import processingType, responseCodeType as RC
from iso15118.session.framing import namespace_of
from iso15118.session.units import from_rational as F
from iso15118.session.units import header
from evcc import probe as p
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.controller import AuthorizationStatus, ControlMode as M, EnergyService as S, EVSENotification, IsolationStatus
from secc.d20.responses import RESPONSE_OF, error_response
from secc.simulator import SimulatorSettings

COMBOS = [(s, m) for s in (S.AC, S.DC, S.AC_BPT, S.DC_BPT) for m in M]
Progress = cm.chargeProgressType


async def charge(d: Driver, service: S, mode: M) -> None:
    """Drive a fresh session into the charge loop, asserting OK on the way."""
    for req in (p.sap_request(service.is_dc), p.session_setup()):
        out = await d.send(req)
        assert out.end is None
    sid = d.sid
    steps = [p.authorization_setup(sid), p.authorization_eim(sid), p.service_discovery(sid),
             p.service_detail(sid, service), p.service_selection(sid, service, mode),
             p.charge_parameter_discovery(sid, service), p.schedule_exchange(sid, mode)]
    if service.is_dc:
        steps += [p.cable_check(sid), p.pre_charge(sid)]
    steps.append(p.power_delivery(sid, Progress.Start, schedule_tuple_id=1 if mode is M.Scheduled else None,
                                  power_w=1000))
    for req in steps:
        out = await d.send(req)
        assert out.end is None and out.response.ResponseCode is RC.OK, (type(req).__name__, out)


@pytest.mark.parametrize("service,mode", COMBOS, ids=lambda x: x.name)
async def test_full_session_every_service_and_mode(service: S, mode: M) -> None:
    d = Driver(settings=SimulatorSettings(discharge_setpoint_w=3000 if service.is_bpt else None))
    await charge(d, service, mode)
    assert d.evse.contactors_closed
    for _ in range(3):
        out = await d.send(p.charge_loop(d.sid, service, mode, meter=True))
        assert out.response.ResponseCode is RC.OK and out.end is None
        # every response must be encodable as the standard's EXI
        exi.decode(exi.encode(out.response), namespace_of(out.response))
    assert out.response.MeterInfo is not None
    if service.is_bpt and mode is M.Dynamic:
        assert d.evse.present_power_w == pytest.approx(-3000)
    elif not service.is_bpt:
        assert d.evse.present_power_w > 0
    stops = [p.power_delivery(d.sid, Progress.Stop)]
    if service.is_dc:
        stops.append(p.welding_detection(d.sid))
    for req in stops:
        assert (await d.send(req)).response.ResponseCode is RC.OK
    assert not d.evse.contactors_closed and d.evse.present_power_w == 0
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.OK and out.end == "terminated by the EV"


async def test_no_common_app_protocol() -> None:
    d = Driver(SECCConfig(services=(S.AC,)))
    out = await d.send(p.sap_request(dc_domain=True))
    assert out.response.ResponseCode is app_protocol.responseCodeType.Failed_NoNegotiation and out.end


async def test_app_protocol_picks_best_priority_and_minor_deviation() -> None:
    d = Driver()
    req = app_protocol.supportedAppProtocolReq(AppProtocol=[
        app_protocol.AppProtocolType(ProtocolNamespace="urn:iso:15118:2:2013:MsgDef", VersionNumberMajor=2,
                                     VersionNumberMinor=0, SchemaID=1, Priority=1),
        app_protocol.AppProtocolType(ProtocolNamespace="urn:iso:std:iso:15118:-20:DC", VersionNumberMajor=1,
                                     VersionNumberMinor=3, SchemaID=7, Priority=2),
    ])
    out = await d.send(req)
    assert out.response.SchemaID == 7
    assert out.response.ResponseCode is app_protocol.responseCodeType.OK_SuccessfulNegotiationWithMinorDeviation


async def test_sequence_error_answers_in_the_requests_own_type() -> None:
    d = Driver()
    await d.send(p.sap_request(True))
    await d.send(p.session_setup())
    out = await d.send(p.service_discovery(d.sid))  # AuthorizationSetup expected
    assert isinstance(out.response, cm.ServiceDiscoveryRes)
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


async def test_request_before_app_protocol_is_a_sequence_error() -> None:
    d = Driver()
    out = await d.send(p.session_setup())
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


async def test_unknown_session_id() -> None:
    d = Driver()
    await d.send(p.sap_request(True))
    await d.send(p.session_setup())
    out = await d.send(p.authorization_setup(b"\x01" * 8))
    assert out.response.ResponseCode is RC.FAILED_UnknownSession and out.end


async def test_session_stop_while_energy_flows_is_a_sequence_error() -> None:
    d = Driver()
    await charge(d, S.DC, M.Dynamic)
    out = await d.send(p.session_stop(d.sid))
    assert out.response.ResponseCode is RC.FAILED_SequenceError and out.end


async def test_service_id_invalid_and_selection_invalid() -> None:
    d = Driver(SECCConfig(services=(S.DC,)))
    for req in (p.sap_request(True), p.session_setup()):
        await d.send(req)
    for req in (p.authorization_setup(d.sid), p.authorization_eim(d.sid), p.service_discovery(d.sid)):
        await d.send(req)
    out = await d.send(p.service_detail(d.sid, S.DC_BPT))
    assert out.response.ResponseCode is RC.FAILED_ServiceIDInvalid and out.end
    assert out.response.ServiceID == int(S.DC_BPT)
    d.ctx.allowed = frozenset({cm.ServiceSelectionReq})
    out = await d.send(p.service_selection(d.sid, S.DC_BPT, M.Dynamic))
    assert out.response.ResponseCode is RC.FAILED_ServiceSelectionInvalid and out.end


async def test_parameter_set_not_offered_is_selection_invalid() -> None:
    d = Driver(SECCConfig(control_modes=(M.Scheduled,)))
    for req in (p.sap_request(False), p.session_setup()):
        await d.send(req)
    for req in (p.authorization_setup(d.sid), p.authorization_eim(d.sid), p.service_discovery(d.sid)):
        await d.send(req)
    detail = await d.send(p.service_detail(d.sid, S.AC))
    assert [s.ParameterSetID for s in detail.response.ServiceParameterList.ParameterSet] == [1]
    out = await d.send(p.service_selection(d.sid, S.AC, M.Dynamic))
    assert out.response.ResponseCode is RC.FAILED_ServiceSelectionInvalid


async def _until_cpd(d: Driver, service: S, mode: M) -> None:
    for req in (p.sap_request(service.is_dc), p.session_setup()):
        await d.send(req)
    for req in (p.authorization_setup(d.sid), p.authorization_eim(d.sid), p.service_discovery(d.sid),
                p.service_selection(d.sid, service, mode)):
        await d.send(req)


async def test_bpt_service_needs_bpt_charge_parameters() -> None:
    d = Driver()
    await _until_cpd(d, S.DC_BPT, M.Dynamic)
    out = await d.send(p.charge_parameter_discovery(d.sid, S.DC))  # plain DC parameters for a BPT service
    assert out.response.ResponseCode is RC.FAILED_WrongChargeParameter and out.end


async def test_ev_voltage_range_outside_evse_is_wrong_charge_parameter() -> None:
    d = Driver()
    await _until_cpd(d, S.DC, M.Dynamic)
    req = p.charge_parameter_discovery(d.sid, S.DC)
    req.DC_CPDReqEnergyTransferMode.EVMaximumVoltage = p.R(100)  # below EVSEMinimumVoltage 150 V
    req.DC_CPDReqEnergyTransferMode.EVMinimumVoltage = p.R(50)
    out = await d.send(req)
    assert out.response.ResponseCode is RC.FAILED_WrongChargeParameter


async def test_schedule_exchange_in_the_wrong_control_mode() -> None:
    d = Driver()
    await _until_cpd(d, S.AC, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC))
    out = await d.send(p.schedule_exchange(d.sid, M.Dynamic))
    assert out.response.ResponseCode is RC.FAILED_WrongChargeParameter and out.end


async def test_scheduled_mode_offers_power_and_price_and_discharge_schedule() -> None:
    d = Driver()
    await _until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    out = await d.send(p.schedule_exchange(d.sid, M.Scheduled, departure_s=3600))
    tup = out.response.Scheduled_SEResControlMode.ScheduleTuple[0]
    entry = tup.ChargingSchedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry[0]
    assert entry.Duration == 3600 and F(entry.Power) == 22000
    assert tup.ChargingSchedule.AbsolutePriceSchedule.Currency == "EUR"
    assert F(tup.DischargingSchedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry[0].Power) == -11000


async def test_dynamic_mode_echoes_mobility_needs() -> None:
    d = Driver()
    await _until_cpd(d, S.DC, M.Dynamic)
    await d.send(p.charge_parameter_discovery(d.sid, S.DC))
    out = await d.send(p.schedule_exchange(d.sid, M.Dynamic, departure_s=5400))
    res = out.response.Dynamic_SEResControlMode
    assert (res.DepartureTime, res.MinimumSOC, res.TargetSOC) == (5400, 30, 80)
    assert d.allowed_names == {"DC_CableCheckReq"}


async def test_power_profile_checks() -> None:
    for tuple_id, power, code in ((9, 1000, RC.FAILED_ScheduleSelectionInvalid),
                                  (1, 99999, RC.FAILED_EVPowerProfileInvalid)):
        d = Driver()
        await _until_cpd(d, S.AC, M.Scheduled)
        await d.send(p.charge_parameter_discovery(d.sid, S.AC))
        await d.send(p.schedule_exchange(d.sid, M.Scheduled))
        out = await d.send(p.power_delivery(d.sid, Progress.Start, schedule_tuple_id=tuple_id, power_w=power))
        assert out.response.ResponseCode is code and out.end
        assert not d.evse.contactors_closed


async def test_pre_charge_target_out_of_range() -> None:
    d = Driver()
    await _until_cpd(d, S.DC, M.Scheduled)
    for req in (p.charge_parameter_discovery(d.sid, S.DC), p.schedule_exchange(d.sid, M.Scheduled), p.cable_check(d.sid)):
        await d.send(req)
    out = await d.send(p.pre_charge(d.sid, voltage=950))
    assert out.response.ResponseCode is RC.FAILED_WrongChargeParameter


async def test_charge_loop_in_the_wrong_control_mode() -> None:
    d = Driver()
    await charge(d, S.DC, M.Scheduled)
    out = await d.send(p.charge_loop(d.sid, S.DC, M.Dynamic))
    assert out.response.ResponseCode is RC.FAILED_WrongChargeParameter and out.end


async def test_eim_authorization_ongoing_then_accepted() -> None:
    d = Driver(settings=SimulatorSettings(authorization_delay_s=3600))
    await d.send(p.sap_request(True))
    await d.send(p.session_setup())
    await d.send(p.authorization_setup(d.sid))
    out = await d.send(p.authorization_eim(d.sid))
    assert out.response.EVSEProcessing is processingType.Ongoing and d.allowed_names == {"AuthorizationReq"}
    d.evse.settings.authorization_delay_s = 0
    out = await d.send(p.authorization_eim(d.sid))
    assert out.response.EVSEProcessing is processingType.Finished and "ServiceDiscoveryReq" in d.allowed_names


async def test_authorization_ongoing_timeout_ends_the_session() -> None:
    d = Driver(settings=SimulatorSettings(authorization_delay_s=3600))
    for req in (p.sap_request(True), p.session_setup()):
        await d.send(req)
    await d.send(p.authorization_setup(d.sid))
    await d.send(p.authorization_eim(d.sid), now=d.now)
    out = await d.send(p.authorization_eim(d.sid), now=d.now + d.config.timing.ongoing_timeout + 1)
    assert out.response.ResponseCode is RC.FAILED and out.end


async def test_authorization_rejected_and_selection_invalid() -> None:
    d = Driver(settings=SimulatorSettings(authorization_result=AuthorizationStatus.REJECTED))
    for req in (p.sap_request(True), p.session_setup()):
        await d.send(req)
    setup = await d.send(p.authorization_setup(d.sid))
    assert setup.response.AuthorizationServices == [cm.authorizationType.EIM]  # no PnC without an authorizer
    pnc = cm.AuthorizationReq(Header=header(d.sid), SelectedAuthorizationService=cm.authorizationType.PnC,
                              EIM_AReqAuthorizationMode=cm.EIM_AReqAuthorizationModeType())
    out = await d.send(pnc)
    assert out.response.ResponseCode is RC.WARNING_AuthorizationSelectionInvalid
    out = await d.send(p.authorization_eim(d.sid))
    assert out.response.ResponseCode is RC.WARNING_EIMAuthorizationFailure
    assert (await d.send(p.service_discovery(d.sid))).response.ResponseCode is RC.FAILED_SequenceError


@pytest.mark.parametrize("status,finished", [(IsolationStatus.VALID, True), (IsolationStatus.WARNING, True),
                                             (IsolationStatus.FAULT, False)])
async def test_cable_check_results(status: IsolationStatus, finished: bool) -> None:
    d = Driver(settings=SimulatorSettings(isolation_result=status))
    await _until_cpd(d, S.DC, M.Dynamic)
    await d.send(p.charge_parameter_discovery(d.sid, S.DC))
    await d.send(p.schedule_exchange(d.sid, M.Dynamic))
    out = await d.send(p.cable_check(d.sid))
    if finished:
        assert out.response.EVSEProcessing is processingType.Finished and d.allowed_names == {"DC_PreChargeReq"}
    else:
        assert out.response.ResponseCode is RC.FAILED and out.end


async def test_cable_check_ongoing_then_timeout() -> None:
    d = Driver(settings=SimulatorSettings(cable_check_duration_s=3600))
    await _until_cpd(d, S.DC, M.Dynamic)
    await d.send(p.charge_parameter_discovery(d.sid, S.DC))
    await d.send(p.schedule_exchange(d.sid, M.Dynamic))
    out = await d.send(p.cable_check(d.sid))
    assert out.response.EVSEProcessing is processingType.Ongoing
    out = await d.send(p.cable_check(d.sid), now=d.now + d.config.timing.cable_check_timeout + 1)
    assert out.response.ResponseCode is RC.FAILED and out.end


@pytest.mark.parametrize("notification", [EVSENotification.Terminate, EVSENotification.Pause,
                                          EVSENotification.ServiceRenegotiation])
async def test_stopping_notification_in_charge_loop(notification: EVSENotification) -> None:
    d = Driver()
    await charge(d, S.AC, M.Dynamic)
    d.ctx.pending_notification = (notification, 5)
    out = await d.send(p.charge_loop(d.sid, S.AC, M.Dynamic))
    assert out.response.EVSEStatus.EVSENotification.value == notification.value
    assert out.response.EVSEStatus.NotificationMaxDelay == 5
    assert d.ctx.notification_deadline == pytest.approx(d.now + 5)
    await d.send(p.power_delivery(d.sid, Progress.Stop))
    assert d.ctx.pending_notification is None and d.ctx.notification_deadline is None


async def test_schedule_renegotiation_round_trip() -> None:
    d = Driver()
    await charge(d, S.DC, M.Scheduled)
    d.ctx.pending_notification = (EVSENotification.ScheduleRenegotiation, 10)
    out = await d.send(p.charge_loop(d.sid, S.DC, M.Scheduled))
    assert out.response.EVSEStatus.EVSENotification.value == "ScheduleRenegotiation"
    assert d.ctx.notification_deadline is None  # not a stopping notification
    out = await d.send(p.power_delivery(d.sid, Progress.ScheduleRenegotiation))
    assert out.response.ResponseCode is RC.OK and "ScheduleExchangeReq" in d.allowed_names
    assert d.evse.contactors_closed  # energy keeps flowing during renegotiation
    out = await d.send(p.schedule_exchange(d.sid, M.Scheduled))
    assert out.response.ResponseCode is RC.OK and d.allowed_names == {"PowerDeliveryReq"}
    out = await d.send(p.power_delivery(d.sid, Progress.Start, schedule_tuple_id=1, power_w=1000))
    assert out.response.ResponseCode is RC.OK and d.ctx.pending_notification is None
    assert (await d.send(p.charge_loop(d.sid, S.DC, M.Scheduled))).response.ResponseCode is RC.OK


async def test_standby_zero_power_and_not_allowed() -> None:
    d = Driver()
    await charge(d, S.AC, M.Dynamic)
    await d.send(p.power_delivery(d.sid, Progress.Standby))
    out = await d.send(p.charge_loop(d.sid, S.AC, M.Dynamic))
    assert F(out.response.CLResControlMode.EVSETargetActivePower) == 0 and d.evse.present_power_w == 0
    d2 = Driver(SECCConfig(standby_allowed=False))
    await charge(d2, S.AC, M.Dynamic)
    out = await d2.send(p.power_delivery(d2.sid, Progress.Standby))
    assert out.response.ResponseCode is RC.WARNING_StandbyNotAllowed and out.end is None


async def test_pause_and_resume_under_the_same_session_id() -> None:
    d = Driver()
    await charge(d, S.DC, M.Dynamic)
    await d.send(p.power_delivery(d.sid, Progress.Stop))
    await d.send(p.welding_detection(d.sid))
    out = await d.send(p.session_stop(d.sid, cm.chargingSessionType.Pause))
    assert out.pause and out.end and d.sid in d.paused
    old = d.sid
    d2 = Driver()
    d2.paused = d.paused
    d2.env.paused = d.paused
    await d2.send(p.sap_request(True))
    out = await d2.send(p.session_setup(session_id=old))
    assert out.response.ResponseCode is RC.OK_OldSessionJoined and d2.sid == old
    await d2.send(p.authorization_setup(old))
    await d2.send(p.authorization_eim(old))
    assert "DC_ChargeParameterDiscoveryReq" in d2.allowed_names  # resume may skip service selection
    # an unknown (or expired) SessionID gets a new session
    d3 = Driver()
    await d3.send(p.sap_request(True))
    out = await d3.send(p.session_setup(session_id=b"\x07" * 8))
    assert out.response.ResponseCode is RC.OK_NewSessionEstablished and d3.sid != b"\x07" * 8


async def test_service_renegotiation_after_session_stop() -> None:
    d = Driver()
    await charge(d, S.AC, M.Scheduled)
    await d.send(p.power_delivery(d.sid, Progress.Stop))
    out = await d.send(p.session_stop(d.sid, cm.chargingSessionType.ServiceRenegotiation))
    assert out.end is None and d.allowed_names == {"ServiceDiscoveryReq"}
    for req in (p.service_discovery(d.sid), p.service_selection(d.sid, S.AC_BPT, M.Dynamic)):
        assert (await d.send(req)).response.ResponseCode is RC.OK
    d2 = Driver(SECCConfig(service_renegotiation_supported=False))
    await charge(d2, S.AC, M.Scheduled)
    await d2.send(p.power_delivery(d2.sid, Progress.Stop))
    out = await d2.send(p.session_stop(d2.sid, cm.chargingSessionType.ServiceRenegotiation))
    assert out.response.ResponseCode is RC.FAILED_NoServiceRenegotiationSupported


async def test_grid_limits_cap_dynamic_dc_and_ac() -> None:
    d = Driver()
    await charge(d, S.DC_BPT, M.Dynamic)
    d.ctx.grid.limits = GridLimits.flat(3, 20000.0, 0.0)
    out = await d.send(p.charge_loop(d.sid, S.DC_BPT, M.Dynamic))
    assert F(out.response.CLResControlMode.EVSEMaximumChargePower) == pytest.approx(20000, rel=1e-3)
    assert out.grid_revision_sent == 3
    assert d.evse.present_power_w == pytest.approx(20000, rel=1e-3)
    d2 = Driver(settings=SimulatorSettings(discharge_setpoint_w=10000))
    await charge(d2, S.AC_BPT, M.Dynamic)
    d2.ctx.grid.limits = GridLimits.flat(1, 100_000.0, 2500.0)
    out = await d2.send(p.charge_loop(d2.sid, S.AC_BPT, M.Dynamic))
    assert F(out.response.CLResControlMode.EVSETargetActivePower) == pytest.approx(-2500)


async def test_scheduled_dc_current_and_power_limits_flagged() -> None:
    d = Driver()
    await charge(d, S.DC, M.Scheduled)
    d.ctx.grid.limits = GridLimits.flat(1, 40000)
    out = await d.send(p.charge_loop(d.sid, S.DC, M.Scheduled, power_w=80000, voltage=400))
    res = out.response
    assert res.EVSEPowerLimitAchieved and not res.EVSEVoltageLimitAchieved
    assert d.evse.present_power_w == pytest.approx(40000, rel=1e-3)


@pytest.mark.parametrize("request_name", sorted(RESPONSE_OF))
def test_error_response_of_every_request_encodes(request_name: str) -> None:
    class Req:
        ServiceID = 2

    Req.__name__ = request_name
    res = error_response(Req(), RC.FAILED_SequenceError, b"\x01" * 8)
    assert type(res).__name__ == RESPONSE_OF[request_name]
    decoded = exi.decode(exi.encode(res), namespace_of(res))
    assert decoded.ResponseCode is RC.FAILED_SequenceError


def test_config_is_frozen_and_defaults_follow_the_standard() -> None:
    cfg = SECCConfig()
    assert cfg.timing.sequence_timeout == 60 and math.isclose(cfg.timing.secc_performance("DC_ChargeLoopReq"), 0.25)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.evse_id = "x"  # type: ignore[misc]


async def test_dc_service_renegotiation_prepares_the_cable_again() -> None:
    d = Driver()
    await charge(d, S.DC, M.Scheduled)
    await d.send(p.power_delivery(d.sid, Progress.Stop))
    await d.send(p.session_stop(d.sid, cm.chargingSessionType.ServiceRenegotiation))
    for req in (p.service_discovery(d.sid), p.service_selection(d.sid, S.DC_BPT, M.Dynamic),
                p.charge_parameter_discovery(d.sid, S.DC_BPT), p.schedule_exchange(d.sid, M.Dynamic)):
        assert (await d.send(req)).response.ResponseCode is RC.OK
    assert d.allowed_names == {"DC_CableCheckReq"}  # contactors were opened: isolation check again
    for req in (p.cable_check(d.sid), p.pre_charge(d.sid), p.power_delivery(d.sid, Progress.Start)):
        assert (await d.send(req)).response.ResponseCode is RC.OK
    assert d.evse.contactors_closed


def test_paused_sessions_expire() -> None:
    from secc.context import SessionContext
    from secc.session import PausedSessionStore

    store = PausedSessionStore(expiry_s=-1.0)  # already expired when stored
    first = SessionContext(config=SECCConfig(), session_id=b"\x01" * 8)
    store.put(first)
    assert store.take(first.session_id) is None
    store.put(first)
    store.put(SessionContext(config=SECCConfig(), session_id=b"\x02" * 8))
    assert first.session_id not in store  # purged when the next pause was stored


async def test_mobility_needs_provided_by_the_secc() -> None:
    from secc.controller import MobilityNeeds

    d = Driver(SECCConfig(mobility_needs_mode=2),
               SimulatorSettings(mobility_needs=MobilityNeeds(departure_time_s=1800, target_soc=95)))
    await _until_cpd(d, S.DC, M.Dynamic)
    await d.send(p.charge_parameter_discovery(d.sid, S.DC))
    out = await d.send(p.schedule_exchange(d.sid, M.Dynamic, departure_s=7200))
    res = out.response.Dynamic_SEResControlMode
    assert (res.DepartureTime, res.MinimumSOC, res.TargetSOC) == (1800, 30, 95)
    for req in (p.cable_check(d.sid), p.pre_charge(d.sid), p.power_delivery(d.sid, Progress.Start)):
        await d.send(req)
    loop = await d.send(p.charge_loop(d.sid, S.DC, M.Dynamic))
    assert (loop.response.CLResControlMode.DepartureTime, loop.response.CLResControlMode.TargetSOC) == (1800, 95)


async def test_controller_schedule_offers_are_capped_and_enforced() -> None:
    from secc.controller import ScheduleOffer

    offers = [
        ScheduleOffer(charge=((1800, 7000.0), (1800, 50000.0)), energy_fee_per_kwh=0.2),  # 50 kW > EVSE 22 kW
        ScheduleOffer(charge=((3600, 4000.0),), discharge=((3600, 3000.0),)),
        ScheduleOffer(charge=()),  # a charger bug: ignored
    ]
    d = Driver(settings=SimulatorSettings(schedule_offers=offers))
    await _until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    out = await d.send(p.schedule_exchange(d.sid, M.Scheduled))
    tuples = out.response.Scheduled_SEResControlMode.ScheduleTuple
    assert [t.ScheduleTupleID for t in tuples] == [1, 2]
    first = tuples[0].ChargingSchedule
    assert [F(e.Power) for e in first.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry] == [7000, 22000]
    assert F(first.AbsolutePriceSchedule.PriceRuleStacks.PriceRuleStack[0].PriceRule[0].EnergyFee) == 0.2
    assert F(tuples[1].DischargingSchedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry[0].Power) == -3000
    exi.decode(exi.encode(out.response), namespace_of(out.response))
    out = await d.send(p.power_delivery(d.sid, Progress.Start, schedule_tuple_id=2, power_w=5000))
    assert out.response.ResponseCode is RC.FAILED_EVPowerProfileInvalid  # tuple 2 allows 4 kW
    d2 = Driver(settings=SimulatorSettings(schedule_offers=offers))
    await _until_cpd(d2, S.AC_BPT, M.Scheduled)
    await d2.send(p.charge_parameter_discovery(d2.sid, S.AC_BPT))
    await d2.send(p.schedule_exchange(d2.sid, M.Scheduled))
    out = await d2.send(p.power_delivery(d2.sid, Progress.Start, schedule_tuple_id=2, power_w=4000))
    assert out.response.ResponseCode is RC.OK
    loop = await d2.send(p.charge_loop(d2.sid, S.AC_BPT, M.Scheduled, power_w=9000))
    assert d2.evse.present_power_w == pytest.approx(4000)  # the EV asks 9 kW, the selected schedule caps it
    assert loop.response.ResponseCode is RC.OK
