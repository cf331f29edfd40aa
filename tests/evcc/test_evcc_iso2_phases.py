"""The -2 EVCC phases against a scripted charger: sequences, SessionIDs, FAILED codes, timers, schedules, PnC."""
from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from iso2_fakes import FakeClock, FakeISO2SECC, Run, drive, schedule_tuple

from evcc.config import EVCCConfig
from evcc.controller import Authorization, EnergyTransfer
from evcc.iso2.context import evcc_id
from evcc.iso2.credentials import ISO2Credentials
from evcc.iso2.phases import (
    MAX_PROFILE_ENTRIES,
    MAX_WELDING_DETECTION_REQUESTS,
    ChargingStatusPhase,
    CurrentDemandPhase,
    choose_schedule,
)
from evcc.iso2.phases import physical
from iso15118.session.units import from_physical
from evcc.iso2.session import ISO2Session
from evcc.phase import ContractInstalled, EndKind, PowerTransfer, SetContactors
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as dt
from iso15118.messages.xmldsig import SignatureType, X509IssuerSerialType
from iso15118.security.errors import SecurityError
from iso15118.security.xmldsig import sign_fragments
from iso15118.session.timers import SessionTiming
from iso15118.session.v2g_message import ISO2

AC, DC = EnergyTransfer.AC, EnergyTransfer.DC


def run(energy: EnergyTransfer = AC, secc: FakeISO2SECC | None = None, *, soc: float = 50.0,
        pnc: ISO2Credentials | None = None, session: ISO2Session | None = None, clock: FakeClock | None = None,
        **config: Any) -> tuple[Run, FakeISO2SECC]:
    clock = clock or FakeClock()
    config.setdefault("max_charge_loops", 4)
    cfg = EVCCConfig(energy_transfer=energy, **config)
    secc = secc or FakeISO2SECC()
    ev = SimulatedEV(battery=BatteryModel(soc=soc), energy_transfer=energy, clock=clock)
    session = session or ISO2Session(cfg, pnc=pnc)
    return asyncio.run(drive(session, secc, ev, clock)), secc


def test_ac_eim_runs_the_minimal_sequence_and_charges() -> None:
    result, secc = run(AC)
    assert secc.names() == [
        "SessionSetupReq", "ServiceDiscoveryReq", "PaymentServiceSelectionReq", "AuthorizationReq",
        "ChargeParameterDiscoveryReq", "PowerDeliveryReq", *["ChargingStatusReq"] * 4, "PowerDeliveryReq",
        "SessionStopReq"]
    assert result.end.kind is EndKind.Terminated and not result.end.error
    selection = secc.requests[2]
    assert selection.SelectedPaymentOption is dt.paymentOptionType.ExternalPayment
    cpd = secc.requests[4]
    assert cpd.RequestedEnergyTransferMode is dt.EnergyTransferModeType.AC_three_phase_core
    assert isinstance(cpd.EVChargeParameter, dt.AC_EVChargeParameterType)
    assert max(p.power_w for p in result.actions(PowerTransfer)) > 0
    assert result.actions(SetContactors) == [SetContactors(True), SetContactors(False)]
    assert result.ev.power_w == 0 and not result.ev.contactors_closed
    assert secc.requests[-1].ChargingSession is dt.chargingSessionType.Terminate


def test_dc_eim_runs_cable_check_precharge_and_welding_detection() -> None:
    result, secc = run(DC)
    names = secc.names()
    assert names[4:7] == ["ChargeParameterDiscoveryReq", "CableCheckReq", "CableCheckReq"]
    first_pd = names.index("PowerDeliveryReq")
    assert set(names[7:first_pd]) == {"PreChargeReq"}
    assert names[-3:] == ["PowerDeliveryReq", "WeldingDetectionReq", "SessionStopReq"]
    assert secc.requests[4].RequestedEnergyTransferMode is dt.EnergyTransferModeType.DC_extended
    start = secc.requests[first_pd]
    assert start.ChargeProgress is dt.chargeProgressType.Start
    assert isinstance(start.EVPowerDeliveryParameter, dt.DC_EVPowerDeliveryParameterType)
    demand = secc.requests[first_pd + 1]
    assert isinstance(demand, iso2.CurrentDemandReq) and from_physical(demand.EVTargetCurrent) > 0
    assert result.end.kind is EndKind.Terminated and not result.end.error
    assert any(p.power_w > 0 for p in result.actions(PowerTransfer))
    assert not result.ev.contactors_closed


