"""Message <-> V2GTP frame: which payload type and EXI namespace each message travels with.

-20 has a payload type per namespace; DIN 70121 and -2 send every V2G_Message with 0x8001 (as
SupportedAppProtocol), so decoding one needs the negotiated protocol (iso15118.session.v2g_message).
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from iso15118 import exi, v2gtp
from iso15118.messages import AC, ACDP, APP_PROTOCOL, COMMON_MESSAGES, DC, DIN_MSG_DEF, ISO2_MSG_DEF, WPT
from iso15118.v2gtp import PayloadType

# Largest V2GTP payload we accept (CertificateInstallationRes with several chains fits).
MAX_PAYLOAD_LENGTH = v2gtp.DEFAULT_MAX_PAYLOAD_LENGTH

#: Payloads up to this size decode on the event loop (a ChargeLoopReq is ~40 bytes, well under 1 ms);
#: larger ones (schedules, certificate chains: a 64 KB ScheduleExchangeReq takes ~40 ms) decode on
#: one worker thread, so that one session's large message does not hold up the others' requests.
INLINE_DECODE_LIMIT = 2048
# One thread: large decodes queue behind each other instead of all competing with the loop for the GIL.
_large_decodes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exi-decode")

NAMESPACE_PAYLOAD_TYPE: dict[str, PayloadType] = {
    APP_PROTOCOL: PayloadType.SAP,
    COMMON_MESSAGES: PayloadType.MAIN,
    AC: PayloadType.AC,
    DC: PayloadType.DC,
    ACDP: PayloadType.ACDP,
    WPT: PayloadType.WPT,
}
PAYLOAD_TYPE_NAMESPACE: dict[PayloadType, str] = {pt: ns for ns, pt in NAMESPACE_PAYLOAD_TYPE.items()}
# Sent with 0x8001 too; never decoded by payload type alone (PAYLOAD_TYPE_NAMESPACE stays -20's).
NAMESPACE_PAYLOAD_TYPE[DIN_MSG_DEF] = NAMESPACE_PAYLOAD_TYPE[ISO2_MSG_DEF] = PayloadType.SAP

_MODULE_NAMESPACE: dict[str, str] = {
    "iso15118.messages.app_protocol": APP_PROTOCOL,
    "iso15118.messages.common_messages": COMMON_MESSAGES,
    "iso15118.messages.ac": AC,
    "iso15118.messages.dc": DC,
    "iso15118.messages.acdp": ACDP,
    "iso15118.messages.wpt": WPT,
    "iso15118.messages.din_msg_def": DIN_MSG_DEF,
    "iso15118.messages.iso2_msg_def": ISO2_MSG_DEF,
}


class FramingError(Exception):
    """A V2GTP frame whose payload type carries no -20 application message (e.g. SDP on TCP)."""


def namespace_of(message: Any) -> str:
    try:
        return _MODULE_NAMESPACE[type(message).__module__]
    except KeyError:
        raise FramingError(f"{type(message).__name__} is not a V2G application message") from None


def payload_type_of(message: Any) -> PayloadType:
    return NAMESPACE_PAYLOAD_TYPE[namespace_of(message)]


def encode_frame(message: Any) -> bytes:
    """EXI-encode a message and wrap it in its V2GTP header."""
    return v2gtp.pack(payload_type_of(message), exi.encode(message))


def decode_payload(payload_type: PayloadType, payload: bytes) -> Any:
    """Decode an EXI payload in the namespace its V2GTP payload type announces."""
    try:
        namespace = PAYLOAD_TYPE_NAMESPACE[payload_type]
    except KeyError:
        raise FramingError(f"payload type {payload_type!r} carries no application message") from None
    return exi.decode(payload, namespace)


async def decode_payload_off_loop(payload_type: PayloadType, payload: bytes,
                                  decode: Callable[[PayloadType, bytes], Any] = decode_payload,
                                  inline_limit: int = INLINE_DECODE_LIMIT) -> Any:
    """`decode` (by default: by payload type, -20), on the worker thread when the payload is larger
    than `inline_limit`."""
    if len(payload) <= inline_limit:
        return decode(payload_type, payload)
    return await asyncio.get_running_loop().run_in_executor(_large_decodes, decode, payload_type, payload)


def decode_frame(frame: bytes, max_payload_length: int = MAX_PAYLOAD_LENGTH) -> Any:
    """Decode one complete V2GTP frame (header + payload)."""
    payload_type, length = v2gtp.parse_header(frame, max_payload_length)
    payload = frame[v2gtp.HEADER_LENGTH : v2gtp.HEADER_LENGTH + length]
    if len(payload) != length:
        raise v2gtp.V2GTPError(f"frame holds {len(payload)} payload bytes, header announces {length}")
    return decode_payload(payload_type, payload)


async def read_message(
    reader: asyncio.StreamReader, max_payload_length: int = MAX_PAYLOAD_LENGTH
) -> tuple[PayloadType, bytes, Any]:
    """Read the next frame: (payload type, raw EXI, decoded message). Raises V2GTPError/EXIError."""
    payload_type, payload = await v2gtp.read_message(reader, max_payload_length)
    return payload_type, payload, await decode_payload_off_loop(payload_type, payload)
