"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:din:70121:2012:MsgDataTypes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta

NAMESPACE = 'urn:din:70121:2012:MsgDataTypes'


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


class EVRequestedEnergyTransferType(Enum):
    AC_single_phase_core = 'AC_single_phase_core'
    AC_three_phase_core = 'AC_three_phase_core'
    DC_core = 'DC_core'
    DC_extended = 'DC_extended'
    DC_combo_core = 'DC_combo_core'
    DC_unique = 'DC_unique'


class EVSENotificationType(Enum):
    _None = 'None'
    StopCharging = 'StopCharging'
    ReNegotiation = 'ReNegotiation'


class EVSEProcessingType(Enum):
    Finished = 'Finished'
    Ongoing = 'Ongoing'


class EVSESupportedEnergyTransferType(Enum):
    AC_single_phase_core = 'AC_single_phase_core'
    AC_three_phase_core = 'AC_three_phase_core'
    DC_core = 'DC_core'
    DC_extended = 'DC_extended'
    DC_combo_core = 'DC_combo_core'
    DC_dual = 'DC_dual'
    AC_core1p_DC_extended = 'AC_core1p_DC_extended'
    AC_single_DC_core = 'AC_single_DC_core'
    AC_single_phase_three_phase_core_DC_extended = 'AC_single_phase_three_phase_core_DC_extended'
    AC_core3p_DC_extended = 'AC_core3p_DC_extended'


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
    FAILED_EVSEPresentVoltageToLow = 'FAILED_EVSEPresentVoltageToLow'
    FAILED_MeteringSignatureNotValid = 'FAILED_MeteringSignatureNotValid'
    FAILED_WrongEnergyTransferType = 'FAILED_WrongEnergyTransferType'


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
    Ah = 'Ah'
    V = 'V'
    VA = 'VA'
    W = 'W'
    W_s = 'W/s'
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
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVChargeParameterType'


@dataclass(kw_only=True)
class AC_EVChargeParameterType(EVChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameterType'
    DepartureTime: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    EAmount: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EAmount', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaxVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMaxVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaxCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMinCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMinCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVSEChargeParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameterType'


@dataclass(kw_only=True)
class AC_EVSEChargeParameterType(EVSEChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameterType'
    AC_EVSEStatus: AC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEMaxVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMaxVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMaxCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMinCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMinCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVSEStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVSEStatusType'


@dataclass(kw_only=True)
class AC_EVSEStatusType(EVSEStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatusType'
    PowerSwitchClosed: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PowerSwitchClosed', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    RCD: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}RCD', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    NotificationMaxDelay: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}NotificationMaxDelay', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    EVSENotification: EVSENotificationType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSENotification', '{urn:din:70121:2012:MsgDataTypes}EVSENotificationType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateChainType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}CertificateChainType'
    Certificate: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Certificate', '{urn:din:70121:2012:MsgDataTypes}certificateType', 'base64Binary', 1, 1, None, {'max_length': 1200}))
    SubCertificates: SubCertificatesType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SubCertificates', '{urn:din:70121:2012:MsgDataTypes}SubCertificatesType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ChargingProfileType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ChargingProfileType'
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    ProfileEntry: list[ProfileEntryType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ProfileEntry', '{urn:din:70121:2012:MsgDataTypes}ProfileEntryType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ConsumptionCostType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ConsumptionCostType'
    startValue: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}startValue', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    Cost: list[CostType] = field(default_factory=list, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Cost', '{urn:din:70121:2012:MsgDataTypes}CostType', None, 0, None, None, {}))


@dataclass(kw_only=True)
class CostType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}CostType'
    costKind: costKindType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}costKind', '{urn:din:70121:2012:MsgDataTypes}costKindType', 'string', 1, 1, None, {}))
    amount: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}amount', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    amountMultiplier: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}amountMultiplier', '{urn:din:70121:2012:MsgDataTypes}unitMultiplierType', 'byte', 0, 1, None, {'min': -3, 'max': 3}))


@dataclass(kw_only=True)
class DC_EVChargeParameterType(EVChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameterType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVMaximumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVEnergyCapacity: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVEnergyCapacity', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVEnergyRequest: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVEnergyRequest', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    FullSOC: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}FullSOC', '{urn:din:70121:2012:MsgDataTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    BulkSOC: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}BulkSOC', '{urn:din:70121:2012:MsgDataTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))


