"""xs:any wildcard content and mixed text (xmldsig Object, KeyInfo, SignatureProperty, ...), as EXIficient
encodes it with the -20 options.

SE(*) in a schema grammar is followed by the element's qname (URI and local-name string tables, which start
with the schema set's names and grow as the stream goes). A qname that is a global element of the schema set
then uses that element's schema grammar (a typed instance in Python). Any other element would use the EXI
built-in element grammar of its qname; the -20 EXIficient setting is an EXI Profile with
maxBuiltInElementGrammars = maxBuiltInProductions = 0, so its encoder writes xsi:type="xs:anyType" at once
and the content follows the anyType grammar (its decoder even rejects streams that use a built-in grammar).
Our encoder does the same. Our decoder also reads the plain built-in form of other EXI encoders: the
grammar of a qname is shared by every element of that qname in the stream and learns a first-level
production (AT/SE qname, CH, EE) each time it meets a second-level one.
Every event costs at least one bit and nesting is bounded, so a hostile stream cannot loop or grow memory
beyond its own length.
"""
from __future__ import annotations

from ..messages._any import AnyElement
from . import _codec
from ._runtime import BitReader, BitWriter, StringTable
from .errors import EXIDecodeError, EXIEncodeError

MAX_DEPTH = 32          # nested wildcard elements a stream may hold
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XS = "http://www.w3.org/2001/XMLSchema"
_XSI_TYPE = ("A", XSI, "type")
ANY_TYPE = "{%s}anyType" % XS
_EE = ("E", "", "")
_CH = ("C", "", "")
_GLOBALS: dict[str, frozenset[str]] = {}
# namespace -> the initial URI/local-name tables of its schema set (uris, uri index, names, name indexes)
_BASE: dict[str, tuple[list[str], dict[str, int], list[list[str]], list[dict[str, int]]]] = {}


class QNames:
    """Per stream: URI and local-name partitions, the built-in grammars learned so far, the nesting depth."""
    __slots__ = ("uris", "uidx", "names", "nidx", "grammars", "globals", "depth")

    def __init__(self, namespace: str) -> None:
        base = _BASE.get(namespace)
        if base is None:
            table = _codec.QNAME_TABLES[namespace]
            uris = [u for u, _ in table]
            base = _BASE[namespace] = (uris, {u: i for i, u in enumerate(uris)}, [list(n) for _, n in table],
                                       [{n: i for i, n in enumerate(ns)} for _, ns in table])
        # copies: a stream's tables grow with the stream (C-level copies, no per-name Python work)
        self.uris = base[0].copy()
        self.uidx = base[1].copy()
        self.names = [n.copy() for n in base[2]]
        self.nidx = [d.copy() for d in base[3]]
        self.grammars: dict[str, tuple[list, list]] = {}     # qname -> (StartTagContent, ElementContent)
        g = _GLOBALS.get(namespace)
        if g is None:
            g = _GLOBALS[namespace] = frozenset(_codec.DOCUMENT_ELEMENTS[namespace])
        self.globals = g
        self.depth = 0

    def write(self, w: BitWriter, uri: str, name: str) -> None:
        i = self.uidx.get(uri)
        if i is None:
            w.bits(0, len(self.uris).bit_length())
            _write_chars(w, uri, 0)
            i = self._add_uri(uri)
        else:
            w.bits(i + 1, len(self.uris).bit_length())
        part = self.names[i]
        j = self.nidx[i].get(name)
        if j is None:
            _write_chars(w, name, 1)
            self.nidx[i][name] = len(part)
            part.append(name)
        else:
            w.uint(0)
            w.bits(j, (len(part) - 1).bit_length())

    def read(self, r: BitReader) -> tuple[str, str]:
        i = r.bits(len(self.uris).bit_length())
        if i == 0:
            uri = r.chars(r.uint())
            known = self.uidx.get(uri)
            # a miss for a known URI is odd but harmless
            i = self._add_uri(uri) if known is None else known
        elif i > len(self.uris):
            raise EXIDecodeError(r.pos, [], "URI index out of range")
        else:
            i -= 1
            uri = self.uris[i]
        part = self.names[i]
        n = r.uint()
        if n == 0:
            j = r.bits((len(part) - 1).bit_length()) if part else len(part)
            if j >= len(part):
                raise EXIDecodeError(r.pos, [], "local-name index out of range")
            return uri, part[j]
        name = r.chars(n - 1)
        if name not in self.nidx[i]:
            self.nidx[i][name] = len(part)
            part.append(name)
        return uri, name

    def _add_uri(self, uri: str) -> int:
        self.uidx[uri] = len(self.uris)
        self.uris.append(uri)
        self.names.append([])
        self.nidx.append({})
        return len(self.uris) - 1

    def grammar(self, q: str) -> tuple[list, list]:
        g = self.grammars.get(q)
        if g is None:
            g = self.grammars[q] = ([], [_EE])
        return g


