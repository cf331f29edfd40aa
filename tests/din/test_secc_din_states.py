"""DIN 70121 SECC states through the runner's pipeline (SECCSession.process): the whole DC session, every
error path, the quirks of real cars. The controller's readings (authorization, limits, isolation, the
measured output) are scripted per request; every response is EXI-encoded (schema-valid, mandatory
fields present) and decoded back.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import din_requests as r
from iso15118 import exi
from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.app_protocol import DIN70121
from iso15118.session.units import from_physical as F
from iso15118.session.v2g_message import DIN, PAYLOAD_TYPE
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.context import CloseContactors, Outcome, PowerOff, SessionStarted, SetDCOutput
from secc.controller import (
    AuthorizationRequest, AuthorizationStatus, DCLimits, DCMeasurement, EVSENotification, IsolationStatus, SessionInfo,
)
from secc.din.states import DINContext, LoopSnapshot, allow, winds_down
from secc.simulator import SimulatedEVSE

sys.path.insert(0, str(Path(__file__).parent.parent / "secc"))  # the one driver of SECCSession.process
from secc_driver import Driver  # noqa: E402

RC = dt.responseCodeType
LIMITS = DCLimits(max_charge_power_w=50_000, max_charge_current_a=125, max_voltage_v=500, min_voltage_v=150)
PRESENT = DCMeasurement(voltage_v=379.0, current_a=0.0)


class ScriptedEVSE(SimulatedEVSE):
    """A simulated EVSE whose readings for the next request are what the test says (else the simulator's)."""

    def __init__(self) -> None:
        super().__init__()
        self.readings: dict[type, Any] = {}

    async def authorize(self, info: SessionInfo, request: AuthorizationRequest) -> AuthorizationStatus:
        if AuthorizationStatus in self.readings:
            return self.readings[AuthorizationStatus]
        return await super().authorize(info, request)

    async def dc_limits(self) -> DCLimits:
        return self.readings[DCLimits] if DCLimits in self.readings else await super().dc_limits()

    async def isolation_status(self) -> IsolationStatus:
        return self.readings[IsolationStatus] if IsolationStatus in self.readings else await super().isolation_status()

    async def present_dc(self) -> DCMeasurement:
        return self.readings[DCMeasurement] if DCMeasurement in self.readings else await super().present_dc()


class DINDriver(Driver):
    evse: ScriptedEVSE

    @property
    def ctx(self) -> DINContext:
        ctx = self.session.ctx
        assert isinstance(ctx, DINContext)
        return ctx


async def new_driver(config: SECCConfig | None = None) -> DINDriver:
    """A plain-TCP session that negotiated DIN 70121 in SupportedAppProtocol."""
    d = DINDriver(config, tls_version=None, evse=ScriptedEVSE())
    await d.negotiate(DIN70121)
    return d


async def step(d: DINDriver, body: object, snap: object = None, *, sid: bytes | None = None, now: float = 0.0,
               raw: bytes | None = None) -> Outcome:
    """One request (wire bytes when given) through the pipeline; `snap`: the controller's readings for it."""
    parts = (snap.present, snap.limits) if isinstance(snap, LoopSnapshot) else (snap,) if snap is not None else ()
    d.evse.readings = {type(part): part for part in parts}
    data = raw if raw is not None else exi.encode(DIN.wrap(body, d.ctx.session_id if sid is None else sid))
    protocol = d.session.protocol
    assert protocol is not None
    out = await d.send(protocol.request_of(protocol.decode(PAYLOAD_TYPE, data)), now)
    assert exi.decode(exi.encode(out.response), DIN.namespace) == out.response
    return out


def res(out: Outcome) -> Any:
    return out.response.Body.BodyElement


async def charging_driver() -> DINDriver:
    """A session that has reached the charge loop, asserting OK on the way."""
    d = await new_driver()
    for body, snap in [(r.session_setup(), None), (r.service_discovery(), None), (r.payment_selection(), None),
                       (r.contract_authentication(), AuthorizationStatus.ACCEPTED),
                       (r.charge_parameter_discovery(), LIMITS), (r.cable_check(), IsolationStatus.VALID),
                       (r.pre_charge(), PRESENT), (r.power_delivery(True), None)]:
        out = await step(d, body, snap)
        assert out.end is None and res(out).ResponseCode.value.startswith("OK"), res(out)
    return d


async def test_full_dc_session_to_session_stop() -> None:
    d = await new_driver()
    out = await step(d, r.session_setup(), sid=b"\x00")
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished
    assert len(d.ctx.session_id) == 8 and out.response.Header.SessionID == d.ctx.session_id
    assert out.actions == (SessionStarted(),)
    assert d.ctx.evcc_id == "001BC50B537E"
    sd = res(await step(d, r.service_discovery()))
    assert sd.PaymentOptions.PaymentOption == [dt.paymentOptionType.ExternalPayment]
    assert sd.ChargeService.EnergyTransferType is dt.EVSESupportedEnergyTransferType.DC_extended
    await step(d, r.payment_selection())
    assert res(await step(d, r.contract_authentication(), AuthorizationStatus.ONGOING)).EVSEProcessing is dt.EVSEProcessingType.Ongoing
    assert res(await step(d, r.contract_authentication(), AuthorizationStatus.ACCEPTED)).EVSEProcessing is dt.EVSEProcessingType.Finished
    cpd = res(await step(d, r.charge_parameter_discovery(), LIMITS))
    param = cpd.EVSEChargeParameter
    assert isinstance(param, dt.DC_EVSEChargeParameterType)
    assert (F(param.EVSEMaximumCurrentLimit), F(param.EVSEMaximumVoltageLimit), F(param.EVSEMaximumPowerLimit)) == (125, 500, 50_000)
    entry = cpd.SASchedules.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0]
    assert entry.TimeInterval.duration >= 86400 and entry.PMax == 32767
    cc = await step(d, r.cable_check(), IsolationStatus.ONGOING, now=1.0)
    assert res(cc).EVSEProcessing is dt.EVSEProcessingType.Ongoing
    assert res(cc).DC_EVSEStatus.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_IsolationMonitoringActive
    cc = res(await step(d, r.cable_check(), IsolationStatus.VALID, now=2.0))
    assert cc.EVSEProcessing is dt.EVSEProcessingType.Finished
    assert cc.DC_EVSEStatus.EVSEIsolationStatus is dt.isolationLevelType.Valid
    pre = await step(d, r.pre_charge(380, 5), PRESENT)
    assert pre.actions[0] == SetDCOutput(380, 2.0)  # precharge current capped
    assert F(res(pre).EVSEPresentVoltage) == 379
    pd = await step(d, r.power_delivery(True))
    assert pd.actions == (CloseContactors(),) and d.ctx.power_flowing
    assert isinstance(res(pd).EVSEStatus, dt.DC_EVSEStatusType)
    loop = await step(d, r.current_demand(100, 400), LoopSnapshot(DCMeasurement(400, 100), LIMITS))
    assert loop.actions[0] == SetDCOutput(400, 100)
    body = res(loop)
    assert F(body.EVSEPresentCurrent) == 100 and not body.EVSEPowerLimitAchieved
    assert body.DC_EVSEStatus.EVSENotification is dt.EVSENotificationType._None
    stop = await step(d, r.power_delivery(False))
    assert stop.actions == (PowerOff(),) and not d.ctx.power_flowing
    await step(d, r.welding_detection(), DCMeasurement(5, 0))
    end = await step(d, r.session_stop())
    assert res(end).ResponseCode is RC.OK and end.end == "terminated by the EV"


