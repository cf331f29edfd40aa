"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:DC.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .common_types import (  # noqa: F401
    CLReqControlModeType,
    CLResControlModeType,
    ChargeLoopReqType,
    ChargeLoopResType,
    ChargeParameterDiscoveryReqType,
    ChargeParameterDiscoveryResType,
    Dynamic_CLReqControlModeType,
    Dynamic_CLResControlModeType,
    RationalNumberType,
    Scheduled_CLReqControlModeType,
    Scheduled_CLResControlModeType,
    V2GRequestType,
    V2GResponseType,
    processingType,
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:DC'


@dataclass(kw_only=True)
class DC_CPDReqEnergyTransferModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferModeType'
    EVMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    TargetSOC: int | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}percentValueType', 'byte', 0, 1, None, {'min': 0, 'max': 100}))


@dataclass(kw_only=True)
class BPT_DC_CPDReqEnergyTransferModeType(DC_CPDReqEnergyTransferModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferModeType'
    EVMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_CPDResEnergyTransferModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferModeType'
    EVSEMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEPowerRampLimitation: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPowerRampLimitation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_DC_CPDResEnergyTransferModeType(DC_CPDResEnergyTransferModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferModeType'
    EVSEMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_DC_CLReqControlModeType(Dynamic_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlModeType'
    EVMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Dynamic_DC_CLReqControlModeType(Dynamic_DC_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlModeType'
    EVMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_DC_CLResControlModeType(Dynamic_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlModeType'
    EVSEMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumChargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Dynamic_DC_CLResControlModeType(Dynamic_DC_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlModeType'
    EVSEMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumDischargeCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_DC_CLReqControlModeType(Scheduled_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlModeType'
    EVTargetCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVTargetCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVTargetVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVTargetVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumChargeCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumVoltage: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumVoltage: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Scheduled_DC_CLReqControlModeType(Scheduled_DC_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlModeType'
    EVMaximumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumDischargeCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_DC_CLResControlModeType(Scheduled_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlModeType'
    EVSEMaximumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMaximumChargeCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMaximumVoltage: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Scheduled_DC_CLResControlModeType(Scheduled_DC_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlModeType'
    EVSEMaximumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMaximumDischargeCurrent: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumVoltage: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class DC_CableCheckReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReqType'


@dataclass(kw_only=True)
class DC_CableCheckResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckResType'
    EVSEProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_ChargeLoopReqType(ChargeLoopReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReqType'
    EVPresentVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVPresentVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    CLReqControlMode: CLReqControlModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_ChargeLoopResType(ChargeLoopResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopResType'
    EVSEPresentCurrent: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEPresentVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEPowerLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPowerLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSECurrentLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSECurrentLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    EVSEVoltageLimitAchieved: bool = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEVoltageLimitAchieved', '{http://www.w3.org/2001/XMLSchema}boolean', 'boolean', 1, 1, None, {}))
    CLResControlMode: CLResControlModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_ChargeParameterDiscoveryReqType(ChargeParameterDiscoveryReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReqType'
    DC_CPDReqEnergyTransferMode: DC_CPDReqEnergyTransferModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_ChargeParameterDiscoveryResType(ChargeParameterDiscoveryResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryResType'
    DC_CPDResEnergyTransferMode: DC_CPDResEnergyTransferModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_PreChargeReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))
    EVPresentVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVPresentVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVTargetVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVTargetVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_PreChargeResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeResType'
    EVSEPresentVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_WeldingDetectionReqType(V2GRequestType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReqType'
    EVProcessing: processingType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}processingType', 'string', 1, 1, None, {}))


@dataclass(kw_only=True)
class DC_WeldingDetectionResType(V2GResponseType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionResType'
    EVSEPresentVoltage: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))


class BPT_DC_CPDReqEnergyTransferMode(BPT_DC_CPDReqEnergyTransferModeType):
    """The BPT_DC_CPDReqEnergyTransferMode element (BPT_DC_CPDReqEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode'


class BPT_DC_CPDResEnergyTransferMode(BPT_DC_CPDResEnergyTransferModeType):
    """The BPT_DC_CPDResEnergyTransferMode element (BPT_DC_CPDResEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode'


class BPT_Dynamic_DC_CLReqControlMode(BPT_Dynamic_DC_CLReqControlModeType):
    """The BPT_Dynamic_DC_CLReqControlMode element (BPT_Dynamic_DC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode'


class BPT_Dynamic_DC_CLResControlMode(BPT_Dynamic_DC_CLResControlModeType):
    """The BPT_Dynamic_DC_CLResControlMode element (BPT_Dynamic_DC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode'


class BPT_Scheduled_DC_CLReqControlMode(BPT_Scheduled_DC_CLReqControlModeType):
    """The BPT_Scheduled_DC_CLReqControlMode element (BPT_Scheduled_DC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode'


class BPT_Scheduled_DC_CLResControlMode(BPT_Scheduled_DC_CLResControlModeType):
    """The BPT_Scheduled_DC_CLResControlMode element (BPT_Scheduled_DC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode'


class DC_CPDReqEnergyTransferMode(DC_CPDReqEnergyTransferModeType):
    """The DC_CPDReqEnergyTransferMode element (DC_CPDReqEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode'


class DC_CPDResEnergyTransferMode(DC_CPDResEnergyTransferModeType):
    """The DC_CPDResEnergyTransferMode element (DC_CPDResEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode'


class DC_CableCheckReq(DC_CableCheckReqType):
    """The DC_CableCheckReq element (DC_CableCheckReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReq'


class DC_CableCheckRes(DC_CableCheckResType):
    """The DC_CableCheckRes element (DC_CableCheckResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckRes'


class DC_ChargeLoopReq(DC_ChargeLoopReqType):
    """The DC_ChargeLoopReq element (DC_ChargeLoopReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReq'


class DC_ChargeLoopRes(DC_ChargeLoopResType):
    """The DC_ChargeLoopRes element (DC_ChargeLoopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopRes'


class DC_ChargeParameterDiscoveryReq(DC_ChargeParameterDiscoveryReqType):
    """The DC_ChargeParameterDiscoveryReq element (DC_ChargeParameterDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReq'


class DC_ChargeParameterDiscoveryRes(DC_ChargeParameterDiscoveryResType):
    """The DC_ChargeParameterDiscoveryRes element (DC_ChargeParameterDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryRes'


class DC_PreChargeReq(DC_PreChargeReqType):
    """The DC_PreChargeReq element (DC_PreChargeReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReq'


class DC_PreChargeRes(DC_PreChargeResType):
    """The DC_PreChargeRes element (DC_PreChargeResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeRes'


class DC_WeldingDetectionReq(DC_WeldingDetectionReqType):
    """The DC_WeldingDetectionReq element (DC_WeldingDetectionReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReq'


class DC_WeldingDetectionRes(DC_WeldingDetectionResType):
    """The DC_WeldingDetectionRes element (DC_WeldingDetectionResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionRes'


class Dynamic_DC_CLReqControlMode(Dynamic_DC_CLReqControlModeType):
    """The Dynamic_DC_CLReqControlMode element (Dynamic_DC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode'


class Dynamic_DC_CLResControlMode(Dynamic_DC_CLResControlModeType):
    """The Dynamic_DC_CLResControlMode element (Dynamic_DC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode'


class Scheduled_DC_CLReqControlMode(Scheduled_DC_CLReqControlModeType):
    """The Scheduled_DC_CLReqControlMode element (Scheduled_DC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode'


class Scheduled_DC_CLResControlMode(Scheduled_DC_CLResControlModeType):
    """The Scheduled_DC_CLResControlMode element (Scheduled_DC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode'
