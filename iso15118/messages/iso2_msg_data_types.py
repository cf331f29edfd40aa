"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:15118:2:2013:MsgDataTypes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .xmldsig import (  # noqa: F401
    X509IssuerSerialType,
)

NAMESPACE = 'urn:iso:15118:2:2013:MsgDataTypes'


class DC_EVErrorCodeType(Enum):
    NO_ERROR = 'NO_ERROR'
    FAILED_RESSTemperatureInhibit = 'FAILED_RESSTemperatureInhibit'
    FAILED_EVShiftPosition = 'FAILED_EVShiftPosition'
    FAILED_ChargerConnectorLockFault = 'FAILED_ChargerConnectorLockFault'
    FAILED_EVRESSMalfunction = 'FAILED_EVRESSMalfunction'
    FAILED_ChargingCurrentdifferential = 'FAILED_ChargingCurrentdifferential'
    FAILED_ChargingVoltageOutOfRange = 'FAILED_ChargingVoltageOutOfRange'
    Reserved_A = 'Reserved_A'
    Reserved_B = 'Reserved_B'
    Reserved_C = 'Reserved_C'
    FAILED_ChargingSystemIncompatibility = 'FAILED_ChargingSystemIncompatibility'
    NoData = 'NoData'


class DC_EVSEStatusCodeType(Enum):
    EVSE_NotReady = 'EVSE_NotReady'
    EVSE_Ready = 'EVSE_Ready'
    EVSE_Shutdown = 'EVSE_Shutdown'
    EVSE_UtilityInterruptEvent = 'EVSE_UtilityInterruptEvent'
    EVSE_IsolationMonitoringActive = 'EVSE_IsolationMonitoringActive'
    EVSE_EmergencyShutdown = 'EVSE_EmergencyShutdown'
    EVSE_Malfunction = 'EVSE_Malfunction'
    Reserved_8 = 'Reserved_8'
    Reserved_9 = 'Reserved_9'
    Reserved_A = 'Reserved_A'
    Reserved_B = 'Reserved_B'
    Reserved_C = 'Reserved_C'


class EVSENotificationType(Enum):
    _None = 'None'
    StopCharging = 'StopCharging'
    ReNegotiation = 'ReNegotiation'


class EVSEProcessingType(Enum):
    Finished = 'Finished'
    Ongoing = 'Ongoing'
    Ongoing_WaitingForCustomerInteraction = 'Ongoing_WaitingForCustomerInteraction'


class EnergyTransferModeType(Enum):
    AC_single_phase_core = 'AC_single_phase_core'
    AC_three_phase_core = 'AC_three_phase_core'
    DC_core = 'DC_core'
    DC_extended = 'DC_extended'
    DC_combo_core = 'DC_combo_core'
    DC_unique = 'DC_unique'


class chargeProgressType(Enum):
    Start = 'Start'
    Stop = 'Stop'
    Renegotiate = 'Renegotiate'


class chargingSessionType(Enum):
    Terminate = 'Terminate'
    Pause = 'Pause'


class costKindType(Enum):
    relativePricePercentage = 'relativePricePercentage'
    RenewableGenerationPercentage = 'RenewableGenerationPercentage'
    CarbonDioxideEmission = 'CarbonDioxideEmission'


class faultCodeType(Enum):
    ParsingError = 'ParsingError'
    NoTLSRootCertificatAvailable = 'NoTLSRootCertificatAvailable'
    UnknownError = 'UnknownError'


class isolationLevelType(Enum):
    Invalid = 'Invalid'
    Valid = 'Valid'
    Warning = 'Warning'
    Fault = 'Fault'
    No_IMD = 'No_IMD'


class paymentOptionType(Enum):
    Contract = 'Contract'
    ExternalPayment = 'ExternalPayment'


