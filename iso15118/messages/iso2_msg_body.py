"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:15118:2:2013:MsgBody.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .iso2_msg_data_types import (  # noqa: F401
    AC_EVSEStatusType,
    CertificateChainType,
    ChargeServiceType,
    ChargingProfileType,
    ContractSignatureEncryptedPrivateKeyType,
    DC_EVSEStatusType,
    DC_EVStatusType,
    DiffieHellmanPublickeyType,
    EMAIDType,
    EVChargeParameterType,
    EVPowerDeliveryParameterType,
    EVSEChargeParameterType,
    EVSEProcessingType,
    EVSEStatusType,
    EnergyTransferModeType,
    ListOfRootCertificateIDsType,
    MeterInfoType,
    PaymentOptionListType,
    PhysicalValueType,
    SASchedulesType,
    SelectedServiceListType,
    ServiceListType,
    ServiceParameterListType,
    chargeProgressType,
    chargingSessionType,
    paymentOptionType,
    responseCodeType,
    serviceCategoryType,
)

NAMESPACE = 'urn:iso:15118:2:2013:MsgBody'


@dataclass(kw_only=True)
class BodyBaseType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}BodyBaseType'


@dataclass(kw_only=True)
class AuthorizationReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}AuthorizationReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgBody}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    GenChallenge: bytes | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}GenChallenge', '{urn:iso:15118:2:2013:MsgDataTypes}genChallengeType', 'base64Binary', 0, 1, None, {'length': 16, 'min_length': 16, 'max_length': 16}))


@dataclass(kw_only=True)
class AuthorizationResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}AuthorizationResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class BodyType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}BodyType'
    BodyElement: BodyBaseType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}BodyElement', '{urn:iso:15118:2:2013:MsgBody}BodyBaseType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class CableCheckReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CableCheckReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CableCheckResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CableCheckResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateInstallationReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReqType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgBody}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    OEMProvisioningCert: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}OEMProvisioningCert', '{urn:iso:15118:2:2013:MsgDataTypes}certificateType', 'base64Binary', 1, 1, None, {'max_length': 800}))
    ListOfRootCertificateIDs: ListOfRootCertificateIDsType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ListOfRootCertificateIDs', '{urn:iso:15118:2:2013:MsgDataTypes}ListOfRootCertificateIDsType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateInstallationResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    SAProvisioningCertificateChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAProvisioningCertificateChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureEncryptedPrivateKey: ContractSignatureEncryptedPrivateKeyType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:iso:15118:2:2013:MsgDataTypes}ContractSignatureEncryptedPrivateKeyType', None, 1, 1, None, {}))
    DHpublickey: DiffieHellmanPublickeyType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DHpublickey', '{urn:iso:15118:2:2013:MsgDataTypes}DiffieHellmanPublickeyType', None, 1, 1, None, {}))
    eMAID: EMAIDType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}eMAID', '{urn:iso:15118:2:2013:MsgDataTypes}EMAIDType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateUpdateReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReqType'
    Id: str = field(metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgBody}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 1, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    eMAID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}eMAID', '{urn:iso:15118:2:2013:MsgDataTypes}eMAIDType', 'string', 1, 1, None, {'min_length': 14, 'max_length': 15}))
    ListOfRootCertificateIDs: ListOfRootCertificateIDsType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ListOfRootCertificateIDs', '{urn:iso:15118:2:2013:MsgDataTypes}ListOfRootCertificateIDsType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CertificateUpdateResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    SAProvisioningCertificateChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAProvisioningCertificateChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))
    ContractSignatureEncryptedPrivateKey: ContractSignatureEncryptedPrivateKeyType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:iso:15118:2:2013:MsgDataTypes}ContractSignatureEncryptedPrivateKeyType', None, 1, 1, None, {}))
    DHpublickey: DiffieHellmanPublickeyType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DHpublickey', '{urn:iso:15118:2:2013:MsgDataTypes}DiffieHellmanPublickeyType', None, 1, 1, None, {}))
    eMAID: EMAIDType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}eMAID', '{urn:iso:15118:2:2013:MsgDataTypes}EMAIDType', None, 1, 1, None, {}))
    RetryCounter: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}RetryCounter', '{http://www.w3.org/2001/XMLSchema}short', 'short', 0, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class ChargeParameterDiscoveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReqType'
    MaxEntriesSAScheduleTuple: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}MaxEntriesSAScheduleTuple', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 0, 1, None, {'min': 0, 'max': 65535}))
    RequestedEnergyTransferMode: EnergyTransferModeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}RequestedEnergyTransferMode', '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferModeType', 'string', 1, 1, None, {}))
    EVChargeParameter: EVChargeParameterType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameterType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargeParameterDiscoveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEProcessing: EVSEProcessingType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEProcessingType', 'string', 1, 1, None, {}))
    SASchedules: SASchedulesType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules', '{urn:iso:15118:2:2013:MsgDataTypes}SASchedulesType', None, 0, 1, None, {}))
    EVSEChargeParameter: EVSEChargeParameterType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameterType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ChargingStatusReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReqType'


