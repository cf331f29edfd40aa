"""DIN 70121 requests as a car sends them (independent of our EVCC, so SECC tests do not trust it)."""
from __future__ import annotations

from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.units import to_physical
from iso15118.session.v2g_message import DIN

U = dt.unitSymbolType
MAC = bytes.fromhex("001BC50B537E")


def pv(x: float, unit: dt.unitSymbolType) -> dt.PhysicalValueType:
    return to_physical(x, unit, dt.PhysicalValueType)


def ev_status(soc: int = 50, ready: bool = True) -> dt.DC_EVStatusType:
    return dt.DC_EVStatusType(EVReady=ready, EVErrorCode=dt.DC_EVErrorCodeType.NO_ERROR, EVRESSSOC=soc)


def session_setup(evcc_id: bytes = MAC) -> din.SessionSetupReq:
    return din.SessionSetupReq(EVCCID=evcc_id)


def service_discovery() -> din.ServiceDiscoveryReq:
    return din.ServiceDiscoveryReq(ServiceCategory=dt.serviceCategoryType.EVCharging)


def payment_selection(option: dt.paymentOptionType = dt.paymentOptionType.ExternalPayment,
                      service_id: int = 1) -> din.ServicePaymentSelectionReq:
    return din.ServicePaymentSelectionReq(
        SelectedPaymentOption=option,
        SelectedServiceList=dt.SelectedServiceListType(SelectedService=[dt.SelectedServiceType(ServiceID=service_id)]))


def contract_authentication() -> din.ContractAuthenticationReq:
    return din.ContractAuthenticationReq()


def charge_parameter_discovery(max_v: float = 450.0, max_a: float = 200.0, max_w: float | None = 100_000.0,
                               transfer: dt.EVRequestedEnergyTransferType = dt.EVRequestedEnergyTransferType.DC_extended
                               ) -> din.ChargeParameterDiscoveryReq:
    return din.ChargeParameterDiscoveryReq(
        EVRequestedEnergyTransferType=transfer,
        EVChargeParameter=dt.DC_EVChargeParameter(
            DC_EVStatus=ev_status(), EVMaximumCurrentLimit=pv(max_a, U.A), EVMaximumVoltageLimit=pv(max_v, U.V),
            EVMaximumPowerLimit=pv(max_w, U.W) if max_w is not None else None, FullSOC=100, BulkSOC=80))


def cable_check() -> din.CableCheckReq:
    return din.CableCheckReq(DC_EVStatus=ev_status())


def pre_charge(voltage: float = 380.0, current: float = 1.0) -> din.PreChargeReq:
    return din.PreChargeReq(DC_EVStatus=ev_status(), EVTargetVoltage=pv(voltage, U.V), EVTargetCurrent=pv(current, U.A))


def power_delivery(ready: bool, complete: bool = False) -> din.PowerDeliveryReq:
    return din.PowerDeliveryReq(ReadyToChargeState=ready, EVPowerDeliveryParameter=dt.DC_EVPowerDeliveryParameter(
        DC_EVStatus=ev_status(), ChargingComplete=complete))


def current_demand(current: float = 100.0, voltage: float = 400.0, complete: bool = False,
                   max_a: float | None = 200.0) -> din.CurrentDemandReq:
    return din.CurrentDemandReq(
        DC_EVStatus=ev_status(), EVTargetCurrent=pv(current, U.A), EVTargetVoltage=pv(voltage, U.V),
        EVMaximumVoltageLimit=pv(450.0, U.V), EVMaximumCurrentLimit=pv(max_a, U.A) if max_a is not None else None,
        ChargingComplete=complete)


def welding_detection() -> din.WeldingDetectionReq:
    return din.WeldingDetectionReq(DC_EVStatus=ev_status())


def session_stop() -> din.SessionStopReq:
    return din.SessionStopReq()


def wire(body: object, session_id: bytes) -> object:
    return DIN.wrap(body, session_id)