class responseCodeType(Enum):
    OK = 'OK'
    OK_NewSessionEstablished = 'OK_NewSessionEstablished'
    OK_OldSessionJoined = 'OK_OldSessionJoined'
    OK_CertificateExpiresSoon = 'OK_CertificateExpiresSoon'
    FAILED = 'FAILED'
    FAILED_SequenceError = 'FAILED_SequenceError'
    FAILED_ServiceIDInvalid = 'FAILED_ServiceIDInvalid'
    FAILED_UnknownSession = 'FAILED_UnknownSession'
    FAILED_ServiceSelectionInvalid = 'FAILED_ServiceSelectionInvalid'
    FAILED_PaymentSelectionInvalid = 'FAILED_PaymentSelectionInvalid'
    FAILED_CertificateExpired = 'FAILED_CertificateExpired'
    FAILED_SignatureError = 'FAILED_SignatureError'
    FAILED_NoCertificateAvailable = 'FAILED_NoCertificateAvailable'
    FAILED_CertChainError = 'FAILED_CertChainError'
    FAILED_ChallengeInvalid = 'FAILED_ChallengeInvalid'
    FAILED_ContractCanceled = 'FAILED_ContractCanceled'
    FAILED_WrongChargeParameter = 'FAILED_WrongChargeParameter'
    FAILED_PowerDeliveryNotApplied = 'FAILED_PowerDeliveryNotApplied'
    FAILED_TariffSelectionInvalid = 'FAILED_TariffSelectionInvalid'
    FAILED_ChargingProfileInvalid = 'FAILED_ChargingProfileInvalid'
    FAILED_MeteringSignatureNotValid = 'FAILED_MeteringSignatureNotValid'
    FAILED_NoChargeServiceSelected = 'FAILED_NoChargeServiceSelected'
    FAILED_WrongEnergyTransferMode = 'FAILED_WrongEnergyTransferMode'
    FAILED_ContactorError = 'FAILED_ContactorError'
    FAILED_CertificateNotAllowedAtThisEVSE = 'FAILED_CertificateNotAllowedAtThisEVSE'
    FAILED_CertificateRevoked = 'FAILED_CertificateRevoked'


class serviceCategoryType(Enum):
    EVCharging = 'EVCharging'
    Internet = 'Internet'
    ContractCertificate = 'ContractCertificate'
    OtherCustom = 'OtherCustom'


class unitSymbolType(Enum):
    h = 'h'
    m = 'm'
    s = 's'
    A = 'A'
    V = 'V'
    W = 'W'
    Wh = 'Wh'


class valueType(Enum):
    bool = 'bool'
    byte = 'byte'
    short = 'short'
    int = 'int'
    physicalValue = 'physicalValue'
    string = 'string'


@dataclass(kw_only=True)
class EVChargeParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameterType'
    DepartureTime: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))


@dataclass(kw_only=True)
class AC_EVChargeParameterType(EVChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameterType'
    EAmount: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EAmount', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaxVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaxCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMinCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMinCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVSEChargeParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameterType'


@dataclass(kw_only=True)
class AC_EVSEChargeParameterType(EVSEChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameterType'
    AC_EVSEStatus: AC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatusType', None, 1, 1, None, {}))
    EVSENominalVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSENominalVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMaxCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaxCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVSEStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusType'
    NotificationMaxDelay: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}NotificationMaxDelay', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    EVSENotification: EVSENotificationType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotification', '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotificationType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class AC_EVSEStatusType(EVSEStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatusType'
    RCD: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}RCD', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateChainType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Certificate: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', '{urn:iso:15118:2:2013:MsgDataTypes}certificateType', 'base64Binary', 1, 1, None, {'max_length': 800}))
    SubCertificates: SubCertificatesType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SubCertificates', '{urn:iso:15118:2:2013:MsgDataTypes}SubCertificatesType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ServiceType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', '{urn:iso:15118:2:2013:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ServiceName: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName', '{urn:iso:15118:2:2013:MsgDataTypes}serviceNameType', 'string', 0, 1, None, {'max_length': 32}))
    ServiceCategory: serviceCategoryType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', '{urn:iso:15118:2:2013:MsgDataTypes}serviceCategoryType', 'string', 1, 1, None, {}))
    ServiceScope: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope', '{urn:iso:15118:2:2013:MsgDataTypes}serviceScopeType', 'string', 0, 1, None, {'max_length': 64}))
    FreeService: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargeServiceType(ServiceType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ChargeServiceType'
    SupportedEnergyTransferMode: SupportedEnergyTransferModeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferMode', '{urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargingProfileType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileType'
    ProfileEntry: list[ProfileEntryType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ProfileEntry', '{urn:iso:15118:2:2013:MsgDataTypes}ProfileEntryType', None, 1, 24, None, {}))


@dataclass(kw_only=True)
class ConsumptionCostType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCostType'
    startValue: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}startValue', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    Cost: list[CostType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Cost', '{urn:iso:15118:2:2013:MsgDataTypes}CostType', None, 1, 3, None, {}))


@dataclass(kw_only=True)
class ContractSignatureEncryptedPrivateKeyType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ContractSignatureEncryptedPrivateKeyType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    value: bytes = field(metadata=meta('value', '', '{urn:iso:15118:2:2013:MsgDataTypes}privateKeyType', 'base64Binary', 1, 1, None, {'max_length': 48}))


@dataclass(kw_only=True)
class CostType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}CostType'
    costKind: costKindType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}costKind', '{urn:iso:15118:2:2013:MsgDataTypes}costKindType', 'string', 1, 1, None, {}))
    amount: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}amount', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    amountMultiplier: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}amountMultiplier', '{urn:iso:15118:2:2013:MsgDataTypes}unitMultiplierType', 'byte', 0, 1, None, {'min': -3, 'max': 3}))


