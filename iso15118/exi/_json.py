"""Messages <-> the JSON shape of EXIficient's JSON bridge (exi-oracle): {"SessionSetupReq": {...}}.

Lists for maxOccurs > 1 (even with one item) and for every child element of a mixed-content type (xmldsig's
SignatureMethod/HMACOutputLength, KeyValue/RSAKeyValue), hexBinary as upper-case hex, base64Binary as base64, enums as
their XSD string, empty complex elements as {}, a substitution-group field under its member's element name.

Wildcard elements and mixed text (the `content` field): the reference's JSON bridge has no lossless shape for
them (it drops namespaces and order, merges text into "value", and cannot encode what it decodes), so they
use one of our own under "content": a list of text strings, {"element": "{uri}local", "attributes": {...},
"content": [...]} for a foreign element, and {"{uri}Local": {...}} for a global element of the schema set.
"""
from __future__ import annotations

import base64
import binascii
import dataclasses
import typing
from enum import Enum
from functools import lru_cache

from ..messages._any import AnyElement
from . import _codec
from .errors import EXIEncodeError


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        t = hints[f.name]
        args = typing.get_args(t)
        if typing.get_origin(t) is list:
            t = args[0]
        elif args:
            t = next(a for a in args if a is not type(None))
        xsd_type = getattr(cls, "XSD_TYPE")  # every generated class has one; `type` does not declare it
        members = _codec.MEMBERS.get((xsd_type, f.name))
        meta = f.metadata
        as_list = meta["max_occurs"] is None or meta["max_occurs"] > 1 or (
            meta["kind"] == "element" and xsd_type in _codec.MIXED_TYPES)
        out.append((f.name, meta, t, members, as_list))
    return tuple(out)


def _local(q: str) -> str:
    return q.rsplit("}", 1)[-1]


def _val_to_json(v: object, meta: dict) -> object:
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, bytes):
        if meta["builtin"] == "hexBinary":
            return v.hex().upper()
        return base64.b64encode(v).decode("ascii")
    if dataclasses.is_dataclass(v):
        return _obj_to_json(v)
    return v


def _content_to_json(items: list) -> list:
    out: list = []
    for v in items:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, AnyElement):
            el: dict = {"element": "{%s}%s" % (v.namespace, v.name) if v.namespace else v.name}
            if v.attributes:
                el["attributes"] = dict(v.attributes)
            if v.content:
                el["content"] = _content_to_json(v.content)
            out.append(el)
        else:
            q = getattr(type(v), "XSD_ELEMENT", None)
            if q is None:
                raise EXIEncodeError([], f"{type(v).__name__} in content is not an element")
            out.append({q: next(iter(to_json(v).values()))})
    return out


def _content_from_json(items: object, path: list[str]) -> list:
    if not isinstance(items, list):
        raise EXIEncodeError(path, "content must be a list")
    out: list = []
    for k, v in enumerate(items):
        where = path + [str(k)]
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict) and "element" in v:
            extra = set(v) - {"element", "attributes", "content"}
            attrs = v.get("attributes", {})
            if extra or not isinstance(v["element"], str) or not isinstance(attrs, dict):
                raise EXIEncodeError(where, "a foreign element is {element, attributes?, content?}")
            q = v["element"]
            uri, _, name = q[1:].partition("}") if q.startswith("{") else ("", "", q)
            out.append(AnyElement(namespace=uri, name=name, attributes=dict(attrs),
                                  content=_content_from_json(v.get("content", []), where)))
        elif isinstance(v, dict) and len(v) == 1:
            (q, body), = v.items()
            if q not in _codec.ELEMENTS:
                raise EXIEncodeError(where, f"{q} is not a global element")
            out.append(_val_from_json(body, {}, _codec.ELEMENTS[q][2], where + [q]))
        else:
            raise EXIEncodeError(where, "content items are text, {element: ...} or {'{ns}Global': {...}}")
    return out


def _obj_to_json(obj: object) -> dict:
    out: dict = {}
    obj_type: type = type(obj)  # annotated `type`: mypy 2.4 rejects a bare type(x) as not Hashable for the cache
    for name, meta, _t, members, as_list in _fields(obj_type):
        v = getattr(obj, name)
        if v is None or (isinstance(v, list) and not v):
            continue
        if meta["kind"] == "content":
            out[name] = _content_to_json(v)
            continue
        if as_list and not isinstance(v, list):
            v = [v]
        key = name
        if members:
            item = v[0] if isinstance(v, list) else v
            el = getattr(type(item), "XSD_ELEMENT", None)
            key = _local(el) if el is not None and el in members else name
        if isinstance(v, list):
            out[key] = [_val_to_json(x, meta) for x in v]
        else:
            out[key] = _val_to_json(v, meta)
    return out


