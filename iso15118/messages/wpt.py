"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:WPT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .common_types import (  # noqa: F401
    ChargeLoopReqType,
    ChargeLoopResType,
    ChargeParameterDiscoveryReqType,
    ChargeParameterDiscoveryResType,
    RationalNumberType,
    V2GRequestType,
    V2GResponseType,
    processingType,
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:WPT'


class WPT_AlignmentCheckMethodType(Enum):
    PowerCheck = 'PowerCheck'
    LPE = 'LPE'
    Proprietary = 'Proprietary'


class WPT_EVPCChargeDiagnosticsType(Enum):
    EVPCNoIssue = 'EVPCNoIssue'
    EVPCTempOverheatDetected = 'EVPCTempOverheatDetected'
    EVPCPowerTransferAnomalyDetected = 'EVPCPowerTransferAnomalyDetected'
    EVPCAnomalyDetected = 'EVPCAnomalyDetected'


class WPT_EVResultType(Enum):
    EVResultUnknown = 'EVResultUnknown'
    EVResultSuccess = 'EVResultSuccess'
    EVResultFailed = 'EVResultFailed'


class WPT_FinePositioningMethodType(Enum):
    Manual = 'Manual'
    LF_TxEV = 'LF_TxEV'
    LF_TxPrimaryDevice = 'LF_TxPrimaryDevice'
    LPE = 'LPE'
    Proprietary = 'Proprietary'


class WPT_PairingMethodType(Enum):
    External_confirmation = 'External confirmation'
    LPE = 'LPE'
    LF_TxEV = 'LF_TxEV'
    LF_TxPrimaryDevice = 'LF_TxPrimaryDevice'
    Optical = 'Optical'
    Proprietary = 'Proprietary'


class WPT_PowerClassType(Enum):
    MF_WPT1 = 'MF-WPT1'
    MF_WPT2 = 'MF-WPT2'
    MF_WPT3 = 'MF-WPT3'
    MF_WPT4 = 'MF-WPT4'


class WPT_SPCChargeDiagnosticsType(Enum):
    SPCNoIssue = 'SPCNoIssue'
    SPCFODDetected = 'SPCFODDetected'
    SPCLOPDetected = 'SPCLOPDetected'
    SPCTempOverheatDetected = 'SPCTempOverheatDetected'
    SPCPowerTransferAnomalyDetected = 'SPCPowerTransferAnomalyDetected'
    SPCAnomalyDetected = 'SPCAnomalyDetected'


@dataclass(kw_only=True)
class AlternativeSECCListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCListType'
    AlternativeSECC: list[AlternativeSECCType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECC', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCType', None, 1, 8, None, {}))


