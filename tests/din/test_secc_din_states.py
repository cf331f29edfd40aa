"""DIN 70121 SECC states as pure calls: the whole DC session, every error path, the quirks of real cars.

Every response is EXI-encoded (schema-valid, mandatory fields present) and decoded back.
"""
from __future__ import annotations

import pytest

import din_requests as r
from iso15118 import exi
from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.units import from_physical as F
from iso15118.session.v2g_message import DIN
from secc.config import SECCConfig
from secc.context import Outcome
from secc.controller import AuthorizationStatus, DCLimits, DCMeasurement, EVSENotification, IsolationStatus
from secc.din.states import STATES, DINContext, LoopSnapshot, allow, precheck, request_of, winds_down

RC = dt.responseCodeType
LIMITS = DCLimits(max_charge_power_w=50_000, max_charge_current_a=125, max_voltage_v=500, min_voltage_v=150)
PRESENT = DCMeasurement(voltage_v=379.0, current_a=0.0)


def new_ctx() -> DINContext:
    return DINContext(config=SECCConfig(), allowed=allow(din.SessionSetupReq))


def step(ctx: DINContext, body: object, snap: object = None, *, sid: bytes | None = None, now: float = 0.0,
         raw: bytes | None = None) -> Outcome:
    """One request through precheck and its state, the way the runner does it (wire bytes when given)."""
    message = exi.decode(raw, DIN.namespace) if raw is not None else DIN.wrap(body, ctx.session_id if sid is None else sid)
    body = request_of(message)
    out = precheck(ctx, body) or STATES[type(body)].handle(ctx, body, snap, now)
    if out.allowed is not None:
        ctx.allowed = out.allowed
    assert exi.decode(exi.encode(out.response), DIN.namespace) == out.response
    return out


def res(out: Outcome) -> object:
    return out.response.Body.BodyElement


def charging_ctx() -> DINContext:
    """A session that has reached the charge loop, asserting OK on the way."""
    ctx = new_ctx()
    for body, snap in [(r.session_setup(), None), (r.service_discovery(), None), (r.payment_selection(), None),
                       (r.contract_authentication(), AuthorizationStatus.ACCEPTED),
                       (r.charge_parameter_discovery(), LIMITS), (r.cable_check(), IsolationStatus.VALID),
                       (r.pre_charge(), PRESENT), (r.power_delivery(True), None)]:
        out = step(ctx, body, snap)
        assert out.end is None and res(out).ResponseCode.value.startswith("OK"), res(out)
    return ctx


def test_full_dc_session_to_session_stop() -> None:
    ctx = new_ctx()
    out = step(ctx, r.session_setup(), sid=b"\x00")
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished
    assert len(ctx.session_id) == 8 and out.response.Header.SessionID == ctx.session_id
    assert [a.kind for a in out.actions] == ["session_started"]
    assert ctx.evcc_id == "001BC50B537E"
    sd = res(step(ctx, r.service_discovery()))
    assert sd.PaymentOptions.PaymentOption == [dt.paymentOptionType.ExternalPayment]
    assert sd.ChargeService.EnergyTransferType is dt.EVSESupportedEnergyTransferType.DC_extended
    step(ctx, r.payment_selection())
    assert res(step(ctx, r.contract_authentication(), AuthorizationStatus.ONGOING)).EVSEProcessing is dt.EVSEProcessingType.Ongoing
    assert res(step(ctx, r.contract_authentication(), AuthorizationStatus.ACCEPTED)).EVSEProcessing is dt.EVSEProcessingType.Finished
    cpd = res(step(ctx, r.charge_parameter_discovery(), LIMITS))
    param = cpd.EVSEChargeParameter
    assert isinstance(param, dt.DC_EVSEChargeParameterType)
    assert (F(param.EVSEMaximumCurrentLimit), F(param.EVSEMaximumVoltageLimit), F(param.EVSEMaximumPowerLimit)) == (125, 500, 50_000)
    entry = cpd.SASchedules.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0]
    assert entry.TimeInterval.duration >= 86400 and entry.PMax == 32767
    cc = step(ctx, r.cable_check(), IsolationStatus.ONGOING, now=1.0)
    assert res(cc).EVSEProcessing is dt.EVSEProcessingType.Ongoing
    assert res(cc).DC_EVSEStatus.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_IsolationMonitoringActive
    cc = res(step(ctx, r.cable_check(), IsolationStatus.VALID, now=2.0))
    assert cc.EVSEProcessing is dt.EVSEProcessingType.Finished
    assert cc.DC_EVSEStatus.EVSEIsolationStatus is dt.isolationLevelType.Valid
    pre = step(ctx, r.pre_charge(380, 5), PRESENT)
    assert pre.actions[0].kind == "set_dc_output" and pre.actions[0].args == (380, 2.0)  # precharge current capped
    assert F(res(pre).EVSEPresentVoltage) == 379
    pd = step(ctx, r.power_delivery(True))
    assert [a.kind for a in pd.actions] == ["close_contactors"] and ctx.power_flowing
    assert isinstance(res(pd).EVSEStatus, dt.DC_EVSEStatusType)
    loop = step(ctx, r.current_demand(100, 400), LoopSnapshot(DCMeasurement(400, 100), LIMITS))
    assert loop.actions[0].args == (400, 100)
    body = res(loop)
    assert F(body.EVSEPresentCurrent) == 100 and not body.EVSEPowerLimitAchieved
    assert body.DC_EVSEStatus.EVSENotification is dt.EVSENotificationType._None
    stop = step(ctx, r.power_delivery(False))
    assert [a.kind for a in stop.actions] == ["power_off"] and not ctx.power_flowing
    step(ctx, r.welding_detection(), DCMeasurement(5, 0))
    end = step(ctx, r.session_stop())
    assert res(end).ResponseCode is RC.OK and end.end == "terminated by the EV"


