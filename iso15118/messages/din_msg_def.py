"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:din:70121:2012:MsgDef.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .din_msg_header import (  # noqa: F401
    MessageHeaderType,
)

NAMESPACE = 'urn:din:70121:2012:MsgDef'


@dataclass(kw_only=True)
class BodyBaseType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDef}BodyBaseType'


@dataclass(kw_only=True)
class BodyType:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDef}BodyType'
    BodyElement: BodyBaseType | None = field(default=None, metadata=meta('element', '{urn:din:70121:2012:MsgDef}BodyElement', '{urn:din:70121:2012:MsgDef}BodyBaseType', None, 0, 1, None, {}))


class BodyElement(BodyBaseType):
    """The BodyElement element (BodyBaseType)."""
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDef}BodyElement'


@dataclass(kw_only=True)
class V2G_Message:
    XSD_TYPE: ClassVar[str] = '{urn:din:70121:2012:MsgDef}V2G_Message#anon'
    XSD_ELEMENT: ClassVar[str] = '{urn:din:70121:2012:MsgDef}V2G_Message'
    Header: MessageHeaderType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDef}Header', '{urn:din:70121:2012:MsgHeader}MessageHeaderType', None, 1, 1, None, {}))
    Body: BodyType = field(metadata=meta('element', '{urn:din:70121:2012:MsgDef}Body', '{urn:din:70121:2012:MsgDef}BodyType', None, 1, 1, None, {}))