@pytest.mark.parametrize("session_id", [bytes([0x2a]), bytes.fromhex("0a0b0c0d"), bytes(range(1, 9))])
def test_the_session_id_the_secc_assigned_is_echoed_whatever_its_length(session_id: bytes) -> None:
    result, secc = run(AC, FakeISO2SECC(session_id=session_id))
    assert secc.headers[0].SessionID == bytes(8)  # SessionSetupReq before a session exists
    assert {h.SessionID for h in secc.headers[1:]} == {session_id}
    assert result.end.session_id == session_id and result.end.kind is EndKind.Terminated


def test_an_empty_session_id_in_session_setup_res_fails() -> None:
    result, secc = run(AC, FakeISO2SECC(session_id=b""))
    assert result.end.kind is EndKind.Failed and "empty SessionID" in result.end.reason
    assert secc.names() == ["SessionSetupReq"]


def test_a_response_for_another_session_ends_with_power_off() -> None:
    secc = FakeISO2SECC()
    original = secc.__call__

    def switched(message: Any) -> Any:
        response = original(message)
        if secc.loops == 2:
            response.Header.SessionID = bytes(8)
        return response

    clock = FakeClock()
    ev = SimulatedEV(battery=BatteryModel(soc=50), energy_transfer=AC, clock=clock)
    result = asyncio.run(drive(ISO2Session(EVCCConfig(energy_transfer=AC, max_charge_loops=10)), switched, ev, clock))
    assert result.end.kind is EndKind.Failed and "SessionID" in result.end.reason
    assert result.steps[-1].actions[:2] == (PowerTransfer(0.0), SetContactors(False))
    assert not ev.contactors_closed and ev.power_w == 0


@pytest.mark.parametrize("request_name, code", [
    ("ChargingStatusReq", dt.responseCodeType.FAILED),
    ("PowerDeliveryReq", dt.responseCodeType.FAILED_PowerDeliveryNotApplied),
    ("ChargeParameterDiscoveryReq", dt.responseCodeType.FAILED_WrongChargeParameter),
    ("SessionSetupReq", dt.responseCodeType.FAILED),
])
def test_every_failed_code_ends_the_session_at_once_with_power_off(request_name: str, code: dt.responseCodeType) -> None:
    result, secc = run(AC, FakeISO2SECC(response_code_for={request_name: code}))
    assert result.end.kind is EndKind.Failed and result.end.error and code.value in result.end.reason
    assert secc.names()[-1] == request_name  # no further message after a FAILED response
    assert not result.ev.contactors_closed and result.ev.power_w == 0


def test_an_unexpected_response_type_fails() -> None:
    def wrong(response: Any) -> Any:
        if isinstance(response.Body.BodyElement, iso2.AuthorizationRes):
            return ISO2.wrap(iso2.SessionStopRes(ResponseCode=dt.responseCodeType.OK), response.Header.SessionID)
        return response

    clock = FakeClock()
    ev = SimulatedEV(energy_transfer=AC, clock=clock)
    result = asyncio.run(drive(ISO2Session(EVCCConfig(energy_transfer=AC)), FakeISO2SECC(), ev, clock, mutate=wrong))
    assert result.end.kind is EndKind.Failed and "expected AuthorizationRes" in result.end.reason


