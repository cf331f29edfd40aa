"""Lazily loaded codec parts: DIN SPEC 70121 and ISO 15118-2 live in their own generated modules
(_codec_din, _codec_iso2), imported the first time one of their namespaces is looked up, so a SECC that
never meets such a car never loads (or compiles) them. _codec's tables are LazyTables: a miss on a key of
such a namespace imports the module and merges its rows into every table of _codec.
"""
from __future__ import annotations

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
    return True


class LazyTable(dict):
    """A dict of _codec whose rows for DIN/-2 keys appear on first lookup (key_ns: the key's namespace;
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
