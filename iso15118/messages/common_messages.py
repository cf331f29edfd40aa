"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:CommonMessages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .common_types import (  # noqa: F401
    EVSEStatusType,
    ListOfRootCertificateIDsType,
    MeterInfoType,
    RationalNumberType,
    ReceiptType,
    V2GRequestType,
    V2GResponseType,
    processingType,
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:CommonMessages'


class authorizationType(Enum):
    EIM = 'EIM'
    PnC = 'PnC'


class channelSelectionType(Enum):
    Charge = 'Charge'
    Discharge = 'Discharge'


class chargeProgressType(Enum):
    Start = 'Start'
    Stop = 'Stop'
    Standby = 'Standby'
    ScheduleRenegotiation = 'ScheduleRenegotiation'


class chargingSessionType(Enum):
    Pause = 'Pause'
    Terminate = 'Terminate'
    ServiceRenegotiation = 'ServiceRenegotiation'


class ecdhCurveType(Enum):
    SECP521 = 'SECP521'
    X448 = 'X448'


class evCheckInStatusType(Enum):
    CheckIn = 'CheckIn'
    Processing = 'Processing'
    Completed = 'Completed'


class evCheckOutStatusType(Enum):
    CheckOut = 'CheckOut'
    Processing = 'Processing'
    Completed = 'Completed'


class evseCheckOutStatusType(Enum):
    Scheduled = 'Scheduled'
    Completed = 'Completed'


class parkingMethodType(Enum):
    AutoParking = 'AutoParking'
    MVGuideManual = 'MVGuideManual'
    Manual = 'Manual'


class powerToleranceAcceptanceType(Enum):
    PowerToleranceNotConfirmed = 'PowerToleranceNotConfirmed'
    PowerToleranceConfirmed = 'PowerToleranceConfirmed'


@dataclass(kw_only=True)
class PriceScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    PriceScheduleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    PriceScheduleDescription: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription', '{urn:iso:std:iso:15118:-20:CommonTypes}descriptionType', 'string', 0, 1, None, {'max_length': 160}))


@dataclass(kw_only=True)
class AbsolutePriceScheduleType(PriceScheduleType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceScheduleType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Currency: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', '{urn:iso:std:iso:15118:-20:CommonMessages}currencyType', 'string', 1, 1, None, {'max_length': 3}))
    Language: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Language', '{urn:iso:std:iso:15118:-20:CommonMessages}languageType', 'string', 1, 1, None, {'max_length': 3}))
    PriceAlgorithm: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 1, 1, None, {'max_length': 255}))
    MinimumCost: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumCost', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    MaximumCost: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumCost', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    TaxRules: TaxRuleListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRules', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleListType', None, 0, 1, None, {}))
    PriceRuleStacks: PriceRuleStackListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStacks', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackListType', None, 1, 1, None, {}))
    OverstayRules: OverstayRuleListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRules', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleListType', None, 0, 1, None, {}))
    AdditionalSelectedServices: AdditionalServiceListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalSelectedServices', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class AdditionalServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceListType'
    AdditionalService: list[AdditionalServiceType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalService', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceType', None, 1, 5, None, {}))


@dataclass(kw_only=True)
class AdditionalServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceType'
    ServiceName: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceName', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 1, 1, None, {'max_length': 80}))
    ServiceFee: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceFee', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class AuthorizationReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReqType'
    SelectedAuthorizationService: authorizationType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedAuthorizationService', '{urn:iso:std:iso:15118:-20:CommonMessages}authorizationType', 'string', 1, 1, None, {}))
    EIM_AReqAuthorizationMode: EIM_AReqAuthorizationModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationModeType', None, 0, 1, 1, {}))
    PnC_AReqAuthorizationMode: PnC_AReqAuthorizationModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationModeType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class AuthorizationResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class AuthorizationSetupReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReqType'


