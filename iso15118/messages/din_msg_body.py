"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:din:70121:2012:MsgBody.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .din_msg_data_types import (  # noqa: F401
    AC_EVSEStatusType,
    CertificateChainType,
    ChargingProfileType,
    DC_EVSEStatusType,
    DC_EVStatusType,
    EVChargeParameterType,
    EVPowerDeliveryParameterType,
    EVRequestedEnergyTransferType,
    EVSEChargeParameterType,
    EVSEProcessingType,
    EVSEStatusType,
    ListOfRootCertificateIDsType,
    MeterInfoType,
    PaymentOptionsType,
    PhysicalValueType,
    SASchedulesType,
    SelectedServiceListType,
    ServiceChargeType,
    ServiceParameterListType,
    ServiceTagListType,
    paymentOptionType,
    responseCodeType,
    serviceCategoryType,
)
from .din_msg_def import (  # noqa: F401
    BodyBaseType,
)

NAMESPACE = 'urn:din:70121:2012:MsgBody'


@dataclass(kw_only=True)
class CableCheckReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CableCheckReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CableCheckResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CableCheckResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEProcessing', '{urn:din:70121:2012:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateInstallationReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateInstallationReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    OEMProvisioningCert: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}OEMProvisioningCert', '{urn:din:70121:2012:MsgDataTypes}certificateType', 'base64Binary', 1, 1, None, {'max_length': 1200}))
    ListOfRootCertificateIDs: ListOfRootCertificateIDsType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ListOfRootCertificateIDs', '{urn:din:70121:2012:MsgDataTypes}ListOfRootCertificateIDsType', None, 1, 1, None, {}))
    DHParams: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DHParams', '{urn:din:70121:2012:MsgDataTypes}dHParamsType', 'base64Binary', 1, 1, None, {'max_length': 256}))


@dataclass(kw_only=True)
class CertificateInstallationResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateInstallationResType'
    Id: str = field(metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain', '{urn:din:70121:2012:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureEncryptedPrivateKey: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:din:70121:2012:MsgDataTypes}privateKeyType', 'base64Binary', 1, 1, None, {'max_length': 128}))
    DHParams: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DHParams', '{urn:din:70121:2012:MsgDataTypes}dHParamsType', 'base64Binary', 1, 1, None, {'max_length': 256}))
    ContractID: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractID', '{urn:din:70121:2012:MsgDataTypes}contractIDType', 'string', 1, 1, None, {'max_length': 24}))


@dataclass(kw_only=True)
class CertificateUpdateReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateUpdateReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain', '{urn:din:70121:2012:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractID: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractID', '{urn:din:70121:2012:MsgDataTypes}contractIDType', 'string', 1, 1, None, {'max_length': 24}))
    ListOfRootCertificateIDs: ListOfRootCertificateIDsType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ListOfRootCertificateIDs', '{urn:din:70121:2012:MsgDataTypes}ListOfRootCertificateIDsType', None, 1, 1, None, {}))
    DHParams: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DHParams', '{urn:din:70121:2012:MsgDataTypes}dHParamsType', 'base64Binary', 1, 1, None, {'max_length': 256}))


@dataclass(kw_only=True)
class CertificateUpdateResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateUpdateResType'
    Id: str = field(metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain', '{urn:din:70121:2012:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureEncryptedPrivateKey: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:din:70121:2012:MsgDataTypes}privateKeyType', 'base64Binary', 1, 1, None, {'max_length': 128}))
    DHParams: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DHParams', '{urn:din:70121:2012:MsgDataTypes}dHParamsType', 'base64Binary', 1, 1, None, {'max_length': 256}))
    ContractID: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractID', '{urn:din:70121:2012:MsgDataTypes}contractIDType', 'string', 1, 1, None, {'max_length': 24}))
    RetryCounter: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}RetryCounter', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ChargeParameterDiscoveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReqType'
    EVRequestedEnergyTransferType: EVRequestedEnergyTransferType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVRequestedEnergyTransferType', '{urn:din:70121:2012:MsgDataTypes}EVRequestedEnergyTransferType', 'string', 1, 1, None, {}))
    EVChargeParameter: EVChargeParameterType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}EVChargeParameterType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargeParameterDiscoveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEProcessing', '{urn:din:70121:2012:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))
    SASchedules: SASchedulesType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}SASchedules', '{urn:din:70121:2012:MsgDataTypes}SASchedulesType', None, 1, 1, None, {}))
    EVSEChargeParameter: EVSEChargeParameterType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter', '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameterType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargingStatusReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargingStatusReqType'


@dataclass(kw_only=True)
class ChargingStatusResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargingStatusResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEID: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEID', '{urn:din:70121:2012:MsgDataTypes}evseIDType', 'hexBinary', 1, 1, None, {'max_length': 32}))
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    EVSEMaxCurrent: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    MeterInfo: MeterInfoType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}MeterInfo', '{urn:din:70121:2012:MsgDataTypes}MeterInfoType', None, 0, 1, None, {}))
    ReceiptRequired: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ReceiptRequired', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    AC_EVSEStatus: AC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}AC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ContractAuthenticationReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ContractAuthenticationReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    GenChallenge: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}GenChallenge', '{urn:din:70121:2012:MsgDataTypes}genChallengeType', 'string', 0, 1, None, {}))


