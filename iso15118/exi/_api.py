"""Document and fragment level of the codec: header, DocContent/FragmentContent events, ED."""
from __future__ import annotations

from . import _codec
from ._runtime import BitReader, BitWriter, StringTable
from .errors import EXIDecodeError, EXIEncodeError

HEADER = 0x80      # distinguishing bits 10, no options, final version 1


def _doc_index(ns: str) -> tuple[tuple[str, ...], dict[str, int], int]:
    els = _codec.DOCUMENT_ELEMENTS.get(ns)
    if els is None:
        raise KeyError(ns)
    return els, {q: i for i, q in enumerate(els)}, len(els).bit_length()


_DOCS = {ns: _doc_index(ns) for ns in _codec.DOCUMENT_ELEMENTS}


def _element_of(message: object) -> str:
    q = getattr(type(message), "XSD_ELEMENT", None)
    if q is None or q not in _codec.ELEMENTS:
        raise EXIEncodeError([], f"{type(message).__name__} is not a global element class")
    return q


def encode(message: object) -> bytes:
    """The EXI stream of a message (an instance of a global element class), header 0x80 included."""
    q = _element_of(message)
    ns = q[1:].split("}", 1)[0]
    _els, idx, width = _DOCS[ns]
    w = BitWriter()
    w.bits(HEADER, 8)
    w.bits(idx[q], width)
    enc = _codec.ELEMENTS[q][0]
    try:
        enc(w, message, StringTable())
    except EXIEncodeError as e:
        e.path.insert(0, q.rsplit("}", 1)[1])
        raise
    return w.getvalue()


def decode(data: bytes, namespace: str) -> object:
    """The message in an EXI stream whose root element belongs to the schema of `namespace`."""
    if namespace not in _DOCS:
        raise ValueError(f"unknown namespace {namespace!r}")
    els, _idx, width = _DOCS[namespace]
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("data must be bytes")
    r = BitReader(bytes(data))
    path: list[str] = []
    try:
        if r.bits(8) != HEADER:
            raise EXIDecodeError(0, [], "not an EXI header without options (0x80)")
        i = r.bits(width)
        if i >= len(els) or els[i] not in _codec.ELEMENTS:
            raise EXIDecodeError(r.pos, [], "unsupported root element")
        q = els[i]
        path = [q.rsplit("}", 1)[1]]
        _enc, dec, cls = _codec.ELEMENTS[q]
        msg = dec(r, StringTable(), cls)
    except EXIDecodeError as e:
        e.path[:0] = path
        raise
    except RecursionError:
        raise EXIDecodeError(r.pos, path, "nesting too deep") from None
    return msg


def encode_fragment(element: object) -> bytes:
    raise EXIEncodeError([], "fragments: see _fragment")


def decode_fragment(data: bytes, namespace: str) -> object:
    raise EXIDecodeError(0, [], "fragments: see _fragment")
