"""What the capture reader reports: one typed event per SDP datagram, SLAC frame, V2G message or
connection fact, in capture order. Nothing it cannot read is dropped: it becomes an event with `error`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Endpoint:
    address: str
    port: int

    def __str__(self) -> str:
        return f"[{self.address}]:{self.port}" if ":" in self.address else f"{self.address}:{self.port}"


@dataclass(frozen=True)
class Connection:
    """One TCP connection; the EV is the side that opened it (or, mid-capture, spoke first)."""

    index: int
    ev: Endpoint
    secc: Endpoint


@dataclass(frozen=True)
class SDPEvent:
    time: float
    source: Endpoint
    destination: Endpoint
    message: Any  # iso15118.sdp.SDPRequest | SDPResponse, None when `error`
    error: str | None = None


@dataclass(frozen=True)
class SLACEvent:
    time: float
    source: str  # MAC
    destination: str
    name: str  # e.g. CM_SLAC_PARM_REQ, or the MMTYPE in hex when unknown
    message: Any  # iso15118.slac.messages.Message, None when `error`
    error: str | None = None


@dataclass(frozen=True)
class V2GEvent:
    """One V2GTP message on a connection, decoded in its namespace (or the reason it was not)."""

    time: float
    connection: Connection
    from_ev: bool
    offset: int  # of the V2GTP header in the (decrypted) stream of that direction
    payload_type: int
    payload: bytes
    namespace: str | None
    message: Any  # decoded message, None when `error`
    error: str | None = None

    @property
    def name(self) -> str:
        return type(self.message).__name__ if self.message is not None else f"payload 0x{self.payload_type:04X}"


@dataclass(frozen=True)
class ConnectionEvent:
    """A fact about a connection: opened, TLS negotiated, alert, bytes missing, closed, reset, an error."""

    time: float
    connection: Connection
    from_ev: bool | None
    text: str
    error: bool = False


CaptureEvent = SDPEvent | SLACEvent | V2GEvent | ConnectionEvent
