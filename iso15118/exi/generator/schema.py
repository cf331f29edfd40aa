"""Reads exi_schemas/ with xmlschema into a small, plain model the emitters work from.

Only generation-time code imports xmlschema; the runtime modules are produced from this model.
"""
from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import xmlschema
from xmlschema.validators import XsdAnyElement, XsdAttribute, XsdComplexType, XsdElement, XsdGroup

XS = "http://www.w3.org/2001/XMLSchema"
ROOT = Path(__file__).resolve().parents[3]
SCHEMA_DIR = ROOT / "exi_schemas" / "iso15118-20"

# module name, namespace, constant name, schema file loaded for that namespace (with its imports)
NAMESPACES: list[tuple[str, str, str, str]] = [
    ("xmldsig", "http://www.w3.org/2000/09/xmldsig#", "XMLDSIG", "xmldsig-core-schema.xsd"),
    ("app_protocol", "urn:iso:15118:2:2010:AppProtocol", "APP_PROTOCOL", "V2G_CI_AppProtocol.xsd"),
    ("common_types", "urn:iso:std:iso:15118:-20:CommonTypes", "COMMON_TYPES", "V2G_CI_CommonTypes.xsd"),
    ("common_messages", "urn:iso:std:iso:15118:-20:CommonMessages", "COMMON_MESSAGES", "V2G_CI_CommonMessages.xsd"),
    ("ac", "urn:iso:std:iso:15118:-20:AC", "AC", "V2G_CI_AC.xsd"),
    ("dc", "urn:iso:std:iso:15118:-20:DC", "DC", "V2G_CI_DC.xsd"),
    ("wpt", "urn:iso:std:iso:15118:-20:WPT", "WPT", "V2G_CI_WPT.xsd"),
    ("acdp", "urn:iso:std:iso:15118:-20:ACDP", "ACDP", "V2G_CI_ACDP.xsd"),
] + [(f"{short}_{mod}", f"{urn}:{part}", f"{short.upper()}_{mod.upper()}", f"{sub}/V2G_CI_{part}.xsd")
     for short, urn, sub in (("din", "urn:din:70121:2012", "../din70121"), ("iso2", "urn:iso:15118:2:2013", "../iso15118-2"))
     for mod, part in (("msg_def", "MsgDef"), ("msg_header", "MsgHeader"), ("msg_body", "MsgBody"),
                       ("msg_data_types", "MsgDataTypes"))]
MODULE_OF_NS = {ns: mod for mod, ns, _, _ in NAMESPACES}
# The codec module (_codec_<part>) each namespace's types and elements go to, imported the first time the
# namespace is used: one per -20/AppProtocol/xmldsig namespace, one per DIN and -2 schema set.
CODEC_PART_OF_NS = {ns: ("din" if ns.startswith("urn:din:") else "iso2" if ns.startswith("urn:iso:15118:2:2013:")
                         else MODULE_OF_NS[ns]) for ns in MODULE_OF_NS}
# Namespaces that are document roots (decode(data, namespace)) and fragment grammars; the other DIN/-2
# namespaces (MsgHeader, MsgBody, MsgDataTypes) only hold types and elements of those schema sets.
ROOT_NAMESPACES = [ns for _m, ns, _c, _f in NAMESPACES if CODEC_PART_OF_NS[ns] not in ("din", "iso2")
                   or ns.endswith(":MsgDef")]

INT_RANGES = {
    "byte": (-(2**7), 2**7 - 1), "short": (-(2**15), 2**15 - 1), "int": (-(2**31), 2**31 - 1),
    "long": (-(2**63), 2**63 - 1), "unsignedByte": (0, 2**8 - 1), "unsignedShort": (0, 2**16 - 1),
    "unsignedInt": (0, 2**32 - 1), "unsignedLong": (0, 2**64 - 1), "integer": (None, None),
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None), "negativeInteger": (None, -1),
    "nonPositiveInteger": (None, 0),
}
XML_NS = "http://www.w3.org/XML/1998/namespace"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
# EXI 1.0 appendix D: the URI and local-name partitions every schema-informed stream starts with
XSD_TYPE_NAMES = [
    "ENTITIES", "ENTITY", "ID", "IDREF", "IDREFS", "NCName", "NMTOKEN", "NMTOKENS", "NOTATION", "Name", "QName",
    "anySimpleType", "anyType", "anyURI", "base64Binary", "boolean", "byte", "date", "dateTime", "decimal",
    "double", "duration", "float", "gDay", "gMonth", "gMonthDay", "gYear", "gYearMonth", "hexBinary", "int",
    "integer", "language", "long", "negativeInteger", "nonNegativeInteger", "nonPositiveInteger",
    "normalizedString", "positiveInteger", "short", "string", "time", "token", "unsignedByte", "unsignedInt",
    "unsignedLong", "unsignedShort"]
