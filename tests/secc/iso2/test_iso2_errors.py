"""-2 SECC error paths: each answers the request's own response type with -2's code and ends the session."""
from __future__ import annotations

import pytest

import iso2_ev as ev
from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso2_driver import Driver
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.controller import AuthorizationStatus, EnergyService, IsolationStatus
from secc.iso2.messages import error_response
from secc.simulator import SimulatorSettings
from test_iso2_sessions import setup_eim

R = t.responseCodeType
DC_ONLY = SECCConfig(services=(EnergyService.DC,))


def assert_failed(d: Driver, res, cls: type, code: t.responseCodeType) -> None:
    assert type(res) is cls and res.ResponseCode is code
    assert d.ended is not None and d.ended.startswith(code.value)


async def dc_until_precharge(d: Driver) -> None:
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    await d.send(ev.cable_check(d.sid))
    await d.send(ev.pre_charge(d.sid))


async def test_request_out_of_sequence_is_a_sequence_error_in_its_own_type() -> None:
    d = Driver()
    await d.send(ev.session_setup())
    res = await d.send(ev.charging_status(d.sid))
    assert_failed(d, res, b.ChargingStatusRes, R.FAILED_SequenceError)
    assert res.EVSEID and res.AC_EVSEStatus is not None  # mandatory fields filled


async def test_first_request_must_be_session_setup() -> None:
    d = Driver()
    res = await d.send(ev.service_discovery(b"\x00"))
    assert_failed(d, res, b.ServiceDiscoveryRes, R.FAILED_SequenceError)


async def test_wrong_session_id_is_unknown_session() -> None:
    d = Driver()
    await d.send(ev.session_setup())
    res = await d.send(ev.service_discovery(b"\x01\x02\x03\x04"))
    assert_failed(d, res, b.ServiceDiscoveryRes, R.FAILED_UnknownSession)


async def test_service_detail_of_an_unknown_service() -> None:
    d = Driver()
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    res = await d.send(ev.service_detail(d.sid, 99))
    assert_failed(d, res, b.ServiceDetailRes, R.FAILED_ServiceIDInvalid)


async def test_charge_service_detail_is_answered() -> None:
    d = Driver()
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    res = await d.send(ev.service_detail(d.sid, 1))
    assert res.ResponseCode is R.OK and res.ServiceID == 1


@pytest.mark.parametrize("option, services, code", [
    ("Contract", ((1, None),), R.FAILED_PaymentSelectionInvalid),  # no PnC without a hook and TLS
    ("ExternalPayment", ((2, 1),), R.FAILED_NoChargeServiceSelected),
    ("ExternalPayment", ((1, None), (7, None)), R.FAILED_ServiceSelectionInvalid),
    ("ExternalPayment", ((1, None), (2, 1)), R.FAILED_ServiceSelectionInvalid),  # certificate service not offered
])
async def test_payment_service_selection_refusals(option, services, code) -> None:
    d = Driver()
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    res = await d.send(ev.payment_selection(d.sid, option, services))
    assert_failed(d, res, b.PaymentServiceSelectionRes, code)


async def test_eim_rejected_ends_with_failed() -> None:
    d = Driver(settings=SimulatorSettings(authorization_result=AuthorizationStatus.REJECTED))
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    await d.send(ev.payment_selection(d.sid))
    res = await d.send(ev.authorization(d.sid))
    assert_failed(d, res, b.AuthorizationRes, R.FAILED)


async def test_eim_ongoing_then_accepted_and_ongoing_timeout() -> None:
    d = Driver(settings=SimulatorSettings(authorization_delay_s=3600))
    await d.send(ev.session_setup())
    await d.send(ev.service_discovery(d.sid))
    await d.send(ev.payment_selection(d.sid))
    res = await d.send(ev.authorization(d.sid))
    assert res.ResponseCode is R.OK and res.EVSEProcessing is not t.EVSEProcessingType.Finished
    res = await d.send(ev.authorization(d.sid), now=d.now + d.config.timing.ongoing_timeout + 1)
    assert_failed(d, res, b.AuthorizationRes, R.FAILED)


async def test_energy_transfer_mode_not_offered() -> None:
    d = Driver(SECCConfig(services=(EnergyService.AC,)))
    await setup_eim(d)
    res = await d.send(ev.dc_cpd(d.sid))
    assert_failed(d, res, b.ChargeParameterDiscoveryRes, R.FAILED_WrongEnergyTransferMode)
    assert res.EVSEChargeParameter is not None


async def test_ac_mode_with_dc_charge_parameter_is_wrong_charge_parameter() -> None:
    d = Driver()
    await setup_eim(d)
    msg = ev.ac_cpd(d.sid)
    msg.Body.BodyElement.EVChargeParameter = ev.dc_cpd(d.sid).Body.BodyElement.EVChargeParameter
    res = await d.send(msg)
    assert_failed(d, res, b.ChargeParameterDiscoveryRes, R.FAILED_WrongChargeParameter)


