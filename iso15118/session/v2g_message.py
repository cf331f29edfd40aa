"""DIN SPEC 70121 and ISO 15118-2 carry every message in one envelope, V2G_Message(Header, Body).

-20 messages are top-level elements with their own Header; DIN and -2 wrap a body element
(SessionSetupReq, CurrentDemandRes, ...) in V2G_Message. Both sides, both protocols, use these
two functions, so states and phases work with the body element and its class (one grep finds a handler).
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from iso15118 import exi
from iso15118.messages import DIN_MSG_DEF, ISO2_MSG_DEF
from iso15118.messages import din_msg_body, din_msg_def, din_msg_header
from iso15118.messages import iso2_msg_body, iso2_msg_def, iso2_msg_header
from iso15118.session.framing import FramingError
from iso15118.v2gtp import PayloadType

#: DIN and -2 messages travel with V2GTP payload type 0x8001, as SupportedAppProtocol does.
PAYLOAD_TYPE = PayloadType.SAP


@dataclass(frozen=True)
class Envelope:
    """One message set that uses V2G_Message: its EXI namespace and generated modules."""

    name: str  # "DIN70121" | "ISO15118-2": the name configs, traces and logs use
    namespace: str  # the EXI namespace V2G_Message is decoded in (V2GTP payload type 0x8001)
    definition: ModuleType  # V2G_Message, BodyType
    header: ModuleType  # MessageHeaderType
    body: ModuleType  # the request and response element classes

    def wrap(self, body: Any, session_id: bytes, *, notification: Any = None, signature: Any = None) -> Any:
        """The V2G_Message that carries `body` under `session_id`."""
        header = self.header.MessageHeaderType(SessionID=session_id, Notification=notification, Signature=signature)
        return self.definition.V2G_Message(Header=header, Body=self.definition.BodyType(BodyElement=body))

    def decode(self, payload_type: PayloadType, payload: bytes) -> Any:
        """The V2G_Message in a V2GTP payload (FramingError for a payload type DIN/-2 never use)."""
        if payload_type is not PAYLOAD_TYPE:
            raise FramingError(f"payload type {payload_type!r} carries no {self.name} message")
        return exi.decode(payload, self.namespace)

    def payload_type_of(self, message: Any) -> PayloadType:
        return PAYLOAD_TYPE

    def owns(self, message: Any) -> bool:
        return isinstance(message, self.definition.V2G_Message)


class EnvelopeError(ValueError):
    """A V2G_Message without a body element (the schema allows it; no request or response is one)."""


DIN = Envelope("DIN70121", DIN_MSG_DEF, din_msg_def, din_msg_header, din_msg_body)
ISO2 = Envelope("ISO15118-2", ISO2_MSG_DEF, iso2_msg_def, iso2_msg_header, iso2_msg_body)


def unwrap(message: Any) -> tuple[Any, Any]:
    """(Header, body element) of a DIN or -2 V2G_Message; EnvelopeError when the Body is empty."""
    body = message.Body.BodyElement
    if body is None:
        raise EnvelopeError("V2G_Message has an empty Body")
    return message.Header, body