@dataclass(kw_only=True)
class AuthorizationSetupResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupResType'
    AuthorizationServices: list[authorizationType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationServices', '{urn:iso:std:iso:15118:-20:CommonMessages}authorizationType', 'string', 1, 2, None, {}))
    CertificateInstallationService: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationService', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EIM_ASResAuthorizationMode: EIM_ASResAuthorizationModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationModeType', None, 0, 1, 1, {}))
    PnC_ASResAuthorizationMode: PnC_ASResAuthorizationModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationModeType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class CertificateChainType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateChainType'
    Certificate: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', '{urn:iso:std:iso:15118:-20:CommonMessages}certificateType', 'base64Binary', 1, 1, None, {'max_length': 1600}))
    SubCertificates: SubCertificatesType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificates', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificatesType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class CertificateInstallationReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReqType'
    OEMProvisioningCertificateChain: SignedCertificateChainType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OEMProvisioningCertificateChain', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedCertificateChainType', None, 1, 1, None, {}))
    ListOfRootCertificateIDs: ListOfRootCertificateIDsType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ListOfRootCertificateIDs', '{urn:iso:std:iso:15118:-20:CommonTypes}ListOfRootCertificateIDsType', None, 1, 1, None, {}))
    MaximumContractCertificateChains: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumContractCertificateChains', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    PrioritizedEMAIDs: EMAIDListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PrioritizedEMAIDs', '{urn:iso:std:iso:15118:-20:CommonMessages}EMAIDListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class CertificateInstallationResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    CPSCertificateChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}CPSCertificateChain', '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateChainType', None, 1, 1, None, {}))
    SignedInstallationData: SignedInstallationDataType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationDataType', None, 1, 1, None, {}))
    RemainingContractCertificateChains: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}RemainingContractCertificateChains', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))


@dataclass(kw_only=True)
class ChargingScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingScheduleType'
    PowerSchedule: PowerScheduleType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleType', None, 1, 1, None, {}))
    AbsolutePriceSchedule: AbsolutePriceScheduleType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceScheduleType', None, 0, 1, 1, {}))
    PriceLevelSchedule: PriceLevelScheduleType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class ContractCertificateChainType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChainType'
    Certificate: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', '{urn:iso:std:iso:15118:-20:CommonMessages}certificateType', 'base64Binary', 1, 1, None, {'max_length': 1600}))
    SubCertificates: SubCertificatesType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificates', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificatesType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_EVPPTControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlModeType'


@dataclass(kw_only=True)
class Dynamic_SEReqControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlModeType'
    DepartureTime: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    MinimumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    TargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    EVTargetEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumEnergyRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_SEResControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlModeType'
    DepartureTime: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    MinimumSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    TargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    AbsolutePriceSchedule: AbsolutePriceScheduleType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceScheduleType', None, 0, 1, 1, {}))
    PriceLevelSchedule: PriceLevelScheduleType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class Dynamic_SMDTControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlModeType'


@dataclass(kw_only=True)
class EIM_AReqAuthorizationModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationModeType'


@dataclass(kw_only=True)
class EIM_ASResAuthorizationModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationModeType'


@dataclass(kw_only=True)
class EMAIDListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EMAIDListType'
    EMAID: list[str] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 1, 8, None, {'max_length': 255}))


@dataclass(kw_only=True)
class EVAbsolutePriceScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceScheduleType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    Currency: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', '{urn:iso:std:iso:15118:-20:CommonMessages}currencyType', 'string', 1, 1, None, {'max_length': 3}))
    PriceAlgorithm: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 1, 1, None, {'max_length': 255}))
    EVPriceRuleStacks: EVPriceRuleStackListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStacks', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVEnergyOfferType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOfferType'
    EVPowerSchedule: EVPowerScheduleType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleType', None, 1, 1, None, {}))
    EVAbsolutePriceSchedule: EVAbsolutePriceScheduleType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceScheduleType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVPowerProfileEntryListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntryListType'
    EVPowerProfileEntry: list[PowerScheduleEntryType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryType', None, 1, 2048, None, {}))


@dataclass(kw_only=True)
class EVPowerProfileType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    Dynamic_EVPPTControlMode: Dynamic_EVPPTControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlModeType', None, 0, 1, 1, {}))
    Scheduled_EVPPTControlMode: Scheduled_EVPPTControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlModeType', None, 0, 1, 1, {}))
    EVPowerProfileEntries: EVPowerProfileEntryListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntryListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVPowerScheduleEntryListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryListType'
    EVPowerScheduleEntry: list[EVPowerScheduleEntryType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class EVPowerScheduleEntryType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryType'
    Duration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    Power: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Power', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVPowerScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    EVPowerScheduleEntries: EVPowerScheduleEntryListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class EVPriceRuleStackListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackListType'
    EVPriceRuleStack: list[EVPriceRuleStackType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStack', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class EVPriceRuleStackType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackType'
    Duration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    EVPriceRule: list[EVPriceRuleType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleType', None, 1, 8, None, {}))


@dataclass(kw_only=True)
class EVPriceRuleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleType'
    EnergyFee: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyFee', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    PowerRangeStart: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerRangeStart', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class MeteringConfirmationReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReqType'
    SignedMeteringData: SignedMeteringDataType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringDataType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class MeteringConfirmationResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationResType'


@dataclass(kw_only=True)
class OverstayRuleListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleListType'
    OverstayTimeThreshold: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayTimeThreshold', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    OverstayPowerThreshold: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayPowerThreshold', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    OverstayRule: list[OverstayRuleType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRule', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleType', None, 1, 5, None, {}))


@dataclass(kw_only=True)
class OverstayRuleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleType'
    OverstayRuleDescription: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleDescription', '{urn:iso:std:iso:15118:-20:CommonTypes}descriptionType', 'string', 0, 1, None, {'max_length': 160}))
    StartTime: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}StartTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    OverstayFee: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFee', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    OverstayFeePeriod: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFeePeriod', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))


