"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:CommonTypes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .xmldsig import (  # noqa: F401
    SignatureType,
    X509IssuerSerialType,
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:CommonTypes'


class evseNotificationType(Enum):
    Pause = 'Pause'
    ExitStandby = 'ExitStandby'
    Terminate = 'Terminate'
    ScheduleRenegotiation = 'ScheduleRenegotiation'
    ServiceRenegotiation = 'ServiceRenegotiation'
    MeteringConfirmation = 'MeteringConfirmation'


class processingType(Enum):
    Finished = 'Finished'
    Ongoing = 'Ongoing'
    Ongoing_WaitingForCustomerInteraction = 'Ongoing_WaitingForCustomerInteraction'


class responseCodeType(Enum):
    OK = 'OK'
    OK_CertificateExpiresSoon = 'OK_CertificateExpiresSoon'
    OK_NewSessionEstablished = 'OK_NewSessionEstablished'
    OK_OldSessionJoined = 'OK_OldSessionJoined'
    OK_PowerToleranceConfirmed = 'OK_PowerToleranceConfirmed'
    WARNING_AuthorizationSelectionInvalid = 'WARNING_AuthorizationSelectionInvalid'
    WARNING_CertificateExpired = 'WARNING_CertificateExpired'
    WARNING_CertificateNotYetValid = 'WARNING_CertificateNotYetValid'
    WARNING_CertificateRevoked = 'WARNING_CertificateRevoked'
    WARNING_CertificateValidationError = 'WARNING_CertificateValidationError'
    WARNING_ChallengeInvalid = 'WARNING_ChallengeInvalid'
    WARNING_EIMAuthorizationFailure = 'WARNING_EIMAuthorizationFailure'
    WARNING_eMSPUnknown = 'WARNING_eMSPUnknown'
    WARNING_EVPowerProfileViolation = 'WARNING_EVPowerProfileViolation'
    WARNING_GeneralPnCAuthorizationError = 'WARNING_GeneralPnCAuthorizationError'
    WARNING_NoCertificateAvailable = 'WARNING_NoCertificateAvailable'
    WARNING_NoContractMatchingPCIDFound = 'WARNING_NoContractMatchingPCIDFound'
    WARNING_PowerToleranceNotConfirmed = 'WARNING_PowerToleranceNotConfirmed'
    WARNING_ScheduleRenegotiationFailed = 'WARNING_ScheduleRenegotiationFailed'
    WARNING_StandbyNotAllowed = 'WARNING_StandbyNotAllowed'
    WARNING_WPT = 'WARNING_WPT'
    FAILED = 'FAILED'
    FAILED_AssociationError = 'FAILED_AssociationError'
    FAILED_ContactorError = 'FAILED_ContactorError'
    FAILED_EVPowerProfileInvalid = 'FAILED_EVPowerProfileInvalid'
    FAILED_EVPowerProfileViolation = 'FAILED_EVPowerProfileViolation'
    FAILED_MeteringSignatureNotValid = 'FAILED_MeteringSignatureNotValid'
    FAILED_NoEnergyTransferServiceSelected = 'FAILED_NoEnergyTransferServiceSelected'
    FAILED_NoServiceRenegotiationSupported = 'FAILED_NoServiceRenegotiationSupported'
    FAILED_PauseNotAllowed = 'FAILED_PauseNotAllowed'
    FAILED_PowerDeliveryNotApplied = 'FAILED_PowerDeliveryNotApplied'
    FAILED_PowerToleranceNotConfirmed = 'FAILED_PowerToleranceNotConfirmed'
    FAILED_ScheduleRenegotiation = 'FAILED_ScheduleRenegotiation'
    FAILED_ScheduleSelectionInvalid = 'FAILED_ScheduleSelectionInvalid'
    FAILED_SequenceError = 'FAILED_SequenceError'
    FAILED_ServiceIDInvalid = 'FAILED_ServiceIDInvalid'
    FAILED_ServiceSelectionInvalid = 'FAILED_ServiceSelectionInvalid'
    FAILED_SignatureError = 'FAILED_SignatureError'
    FAILED_UnknownSession = 'FAILED_UnknownSession'
    FAILED_WrongChargeParameter = 'FAILED_WrongChargeParameter'


@dataclass(kw_only=True)
class CLReqControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlModeType'


@dataclass(kw_only=True)
class CLResControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlModeType'