async def test_every_current_demand_res_carries_the_evse_maximum_limits_with_the_grid_cap() -> None:
    d = await charging_driver()
    d.ctx.grid.limits = GridLimits.flat(1, 20_000)
    body = res(await step(d, r.current_demand(100, 400), LoopSnapshot(DCMeasurement(400, 50), LIMITS)))
    assert F(body.EVSEMaximumPowerLimit) == 20_000
    assert F(body.EVSEMaximumCurrentLimit) == 125 and F(body.EVSEMaximumVoltageLimit) == 500
    assert body.EVSEPowerLimitAchieved


async def test_current_demand_caps_current_at_power_and_current_limits() -> None:
    d = await charging_driver()
    out = await step(d, r.current_demand(300, 440), LoopSnapshot(DCMeasurement(400, 0), LIMITS))
    dc_output = out.actions[0]
    assert isinstance(dc_output, SetDCOutput)
    voltage, current = dc_output.voltage_v, dc_output.current_a
    assert voltage == 440 and current == pytest.approx(50_000 / 440)
    assert res(out).EVSECurrentLimitAchieved and res(out).EVSEPowerLimitAchieved
    out = await step(d, r.current_demand(100, 600), LoopSnapshot(DCMeasurement(400, 0), LIMITS))
    assert getattr(out.actions[0], "voltage_v") == 450 and res(out).EVSEVoltageLimitAchieved  # the EV's own 450 V maximum