@dataclass(kw_only=True)
class ParameterSetType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetType'
    ParameterSetID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    Parameter: list[ParameterType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Parameter', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterType', None, 1, 32, None, {}))


@dataclass(kw_only=True)
class ParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterType'
    Name: str = field(metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Name', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 1, 1, None, {'max_length': 80}))
    boolValue: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}boolValue', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, 1, {}))
    byteValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}byteValue', '{http://www.w3.org/2001/XMLSchema}byte', 'byte', 0, 1, 1, {'min': -128, 'max': 127}))
    shortValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}shortValue', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, 1, {'min': -32768, 'max': 32767}))
    intValue: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}intValue', '{http://www.w3.org/2001/XMLSchema}int', 'int', 0, 1, 1, {'min': -2147483648, 'max': 2147483647}))
    rationalNumber: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}rationalNumber', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, 1, {}))
    finiteString: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}finiteString', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 0, 1, 1, {'max_length': 80}))


@dataclass(kw_only=True)
class PnC_AReqAuthorizationModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationModeType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    GenChallenge: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}GenChallenge', '{urn:iso:std:iso:15118:-20:CommonMessages}genChallengeType', 'base64Binary', 1, 1, None, {'length': 16, 'min_length': 16, 'max_length': 16}))
    ContractCertificateChain: ContractCertificateChainType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChain', '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChainType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PnC_ASResAuthorizationModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationModeType'
    GenChallenge: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}GenChallenge', '{urn:iso:std:iso:15118:-20:CommonMessages}genChallengeType', 'base64Binary', 1, 1, None, {'length': 16, 'min_length': 16, 'max_length': 16}))
    SupportedProviders: SupportedProvidersListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedProviders', '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedProvidersListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerDeliveryReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    ChargeProgress: chargeProgressType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargeProgress', '{urn:iso:std:iso:15118:-20:CommonMessages}chargeProgressType', 'string', 1, 1, None, {}))
    EVPowerProfile: EVPowerProfileType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfile', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileType', None, 0, 1, None, {}))
    BPT_ChannelSelection: channelSelectionType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}BPT_ChannelSelection', '{urn:iso:std:iso:15118:-20:CommonMessages}channelSelectionType', 'string', 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerDeliveryResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryResType'
    EVSEStatus: EVSEStatusType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatusType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerScheduleEntryListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryListType'
    PowerScheduleEntry: list[PowerScheduleEntryType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class PowerScheduleEntryType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryType'
    Duration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    Power: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Power', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    Power_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    Power_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerScheduleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleType'
    TimeAnchor: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))
    AvailableEnergy: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AvailableEnergy', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    PowerTolerance: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerTolerance', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    PowerScheduleEntries: PowerScheduleEntryListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PriceLevelScheduleEntryListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryListType'
    PriceLevelScheduleEntry: list[PriceLevelScheduleEntryType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class PriceLevelScheduleEntryType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryType'
    Duration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    PriceLevel: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevel', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))


@dataclass(kw_only=True)
class PriceLevelScheduleType(PriceScheduleType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    NumberOfPriceLevels: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}NumberOfPriceLevels', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    PriceLevelScheduleEntries: PriceLevelScheduleEntryListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PriceRuleStackListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackListType'
    PriceRuleStack: list[PriceRuleStackType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStack', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackType', None, 1, 1024, None, {}))


@dataclass(kw_only=True)
class PriceRuleStackType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackType'
    Duration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    PriceRule: list[PriceRuleType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRule', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleType', None, 1, 8, None, {}))