@dataclass(kw_only=True)
class ContractAuthenticationResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ContractAuthenticationResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEProcessing', '{urn:din:70121:2012:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class CurrentDemandReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CurrentDemandReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVTargetCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVTargetCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaximumVoltageLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumCurrentLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    BulkChargingComplete: bool | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}BulkChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    ChargingComplete: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    RemainingTimeToFullSoC: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}RemainingTimeToFullSoC', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    RemainingTimeToBulkSoC: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}RemainingTimeToBulkSoC', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVTargetVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVTargetVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CurrentDemandResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CurrentDemandResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEPresentVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEPresentCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEPresentCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSECurrentLimitAchieved: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSECurrentLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEVoltageLimitAchieved: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEVoltageLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEPowerLimitAchieved: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEPowerLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEMaximumVoltageLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEMaximumCurrentLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class MeteringReceiptReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}MeteringReceiptReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', 'Id', '{http://www.w3.org/2001/XMLSchema}IDREF', 'IDREF', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SessionID: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}SessionID', '{urn:din:70121:2012:MsgDataTypes}sessionIDType', 'hexBinary', 1, 1, None, {'max_length': 8}))
    SAScheduleTupleID: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SAIDType', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))
    MeterInfo: MeterInfoType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}MeterInfo', '{urn:din:70121:2012:MsgDataTypes}MeterInfoType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class MeteringReceiptResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}MeteringReceiptResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    AC_EVSEStatus: AC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}AC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PaymentDetailsReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PaymentDetailsReqType'
    ContractID: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractID', '{urn:din:70121:2012:MsgDataTypes}contractIDType', 'string', 1, 1, None, {'max_length': 24}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain', '{urn:din:70121:2012:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PaymentDetailsResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PaymentDetailsResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    GenChallenge: str = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}GenChallenge', '{urn:din:70121:2012:MsgDataTypes}genChallengeType', 'string', 1, 1, None, {}))
    DateTimeNow: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DateTimeNow', '{http://www.w3.org/2001/XMLSchema}long', 'long', 1, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class PowerDeliveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PowerDeliveryReqType'
    ReadyToChargeState: bool = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ReadyToChargeState', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    ChargingProfile: ChargingProfileType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}ChargingProfile', '{urn:din:70121:2012:MsgDataTypes}ChargingProfileType', None, 0, 1, None, {}))
    EVPowerDeliveryParameter: EVPowerDeliveryParameterType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter', '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameterType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerDeliveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PowerDeliveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEStatus: EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDataTypes}EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PreChargeReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PreChargeReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVTargetVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVTargetVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVTargetCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVTargetCurrent', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PreChargeResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PreChargeResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEPresentVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDetailReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDetailReqType'
    ServiceID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceID', '{urn:din:70121:2012:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class ServiceDetailResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDetailResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    ServiceID: int = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceID', '{urn:din:70121:2012:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ServiceParameterList: ServiceParameterListType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceParameterList', '{urn:din:70121:2012:MsgDataTypes}ServiceParameterListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReqType'
    ServiceScope: str | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceScope', '{urn:din:70121:2012:MsgDataTypes}serviceScopeType', 'string', 0, 1, None, {'max_length': 32}))
    ServiceCategory: serviceCategoryType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceCategory', '{urn:din:70121:2012:MsgDataTypes}serviceCategoryType', 'string', 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDiscoveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    PaymentOptions: PaymentOptionsType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}PaymentOptions', '{urn:din:70121:2012:MsgDataTypes}PaymentOptionsType', None, 1, 1, None, {}))
    ChargeService: ServiceChargeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ChargeService', '{urn:din:70121:2012:MsgDataTypes}ServiceChargeType', None, 1, 1, None, {}))
    ServiceList: ServiceTagListType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}ServiceList', '{urn:din:70121:2012:MsgDataTypes}ServiceTagListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServicePaymentSelectionReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReqType'
    SelectedPaymentOption: paymentOptionType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}SelectedPaymentOption', '{urn:din:70121:2012:MsgDataTypes}paymentOptionType', 'string', 1, 1, None, {}))
    SelectedServiceList: SelectedServiceListType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}SelectedServiceList', '{urn:din:70121:2012:MsgDataTypes}SelectedServiceListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ServicePaymentSelectionResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class SessionSetupReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionSetupReqType'
    EVCCID: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVCCID', '{urn:din:70121:2012:MsgDataTypes}evccIDType', 'hexBinary', 1, 1, None, {'max_length': 8}))