@dataclass(kw_only=True)
class DC_EVChargeParameterType(EVChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameterType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVMaximumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVEnergyCapacity: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyCapacity', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVEnergyRequest: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyRequest', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    FullSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}FullSOC', '{urn:iso:15118:2:2013:MsgDataTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    BulkSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', '{urn:iso:15118:2:2013:MsgDataTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))


@dataclass(kw_only=True)
class EVPowerDeliveryParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameterType'


@dataclass(kw_only=True)
class DC_EVPowerDeliveryParameterType(EVPowerDeliveryParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameterType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    BulkChargingComplete: bool | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}BulkChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    ChargingComplete: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_EVSEChargeParameterType(EVSEChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameterType'
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEMaximumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMaximumPowerLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMaximumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMinimumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMinimumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSECurrentRegulationTolerance: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSECurrentRegulationTolerance', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEPeakCurrentRipple: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEPeakCurrentRipple', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEEnergyToBeDelivered: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEEnergyToBeDelivered', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class DC_EVSEStatusType(EVSEStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType'
    EVSEIsolationStatus: isolationLevelType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEIsolationStatus', '{urn:iso:15118:2:2013:MsgDataTypes}isolationLevelType', 'string', 0, 1, None, {}))
    EVSEStatusCode: DC_EVSEStatusCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusCode', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class EVStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVStatusType'


@dataclass(kw_only=True)
class DC_EVStatusType(EVStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType'
    EVReady: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVReady', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVErrorCode: DC_EVErrorCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVErrorCode', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVErrorCodeType', 'string', 1, 1, None, {}))
    EVRESSSOC: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVRESSSOC', '{urn:iso:15118:2:2013:MsgDataTypes}percentValueType', 'byte', 1, 1, None, {'min': 0, 'max': 100}))


@dataclass(kw_only=True)
class DiffieHellmanPublickeyType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DiffieHellmanPublickeyType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    value: bytes = field(metadata=meta('value', '', '{urn:iso:15118:2:2013:MsgDataTypes}dHpublickeyType', 'base64Binary', 1, 1, None, {'max_length': 65}))


@dataclass(kw_only=True)
class EMAIDType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EMAIDType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    value: str = field(metadata=meta('value', '', '{urn:iso:15118:2:2013:MsgDataTypes}eMAIDType', 'string', 1, 1, None, {'min_length': 14, 'max_length': 15}))


@dataclass(kw_only=True)
class EntryType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EntryType'
    TimeInterval: IntervalType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval', '{urn:iso:15118:2:2013:MsgDataTypes}IntervalType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class IntervalType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}IntervalType'


@dataclass(kw_only=True)
class ListOfRootCertificateIDsType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ListOfRootCertificateIDsType'
    RootCertificateID: list[X509IssuerSerialType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerialType', None, 1, 20, None, {}))


@dataclass(kw_only=True)
class MeterInfoType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}MeterInfoType'
    MeterID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}MeterID', '{urn:iso:15118:2:2013:MsgDataTypes}meterIDType', 'string', 1, 1, None, {'max_length': 32}))
    MeterReading: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}MeterReading', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 0, 1, None, {'min': 0, 'max': 18446744073709551615}))
    SigMeterReading: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SigMeterReading', '{urn:iso:15118:2:2013:MsgDataTypes}sigMeterReadingType', 'base64Binary', 0, 1, None, {'max_length': 64}))
    MeterStatus: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}MeterStatus', '{urn:iso:15118:2:2013:MsgDataTypes}meterStatusType', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    TMeter: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', '{http://www.w3.org/2001/XMLSchema}long', 'long', 0, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class NotificationType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}NotificationType'
    FaultCode: faultCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}FaultCode', '{urn:iso:15118:2:2013:MsgDataTypes}faultCodeType', 'string', 1, 1, None, {}))
    FaultMsg: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}FaultMsg', '{urn:iso:15118:2:2013:MsgDataTypes}faultMsgType', 'string', 0, 1, None, {'max_length': 64}))


