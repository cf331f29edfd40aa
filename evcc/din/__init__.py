"""DIN SPEC 70121 on the EV side: DC with ExternalPayment over plain TCP (session.py: phases and driver)."""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.din.session import DINSession
from evcc.protocols import EVCCProtocol, Transport
from iso15118 import exi
from iso15118.session import app_protocol
from iso15118.session.framing import FramingError
from iso15118.session.v2g_message import DIN
from iso15118.v2gtp import PayloadType


def decode(payload_type: PayloadType, payload: bytes) -> Any:
    """DIN's V2G_Message travels with payload type 0x8001, like SupportedAppProtocol."""
    if payload_type is not PayloadType.SAP:
        raise FramingError(f"payload type {payload_type!r} carries no DIN 70121 message")
    return exi.decode(payload, DIN.namespace)


def _new_session(config: EVCCConfig, *, pnc: Any = None, resume: Any = None) -> DINSession:
    """DIN has no Plug & Charge in the field and no pause/resume: `pnc` and `resume` are ignored."""
    return DINSession(config)


PROTOCOL = EVCCProtocol(
    name="DIN70121",
    app_protocols=(app_protocol.DIN70121,),
    transport=Transport(tls_versions=frozenset(), plain_tcp=True),  # DIN as used in the field: no TLS
    decode=decode,
    payload_type_of=lambda message: PayloadType.SAP,
    new_session=_new_session,
    offer=lambda config: (app_protocol.DIN70121,),
)
