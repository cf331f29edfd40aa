"""ISO 15118-20 on the EV side: AC or DC (the namespace follows EVCCConfig.energy_transfer), TLS 1.3."""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.controller import EnergyTransfer, PnCCredentials
from evcc.d20.session import D20Session
from evcc.protocols import EVCCProtocol
from iso15118.session.app_protocol import Transport
from iso15118.session import app_protocol, framing


def _offer(config: EVCCConfig) -> tuple[app_protocol.AppProtocol, ...]:
    dc = config.energy_transfer is EnergyTransfer.DC
    return (app_protocol.ISO15118_20_DC if dc else app_protocol.ISO15118_20_AC,)


def _new_session(config: EVCCConfig, *, pnc: PnCCredentials | None = None, resume: Any = None) -> D20Session:
    """A -20 session; `resume` is the Paused -20 session this one continues ([V2G20-1032])."""
    if resume is None:
        return D20Session(config, pnc=pnc)
    assert isinstance(resume, D20Session)
    return resume.resumed(config, pnc)


PROTOCOL = EVCCProtocol(
    name="ISO15118-20",
    app_protocols=(app_protocol.ISO15118_20_AC, app_protocol.ISO15118_20_DC),
    transport=Transport(tls_versions=frozenset({"TLSv1.3"}), plain_tcp=False),  # [V2G20-2356]: TLS 1.3 only
    decode=framing.decode_payload,
    payload_type_of=framing.payload_type_of,
    new_session=_new_session,
    offer=_offer,
)