@dataclass(kw_only=True)
class PMaxScheduleEntryType(EntryType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntryType'
    PMax: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}PMax', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PMaxScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleType'
    PMaxScheduleEntry: list[PMaxScheduleEntryType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntryType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class ParameterSetType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetType'
    ParameterSetID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetID', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    Parameter: list[ParameterType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Parameter', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterType', None, 1, 16, None, {}))


@dataclass(kw_only=True)
class ParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ParameterType'
    Name: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Name', '{http://www.w3.org/2001/XMLSchema}string', 'string', 1, 1, None, {}))
    boolValue: bool | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}boolValue', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, 1, {}))
    byteValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}byteValue', '{http://www.w3.org/2001/XMLSchema}byte', 'byte', 0, 1, 1, {'min': -128, 'max': 127}))
    shortValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}shortValue', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, 1, {'min': -32768, 'max': 32767}))
    intValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}intValue', '{http://www.w3.org/2001/XMLSchema}int', 'int', 0, 1, 1, {'min': -2147483648, 'max': 2147483647}))
    physicalValue: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}physicalValue', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, 1, {}))
    stringValue: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}stringValue', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, 1, 1, {}))


@dataclass(kw_only=True)
class PaymentOptionListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOptionListType'
    PaymentOption: list[paymentOptionType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOption', '{urn:iso:15118:2:2013:MsgDataTypes}paymentOptionType', 'string', 1, 2, None, {}))


@dataclass(kw_only=True)
class PhysicalValueType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType'
    Multiplier: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Multiplier', '{urn:iso:15118:2:2013:MsgDataTypes}unitMultiplierType', 'byte', 1, 1, None, {'min': -3, 'max': 3}))
    Unit: unitSymbolType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Unit', '{urn:iso:15118:2:2013:MsgDataTypes}unitSymbolType', 'string', 1, 1, None, {}))
    Value: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Value', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ProfileEntryType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ProfileEntryType'
    ChargingProfileEntryStart: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryStart', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    ChargingProfileEntryMaxPower: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxPower', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    ChargingProfileEntryMaxNumberOfPhasesInUse: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxNumberOfPhasesInUse', '{urn:iso:15118:2:2013:MsgDataTypes}maxNumPhasesType', 'byte', 0, 1, None, {'min': 1, 'max': 3}))


@dataclass(kw_only=True)
class RelativeTimeIntervalType(IntervalType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeIntervalType'
    start: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}start', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 16777214}))
    duration: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 86400}))


@dataclass(kw_only=True)
class SASchedulesType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SASchedulesType'


@dataclass(kw_only=True)
class SAScheduleListType(SASchedulesType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleListType'
    SAScheduleTuple: list[SAScheduleTupleType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTuple', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleType', None, 1, 3, None, {}))


