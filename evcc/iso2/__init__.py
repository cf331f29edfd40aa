"""ISO 15118-2:2013 on the EV side: AC and DC, EIM (ExternalPayment) and Plug & Charge (Contract).

Transport: plain TCP (EIM, as used in the field) or TLS 1.2 (the -2 cipher suites; PnC needs it).
Plug & Charge: an ISO2Credentials, or the client's ContractWallet holding -2 (P-256) credentials.
"""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.iso2.credentials import ISO2Credentials
from evcc.iso2.session import ISO2Session
from evcc.iso2.wallet import ISO2ContractWallet
from evcc.pnc import ContractWallet
from evcc.protocols import EVCCProtocol, Transport
from iso15118 import exi
from iso15118.session import app_protocol
from iso15118.session.framing import FramingError
from iso15118.session.v2g_message import ISO2
from iso15118.v2gtp import PayloadType


def decode(payload_type: PayloadType, payload: bytes) -> Any:
    """-2 travels as V2GTP 0x8001 (like SupportedAppProtocol), in the MsgDef namespace."""
    if payload_type is not PayloadType.SAP:
        raise FramingError(f"payload type {payload_type!r} carries no -2 message")
    return exi.decode(payload, ISO2.namespace)


def credentials(pnc: Any) -> ISO2Credentials | None:
    """The -2 view of the client's PnC credentials (None: EIM)."""
    if isinstance(pnc, ISO2Credentials):
        return pnc
    if isinstance(pnc, ContractWallet):
        return ISO2ContractWallet(pnc)
    return None


def _new_session(config: EVCCConfig, *, pnc: Any = None, resume: Any = None) -> ISO2Session:
    assert resume is None or isinstance(resume, ISO2Session)
    return ISO2Session(config, resume=resume, pnc=credentials(pnc))


PROTOCOL = EVCCProtocol(
    name="ISO15118-2",
    app_protocols=(app_protocol.ISO15118_2,),
    transport=Transport(tls_versions=frozenset({"TLSv1.2"}), plain_tcp=True),
    decode=decode,
    payload_type_of=lambda message: PayloadType.SAP,
    new_session=_new_session,
    offer=lambda config: (app_protocol.ISO15118_2,),
)
