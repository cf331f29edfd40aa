"""The response that answers a request with an error code: right message type, mandatory fields filled.

-20 answers every request with its own response type, also on errors (FAILED_SequenceError,
FAILED_UnknownSession, ...). Mandatory fields then carry neutral values (0 V, 0 A, Finished).
"""
from __future__ import annotations

from typing import Any, Callable

from iso15118.messages import ac, common_messages as cm, dc
from iso15118.messages import app_protocol
from iso15118.messages.common_types import processingType, responseCodeType
from iso15118.session.units import header, to_rational

_ZERO = to_rational(0)
_FINISHED = processingType.Finished


def _service_list() -> cm.ServiceListType:
    return cm.ServiceListType(Service=[cm.ServiceType(ServiceID=1, FreeService=False)])


def _parameter_list() -> cm.ServiceParameterListType:
    return cm.ServiceParameterListType(
        ParameterSet=[cm.ParameterSetType(ParameterSetID=0, Parameter=[cm.ParameterType(Name="ControlMode", intValue=0)])]
    )


# Request name -> builder of the mandatory body fields of its response.
_BODIES: dict[str, tuple[type, Callable[[Any], dict[str, Any]]]] = {
    "SessionSetupReq": (cm.SessionSetupRes, lambda req: {"EVSEID": ""}),
    "AuthorizationSetupReq": (
        cm.AuthorizationSetupRes,
        lambda req: {
            "AuthorizationServices": [cm.authorizationType.EIM],
            "CertificateInstallationService": False,
            "EIM_ASResAuthorizationMode": cm.EIM_ASResAuthorizationModeType(),
        },
    ),
    "AuthorizationReq": (cm.AuthorizationRes, lambda req: {"EVSEProcessing": _FINISHED}),
    "ServiceDiscoveryReq": (
        cm.ServiceDiscoveryRes,
        lambda req: {"ServiceRenegotiationSupported": False, "EnergyTransferServiceList": _service_list()},
    ),
    "ServiceDetailReq": (
        cm.ServiceDetailRes,
        lambda req: {"ServiceID": req.ServiceID, "ServiceParameterList": _parameter_list()},
    ),
    "ServiceSelectionReq": (cm.ServiceSelectionRes, lambda req: {}),
    "ScheduleExchangeReq": (
        cm.ScheduleExchangeRes,
        lambda req: {"EVSEProcessing": _FINISHED, "Dynamic_SEResControlMode": cm.Dynamic_SEResControlModeType()},
    ),
    "PowerDeliveryReq": (cm.PowerDeliveryRes, lambda req: {}),
    "MeteringConfirmationReq": (cm.MeteringConfirmationRes, lambda req: {}),
    "SessionStopReq": (cm.SessionStopRes, lambda req: {}),
    "VehicleCheckInReq": (cm.VehicleCheckInRes, lambda req: {}),
    "VehicleCheckOutReq": (
        cm.VehicleCheckOutRes,
        lambda req: {"EVSECheckOutStatus": cm.evseCheckOutStatusType.Completed},
    ),
    "CertificateInstallationReq": (
        cm.CertificateInstallationRes,
        lambda req: {
            "EVSEProcessing": _FINISHED,
            "CPSCertificateChain": cm.CertificateChainType(Certificate=b"\x00"),
            "SignedInstallationData": cm.SignedInstallationDataType(
                Id="id1",
                ContractCertificateChain=cm.ContractCertificateChainType(
                    Certificate=b"\x00", SubCertificates=cm.SubCertificatesType(Certificate=[b"\x00"])
                ),
                ECDHCurve=cm.ecdhCurveType.SECP521,
                DHPublicKey=bytes(133),
                SECP521_EncryptedPrivateKey=bytes(94),
            ),
            "RemainingContractCertificateChains": 0,
        },
    ),
    "AC_ChargeParameterDiscoveryReq": (
        ac.AC_ChargeParameterDiscoveryRes,
        lambda req: {
            "AC_CPDResEnergyTransferMode": ac.AC_CPDResEnergyTransferMode(
                EVSEMaximumChargePower=_ZERO, EVSEMinimumChargePower=_ZERO, EVSENominalFrequency=_ZERO
            )
        },
    ),
    "AC_ChargeLoopReq": (
        ac.AC_ChargeLoopRes,
        lambda req: {"CLResControlMode": ac.Scheduled_AC_CLResControlMode()},
    ),
    "DC_ChargeParameterDiscoveryReq": (
        dc.DC_ChargeParameterDiscoveryRes,
        lambda req: {
            "DC_CPDResEnergyTransferMode": dc.DC_CPDResEnergyTransferMode(
                EVSEMaximumChargePower=_ZERO,
                EVSEMinimumChargePower=_ZERO,
                EVSEMaximumChargeCurrent=_ZERO,
                EVSEMinimumChargeCurrent=_ZERO,
                EVSEMaximumVoltage=_ZERO,
                EVSEMinimumVoltage=_ZERO,
            )
        },
    ),
    "DC_CableCheckReq": (dc.DC_CableCheckRes, lambda req: {"EVSEProcessing": _FINISHED}),
    "DC_PreChargeReq": (dc.DC_PreChargeRes, lambda req: {"EVSEPresentVoltage": _ZERO}),
    "DC_ChargeLoopReq": (
        dc.DC_ChargeLoopRes,
        lambda req: {
            "EVSEPresentCurrent": _ZERO,
            "EVSEPresentVoltage": _ZERO,
            "EVSEPowerLimitAchieved": False,
            "EVSECurrentLimitAchieved": False,
            "EVSEVoltageLimitAchieved": False,
            "CLResControlMode": dc.Scheduled_DC_CLResControlMode(),
        },
    ),
    "DC_WeldingDetectionReq": (dc.DC_WeldingDetectionRes, lambda req: {"EVSEPresentVoltage": _ZERO}),
}

RESPONSE_OF: dict[str, str] = {name: cls.__name__ for name, (cls, _) in _BODIES.items()}


def can_answer(request: Any) -> bool:
    return type(request).__name__ in _BODIES or isinstance(request, app_protocol.supportedAppProtocolReq)


def error_response(request: Any, code: responseCodeType, session_id: bytes) -> Any:
    """The request's own response type carrying `code` (KeyError for messages we cannot answer)."""
    if isinstance(request, app_protocol.supportedAppProtocolReq):
        return app_protocol.supportedAppProtocolRes(ResponseCode=app_protocol.responseCodeType.Failed_NoNegotiation)
    cls, body = _BODIES[type(request).__name__]
    return cls(Header=header(session_id), ResponseCode=code, **body(request))