def test_authorization_and_charge_parameters_are_polled_while_ongoing() -> None:
    result, secc = run(AC, FakeISO2SECC(authorization_ongoing=3, cpd_ongoing=2))
    assert secc.names().count("AuthorizationReq") == 4
    assert secc.names().count("ChargeParameterDiscoveryReq") == 3
    assert result.end.kind is EndKind.Terminated


def test_authorization_ongoing_beyond_the_ongoing_timeout_stops_the_session() -> None:
    timing = replace(SessionTiming(), evcc_ongoing_timeout=1.0)
    result, secc = run(AC, FakeISO2SECC(authorization_ongoing=1000), timing=timing, ongoing_poll_interval_s=0.2)
    assert result.end.error and "Authorization still Ongoing after 1 s" in result.end.reason
    assert secc.names()[-1] == "SessionStopReq"
    assert 5 <= secc.names().count("AuthorizationReq") <= 7


def test_renegotiation_runs_power_delivery_renegotiate_and_a_new_charge_parameter_discovery() -> None:
    secc = FakeISO2SECC(notification_at_loop={2: dt.EVSENotificationType.ReNegotiation})
    result, _ = run(AC, secc, max_charge_loops=5)
    progress = [r.ChargeProgress for r in secc.requests if isinstance(r, iso2.PowerDeliveryReq)]
    assert progress == [dt.chargeProgressType.Start, dt.chargeProgressType.Renegotiate, dt.chargeProgressType.Start,
                        dt.chargeProgressType.Stop]
    assert secc.names().count("ChargeParameterDiscoveryReq") == 2
    assert "Renegotiation" in result.events() and result.end.kind is EndKind.Terminated


def test_dc_renegotiation_keeps_the_contactors_closed() -> None:
    secc = FakeISO2SECC(notification_at_loop={1: dt.EVSENotificationType.ReNegotiation})
    result, _ = run(DC, secc, max_charge_loops=3)
    assert result.actions(SetContactors) == [SetContactors(True), SetContactors(False)]
    assert secc.names().count("CableCheckReq") == 2  # only before the first start (one Ongoing, one Finished)


def test_stop_charging_notification_ends_with_power_delivery_stop_and_session_stop() -> None:
    secc = FakeISO2SECC(notification_at_loop={2: dt.EVSENotificationType.StopCharging})
    result, _ = run(DC, secc, max_charge_loops=10)
    assert secc.names().count("CurrentDemandReq") == 2
    assert secc.names()[-3:] == ["PowerDeliveryReq", "WeldingDetectionReq", "SessionStopReq"]
    assert result.end.kind is EndKind.Terminated and "StopCharging" in result.end.reason


def test_dc_emergency_shutdown_status_stops_the_charge() -> None:
    secc = FakeISO2SECC()
    original = secc._dc_status

    def status(notification: Any = dt.EVSENotificationType._None, code: Any = None) -> Any:
        emergency = secc.loops >= 2
        return original(notification, dt.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown if emergency
                        else dt.DC_EVSEStatusCodeType.EVSE_Ready)

    secc._dc_status = status  # type: ignore[method-assign]
    result, _ = run(DC, secc, max_charge_loops=10)
    assert result.end.error and "EVSE_EmergencyShutdown" in result.end.reason
    assert not result.ev.contactors_closed


def test_a_tripped_rcd_stops_the_ac_charge_with_power_off() -> None:
    result, secc = run(AC, FakeISO2SECC(rcd_at_loop=2), max_charge_loops=10)
    assert result.end.error and "RCD" in result.end.reason
    assert secc.names().count("ChargingStatusReq") == 2 and secc.names()[-2:] == ["PowerDeliveryReq", "SessionStopReq"]
    assert not result.ev.contactors_closed and result.ev.power_w == 0


