"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:std:iso:15118:-20:AC.
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
)

NAMESPACE = 'urn:iso:std:iso:15118:-20:AC'


@dataclass(kw_only=True)
class AC_CPDReqEnergyTransferModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferModeType'
    EVMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class AC_CPDResEnergyTransferModeType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferModeType'
    EVSEMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMaximumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSENominalFrequency: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSENominalFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    MaximumPowerAsymmetry: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}MaximumPowerAsymmetry', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPowerRampLimitation: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPowerRampLimitation', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class AC_ChargeLoopReqType(ChargeLoopReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReqType'
    CLReqControlMode: CLReqControlModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class AC_ChargeLoopResType(ChargeLoopResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopResType'
    EVSETargetFrequency: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    CLResControlMode: CLResControlModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class AC_ChargeParameterDiscoveryReqType(ChargeParameterDiscoveryReqType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReqType'
    AC_CPDReqEnergyTransferMode: AC_CPDReqEnergyTransferModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class AC_ChargeParameterDiscoveryResType(ChargeParameterDiscoveryResType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryResType'
    AC_CPDResEnergyTransferMode: AC_CPDResEnergyTransferModeType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferModeType', None, 1, 1, None, {}))


@dataclass(kw_only=True)
class BPT_AC_CPDReqEnergyTransferModeType(AC_CPDReqEnergyTransferModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferModeType'
    EVMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_AC_CPDResEnergyTransferModeType(AC_CPDResEnergyTransferModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferModeType'
    EVSEMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMaximumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMaximumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSEMinimumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEMinimumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_AC_CLReqControlModeType(Dynamic_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlModeType'
    EVMaximumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentActivePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPresentActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentReactivePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPresentReactivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentReactivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Dynamic_AC_CLReqControlModeType(Dynamic_AC_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlModeType'
    EVMaximumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMaximumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVMinimumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumV2XEnergyRequest: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Dynamic_AC_CLResControlModeType(Dynamic_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlModeType'
    EVSETargetActivePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVSETargetActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Dynamic_AC_CLResControlModeType(Dynamic_AC_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlModeType'


@dataclass(kw_only=True)
class Scheduled_AC_CLReqControlModeType(Scheduled_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlModeType'
    EVMaximumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumChargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentActivePower: RationalNumberType = field(metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 1, 1, None, {}))
    EVPresentActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentReactivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentReactivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVPresentReactivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Scheduled_AC_CLReqControlModeType(Scheduled_AC_CLReqControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlModeType'
    EVMaximumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMaximumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVMinimumDischargePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class Scheduled_AC_CLResControlModeType(Scheduled_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlModeType'
    EVSETargetActivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSETargetReactivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L2: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))
    EVSEPresentActivePower_L3: RationalNumberType | None = field(default=None, metadata=meta('element', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType', None, 0, 1, None, {}))


@dataclass(kw_only=True)
class BPT_Scheduled_AC_CLResControlModeType(Scheduled_AC_CLResControlModeType):
    XSD_TYPE: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlModeType'


class AC_CPDReqEnergyTransferMode(AC_CPDReqEnergyTransferModeType):
    """The AC_CPDReqEnergyTransferMode element (AC_CPDReqEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode'


class AC_CPDResEnergyTransferMode(AC_CPDResEnergyTransferModeType):
    """The AC_CPDResEnergyTransferMode element (AC_CPDResEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode'


class AC_ChargeLoopReq(AC_ChargeLoopReqType):
    """The AC_ChargeLoopReq element (AC_ChargeLoopReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReq'


class AC_ChargeLoopRes(AC_ChargeLoopResType):
    """The AC_ChargeLoopRes element (AC_ChargeLoopResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopRes'


class AC_ChargeParameterDiscoveryReq(AC_ChargeParameterDiscoveryReqType):
    """The AC_ChargeParameterDiscoveryReq element (AC_ChargeParameterDiscoveryReqType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReq'


class AC_ChargeParameterDiscoveryRes(AC_ChargeParameterDiscoveryResType):
    """The AC_ChargeParameterDiscoveryRes element (AC_ChargeParameterDiscoveryResType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryRes'


class BPT_AC_CPDReqEnergyTransferMode(BPT_AC_CPDReqEnergyTransferModeType):
    """The BPT_AC_CPDReqEnergyTransferMode element (BPT_AC_CPDReqEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode'


class BPT_AC_CPDResEnergyTransferMode(BPT_AC_CPDResEnergyTransferModeType):
    """The BPT_AC_CPDResEnergyTransferMode element (BPT_AC_CPDResEnergyTransferModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode'


class BPT_Dynamic_AC_CLReqControlMode(BPT_Dynamic_AC_CLReqControlModeType):
    """The BPT_Dynamic_AC_CLReqControlMode element (BPT_Dynamic_AC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode'


class BPT_Dynamic_AC_CLResControlMode(BPT_Dynamic_AC_CLResControlModeType):
    """The BPT_Dynamic_AC_CLResControlMode element (BPT_Dynamic_AC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode'


class BPT_Scheduled_AC_CLReqControlMode(BPT_Scheduled_AC_CLReqControlModeType):
    """The BPT_Scheduled_AC_CLReqControlMode element (BPT_Scheduled_AC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode'


class BPT_Scheduled_AC_CLResControlMode(BPT_Scheduled_AC_CLResControlModeType):
    """The BPT_Scheduled_AC_CLResControlMode element (BPT_Scheduled_AC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode'


class Dynamic_AC_CLReqControlMode(Dynamic_AC_CLReqControlModeType):
    """The Dynamic_AC_CLReqControlMode element (Dynamic_AC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode'


class Dynamic_AC_CLResControlMode(Dynamic_AC_CLResControlModeType):
    """The Dynamic_AC_CLResControlMode element (Dynamic_AC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode'


class Scheduled_AC_CLReqControlMode(Scheduled_AC_CLReqControlModeType):
    """The Scheduled_AC_CLReqControlMode element (Scheduled_AC_CLReqControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode'


class Scheduled_AC_CLResControlMode(Scheduled_AC_CLResControlModeType):
    """The Scheduled_AC_CLResControlMode element (Scheduled_AC_CLResControlModeType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode'
