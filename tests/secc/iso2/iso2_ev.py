"""A scripted -2 EV for SECC tests: builds the V2G_Message of each request (no EV logic)."""
from __future__ import annotations

from typing import Any

from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso15118.session.units import to_physical
from iso15118.session.v2g_message import ISO2

U = t.unitSymbolType
MODE = t.EnergyTransferModeType
EVCCID = bytes.fromhex("0A1B2C3D4E5F")


def P(x: float, unit: t.unitSymbolType) -> t.PhysicalValueType:
    return to_physical(x, unit, t.PhysicalValueType)


def dc_ev_status(soc: int = 50) -> t.DC_EVStatus:
    return t.DC_EVStatus(EVReady=True, EVErrorCode=t.DC_EVErrorCodeType.NO_ERROR, EVRESSSOC=soc)


def msg(body: Any, sid: bytes) -> Any:
    return ISO2.wrap(body, sid)


def session_setup(sid: bytes = b"\x00") -> Any:
    return msg(b.SessionSetupReq(EVCCID=EVCCID), sid)


def service_discovery(sid: bytes) -> Any:
    return msg(b.ServiceDiscoveryReq(), sid)


def service_detail(sid: bytes, service_id: int) -> Any:
    return msg(b.ServiceDetailReq(ServiceID=service_id), sid)


def payment_selection(sid: bytes, option: str = "ExternalPayment", services: tuple[tuple[int, int | None], ...] = ((1, None),)) -> Any:
    return msg(b.PaymentServiceSelectionReq(
        SelectedPaymentOption=t.paymentOptionType(option),
        SelectedServiceList=t.SelectedServiceListType(
            SelectedService=[t.SelectedServiceType(ServiceID=i, ParameterSetID=p) for i, p in services])), sid)


def authorization(sid: bytes, challenge: bytes | None = None, id_: str | None = None) -> Any:
    return msg(b.AuthorizationReq(Id=id_, GenChallenge=challenge), sid)


def ac_cpd(sid: bytes, mode: t.EnergyTransferModeType = MODE.AC_three_phase_core, max_a: float = 32, min_a: float = 6,
           departure: int | None = None, max_entries: int | None = None) -> Any:
    return msg(b.ChargeParameterDiscoveryReq(
        MaxEntriesSAScheduleTuple=max_entries, RequestedEnergyTransferMode=mode,
        EVChargeParameter=t.AC_EVChargeParameter(DepartureTime=departure, EAmount=P(20000, U.Wh), EVMaxVoltage=P(400, U.V),
                                                 EVMaxCurrent=P(max_a, U.A), EVMinCurrent=P(min_a, U.A))), sid)


def dc_cpd(sid: bytes, mode: t.EnergyTransferModeType = MODE.DC_extended, max_v: float = 450, max_a: float = 200,
           max_w: float | None = 90000) -> Any:
    return msg(b.ChargeParameterDiscoveryReq(
        RequestedEnergyTransferMode=mode,
        EVChargeParameter=t.DC_EVChargeParameter(
            DC_EVStatus=dc_ev_status(), EVMaximumCurrentLimit=P(max_a, U.A),
            EVMaximumPowerLimit=P(max_w, U.W) if max_w is not None else None, EVMaximumVoltageLimit=P(max_v, U.V),
            FullSOC=100, BulkSOC=80)), sid)


def cable_check(sid: bytes) -> Any:
    return msg(b.CableCheckReq(DC_EVStatus=dc_ev_status()), sid)


def pre_charge(sid: bytes, volts: float = 400, amps: float = 1) -> Any:
    return msg(b.PreChargeReq(DC_EVStatus=dc_ev_status(), EVTargetVoltage=P(volts, U.V), EVTargetCurrent=P(amps, U.A)), sid)


def power_delivery(sid: bytes, progress: str = "Start", tuple_id: int = 1,
                   profile: list[tuple[int, float, int | None]] | None = None, dc: bool = False) -> Any:
    charging_profile = None
    if profile is not None:
        charging_profile = t.ChargingProfileType(ProfileEntry=[
            t.ProfileEntryType(ChargingProfileEntryStart=s, ChargingProfileEntryMaxPower=P(w, U.W),
                               ChargingProfileEntryMaxNumberOfPhasesInUse=ph) for s, w, ph in profile])
    parameter = t.DC_EVPowerDeliveryParameter(DC_EVStatus=dc_ev_status(), ChargingComplete=progress == "Stop") if dc else None
    return msg(b.PowerDeliveryReq(ChargeProgress=t.chargeProgressType(progress), SAScheduleTupleID=tuple_id,
                                  ChargingProfile=charging_profile, EVPowerDeliveryParameter=parameter), sid)


def charging_status(sid: bytes) -> Any:
    return msg(b.ChargingStatusReq(), sid)


def current_demand(sid: bytes, volts: float = 400, amps: float = 100, max_a: float | None = None,
                   max_v: float | None = None, complete: bool = False) -> Any:
    return msg(b.CurrentDemandReq(
        DC_EVStatus=dc_ev_status(), EVTargetCurrent=P(amps, U.A), EVTargetVoltage=P(volts, U.V),
        EVMaximumCurrentLimit=P(max_a, U.A) if max_a is not None else None,
        EVMaximumVoltageLimit=P(max_v, U.V) if max_v is not None else None, ChargingComplete=complete), sid)


def welding_detection(sid: bytes) -> Any:
    return msg(b.WeldingDetectionReq(DC_EVStatus=dc_ev_status()), sid)


def session_stop(sid: bytes, kind: str = "Terminate") -> Any:
    return msg(b.SessionStopReq(ChargingSession=t.chargingSessionType(kind)), sid)
