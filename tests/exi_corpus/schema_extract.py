"""Dev-time: turn the XSDs into schema_model.json, the plain-data schema model the tests generate from.

Needs xmlschema (generation/test-tool dependency only). The tests read the JSON, never the XSDs, so the
suite neither imports xmlschema nor shares a schema reading with the codec under test.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import xmlschema

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "exi_schemas" / "iso15118-20"
MODEL_PATH = Path(__file__).resolve().parent / "schema_model.json"

XSD = "http://www.w3.org/2001/XMLSchema"
SCHEMA_FILES = {
    "urn:iso:15118:2:2010:AppProtocol": "V2G_CI_AppProtocol.xsd",
    "urn:iso:std:iso:15118:-20:CommonMessages": "V2G_CI_CommonMessages.xsd",
    "urn:iso:std:iso:15118:-20:AC": "V2G_CI_AC.xsd",
    "urn:iso:std:iso:15118:-20:DC": "V2G_CI_DC.xsd",
    "urn:iso:std:iso:15118:-20:WPT": "V2G_CI_WPT.xsd",
    "urn:iso:std:iso:15118:-20:ACDP": "V2G_CI_ACDP.xsd",
    "http://www.w3.org/2000/09/xmldsig#": "xmldsig-core-schema.xsd",
    "urn:din:70121:2012:MsgDef": "../din70121/V2G_CI_MsgDef.xsd",
    "urn:iso:15118:2:2013:MsgDef": "../iso15118-2/V2G_CI_MsgDef.xsd",
}
# DIN/-2: the elements -2 signs are encoded as EXI fragments (not document roots); the model lists every
# element declaration of those schema sets with a unique name, so fragments can be generated and checked.
FRAGMENT_NAMESPACES = ("urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef")


def load_schema(namespace: str) -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str((SCHEMA_DIR / SCHEMA_FILES[namespace]).resolve()))


def _split(qname: str) -> tuple[str, str]:
    ns, _, local = qname[1:].partition("}") if qname.startswith("{") else ("", "", qname)
    return ns, local


class _Extractor:
    def __init__(self) -> None:
        self.types: dict[str, Any] = {}
        self._anon: dict[int, str] = {}

    def type_key(self, xsd_type: Any, owner: str) -> str:
        if xsd_type.name:
            key = xsd_type.name
        else:
            key = self._anon.setdefault(id(xsd_type), f"anon:{owner}")
        if key not in self.types:
            self.types[key] = None  # placeholder breaks recursion
            self.types[key] = self._type(xsd_type, key)
        return key

    def _type(self, t: Any, key: str) -> dict[str, Any]:
        if t.is_simple():
            return self._simple(t)
        out: dict[str, Any] = {"kind": "complex", "abstract": bool(t.abstract), "mixed": bool(t.mixed), "attrs": [], "simple": None, "content": None}
        for name, attr in t.attributes.items():
            if name is None:
                continue
            ans, local = _split(attr.name)
            out["attrs"].append({"name": local, "ns": ans, "required": attr.use == "required",
                                 "type": self.type_key(attr.type, key + "@" + local)})
        if t.has_simple_content():
            out["simple"] = self.type_key(t.content, key + "#text")
        else:
            out["content"] = self._group(t.content, key, bool(t.mixed))
        return out

    def _simple(self, t: Any) -> dict[str, Any]:
        builtin = t
        while not isinstance(builtin, xmlschema.validators.XsdAtomicBuiltin):
            builtin = builtin.base_type
        enum = [str(v) for v in t.enumeration] if getattr(t, "enumeration", None) else None
        out = {"kind": "simple", "builtin": _split(builtin.name)[1], "primitive": _split(t.primitive_type.name)[1],
               "min": t.min_value if hasattr(t, "min_value") else None,
               "max": t.max_value if hasattr(t, "max_value") else None,
               "minLength": t.min_length, "maxLength": t.max_length, "enum": enum}
        return out

    def _group(self, g: Any, owner: str, repeated: bool) -> dict[str, Any]:
        """`repeated`: inside mixed content or a repeatable group, where the JSON shape makes every child a list."""
        repeated = repeated or g.max_occurs != 1
        items = []
        for p in g:
            if isinstance(p, xmlschema.validators.XsdGroup):
                items.append(self._group(p, owner, repeated))
            elif isinstance(p, xmlschema.validators.XsdAnyElement):
                items.append({"p": "any", "min": p.min_occurs, "max": p.max_occurs, "namespace": list(p.namespace)})
            else:
                items.append(self._element(p, owner, repeated))
        return {"p": "seq" if g.model == "sequence" else g.model, "min": g.min_occurs, "max": g.max_occurs,
                "items": items}

    def _element(self, e: Any, owner: str, repeated: bool) -> dict[str, Any]:
        target = e.ref if e.ref is not None else e
        ns, local = _split(target.name)
        members = [target] if not target.abstract else []
        # sorted: xmlschema yields substitutes from a set, and the corpus must rebuild identically
        members += sorted((s for s in target.iter_substitutes() if not s.abstract), key=lambda s: s.name)
        alts = []
        for m in members:
            mns, mlocal = _split(m.name)
            alts.append({"name": mlocal, "ns": mns, "type": self.type_key(m.type, owner + "/" + mlocal)})
        return {"p": "el", "name": local, "ns": ns, "min": e.min_occurs, "max": e.max_occurs, "alts": alts,
                "list": repeated or e.max_occurs != 1}


def extract() -> dict[str, Any]:
    ex = _Extractor()
    namespaces: dict[str, list[dict[str, Any]]] = {}
    fragments: dict[str, dict[str, Any]] = {}
    for ns in SCHEMA_FILES:
        schema = load_schema(ns)
        roots = []
        for qname, el in sorted(schema.maps.elements.items()):
            if el.target_namespace != ns:
                continue
            _, local = _split(qname)
            roots.append({"name": local, "abstract": bool(el.abstract),
                          "type": ex.type_key(el.type, "{%s}%s" % (ns, local))})
        namespaces[ns] = roots
        if ns in FRAGMENT_NAMESPACES:
            fragments[ns] = _fragment_elements(ex, schema)
    return {"namespaces": namespaces, "types": ex.types, "fragments": fragments}


def _fragment_elements(ex: _Extractor, schema: xmlschema.XMLSchema) -> dict[str, Any]:
    """Local name -> {ns, type, global} for each element name declared once (one type) in the schema set."""
    seen: dict[str, list[Any]] = {}
    for comp in schema.maps.iter_components():
        if isinstance(comp, xmlschema.validators.XsdElement) and comp.ref is None and comp.name \
                and comp.target_namespace != XSD:
            seen.setdefault(comp.name, []).append(comp)
    out: dict[str, Any] = {}
    for qname, decls in sorted(seen.items()):
        if len({id(d.type) if not d.type.name else d.type.name for d in decls}) != 1:
            # declared with several types (-2 eMAID: EMAIDType and a string): the element fragment grammar;
            # generated as its one complex (simple-content) type
            decls = [d for d in decls if d.type.is_complex()]
            if len({d.type.name for d in decls}) != 1:
                continue
        ns, local = _split(qname)
        if local in out:
            out.pop(local)
            continue
        d = decls[0]
        out[local] = {"ns": ns, "global": any(x.parent is None for x in decls),
                      "type": ex.type_key(d.type, qname)}
    return out


def main() -> None:
    model = extract()
    MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model['types'])} types)")


if __name__ == "__main__":
    main()
