"""The SECC's protocols: name -> SECCProtocol, and SupportedAppProtocol over the configured ones.

Registering a protocol is one line in `_PACKAGES` plus its package exposing `PROTOCOL: SECCProtocol`
in its `__init__.py` (secc/d20, secc/din, secc/iso2). The runner (secc.session) knows nothing of any
protocol: it negotiates with `negotiate`, then decodes, checks, dispatches and answers through the
chosen SECCProtocol. Tables are keyed by request class: names collide across protocols.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from iso15118.messages.app_protocol import supportedAppProtocolReq, supportedAppProtocolRes
from iso15118.session import app_protocol
from iso15118.session.app_protocol import AppProtocol, Transport
from iso15118.v2gtp import PayloadType

if TYPE_CHECKING:
    from secc.config import SECCConfig
    from secc.context import Outcome, SessionContext
    from secc.state import State

# Protocol name -> the package exposing PROTOCOL. One line per protocol.
_PACKAGES: dict[str, str] = {
    "ISO15118-20": "secc.d20",
    "ISO15118-2": "secc.iso2",
    "DIN70121": "secc.din",
}


class UnknownProtocolError(ValueError):
    """A protocol name no package is registered for."""


@dataclass(frozen=True)
class SECCProtocol:
    """One application protocol on the SECC: its states and what the runner asks of it."""

    name: str  # "ISO15118-20" | "ISO15118-2" | "DIN70121": configs, traces, logs, summaries
    app_protocols: tuple[AppProtocol, ...]  # every namespace it can run (-20: AC and DC)
    transport: Transport
    # What the SECC offers of app_protocols with this config (-20: AC and/or DC per its services).
    offer: Callable[[SECCConfig], tuple[AppProtocol, ...]]
    new_context: Callable[[SessionContext], SessionContext]  # from the runner's pre-negotiation context
    decode: Callable[[PayloadType, bytes], Any]  # (V2GTP payload type, EXI) -> the wire message
    request_of: Callable[[Any], Any]  # wire message -> the request its table is keyed by (DIN/-2: body element)
    states: Mapping[type, State]  # request class -> its state
    precheck: Callable[[Any, Any], Outcome | None]  # (ctx, request): SessionID and sequence
    # (ctx, request, code name, reason) -> the request's own response with the protocol's code of that
    # name ("FAILED", "FAILED_SequenceError", "FAILED_ContactorError"; FAILED where it has none); ends the session.
    fail: Callable[[Any, Any, str, str], Outcome]
    can_answer: Callable[[Any], bool]  # a request this protocol has a response type for
    performance_time: Callable[[Any, Any], float]  # (ctx, request) -> V2G_SECC_Msg_Performance_Time (s)
    # Safety hooks: what a stopped session still answers (the EV winding the charge loop down), which
    # requests are the charge loop and the power (W) the EV asks for in one (None: not stated).
    winding_down: Callable[[Any], bool]
    charge_loop: frozenset[type]
    charge_loop_power: Callable[[Any, Any], float | None]  # (request, the state's snapshot)
    # The EV's present SoC (%) its request reports (None: this request carries none); feeds DRM4/DRM8.
    ev_soc: Callable[[Any], float | None]


def names() -> tuple[str, ...]:
    return tuple(_PACKAGES)


def protocol(name: str) -> SECCProtocol:
    try:
        package = _PACKAGES[name]
    except KeyError:
        raise UnknownProtocolError(f"unknown protocol {name!r} (known: {', '.join(_PACKAGES)})") from None
    proto: SECCProtocol = importlib.import_module(package).PROTOCOL
    return proto


@dataclass(frozen=True)
class Negotiated:
    response: supportedAppProtocolRes
    protocol: SECCProtocol | None  # None: no common protocol (the response says Failed_NoNegotiation)
    app_protocol: AppProtocol | None


def negotiate(request: supportedAppProtocolReq, config: SECCConfig, tls_version: str | None,
              allow_plain_tcp: bool) -> Negotiated:
    """Pick the EV's best-priority protocol among those configured that this connection may carry
    (-20 only over TLS 1.3: [V2G20-2356]; plain TCP for -20 only with the lab flag)."""
    supported: list[AppProtocol] = []
    by_namespace: dict[str, SECCProtocol] = {}
    for name in config.protocols:
        proto = protocol(name)
        if not proto.transport.allows(tls_version, allow_plain_tcp):
            continue
        for ap in proto.offer(config):
            supported.append(ap)
            by_namespace[ap.namespace] = proto
    result = app_protocol.negotiate(request, supported)
    if result.protocol is None:
        return Negotiated(result.response, None, None)
    return Negotiated(result.response, by_namespace[result.protocol.namespace], result.protocol)