async def test_controller_terminate_becomes_stop_charging_with_its_deadline() -> None:
    d = await charging_driver()
    d.ctx.pending_notification = (EVSENotification.Terminate, 5)
    status = res(await step(d, r.current_demand(), LoopSnapshot(PRESENT, LIMITS), now=10.0)).DC_EVSEStatus
    assert status.EVSENotification is dt.EVSENotificationType.StopCharging and status.NotificationMaxDelay == 5
    assert status.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_Shutdown and d.ctx.notification_deadline == 15.0
    await step(d, r.power_delivery(False))
    assert d.ctx.pending_notification is None and d.ctx.notification_deadline is None


@pytest.mark.parametrize("disconnect,code", [(False, dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown),
                                             (True, dt.DC_EVSEStatusCodeType.EVSE_UtilityInterruptEvent)])
async def test_stopped_session_offers_zero_and_says_why(disconnect: bool, code: dt.DC_EVSEStatusCodeType) -> None:
    d = await charging_driver()
    d.ctx.stopped, d.ctx.grid.limits = True, GridLimits.flat(1, 0.0, disconnect=disconnect)
    out = await step(d, r.current_demand(), LoopSnapshot(PRESENT, LIMITS))
    body = res(out)
    assert body.DC_EVSEStatus.EVSEStatusCode is code
    assert body.DC_EVSEStatus.EVSENotification is dt.EVSENotificationType.StopCharging
    assert F(body.EVSEMaximumPowerLimit) == 0 and F(body.EVSEMaximumCurrentLimit) == 0
    assert getattr(out.actions[0], "current_a") == 0
    assert winds_down(r.current_demand()) and winds_down(r.power_delivery(False))
    assert not winds_down(r.power_delivery(True)) and not winds_down(r.pre_charge())


async def test_power_delivery_start_refused_while_the_evse_stops() -> None:
    d = await charging_driver()
    await step(d, r.power_delivery(False))
    d.ctx.allowed = allow(din.PowerDeliveryReq)
    d.ctx.stopped = True
    out = await step(d, r.power_delivery(True))
    assert res(out).ResponseCode is RC.FAILED_PowerDeliveryNotApplied and out.end


# --- error paths: DIN's response code in the request's own response type, then the end ------------


async def test_out_of_sequence_request_gets_failed_sequence_error_in_its_own_type() -> None:
    d = await new_driver()
    await step(d, r.session_setup())
    out = await step(d, r.current_demand())
    assert isinstance(res(out), din.CurrentDemandRes) and res(out).ResponseCode is RC.FAILED_SequenceError
    assert out.end is not None


async def test_unsupported_din_request_gets_failed_sequence_error() -> None:
    d = await new_driver()
    await step(d, r.session_setup())
    out = await step(d, din.ServiceDetailReq(ServiceID=1))
    assert isinstance(res(out), din.ServiceDetailRes) and res(out).ResponseCode is RC.FAILED_SequenceError


async def test_wrong_session_id_gets_failed_unknown_session() -> None:
    d = await new_driver()
    await step(d, r.session_setup())
    out = await step(d, r.service_discovery(), sid=bytes(8))
    assert res(out).ResponseCode is RC.FAILED_UnknownSession and out.end is not None


async def test_contract_payment_gets_failed_payment_selection_invalid() -> None:
    d = await new_driver()
    for body in (r.session_setup(), r.service_discovery()):
        await step(d, body)
    out = await step(d, r.payment_selection(dt.paymentOptionType.Contract))
    assert res(out).ResponseCode is RC.FAILED_PaymentSelectionInvalid and out.end


async def test_unknown_service_gets_failed_service_selection_invalid() -> None:
    d = await new_driver()
    for body in (r.session_setup(), r.service_discovery()):
        await step(d, body)
    out = await step(d, r.payment_selection(service_id=7))
    assert res(out).ResponseCode is RC.FAILED_ServiceSelectionInvalid and out.end


