"""The EV's protocols: name -> EVCCProtocol, and the SupportedAppProtocol offer they make together.

Registering a protocol is one line in `_PACKAGES` plus its package exposing `PROTOCOL: EVCCProtocol`
in its `__init__.py`. Packages load on first use, so a config naming a protocol costs nothing until
a session runs it.

Transport: the connection is opened before SupportedAppProtocol, so the client decides it from the
configured protocols: with an ssl_context it asks SDP for TLS when any configured protocol runs over
TLS, and accepts a SECC that answers NO_TLS only when a configured protocol runs over plain TCP in
the field (DIN, -2 EIM). Over a TLS connection it offers the protocols whose transport accepts the
negotiated TLS version, over plain TCP those that run on it (DIN; -2 EIM; -20 only with
allow_plain_tcp, lab).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from iso15118.messages.app_protocol import supportedAppProtocolReq, supportedAppProtocolRes
from iso15118.session import app_protocol
from iso15118.session.app_protocol import AppProtocol, Transport
from iso15118.v2gtp import PayloadType

if TYPE_CHECKING:
    from evcc.config import EVCCConfig
    from evcc.controller import EVStatus, PnCCredentials, UserSettings
    from evcc.phase import Step

# Protocol name -> the package exposing PROTOCOL. One line per protocol.
_PACKAGES: dict[str, str] = {
    "ISO15118-20": "evcc.d20",
    "ISO15118-2": "evcc.iso2",
    "DIN70121": "evcc.din",
}


class UnknownProtocolError(ValueError):
    """A protocol name no package is registered for."""


class EVSession(Protocol):
    """What the client drives, whatever the protocol (one TCP/TLS connection)."""

    @property
    def session_id(self) -> bytes: ...

    @property
    def phase(self) -> Any: ...

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step: ...

    def receive(self, response: Any, ev: EVStatus, now: float) -> Step: ...

    def timeout(self) -> Step: ...

    def abort(self, reason: str) -> Step: ...


@dataclass(frozen=True)
class EVCCProtocol:
    name: str  # "ISO15118-20" | "ISO15118-2" | "DIN70121"
    app_protocols: tuple[AppProtocol, ...]  # every namespace this package runs (-20: AC and DC)
    transport: Transport
    decode: Callable[[PayloadType, bytes], Any]  # (V2GTP payload type, EXI payload) -> the wire message
    payload_type_of: Callable[[Any], PayloadType]  # what a request travels with (DIN/-2: PayloadType.SAP, 0x8001)
    # new_session(config, pnc=..., resume=...): resume is the Paused session of this protocol, or None.
    new_session: Callable[..., EVSession]
    # What the EV offers of app_protocols for `config`, in its order (-20: AC or DC per energy_transfer).
    offer: Callable[[EVCCConfig], tuple[AppProtocol, ...]]


def names() -> tuple[str, ...]:
    return tuple(_PACKAGES)


def protocol(name: str) -> EVCCProtocol:
    try:
        package = _PACKAGES[name]
    except KeyError:
        raise UnknownProtocolError(f"unknown protocol {name!r} (known: {', '.join(_PACKAGES)})") from None
    proto: EVCCProtocol = importlib.import_module(package).PROTOCOL
    return proto


def configured(config: EVCCConfig) -> tuple[EVCCProtocol, ...]:
    return tuple(protocol(name) for name in config.protocols)


def any_runs_over_tls(config: EVCCConfig) -> bool:
    return any(p.transport.tls_versions for p in configured(config))


def any_runs_over_plain_tcp(config: EVCCConfig) -> bool:
    """Whether plain TCP can carry a configured protocol (counting -20 in lab mode, allow_plain_tcp)."""
    return any(p.transport.allows(None, config.allow_plain_tcp) for p in configured(config))


def any_field_plain_tcp(config: EVCCConfig) -> bool:
    """Whether a configured protocol runs over plain TCP in the field (DIN, -2 EIM): then a SECC whose
    SDP answer offers no TLS still gets a connection. Lab mode alone (allow_plain_tcp) does not
    downgrade a TLS-capable EV."""
    return any(p.transport.plain_tcp for p in configured(config))


@dataclass(frozen=True)
class Offer:
    """The supportedAppProtocolReq of one connection and which protocol each offered namespace is."""

    request: supportedAppProtocolReq
    by_namespace: Mapping[str, EVCCProtocol]

    def chosen(self, response: supportedAppProtocolRes) -> tuple[EVCCProtocol, AppProtocol]:
        """The protocol the SECC selected, or app_protocol.NegotiationError."""
        selected = app_protocol.accepted_protocol(self.request, response)
        return self.by_namespace[selected.namespace], selected


def make_offer(config: EVCCConfig, tls_version: str | None) -> Offer:
    """The configured protocols in priority order that the connection's transport allows.

    Raises app_protocol.NegotiationError when none is left (e.g. only -20 configured, plain TCP)."""
    offered: list[AppProtocol] = []
    by_namespace: dict[str, EVCCProtocol] = {}
    for proto in configured(config):
        if not proto.transport.allows(tls_version, config.allow_plain_tcp):
            continue
        for ap in proto.offer(config):
            offered.append(ap)
            by_namespace[ap.namespace] = proto
    if not offered:
        raise app_protocol.NegotiationError(
            f"none of the configured protocols ({', '.join(config.protocols)}) runs over "
            f"{tls_version or 'plain TCP'}"
        )
    return Offer(app_protocol.build_request(offered), by_namespace)