@dataclass(kw_only=True)
class V2GMessageType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}V2GMessageType'
    Header: MessageHeaderType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}MessageHeaderType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class V2GRequestType(V2GMessageType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}V2GRequestType'


@dataclass(kw_only=True)
class ChargeLoopReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ChargeLoopReqType'
    DisplayParameters: DisplayParametersType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParametersType', None, 0, 1, None, {}))
    MeterInfoRequested: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class V2GResponseType(V2GMessageType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}V2GResponseType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{urn:iso:std:iso:15118:-20:CommonTypes}responseCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargeLoopResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ChargeLoopResType'
    EVSEStatus: EVSEStatusType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatusType', None, 0, 1, None, {}))
    MeterInfo: MeterInfoType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoType', None, 0, 1, None, {}))
    Receipt: ReceiptType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{urn:iso:std:iso:15118:-20:CommonTypes}ReceiptType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ChargeParameterDiscoveryReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ChargeParameterDiscoveryReqType'


@dataclass(kw_only=True)
class ChargeParameterDiscoveryResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ChargeParameterDiscoveryResType'


@dataclass(kw_only=True)
class DetailedCostType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType'
    Amount: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    CostPerUnit: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DetailedTaxType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedTaxType'
    TaxRuleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    Amount: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DisplayParametersType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParametersType'
    PresentSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    MinimumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    TargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    MaximumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    RemainingTimeToMinimumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    RemainingTimeToTargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    RemainingTimeToMaximumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    ChargingComplete: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    BatteryEnergyCapacity: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    InletHot: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_CLReqControlModeType(CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}Dynamic_CLReqControlModeType'
    DepartureTime: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    EVTargetEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_CLResControlModeType(CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}Dynamic_CLResControlModeType'
    DepartureTime: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    MinimumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    TargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    AckMaxDelay: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 0, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class EVSEStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatusType'
    NotificationMaxDelay: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    EVSENotification: evseNotificationType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:CommonTypes}evseNotificationType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class ListOfRootCertificateIDsType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ListOfRootCertificateIDsType'
    RootCertificateID: list[X509IssuerSerialType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerialType', None, 1, 20, None, {}))


@dataclass(kw_only=True)
class MessageHeaderType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}MessageHeaderType'
    SessionID: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{urn:iso:std:iso:15118:-20:CommonTypes}sessionIDType', 'hexBinary', 1, 1, None, {'length': 8, 'min_length': 8, 'max_length': 8}))
    TimeStamp: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    Signature: SignatureType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class MeterInfoType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoType'
    MeterID: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}meterIDType', 'string', 1, 1, None, {'max_length': 32}))
    ChargedEnergyReadingWh: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    BPT_DischargedEnergyReadingWh: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 0, 1, None, {'min': 0, 'max': 18446744073709551615}))
    CapacitiveEnergyReadingVARh: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 0, 1, None, {'min': 0, 'max': 18446744073709551615}))
    BPT_InductiveEnergyReadingVARh: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 0, 1, None, {'min': 0, 'max': 18446744073709551615}))
    MeterSignature: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}meterSignatureType', 'base64Binary', 0, 1, None, {'max_length': 64}))
    MeterStatus: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    MeterTimestamp: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 0, 1, None, {'min': 0, 'max': 18446744073709551615}))


@dataclass(kw_only=True)
class RationalNumberType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType'
    Exponent: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2001/XMLSchema}byte', 'byte', 1, 1, None, {'min': -128, 'max': 127}))
    Value: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ReceiptType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}ReceiptType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    EnergyCosts: DetailedCostType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType', None, 0, 1, None, {}))
    OccupancyCosts: DetailedCostType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType', None, 0, 1, None, {}))
    AdditionalServicesCosts: DetailedCostType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType', None, 0, 1, None, {}))
    OverstayCosts: DetailedCostType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType', None, 0, 1, None, {}))
    TaxCosts: list[DetailedTaxType] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}DetailedTaxType', None, 0, 10, None, {}))


@dataclass(kw_only=True)
class Scheduled_CLReqControlModeType(CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}Scheduled_CLReqControlModeType'
    EVTargetEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_CLResControlModeType(CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}Scheduled_CLResControlModeType'


class CLReqControlMode(CLReqControlModeType):
    """The CLReqControlMode element (CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode'


class CLResControlMode(CLResControlModeType):
    """The CLResControlMode element (CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode'