def test_every_current_demand_res_carries_the_evse_maximum_limits_with_the_grid_cap() -> None:
    ctx = charging_ctx()
    ctx.grid.import_limit_w = 20_000
    body = res(step(ctx, r.current_demand(100, 400), LoopSnapshot(DCMeasurement(400, 50), LIMITS)))
    assert F(body.EVSEMaximumPowerLimit) == 20_000
    assert F(body.EVSEMaximumCurrentLimit) == 125 and F(body.EVSEMaximumVoltageLimit) == 500
    assert body.EVSEPowerLimitAchieved


def test_current_demand_caps_current_at_power_and_current_limits() -> None:
    ctx = charging_ctx()
    out = step(ctx, r.current_demand(300, 440), LoopSnapshot(DCMeasurement(400, 0), LIMITS))
    voltage, current = out.actions[0].args
    assert voltage == 440 and current == pytest.approx(50_000 / 440)
    assert res(out).EVSECurrentLimitAchieved and res(out).EVSEPowerLimitAchieved
    out = step(ctx, r.current_demand(100, 600), LoopSnapshot(DCMeasurement(400, 0), LIMITS))
    assert out.actions[0].args[0] == 450 and res(out).EVSEVoltageLimitAchieved  # the EV's own 450 V maximum


def test_controller_terminate_becomes_stop_charging_with_its_deadline() -> None:
    ctx = charging_ctx()
    ctx.pending_notification = (EVSENotification.Terminate, 5)
    status = res(step(ctx, r.current_demand(), LoopSnapshot(PRESENT, LIMITS), now=10.0)).DC_EVSEStatus
    assert status.EVSENotification is dt.EVSENotificationType.StopCharging and status.NotificationMaxDelay == 5
    assert status.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_Shutdown and ctx.notification_deadline == 15.0
    step(ctx, r.power_delivery(False))
    assert ctx.pending_notification is None and ctx.notification_deadline is None


@pytest.mark.parametrize("disconnect,code", [(False, dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown),
                                             (True, dt.DC_EVSEStatusCodeType.EVSE_UtilityInterruptEvent)])
def test_stopped_session_offers_zero_and_says_why(disconnect: bool, code: dt.DC_EVSEStatusCodeType) -> None:
    ctx = charging_ctx()
    ctx.stopped, ctx.grid.disconnect = True, disconnect
    out = step(ctx, r.current_demand(), LoopSnapshot(PRESENT, LIMITS))
    body = res(out)
    assert body.DC_EVSEStatus.EVSEStatusCode is code
    assert body.DC_EVSEStatus.EVSENotification is dt.EVSENotificationType.StopCharging
    assert F(body.EVSEMaximumPowerLimit) == 0 and F(body.EVSEMaximumCurrentLimit) == 0
    assert out.actions[0].args[1] == 0
    assert winds_down(r.current_demand()) and winds_down(r.power_delivery(False))
    assert not winds_down(r.power_delivery(True)) and not winds_down(r.pre_charge())


def test_power_delivery_start_refused_while_the_evse_stops() -> None:
    ctx = charging_ctx()
    step(ctx, r.power_delivery(False))
    ctx.allowed = allow(din.PowerDeliveryReq)
    ctx.stopped = True
    out = step(ctx, r.power_delivery(True))
    assert res(out).ResponseCode is RC.FAILED_PowerDeliveryNotApplied and out.end


# --- error paths: DIN's response code in the request's own response type, then the end ------------