def test_pause_then_resume_with_the_paused_session_id() -> None:
    secc = FakeISO2SECC()
    first, _ = run(AC, secc, pause_after_loops=2, max_charge_loops=None, stop_at_target_soc=False)
    assert first.end.kind is EndKind.Paused
    assert secc.requests[-1].ChargingSession is dt.chargingSessionType.Pause
    paused_id = first.end.session_id
    calls = len(secc.requests)
    cfg = EVCCConfig(energy_transfer=AC, pause_after_loops=2, max_charge_loops=4)
    second, _ = run(AC, secc, session=ISO2Session(cfg, resume=first.session), max_charge_loops=4)
    assert secc.headers[calls].SessionID == paused_id
    assert second.end.kind is EndKind.Terminated and second.end.session_id == paused_id
    assert "Resumed" in second.events()
    assert secc.names()[calls:].count("ChargingStatusReq") == 4  # the resumed session does not pause again


def test_the_charging_profile_respects_the_chosen_pmax_schedule() -> None:
    schedule = schedule_tuple(3, (0, 7_000.0), (1800, 22_000.0), (3600, 2_000.0))
    result, secc = run(AC, FakeISO2SECC(schedules=[schedule]))
    start = next(r for r in secc.requests if isinstance(r, iso2.PowerDeliveryReq))
    assert start.SAScheduleTupleID == 3
    assert start.ChargingProfile is not None
    entries = [(e.ChargingProfileEntryStart, from_physical(e.ChargingProfileEntryMaxPower))
               for e in start.ChargingProfile.ProfileEntry]
    assert entries == [(0, 7_000.0), (1800, 11_000.0), (3600, 2_000.0)]  # 11 kW: the on-board charger
    assert all(e.ChargingProfileEntryMaxNumberOfPhasesInUse == 3 for e in start.ChargingProfile.ProfileEntry)
    assert max(p.power_w for p in result.actions(PowerTransfer)) <= 7_000.0


def test_a_long_pmax_schedule_fits_24_profile_entries_without_exceeding_it() -> None:
    entries = [(i * 600, 10_000.0 - i * 100) for i in range(40)]
    _, secc = run(AC, FakeISO2SECC(schedules=[schedule_tuple(1, *entries)]))
    start = next(r for r in secc.requests if isinstance(r, iso2.PowerDeliveryReq))
    profile = [(e.ChargingProfileEntryStart, from_physical(e.ChargingProfileEntryMaxPower))
               for e in start.ChargingProfile.ProfileEntry]
    assert len(profile) == MAX_PROFILE_ENTRIES
    for start_s, power in profile:
        in_force = max((s, p) for s, p in entries if s <= start_s)[1]
        assert power <= in_force
    assert profile[-1] == (entries[23][0], entries[-1][1])


def test_the_ev_chooses_the_cheapest_schedule_when_all_carry_tariffs() -> None:
    tuples = [schedule_tuple(1, (0, 10_000.0), price_level=3), schedule_tuple(2, (0, 10_000.0), price_level=1)]
    assert choose_schedule(tuples).SAScheduleTupleID == 2
    assert choose_schedule([schedule_tuple(5, (0, 1.0)), tuples[1]]).SAScheduleTupleID == 5


def test_ac_power_stays_within_the_evse_current() -> None:
    result, _ = run(AC, FakeISO2SECC(ac_max_current_a=6.0))
    assert max(p.power_w for p in result.actions(PowerTransfer)) == pytest.approx(6.0 * 230 * 3)


def test_timeouts_use_the_iso2_table_scaled_like_the_config() -> None:
    cfg = EVCCConfig(energy_transfer=DC, timing=SessionTiming().scaled(0.5))
    session = ISO2Session(cfg)
    ev = SimulatedEV(energy_transfer=DC)
    step = session.start_after_negotiation(asyncio.run(ev.status()), cfg.settings, 0.0)
    assert step.timeout_s == pytest.approx(1.0)  # SessionSetupReq 2 s x 0.5
    assert session.phase == "SessionSetupPhase"
    end = session.timeout()
    assert end.end is not None and end.end.kind is EndKind.Failed
    assert "V2G_EVCC_Msg_Timeout (1 s) waiting for the answer to SessionSetupReq" in end.end.reason


