"""DIN SPEC 70121 on the EV side: DC with ExternalPayment over plain TCP (session.py: phases and driver)."""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.din.session import DINSession
from evcc.protocols import EVCCProtocol, Transport
from iso15118.session import app_protocol
from iso15118.session.v2g_message import DIN


def _new_session(config: EVCCConfig, *, pnc: Any = None, resume: Any = None) -> DINSession:
    """DIN has no Plug & Charge in the field and no pause/resume: `pnc` and `resume` are ignored."""
    return DINSession(config)


PROTOCOL = EVCCProtocol(
    name="DIN70121",
    app_protocols=(app_protocol.DIN70121,),
    transport=Transport(tls_versions=frozenset(), plain_tcp=True),  # DIN as used in the field: no TLS
    decode=DIN.decode,
    payload_type_of=DIN.payload_type_of,
    new_session=_new_session,
    offer=lambda config: (app_protocol.DIN70121,),
)