def _write_chars(w: BitWriter, s: str, extra: int) -> None:
    """An EXI String whose length field is len + extra (0: URI, 1: local name)."""
    w.uint(len(s) + extra)
    if s:
        w.codepoints(s)


def _qnames(st: StringTable) -> QNames:
    q = st.qn
    if q is None:
        q = st.qn = QNames(st.ns)
    return q


def _qname(uri: str, name: str) -> str:
    return "{%s}%s" % (uri, name) if uri else name


def _split(q: str) -> tuple[str, str]:
    if q.startswith("{"):
        uri, _, name = q[1:].partition("}")
        return uri, name
    return "", q


# --- encoding -------------------------------------------------------------------------------------------
def enc_content(w: BitWriter, items: list, st: StringTable, s: int, table: dict) -> int:
    """Wildcard elements and mixed text of a schema-typed element from grammar state s; the state after."""
    if not isinstance(items, list):
        raise EXIEncodeError([], "content must be a list")
    for k, v in enumerate(items):
        row = table.get(s)
        try:
            if isinstance(v, str):
                if row is None or row[3] is None:
                    raise EXIEncodeError([], "text not allowed here (the type is not mixed)")
                if not v:
                    raise EXIEncodeError([], "empty text")
                w.bits(row[3], row[0])
                st.write(w, "", v)
                s = row[4]
            else:
                if row is None or row[1] is None:
                    raise EXIEncodeError([], "no wildcard element allowed here")
                w.bits(row[1], row[0])
                _enc_element(w, v, st)
                s = row[2]
        except EXIEncodeError as e:
            e.path.insert(0, str(k))
            raise
    return s


def _enc_element(w: BitWriter, v: object, st: StringTable) -> None:
    """qname and content of an element matched by SE(*)."""
    qn = _qnames(st)
    if isinstance(v, AnyElement):
        if not isinstance(v.namespace, str) or not isinstance(v.name, str) or not v.name:
            raise EXIEncodeError([], "AnyElement needs a namespace (str) and a non-empty name")
        q = _qname(v.namespace, v.name)
        if q in qn.globals:
            raise EXIEncodeError([q], "a global element of the schema: use its generated class")
        qn.write(w, v.namespace, v.name)
        qn.depth += 1
        if qn.depth > MAX_DEPTH:
            raise EXIEncodeError([q], "wildcard content nested too deep")
        try:
            _enc_foreign(w, v, q, qn.grammar(q)[0], st, qn)
        except EXIEncodeError as e:
            e.path.insert(0, v.name)
            raise
        qn.depth -= 1
        return
    element_q = getattr(type(v), "XSD_ELEMENT", None)
    if element_q is None or element_q not in qn.globals:
        raise EXIEncodeError([], f"{type(v).__name__} is neither AnyElement nor a global element of this schema set")
    qn.write(w, *_split(element_q))
    _codec.ELEMENTS[element_q][0](w, v, st)


def _enc_attrs(w: BitWriter, el: AnyElement, st: StringTable, qn: QNames) -> None:
    """The attributes, each AT(*) (code 0 of 3 bits in the anyType grammar) with its qname and value."""
    if not isinstance(el.attributes, dict) or not isinstance(el.content, list):
        raise EXIEncodeError([], "attributes must be a dict and content a list")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in el.attributes.items()):
        raise EXIEncodeError([], "attribute names and values must be str")
    # sorted by local name, then URI, as EXIficient writes them
    for name, uri, key, value in sorted((*_split(k)[::-1], k, v) for k, v in el.attributes.items()):
        if uri == XSI:
            raise EXIEncodeError([key], "xsi attributes are not content")
        w.bits(0, 3)
        qn.write(w, uri, name)
        st.write(w, key, value)


