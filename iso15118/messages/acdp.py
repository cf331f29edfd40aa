"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:ACDP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .common_types import (  # noqa: F401
    RationalNumberType,
    V2GRequestType,
    V2GResponseType,
    processingType,
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:ACDP'


class cpStatusType(Enum):
    StateA = 'StateA'
    StateB = 'StateB'
    StateC = 'StateC'
    StateD = 'StateD'
    StateE = 'StateE'


class electricalChargingDeviceStatusType(Enum):
    State_A = 'State_A'
    State_B = 'State_B'
    State_C = 'State_C'
    State_D = 'State_D'


class errorCodeType(Enum):
    OK_NoEVError = 'OK_NoEVError'
    FAILED = 'FAILED'
    FAILED_EmergencyEvent = 'FAILED_EmergencyEvent'
    FAILED_Breaker = 'FAILED_Breaker'
    FAILED_RESSTemperatureInhibit = 'FAILED_RESSTemperatureInhibit'
    FAILED_RESS = 'FAILED_RESS'
    FAILED_ChargingCurrentDifferential = 'FAILED_ChargingCurrentDifferential'
    FAILED_ChargingVoltageOutOfRange = 'FAILED_ChargingVoltageOutOfRange'
    FAILED_Reserved1 = 'FAILED_Reserved1'
    FAILED_Reserved2 = 'FAILED_Reserved2'


class isolationStatusType(Enum):
    Invalid = 'Invalid'
    Safe = 'Safe'
    Warning = 'Warning'
    Fault = 'Fault'


class mechanicalChargingDeviceStatusType(Enum):
    Home = 'Home'
    Moving = 'Moving'
    EndPosition = 'EndPosition'


@dataclass(kw_only=True)
class ACDP_ConnectReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReqType'
    EVElectricalChargingDeviceStatus: electricalChargingDeviceStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVElectricalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}electricalChargingDeviceStatusType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class ACDP_ConnectResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    EVSEElectricalChargingDeviceStatus: electricalChargingDeviceStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEElectricalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}electricalChargingDeviceStatusType', 'string', 1, 1, None, {}))
    EVSEMechanicalChargingDeviceStatus: mechanicalChargingDeviceStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEMechanicalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}mechanicalChargingDeviceStatusType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class ACDP_SystemStatusReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReqType'
    EVTechnicalStatus: EVTechnicalStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatusType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class ACDP_SystemStatusResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusResType'
    EVSEMechanicalChargingDeviceStatus: mechanicalChargingDeviceStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEMechanicalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}mechanicalChargingDeviceStatusType', 'string', 1, 1, None, {}))
    EVSEReadyToCharge: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEReadyToCharge', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEIsolationStatus: isolationStatusType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEIsolationStatus', '{urn:iso:std:iso:15118:-20:ACDP}isolationStatusType', 'string', 1, 1, None, {}))
    EVSEDisabled: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEDisabled', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEUtilityInterruptEvent: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEUtilityInterruptEvent', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEEmergencyShutdown: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEEmergencyShutdown', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEMalfunction: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEMalfunction', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVInChargePosition: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVInChargePosition', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVAssociationStatus: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVAssociationStatus', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class ACDP_VehiclePositioningReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReqType'
    EVMobilityStatus: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVMobilityStatus', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVPositioningSupport: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVPositioningSupport', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class ACDP_VehiclePositioningResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    EVSEPositioningSupport: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSEPositioningSupport', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVRelativeXDeviation: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeXDeviation', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    EVRelativeYDeviation: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeYDeviation', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    ContactWindowXc: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowXc', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    ContactWindowYc: int = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowYc', '{http://www.w3.org/2001/XMLSchema}short', 'short', 1, 1, None, {'min': -32768, 'max': 32767}))
    EVInChargePosition: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVInChargePosition', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))


@dataclass(kw_only=True)
class EVTechnicalStatusType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatusType'
    EVReadyToCharge: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVReadyToCharge', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVImmobilizationRequest: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilizationRequest', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVImmobilized: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilized', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))
    EVWLANStrength: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVWLANStrength', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVCPStatus: cpStatusType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVCPStatus', '{urn:iso:std:iso:15118:-20:ACDP}cpStatusType', 'string', 0, 1, None, {}))
    EVSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))
    EVErrorCode: errorCodeType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', '{urn:iso:std:iso:15118:-20:ACDP}errorCodeType', 'string', 0, 1, None, {}))
    EVTimeout: bool | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 0, 1, None, {}))


class ACDP_ConnectReq(ACDP_ConnectReqType):
    """The ACDP_ConnectReq element (ACDP_ConnectReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReq'


class ACDP_ConnectRes(ACDP_ConnectResType):
    """The ACDP_ConnectRes element (ACDP_ConnectResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectRes'


class ACDP_DisconnectReq(ACDP_ConnectReqType):
    """The ACDP_DisconnectReq element (ACDP_ConnectReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectReq'


class ACDP_DisconnectRes(ACDP_ConnectResType):
    """The ACDP_DisconnectRes element (ACDP_ConnectResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectRes'


class ACDP_SystemStatusReq(ACDP_SystemStatusReqType):
    """The ACDP_SystemStatusReq element (ACDP_SystemStatusReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReq'


class ACDP_SystemStatusRes(ACDP_SystemStatusResType):
    """The ACDP_SystemStatusRes element (ACDP_SystemStatusResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusRes'


class ACDP_VehiclePositioningReq(ACDP_VehiclePositioningReqType):
    """The ACDP_VehiclePositioningReq element (ACDP_VehiclePositioningReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReq'


class ACDP_VehiclePositioningRes(ACDP_VehiclePositioningResType):
    """The ACDP_VehiclePositioningRes element (ACDP_VehiclePositioningResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningRes'
