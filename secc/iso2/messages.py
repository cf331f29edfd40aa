"""-2 message helpers for the SECC states: envelope, PhysicalValueType, EVSE status, error responses.

Every response is the full V2G_Message (ISO2.wrap). An error answers the request with its own
response type: mandatory fields carry neutral values (0 V, 0 A, Finished, EVSE_NotReady).
"""
from __future__ import annotations

import logging
from typing import Any, Callable

from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.session.units import from_physical, to_physical
from iso15118.session.v2g_message import ISO2
from secc.context import Outcome
from secc.controller import EVSENotification

logger = logging.getLogger(__name__)

OK = t.responseCodeType.OK
FINISHED = t.EVSEProcessingType.Finished
ONGOING = t.EVSEProcessingType.Ongoing
U = t.unitSymbolType
F = from_physical
CHARGE_SERVICE_ID = 1  # [V2G2-426] AC_DC_Charging
CERTIFICATE_SERVICE_ID = 2  # ContractCertificate: its parameter sets are vocabulary.CertificateService
# What -2 can say of the neutral EVSE notifications. Pause: -2 has no EVSE-initiated pause, the EV
# stops (and may pause itself); ExitStandby: -2 has no standby. MeteringConfirmation is ReceiptRequired.
NOTIFICATION: dict[EVSENotification, t.EVSENotificationType] = {
    EVSENotification.Terminate: t.EVSENotificationType.StopCharging,
    EVSENotification.Pause: t.EVSENotificationType.StopCharging,
    EVSENotification.ScheduleRenegotiation: t.EVSENotificationType.ReNegotiation,
    EVSENotification.ServiceRenegotiation: t.EVSENotificationType.ReNegotiation,
}
NO_NOTIFICATION = t.EVSENotificationType._None


def P(value: float, unit: t.unitSymbolType) -> t.PhysicalValueType:
    return to_physical(value, unit, t.PhysicalValueType)


def ok(body_cls: type, session_id: bytes, code: t.responseCodeType = OK, **fields: Any) -> Any:
    """The V2G_Message carrying `body_cls(ResponseCode=code, **fields)`."""
    return ISO2.wrap(body_cls(ResponseCode=code, **fields), session_id)


def ac_status(notification: t.EVSENotificationType = NO_NOTIFICATION, max_delay: int = 0) -> t.AC_EVSEStatus:
    return t.AC_EVSEStatus(NotificationMaxDelay=max_delay, EVSENotification=notification, RCD=False)


def dc_status(code: t.DC_EVSEStatusCodeType = t.DC_EVSEStatusCodeType.EVSE_NotReady,
              notification: t.EVSENotificationType = NO_NOTIFICATION, max_delay: int = 0,
              isolation: t.isolationLevelType | None = None) -> t.DC_EVSEStatus:
    return t.DC_EVSEStatus(NotificationMaxDelay=max_delay, EVSENotification=notification,
                           EVSEIsolationStatus=isolation, EVSEStatusCode=code)


def status_for(dc: bool) -> t.EVSEStatusType:
    return dc_status() if dc else ac_status()


def _zero(unit: t.unitSymbolType) -> t.PhysicalValueType:
    return P(0, unit)


def _empty_chain() -> t.CertificateChainType:
    return t.CertificateChainType(Certificate=b"\x00")


