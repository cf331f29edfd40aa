"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:15118:2:2010:AppProtocol.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta

NAMESPACE = 'urn:iso:15118:2:2010:AppProtocol'


class responseCodeType(Enum):
    OK_SuccessfulNegotiation = 'OK_SuccessfulNegotiation'
    OK_SuccessfulNegotiationWithMinorDeviation = 'OK_SuccessfulNegotiationWithMinorDeviation'
    Failed_NoNegotiation = 'Failed_NoNegotiation'


@dataclass(kw_only=True)
class AppProtocolType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2010:AppProtocol}AppProtocolType'
    ProtocolNamespace: str = field(metadata=meta('element', 'ProtocolNamespace', '{urn:iso:15118:2:2010:AppProtocol}protocolNamespaceType', 'anyURI', 1, 1, None, {'max_length': 100}))
    VersionNumberMajor: int = field(metadata=meta('element', 'VersionNumberMajor', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    VersionNumberMinor: int = field(metadata=meta('element', 'VersionNumberMinor', '{http://www.w3.org/2001/XMLSchema}unsignedInt', 'unsignedInt', 1, 1, None, {'min': 0, 'max': 4294967295}))
    SchemaID: int = field(metadata=meta('element', 'SchemaID', '{urn:iso:15118:2:2010:AppProtocol}idType', 'unsignedByte', 1, 1, None, {'min': 0, 'max': 255}))
    Priority: int = field(metadata=meta('element', 'Priority', '{urn:iso:15118:2:2010:AppProtocol}priorityType', 'unsignedByte', 1, 1, None, {'min': 1, 'max': 20}))


@dataclass(kw_only=True)
class supportedAppProtocolReq:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq#anon'
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq'
    AppProtocol: list[AppProtocolType] = field(metadata=meta('element', 'AppProtocol', '{urn:iso:15118:2:2010:AppProtocol}AppProtocolType', None, 1, 20, None, {}))


@dataclass(kw_only=True)
class supportedAppProtocolRes:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes#anon'
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes'
    ResponseCode: responseCodeType = field(metadata=meta('element', 'ResponseCode', '{urn:iso:15118:2:2010:AppProtocol}responseCodeType', 'string', 1, 1, None, {}))
    SchemaID: int | None = field(default=None, metadata=meta('element', 'SchemaID', '{urn:iso:15118:2:2010:AppProtocol}idType', 'unsignedByte', 0, 1, None, {'min': 0, 'max': 255}))
