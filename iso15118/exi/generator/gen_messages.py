"""Emits iso15118/messages/*.py: one dataclass per complexType and global element, one Enum per enumeration."""
from __future__ import annotations

from .schema import NAMESPACES, ComplexT, Model, SimpleT, enum_member, field_specs, local, ns_of

HEADER = '"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.\n\n{doc}\n"""\n'


def py_type(model: Model, module: str, s: SimpleT | None, type_name: str, imports: set[tuple[str, str]]) -> str:
    if s is not None:
        if s.kind == "enum":
            return ref(module, s.qname, imports)
        return s.kind
    return ref(module, type_name, imports, model)


def class_name(qname: str, model: Model | None = None) -> str:
    return local(qname).replace("#anon", "")


def ref(module: str, qname: str, imports: set[tuple[str, str]], model: Model | None = None) -> str:
    from .schema import MODULE_OF_NS
    mod = MODULE_OF_NS[ns_of(qname)]
    name = class_name(qname)
    if mod != module:
        imports.add((mod, name))
    return name


def facets(s: SimpleT | None) -> dict:
    if s is None:
        return {}
    out = {}
    for k in ("min", "max", "length", "min_length", "max_length", "pattern"):
        v = getattr(s, k)
        if v is not None:
            out[k] = v
    return out


def emit_module(model: Model, module: str, ns: str) -> str:
    imports: set[tuple[str, str]] = set()
    body: list[str] = []
    enums = sorted((s for s in model.simple_types.values() if s.enum and ns_of(s.qname) == ns), key=lambda s: local(s.qname))
    for s in enums:
        body.append(f"\n\nclass {local(s.qname)}(Enum):")
        for v in s.values:
            body.append(f"    {enum_member(v)} = {v!r}")
    types = [ct for ct in model.complex_types.values() if ct.module == module and not ct.qname.endswith("#anon")]
    done: set[str] = set()

    def emit(ct: ComplexT) -> None:
        if ct.qname in done:
            return
        if ct.base and model.complex_types[ct.base].module == module:
            emit(model.complex_types[ct.base])
        done.add(ct.qname)
        emit_class(model, module, ct, ct.name, ref(module, ct.base, imports) if ct.base else None,
                   ct.qname, None, body, imports)

    for ct in sorted(types, key=lambda c: c.name):
        emit(ct)
    for el in sorted((e for e in model.elements.values() if e.module == module), key=lambda e: e.name):
        if not el.type_name:
            # a simple-typed global element: inside a parent it is a plain value; as a root, this class
            assert el.simple is not None, "a global element without a complex type has a simple one"
            t = py_type(model, module, el.simple, "", imports)
            m = (f"meta('value', '', {el.simple.xsd_type!r}, {el.simple.builtin!r}, 1, 1, None, "
                 f"{facets(el.simple)!r})")
            body.append(f"\n\n@dataclass(kw_only=True)\nclass {el.name}:")
            body.append(f"    XSD_ELEMENT: ClassVar[str] = {el.qname!r}")
            body.append(f"    XSD_TYPE: ClassVar[str] = {el.simple.xsd_type!r}")
            body.append(f"    value: {t} = field(metadata={m})")
            continue
        if el.type_name.endswith("#anon"):
            emit_class(model, module, model.complex_types[el.type_name], el.name, None, el.type_name, el.qname,
                       body, imports)
        else:
            base = ref(module, el.type_name, imports)
            # no fields of its own: it inherits the type's dataclass methods (a second @dataclass would
            # generate __init__/__repr__/__eq__ again for every message element, ~4 KB each)
            body.append(f"\n\nclass {el.name}({base}):")
            body.append(f"    \"\"\"The {el.name} element ({local(el.type_name)}).\"\"\"")
            body.append(f"    XSD_ELEMENT: ClassVar[str] = {el.qname!r}")
    lines = [HEADER.format(doc=f"Namespace {ns}.")]
    lines.append("from __future__ import annotations\n")
    lines.append("from dataclasses import dataclass, field")
    lines.append("from enum import Enum")
    lines.append("from typing import ClassVar\n")
    lines.append("from ._meta import meta")
    for mod in sorted({m for m, _ in imports}):
        names = sorted(n for m, n in imports if m == mod)
        lines.append(f"from .{mod} import (  # noqa: F401\n" + "".join(f"    {n},\n" for n in names) + ")")
    lines.append("\nNAMESPACE = %r" % ns)
    return "\n".join(lines) + "\n" + "\n".join(body) + "\n"


