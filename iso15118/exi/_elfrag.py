"""EXI element fragment grammar (EXI 1.0, 8.5.3) for a fragment whose element is declared with several types
in the schema set: -2 signs `eMAID` of CertificateInstallation/UpdateRes, an EMAIDType (string + Id) there
and a plain string elsewhere. Its events: AT(A_i) for every attribute qname of the schema set, AT(*),
SE(F_j) for every element qname, SE(*), EE, CH [untyped value]; after CH only SE(F_j), SE(*), EE, CH.
Confirmed byte for byte against the reference for the simple-content case (the only one -2 needs):
attributes as strings, the text as an untyped string, "" as EE straight away.
"""
from __future__ import annotations

from typing import Any

from ._runtime import BitReader, BitWriter, StringTable, check_len
from ._support import new
from .errors import EXIDecodeError, EXIEncodeError


class ElementFragment:
    """Encoder/decoder of one such element (simple content with attributes). attributes: every attribute
    qname of the schema set, sorted; n_elements: its element qnames; fields: attribute qname -> field."""

    def __init__(self, qname: str, attributes: tuple[str, ...], n_elements: int, fields: dict[str, str]) -> None:
        self.qname = qname
        self.attributes = attributes
        self.fields = fields
        n, m = len(attributes), n_elements
        self.ee, self.ch, self.ee_after_ch = n + m + 2, n + m + 3, m + 1
        self.width, self.width_after_ch = (n + m + 3).bit_length(), (m + 2).bit_length()

    def encode(self, w: BitWriter, o: object, st: StringTable) -> None:
        for i, a in enumerate(self.attributes):
            name = self.fields.get(a)
            v = getattr(o, name) if name else None
            if name and v is not None:
                check_len(v, str, None, None, name)
                w.bits(i, self.width)
                st.write(w, a, v)
        v = getattr(o, "value", None)
        if not isinstance(v, str):
            raise EXIEncodeError(["value"], f"expected str, got {type(v).__name__}")
        if not v:
            w.bits(self.ee, self.width)
            return
        w.bits(self.ch, self.width)
        st.write(w, self.qname, v)
        w.bits(self.ee_after_ch, self.width_after_ch)

    def decode(self, r: BitReader, st: StringTable, cls: type) -> object:
        o: Any = new(cls)
        for name in self.fields.values():
            setattr(o, name, None)
        while True:
            c = r.bits(self.width)
            if c < len(self.attributes) and self.fields.get(self.attributes[c]):
                name = self.fields[self.attributes[c]]
                if getattr(o, name) is not None:
                    raise EXIDecodeError(r.pos, [name], "attribute given twice")
                setattr(o, name, st.read(r, self.attributes[c]))
            elif c == self.ee:
                o.value = ""
                return o
            elif c == self.ch:
                o.value = st.read(r, self.qname)
                if r.bits(self.width_after_ch) != self.ee_after_ch:
                    raise EXIDecodeError(r.pos, [], "only text is supported in this element fragment")
                return o
            else:
                raise EXIDecodeError(r.pos, [], "event not supported in this element fragment")