@dataclass(kw_only=True)
class PriceRuleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleType'
    EnergyFee: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyFee', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    ParkingFee: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFee', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    ParkingFeePeriod: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFeePeriod', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    CarbonDioxideEmission: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}CarbonDioxideEmission', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 0, 1, None, {'min': 0, 'max': 65535}))
    RenewableGenerationPercentage: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 0, 1, None, {'min': 0, 'max': 255}))
    PowerRangeStart: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerRangeStart', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ScheduleExchangeReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReqType'
    MaximumSupportingPoints: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumSupportingPoints', '{urn:iso:std:iso:15118:-20:CommonMessages}maxSupportingPointsScheduleTupleType', 'unsignedShort', 1, 1, None, {'min': 12, 'max': 1024}))
    Dynamic_SEReqControlMode: Dynamic_SEReqControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlModeType', None, 0, 1, 1, {}))
    Scheduled_SEReqControlMode: Scheduled_SEReqControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlModeType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class ScheduleExchangeResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    GoToPause: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}GoToPause', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    Dynamic_SEResControlMode: Dynamic_SEResControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlModeType', None, 0, 1, 1, {}))
    Scheduled_SEResControlMode: Scheduled_SEResControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlModeType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class ScheduleTupleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleType'
    ScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    ChargingSchedule: ChargingScheduleType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingScheduleType', None, 1, 1, None, {}))
    DischargingSchedule: ChargingScheduleType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DischargingSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingScheduleType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_EVPPTControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlModeType'
    SelectedScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedScheduleTupleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    PowerToleranceAcceptance: powerToleranceAcceptanceType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerToleranceAcceptance', '{urn:iso:std:iso:15118:-20:CommonMessages}powerToleranceAcceptanceType', 'string', 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_SEReqControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlModeType'
    DepartureTime: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 0, 1, None, {'min': 0, 'max': 4294967295}))
    EVTargetEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVEnergyOffer: EVEnergyOfferType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOffer', '{urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOfferType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_SEResControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlModeType'
    ScheduleTuple: list[ScheduleTupleType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTuple', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleType', None, 1, 3, None, {}))


@dataclass(kw_only=True)
class Scheduled_SMDTControlModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlModeType'
    SelectedScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedScheduleTupleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))


@dataclass(kw_only=True)
class SelectedServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceListType'
    SelectedService: list[SelectedServiceType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedService', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceType', None, 1, 16, None, {}))


@dataclass(kw_only=True)
class SelectedServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ParameterSetID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class ServiceDetailReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReqType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class ServiceDetailResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailResType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ServiceParameterList: ServiceParameterListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterList', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReqType'
    SupportedServiceIDs: ServiceIDListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedServiceIDs', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceIDListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryResType'
    ServiceRenegotiationSupported: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceRenegotiationSupported', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EnergyTransferServiceList: ServiceListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyTransferServiceList', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceListType', None, 1, 1, None, {}))
    VASList: ServiceListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}VASList', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceIDListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceIDListType'
    ServiceID: list[int] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 16, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class ServiceListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceListType'
    Service: list[ServiceType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Service', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceType', None, 1, 8, None, {}))


@dataclass(kw_only=True)
class ServiceParameterListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterListType'
    ParameterSet: list[ParameterSetType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSet', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetType', None, 1, 32, None, {}))


@dataclass(kw_only=True)
class ServiceSelectionReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReqType'
    SelectedEnergyTransferService: SelectedServiceType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedEnergyTransferService', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceType', None, 1, 1, None, {}))
    SelectedVASList: SelectedServiceListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedVASList', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceSelectionResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionResType'


@dataclass(kw_only=True)
class ServiceType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    FreeService: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}FreeService', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class SessionSetupReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReqType'
    EVCCID: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCCID', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 1, 1, None, {'max_length': 255}))


@dataclass(kw_only=True)
class SessionSetupResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupResType'
    EVSEID: str = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEID', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 1, 1, None, {'max_length': 255}))


@dataclass(kw_only=True)
class SessionStopReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReqType'
    ChargingSession: chargingSessionType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSession', '{urn:iso:std:iso:15118:-20:CommonMessages}chargingSessionType', 'string', 1, 1, None, {}))
    EVTerminationCode: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationCode', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 0, 1, None, {'max_length': 80}))
    EVTerminationExplanation: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation', '{urn:iso:std:iso:15118:-20:CommonTypes}descriptionType', 'string', 0, 1, None, {'max_length': 160}))