def _is_simple_element(cls: type) -> bool:
    """A simple-typed global element class: its JSON is the bare value."""
    f = _fields(cls)
    return len(f) == 1 and f[0][1]["kind"] == "value"


def to_json(message: object) -> dict:
    """{"ElementName": {...}} for a message (instance of a global element class)."""
    q = getattr(type(message), "XSD_ELEMENT", None)
    if q is None:
        raise EXIEncodeError([], f"{type(message).__name__} is not a global element class")
    message_type: type = type(message)  # see _obj_to_json
    if _is_simple_element(message_type):
        return {_local(q): _val_to_json(getattr(message, "value"), _fields(message_type)[0][1])}
    return {_local(q): _obj_to_json(message)}


def _val_from_json(v: object, meta: dict, t: object, path: list[str]) -> object:
    if isinstance(t, type) and issubclass(t, Enum):
        try:
            return t(v)
        except ValueError:
            raise EXIEncodeError(path, f"{v!r} is not a {t.__name__}") from None
    if t is bytes:
        if not isinstance(v, str):
            raise EXIEncodeError(path, "expected a string for binary data")
        try:
            return bytes.fromhex(v) if meta["builtin"] == "hexBinary" else base64.b64decode(v, validate=True)
        except (ValueError, binascii.Error):
            raise EXIEncodeError(path, "malformed binary string") from None
    if isinstance(t, type) and dataclasses.is_dataclass(t):
        if _is_simple_element(t) and not isinstance(v, dict):
            _name, m, vt, _members, _as_list = _fields(t)[0]
            return typing.cast(typing.Any, t)(value=_val_from_json(v, m, vt, path))  # a simple element class
        if not isinstance(v, dict):
            raise EXIEncodeError(path, "expected an object")
        return _obj_from_json(v, t, path)
    return v


def _obj_from_json(d: dict, cls: type, path: list[str]) -> object:
    kw: dict[str, object] = {}
    known = set()
    for name, meta, t, members, as_list in _fields(cls):
        keys = [name]
        if members:
            keys = [_local(m) for m in members]
        for key in keys:
            if key not in d:
                continue
            known.add(key)
            if meta["kind"] == "content":
                kw[name] = _content_from_json(d[key], path + [key])
                continue
            tt = t
            if members:
                tt = _codec.ELEMENTS[next(m for m in members if _local(m) == key)][2]
            v = d[key]
            if meta["max_occurs"] is None or meta["max_occurs"] > 1:
                if not isinstance(v, list):
                    v = [v]
                kw[name] = [_val_from_json(x, meta, tt, path + [key]) for x in v]
            else:
                if as_list and isinstance(v, list):
                    if len(v) != 1:
                        raise EXIEncodeError(path + [key], "at most one item allowed")
                    v = v[0]
                kw[name] = _val_from_json(v, meta, tt, path + [key])
    unknown = set(d) - known
    if unknown:
        raise EXIEncodeError(path, f"unknown field(s) {sorted(unknown)}")
    try:
        return cls(**kw)
    except TypeError as e:
        raise EXIEncodeError(path, str(e)) from None


def root_element(name: str, namespace: str) -> tuple[str, type]:
    """qname and class of the element `name` as the JSON shape names it under `namespace`: a global element
    of that namespace, else the one element of that local name in its schema set (DIN/-2: the MsgBody
    elements under MsgDef, and elements -2 signs as fragments, local ones included)."""
    q = "{%s}%s" % (namespace, name)
    if q in _codec.ELEMENTS:
        return q, _codec.ELEMENTS[q][2]
    frag = _codec.FRAGMENT_ELEMENTS.get(namespace)
    if frag is not None:
        found = [k for k in frag[1] if _local(k) == name]
        if len(found) == 1:
            return found[0], frag[1][found[0]][2]
    raise EXIEncodeError([name], f"no root element {name} in {namespace}")


def from_json(obj: dict, namespace: str) -> object:
    """The message for {"ElementName": {...}} in the schema of `namespace`."""
    if not isinstance(obj, dict) or len(obj) != 1:
        raise EXIEncodeError([], "expected one root element")
    (name, body), = obj.items()
    if not isinstance(name, str):
        raise EXIEncodeError([], "expected one root element")
    return _val_from_json(body, {}, root_element(name, namespace)[1], [name])
