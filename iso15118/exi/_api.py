"""Document and fragment level of the codec: header, DocContent/FragmentContent events, ED."""
from __future__ import annotations

from . import _codec
from ._runtime import BitWriter, StringTable, reader
from .errors import EXIDecodeError, EXIEncodeError

HEADER = 0x80      # distinguishing bits 10, no options, final version 1


_DOCS: dict[str, tuple[tuple[str, ...], dict[str, int], int]] = {}
_FRAGS: dict[str, tuple[tuple[str, ...], dict[str, int], int, dict]] = {}


def _doc(ns: str) -> tuple[tuple[str, ...], dict[str, int], int] | None:
    """Root elements of the document grammar of `ns`, their index and the event-code width; None if `ns`
    is no root namespace. Built on first use, as DIN/-2 load on first use (iso15118.exi._parts)."""
    d = _DOCS.get(ns)
    if d is None:
        els = _codec.DOCUMENT_ELEMENTS.get(ns)
        if els is None:
            return None
        d = _DOCS[ns] = (els, {q: i for i, q in enumerate(els)}, len(els).bit_length())
    return d


def _frag(ns: str) -> tuple[tuple[str, ...], dict[str, int], int, dict] | None:
    """The same for the fragment grammar of `ns` (its width counts ED too), with its element table."""
    f = _FRAGS.get(ns)
    if f is None:
        row = _codec.FRAGMENT_ELEMENTS.get(ns)
        if row is None:
            return None
        qs, table = row
        f = _FRAGS[ns] = (qs, {q: i for i, q in enumerate(qs)}, (len(qs) + 1).bit_length(), table)
    return f


def _element_of(message: object) -> str:
    q = getattr(type(message), "XSD_ELEMENT", None)
    if q is None or q not in _codec.ELEMENTS:
        raise EXIEncodeError([], f"{type(message).__name__} is not a global element class")
    return q


def _write(q: str, index: int, width: int, encoder: object, element: object, ns: str) -> BitWriter:
    """Header, the root event and the element's content; the caller adds ED for fragments."""
    w = BitWriter()
    w.bits(HEADER, 8)
    w.bits(index, width)
    try:
        encoder(w, element, StringTable(ns))  # type: ignore[operator]
    except EXIEncodeError as e:
        e.path.insert(0, q.rsplit("}", 1)[1])
        raise
    except RecursionError:
        raise EXIEncodeError([q.rsplit("}", 1)[1]], "nesting too deep (a cycle in the message?)") from None
    return w


def _read(data: bytes, names: tuple[str, ...], width: int, table: dict, what: str, ns: str, *,
          fragment: bool) -> tuple[str, object]:
    """qname and value of the root element of a stream or fragment; every failure is an EXIDecodeError with its path."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("data must be bytes")
    r = reader(bytes(data))
    path: list[str] = []
    try:
        if r.bits(8) != HEADER:
            raise EXIDecodeError(0, [], "not an EXI header without options (0x80)")
        i = r.bits(width)
        if i >= len(names) or names[i] not in table:
            raise EXIDecodeError(r.pos, [], f"unsupported {what}")
        q = names[i]
        path = [q.rsplit("}", 1)[1]]
        _enc, dec, cls = table[q]
        element = dec(r, StringTable(ns), cls)
        if fragment:
            path = []
            if r.bits(width) != len(names) + 1:
                raise EXIDecodeError(r.pos, [], "expected the end of the fragment (one element per fragment)")
    except EXIDecodeError as e:
        e.path[:0] = path
        raise
    except RecursionError:
        raise EXIDecodeError(r.pos, path, "nesting too deep") from None
    return q, element


def encode(message: object) -> bytes:
    """The EXI stream of a message (an instance of a global element class), header 0x80 included."""
    q = _element_of(message)
    ns = q[1:].split("}", 1)[0]
    ns = _codec.DOCUMENT_NAMESPACE.get(ns, ns)
    doc = _doc(ns)
    if doc is None or q not in doc[1]:
        raise EXIEncodeError([], f"{type(message).__name__} is no root element of a document grammar")
    _els, idx, width = doc
    return _write(q, idx[q], width, _codec.ELEMENTS[q][0], message, ns).getvalue()


def decode(data: bytes, namespace: str) -> object:
    """The message in an EXI stream whose root element belongs to the schema of `namespace`."""
    doc = _doc(namespace)
    if doc is None:
        raise ValueError(f"unknown namespace {namespace!r}")
    els, _idx, width = doc
    return _read(data, els, width, _codec.ELEMENTS, "root element", namespace, fragment=False)[1]


XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"


def _fragment_element(element: object, namespace: str) -> str:
    q = getattr(type(element), "XSD_ELEMENT", None)
    if q is not None:
        return q
    t = getattr(type(element), "XSD_TYPE", None)
    frag = _frag(namespace)
    if frag is None:
        raise EXIEncodeError([], f"unknown namespace {namespace!r}")
    table = frag[3]
    found = [k for k, v in table.items() if v[2] is type(element)] or [
        k for k, v in table.items() if getattr(v[2], "XSD_TYPE", None) == t]
    if len(found) != 1:
        raise EXIEncodeError([], f"{type(element).__name__} is not the type of exactly one element; "
                                 "pass qname='{namespace}Name'")
    return found[0]


def encode_fragment(element: object, namespace: str | None = None, qname: str | None = None) -> bytes:
    """EXI body of one element encoded with the schema-informed fragment grammar (header 0x80, SE, content,
    ED), as ISO 15118-20 digests and signs it. The grammar is that of the schema set of `namespace`
    (default: the element's own namespace; xmldsig elements such as SignedInfo: the xmldsig schema)."""
    q = qname or getattr(type(element), "XSD_ELEMENT", None)
    ns = namespace or (q[1:].split("}", 1)[0] if q else _namespace_of_type(element))
    ns = _codec.DOCUMENT_NAMESPACE.get(ns, ns)
    frag = _frag(ns)
    if frag is None:
        raise EXIEncodeError([], f"unknown namespace {ns!r}")
    qs, idx, width, table = frag
    q = q or _fragment_element(element, ns)
    if q not in table:
        raise EXIEncodeError([q], "not an element of this schema's fragment grammar (or declared with several types)")
    w = _write(q, idx[q], width, table[q][0], element, ns)
    w.bits(len(qs) + 1, width)       # ED
    return w.getvalue()


def _namespace_of_type(element: object) -> str:
    t = getattr(type(element), "XSD_TYPE", "")
    if not t.startswith("{"):
        raise EXIEncodeError([], f"{type(element).__name__} is not a generated message class")
    return t[1:].split("}", 1)[0]


def decode_fragment(data: bytes, namespace: str) -> object:
    """The element in an EXI fragment made with the fragment grammar of `namespace`'s schema set (an instance
    of its type for a local element such as -2's ContractSignatureEncryptedPrivateKey)."""
    return decode_fragment_named(data, namespace)[1]


def decode_fragment_named(data: bytes, namespace: str) -> tuple[str, object]:
    """decode_fragment, with the qname of the element the fragment holds."""
    frag = _frag(namespace)
    if frag is None:
        raise ValueError(f"unknown namespace {namespace!r}")
    qs, _idx, width, table = frag
    return _read(data, qs, width, table, "fragment element", namespace, fragment=True)
