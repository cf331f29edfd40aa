"""DIN 70121 error answers: every request gets its own response type, mandatory fields filled.

Used on every error path (FAILED_SequenceError, FAILED_UnknownSession, FAILED, ...) and by the
runner when a request arrives that this SECC never answers with success (ServiceDetail, PaymentDetails,
certificates, AC ChargingStatus/MeteringReceipt: DIN DC with ExternalPayment needs none of them).
The DC_EVSEStatus of an error answer says the EVSE shut down (EVSE_Shutdown, StopCharging).
"""
from __future__ import annotations

from typing import Any, Callable

from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session.units import to_physical
from iso15118.session.v2g_message import DIN

PV = dt.PhysicalValueType
U = dt.unitSymbolType
FINISHED = dt.EVSEProcessingType.Finished


def pv(x: float, unit: dt.unitSymbolType | None) -> dt.PhysicalValueType:
    """A DIN PhysicalValueType (the shared helper with DIN's class)."""
    return to_physical(x, unit, PV)


def shutdown_status() -> dt.DC_EVSEStatusType:
    return dt.DC_EVSEStatusType(EVSEStatusCode=dt.DC_EVSEStatusCodeType.EVSE_Shutdown, NotificationMaxDelay=0,
                                EVSENotification=dt.EVSENotificationType.StopCharging)


def _dc_charge_parameter() -> dt.DC_EVSEChargeParameter:
    zero_a, zero_v = pv(0, U.A), pv(0, U.V)
    return dt.DC_EVSEChargeParameter(
        DC_EVSEStatus=shutdown_status(), EVSEMaximumCurrentLimit=zero_a, EVSEMaximumVoltageLimit=zero_v,
        EVSEMinimumCurrentLimit=zero_a, EVSEMinimumVoltageLimit=zero_v, EVSEPeakCurrentRipple=zero_a,
    )


def no_schedule() -> dt.SAScheduleList:
    return dt.SAScheduleList(SAScheduleTuple=[dt.SAScheduleTupleType(
        SAScheduleTupleID=1,
        PMaxSchedule=dt.PMaxScheduleType(PMaxScheduleID=1, PMaxScheduleEntry=[dt.PMaxScheduleEntryType(
            TimeInterval=dt.RelativeTimeInterval(start=0, duration=86400), PMax=0)]),
    )])


def charge_service(free: bool) -> dt.ServiceChargeType:
    return dt.ServiceChargeType(
        ServiceTag=dt.ServiceTagType(ServiceID=1, ServiceCategory=dt.serviceCategoryType.EVCharging),
        FreeService=free, EnergyTransferType=dt.EVSESupportedEnergyTransferType.DC_extended,
    )


def _chain() -> dt.CertificateChainType:
    return dt.CertificateChainType(Certificate=b"\x00")


# Request class -> its response class and the mandatory fields besides ResponseCode.
_BODIES: dict[type, tuple[type, Callable[[Any], dict[str, Any]]]] = {
    din.SessionSetupReq: (din.SessionSetupRes, lambda req: {"EVSEID": b"\x00"}),
    din.ServiceDiscoveryReq: (din.ServiceDiscoveryRes, lambda req: {
        "PaymentOptions": dt.PaymentOptionsType(PaymentOption=[dt.paymentOptionType.ExternalPayment]),
        "ChargeService": charge_service(False)}),
    din.ServiceDetailReq: (din.ServiceDetailRes, lambda req: {"ServiceID": req.ServiceID}),
    din.ServicePaymentSelectionReq: (din.ServicePaymentSelectionRes, lambda req: {}),
    din.PaymentDetailsReq: (din.PaymentDetailsRes, lambda req: {"GenChallenge": "", "DateTimeNow": 0}),
    din.ContractAuthenticationReq: (din.ContractAuthenticationRes, lambda req: {"EVSEProcessing": FINISHED}),
    din.CertificateInstallationReq: (din.CertificateInstallationRes, lambda req: {
        "Id": "id1", "ContractSignatureCertChain": _chain(), "ContractSignatureEncryptedPrivateKey": b"\x00",
        "DHParams": b"\x00", "ContractID": ""}),
    din.CertificateUpdateReq: (din.CertificateUpdateRes, lambda req: {
        "Id": "id1", "ContractSignatureCertChain": _chain(), "ContractSignatureEncryptedPrivateKey": b"\x00",
        "DHParams": b"\x00", "ContractID": "", "RetryCounter": 0}),
    din.ChargeParameterDiscoveryReq: (din.ChargeParameterDiscoveryRes, lambda req: {
        "EVSEProcessing": FINISHED, "SASchedules": no_schedule(), "EVSEChargeParameter": _dc_charge_parameter()}),
    din.CableCheckReq: (din.CableCheckRes, lambda req: {"DC_EVSEStatus": shutdown_status(), "EVSEProcessing": FINISHED}),
    din.PreChargeReq: (din.PreChargeRes, lambda req: {"DC_EVSEStatus": shutdown_status(), "EVSEPresentVoltage": pv(0, U.V)}),
    din.PowerDeliveryReq: (din.PowerDeliveryRes, lambda req: {"EVSEStatus": dt.DC_EVSEStatus(**vars(shutdown_status()))}),
    din.CurrentDemandReq: (din.CurrentDemandRes, lambda req: {
        "DC_EVSEStatus": shutdown_status(), "EVSEPresentVoltage": pv(0, U.V), "EVSEPresentCurrent": pv(0, U.A),
        "EVSECurrentLimitAchieved": False, "EVSEVoltageLimitAchieved": False, "EVSEPowerLimitAchieved": False,
        "EVSEMaximumVoltageLimit": pv(0, U.V), "EVSEMaximumCurrentLimit": pv(0, U.A),
        "EVSEMaximumPowerLimit": pv(0, U.W)}),
    din.WeldingDetectionReq: (din.WeldingDetectionRes, lambda req: {
        "DC_EVSEStatus": shutdown_status(), "EVSEPresentVoltage": pv(0, U.V)}),
    din.ChargingStatusReq: (din.ChargingStatusRes, lambda req: {
        "EVSEID": b"\x00", "SAScheduleTupleID": 1, "ReceiptRequired": False,
        "AC_EVSEStatus": dt.AC_EVSEStatusType(PowerSwitchClosed=False, RCD=False, NotificationMaxDelay=0,
                                              EVSENotification=dt.EVSENotificationType.StopCharging)}),
    din.MeteringReceiptReq: (din.MeteringReceiptRes, lambda req: {
        "AC_EVSEStatus": dt.AC_EVSEStatusType(PowerSwitchClosed=False, RCD=False, NotificationMaxDelay=0,
                                              EVSENotification=dt.EVSENotificationType.StopCharging)}),
    din.SessionStopReq: (din.SessionStopRes, lambda req: {}),
}

RESPONSE_OF: dict[type, type] = {req: res for req, (res, _) in _BODIES.items()}


def can_answer(request: Any) -> bool:
    return type(request) in _BODIES


def error_response(request: Any, code: dt.responseCodeType, session_id: bytes) -> Any:
    """The V2G_Message answering `request` (a DIN body element) with `code`; KeyError if not a DIN request."""
    cls, body = _BODIES[type(request)]
    return DIN.wrap(cls(ResponseCode=code, **body(request)), session_id)