def test_out_of_sequence_request_gets_failed_sequence_error_in_its_own_type() -> None:
    ctx = new_ctx()
    step(ctx, r.session_setup())
    out = step(ctx, r.current_demand())
    assert isinstance(res(out), din.CurrentDemandRes) and res(out).ResponseCode is RC.FAILED_SequenceError
    assert out.end is not None


def test_unsupported_din_request_gets_failed_sequence_error() -> None:
    ctx = new_ctx()
    step(ctx, r.session_setup())
    out = step(ctx, din.ServiceDetailReq(ServiceID=1))
    assert isinstance(res(out), din.ServiceDetailRes) and res(out).ResponseCode is RC.FAILED_SequenceError


def test_wrong_session_id_gets_failed_unknown_session() -> None:
    ctx = new_ctx()
    step(ctx, r.session_setup())
    out = step(ctx, r.service_discovery(), sid=bytes(8))
    assert res(out).ResponseCode is RC.FAILED_UnknownSession and out.end is not None


def test_contract_payment_gets_failed_payment_selection_invalid() -> None:
    ctx = new_ctx()
    for body in (r.session_setup(), r.service_discovery()):
        step(ctx, body)
    out = step(ctx, r.payment_selection(dt.paymentOptionType.Contract))
    assert res(out).ResponseCode is RC.FAILED_PaymentSelectionInvalid and out.end


def test_unknown_service_gets_failed_service_selection_invalid() -> None:
    ctx = new_ctx()
    for body in (r.session_setup(), r.service_discovery()):
        step(ctx, body)
    out = step(ctx, r.payment_selection(service_id=7))
    assert res(out).ResponseCode is RC.FAILED_ServiceSelectionInvalid and out.end


def _authorized() -> DINContext:
    ctx = new_ctx()
    for body in (r.session_setup(), r.service_discovery(), r.payment_selection()):
        step(ctx, body)
    return ctx


def test_authorization_rejected_ends_with_failed() -> None:
    ctx = _authorized()
    out = step(ctx, r.contract_authentication(), AuthorizationStatus.REJECTED)
    assert res(out).ResponseCode is RC.FAILED and out.end


def test_authorization_ongoing_too_long_ends_with_failed() -> None:
    ctx = _authorized()
    step(ctx, r.contract_authentication(), AuthorizationStatus.ONGOING, now=0.0)
    out = step(ctx, r.contract_authentication(), AuthorizationStatus.ONGOING, now=ctx.config.timing.ongoing_timeout + 1)
    assert res(out).ResponseCode is RC.FAILED and out.end


def _cpd_ctx() -> DINContext:
    ctx = _authorized()
    step(ctx, r.contract_authentication(), AuthorizationStatus.ACCEPTED)
    return ctx


def test_ac_energy_transfer_gets_failed_wrong_energy_transfer_type() -> None:
    out = step(_cpd_ctx(), r.charge_parameter_discovery(transfer=dt.EVRequestedEnergyTransferType.AC_three_phase_core), LIMITS)
    assert res(out).ResponseCode is RC.FAILED_WrongEnergyTransferType and out.end


def test_ev_voltage_below_the_evse_range_gets_failed_wrong_charge_parameter() -> None:
    out = step(_cpd_ctx(), r.charge_parameter_discovery(max_v=100), LIMITS)
    assert res(out).ResponseCode is RC.FAILED_WrongChargeParameter and out.end


def test_isolation_fault_ends_with_failed() -> None:
    ctx = _cpd_ctx()
    step(ctx, r.charge_parameter_discovery(), LIMITS)
    out = step(ctx, r.cable_check(), IsolationStatus.FAULT)
    assert res(out).ResponseCode is RC.FAILED and res(out).DC_EVSEStatus.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_Shutdown
    assert out.end


def test_cable_check_ongoing_past_its_timeout_ends_with_failed() -> None:
    ctx = _cpd_ctx()
    step(ctx, r.charge_parameter_discovery(), LIMITS)
    step(ctx, r.cable_check(), IsolationStatus.ONGOING, now=0.0)
    out = step(ctx, r.cable_check(), IsolationStatus.ONGOING, now=ctx.config.timing.cable_check_timeout + 1)
    assert res(out).ResponseCode is RC.FAILED and out.end


def test_pre_charge_target_above_the_evse_maximum_gets_failed_wrong_charge_parameter() -> None:
    ctx = _cpd_ctx()
    step(ctx, r.charge_parameter_discovery(), LIMITS)
    step(ctx, r.cable_check(), IsolationStatus.VALID)
    out = step(ctx, r.pre_charge(voltage=600), PRESENT)
    assert res(out).ResponseCode is RC.FAILED_WrongChargeParameter and out.end


