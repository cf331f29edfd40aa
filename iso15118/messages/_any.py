"""What an xs:any wildcard admits and the schema set does not declare (xmldsig Object, KeyInfo, ...)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class AnyElement:
    """A foreign element. attributes: "local" or "{uri}local" -> value; content: text and child elements
    (AnyElement, or an instance of a global element class of the schema set, which then uses its schema
    grammar) in document order. Encoded as the -20 EXI Profile requires: xsi:type="xs:anyType", then the
    anyType grammar (iso15118.exi._any)."""
    namespace: str
    name: str
    attributes: dict[str, str] = field(default_factory=dict)
    content: list[str | AnyElement | object] = field(default_factory=list)