STR_BUILTINS = {"string", "anyURI", "ID", "IDREF", "NCName", "token", "normalizedString", "Name", "language", "NMTOKEN"}


def local(qname: str) -> str:
    return qname.rsplit("}", 1)[-1]


def ns_of(qname: str) -> str:
    return qname[1:].split("}", 1)[0] if qname.startswith("{") else ""


@dataclass
class SimpleT:
    """A resolved simple type: what Python holds and what EXI encodes."""
    name: str | None          # XSD qname when named
    kind: str                 # int | bool | str | bytes (hex or base64) | enum
    builtin: str              # XSD built-in it derives from (unsignedShort, string, hexBinary, ...)
    min: int | None = None
    max: int | None = None
    length: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    enum: list[str] | None = None
    pattern: str | None = None

    @property
    def xsd_type(self) -> str:
        return self.name or "{%s}%s" % (XS, self.builtin)

    @property
    def qname(self) -> str:
        """XSD qname of a named type; every enumeration is one (it becomes a Python Enum class)."""
        assert self.name is not None, f"anonymous {self.builtin} type has no qname"
        return self.name

    @property
    def values(self) -> list[str]:
        """The members of an enumeration."""
        assert self.enum is not None, f"{self.xsd_type} is not an enumeration"
        return self.enum


@dataclass
class Particle:
    """kind: element | any | sequence | choice."""
    kind: str
    min: int
    max: int | None                       # None = unbounded
    children: list[Particle] = field(default_factory=list)
    qname: str = ""                      # element: its qname (the head for substitution groups)
    field_name: str = ""
    members: list[str] = field(default_factory=list)   # element qnames that may appear here, sorted
    type_name: str = ""                  # element's type qname (complex) or ""
    simple: SimpleT | None = None
    any_ns: str = ""                     # any: namespace constraint


@dataclass
class Attr:
    qname: str
    name: str
    simple: SimpleT
    required: bool


@dataclass
class ComplexT:
    qname: str
    name: str
    module: str
    base: str | None                     # qname of the base complex type (extension), if any
    abstract: bool
    attributes: list[Attr]               # all, sorted as EXI sorts them (local name, then uri)
    particle: Particle | None            # full content model incl. base content
    simple_content: SimpleT | None
    mixed: bool
    own_fields: list[str] = field(default_factory=list)
    subtypes: list[str] = field(default_factory=list)

    @property
    def open(self) -> bool:
        """Wildcard (xs:any) or mixed element content: such a type gets a `content` list field."""
        return self.simple_content is None and (self.mixed or any(p.kind == "any" for p in leaves(self.particle)))


@dataclass
class GlobalElement:
    qname: str
    name: str
    module: str
    type_name: str                       # complex type qname ("" if simple)
    simple: SimpleT | None
    abstract: bool
    subst_head: str | None
    nillable: bool


@dataclass
class Model:
    complex_types: dict[str, ComplexT] = field(default_factory=dict)
    simple_types: dict[str, SimpleT] = field(default_factory=dict)
    elements: dict[str, GlobalElement] = field(default_factory=dict)
    # namespace -> sorted global element qnames of the schema set loaded for it
    doc_elements: dict[str, list[str]] = field(default_factory=dict)
    # namespace -> all element declarations (global + local) of its schema set, for fragments
    all_element_decls: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # namespace -> every attribute qname of its schema set, sorted (element fragment grammars)
    all_attribute_decls: dict[str, list[str]] = field(default_factory=dict)
    # namespace -> the pre-populated URI table of its schema set: (uri, sorted local names) in EXI order
    qname_tables: dict[str, list[tuple[str, list[str]]]] = field(default_factory=dict)


def enum_member(value: str) -> str:
    """The value itself where it is an identifier; else non-identifier characters become "_"
    ("MF-WPT1" -> MF_WPT1), with a leading "_" only if it would still not be one."""
    if value.isidentifier() and not keyword.iskeyword(value):
        return value
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in value)
    return name if name.isidentifier() and not keyword.iskeyword(name) else "_" + name


def sort_key(qname: str) -> tuple[str, str]:
    return (local(qname), ns_of(qname))


