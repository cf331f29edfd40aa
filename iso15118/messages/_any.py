"""What an xs:any wildcard admits and the schema set does not declare (xmldsig Object, KeyInfo, ...)."""
from __future__ import annotations

from dataclasses import dataclass, field

ANY_TYPE = "{http://www.w3.org/2001/XMLSchema}anyType"


@dataclass(kw_only=True)
class AnyElement:
    """A foreign element, encoded with EXI built-in element grammars. attributes: "local" or "{uri}local"
    -> value, in encoding order; content: text and child elements (AnyElement, or an instance of a global
    element class of the schema set, which then uses its schema grammar) in document order.
    xsi_type ANY_TYPE: the element carries xsi:type="xs:anyType" and its content then follows the
    schema-informed anyType grammar; Josev's EXIficient (through JAXB) writes every foreign element so."""
    namespace: str
    name: str
    xsi_type: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    content: list[str | AnyElement | object] = field(default_factory=list)