@dataclass(kw_only=True)
class ChargingStatusResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargingStatusResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEID', '{urn:iso:15118:2:2013:MsgDataTypes}evseIDType', 'string', 1, 1, None, {'min_length': 7, 'max_length': 37}))
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 255}))
    EVSEMaxCurrent: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEMaxCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    MeterInfo: MeterInfoType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}MeterInfo', '{urn:iso:15118:2:2013:MsgDataTypes}MeterInfoType', None, 0, 1, None, {}))
    ReceiptRequired: bool | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    AC_EVSEStatus: AC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CurrentDemandReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVTargetCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVTargetCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVMaximumVoltageLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumCurrentLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    BulkChargingComplete: bool | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    ChargingComplete: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    RemainingTimeToFullSoC: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToFullSoC', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    RemainingTimeToBulkSoC: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToBulkSoC', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVTargetVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVTargetVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class CurrentDemandResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CurrentDemandResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSEPresentCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVSECurrentLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSECurrentLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEVoltageLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEVoltageLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEPowerLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEPowerLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEMaximumVoltageLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEMaximumCurrentLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEMaximumPowerLimit: PhysicalValueType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 0, 1, None, {}))
    EVSEID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEID', '{urn:iso:15118:2:2013:MsgDataTypes}evseIDType', 'string', 1, 1, None, {'min_length': 7, 'max_length': 37}))
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 255}))
    MeterInfo: MeterInfoType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}MeterInfo', '{urn:iso:15118:2:2013:MsgDataTypes}MeterInfoType', None, 0, 1, None, {}))
    ReceiptRequired: bool | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))


