"""RationalNumberType (-20) and PhysicalValueType (DIN 70121, ISO 15118-2) <-> float, and the header every -20 message carries."""
from __future__ import annotations

import os
import time
from typing import Any, Callable, Protocol, TypeVar

from iso15118.messages.common_types import MessageHeaderType, RationalNumberType

SESSION_ID_LENGTH = 8
NO_SESSION_ID = bytes(SESSION_ID_LENGTH)  # what the EVCC sends before it has a session
T = TypeVar("T")
GEN_CHALLENGE_LENGTH = 16  # genChallengeType: what the SECC sends and the EV signs back
_SHORT_MIN, _SHORT_MAX = -32768, 32767


# (exponent, 10**-exponent, largest magnitude representable with that exponent), finest first
_SCALES = [(e, 10.0**-e, (_SHORT_MAX + 0.49) * 10.0**e) for e in range(-3, 128)]
_POWERS = {e: 10.0**e for e in range(-128, 128)}


_CACHE: dict[float, RationalNumberType] = {}
_CACHE_SIZE = 4096


def to_rational(x: float) -> RationalNumberType:
    """Most precise Value (xs:short) x 10^Exponent (xs:byte, >= -3) representation of x.

    Limits repeat in every ChargeLoop, so results are cached: treat the returned object as immutable.
    """
    cached = _CACHE.get(x)
    if cached is not None:
        return cached
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.clear()
    _CACHE[x] = result = _to_rational(x)
    return result


def _to_rational(x: float) -> RationalNumberType:
    magnitude = x if x >= 0 else -x
    for exponent, inverse, limit in _SCALES:
        if magnitude <= limit:
            value = round(x * inverse)
            if _SHORT_MIN <= value <= _SHORT_MAX:
                return RationalNumberType(Exponent=exponent, Value=value)
    raise ValueError(f"{x} cannot be represented as a RationalNumberType")


def from_rational(r: RationalNumberType | None, default: float = 0.0) -> float:
    if r is None:
        return default
    return r.Value * _POWERS[r.Exponent]


def discharge_magnitude(r: RationalNumberType | None, default: float = 0.0) -> float:
    """A discharge limit (power, current) as the magnitude -20 defines. Some cars and chargers send
    them negative (everest-core PR 1473, `negative_bidirectional_limits`): liberal in what we accept,
    while we always send magnitudes."""
    return abs(from_rational(r, default))


def new_session_id() -> bytes:
    return os.urandom(SESSION_ID_LENGTH)


def timestamp() -> int:
    """-20 TimeStamp: seconds since the Unix epoch."""
    return int(time.time())


def header(session_id: bytes) -> MessageHeaderType:
    return MessageHeaderType(SessionID=session_id, TimeStamp=timestamp())


# DIN 70121 / ISO 15118-2 PhysicalValueType: Value (xs:short) x 10^Multiplier (-3..3), with a Unit.
_MULTIPLIERS = [(m, 10.0**-m, (_SHORT_MAX + 0.49) * 10.0**m) for m in range(-3, 4)]


class PhysicalValueLike(Protocol):
    Multiplier: int
    Value: int


def to_physical(x: float, unit: Any, cls: Callable[..., T]) -> T:
    """Most precise Value x 10^Multiplier of x as `cls` (din or iso2 PhysicalValueType) with `unit`
    (that module's unitSymbolType). ValueError when |x| exceeds 32767 x 10^3."""
    if x == 0:
        return cls(Multiplier=0, Unit=unit, Value=0)
    magnitude = x if x >= 0 else -x
    for multiplier, inverse, limit in _MULTIPLIERS:
        if magnitude <= limit:
            value = round(x * inverse)
            if _SHORT_MIN <= value <= _SHORT_MAX:
                return cls(Multiplier=multiplier, Unit=unit, Value=value)
    raise ValueError(f"{x} cannot be represented as a PhysicalValueType")


def from_physical(v: PhysicalValueLike | None, default: float = 0.0) -> float:
    """Value x 10^Multiplier; the decoder reads multipliers outside -3..3 too (as EXIficient), so any byte works."""
    if v is None:
        return default
    return v.Value * _POWERS[v.Multiplier]