@dataclass(kw_only=True)
class SAScheduleTupleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleType'
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 255}))
    PMaxSchedule: PMaxScheduleType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxSchedule', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleType', None, 1, 1, None, {}))
    SalesTariff: SalesTariffType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariff', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class SalesTariffEntryType(EntryType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntryType'
    EPriceLevel: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EPriceLevel', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 0, 1, None, {'min': 0, 'max': 255}))
    ConsumptionCost: list[ConsumptionCostType] = field(default_factory=list, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCost', '{urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCostType', None, 0, 3, None, {}))


@dataclass(kw_only=True)
class SalesTariffType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgDataTypes}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SalesTariffID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 255}))
    SalesTariffDescription: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffDescription', '{urn:iso:15118:2:2013:MsgDataTypes}tariffDescriptionType', 'string', 0, 1, None, {'max_length': 32}))
    NumEPriceLevels: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}NumEPriceLevels', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 0, 1, None, {'min': 0, 'max': 255}))
    SalesTariffEntry: list[SalesTariffEntryType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntryType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class SelectedServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceListType'
    SelectedService: list[SelectedServiceType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SelectedService', '{urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceType', None, 1, 16, None, {}))


@dataclass(kw_only=True)
class SelectedServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', '{urn:iso:15118:2:2013:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ParameterSetID: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetID', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ServiceListType'
    Service: list[ServiceType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Service', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceType', None, 1, 8, None, {}))


@dataclass(kw_only=True)
class ServiceParameterListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}ServiceParameterListType'
    ParameterSet: list[ParameterSetType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSet', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetType', None, 1, 255, None, {}))


@dataclass(kw_only=True)
class SubCertificatesType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SubCertificatesType'
    Certificate: list[bytes] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', '{urn:iso:15118:2:2013:MsgDataTypes}certificateType', 'base64Binary', 1, 4, None, {'max_length': 800}))


@dataclass(kw_only=True)
class SupportedEnergyTransferModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferModeType'
    EnergyTransferMode: list[EnergyTransferModeType] = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferMode', '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferModeType', 'string', 1, 6, None, {}))


class AC_EVChargeParameter(AC_EVChargeParameterType):
    """The AC_EVChargeParameter element (AC_EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter'


class AC_EVSEChargeParameter(AC_EVSEChargeParameterType):
    """The AC_EVSEChargeParameter element (AC_EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter'


class AC_EVSEStatus(AC_EVSEStatusType):
    """The AC_EVSEStatus element (AC_EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus'


class DC_EVChargeParameter(DC_EVChargeParameterType):
    """The DC_EVChargeParameter element (DC_EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter'


class DC_EVPowerDeliveryParameter(DC_EVPowerDeliveryParameterType):
    """The DC_EVPowerDeliveryParameter element (DC_EVPowerDeliveryParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter'


class DC_EVSEChargeParameter(DC_EVSEChargeParameterType):
    """The DC_EVSEChargeParameter element (DC_EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter'


class DC_EVSEStatus(DC_EVSEStatusType):
    """The DC_EVSEStatus element (DC_EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus'


class DC_EVStatus(DC_EVStatusType):
    """The DC_EVStatus element (DC_EVStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus'


class EVChargeParameter(EVChargeParameterType):
    """The EVChargeParameter element (EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter'


class EVPowerDeliveryParameter(EVPowerDeliveryParameterType):
    """The EVPowerDeliveryParameter element (EVPowerDeliveryParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter'


class EVSEChargeParameter(EVSEChargeParameterType):
    """The EVSEChargeParameter element (EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter'


class EVSEStatus(EVSEStatusType):
    """The EVSEStatus element (EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus'


class EVStatus(EVStatusType):
    """The EVStatus element (EVStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}EVStatus'


class Entry(EntryType):
    """The Entry element (EntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}Entry'


class PMaxScheduleEntry(PMaxScheduleEntryType):
    """The PMaxScheduleEntry element (PMaxScheduleEntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry'


class RelativeTimeInterval(RelativeTimeIntervalType):
    """The RelativeTimeInterval element (RelativeTimeIntervalType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval'


class SAScheduleList(SAScheduleListType):
    """The SAScheduleList element (SAScheduleListType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList'


class SASchedules(SASchedulesType):
    """The SASchedules element (SASchedulesType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules'


class SalesTariffEntry(SalesTariffEntryType):
    """The SalesTariffEntry element (SalesTariffEntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry'


class TimeInterval(IntervalType):
    """The TimeInterval element (IntervalType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval'