@dataclass(kw_only=True)
class MeteringReceiptReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReqType'
    Id: str | None = field(default=None, metadata=meta('attribute', '{urn:iso:15118:2:2013:MsgBody}Id', '{http://www.w3.org/2001/XMLSchema}ID', 'ID', 0, 1, None, {'pattern': '[\\i-[:]][\\c-[:]]*'}))
    SessionID: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SessionID', '{urn:iso:15118:2:2013:MsgDataTypes}sessionIDType', 'hexBinary', 1, 1, None, {'max_length': 8}))
    SAScheduleTupleID: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 0, 1, None, {'min': 1, 'max': 255}))
    MeterInfo: MeterInfoType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}MeterInfo', '{urn:iso:15118:2:2013:MsgDataTypes}MeterInfoType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class MeteringReceiptResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEStatus: EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PaymentDetailsReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReqType'
    eMAID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}eMAID', '{urn:iso:15118:2:2013:MsgDataTypes}eMAIDType', 'string', 1, 1, None, {'min_length': 14, 'max_length': 15}))
    ContractSignatureCertChain: CertificateChainType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain', '{urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PaymentDetailsResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    GenChallenge: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}GenChallenge', '{urn:iso:15118:2:2013:MsgDataTypes}genChallengeType', 'base64Binary', 1, 1, None, {'length': 16, 'min_length': 16, 'max_length': 16}))
    EVSETimeStamp: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSETimeStamp', '{http://www.w3.org/2001/XMLSchema}long', 'long', 1, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class PaymentServiceSelectionReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReqType'
    SelectedPaymentOption: paymentOptionType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SelectedPaymentOption', '{urn:iso:15118:2:2013:MsgDataTypes}paymentOptionType', 'string', 1, 1, None, {}))
    SelectedServiceList: SelectedServiceListType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SelectedServiceList', '{urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PaymentServiceSelectionResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class PowerDeliveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReqType'
    ChargeProgress: chargeProgressType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ChargeProgress', '{urn:iso:15118:2:2013:MsgDataTypes}chargeProgressType', 'string', 1, 1, None, {}))
    SAScheduleTupleID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAIDType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 255}))
    ChargingProfile: ChargingProfileType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ChargingProfile', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileType', None, 0, 1, None, {}))
    EVPowerDeliveryParameter: EVPowerDeliveryParameterType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameterType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class PowerDeliveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEStatus: EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PreChargeReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PreChargeReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))
    EVTargetVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVTargetVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))
    EVTargetCurrent: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVTargetCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class PreChargeResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PreChargeResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDetailReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReqType'
    ServiceID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceID', '{urn:iso:15118:2:2013:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class ServiceDetailResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDetailResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    ServiceID: int = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceID', '{urn:iso:15118:2:2013:MsgDataTypes}serviceIDType', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    ServiceParameterList: ServiceParameterListType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceParameterList', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceParameterListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReqType'
    ServiceScope: str | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceScope', '{urn:iso:15118:2:2013:MsgDataTypes}serviceScopeType', 'string', 0, 1, None, {'max_length': 64}))
    ServiceCategory: serviceCategoryType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceCategory', '{urn:iso:15118:2:2013:MsgDataTypes}serviceCategoryType', 'string', 0, 1, None, {}))


@dataclass(kw_only=True)
class ServiceDiscoveryResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    PaymentOptionList: PaymentOptionListType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}PaymentOptionList', '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOptionListType', None, 1, 1, None, {}))
    ChargeService: ChargeServiceType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ChargeService', '{urn:iso:15118:2:2013:MsgDataTypes}ChargeServiceType', None, 1, 1, None, {}))
    ServiceList: ServiceListType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ServiceList', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class SessionSetupReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionSetupReqType'
    EVCCID: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVCCID', '{urn:iso:15118:2:2013:MsgDataTypes}evccIDType', 'hexBinary', 1, 1, None, {'max_length': 6}))