@dataclass(kw_only=True)
class SessionSetupResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionSetupResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEID: bytes = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEID', '{urn:din:70121:2012:MsgDataTypes}evseIDType', 'hexBinary', 1, 1, None, {'max_length': 32}))
    DateTimeNow: int | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgBody}DateTimeNow', '{http://www.w3.org/2001/XMLSchema}long', 'long', 0, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class SessionStopResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionStopResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class SessionStopType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionStopType'


@dataclass(kw_only=True)
class WeldingDetectionReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}WeldingDetectionReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WeldingDetectionResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgBody}WeldingDetectionResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}ResponseCode', '{urn:din:70121:2012:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:din:70121:2012:MsgBody}EVSEPresentVoltage', '{urn:din:70121:2012:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


class CableCheckReq(CableCheckReqType):
    """The CableCheckReq element (CableCheckReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CableCheckReq'


class CableCheckRes(CableCheckResType):
    """The CableCheckRes element (CableCheckResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CableCheckRes'


class CertificateInstallationReq(CertificateInstallationReqType):
    """The CertificateInstallationReq element (CertificateInstallationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateInstallationReq'


class CertificateInstallationRes(CertificateInstallationResType):
    """The CertificateInstallationRes element (CertificateInstallationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateInstallationRes'


class CertificateUpdateReq(CertificateUpdateReqType):
    """The CertificateUpdateReq element (CertificateUpdateReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateUpdateReq'


class CertificateUpdateRes(CertificateUpdateResType):
    """The CertificateUpdateRes element (CertificateUpdateResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CertificateUpdateRes'


class ChargeParameterDiscoveryReq(ChargeParameterDiscoveryReqType):
    """The ChargeParameterDiscoveryReq element (ChargeParameterDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq'


class ChargeParameterDiscoveryRes(ChargeParameterDiscoveryResType):
    """The ChargeParameterDiscoveryRes element (ChargeParameterDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes'


class ChargingStatusReq(ChargingStatusReqType):
    """The ChargingStatusReq element (ChargingStatusReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargingStatusReq'


class ChargingStatusRes(ChargingStatusResType):
    """The ChargingStatusRes element (ChargingStatusResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ChargingStatusRes'


class ContractAuthenticationReq(ContractAuthenticationReqType):
    """The ContractAuthenticationReq element (ContractAuthenticationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq'


class ContractAuthenticationRes(ContractAuthenticationResType):
    """The ContractAuthenticationRes element (ContractAuthenticationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes'


class CurrentDemandReq(CurrentDemandReqType):
    """The CurrentDemandReq element (CurrentDemandReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CurrentDemandReq'


class CurrentDemandRes(CurrentDemandResType):
    """The CurrentDemandRes element (CurrentDemandResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}CurrentDemandRes'


class MeteringReceiptReq(MeteringReceiptReqType):
    """The MeteringReceiptReq element (MeteringReceiptReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}MeteringReceiptReq'


class MeteringReceiptRes(MeteringReceiptResType):
    """The MeteringReceiptRes element (MeteringReceiptResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}MeteringReceiptRes'


class PaymentDetailsReq(PaymentDetailsReqType):
    """The PaymentDetailsReq element (PaymentDetailsReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PaymentDetailsReq'


class PaymentDetailsRes(PaymentDetailsResType):
    """The PaymentDetailsRes element (PaymentDetailsResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PaymentDetailsRes'


class PowerDeliveryReq(PowerDeliveryReqType):
    """The PowerDeliveryReq element (PowerDeliveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PowerDeliveryReq'


class PowerDeliveryRes(PowerDeliveryResType):
    """The PowerDeliveryRes element (PowerDeliveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PowerDeliveryRes'


class PreChargeReq(PreChargeReqType):
    """The PreChargeReq element (PreChargeReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PreChargeReq'


class PreChargeRes(PreChargeResType):
    """The PreChargeRes element (PreChargeResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}PreChargeRes'


class ServiceDetailReq(ServiceDetailReqType):
    """The ServiceDetailReq element (ServiceDetailReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDetailReq'


class ServiceDetailRes(ServiceDetailResType):
    """The ServiceDetailRes element (ServiceDetailResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDetailRes'


class ServiceDiscoveryReq(ServiceDiscoveryReqType):
    """The ServiceDiscoveryReq element (ServiceDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq'


class ServiceDiscoveryRes(ServiceDiscoveryResType):
    """The ServiceDiscoveryRes element (ServiceDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes'


class ServicePaymentSelectionReq(ServicePaymentSelectionReqType):
    """The ServicePaymentSelectionReq element (ServicePaymentSelectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq'


class ServicePaymentSelectionRes(ServicePaymentSelectionResType):
    """The ServicePaymentSelectionRes element (ServicePaymentSelectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes'


class SessionSetupReq(SessionSetupReqType):
    """The SessionSetupReq element (SessionSetupReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionSetupReq'


class SessionSetupRes(SessionSetupResType):
    """The SessionSetupRes element (SessionSetupResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionSetupRes'


class SessionStopReq(SessionStopType):
    """The SessionStopReq element (SessionStopType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionStopReq'


class SessionStopRes(SessionStopResType):
    """The SessionStopRes element (SessionStopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}SessionStopRes'


class WeldingDetectionReq(WeldingDetectionReqType):
    """The WeldingDetectionReq element (WeldingDetectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}WeldingDetectionReq'


class WeldingDetectionRes(WeldingDetectionResType):
    """The WeldingDetectionRes element (WeldingDetectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgBody}WeldingDetectionRes'