async def authorized_driver() -> DINDriver:
    d = await new_driver()
    for body in (r.session_setup(), r.service_discovery(), r.payment_selection()):
        await step(d, body)
    return d


async def test_authorization_rejected_ends_with_failed() -> None:
    d = await authorized_driver()
    out = await step(d, r.contract_authentication(), AuthorizationStatus.REJECTED)
    assert res(out).ResponseCode is RC.FAILED and out.end


async def test_authorization_ongoing_too_long_ends_with_failed() -> None:
    d = await authorized_driver()
    await step(d, r.contract_authentication(), AuthorizationStatus.ONGOING, now=0.0)
    out = await step(d, r.contract_authentication(), AuthorizationStatus.ONGOING, now=d.ctx.config.timing.ongoing_timeout + 1)
    assert res(out).ResponseCode is RC.FAILED and out.end


async def cpd_driver() -> DINDriver:
    d = await authorized_driver()
    await step(d, r.contract_authentication(), AuthorizationStatus.ACCEPTED)
    return d


async def test_ac_energy_transfer_gets_failed_wrong_energy_transfer_type() -> None:
    out = await step(await cpd_driver(), r.charge_parameter_discovery(transfer=dt.EVRequestedEnergyTransferType.AC_three_phase_core), LIMITS)
    assert res(out).ResponseCode is RC.FAILED_WrongEnergyTransferType and out.end


async def test_ev_voltage_below_the_evse_range_gets_failed_wrong_charge_parameter() -> None:
    out = await step(await cpd_driver(), r.charge_parameter_discovery(max_v=100), LIMITS)
    assert res(out).ResponseCode is RC.FAILED_WrongChargeParameter and out.end


async def test_isolation_fault_ends_with_failed() -> None:
    d = await cpd_driver()
    await step(d, r.charge_parameter_discovery(), LIMITS)
    out = await step(d, r.cable_check(), IsolationStatus.FAULT)
    assert res(out).ResponseCode is RC.FAILED and res(out).DC_EVSEStatus.EVSEStatusCode is dt.DC_EVSEStatusCodeType.EVSE_Shutdown
    assert out.end


async def test_cable_check_ongoing_past_its_timeout_ends_with_failed() -> None:
    d = await cpd_driver()
    await step(d, r.charge_parameter_discovery(), LIMITS)
    await step(d, r.cable_check(), IsolationStatus.ONGOING, now=0.0)
    out = await step(d, r.cable_check(), IsolationStatus.ONGOING, now=d.ctx.config.timing.cable_check_timeout + 1)
    assert res(out).ResponseCode is RC.FAILED and out.end


async def test_pre_charge_target_above_the_evse_maximum_gets_failed_wrong_charge_parameter() -> None:
    d = await cpd_driver()
    await step(d, r.charge_parameter_discovery(), LIMITS)
    await step(d, r.cable_check(), IsolationStatus.VALID)
    out = await step(d, r.pre_charge(voltage=600), PRESENT)
    assert res(out).ResponseCode is RC.FAILED_WrongChargeParameter and out.end


async def test_session_stop_while_energy_flows_gets_failed_sequence_error() -> None:
    d = await charging_driver()
    out = await step(d, r.session_stop())
    assert res(out).ResponseCode is RC.FAILED_SequenceError and out.end


async def test_evse_terminate_outside_the_charge_loop_answers_failed() -> None:
    d = await authorized_driver()
    d.ctx.terminate_requested = True
    out = await step(d, r.contract_authentication(), AuthorizationStatus.ACCEPTED)
    assert res(out).ResponseCode is RC.FAILED and out.end


# --- real vehicles (real-world-quirks.md): one test per quirk --------------------------------------

SESSION_SETUP_WIRE = {  # tests/exi/test_exi_real_world.py: SessionSetupReq bytes as cars send them
    "one_byte_00": "809a004011d018006f142d4df800",
    "empty_ee": "809a447406001bc50b537e00",
    "empty_ch": "809a0011d018006f142d4df800",
}


@pytest.mark.parametrize("name", sorted(SESSION_SETUP_WIRE))
async def test_quirk_session_setup_with_short_or_empty_session_id(name: str) -> None:
    d = await new_driver()
    out = await step(d, None, raw=bytes.fromhex(SESSION_SETUP_WIRE[name]))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished and len(d.ctx.session_id) == 8


