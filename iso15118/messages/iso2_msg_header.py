"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Namespace urn:iso:15118:2:2013:MsgHeader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from ._meta import meta
from .iso2_msg_data_types import (  # noqa: F401
    NotificationType,
)
from .xmldsig import (  # noqa: F401
    SignatureType,
)

NAMESPACE = 'urn:iso:15118:2:2013:MsgHeader'


@dataclass(kw_only=True)
class MessageHeaderType:
    XSD_TYPE: ClassVar[str] = '{urn:iso:15118:2:2013:MsgHeader}MessageHeaderType'
    SessionID: bytes = field(metadata=meta('element', '{urn:iso:15118:2:2013:MsgHeader}SessionID', '{urn:iso:15118:2:2013:MsgDataTypes}sessionIDType', 'hexBinary', 1, 1, None, {'max_length': 8}))
    Notification: NotificationType | None = field(default=None, metadata=meta('element', '{urn:iso:15118:2:2013:MsgHeader}Notification', '{urn:iso:15118:2:2013:MsgDataTypes}NotificationType', None, 0, 1, None, {}))
    Signature: SignatureType | None = field(default=None, metadata=meta('element', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureType', None, 0, 1, None, {}))
