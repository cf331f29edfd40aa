"""-2 PhysicalValueType (Value x 10^Multiplier, Unit) <-> float.

Stand-in until the shared helper of iso15118/session/units.py (DIN branch) is on main; then this
module goes and the phases import that one.
"""
from __future__ import annotations

from iso15118.messages.iso2_msg_data_types import PhysicalValueType, unitSymbolType

_SHORT_MIN, _SHORT_MAX = -32768, 32767


def to_physical(x: float, unit: unitSymbolType) -> PhysicalValueType:
    """Most precise Value (xs:short) with Multiplier in -3..3 (the -2 facet) for x."""
    for multiplier in range(-3, 4):
        value = round(x / 10.0**multiplier)
        if _SHORT_MIN <= value <= _SHORT_MAX:
            return PhysicalValueType(Multiplier=multiplier, Unit=unit, Value=value)
    raise ValueError(f"{x} {unit.value} cannot be represented as a PhysicalValueType")


def from_physical(p: PhysicalValueType | None, default: float = 0.0) -> float:
    if p is None:
        return default
    return p.Value * 10.0**p.Multiplier
