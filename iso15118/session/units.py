"""RationalNumberType <-> float, and the header every -20 message carries."""
from __future__ import annotations

import os
import time

from iso15118.messages.common_types import MessageHeaderType, RationalNumberType

SESSION_ID_LENGTH = 8
NO_SESSION_ID = bytes(SESSION_ID_LENGTH)  # what the EVCC sends before it has a session
_SHORT_MIN, _SHORT_MAX = -32768, 32767


def to_rational(x: float) -> RationalNumberType:
    """Most precise Value (xs:short) x Exponent (xs:byte) representation of x."""
    for exponent in range(-3, 128):
        value = round(x / 10.0**exponent)
        if _SHORT_MIN <= value <= _SHORT_MAX:
            return RationalNumberType(Exponent=exponent, Value=value)
    raise ValueError(f"{x} cannot be represented as a RationalNumberType")


def from_rational(r: RationalNumberType | None, default: float = 0.0) -> float:
    if r is None:
        return default
    return r.Value * 10.0**r.Exponent


def new_session_id() -> bytes:
    return os.urandom(SESSION_ID_LENGTH)


def timestamp() -> int:
    """-20 TimeStamp: seconds since the Unix epoch."""
    return int(time.time())


def header(session_id: bytes) -> MessageHeaderType:
    return MessageHeaderType(SessionID=session_id, TimeStamp=timestamp())