def emit_class(model: Model, module: str, ct: ComplexT, name: str, base: str | None, type_qname: str,
               element_qname: str | None, body: list[str], imports: set[tuple[str, str]]) -> None:
    body.append(f"\n\n@dataclass(kw_only=True)\nclass {name}{'(' + base + ')' if base else ''}:")
    body.append(f"    XSD_TYPE: ClassVar[str] = {type_qname!r}")
    if element_qname:
        body.append(f"    XSD_ELEMENT: ClassVar[str] = {element_qname!r}")
    for f in field_specs(model, ct):
        if f.name not in ct.own_fields:
            continue
        if f.kind == "content":
            imports.add(("_any", "AnyElement"))
            m = "meta('content', '', '', None, 0, None, None, {})"
            body.append(f"    content: list[str | AnyElement | object] = field(default_factory=list, metadata={m})")
            continue
        t = py_type(model, module, f.simple, f.type_name, imports)
        xsd_type = f.simple.xsd_type if f.simple else f.type_name
        m = (f"meta({f.kind!r}, {f.qname!r}, {xsd_type!r}, {f.simple.builtin if f.simple else None!r}, "
             f"{f.min}, {f.max}, {f.choice}, {facets(f.simple)!r})")
        if f.max is None or f.max > 1:
            if f.min == 0:
                body.append(f"    {f.name}: list[{t}] = field(default_factory=list, metadata={m})")
            else:
                body.append(f"    {f.name}: list[{t}] = field(metadata={m})")
        elif f.min == 0:
            body.append(f"    {f.name}: {t} | None = field(default=None, metadata={m})")
        else:
            body.append(f"    {f.name}: {t} = field(metadata={m})")


INIT = '''"""Typed ISO 15118-20, SupportedAppProtocol, DIN SPEC 70121 and ISO 15118-2 messages, generated from
exi_schemas/ (see iso15118.exi.generator); one module per XSD namespace (DIN/-2: din_*, iso2_*).

Every XSD complexType is a kw_only dataclass named as the type; every global element is a class named
as the element that subclasses its type (a message is an instance of its element class). Enumerations
are Enums named as the XSD simple type.

Field metadata (``dataclasses.fields(cls)[i].metadata``), used by the EXI codec, JSON mapping and tests:
  kind        "element" | "attribute" | "value" (the text of a simple-content type)
              | "content": xs:any wildcard elements and mixed text, in document order, after the declared
              children (str, AnyElement, or an instance of a global element class of the schema set)
  qname       "{namespace}LocalName" of the element/attribute
  xsd_type    "{namespace}typeName" of its XSD type (built-ins under the XMLSchema namespace)
  builtin     for simple types: the XSD built-in it derives from (unsignedShort, string, hexBinary, ...)
  min_occurs, max_occurs   occurrence bounds (max_occurs None = unbounded); list fields when max > 1
  choice      alternatives of one xs:choice share a number (exactly one of them must be set)
  facets      resolved value bounds: min, max (ints, incl. the built-in type's own range),
              length, min_length, max_length (str chars / bytes octets), pattern
Class attributes: XSD_TYPE (type qname), XSD_ELEMENT (element qname, on element classes).
"""
'''


def emit_init() -> str:
    lines = [INIT]
    for _mod, ns, const, _f in NAMESPACES:
        lines.append(f"{const} = {ns!r}")
    return "\n".join(lines) + "\n"


META = '''"""Field metadata helper shared by the generated message modules."""
from __future__ import annotations

from typing import Any


def meta(kind: str, qname: str, xsd_type: str, builtin: str | None, min_occurs: int, max_occurs: int | None,
         choice: int | None, facets: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "qname": qname, "xsd_type": xsd_type, "builtin": builtin, "min_occurs": min_occurs,
            "max_occurs": max_occurs, "choice": choice, "facets": facets}
'''


ANY = '''"""What an xs:any wildcard admits and the schema set does not declare (xmldsig Object, KeyInfo, ...)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class AnyElement:
    """A foreign element. attributes: "local" or "{uri}local" -> value; content: text and child elements
    (AnyElement, or an instance of a global element class of the schema set, which then uses its schema
    grammar) in document order. Encoded as the -20 EXI Profile requires: xsi:type="xs:anyType", then the
    anyType grammar (iso15118.exi._any)."""
    namespace: str
    name: str
    attributes: dict[str, str] = field(default_factory=dict)
    content: list[str | AnyElement | object] = field(default_factory=list)
'''


def emit_all(model: Model) -> dict[str, str]:
    files = {"iso15118/messages/__init__.py": emit_init(), "iso15118/messages/_meta.py": META,
             "iso15118/messages/_any.py": ANY}
    for mod, ns, _c, _f in NAMESPACES:
        files[f"iso15118/messages/{mod}.py"] = emit_module(model, mod, ns)
    return files