@dataclass(kw_only=True)
class AlternativeSECCType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCType'
    SSID: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SSID', '{urn:iso:std:iso:15118:-20:CommonTypes}identifierType', 'string', 0, 1, None, {'max_length': 255}))
    BSSID: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}BSSID', '{urn:iso:std:iso:15118:-20:WPT}bssidType', 'string', 0, 1, None, {'max_length': 12}))
    IPAddress: str | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}IPAddress', '{urn:iso:std:iso:15118:-20:WPT}ipaddressType', 'string', 0, 1, None, {'max_length': 39}))
    Port: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}Port', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 0, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class WPT_AlignmentCheckMethodListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethodListType'
    WPT_AlignmentCheckMethod: list[WPT_AlignmentCheckMethodType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethodType', 'string', 1, 8, None, {}))


@dataclass(kw_only=True)
class WPT_AlignmentCheckReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    TargetCoilCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TargetCoilCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVResultCode: WPT_EVResultType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', '{urn:iso:std:iso:15118:-20:WPT}WPT_EVResultType', 'string', 1, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_AlignmentCheckResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    PowerTransmitted: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PowerTransmitted', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    SupplyDeviceCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SupplyDeviceCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_ChargeLoopReqType(ChargeLoopReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReqType'
    EVPCPowerRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCPowerOutput: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerOutput', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCChargeDiagnostics: WPT_EVPCChargeDiagnosticsType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCChargeDiagnostics', '{urn:iso:std:iso:15118:-20:WPT}WPT_EVPCChargeDiagnosticsType', 'string', 1, 1, None, {}))
    EVPCOperatingFrequency: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCOperatingFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPCPowerControlParameter: WPT_EVPCPowerControlParameterType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerControlParameter', '{urn:iso:std:iso:15118:-20:WPT}WPT_EVPCPowerControlParameterType', None, 0, 1, None, {}))
    ManufacturerSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_ChargeLoopResType(ChargeLoopResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopResType'
    EVPCPowerRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SDPowerInput: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDPowerInput', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    SPCMaxOutputPowerLimit: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCMaxOutputPowerLimit', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SPCMinOutputPowerLimit: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCMinOutputPowerLimit', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SPCChargeDiagnostics: WPT_SPCChargeDiagnosticsType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCChargeDiagnostics', '{urn:iso:std:iso:15118:-20:WPT}WPT_SPCChargeDiagnosticsType', 'string', 1, 1, None, {}))
    SPCOperatingFrequency: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCOperatingFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    SPCPowerControlParameter: WPT_SPCPowerControlParameterType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCPowerControlParameter', '{urn:iso:std:iso:15118:-20:WPT}WPT_SPCPowerControlParameterType', None, 0, 1, None, {}))
    ManufacturerSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_ChargeParameterDiscoveryReqType(ChargeParameterDiscoveryReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReqType'
    EVPCMaxReceivablePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCMaxReceivablePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SDMaxGroundClearence: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearence', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    SDMinGroundClearence: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearence', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    EVPCNaturalFrequency: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCNaturalFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCDeviceLocalControl: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCDeviceLocalControl', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_ChargeParameterDiscoveryResType(ChargeParameterDiscoveryResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryResType'
    PDInputPowerClass: WPT_PowerClassType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PDInputPowerClass', '{urn:iso:std:iso:15118:-20:WPT}WPT_PowerClassType', 'string', 1, 1, None, {}))
    SDMinOutputPower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMinOutputPower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SDMaxOutputPower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMaxOutputPower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SDMaxGroundClearanceSupport: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearanceSupport', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    SDMinGroundClearanceSupport: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearanceSupport', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    PDMinCoilCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PDMinCoilCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    PDMaxCoilCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PDMaxCoilCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    SDManufacturerSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SDManufacturerSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_CoordinateXYZType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_CoordinateXYZType'
    Coord_X: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}Coord_X', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    Coord_Y: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}Coord_Y', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    Coord_Z: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}Coord_Z', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))