def test_current_demand_timeout_is_the_short_one_and_powers_off() -> None:
    result, secc = run(DC, max_charge_loops=50)
    loop_steps = [s for s in result.steps if s.request is not None
                  and isinstance(s.request.Body.BodyElement, iso2.CurrentDemandReq)]
    assert {s.timeout_s for s in loop_steps} == {0.5}


def test_precharge_that_never_converges_goes_out_by_power_delivery_stop() -> None:
    timing = replace(SessionTiming(), evcc_pre_charge_timeout=1.0)
    result, secc = run(DC, FakeISO2SECC(precharge_stuck_v=1.0), timing=timing)
    assert result.end.error and "pre-charge did not converge" in result.end.reason
    assert secc.names()[-2:] == ["PowerDeliveryReq", "SessionStopReq"]  # no welding check: never energized
    assert secc.requests[-2].ChargeProgress is dt.chargeProgressType.Stop
    assert result.actions(SetContactors) == []


def test_an_isolation_fault_after_cable_check_stops_before_any_power() -> None:
    result, secc = run(DC, FakeISO2SECC(isolation=dt.isolationLevelType.Fault))
    assert result.end.error and "isolation Fault" in result.end.reason
    assert "PreChargeReq" not in secc.names() and result.actions(SetContactors) == []


def test_no_matching_energy_transfer_mode_stops() -> None:
    result, secc = run(DC, FakeISO2SECC(modes=(dt.EnergyTransferModeType.AC_single_phase_core,)))
    assert result.end.error and "DC_extended" in result.end.reason
    assert secc.names() == ["SessionSetupReq", "ServiceDiscoveryReq", "SessionStopReq"]


def test_single_phase_ac_is_chosen_when_it_is_all_the_evse_offers() -> None:
    result, secc = run(AC, FakeISO2SECC(modes=(dt.EnergyTransferModeType.AC_single_phase_core,)), max_charge_loops=2)
    assert secc.requests[4].RequestedEnergyTransferMode is dt.EnergyTransferModeType.AC_single_phase_core
    assert max(p.power_w for p in result.actions(PowerTransfer)) <= 16 * 230


def test_evcc_id_is_a_mac() -> None:
    assert evcc_id("02:00:00:00:00:01") == bytes.fromhex("020000000001")
    assert evcc_id("0a0b0c") == bytes.fromhex("0a0b0c")
    assert len(evcc_id("EVCC0000000001")) == 6 and evcc_id("EVCC0000000001") == evcc_id("EVCC0000000001")


# ---------------------------------------------------------------------- Plug & Charge (fake credentials)


class FakeContract(ISO2Credentials):
    """Structurally valid chains and signatures; the real -2 crypto is tested in tests/pnc."""

    def __init__(self, *, contract: bool = True, installable: bool = False, broken_install: bool = False) -> None:
        self.contract = contract
        self.installable = installable
        self.broken_install = broken_install
        self.key = ec.generate_private_key(ec.SECP521R1())
        self.signed: list[str] = []

    def has_contract(self) -> bool:
        return self.contract

    def emaid(self) -> str:
        return "DEPNXC000000017"

    def contract_chain(self) -> dt.CertificateChainType:
        return dt.CertificateChainType(Certificate=b"\x30" * 300)

    def sign(self, body: Any) -> SignatureType:
        self.signed.append(type(body).__name__)
        return sign_fragments({"ID1": repr(body).encode()}, self.key)

    def installation_request(self, *, always: bool) -> tuple[iso2.CertificateInstallationReq, SignatureType] | None:
        if not self.installable:
            return None
        req = iso2.CertificateInstallationReq(
            Id="ID1", OEMProvisioningCert=b"\x30" * 200,
            ListOfRootCertificateIDs=dt.ListOfRootCertificateIDsType(
                RootCertificateID=[X509IssuerSerialType(X509IssuerName="CN=V2GRootCA", X509SerialNumber=1)]))
        return req, sign_fragments({"ID1": b"installation"}, self.key)

    def install(self, response: Any, signature: SignatureType | None) -> str:
        if self.broken_install:
            raise SecurityError("SA provisioning chain does not lead to a trusted V2G root")
        self.contract = True
        return "DEPNXC000000042"