class _Builder:
    def __init__(self) -> None:
        self.model = Model()
        self.anon_counter = 0

    # --- simple types ---------------------------------------------------------------------------
    def simple(self, st) -> SimpleT:
        if st.name and st.name in self.model.simple_types:
            return self.model.simple_types[st.name]
        prim = st
        chain = []
        while prim is not None and not (prim.is_simple() and prim.name and prim.name.startswith("{%s}" % XS)):
            chain.append(prim)
            prim = prim.base_type
        builtin = local(prim.name)
        # walk up XSD built-ins to a known family
        b = prim
        while local(b.name) not in INT_RANGES and local(b.name) not in STR_BUILTINS and local(b.name) not in (
                "boolean", "hexBinary", "base64Binary", "decimal", "double", "float") and b.base_type is not None:
            b = b.base_type
        fam = local(b.name)
        if fam in INT_RANGES or fam == "decimal" and builtin in INT_RANGES:
            kind = "int"
        elif fam == "boolean":
            kind = "bool"
        elif fam in ("hexBinary", "base64Binary"):
            kind = "bytes"
        elif fam in STR_BUILTINS:
            kind = "str"
        else:
            raise ValueError(f"unsupported simple type {st} ({builtin})")
        s = SimpleT(name=st.name if st.name and not st.name.startswith("{%s}" % XS) else None, kind=kind,
                    builtin=builtin)
        if kind == "int":
            lo, hi = INT_RANGES[builtin]
            mn, mx = getattr(st, "min_value", None), getattr(st, "max_value", None)
            s.min = max(lo, mn) if lo is not None and mn is not None else (mn if mn is not None else lo)
            s.max = min(hi, mx) if hi is not None and mx is not None else (mx if mx is not None else hi)
        if kind in ("str", "bytes"):
            s.min_length = st.min_length if st.min_length else None
            s.max_length = st.max_length
            if s.min_length is not None and s.min_length == s.max_length:
                s.length = s.min_length
        enum = getattr(st, "enumeration", None)
        if enum:
            s.enum = [str(v) for v in enum]
            s.kind = "enum"
        pats = getattr(st, "patterns", None)
        if pats:
            s.pattern = pats.regexps[0] if hasattr(pats, "regexps") else str(pats)
        if s.name:
            self.model.simple_types[s.name] = s
        return s

    # --- particles --------------------------------------------------------------------------------
    def particle(self, p, schema_maps) -> Particle:
        mx = p.max_occurs
        if isinstance(p, XsdElement):
            head = p.ref if p.ref is not None else p
            qname = head.name
            members = sorted(self.subst_members(head, schema_maps), key=sort_key)
            t = head.type
            part = Particle("element", p.min_occurs, mx, qname=qname, field_name=local(qname), members=members)
            if t.is_simple():
                part.simple = self.simple(t)
            elif t.has_simple_content() and not cast(XsdComplexType, t).attributes:
                part.simple = self.simple(cast(XsdComplexType, t).content)
            else:
                part.type_name = self.complex(t, schema_maps, owner=head)
            return part
        if isinstance(p, XsdAnyElement):
            ns = " ".join(sorted(p.namespace))
            if ns not in ("##any", "##other"):
                # a namespace list would need SE(uri:*) events (EXI 8.5.4.1.6); these XSDs have none
                raise ValueError(f"wildcard namespace list {ns!r} is not supported by this generator")
            return Particle("any", p.min_occurs, mx, any_ns=ns)
        if isinstance(p, XsdGroup):
            kids = [self.particle(c, schema_maps) for c in p]
            if p.model == "all":
                raise ValueError("xs:all is not used by ISO 15118-20")
            return Particle(p.model, p.min_occurs, mx, children=kids)
        raise ValueError(f"unknown particle {p!r}")

    def subst_members(self, head, maps) -> list[str]:
        """The head and every element substituting it. EXIficient lists an abstract head too (its SE
        event exists, confirmed against the reference with -2's abstract BodyElement); nothing can be
        encoded through it, and the decoder rejects it."""
        out = [head.name]
        for sub in maps.substitution_groups.get(head.name, []) if head.name else []:
            out += self.subst_members(sub, maps)
        return out

    # --- complex types ----------------------------------------------------------------------------
    def complex(self, t, maps, owner=None) -> str:
        qname = t.name
        if qname is None:
            # anonymous type of a global element: the element class itself carries the fields
            qname = owner.name + "#anon"
        if qname in self.model.complex_types:
            return qname
        ns = ns_of(qname)
        ct = ComplexT(qname=qname, name=local(qname).replace("#anon", ""), module=MODULE_OF_NS[ns], base=None,
                      abstract=bool(getattr(t, "abstract", False)), attributes=[], particle=None,
                      simple_content=None, mixed=bool(t.mixed))
        self.model.complex_types[qname] = ct
        base = t.base_type
        if base is not None and base.is_complex() and base.name and not base.name.startswith("{%s}" % XS) \
                and t.derivation == "extension":
            ct.base = self.complex(base, maps)
        for a in t.attributes.values():
            if a.name is None:
                continue
            ct.attributes.append(Attr(a.name, local(a.name), self.simple(a.type), a.use == "required"))
        ct.attributes.sort(key=lambda a: sort_key(a.qname))
        if t.has_simple_content():
            ct.simple_content = self.simple(t.content if t.content.is_simple() else t.content.base_type)
        elif t.content is not None and len(t.content) > 0 or t.is_complex() and isinstance(t.content, XsdGroup):
            ct.particle = _simplify(self.particle(t.content, maps))
        base_fields = set(self.all_fields(ct.base)) if ct.base else set()
        own = []
        for name in self.all_fields(qname):
            if name not in base_fields and name not in own:
                own.append(name)
        ct.own_fields = own
        if ct.base:
            self.model.complex_types[ct.base].subtypes.append(qname)
        return qname

    def all_fields(self, qname: str | None) -> list[str]:
        if qname is None:
            return []
        ct = self.model.complex_types[qname]
        names = [a.name for a in ct.attributes]
        if ct.simple_content is not None:
            names.append("value")
        names += [p.field_name for p in leaves(ct.particle) if p.kind == "element"]
        if ct.open:
            names.append("content")
        out: list[str] = []
        for n in names:
            if n not in out:
                out.append(n)
        return out


