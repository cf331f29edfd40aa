"""Hypothesis strategies over the schema model: random valid messages in the JSON shape."""
from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

import exi_model as m

# any XML character, including non-BMP and markup characters, so string handling is exercised
WIDE = "aZ09 -_.:/*äß€中\U0001F600<>&\"'\t"
# what the reference's XML mode carries unchanged (no layout whitespace at string edges)
NARROW = "ABCXYZabcxyz0189*-_.:/äß€"


class DrawSource:
    """Generator source backed by hypothesis' data.draw, so failures shrink."""

    def __init__(self, draw: Any, alphabet: str) -> None:
        self.draw = draw
        self.alphabet = alphabet

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(st.integers(lo, hi))

    def text(self, lo: int, hi: int, alphabet: str) -> str:
        s = self.draw(st.text(alphabet=alphabet, min_size=lo, max_size=hi))
        if self.alphabet is NARROW and s != s.strip():
            s = s.strip().ljust(len(s), "x")
        return s

    def binary(self, lo: int, hi: int) -> bytes:
        return self.draw(st.binary(min_size=lo, max_size=hi))


@st.composite
def messages(draw: Any, namespace: str, alphabet: str = WIDE, avoid: frozenset[str] = frozenset(),
             roots: list[str] | None = None) -> dict[str, Any]:
    names = roots or [r["name"] for r in m.roots(namespace)]
    name = draw(st.sampled_from(names))
    prof = m.Profile(p_optional=0.5, max_list=3, max_string=12, max_binary=16, alphabet=alphabet, avoid=avoid)
    return m.Generator(DrawSource(draw, alphabet), prof).message(namespace, name)