def _enc_foreign(w: BitWriter, el: AnyElement, q: str, stc: list, st: StringTable, qn: QNames) -> None:
    """An undeclared element under the -20 EXI Profile (maxBuiltInElementGrammars = maxBuiltInProductions = 0):
    no built-in grammar may be used, so its start tag gets xsi:type="xs:anyType" through AT(*) (escape and
    second-level code 1, even once AT(xsi:type) is learned, which happens once), and its content follows
    the schema-informed ur-type grammar, non-strict:
    Type_0: AT(*) 0, SE(*) 1, EE 2, CH 3 (3 bits); Type_1: SE(*) 0, EE 1, CH 2 (2 bits)."""
    w.bits(len(stc), len(stc).bit_length())
    w.bits(1, 2)
    qn.write(w, XSI, "type")
    if _XSI_TYPE not in stc:
        stc.insert(0, _XSI_TYPE)
    qn.write(w, XS, "anyType")
    _enc_attrs(w, el, st, qn)
    width = 3
    for k, item in enumerate(el.content):
        try:
            if isinstance(item, str):
                if not item:
                    raise EXIEncodeError([], "empty text")
                w.bits(3 if width == 3 else 2, width)
                st.write(w, q, item)
            else:
                w.bits(1 if width == 3 else 0, width)
                _enc_element(w, item, st)
        except EXIEncodeError as e:
            e.path.insert(0, str(k))
            raise
        width = 2
    w.bits(2 if width == 3 else 1, width)


# --- decoding -------------------------------------------------------------------------------------------
def dec_wildcard(r: BitReader, st: StringTable) -> object:
    """The element after SE(*): its qname, then its content."""
    qn = _qnames(st)
    uri, name = qn.read(r)
    return _dec_element(r, st, qn, uri, name)


def _dec_element(r: BitReader, st: StringTable, qn: QNames, uri: str, name: str) -> object:
    q = _qname(uri, name)
    qn.depth += 1
    if qn.depth > MAX_DEPTH:
        raise EXIDecodeError(r.pos, [name], "wildcard content nested too deep")
    try:
        if q in qn.globals:
            _enc, dec, cls = _codec.ELEMENTS[q]
            v = dec(r, st, cls)
        else:
            v = _dec_builtin(r, st, qn, uri, name, q)
    except EXIDecodeError as e:
        e.path.insert(0, name)
        raise
    qn.depth -= 1
    return v


def _dec_builtin(r: BitReader, st: StringTable, qn: QNames, uri: str, name: str, q: str) -> AnyElement:
    stc, ec = qn.grammar(q)
    attrs: dict[str, str] = {}
    content: list = []
    prods = stc
    while True:
        n = len(prods)
        c = r.bits(n.bit_length())
        if c < n:
            prod = prods[c]
        elif c > n:
            raise EXIDecodeError(r.pos, [], "event code out of range")
        elif prods is stc:
            kind = "EASC"[r.bits(2)]
            prod = (kind, *qn.read(r)) if kind in "AS" else (kind, "", "")
            stc.insert(0, prod)
        else:
            kind = "SC"[r.bits(1)]
            prod = (kind, *qn.read(r)) if kind == "S" else _CH
            ec.insert(0, prod)
        kind = prod[0]
        if kind == "E":
            return AnyElement(namespace=uri, name=name, attributes=attrs, content=content)
        if prod == _XSI_TYPE:
            if prods is not stc or attrs:
                raise EXIDecodeError(r.pos, [], "xsi:type after other attributes")
            if c == n and _XSI_TYPE in stc[1:]:
                stc.pop(0)          # learned once only
            t = _qname(*qn.read(r))
            if t != ANY_TYPE:
                raise EXIDecodeError(r.pos, [], f"unsupported xsi:type {t}")
            return _dec_anytype(r, st, qn, uri, name, q)
        if kind == "A":
            key = _qname(prod[1], prod[2])
            if key in attrs:
                raise EXIDecodeError(r.pos, [], f"attribute {key} twice")
            attrs[key] = st.read(r, key)
            continue
        if kind == "C":
            content.append(st.read(r, q))
        else:
            content.append(_dec_element(r, st, qn, prod[1], prod[2]))
        prods = ec


def _dec_anytype(r: BitReader, st: StringTable, qn: QNames, uri: str, name: str, q: str) -> AnyElement:
    """Content after xsi:type="xs:anyType" (see _enc_foreign)."""
    attrs: dict[str, str] = {}
    content: list = []
    width = 3
    while True:
        c = r.bits(width)
        if width == 3 and c == 0:
            key = _qname(*qn.read(r))
            if key in attrs:
                raise EXIDecodeError(r.pos, [], f"attribute {key} twice")
            attrs[key] = st.read(r, key)
            continue
        if width == 3:
            c -= 1
        if c == 0:
            content.append(dec_wildcard(r, st))
        elif c == 1:
            return AnyElement(namespace=uri, name=name, attributes=attrs, content=content)
        elif c == 2:
            content.append(st.read(r, q))
        else:
            raise EXIDecodeError(r.pos, [], "unsupported event in anyType content (second level)")
        width = 2