@dataclass(kw_only=True)
class WPT_EVPCPowerControlParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_EVPCPowerControlParameterType'
    EVPCCoilCurrentRequest: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCCoilCurrentInformation: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentInformation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCCurrentOutputInformation: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCCurrentOutputInformation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPCVoltageOutputInformation: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVPCVoltageOutputInformation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_FinePositioningMethodListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethodListType'
    WPT_FinePositioningMethod: list[WPT_FinePositioningMethodType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethodType', 'string', 1, 8, None, {}))


@dataclass(kw_only=True)
class WPT_FinePositioningReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    EVResultCode: WPT_EVResultType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', '{urn:iso:std:iso:15118:-20:WPT}WPT_EVResultType', 'string', 1, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))
    WPT_LF_DataPackageList: WPT_LF_DataPackageListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class WPT_FinePositioningResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))
    WPT_LF_DataPackageList: WPT_LF_DataPackageListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageListType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class WPT_FinePositioningSetupReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    EVDeviceFinePositioningMethodList: WPT_FinePositioningMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVDeviceFinePositioningMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethodListType', None, 1, 1, None, {}))
    EVDevicePairingMethodList: WPT_PairingMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVDevicePairingMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethodListType', None, 1, 1, None, {}))
    EVDeviceAlignmentCheckMethodList: WPT_AlignmentCheckMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVDeviceAlignmentCheckMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethodListType', None, 1, 1, None, {}))
    NaturalOffset: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}NaturalOffset', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))
    LF_SystemSetupData: WPT_LF_SystemSetupDataType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_SystemSetupData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_SystemSetupDataType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class WPT_FinePositioningSetupResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupResType'
    PrimaryDeviceFinePositioningMethodList: WPT_FinePositioningMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceFinePositioningMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethodListType', None, 1, 1, None, {}))
    PrimaryDevicePairingMethodList: WPT_PairingMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDevicePairingMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethodListType', None, 1, 1, None, {}))
    PrimaryDeviceAlignmentCheckMethodList: WPT_AlignmentCheckMethodListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceAlignmentCheckMethodList', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethodListType', None, 1, 1, None, {}))
    NaturalOffset: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}NaturalOffset', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))
    LF_SystemSetupData: WPT_LF_SystemSetupDataType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_SystemSetupData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_SystemSetupDataType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_DataPackageListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageListType'
    NumPackages: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}NumPackages', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    WPT_LF_DataPackage: WPT_LF_DataPackageType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackage', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_DataPackageType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageType'
    PackageIndex: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PackageIndex', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    LF_TxData: WPT_LF_TxDataListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_TxData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataListType', None, 0, 1, 1, {}))
    LF_RxData: WPT_LF_RxDataListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_RxData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataListType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class WPT_LF_ReceiverDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_ReceiverDataType'
    NumberOfReceivers: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}NumberOfReceivers', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    RxSpecData: list[WPT_TxRxSpecDataType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}RxSpecData', '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxSpecDataType', None, 2, 255, None, {}))


@dataclass(kw_only=True)
class WPT_LF_RxDataListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataListType'
    WPT_LF_RxDataList: WPT_LF_RxDataType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_RxDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataType'
    RxIdentifier: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}RxIdentifier', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    RSSIData: WPT_LF_RxRSSIListType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}RSSIData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIListType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_RxRSSIListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIListType'
    RSSIDataList: WPT_LF_RxRSSIType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}RSSIDataList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_RxRSSIType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIType'
    TxIdentifier: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxIdentifier', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    RSSI: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}RSSI', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_SystemSetupDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_SystemSetupDataType'
    LF_TransmitterSetupData: WPT_LF_TransmitterDataType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_TransmitterSetupData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TransmitterDataType', None, 0, 1, 1, {}))
    LF_ReceiverSetupData: WPT_LF_ReceiverDataType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}LF_ReceiverSetupData', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_ReceiverDataType', None, 0, 1, 1, {}))


@dataclass(kw_only=True)
class WPT_LF_TransmitterDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TransmitterDataType'
    NumberOfTransmitters: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}NumberOfTransmitters', '{http://www.w3.org/2001/XMLSchema}unsignedByte', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    SignalFrequency: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SignalFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    TxSpecData: list[WPT_TxRxSpecDataType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxSpecData', '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxSpecDataType', None, 2, 255, None, {}))
    TxPackageSpecData: WPT_TxRxPackageSpecDataType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxPackageSpecData', '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPackageSpecDataType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_TxDataListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataListType'
    WPT_LF_TxDataList: WPT_LF_TxDataType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_LF_TxDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataType'
    TxIdentifier: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxIdentifier', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    EIRP: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EIRP', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_PairingMethodListType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethodListType'
    WPT_PairingMethod: list[WPT_PairingMethodType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethodType', 'string', 1, 8, None, {}))


@dataclass(kw_only=True)
class WPT_PairingReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    ObservedIDCode: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}ObservedIDCode', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 0, 1, None, {'min': 1, 'max': 4294967295}))
    EVResultCode: WPT_EVResultType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', '{urn:iso:std:iso:15118:-20:WPT}WPT_EVResultType', 'string', 1, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_PairingResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    ObservedIDCode: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}ObservedIDCode', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 0, 1, None, {'min': 1, 'max': 4294967295}))
    AlternativeSECCList: AlternativeSECCListType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCList', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCListType', None, 0, 1, None, {}))
    VendorSpecificDataContainer: list[bytes] = field(default_factory=list, metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_DataContainerType', 'base64Binary', 0, 16, None, {'max_length': 256}))


@dataclass(kw_only=True)
class WPT_SPCPowerControlParameterType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_SPCPowerControlParameterType'
    SPCPrimaryDeviceCoilCurrentInformation: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}SPCPrimaryDeviceCoilCurrentInformation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class WPT_TxRxPackageSpecDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPackageSpecDataType'
    PulseSequenceOrder: list[WPT_TxRxPulseOrderType] = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PulseSequenceOrder', '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPulseOrderType', None, 2, 255, None, {}))
    PulseSeparationTime: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PulseSeparationTime', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    PulseDuration: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PulseDuration', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    PackageSeparationTime: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}PackageSeparationTime', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))


