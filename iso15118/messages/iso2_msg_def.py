"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:15118:2:2013:MsgDef.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .iso2_msg_body import (  # noqa: F401
    BodyType,
)
from .iso2_msg_header import (  # noqa: F401
    MessageHeaderType,
)

NAMESPACE = 'urn:iso:15118:2:2013:MsgDef'


@dataclass(kw_only=True)
class V2G_Message:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDef}V2G_Message#anon'
    XSD_ELEMENT: ClassVar[str] = '{urn:iso:15118:2:2013:MsgDef}V2G_Message'
    Header: MessageHeaderType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDef}Header', '{urn:iso:15118:2:2013:MsgHeader}MessageHeaderType', None, 1, 1, None, {}))
    Body: BodyType = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgDef}Body', '{urn:iso:15118:2:2013:MsgBody}BodyType', None, 1, 1, None, {}))