@dataclass(kw_only=True)
class EVPowerDeliveryParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameterType'


@dataclass(kw_only=True)
class DC_EVPowerDeliveryParameterType(EVPowerDeliveryParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameterType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    BulkChargingComplete: bool | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}BulkChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    ChargingComplete: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_EVSEChargeParameterType(EVSEChargeParameterType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameterType'
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEMaximumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEMaximumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMinimumCurrentLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEMinimumVoltageLimit: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSECurrentRegulationTolerance: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSECurrentRegulationTolerance', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEPeakCurrentRipple: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEPeakCurrentRipple', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEEnergyToBeDelivered: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEEnergyToBeDelivered', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class DC_EVSEStatusType(EVSEStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType'
    EVSEIsolationStatus: isolationLevelType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEIsolationStatus', '{urn:din:70121:2012:MsgDataTypes}isolationLevelType', 'string', 0, 1, None, {}))
    EVSEStatusCode: DC_EVSEStatusCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEStatusCode', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusCodeType', 'string', 1, 1, None, {}))
    NotificationMaxDelay: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}NotificationMaxDelay', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    EVSENotification: EVSENotificationType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSENotification', '{urn:din:70121:2012:MsgDataTypes}EVSENotificationType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class EVStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVStatusType'


@dataclass(kw_only=True)
class DC_EVStatusType(EVStatusType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType'
    EVReady: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVReady', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVCabinConditioning: bool | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVCabinConditioning', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    EVRESSConditioning: bool | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVRESSConditioning', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    EVErrorCode: DC_EVErrorCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVErrorCode', '{urn:din:70121:2012:MsgDataTypes}DC_EVErrorCodeType', 'string', 1, 1, None, {}))
    EVRESSSOC: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVRESSSOC', '{urn:din:70121:2012:MsgDataTypes}percentValueType', 'byte', 1, 1, None, {'min': 0, 'max': 100}))


@dataclass(kw_only=True)
class EntryType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EntryType'
    TimeInterval: IntervalType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}TimeInterval', '{urn:din:70121:2012:MsgDataTypes}IntervalType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class IntervalType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}IntervalType'


@dataclass(kw_only=True)
class ListOfRootCertificateIDsType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ListOfRootCertificateIDsType'
    RootCertificateID: list[str] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}RootCertificateID', '{urn:din:70121:2012:MsgDataTypes}rootCertificateIDType', 'string', 1, None, None, {'max_length': 40}))


@dataclass(kw_only=True)
class MeterInfoType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}MeterInfoType'
    MeterID: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}MeterID', '{urn:din:70121:2012:MsgDataTypes}meterIDType', 'string', 1, 1, None, {'max_length': 32}))
    MeterReading: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}MeterReading', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    SigMeterReading: bytes | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SigMeterReading', '{urn:din:70121:2012:MsgDataTypes}sigMeterReadingType', 'base64Binary', 0, 1, None, {'max_length': 32}))
    MeterStatus: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}MeterStatus', '{urn:din:70121:2012:MsgDataTypes}meterStatusType', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    TMeter: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}TMeter', '{http://www.w3.org/2001/XMLSchema}long', 'long', 0, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class NotificationType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}NotificationType'
    FaultCode: faultCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}FaultCode', '{urn:din:70121:2012:MsgDataTypes}faultCodeType', 'string', 1, 1, None, {}))
    FaultMsg: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}FaultMsg', '{urn:din:70121:2012:MsgDataTypes}faultMsgType', 'string', 0, 1, None, {'max_length': 64}))