@dataclass(kw_only=True)
class SessionStopResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopResType'


@dataclass(kw_only=True)
class SignedCertificateChainType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SignedCertificateChainType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    Certificate: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', '{urn:iso:std:iso:15118:-20:CommonMessages}certificateType', 'base64Binary', 1, 1, None, {'max_length': 1600}))
    SubCertificates: SubCertificatesType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificates', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificatesType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class SignedInstallationDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationDataType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    ContractCertificateChain: ContractCertificateChainType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChain', '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChainType', None, 1, 1, None, {}))
    ECDHCurve: ecdhCurveType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ECDHCurve', '{urn:iso:std:iso:15118:-20:CommonMessages}ecdhCurveType', 'string', 1, 1, None, {}))
    DHPublicKey: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DHPublicKey', '{urn:iso:std:iso:15118:-20:CommonMessages}dhPublicKeyType', 'base64Binary', 1, 1, None, {'length': 133, 'min_length': 133, 'max_length': 133}))
    SECP521_EncryptedPrivateKey: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SECP521_EncryptedPrivateKey', '{urn:iso:std:iso:15118:-20:CommonMessages}secp521_EncryptedPrivateKeyType', 'base64Binary', 0, 1, 1, {'length': 94, 'min_length': 94, 'max_length': 94}))
    X448_EncryptedPrivateKey: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}X448_EncryptedPrivateKey', '{urn:iso:std:iso:15118:-20:CommonMessages}x448_EncryptedPrivateKeyType', 'base64Binary', 0, 1, 1, {'length': 84, 'min_length': 84, 'max_length': 84}))
    TPM_EncryptedPrivateKey: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TPM_EncryptedPrivateKey', '{urn:iso:std:iso:15118:-20:CommonMessages}tpm_EncryptedPrivateKeyType', 'base64Binary', 0, 1, 1, {'length': 206, 'min_length': 206, 'max_length': 206}))


@dataclass(kw_only=True)
class SignedMeteringDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringDataType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:std:iso:15118:-20:CommonMessages}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SessionID: bytes = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionID', '{urn:iso:std:iso:15118:-20:CommonTypes}sessionIDType', 'hexBinary', 1, 1, None, {'length': 8, 'min_length': 8, 'max_length': 8}))
    MeterInfo: MeterInfoType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoType', None, 1, 1, None, {}))
    Receipt: ReceiptType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Receipt', '{urn:iso:std:iso:15118:-20:CommonTypes}ReceiptType', None, 0, 1, None, {}))
    Dynamic_SMDTControlMode: Dynamic_SMDTControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlModeType', None, 0, 1, 1, {}))
    Scheduled_SMDTControlMode: Scheduled_SMDTControlModeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlModeType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class SubCertificatesType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificatesType'
    Certificate: list[bytes] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', '{urn:iso:std:iso:15118:-20:CommonMessages}certificateType', 'base64Binary', 1, 3, None, {'max_length': 1600}))


@dataclass(kw_only=True)
class SupportedProvidersListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedProvidersListType'
    ProviderID: list[str] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 1, 128, None, {'max_length': 80}))


@dataclass(kw_only=True)
class TargetPositionType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}TargetPositionType'
    TargetOffsetX: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetX', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    TargetOffsetY: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetY', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class TaxRuleListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleListType'
    TaxRule: list[TaxRuleType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRule', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleType', None, 1, 10, None, {}))


@dataclass(kw_only=True)
class TaxRuleType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleType'
    TaxRuleID: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    TaxRuleName: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleName', '{urn:iso:std:iso:15118:-20:CommonTypes}nameType', 'string', 0, 1, None, {'max_length': 80}))
    TaxRate: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRate', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    TaxIncludedInPrice: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxIncludedInPrice', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    AppliesToEnergyFee: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToEnergyFee', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    AppliesToParkingFee: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToParkingFee', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    AppliesToOverstayFee: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToOverstayFee', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    AppliesMinimumMaximumCost: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesMinimumMaximumCost', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class VehicleCheckInReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReqType'
    EVCheckInStatus: evCheckInStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckInStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}evCheckInStatusType', 'string', 1, 1, None, {}))
    ParkingMethod: parkingMethodType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingMethod', '{urn:iso:std:iso:15118:-20:CommonMessages}parkingMethodType', 'string', 1, 1, None, {}))
    VehicleFrame: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleFrame', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    DeviceOffset: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceOffset', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    VehicleTravel: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleTravel', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class VehicleCheckInResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInResType'
    ParkingSpace: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingSpace', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    DeviceLocation: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceLocation', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    TargetDistance: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetDistance', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class VehicleCheckOutReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReqType'
    EVCheckOutStatus: evCheckOutStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckOutStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}evCheckOutStatusType', 'string', 1, 1, None, {}))
    CheckOutTime: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}CheckOutTime', '{http://www.w3.org/2001/XMLSchema}unsignedLong', 'unsignedLong', 1, 1, None, {'min': 0, 'max': 18446744073709551615}))


@dataclass(kw_only=True)
class VehicleCheckOutResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutResType'
    EVSECheckOutStatus: evseCheckOutStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSECheckOutStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}evseCheckOutStatusType', 'string', 1, 1, None, {}))


