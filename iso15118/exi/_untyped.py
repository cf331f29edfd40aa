"""Untyped values of simple-typed elements: what a non-strict EXI encoder (EXIficient, so Josev) writes when
a value does not fit the element's type (MaxNumberOfPhasesInUse = 4 where the schema allows 1..3, an
unknown enumeration string, ...): the second-level event CH [untyped value] (a string through the value
string table), and then the element's end as a second-level EE. The reference decodes these, so we do:
the string is converted to the element's Python type, or the stream is refused with EXIDecodeError.
"""
from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from ._runtime import BitReader, StringTable
from .errors import EXIDecodeError

_EE, _CH_UNTYPED = 0, 6     # second-level codes in a simple element's start state (3 bits, non-strict)


def read_untyped(r: BitReader, st: StringTable, q: str, conv: Callable[[str], object], empty: object = None) -> object:
    """After the escape bit at the start of a simple element: its second-level event and the element's end.
    `empty`: the value of an element ended at once (EE), for string and binary types; None: not allowed."""
    code = r.bits(3)
    if code == _EE and empty is not None:
        return empty
    if code != _CH_UNTYPED:
        raise EXIDecodeError(r.pos, [], "unsupported second-level event")
    text = st.read(r, q)
    if r.bits(3) != 0b100:          # escape, then EE (second-level code 0 of 2 bits)
        raise EXIDecodeError(r.pos, [], "unsupported event after an untyped value")
    try:
        return conv(text.strip())
    except (ValueError, TypeError, binascii.Error):
        raise EXIDecodeError(r.pos, [], f"untyped value {text[:40]!r} does not fit the element's type") from None


def to_bool(s: str) -> bool:
    if s in ("true", "1"):
        return True
    if s in ("false", "0"):
        return False
    raise ValueError(s)


def from_hex(s: str) -> bytes:
    return bytes.fromhex(s)


def from_base64(s: str) -> bytes:
    return base64.b64decode("".join(s.split()), validate=True)