def _simplify(p: Particle) -> Particle:
    """Drops empty groups and unwraps single-child (1,1) groups; EXI grammars are the same."""
    if p.kind in ("sequence", "choice"):
        kids = [_simplify(c) for c in p.children]
        kids = [c for c in kids if not (c.kind in ("sequence", "choice") and not c.children)]
        flat: list[Particle] = []
        for c in kids:
            if c.kind == p.kind == "sequence" and c.min == c.max == 1:
                flat.extend(c.children)
            else:
                flat.append(c)
        p.children = flat
        if len(flat) == 1 and p.min == p.max == 1 and p.kind == "sequence":
            return flat[0] if flat[0].kind != "element" else p
    return p


def leaves(p: Particle | None) -> list[Particle]:
    if p is None:
        return []
    if p.kind in ("element", "any"):
        return [p]
    out: list[Particle] = []
    for c in p.children:
        out += leaves(c)
    return out


def load() -> Model:
    b = _Builder()
    for module, ns, _const, fname in NAMESPACES:
        if ns not in ROOT_NAMESPACES:
            continue
        schema = xmlschema.XMLSchema(str((SCHEMA_DIR / fname).resolve()))
        maps = schema.maps
        globals_ = sorted((e for e in maps.elements.values() if e.target_namespace != XS), key=lambda e: sort_key(e.name))
        b.model.doc_elements[ns] = [e.name for e in globals_]
        for e in globals_:
            if e.name in b.model.elements:
                continue
            t = e.type
            tname, simple = "", None
            if t.is_simple():
                simple = b.simple(t)
            elif t.has_simple_content() and not cast(XsdComplexType, t).attributes:
                simple = b.simple(cast(XsdComplexType, t).content)
            else:
                tname = b.complex(t, maps, owner=e)
            head = e.substitution_group
            b.model.elements[e.name] = GlobalElement(e.name, local(e.name), MODULE_OF_NS[ns_of(e.name)], tname, simple,
                                                     bool(e.abstract), head, bool(e.nillable))
        for t in maps.types.values():
            if t.name and not t.name.startswith("{%s}" % XS):
                if t.is_complex():
                    b.complex(t, maps)
                else:
                    b.simple(t)
        decls: dict[tuple[str, str], None] = {}
        for comp in maps.iter_components():
            if isinstance(comp, XsdElement) and comp.ref is None and comp.target_namespace != XS and comp.name:
                tn = comp.type.name or (comp.name + "#anon")
                decls[(comp.name, tn)] = None
        b.model.all_element_decls[ns] = sorted(decls, key=lambda d: sort_key(d[0]))
        b.model.all_attribute_decls[ns] = sorted(
            {c.name for c in maps.iter_components() if isinstance(c, XsdAttribute) and c.ref is None and c.name
             and _ours(c)}, key=sort_key)
        b.model.qname_tables[ns] = _qname_table(maps)
    for ct in b.model.complex_types.values():
        ct.subtypes.sort(key=sort_key)
    return b.model


