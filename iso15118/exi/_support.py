"""Small helpers the generated codec calls for values that need a Python-level check."""
from __future__ import annotations

from .errors import EXIEncodeError

new = object.__new__


def check_bool(v: object, path: str) -> int:
    if v is True:
        return 1
    if v is False:
        return 0
    raise EXIEncodeError([], f"expected bool, got {type(v).__name__}")


def enum_index(table: dict, v: object, path: str) -> int:
    i = table.get(v)
    if i is None:
        raise EXIEncodeError([], f"{v!r} is not a member of the enumeration")
    return i


def member_of(table: dict, v: object) -> str:
    """Which element of a substitution group an instance stands for: its class decides."""
    q = table.get(type(v))
    if q is None:
        for cls in type(v).__mro__[1:]:
            q = table.get(cls)
            if q is not None and not getattr(cls, "XSD_ELEMENT", None):
                break
            q = None
    if q is None:
        raise EXIEncodeError([], f"{type(v).__name__} is not a member of this substitution group")
    return q

