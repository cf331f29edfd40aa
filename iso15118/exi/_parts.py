"""Lazily loaded codec parts: every namespace's encoders and decoders live in a generated module of their
own (_codec_common_messages, _codec_ac, ..., one per DIN and -2 schema set: _codec_din, _codec_iso2),
imported the first time the namespace is looked up, so a process only loads (and, without bytecode,
compiles) what it meets: a SECC that never sees a DIN car never loads DIN, none loads WPT unless asked.
_codec's tables are LazyTables: a miss on a key of such a namespace imports its module and merges the
module's rows into every table of _codec.

Without bytecode (read-only images, PYTHONDONTWRITEBYTECODE) Python compiles a module's source on import and
glibc keeps the compiler's freed memory (tens of MB for a codec module); after loading a part the heap is
trimmed (malloc_trim) so that memory goes back to the system.
"""
from __future__ import annotations

import ctypes
import importlib
import threading
from collections.abc import Callable
from typing import Any

_lock = threading.Lock()
_loaded: set[str] = set()


def ns_of_key(qname: str) -> str:
    return qname[1:].split("}", 1)[0] if isinstance(qname, str) and qname.startswith("{") else ""


def ns_of_member_key(key: tuple[str, str]) -> str:
    return ns_of_key(key[0]) if isinstance(key, tuple) and key else ""


def load_part(namespace: str) -> bool:
    """Import the codec module of `namespace` if it has one not yet loaded; True if rows were added."""
    from . import _codec
    name = _codec.PARTS.get(namespace) if isinstance(namespace, str) else None
    if name is None or name in _loaded:
        return False
    with _lock:
        if name in _loaded:
            return True
        part = importlib.import_module(f"{__package__}.{name}")
        for table in ("ELEMENTS", "QNAME_TABLES", "MEMBERS", "DOCUMENT_ELEMENTS", "FRAGMENT_ELEMENTS"):
            dict.update(getattr(_codec, table), getattr(part, table))
        _loaded.add(name)
        _trim()
    return True


def _libc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim from the symbols already in the process (no library search: no subprocess)."""
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except OSError:
        return None


_malloc_trim = _libc_trim()


def _trim() -> None:
    """Give the memory freed after compiling a part back to the system (glibc only; elsewhere a no-op)."""
    if _malloc_trim is not None:
        _malloc_trim(0)


class LazyTable(dict):
    """A dict of _codec whose rows for a namespace appear on its first lookup (key_ns: the key's namespace;
    None: the key is a namespace)."""
    __slots__ = ("_key_ns",)

    def __init__(self, key_ns: Callable[[Any], str] | None, rows: dict) -> None:
        super().__init__(rows)
        self._key_ns = key_ns

    def _load(self, key: Any) -> bool:
        return load_part(self._key_ns(key) if self._key_ns else key)

    def __missing__(self, key: Any) -> Any:
        if self._load(key):
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if self._load(key) and dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        return default

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (self._load(key) and dict.__contains__(self, key))
