"""V2GTP messages out of one connection's byte streams, decoded in the namespace the session uses.

The namespace comes from the SupportedAppProtocol handshake (the SchemaID the SECC picked among the EV's
offers): DIN 70121 and ISO 15118-2 travel as payload type 0x8001 after it, -20 uses one payload type
per namespace (CommonMessages, AC, DC, ACDP, WPT). A stream whose handshake was not captured is decoded
by trying the known namespaces in turn, and said so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iso15118 import exi, v2gtp
from iso15118.capture.tcp import Gap
from iso15118.messages import APP_PROTOCOL
from iso15118.session.framing import PAYLOAD_TYPE_NAMESPACE
from iso15118.v2gtp import PayloadType

DIN = "urn:din:70121:2012:MsgDef"
ISO2 = "urn:iso:15118:2:2013:MsgDef"
#: What a 0x8001 payload may be when the handshake was not captured, in the order tried.
_GUESSES = (APP_PROTOCOL, ISO2, DIN)


@dataclass(frozen=True)
class Frame:
    offset: int
    payload_type: int
    payload: bytes


@dataclass(frozen=True)
class FrameError:
    offset: int
    text: str


@dataclass
class FrameParser:
    """Splits one direction's bytes into V2GTP frames; after a bad header or a gap it resynchronises
    on the next plausible header and reports what it skipped."""

    max_payload_length: int = v2gtp.DEFAULT_MAX_PAYLOAD_LENGTH
    _buffer: bytearray = field(default_factory=bytearray)
    _offset: int = 0  # stream offset of _buffer[0]
    _lost: bool = False

    def feed(self, pieces: list[bytes | Gap]) -> list[Frame | FrameError]:
        out: list[Frame | FrameError] = []
        for piece in pieces:
            if isinstance(piece, Gap):
                out.append(FrameError(piece.offset, f"{piece.length} bytes missing from the capture"))
                self._offset = piece.offset + piece.length
                self._buffer.clear()
                self._lost = True
            else:
                self._buffer += piece
            out += self._frames()
        return out

    def _frames(self) -> list[Frame | FrameError]:
        out: list[Frame | FrameError] = []
        while len(self._buffer) >= v2gtp.HEADER_LENGTH:
            try:
                payload_type, length = v2gtp.parse_header(bytes(self._buffer[: v2gtp.HEADER_LENGTH]), self.max_payload_length)
                if payload_type not in v2gtp.TCP_PAYLOAD_TYPES:
                    raise v2gtp.UnexpectedPayloadTypeError(payload_type)
            except v2gtp.V2GTPError as exc:
                if not self._lost:
                    out.append(FrameError(self._offset, f"bad V2GTP header: {exc}; looking for the next header"))
                    self._lost = True
                self._skip(1)
                continue
            if len(self._buffer) < v2gtp.HEADER_LENGTH + length:
                break
            end = v2gtp.HEADER_LENGTH + length
            out.append(Frame(self._offset, payload_type, bytes(self._buffer[v2gtp.HEADER_LENGTH:end])))
            self._skip(end)
            self._lost = False
        return out

    def _skip(self, n: int) -> None:
        del self._buffer[:n]
        self._offset += n

    def finish(self) -> list[FrameError]:
        if self._buffer:
            return [FrameError(self._offset, f"capture ends inside a frame ({len(self._buffer)} bytes held)")]
        return []


@dataclass
class NamespaceTracker:
    """Which namespace each payload of a connection is decoded in."""

    protocol: str | None = None  # the namespace the SupportedAppProtocol handshake agreed
    guessed: str | None = None  # the namespace tried and found when the handshake was not captured
    _offer: dict[int, str] = field(default_factory=dict)  # SchemaID -> namespace, from the EV's request

    def decode(self, payload_type: int, payload: bytes) -> tuple[str | None, Any, str | None]:
        """(namespace, message, error); never raises."""
        if payload_type != PayloadType.SAP:
            namespace = PAYLOAD_TYPE_NAMESPACE.get(PayloadType(payload_type))
            if namespace is None:
                return None, None, f"payload type 0x{payload_type:04X} carries no V2G message"
            return _decode(namespace, payload)
        if self.protocol is not None and not self.protocol.startswith("urn:iso:std:iso:15118:-20"):
            return _decode(self.protocol, payload)
        namespace, message, error = _decode(APP_PROTOCOL, payload)
        if message is not None:
            self.observe(message)
            return namespace, message, None
        if self.protocol is None:  # handshake not captured: try the generations that use 0x8001
            for guess in _GUESSES[1:]:
                ns, message, _ = _decode(guess, payload)
                if message is not None:
                    self.guessed = ns
                    return ns, message, None
        return namespace, None, error

    def observe(self, message: Any) -> None:
        """A SupportedAppProtocol message of this connection (decoded here, or sent by a replay)."""
        offers = getattr(message, "AppProtocol", None)
        if offers is not None:
            self._offer = {p.SchemaID: p.ProtocolNamespace for p in offers}
        schema_id = getattr(message, "SchemaID", None)
        if schema_id is not None:
            self.protocol = self._offer.get(schema_id)


def _decode(namespace: str, payload: bytes) -> tuple[str, Any, str | None]:
    try:
        return namespace, exi.decode(payload, namespace), None
    except exi.EXIError as exc:
        return namespace, None, f"EXI decode failed: {exc}"
    except ValueError as exc:  # a namespace this codec does not have
        return namespace, None, str(exc)
