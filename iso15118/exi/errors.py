"""Typed codec errors: where in the bits (decode) or in the message (both) a problem is."""
from __future__ import annotations


class EXIError(Exception):
    """Base of every error the EXI codec raises."""


class EXIDecodeError(EXIError):
    """Malformed, truncated or oversized EXI input. bit_offset counts from the first byte; path is the
    element path (outermost first) that was being decoded."""

    def __init__(self, bit_offset: int, path: list[str], reason: str = "") -> None:
        self.bit_offset = bit_offset
        self.path = path
        self.reason = reason
        super().__init__()

    def __str__(self) -> str:
        return f"{self.reason} at bit {self.bit_offset} in /{'/'.join(self.path)}"


class EXIEncodeError(EXIError):
    """A message the schema does not allow: value outside its facets, required field missing, two
    alternatives of a choice set, wrong Python type. path is the field path (outermost first)."""

    def __init__(self, path: list[str], reason: str = "") -> None:
        self.path = path
        self.reason = reason
        super().__init__()

    def __str__(self) -> str:
        return f"{self.reason} at /{'/'.join(self.path)}"