@dataclass(kw_only=True)
class SessionSetupResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionSetupResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    EVSEID: str = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEID', '{urn:iso:15118:2:2013:MsgDataTypes}evseIDType', 'string', 1, 1, None, {'min_length': 7, 'max_length': 37}))
    EVSETimeStamp: int | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSETimeStamp', '{http://www.w3.org/2001/XMLSchema}long', 'long', 0, 1, None, {'min': -9223372036854775808, 'max': 9223372036854775807}))


@dataclass(kw_only=True)
class SessionStopReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionStopReqType'
    ChargingSession: chargingSessionType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ChargingSession', '{urn:iso:15118:2:2013:MsgDataTypes}chargingSessionType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class SessionStopResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionStopResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class WeldingDetectionReqType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReqType'
    DC_EVStatus: DC_EVStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WeldingDetectionResType(BodyBaseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionResType'
    ResponseCode: responseCodeType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{urn:iso:15118:2:2013:MsgDataTypes}responseCodeType', 'string', 1, 1, None, {}))
    DC_EVSEStatus: DC_EVSEStatusType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType', None, 1, 1, None, {}))
    EVSEPresentVoltage: PhysicalValueType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType', None, 1, 1, None, {}))


class AuthorizationReq(AuthorizationReqType):
    """The AuthorizationReq element (AuthorizationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq'


class AuthorizationRes(AuthorizationResType):
    """The AuthorizationRes element (AuthorizationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes'


class BodyElement(BodyBaseType):
    """The BodyElement element (BodyBaseType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}BodyElement'


class CableCheckReq(CableCheckReqType):
    """The CableCheckReq element (CableCheckReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CableCheckReq'


class CableCheckRes(CableCheckResType):
    """The CableCheckRes element (CableCheckResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CableCheckRes'


class CertificateInstallationReq(CertificateInstallationReqType):
    """The CertificateInstallationReq element (CertificateInstallationReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq'


class CertificateInstallationRes(CertificateInstallationResType):
    """The CertificateInstallationRes element (CertificateInstallationResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes'


class CertificateUpdateReq(CertificateUpdateReqType):
    """The CertificateUpdateReq element (CertificateUpdateReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq'


class CertificateUpdateRes(CertificateUpdateResType):
    """The CertificateUpdateRes element (CertificateUpdateResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes'


class ChargeParameterDiscoveryReq(ChargeParameterDiscoveryReqType):
    """The ChargeParameterDiscoveryReq element (ChargeParameterDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq'


class ChargeParameterDiscoveryRes(ChargeParameterDiscoveryResType):
    """The ChargeParameterDiscoveryRes element (ChargeParameterDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes'


class ChargingStatusReq(ChargingStatusReqType):
    """The ChargingStatusReq element (ChargingStatusReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq'


class ChargingStatusRes(ChargingStatusResType):
    """The ChargingStatusRes element (ChargingStatusResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes'


class CurrentDemandReq(CurrentDemandReqType):
    """The CurrentDemandReq element (CurrentDemandReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq'


class CurrentDemandRes(CurrentDemandResType):
    """The CurrentDemandRes element (CurrentDemandResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes'


class MeteringReceiptReq(MeteringReceiptReqType):
    """The MeteringReceiptReq element (MeteringReceiptReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq'


class MeteringReceiptRes(MeteringReceiptResType):
    """The MeteringReceiptRes element (MeteringReceiptResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes'


class PaymentDetailsReq(PaymentDetailsReqType):
    """The PaymentDetailsReq element (PaymentDetailsReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq'


class PaymentDetailsRes(PaymentDetailsResType):
    """The PaymentDetailsRes element (PaymentDetailsResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes'


class PaymentServiceSelectionReq(PaymentServiceSelectionReqType):
    """The PaymentServiceSelectionReq element (PaymentServiceSelectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq'


class PaymentServiceSelectionRes(PaymentServiceSelectionResType):
    """The PaymentServiceSelectionRes element (PaymentServiceSelectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes'


class PowerDeliveryReq(PowerDeliveryReqType):
    """The PowerDeliveryReq element (PowerDeliveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq'


class PowerDeliveryRes(PowerDeliveryResType):
    """The PowerDeliveryRes element (PowerDeliveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes'


class PreChargeReq(PreChargeReqType):
    """The PreChargeReq element (PreChargeReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PreChargeReq'


class PreChargeRes(PreChargeResType):
    """The PreChargeRes element (PreChargeResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}PreChargeRes'


class ServiceDetailReq(ServiceDetailReqType):
    """The ServiceDetailReq element (ServiceDetailReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq'


class ServiceDetailRes(ServiceDetailResType):
    """The ServiceDetailRes element (ServiceDetailResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes'


class ServiceDiscoveryReq(ServiceDiscoveryReqType):
    """The ServiceDiscoveryReq element (ServiceDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq'


class ServiceDiscoveryRes(ServiceDiscoveryResType):
    """The ServiceDiscoveryRes element (ServiceDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes'


class SessionSetupReq(SessionSetupReqType):
    """The SessionSetupReq element (SessionSetupReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq'


class SessionSetupRes(SessionSetupResType):
    """The SessionSetupRes element (SessionSetupResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes'


class SessionStopReq(SessionStopReqType):
    """The SessionStopReq element (SessionStopReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionStopReq'


class SessionStopRes(SessionStopResType):
    """The SessionStopRes element (SessionStopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}SessionStopRes'


class WeldingDetectionReq(WeldingDetectionReqType):
    """The WeldingDetectionReq element (WeldingDetectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq'


class WeldingDetectionRes(WeldingDetectionResType):
    """The WeldingDetectionRes element (WeldingDetectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes'