def test_session_stop_while_energy_flows_gets_failed_sequence_error() -> None:
    ctx = charging_ctx()
    out = step(ctx, r.session_stop())
    assert res(out).ResponseCode is RC.FAILED_SequenceError and out.end


def test_evse_terminate_outside_the_charge_loop_answers_failed() -> None:
    ctx = _authorized()
    ctx.terminate_requested = True
    out = step(ctx, r.contract_authentication(), AuthorizationStatus.ACCEPTED)
    assert res(out).ResponseCode is RC.FAILED and out.end


# --- real vehicles (real-world-quirks.md): one test per quirk --------------------------------------

SESSION_SETUP_WIRE = {  # tests/exi/test_exi_real_world.py: SessionSetupReq bytes as cars send them
    "one_byte_00": "809a004011d018006f142d4df800",
    "empty_ee": "809a447406001bc50b537e00",
    "empty_ch": "809a0011d018006f142d4df800",
}


@pytest.mark.parametrize("name", sorted(SESSION_SETUP_WIRE))
def test_quirk_session_setup_with_short_or_empty_session_id(name: str) -> None:
    ctx = new_ctx()
    out = step(ctx, None, raw=bytes.fromhex(SESSION_SETUP_WIRE[name]))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished and len(ctx.session_id) == 8


def test_quirk_session_setup_with_six_zero_bytes_seres() -> None:
    ctx = new_ctx()
    out = step(ctx, r.session_setup(), sid=bytes(6))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished


def test_quirk_empty_evccid_accepted_without_identity() -> None:
    ctx = new_ctx()
    out = step(ctx, r.session_setup(evcc_id=b""))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished and ctx.evcc_id is None


def test_quirk_tesla_contract_authentication_with_trailing_00() -> None:
    ctx = _authorized()
    ctx.session_id = bytes.fromhex("0A0B0C0D")  # the wire message carries this 4-byte SessionID
    out = step(ctx, None, AuthorizationStatus.ACCEPTED, raw=bytes.fromhex("809a010282c30350b800"))
    assert res(out).ResponseCode is RC.OK and res(out).EVSEProcessing is dt.EVSEProcessingType.Finished


def test_quirk_car_stays_in_pre_charge_until_the_inlet_has_voltage() -> None:
    ctx = _cpd_ctx()
    step(ctx, r.charge_parameter_discovery(), LIMITS)
    step(ctx, r.cable_check(), IsolationStatus.VALID)
    for i in range(60):  # far beyond DIN's 7 s PreCharge window at the EV's cadence: the EV decides
        out = step(ctx, r.pre_charge(), DCMeasurement(voltage_v=i * 5.0, current_a=0.5), now=i * 0.2)
        assert res(out).ResponseCode is RC.OK and out.end is None
    assert res(step(ctx, r.power_delivery(True))).ResponseCode is RC.OK


def test_quirk_repeated_welding_detection() -> None:
    ctx = charging_ctx()
    step(ctx, r.power_delivery(False))
    for volts in (400.0, 200.0, 90.0, 40.0, 10.0, 10.0):
        out = step(ctx, r.welding_detection(), DCMeasurement(volts, 0))
        assert res(out).ResponseCode is RC.OK and F(res(out).EVSEPresentVoltage) == volts
    assert step(ctx, r.session_stop()).end == "terminated by the EV"


def test_quirk_session_stop_right_after_session_setup() -> None:
    ctx = new_ctx()
    step(ctx, r.session_setup())
    out = step(ctx, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end


def test_evse_id_is_din_hex_binary() -> None:
    ctx = new_ctx()
    assert res(step(ctx, r.session_setup())).EVSEID == b"DE*PNX*E12345*1"
    long = DINContext(config=SECCConfig(evse_id="X" * 40), allowed=allow(din.SessionSetupReq))
    assert res(step(long, r.session_setup())).EVSEID == b"\x00"


def test_quirk_session_stop_accepted_after_the_evse_terminated_before_the_charge_loop() -> None:
    """FreeV2G issue 20: the EVSE stops during CableCheck, the EV answers SessionStopReq: it must get OK."""
    ctx = _cpd_ctx()
    ctx.terminate_requested = True
    out = step(ctx, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end == "terminated by the EV"


def test_quirk_session_stop_instead_of_cable_check() -> None:
    """Josev issue 184 / AcCCS issue 68: after ChargeParameterDiscoveryRes a car sends SessionStopReq instead
    of CableCheckReq; DIN lets the EV end the session there, so it gets OK, not FAILED_SequenceError."""
    ctx = _cpd_ctx()
    step(ctx, r.charge_parameter_discovery(), LIMITS)
    out = step(ctx, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end == "terminated by the EV"