class AuthorizationReq(AuthorizationReqType):
    """The AuthorizationReq element (AuthorizationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReq'


class AuthorizationRes(AuthorizationResType):
    """The AuthorizationRes element (AuthorizationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationRes'


class AuthorizationSetupReq(AuthorizationSetupReqType):
    """The AuthorizationSetupReq element (AuthorizationSetupReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReq'


class AuthorizationSetupRes(AuthorizationSetupResType):
    """The AuthorizationSetupRes element (AuthorizationSetupResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupRes'


class CertificateInstallationReq(CertificateInstallationReqType):
    """The CertificateInstallationReq element (CertificateInstallationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReq'


class CertificateInstallationRes(CertificateInstallationResType):
    """The CertificateInstallationRes element (CertificateInstallationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationRes'


class MeteringConfirmationReq(MeteringConfirmationReqType):
    """The MeteringConfirmationReq element (MeteringConfirmationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReq'


class MeteringConfirmationRes(MeteringConfirmationResType):
    """The MeteringConfirmationRes element (MeteringConfirmationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationRes'


class PowerDeliveryReq(PowerDeliveryReqType):
    """The PowerDeliveryReq element (PowerDeliveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReq'


class PowerDeliveryRes(PowerDeliveryResType):
    """The PowerDeliveryRes element (PowerDeliveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryRes'


class ScheduleExchangeReq(ScheduleExchangeReqType):
    """The ScheduleExchangeReq element (ScheduleExchangeReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReq'


class ScheduleExchangeRes(ScheduleExchangeResType):
    """The ScheduleExchangeRes element (ScheduleExchangeResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeRes'


class ServiceDetailReq(ServiceDetailReqType):
    """The ServiceDetailReq element (ServiceDetailReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReq'


class ServiceDetailRes(ServiceDetailResType):
    """The ServiceDetailRes element (ServiceDetailResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailRes'


class ServiceDiscoveryReq(ServiceDiscoveryReqType):
    """The ServiceDiscoveryReq element (ServiceDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReq'


class ServiceDiscoveryRes(ServiceDiscoveryResType):
    """The ServiceDiscoveryRes element (ServiceDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryRes'


class ServiceSelectionReq(ServiceSelectionReqType):
    """The ServiceSelectionReq element (ServiceSelectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReq'


class ServiceSelectionRes(ServiceSelectionResType):
    """The ServiceSelectionRes element (ServiceSelectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionRes'


class SessionSetupReq(SessionSetupReqType):
    """The SessionSetupReq element (SessionSetupReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReq'


class SessionSetupRes(SessionSetupResType):
    """The SessionSetupRes element (SessionSetupResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupRes'


class SessionStopReq(SessionStopReqType):
    """The SessionStopReq element (SessionStopReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReq'


class SessionStopRes(SessionStopResType):
    """The SessionStopRes element (SessionStopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopRes'


class SignedInstallationData(SignedInstallationDataType):
    """The SignedInstallationData element (SignedInstallationDataType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData'


class SignedMeteringData(SignedMeteringDataType):
    """The SignedMeteringData element (SignedMeteringDataType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData'


class VehicleCheckInReq(VehicleCheckInReqType):
    """The VehicleCheckInReq element (VehicleCheckInReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReq'


class VehicleCheckInRes(VehicleCheckInResType):
    """The VehicleCheckInRes element (VehicleCheckInResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInRes'


class VehicleCheckOutReq(VehicleCheckOutReqType):
    """The VehicleCheckOutReq element (VehicleCheckOutReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReq'


class VehicleCheckOutRes(VehicleCheckOutResType):
    """The VehicleCheckOutRes element (VehicleCheckOutResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutRes'