def test_pnc_presents_the_contract_and_signs_the_challenge() -> None:
    contract = FakeContract()
    secc = FakeISO2SECC(payments=(dt.paymentOptionType.Contract, dt.paymentOptionType.ExternalPayment),
                        receipt_at_loop={2})
    result, _ = run(AC, secc, pnc=contract, authorization=Authorization.PnC)
    names = secc.names()
    assert names[2:5] == ["PaymentServiceSelectionReq", "PaymentDetailsReq", "AuthorizationReq"]
    assert secc.requests[2].SelectedPaymentOption is dt.paymentOptionType.Contract
    assert secc.requests[3].eMAID == "DEPNXC000000017"
    auth, auth_header = secc.requests[4], secc.headers[4]
    assert auth.GenChallenge == secc.gen_challenge and auth.Id == "ID1"
    assert auth_header.Signature is not None
    receipt_at = names.index("MeteringReceiptReq")
    receipt = secc.requests[receipt_at]
    assert receipt.SessionID == secc.session_id and receipt.MeterInfo.MeterReading == 2000
    assert secc.headers[receipt_at].Signature is not None
    assert contract.signed == ["AuthorizationReq", "MeteringReceiptReq"]
    assert names[receipt_at + 1] == "ChargingStatusReq" and result.end.kind is EndKind.Terminated


def test_eim_sessions_ignore_receipt_required() -> None:
    result, secc = run(DC, FakeISO2SECC(receipt_at_loop={1, 2}))
    assert "MeteringReceiptReq" not in secc.names() and result.end.kind is EndKind.Terminated


def test_pnc_falls_back_to_eim_when_the_secc_offers_no_contract_payment() -> None:
    result, secc = run(AC, FakeISO2SECC(), pnc=FakeContract(), authorization=Authorization.PnC)
    assert secc.requests[2].SelectedPaymentOption is dt.paymentOptionType.ExternalPayment
    assert "PnCUnavailable" in result.events() and "PaymentDetailsReq" not in secc.names()


def test_certificate_installation_runs_when_the_ev_has_no_contract() -> None:
    contract = FakeContract(contract=False, installable=True)
    secc = FakeISO2SECC(payments=(dt.paymentOptionType.Contract,), certificate_service=True,
                        certificate_response=lambda req: _installation_res())
    result, _ = run(AC, secc, pnc=contract, authorization=Authorization.PnC)
    names = secc.names()
    assert names[1:6] == ["ServiceDiscoveryReq", "ServiceDetailReq", "PaymentServiceSelectionReq",
                          "CertificateInstallationReq", "PaymentDetailsReq"]
    selected = secc.requests[3].SelectedServiceList.SelectedService
    assert [(s.ServiceID, s.ParameterSetID) for s in selected] == [(1, None), (2, 1)]
    assert ContractInstalled("DEPNXC000000042") in result.actions(ContractInstalled)
    assert result.end.kind is EndKind.Terminated


def test_a_contract_that_cannot_be_trusted_is_never_used() -> None:
    contract = FakeContract(contract=False, installable=True, broken_install=True)
    secc = FakeISO2SECC(payments=(dt.paymentOptionType.Contract,), certificate_service=True,
                        certificate_response=lambda req: _installation_res())
    result, _ = run(AC, secc, pnc=contract, authorization=Authorization.PnC)
    assert "CertificateInstallationFailed" in result.events()
    assert result.end.error and "no usable contract" in result.end.reason
    assert "PaymentDetailsReq" not in secc.names() and "PowerDeliveryReq" not in secc.names()


