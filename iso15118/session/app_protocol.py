"""SupportedAppProtocol negotiation: the one handshake before any DIN 70121, -2 or -20 message.

The EVCC offers protocols (namespace, version, SchemaID, priority); the SECC picks the offered
protocol with the best priority it supports and answers with that SchemaID. For -20 the namespace
also fixes the energy domain of the session (AC, DC, WPT, ACDP).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from iso15118.messages.app_protocol import (
    AppProtocolType,
    responseCodeType,
    supportedAppProtocolReq,
    supportedAppProtocolRes,
)


@dataclass(frozen=True)
class AppProtocol:
    namespace: str
    major: int
    minor: int


ISO15118_20_AC = AppProtocol("urn:iso:std:iso:15118:-20:AC", 1, 0)
ISO15118_20_DC = AppProtocol("urn:iso:std:iso:15118:-20:DC", 1, 0)
ISO15118_20_WPT = AppProtocol("urn:iso:std:iso:15118:-20:WPT", 1, 0)
ISO15118_20_ACDP = AppProtocol("urn:iso:std:iso:15118:-20:ACDP", 1, 0)
ISO15118_20_PROTOCOLS = (ISO15118_20_AC, ISO15118_20_DC, ISO15118_20_WPT, ISO15118_20_ACDP)
# DIN SPEC 70121:2014 and ISO 15118-2:2013 as real vehicles and chargers announce them (both 2.0).
DIN70121 = AppProtocol("urn:din:70121:2012:MsgDef", 2, 0)
ISO15118_2 = AppProtocol("urn:iso:15118:2:2013:MsgDef", 2, 0)


@dataclass(frozen=True)
class Transport:
    """What connection a protocol runs over (both sides: the SECC offers, the EV proposes, only what it allows)."""

    tls_versions: frozenset[str]  # ssl's version names: "TLSv1.3" (-20), "TLSv1.2" (-2 PnC)
    plain_tcp: bool  # runs over plain TCP as used in the field (DIN; -2 EIM); -20: no (allow_plain_tcp: lab)

    def lab_only(self, tls_version: str | None) -> bool:
        """A protocol that requires TLS running over plain TCP: allowed only by the lab flag, and warned."""
        return tls_version is None and not self.plain_tcp

    def allows(self, tls_version: str | None, allow_plain_tcp: bool) -> bool:
        """Whether a connection with `tls_version` (None: plain TCP) can carry this protocol."""
        if tls_version is None:
            return self.plain_tcp or allow_plain_tcp
        return tls_version in self.tls_versions


class NegotiationError(Exception):
    """The peers share no application protocol (or the SECC answered inconsistently)."""


@dataclass(frozen=True)
class Negotiation:
    response: supportedAppProtocolRes
    protocol: AppProtocol | None  # None when negotiation failed
    schema_id: int | None


def negotiate(request: supportedAppProtocolReq, supported: Sequence[AppProtocol]) -> Negotiation:
    """SECC side: pick the EV's best-priority protocol we support (same major version required)."""
    by_namespace = {p.namespace: p for p in supported}
    for offered in sorted(request.AppProtocol, key=lambda a: a.Priority):
        ours = by_namespace.get(offered.ProtocolNamespace)
        if ours is None or ours.major != offered.VersionNumberMajor:
            continue
        code = (
            responseCodeType.OK_SuccessfulNegotiation
            if ours.minor == offered.VersionNumberMinor
            else responseCodeType.OK_SuccessfulNegotiationWithMinorDeviation
        )
        return Negotiation(
            response=supportedAppProtocolRes(ResponseCode=code, SchemaID=offered.SchemaID),
            protocol=ours,
            schema_id=offered.SchemaID,
        )
    return Negotiation(
        response=supportedAppProtocolRes(ResponseCode=responseCodeType.Failed_NoNegotiation),
        protocol=None,
        schema_id=None,
    )


def build_request(protocols: Sequence[AppProtocol]) -> supportedAppProtocolReq:
    """EVCC side: offer protocols in preference order (SchemaID = priority = position, from 1)."""
    return supportedAppProtocolReq(
        AppProtocol=[
            AppProtocolType(
                ProtocolNamespace=p.namespace,
                VersionNumberMajor=p.major,
                VersionNumberMinor=p.minor,
                SchemaID=i,
                Priority=i,
            )
            for i, p in enumerate(protocols, start=1)
        ]
    )


def accepted_protocol(request: supportedAppProtocolReq, response: supportedAppProtocolRes) -> AppProtocol:
    """EVCC side: the protocol the SECC chose, or NegotiationError."""
    if response.ResponseCode == responseCodeType.Failed_NoNegotiation or response.SchemaID is None:
        raise NegotiationError(f"SECC refused every offered protocol ({response.ResponseCode.value})")
    for offered in request.AppProtocol:
        if offered.SchemaID == response.SchemaID:
            return AppProtocol(offered.ProtocolNamespace, offered.VersionNumberMajor, offered.VersionNumberMinor)
    raise NegotiationError(f"SECC chose SchemaID {response.SchemaID}, which the EVCC did not offer")