@dataclass(kw_only=True)
class PMaxScheduleEntryType(EntryType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntryType'
    PMax: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PMax', '{urn:din:70121:2012:MsgDataTypes}PMaxType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class PMaxScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleType'
    PMaxScheduleID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    PMaxScheduleEntry: list[PMaxScheduleEntryType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntryType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ParameterSetType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ParameterSetType'
    ParameterSetID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ParameterSetID', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    Parameter: list[ParameterType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Parameter', '{urn:din:70121:2012:MsgDataTypes}ParameterType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ParameterType'
    Name: str = field(metadata=meta('attribute', 'Name', '{http://www.w3.org/2001/XMLSchema}string', 'string', 1, 1, None, {}))
    ValueType: valueType = field(metadata=meta('attribute', 'ValueType', '{urn:din:70121:2012:MsgDataTypes}valueType', 'string', 1, 1, None, {}))
    boolValue: bool | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}boolValue', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, 1, {}))
    byteValue: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}byteValue', '{http://www.w3.org/2001/XMLSchema}byte', 'byte', 0, 1, 1, {'min': -128, 'max': 127}))
    shortValue: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}shortValue', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, 1, {'min': -32768, 'max': 32767}))
    intValue: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}intValue', '{http://www.w3.org/2001/XMLSchema}int', 'int', 0, 1, 1, {'min': -2147483648, 'max': 2147483647}))
    physicalValue: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}physicalValue', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, 1, {}))
    stringValue: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}stringValue', '{http://www.w3.org/2001/XMLSchema}string', 'string', 0, 1, 1, {}))


@dataclass(kw_only=True)
class PaymentOptionsType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}PaymentOptionsType'
    PaymentOption: list[paymentOptionType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PaymentOption', '{urn:din:70121:2012:MsgDataTypes}paymentOptionType', 'string', 1, None, None, {}))


@dataclass(kw_only=True)
class PhysicalValueType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType'
    Multiplier: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Multiplier', '{urn:din:70121:2012:MsgDataTypes}unitMultiplierType', 'byte', 1, 1, None, {'min': -3, 'max': 3}))
    Unit: unitSymbolType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Unit', '{urn:din:70121:2012:MsgDataTypes}unitSymbolType', 'string', 0, 1, None, {}))
    Value: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Value', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ProfileEntryType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ProfileEntryType'
    ChargingProfileEntryStart: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryStart', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    ChargingProfileEntryMaxPower: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryMaxPower', '{urn:din:70121:2012:MsgDataTypes}PMaxType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class RelativeTimeIntervalType(IntervalType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}RelativeTimeIntervalType'
    start: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}start', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    duration: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))


@dataclass(kw_only=True)
class SASchedulesType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SASchedulesType'


@dataclass(kw_only=True)
class SAScheduleListType(SASchedulesType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SAScheduleListType'
    SAScheduleTuple: list[SAScheduleTupleType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTuple', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class SAScheduleTupleType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleType'
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    PMaxSchedule: PMaxScheduleType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}PMaxSchedule', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleType', None, 1, 1, None, {}))
    SalesTariff: SalesTariffType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SalesTariff', '{urn:din:70121:2012:MsgDataTypes}SalesTariffType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class SalesTariffEntryType(EntryType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntryType'
    EPriceLevel: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EPriceLevel', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    ConsumptionCost: list[ConsumptionCostType] = field(default_factory=list, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ConsumptionCost', '{urn:din:70121:2012:MsgDataTypes}ConsumptionCostType', None, 0, None, None, {}))


