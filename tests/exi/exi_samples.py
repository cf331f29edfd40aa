"""Deterministic pseudo-random messages of any generated class, built from the field metadata.

Used to compare our codec with the reference (fixtures made with exi-oracle) and for round trips.
"""
from __future__ import annotations

import dataclasses
import random
import typing
from enum import Enum
from xml.sax.saxutils import escape

from iso15118.exi import _codec

_POOL = ["DE*PNX*E12345*1", "WMIV1234567890ABCDEX", "1", "MeterA", "urn:iso:std:iso:15118:-20:DC"]


def _hints(cls: type) -> dict:
    return typing.get_type_hints(cls)


def _base(t: object) -> object:
    args = typing.get_args(t)
    if typing.get_origin(t) is list:
        return args[0]
    if args:
        return next(a for a in args if a is not type(None))
    return t


def value(rng: random.Random, t: object, meta: dict, depth: int) -> object:
    f = meta.get("facets", {})
    if isinstance(t, type) and issubclass(t, Enum):
        return rng.choice(list(t))
    if t is bool:
        return rng.random() < 0.5
    if t is int:
        lo, hi = f.get("min"), f.get("max")
        lo = -(2**40) if lo is None else lo
        hi = 2**40 if hi is None else hi
        pick = rng.random()
        if pick < 0.2:
            return lo
        if pick < 0.4:
            return hi
        if pick < 0.6:
            return max(lo, min(hi, rng.randint(-5, 300)))
        return rng.randint(lo, hi)
    if t is bytes:
        n = f.get("length") or rng.randint(f.get("min_length") or 0, min(f.get("max_length") or 40, 40))
        return bytes(rng.randrange(256) for _ in range(n))
    if t is str:
        hi = min(f.get("max_length") or 30, 30)
        if rng.random() < 0.5:
            s = rng.choice(_POOL)[:hi]
        else:
            s = "".join(rng.choice("ABCxyz019*-_ ") for _ in range(rng.randint(1, hi)))
        return " ".join(s.split()) or "x"
    return instance(rng, t, depth + 1)


def instance(rng: random.Random, cls: type, depth: int = 0) -> object:
    hints = _hints(cls)
    kw: dict = {}
    choices: dict[int, list] = {}
    for fld in dataclasses.fields(cls):
        meta = fld.metadata
        if meta["choice"] is not None:
            choices.setdefault(meta["choice"], []).append(fld)
    chosen = {c: rng.choice(fs).name for c, fs in choices.items()}
    for fld in dataclasses.fields(cls):
        meta = fld.metadata
        if meta["kind"] == "element" and meta["xsd_type"] == "" or meta["qname"].endswith("}Signature"):
            continue
        if meta["choice"] is not None and chosen[meta["choice"]] != fld.name:
            continue
        t = _base(hints[fld.name])
        members = _codec.MEMBERS.get((cls.XSD_TYPE, fld.name))
        is_list = meta["max_occurs"] is None or meta["max_occurs"] > 1
        required = meta["min_occurs"] >= 1 or meta["choice"] is not None
        if not required and (depth > 4 or rng.random() < 0.4):
            continue

        def one() -> object:
            if members:
                concrete = [m for m in members if not _codec.ELEMENTS[m][2].__name__.endswith("ControlMode")
                            or m.rsplit("}", 1)[1] not in ("CLReqControlMode", "CLResControlMode")]
                return instance(rng, _codec.ELEMENTS[rng.choice(concrete)][2], depth + 1)
            return value(rng, t, meta, depth)

        if is_list:
            hi = 3 if meta["max_occurs"] is None else min(meta["max_occurs"], 3)
            kw[fld.name] = [one() for _ in range(rng.randint(max(1, meta["min_occurs"]), hi))]
        else:
            kw[fld.name] = one()
    return cls(**kw)


def to_xml(obj: object, qname: str) -> str:
    """XML text of an element, for exi-oracle's encode-xml (roots its JSON bridge lacks)."""
    ns, name = qname[1:].split("}") if qname.startswith("{") else ("", qname)
    attrs, body = [], []
    for fld in dataclasses.fields(obj):
        v = getattr(obj, fld.name)
        meta = fld.metadata
        if v is None or v == []:
            continue
        items = v if isinstance(v, list) else [v]
        for it in items:
            if meta["kind"] == "attribute":
                attrs.append(f' {fld.name}="{escape(_text(it, meta))}"')
            elif meta["kind"] == "value":
                body.append(escape(_text(it, meta)))
            elif dataclasses.is_dataclass(it):
                q = getattr(type(it), "XSD_ELEMENT", None) if _codec.MEMBERS.get((type(obj).XSD_TYPE, fld.name)) else None
                body.append(to_xml(it, q or meta["qname"]))
            else:
                fns, fname = meta["qname"][1:].split("}") if meta["qname"].startswith("{") else ("", meta["qname"])
                body.append(f'<{fname} xmlns="{fns}">{escape(_text(it, meta))}</{fname}>')
    return f'<{name} xmlns="{ns}"{"".join(attrs)}>{"".join(body)}</{name}>'


def _text(v: object, meta: dict) -> str:
    import base64
    if isinstance(v, Enum):
        return v.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        return v.hex().upper() if meta["builtin"] == "hexBinary" else base64.b64encode(v).decode()
    return str(v)


def roots(namespace: str) -> list[str]:
    return [q for q in _codec.DOCUMENT_ELEMENTS[namespace] if q in _codec.ELEMENTS and q.startswith("{" + namespace)]