@dataclass(kw_only=True)
class WPT_TxRxPulseOrderType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPulseOrderType'
    IndexNumber: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}IndexNumber', '{http://www.w3.org/2001/XMLSchema}unsignedShort', 'unsignedShort', 1, 1, None, {'min': 0, 'max': 65535}))
    TxRxIdentifier: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxRxIdentifier', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))


@dataclass(kw_only=True)
class WPT_TxRxSpecDataType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_TxRxSpecDataType'
    TxRxIdentifier: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxRxIdentifier', '{urn:iso:std:iso:15118:-20:CommonTypes}numericIDType', 'unsignedInt', 1, 1, None, {'min': 1, 'max': 4294967295}))
    TxRxPosition: WPT_CoordinateXYZType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxRxPosition', '{urn:iso:std:iso:15118:-20:WPT}WPT_CoordinateXYZType', None, 1, 1, None, {}))
    TxRxOrientation: WPT_CoordinateXYZType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:WPT}TxRxOrientation', '{urn:iso:std:iso:15118:-20:WPT}WPT_CoordinateXYZType', None, 1, 1, None, {}))


class WPT_AlignmentCheckReq(WPT_AlignmentCheckReqType):
    """The WPT_AlignmentCheckReq element (WPT_AlignmentCheckReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReq'


class WPT_AlignmentCheckRes(WPT_AlignmentCheckResType):
    """The WPT_AlignmentCheckRes element (WPT_AlignmentCheckResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckRes'


class WPT_ChargeLoopReq(WPT_ChargeLoopReqType):
    """The WPT_ChargeLoopReq element (WPT_ChargeLoopReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReq'


class WPT_ChargeLoopRes(WPT_ChargeLoopResType):
    """The WPT_ChargeLoopRes element (WPT_ChargeLoopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopRes'


class WPT_ChargeParameterDiscoveryReq(WPT_ChargeParameterDiscoveryReqType):
    """The WPT_ChargeParameterDiscoveryReq element (WPT_ChargeParameterDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReq'


class WPT_ChargeParameterDiscoveryRes(WPT_ChargeParameterDiscoveryResType):
    """The WPT_ChargeParameterDiscoveryRes element (WPT_ChargeParameterDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryRes'


class WPT_FinePositioningReq(WPT_FinePositioningReqType):
    """The WPT_FinePositioningReq element (WPT_FinePositioningReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReq'


class WPT_FinePositioningRes(WPT_FinePositioningResType):
    """The WPT_FinePositioningRes element (WPT_FinePositioningResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningRes'


class WPT_FinePositioningSetupReq(WPT_FinePositioningSetupReqType):
    """The WPT_FinePositioningSetupReq element (WPT_FinePositioningSetupReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReq'


class WPT_FinePositioningSetupRes(WPT_FinePositioningSetupResType):
    """The WPT_FinePositioningSetupRes element (WPT_FinePositioningSetupResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupRes'


class WPT_PairingReq(WPT_PairingReqType):
    """The WPT_PairingReq element (WPT_PairingReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReq'


class WPT_PairingRes(WPT_PairingResType):
    """The WPT_PairingRes element (WPT_PairingResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingRes'