# Request class -> (response class, mandatory fields of an error response). `dc` says which EVSE status
# substitution the session uses (AC_EVSEStatus / DC_EVSEStatus).
_BODIES: dict[type, tuple[type, Callable[[Any, bool], dict[str, Any]]]] = {
    iso2.SessionSetupReq: (iso2.SessionSetupRes, lambda req, dc: {"EVSEID": "ZZ00000"}),
    iso2.ServiceDiscoveryReq: (iso2.ServiceDiscoveryRes, lambda req, dc: {
        "PaymentOptionList": t.PaymentOptionListType(PaymentOption=[t.paymentOptionType.ExternalPayment]),
        "ChargeService": t.ChargeServiceType(
            ServiceID=CHARGE_SERVICE_ID, ServiceCategory=t.serviceCategoryType.EVCharging, FreeService=False,
            SupportedEnergyTransferMode=t.SupportedEnergyTransferModeType(
                EnergyTransferMode=[t.EnergyTransferModeType.DC_extended if dc else t.EnergyTransferModeType.AC_three_phase_core])),
    }),
    iso2.ServiceDetailReq: (iso2.ServiceDetailRes, lambda req, dc: {"ServiceID": req.ServiceID}),
    iso2.PaymentServiceSelectionReq: (iso2.PaymentServiceSelectionRes, lambda req, dc: {}),
    iso2.PaymentDetailsReq: (iso2.PaymentDetailsRes, lambda req, dc: {"GenChallenge": bytes(16), "EVSETimeStamp": 0}),
    iso2.AuthorizationReq: (iso2.AuthorizationRes, lambda req, dc: {"EVSEProcessing": FINISHED}),
    iso2.CertificateInstallationReq: (iso2.CertificateInstallationRes, lambda req, dc: _certificate_fields()),
    iso2.CertificateUpdateReq: (iso2.CertificateUpdateRes, lambda req, dc: _certificate_fields()),
    iso2.ChargeParameterDiscoveryReq: (iso2.ChargeParameterDiscoveryRes, lambda req, dc: {
        "EVSEProcessing": FINISHED,
        "EVSEChargeParameter": (
            t.DC_EVSEChargeParameter(
                DC_EVSEStatus=dc_status(), EVSEMaximumCurrentLimit=_zero(U.A), EVSEMaximumPowerLimit=_zero(U.W),
                EVSEMaximumVoltageLimit=_zero(U.V), EVSEMinimumCurrentLimit=_zero(U.A),
                EVSEMinimumVoltageLimit=_zero(U.V), EVSEPeakCurrentRipple=_zero(U.A))
            if dc else t.AC_EVSEChargeParameter(AC_EVSEStatus=ac_status(), EVSENominalVoltage=_zero(U.V),
                                                EVSEMaxCurrent=_zero(U.A))),
    }),
    iso2.PowerDeliveryReq: (iso2.PowerDeliveryRes, lambda req, dc: {"EVSEStatus": status_for(dc)}),
    iso2.ChargingStatusReq: (iso2.ChargingStatusRes, lambda req, dc: {
        "EVSEID": "ZZ00000", "SAScheduleTupleID": 1, "AC_EVSEStatus": ac_status()}),
    iso2.MeteringReceiptReq: (iso2.MeteringReceiptRes, lambda req, dc: {"EVSEStatus": status_for(dc)}),
    iso2.CableCheckReq: (iso2.CableCheckRes, lambda req, dc: {"DC_EVSEStatus": dc_status(), "EVSEProcessing": FINISHED}),
    iso2.PreChargeReq: (iso2.PreChargeRes, lambda req, dc: {"DC_EVSEStatus": dc_status(), "EVSEPresentVoltage": _zero(U.V)}),
    iso2.CurrentDemandReq: (iso2.CurrentDemandRes, lambda req, dc: {
        "DC_EVSEStatus": dc_status(), "EVSEPresentVoltage": _zero(U.V), "EVSEPresentCurrent": _zero(U.A),
        "EVSECurrentLimitAchieved": False, "EVSEVoltageLimitAchieved": False, "EVSEPowerLimitAchieved": False,
        "EVSEID": "ZZ00000", "SAScheduleTupleID": 1}),
    iso2.WeldingDetectionReq: (iso2.WeldingDetectionRes, lambda req, dc: {
        "DC_EVSEStatus": dc_status(), "EVSEPresentVoltage": _zero(U.V)}),
    iso2.SessionStopReq: (iso2.SessionStopRes, lambda req, dc: {}),
}

DC_ONLY = frozenset({iso2.CableCheckReq, iso2.PreChargeReq, iso2.CurrentDemandReq, iso2.WeldingDetectionReq})


def _certificate_fields() -> dict[str, Any]:
    return {
        "SAProvisioningCertificateChain": _empty_chain(),
        "ContractSignatureCertChain": _empty_chain(),
        "ContractSignatureEncryptedPrivateKey": t.ContractSignatureEncryptedPrivateKeyType(Id="id1", value=bytes(48)),
        "DHpublickey": t.DiffieHellmanPublickeyType(Id="id2", value=bytes(65)),
        "eMAID": t.EMAIDType(Id="id3", value="ZZ000000000000"),
    }


def can_answer(request: Any) -> bool:
    return type(request) in _BODIES


def error_response(request: Any, code: t.responseCodeType, session_id: bytes, *, dc: bool = False) -> Any:
    """The request's own response type carrying `code` in a V2G_Message (KeyError for a non-request)."""
    cls, body = _BODIES[type(request)]
    return ok(cls, session_id, code, **body(request, dc or type(request) in DC_ONLY))


def fail(req: Any, ctx: Any, code: t.responseCodeType, reason: str) -> Outcome:
    """Answer `code` in the request's own response type and end the session (the runner powers off)."""
    logger.warning("session %s: %s: %s", ctx.session_id.hex(), code.value, reason)
    return Outcome(error_response(req, code, ctx.session_id, dc=ctx.is_dc), end=f"{code.value}: {reason}")