def test_an_ev_without_contract_and_without_installation_service_uses_eim() -> None:
    contract = FakeContract(contract=False, installable=True)
    result, secc = run(AC, FakeISO2SECC(payments=(dt.paymentOptionType.Contract, dt.paymentOptionType.ExternalPayment)),
                       pnc=contract, authorization=Authorization.PnC)
    # no ContractCertificate service offered: Contract would be selected without a contract to present
    assert secc.requests[2].SelectedPaymentOption is dt.paymentOptionType.Contract
    assert result.end.error and "no usable contract" in result.end.reason


def _installation_res() -> iso2.CertificateInstallationRes:
    chain = dt.CertificateChainType(Id="ID2", Certificate=b"\x30" * 300)
    return iso2.CertificateInstallationRes(
        ResponseCode=dt.responseCodeType.OK, SAProvisioningCertificateChain=dt.CertificateChainType(Certificate=b"\x30" * 300),
        ContractSignatureCertChain=chain,
        ContractSignatureEncryptedPrivateKey=dt.ContractSignatureEncryptedPrivateKeyType(Id="ID3", value=bytes(48)),
        DHpublickey=dt.DiffieHellmanPublickeyType(Id="ID4", value=bytes(65)),
        eMAID=dt.EMAIDType(Id="ID5", value="DEPNXC000000042"))


def test_loop_phases_are_found_by_their_response_class() -> None:
    assert ChargingStatusPhase.response is iso2.ChargingStatusRes
    assert CurrentDemandPhase.response is iso2.CurrentDemandRes
    assert physical(400.0, dt.unitSymbolType.V).Value * 10 ** physical(400.0, dt.unitSymbolType.V).Multiplier == 400


def test_an_orderly_dc_shutdown_is_not_an_error() -> None:
    secc = FakeISO2SECC()
    original = secc._dc_status

    def status(notification: Any = dt.EVSENotificationType._None, code: Any = None) -> Any:
        return original(notification, dt.DC_EVSEStatusCodeType.EVSE_Shutdown if secc.loops >= 2
                        else dt.DC_EVSEStatusCodeType.EVSE_Ready)

    secc._dc_status = status  # type: ignore[method-assign]
    result, _ = run(DC, secc, max_charge_loops=10)
    assert result.end.kind is EndKind.Terminated and not result.end.error and "EVSE_Shutdown" in result.end.reason


def test_a_charger_that_never_reads_low_voltage_cannot_keep_the_ev_in_welding_detection() -> None:
    """Alpitronic/ABB loop in WeldingDetection (pyPLC issue 17): the EV stops asking after a bounded number."""
    result, secc = run(DC, FakeISO2SECC(welding_reading_v=400.0))
    assert secc.names().count("WeldingDetectionReq") == MAX_WELDING_DETECTION_REQUESTS
    assert secc.names()[-1] == "SessionStopReq" and result.end.kind is EndKind.Terminated


def test_a_failed_welding_detection_still_leaves_everything_off() -> None:
    result, secc = run(DC, FakeISO2SECC(response_code_for={"WeldingDetectionReq": dt.responseCodeType.FAILED}))
    assert result.end.kind is EndKind.Failed and "WeldingDetectionRes: FAILED" in result.end.reason
    assert "EV done after 4 loops; then" in result.end.reason  # the cause of the stop stays first
    assert not result.ev.contactors_closed and result.ev.power_w == 0


def test_schedule_entries_out_of_order_are_sorted() -> None:
    shuffled = schedule_tuple(1, (3600, 2_000.0), (0, 5_000.0))
    result, secc = run(AC, FakeISO2SECC(schedules=[shuffled]))
    start = next(r for r in secc.requests if isinstance(r, iso2.PowerDeliveryReq))
    assert [(e.ChargingProfileEntryStart, from_physical(e.ChargingProfileEntryMaxPower))
            for e in start.ChargingProfile.ProfileEntry] == [(0, 5_000.0), (3600, 2_000.0)]
    assert max(p.power_w for p in result.actions(PowerTransfer)) <= 5_000.0