@dataclass(kw_only=True)
class SalesTariffType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SalesTariffType'
    Id: str = field(metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SalesTariffID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SalesTariffID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    SalesTariffDescription: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SalesTariffDescription', '{urn:din:70121:2012:MsgDataTypes}tariffDescriptionType', 'string', 0, 1, None, {'max_length': 32}))
    NumEPriceLevels: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}NumEPriceLevels', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    SalesTariffEntry: list[SalesTariffEntryType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry', '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntryType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class SelectedServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SelectedServiceListType'
    SelectedService: list[SelectedServiceType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SelectedService', '{urn:din:70121:2012:MsgDataTypes}SelectedServiceType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class SelectedServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SelectedServiceType'
    ServiceID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceID', '{urn:din:70121:2012:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ParameterSetID: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ParameterSetID', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceType'
    ServiceTag: ServiceTagType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceTag', '{urn:din:70121:2012:MsgDataTypes}ServiceTagType', None, 1, 1, None, {}))
    FreeService: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}FreeService', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class ServiceChargeType(ServiceType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceChargeType'
    EnergyTransferType: EVSESupportedEnergyTransferType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EnergyTransferType', '{urn:din:70121:2012:MsgDataTypes}EVSESupportedEnergyTransferType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class ServiceParameterListType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceParameterListType'
    ParameterSet: list[ParameterSetType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ParameterSet', '{urn:din:70121:2012:MsgDataTypes}ParameterSetType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ServiceTagListType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceTagListType'
    Service: list[ServiceType] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Service', '{urn:din:70121:2012:MsgDataTypes}ServiceType', None, 1, None, None, {}))


@dataclass(kw_only=True)
class ServiceTagType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceTagType'
    ServiceID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceID', '{urn:din:70121:2012:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ServiceName: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceName', '{urn:din:70121:2012:MsgDataTypes}serviceNameType', 'string', 0, 1, None, {'max_length': 32}))
    ServiceCategory: serviceCategoryType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceCategory', '{urn:din:70121:2012:MsgDataTypes}serviceCategoryType', 'string', 1, 1, None, {}))
    ServiceScope: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}ServiceScope', '{urn:din:70121:2012:MsgDataTypes}serviceScopeType', 'string', 0, 1, None, {'max_length': 32}))


@dataclass(kw_only=True)
class SubCertificatesType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SubCertificatesType'
    Certificate: list[bytes] = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}Certificate', '{urn:din:70121:2012:MsgDataTypes}certificateType', 'base64Binary', 1, None, None, {'max_length': 1200}))


class AC_EVChargeParameter(AC_EVChargeParameterType):
    """The AC_EVChargeParameter element (AC_EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter'


class AC_EVSEChargeParameter(AC_EVSEChargeParameterType):
    """The AC_EVSEChargeParameter element (AC_EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter'


class AC_EVSEStatus(AC_EVSEStatusType):
    """The AC_EVSEStatus element (AC_EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus'


class DC_EVChargeParameter(DC_EVChargeParameterType):
    """The DC_EVChargeParameter element (DC_EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter'


class DC_EVPowerDeliveryParameter(DC_EVPowerDeliveryParameterType):
    """The DC_EVPowerDeliveryParameter element (DC_EVPowerDeliveryParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter'


class DC_EVSEChargeParameter(DC_EVSEChargeParameterType):
    """The DC_EVSEChargeParameter element (DC_EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter'


class DC_EVSEStatus(DC_EVSEStatusType):
    """The DC_EVSEStatus element (DC_EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus'


class DC_EVStatus(DC_EVStatusType):
    """The DC_EVStatus element (DC_EVStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus'


class EVChargeParameter(EVChargeParameterType):
    """The EVChargeParameter element (EVChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter'


class EVPowerDeliveryParameter(EVPowerDeliveryParameterType):
    """The EVPowerDeliveryParameter element (EVPowerDeliveryParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter'


class EVSEChargeParameter(EVSEChargeParameterType):
    """The EVSEChargeParameter element (EVSEChargeParameterType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter'


class EVSEStatus(EVSEStatusType):
    """The EVSEStatus element (EVSEStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVSEStatus'


class EVStatus(EVStatusType):
    """The EVStatus element (EVStatusType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}EVStatus'


class Entry(EntryType):
    """The Entry element (EntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}Entry'


class PMaxScheduleEntry(PMaxScheduleEntryType):
    """The PMaxScheduleEntry element (PMaxScheduleEntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry'


class RelativeTimeInterval(RelativeTimeIntervalType):
    """The RelativeTimeInterval element (RelativeTimeIntervalType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval'


class SAScheduleList(SAScheduleListType):
    """The SAScheduleList element (SAScheduleListType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SAScheduleList'


class SASchedules(SASchedulesType):
    """The SASchedules element (SASchedulesType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SASchedules'


class SalesTariffEntry(SalesTariffEntryType):
    """The SalesTariffEntry element (SalesTariffEntryType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry'


class ServiceCharge(ServiceChargeType):
    """The ServiceCharge element (ServiceChargeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}ServiceCharge'


class TimeInterval(IntervalType):
    """The TimeInterval element (IntervalType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDataTypes}TimeInterval'