@pytest.mark.parametrize("min_a, max_a", [(20, 10), (100, 120)])
async def test_ac_ev_currents_inconsistent_or_beyond_the_evse(min_a, max_a) -> None:
    d = Driver()
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid, min_a=min_a, max_a=max_a))
    assert_failed(d, res, b.ChargeParameterDiscoveryRes, R.FAILED_WrongChargeParameter)


async def test_dc_ev_voltage_below_the_evse_minimum() -> None:
    d = Driver(DC_ONLY)
    await setup_eim(d)
    res = await d.send(ev.dc_cpd(d.sid, max_v=100))
    assert_failed(d, res, b.ChargeParameterDiscoveryRes, R.FAILED_WrongChargeParameter)


async def test_unknown_sa_schedule_tuple_is_tariff_selection_invalid() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    res = await d.send(ev.power_delivery(d.sid, "Start", tuple_id=9))
    assert_failed(d, res, b.PowerDeliveryRes, R.FAILED_TariffSelectionInvalid)
    assert not d.evse.contactors_closed


async def test_charging_profile_above_pmax_is_invalid() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    res = await d.send(ev.power_delivery(d.sid, "Start", profile=[(0, 11000, 3), (600, 30000, 3)]))
    assert_failed(d, res, b.PowerDeliveryRes, R.FAILED_ChargingProfileInvalid)
    assert not d.evse.contactors_closed


async def test_power_delivery_refused_when_the_grid_allows_nothing() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    d.ctx.grid.limits = GridLimits.flat(1, 0.0)
    res = await d.send(ev.power_delivery(d.sid, "Start"))
    assert_failed(d, res, b.PowerDeliveryRes, R.FAILED_PowerDeliveryNotApplied)
    assert not d.evse.contactors_closed


async def test_renegotiate_without_energy_transfer_is_a_sequence_error() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    res = await d.send(ev.power_delivery(d.sid, "Renegotiate"))
    assert_failed(d, res, b.PowerDeliveryRes, R.FAILED_SequenceError)


async def test_power_delivery_before_pre_charge_is_a_sequence_error() -> None:
    d = Driver(DC_ONLY)
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    await d.send(ev.cable_check(d.sid))
    res = await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    assert_failed(d, res, b.PowerDeliveryRes, R.FAILED_SequenceError)
    assert res.EVSEStatus.EVSEStatusCode is not None  # DC_EVSEStatus in a DC session


async def test_isolation_fault_fails_the_cable_check() -> None:
    d = Driver(DC_ONLY, SimulatorSettings(isolation_result=IsolationStatus.FAULT))
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    res = await d.send(ev.cable_check(d.sid))
    assert_failed(d, res, b.CableCheckRes, R.FAILED)
    assert res.DC_EVSEStatus.EVSEIsolationStatus is t.isolationLevelType.Fault


async def test_cable_check_ongoing_past_its_performance_time_fails() -> None:
    d = Driver(DC_ONLY, SimulatorSettings(cable_check_duration_s=3600))
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid))
    res = await d.send(ev.cable_check(d.sid))
    assert res.EVSEProcessing is t.EVSEProcessingType.Ongoing
    res = await d.send(ev.cable_check(d.sid), now=d.now + d.config.timing.cable_check_timeout + 1)
    assert_failed(d, res, b.CableCheckRes, R.FAILED)


async def test_pre_charge_target_above_the_ev_maximum() -> None:
    d = Driver(DC_ONLY)
    await setup_eim(d)
    await d.send(ev.dc_cpd(d.sid, max_v=450))
    await d.send(ev.cable_check(d.sid))
    res = await d.send(ev.pre_charge(d.sid, 500))
    assert_failed(d, res, b.PreChargeRes, R.FAILED_WrongChargeParameter)


async def test_session_stop_while_energy_flows_is_a_sequence_error() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    res = await d.send(ev.session_stop(d.sid))
    assert_failed(d, res, b.SessionStopRes, R.FAILED_SequenceError)


async def test_current_demand_in_an_ac_session_is_a_sequence_error() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))
    res = await d.send(ev.current_demand(d.sid))
    assert_failed(d, res, b.CurrentDemandRes, R.FAILED_SequenceError)


async def test_metering_receipt_without_receipt_required_is_a_sequence_error() -> None:
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))
    req = ev.msg(b.MeteringReceiptReq(SessionID=d.sid, MeterInfo=t.MeterInfoType(MeterID="m")), d.sid)
    res = await d.send(req)
    assert_failed(d, res, b.MeteringReceiptRes, R.FAILED_SequenceError)


def test_every_request_has_an_error_response_with_its_mandatory_fields() -> None:
    from iso15118 import exi
    from iso15118.messages import ISO2_MSG_DEF
    from secc.iso2.protocol import STATES

    for cls in list(STATES) + [b.CertificateInstallationReq, b.CertificateUpdateReq]:
        req = cls.__new__(cls)
        req.ServiceID = 1
        for dc in (False, True):
            res = error_response(req, R.FAILED, b"\x01" * 8, dc=dc)
            body = exi.decode(exi.encode(res), ISO2_MSG_DEF).Body.BodyElement
            assert type(body).__name__ == cls.__name__.replace("Req", "Res") and body.ResponseCode is R.FAILED