def _ours(component) -> bool:
    """Declared in exi_schemas/ (not in the XMLSchema/XML meta-schemas xmlschema adds)."""
    url = str(getattr(getattr(component, "schema", None), "url", "") or "")
    return url.replace("file://", "").startswith(str(SCHEMA_DIR.parent))


def _qname_table(maps) -> list[tuple[str, list[str]]]:
    """EXI string table start (7.3.1, appendix D): "", xml, xsi, xsd with their fixed names, then every
    target namespace of the schema set, sorted, each with the sorted local names of its element, attribute
    and type declarations (unqualified attributes go to "")."""
    names: dict[str, set[str]] = {"": set()}
    for c in maps.iter_components():
        url = str(getattr(getattr(c, "schema", None), "url", "") or "")
        if not url.replace("file://", "").startswith(str(SCHEMA_DIR.parent)) or not getattr(c, "name", None):
            continue
        if isinstance(c, (XsdElement, XsdAttribute)) and c.ref is None:
            names.setdefault(ns_of(c.name), set()).add(local(c.name))
        elif isinstance(c, (XsdElement, XsdAttribute, XsdGroup)) or getattr(c, "parent", 0) is not None:
            continue
        elif hasattr(c, "is_complex"):
            names.setdefault(ns_of(c.name), set()).add(local(c.name))
    fixed = [("", sorted(names.pop(""))), (XML_NS, ["base", "id", "lang", "space"]), (XSI, ["nil", "type"]),
             (XS, XSD_TYPE_NAMES)]
    return fixed + [(ns, sorted(names[ns])) for ns in sorted(names)]


@dataclass
class FieldSpec:
    name: str
    kind: str                 # element | attribute | value | content (wildcard elements and mixed text)
    qname: str                # element/attribute qname ("" for simple content)
    simple: SimpleT | None
    type_name: str            # complex type qname for complex-typed elements
    min: int
    max: int | None
    choice: int | None        # alternatives of one xs:choice share a number
    members: list[str] = field(default_factory=list)

    @property
    def simple_type(self) -> SimpleT:
        """The simple type of an attribute, a simple-content value or a simple-typed element."""
        assert self.simple is not None, f"{self.name} has no simple type"
        return self.simple


def field_specs(model: Model, ct: ComplexT) -> list[FieldSpec]:
    """All fields of a complex type (inherited ones too) in XSD order."""
    out: list[FieldSpec] = []
    for a in ct.attributes:
        out.append(FieldSpec(a.name, "attribute", a.qname, a.simple, "", 1 if a.required else 0, 1, None))
    if ct.simple_content is not None:
        out.append(FieldSpec("value", "value", "", ct.simple_content, "", 1, 1, None))
    counter = [0]

    def mul(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a * b

    def walk(p: Particle, mn: int, mx: int | None, choice: int | None) -> None:
        if p.kind == "element":
            prev = next((f for f in out if f.name == p.field_name), None)
            if prev is not None:     # same element twice in the model: one field
                more = mul(mx, p.max)
                if prev.choice is not None and prev.choice == choice:    # alternatives: one or the other
                    prev.max = None if prev.max is None or more is None else max(prev.max, more)
                else:
                    prev.max = None if prev.max is None or more is None else prev.max + more
                prev.min = 0
                return
            out.append(FieldSpec(p.field_name, "element", p.qname, p.simple, p.type_name, mn * p.min,
                                 mul(mx, p.max), choice, p.members))
        elif p.kind == "sequence":
            for c in p.children:
                walk(c, mn * p.min, mul(mx, p.max), choice)
        elif p.kind == "choice":
            cid = choice
            if len(p.children) > 1:
                counter[0] += 1
                cid = counter[0]
            for c in p.children:
                walk(c, 0 if len(p.children) > 1 else mn * p.min, mul(mx, p.max), cid)

    if ct.particle is not None:
        walk(ct.particle, 1, 1, None)
    if ct.open:
        out.append(FieldSpec("content", "content", "", None, "", 0, None, None))
    return out