async def test_quirk_session_setup_with_six_zero_bytes_seres() -> None:
    d = await new_driver()
    out = await step(d, r.session_setup(), sid=bytes(6))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished


async def test_quirk_empty_evccid_accepted_without_identity() -> None:
    d = await new_driver()
    out = await step(d, r.session_setup(evcc_id=b""))
    assert res(out).ResponseCode is RC.OK_NewSessionEstablished and d.ctx.evcc_id is None


async def test_quirk_tesla_contract_authentication_with_trailing_00() -> None:
    d = await authorized_driver()
    d.ctx.session_id = bytes.fromhex("0A0B0C0D")  # the wire message carries this 4-byte SessionID
    out = await step(d, None, AuthorizationStatus.ACCEPTED, raw=bytes.fromhex("809a010282c30350b800"))
    assert res(out).ResponseCode is RC.OK and res(out).EVSEProcessing is dt.EVSEProcessingType.Finished


async def test_quirk_car_stays_in_pre_charge_until_the_inlet_has_voltage() -> None:
    d = await cpd_driver()
    await step(d, r.charge_parameter_discovery(), LIMITS)
    await step(d, r.cable_check(), IsolationStatus.VALID)
    for i in range(60):  # far beyond DIN's 7 s PreCharge window at the EV's cadence: the EV decides
        out = await step(d, r.pre_charge(), DCMeasurement(voltage_v=i * 5.0, current_a=0.5), now=i * 0.2)
        assert res(out).ResponseCode is RC.OK and out.end is None
    assert res(await step(d, r.power_delivery(True))).ResponseCode is RC.OK


async def test_quirk_repeated_welding_detection() -> None:
    d = await charging_driver()
    await step(d, r.power_delivery(False))
    for volts in (400.0, 200.0, 90.0, 40.0, 10.0, 10.0):
        out = await step(d, r.welding_detection(), DCMeasurement(volts, 0))
        assert res(out).ResponseCode is RC.OK and F(res(out).EVSEPresentVoltage) == volts
    assert (await step(d, r.session_stop())).end == "terminated by the EV"


async def test_quirk_session_stop_right_after_session_setup() -> None:
    d = await new_driver()
    await step(d, r.session_setup())
    out = await step(d, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end


async def test_evse_id_is_din_hex_binary() -> None:
    d = await new_driver()
    assert res(await step(d, r.session_setup())).EVSEID == b"DE*PNX*E12345*1"
    long = await new_driver(SECCConfig(evse_id="X" * 40))
    assert res(await step(long, r.session_setup())).EVSEID == b"\x00"


async def test_quirk_session_stop_accepted_after_the_evse_terminated_before_the_charge_loop() -> None:
    """FreeV2G issue 20: the EVSE stops during CableCheck, the EV answers SessionStopReq: it must get OK."""
    d = await cpd_driver()
    d.ctx.terminate_requested = True
    out = await step(d, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end == "terminated by the EV"


async def test_quirk_session_stop_instead_of_cable_check() -> None:
    """Josev issue 184 / AcCCS issue 68: after ChargeParameterDiscoveryRes a car sends SessionStopReq instead
    of CableCheckReq; DIN lets the EV end the session there, so it gets OK, not FAILED_SequenceError."""
    d = await cpd_driver()
    await step(d, r.charge_parameter_discovery(), LIMITS)
    out = await step(d, r.session_stop())
    assert res(out).ResponseCode is RC.OK and out.end == "terminated by the EV"



async def test_current_demand_soc_reaches_the_session_callbacks_once_per_change() -> None:
    """DC_EVStatus.EVRESSSOC of CurrentDemandReq goes to SessionCallbacks.ev_soc_changed (the grid's DRM4/DRM8
    input) before the state runs, and only when it changed."""
    from dataclasses import replace

    d = await charging_driver()
    seen: list[float | None] = []
    d.session.callbacks.ev_soc_changed = lambda info: seen.append(info.present_soc_percent)
    for soc in (71, 71, 72):
        await step(d, replace(r.current_demand(), DC_EVStatus=r.ev_status(soc=soc)), LoopSnapshot(DCMeasurement(400, 100), LIMITS))
    assert seen == [71.0, 72.0]
    assert d.ctx.info().present_soc_percent == 72.0
    assert d.session.protocol is not None and d.session.protocol.ev_soc(r.pre_charge()) is None  # no charge loop
