"""The schema model (schema_model.json) as a generator of valid messages and a JSON->XML bridge.

One generator serves both the dev-time corpus builder (seeded `random.Random`) and the hypothesis tests
(`data.draw`): it only asks its `Source` for integers, choices and sizes, so both get the same coverage of
optional elements, choice alternatives, substitution-group members and list lengths.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
MODEL: dict[str, Any] = json.loads((HERE / "schema_model.json").read_text(encoding="utf-8"))
TYPES: dict[str, Any] = MODEL["types"]

APP_PROTOCOL = "urn:iso:15118:2:2010:AppProtocol"
COMMON_MESSAGES = "urn:iso:std:iso:15118:-20:CommonMessages"
AC = "urn:iso:std:iso:15118:-20:AC"
DC = "urn:iso:std:iso:15118:-20:DC"
WPT = "urn:iso:std:iso:15118:-20:WPT"
ACDP = "urn:iso:std:iso:15118:-20:ACDP"
XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"
DIN = "urn:din:70121:2012:MsgDef"
ISO2 = "urn:iso:15118:2:2013:MsgDef"
NAMESPACES = [APP_PROTOCOL, COMMON_MESSAGES, AC, DC, WPT, ACDP, XMLDSIG, DIN, ISO2]
SHORT_NS = {APP_PROTOCOL: "app", COMMON_MESSAGES: "cm", AC: "ac", DC: "dc", WPT: "wpt", ACDP: "acdp",
            XMLDSIG: "ds", DIN: "din", ISO2: "iso2"}
# the other namespaces of the DIN and -2 schema sets (XML prefixes only)
SUB_NS = {f"{base}:{part}": f"{short}{part[3:].lower()}" for short, base in (("din", "urn:din:70121:2012"),
          ("iso2", "urn:iso:15118:2:2013")) for part in ("MsgHeader", "MsgBody", "MsgDataTypes")}
# -2 signs these (and SignedInfo, in the xmldsig namespace) as EXI fragments
ISO2_SIGNED = ["AuthorizationReq", "MeteringReceiptReq", "ContractSignatureCertChain",
               "ContractSignatureEncryptedPrivateKey", "DHpublickey", "eMAID"]


XSI = "http://www.w3.org/2001/XMLSchema-instance"
# foreign (##other) element and attribute names the generator uses inside wildcards
FOREIGN_NAMES = ["{urn:example:v2g-ext}Note", "{urn:example:v2g-ext}Meta", "{http://example.com/oem#}Tag",
                 "{urn:example:v2g-ext}Item"]
FOREIGN_ATTRS = ["id", "kind", "{urn:example:v2g-ext}ref"]


def has_any(p: dict[str, Any] | None) -> bool:
    return p is not None and (p["p"] == "any" or any(has_any(i) for i in p.get("items", [])))


def is_open(t: dict[str, Any]) -> bool:
    """A type with a "content" list: wildcard or mixed element content."""
    return t["kind"] == "complex" and t["simple"] is None and (t["mixed"] or has_any(t["content"]))


def has_wildcard_content(v: Any) -> bool:
    """Whether a message in the JSON shape holds wildcard elements or mixed text anywhere."""
    if isinstance(v, dict):
        return "content" in v or any(has_wildcard_content(x) for x in v.values())
    return isinstance(v, list) and any(has_wildcard_content(x) for x in v)


def roots(namespace: str) -> list[dict[str, Any]]:
    """Global elements of a namespace that can be a document root (abstract heads and elements of an
    abstract type excluded)."""
    return [r for r in MODEL["namespaces"][namespace] if not r["abstract"] and not TYPES[r["type"]].get("abstract")]


def body_members(namespace: str) -> list[str]:
    """DIN/-2: the body elements V2G_Message/Body can hold (substitution group of BodyElement)."""
    body = next(i for i in TYPES[root_type(namespace, "V2G_Message")]["content"]["items"] if i.get("name") == "Body")
    (el,) = [i for i in TYPES[body["alts"][0]["type"]]["content"]["items"] if i["p"] == "el"]
    return sorted(a["name"] for a in el["alts"] if not TYPES[a["type"]].get("abstract"))


def root_type(namespace: str, name: str) -> str:
    """Type of a root element, or (DIN/-2) of an element of that schema set encoded as a fragment."""
    found = next((r["type"] for r in MODEL["namespaces"][namespace] if r["name"] == name), None)
    return found if found is not None else MODEL["fragments"][namespace][name]["type"]


def element_ns(namespace: str, name: str) -> str:
    """The namespace a root (or DIN/-2 fragment) element `name` of `namespace`'s schema set is declared in."""
    if any(r["name"] == name for r in MODEL["namespaces"][namespace]):
        return namespace
    return MODEL["fragments"][namespace][name]["ns"]


INT_RANGES = {
    "byte": (-128, 127), "short": (-32768, 32767), "int": (-2**31, 2**31 - 1), "long": (-2**63, 2**63 - 1),
    "unsignedByte": (0, 255), "unsignedShort": (0, 65535), "unsignedInt": (0, 2**32 - 1),
    "unsignedLong": (0, 2**64 - 1), "integer": (-2**70, 2**70),
}


# Plausible values per element/attribute name, picked most of the time by the "typical" profiles.
REALISTIC: dict[str, list[Any]] = {
    "SessionID": ["3D4CBF93374ED89B", "F21915B9DDDC12D1", "0000000000000000", "A5C3E1F09B7D2468"],
    "TimeStamp": [1725456322, 1727082830, 1700000000, 1735689600],
    "EVCCID": ["WMIV1234567890ABCDEX", "00:1B:C5:0B:53:7E", "VWVZZZE1ZMP012345"],
    "EVSEID": ["DE*PNX*E12345*1", "NL*TNM*EVSE0001*2", "FR*ABC*E9876543*1"],
    "EMAID": ["DE-8AA-1A2B3C4D5-6", "NL-TNM-C00122045-K", "DEPNXC123456789"],
    "MeterID": ["SMU-3412-0077", "EMH-ED300L-0815", "1"],
    "ServiceID": [1, 2, 5, 6, 65],
    "ParameterSetID": [0, 1, 2],
    "Exponent": [-3, -2, -1, 0, 1, 2, 3],
    "Value": [0, 230, 400, 2208, 11000, 15000, -11000, 32767, -32768],
    "PresentSOC": [10, 42, 80, 100], "MinimumSOC": [20, 30], "TargetSOC": [80, 90], "MaximumSOC": [100],
    "DepartureTime": [3600, 7200, 28800], "Duration": [900, 3600, 86400], "TimeAnchor": [0, 1725456333],
    "ScheduleTupleID": [1, 2, 3], "SelectedScheduleTupleID": [1, 2, 3],
    "Algorithm": ["http://www.w3.org/TR/canonical-exi/", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
                  "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384"],
    "URI": ["#id1", "#SignedInstallationData", "#SIGNED-METERING-1"],
    "Currency": ["EUR", "USD", "GBP"], "Language": ["ENG", "DEU", "NLD"],
    "Multiplier": [-3, -1, 0, 1, 3], "SAScheduleTupleID": [1, 2, 3], "MeterReading": [0, 123456, 98765432],
    "ProtocolNamespace": ["urn:iso:std:iso:15118:-20:DC", "urn:iso:std:iso:15118:-20:AC", "urn:din:70121:2012:MsgDef"],
}


class Source(Protocol):
    """Where the generator's decisions come from (random.Random or hypothesis)."""

    def integer(self, lo: int, hi: int) -> int: ...
    def text(self, lo: int, hi: int, alphabet: str) -> str: ...
    def binary(self, lo: int, hi: int) -> bytes: ...


@dataclass
class Profile:
    """How rich the generated instances are."""
    p_optional: float = 0.5        # chance an optional element/attribute is present (in 1/100 units below)
    max_list: int = 4              # cap on list lengths (the schema's maxOccurs still rules)
    max_string: int = 24           # cap on string lengths (the facets still rule)
    max_binary: int = 48           # cap on binary lengths
    alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_. :/\u00e4\u00df\u20ac"
    full: bool = False             # every optional present, lists and strings at their (capped) maximum
    values: dict[str, list[Any]] = field(default_factory=dict)  # realistic picks per element/attribute name
    avoid: frozenset[str] = frozenset()  # element names left out wherever the schema allows
    prefer: frozenset[str] = frozenset()  # element names steered to (and their lists filled) wherever possible


class Generator:
    """Random schema-valid instances in the EXIficient JSON shape."""

    def __init__(self, source: Source, profile: Profile | None = None) -> None:
        self.src = source
        self.prof = profile or Profile()
        self._ids = 0
        self._nesting = 0
        self._fixed: dict[int, Any] | None = None

    # -- decisions -------------------------------------------------------------------------------
    def _present(self) -> bool:
        return self.prof.full or self.src.integer(0, 99) < int(self.prof.p_optional * 100)

    def _count(self, lo: int, hi: int | None) -> int:
        cap = self.prof.max_list if self._nesting == 0 else min(3, self.prof.max_list)  # lists in lists stay short
        hi_c = min(hi if hi is not None else cap, max(lo, cap))
        if self.prof.full:
            return hi_c
        return self.src.integer(lo, hi_c)

    def _pick(self, seq: list[Any]) -> Any:
        return seq[self.src.integer(0, len(seq) - 1)]

    # -- instances -------------------------------------------------------------------------------
    def message(self, namespace: str, name: str) -> dict[str, Any]:
        self._ids = 0
        return {name: self.value(root_type(namespace, name), name, 0)}

    def value(self, type_key: str, name: str, depth: int) -> Any:
        t = TYPES[type_key]
        if t["kind"] == "simple":
            return self.simple(t, name)
        out: dict[str, Any] = {}
        for a in t["attrs"]:
            if a["required"] or self._present():
                out[a["name"]] = self.simple(TYPES[a["type"]], a["name"])
        if t["simple"] is not None:
            out["value"] = self.simple(TYPES[t["simple"]], name)
        elif t["content"] is not None:
            self.particle(t["content"], out, depth + 1)
        if is_open(t):
            content = self.content(type_key, out, depth)
            if content:
                out["content"] = content
        return out

    # -- wildcard elements and mixed text (the codec's "content" list) ---------------------------
    def content(self, type_key: str, out: dict[str, Any], depth: int) -> list[Any]:
        """Text (mixed types) and foreign elements where the content model still admits them after the
        declared children: SPKIData one after the last SPKISexp, KeyValue only instead of its key."""
        t = TYPES[type_key]
        local = type_key.rsplit("}", 1)[-1]
        n_any = 0
        if has_any(t["content"]):
            n_any = {"SPKIDataType": 1, "KeyValueType": 0 if out else 1}.get(local, 2)
        need = 1 if local == "SignaturePropertyType" else 0
        if not (need or (depth < 6 and self._present())):
            return []
        n = self.src.integer(need, n_any) if n_any else 0
        items: list[Any] = []
        for _ in range(n):
            if t["mixed"] and self.src.integer(0, 1):
                items.append(self.text_item())
            items.append(self.foreign(depth + 1))
        if t["mixed"] and (not items or isinstance(items[-1], dict)) and self.src.integer(0, 1):
            items.append(self.text_item())
        return items

    def text_item(self) -> str:
        return self.src.text(1, min(8, self.prof.max_string), self.prof.alphabet) or "x"

    def foreign(self, depth: int) -> dict[str, Any]:
        el: dict[str, Any] = {"element": self._pick(FOREIGN_NAMES)}
        attrs = {k: self.src.text(0, 6, self.prof.alphabet) for k in FOREIGN_ATTRS if self.src.integer(0, 2) == 0}
        if attrs:
            el["attributes"] = attrs
        content: list[Any] = []
        for _ in range(self.src.integer(0, 2 if depth < 4 else 0)):
            if not content or isinstance(content[-1], dict) and self.src.integer(0, 1):
                content.append(self.text_item())
            else:
                content.append(self.foreign(depth + 1))
        if content:
            el["content"] = content
        return el

    def particle(self, p: dict[str, Any], out: dict[str, Any], depth: int) -> None:
        if p["p"] == "any":
            return  # wildcards stay empty: the JSON shape has no way to carry foreign elements
        if p["p"] == "el":
            self.element(p, out, depth)
            return
        wanted = self._wants(p)
        if p["min"] == 0 and not wanted and not (self._present() and depth < 12):
            return
        reps = 1 if p["max"] == 1 else self._count(max(1, p["min"]), p["max"])
        outer = self._fixed
        if reps > 1 and outer is None:
            # the JSON shape groups repeated children by name and loses their interleaving, so a
            # repeated group repeats one choice: the XML order is then the only one the JSON allows
            self._fixed = {}
        self._nesting += reps > 1
        for _ in range(reps):
            if p["p"] == "seq":
                for item in p["items"]:
                    self.particle(item, out, depth)
            else:  # choice: never an alternative that is only a wildcard or avoided
                items = [i for i in p["items"] if i["p"] != "any" and not self._avoided(i)]
                if not items:
                    continue
                items = [i for i in items if self._wants(i)] or items
                if self._fixed is not None:
                    pick = self._fixed.setdefault(id(p), self._pick(items))
                else:
                    pick = self._pick(items)
                self.particle(pick, out, depth)
        self._nesting -= reps > 1
        self._fixed = outer

    def _wants(self, p: dict[str, Any]) -> bool:
        """Whether a particle can lead to a preferred element name."""
        return bool(self.prof.prefer) and bool(reach(p) & self.prof.prefer)

    def _avoided(self, p: dict[str, Any]) -> bool:
        return p["p"] == "el" and all(a["name"] in self.prof.avoid for a in p["alts"])

    def element(self, p: dict[str, Any], out: dict[str, Any], depth: int) -> None:
        alts = [a for a in p["alts"] if not TYPES[a["type"]].get("abstract") and a["name"] not in self.prof.avoid]
        alts = alts or [a for a in p["alts"] if not TYPES[a["type"]].get("abstract")]
        wanted = self._wants(p)
        if p["max"] == 1:
            optional = p["min"] == 0
            if optional and not wanted and (self._avoided(p) or not (self._present() and depth < 12)):
                return
            n = 1
        elif any(a["name"] in self.prof.prefer for a in p["alts"]):
            n = p["max"] or self.prof.max_list  # a preferred list at its maximum
        else:
            n = self._count(p["min"], p["max"])
            if n == 0:
                return
        alts = [a for a in alts if a["name"] in self.prof.prefer or _type_reach(a["type"]) & self.prof.prefer] or alts
        alt = self._pick(alts)  # one member for a whole list: the JSON shape keys lists by name
        self._nesting += n > 1
        values = [self.value(alt["type"], alt["name"], depth) for _ in range(n)]
        self._nesting -= n > 1
        if p["list"]:
            out.setdefault(alt["name"], []).extend(values)
        else:
            out[alt["name"]] = values[0]

    def simple(self, t: dict[str, Any], name: str) -> Any:
        picks = [v for v in self.prof.values.get(name, ()) if _fits(t, v)]
        if picks and not self.prof.full and self.src.integer(0, 3) != 0:
            return self._pick(picks)
        if t["enum"]:
            return self._pick(t["enum"])
        b = t["builtin"]
        if b == "boolean":
            return self.src.integer(0, 1) == 1
        if b in INT_RANGES:
            lo, hi = INT_RANGES[b]
            lo = lo if t["min"] is None else max(lo, int(t["min"]))
            hi = hi if t["max"] is None else min(hi, int(t["max"]))
            if self.prof.full:
                return hi
            return self._pick([lo, hi, self.src.integer(lo, hi), self.src.integer(max(lo, -100), min(hi, 100))])
        lo_len = t["minLength"] or 0
        if b in ("hexBinary", "base64Binary"):
            cap = t["maxLength"] if t["maxLength"] is not None else self.prof.max_binary
            hi_len = min(cap, max(lo_len, self.prof.max_binary)) if not self.prof.full else cap
            data = self.src.binary(lo_len, hi_len if not self.prof.full else cap)
            return data.hex().upper() if b == "hexBinary" else base64.b64encode(data).decode("ascii")
        if b in ("ID", "IDREF"):  # xs:ID values must be unique within a document; DIN's Id is an xs:IDREF
            self._ids += 1
            return "ID" + self.src.text(0, 10, "abcdefghijklmnopqrstuvwxyz0123456789_-") + f".{self._ids}"
        cap = t["maxLength"] if t["maxLength"] is not None else self.prof.max_string
        hi_len = cap if self.prof.full else min(cap, max(lo_len, self.prof.max_string))
        if self.prof.full:
            lo_len = hi_len
        # xs:anyURI collapses whitespace: blanks would not survive any codec
        alphabet = "".join(c for c in self.prof.alphabet if not c.isspace()) if b == "anyURI" else self.prof.alphabet
        return self.src.text(lo_len, hi_len, alphabet)


def _fits(t: dict[str, Any], v: Any) -> bool:
    """Whether a realistic pick is a valid value of this simple type (names are shared across types)."""
    b = t["builtin"]
    if t["enum"]:
        return v in t["enum"]
    if b in INT_RANGES:
        lo, hi = INT_RANGES[b]
        lo = lo if t["min"] is None else max(lo, int(t["min"]))
        hi = hi if t["max"] is None else min(hi, int(t["max"]))
        return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi
    if b == "hexBinary":
        return (isinstance(v, str) and t["minLength"] in (None, len(v) // 2) and len(v) % 2 == 0
                and all(c in "0123456789ABCDEF" for c in v) and (t["maxLength"] is None or len(v) // 2 <= t["maxLength"]))
    if b in ("string", "anyURI"):
        return isinstance(v, str) and (t["maxLength"] is None or len(v) <= t["maxLength"])
    return False


_REACH: dict[str, frozenset[str]] = {}


def _type_reach(type_key: str) -> frozenset[str]:
    """Element names that can occur anywhere below a type."""
    if type_key not in _REACH:
        _REACH[type_key] = frozenset()  # recursion guard
        t = TYPES[type_key]
        _REACH[type_key] = reach(t["content"]) if t["kind"] == "complex" and t["content"] else frozenset()
    return _REACH[type_key]


def reach(p: dict[str, Any]) -> frozenset[str]:
    """Element names a particle can produce, itself included."""
    if p["p"] == "any":
        return frozenset()
    if p["p"] == "el":
        out: set[str] = set()
        for a in p["alts"]:
            out.add(a["name"])
            out |= _type_reach(a["type"])
        return frozenset(out)
    return frozenset().union(*(reach(i) for i in p["items"]))


def coverage(messages: list[tuple[str, dict[str, Any]]]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(child elements the model allows, child elements the messages use), as (type, element name) pairs."""
    allowed: set[tuple[str, str]] = set()
    used: set[tuple[str, str]] = set()

    def walk_type(tk: str, seen: tuple[str, ...]) -> None:
        t = TYPES[tk]
        if tk in seen or t["kind"] == "simple" or t["content"] is None:
            return
        children: dict[str, Any] = {}
        _child_particles(t["content"], children)
        for _, alt in children.values():
            if not TYPES[alt["type"]].get("abstract"):
                allowed.add((tk, alt["name"]))
                walk_type(alt["type"], seen + (tk,))

    def walk_value(tk: str, v: Any) -> None:
        t = TYPES[tk]
        if t["kind"] == "simple" or not isinstance(v, dict) or t["content"] is None:
            return
        children: dict[str, Any] = {}
        _child_particles(t["content"], children)
        by_name = {alt["name"]: (p, alt) for p, alt in children.values()}
        for k, x in v.items():
            if k in by_name:
                p, alt = by_name[k]
                used.add((tk, k))
                for item in (x if p["list"] else [x]):
                    walk_value(alt["type"], item)

    for ns, msg in messages:
        (name, body), = msg.items()
        walk_type(root_type(ns, name), ())
        walk_value(root_type(ns, name), body)
    return allowed, used


# -- JSON -> XML (for the reference's XML mode) ----------------------------------------------------
def to_xml(message: dict[str, Any], namespace: str) -> str:
    """One-line XML document for a message in the JSON shape, namespaces and attributes per the schema."""
    (name, body), = message.items()
    prefixes = {ns: p for ns, p in SHORT_NS.items()} | SUB_NS
    prefixes["urn:iso:std:iso:15118:-20:CommonTypes"] = "ct"
    decl = " ".join(f'xmlns:{p}="{ns}"' for ns, p in prefixes.items())
    parts: list[str] = []
    _xml_element(parts, prefixes, element_ns(namespace, name), name, root_type(namespace, name), body, decl)
    return "".join(parts)


def _xml_element(parts: list[str], pfx: dict[str, str], ns: str, name: str, type_key: str, value: Any,
                 decl: str = "") -> None:
    t = TYPES[type_key]
    tag = f"{pfx[ns]}:{name}" if ns else name
    head = tag + (" " + decl if decl else "")
    if t["kind"] == "simple":
        parts.append(f"<{head}>{escape(_lexical(t, value))}</{tag}>")
        return
    attrs = ""
    for a in t["attrs"]:
        if a["name"] in value:
            aname = f"{pfx[a['ns']]}:{a['name']}" if a["ns"] else a["name"]
            attrs += f" {aname}={quoteattr(_lexical(TYPES[a['type']], value[a['name']]))}"
    known = {a["name"] for a in t["attrs"]} | ({"value"} if t["simple"] is not None else set())
    known |= {"content"} if is_open(t) else set()
    children: dict[str, Any] = {}
    _child_particles(t["content"], children)
    known |= {alt["name"] for _, alt in children.values()}
    if set(value) - known:  # a key the schema does not have would silently vanish from the XML
        raise ValueError(f"{name}: not in the schema: {sorted(set(value) - known)}")
    inner: list[str] = []
    if t["simple"] is not None:
        inner.append(escape(_lexical(TYPES[t["simple"]], value["value"])))
    elif t["content"] is not None:
        _xml_particle(inner, pfx, t["content"], value)
    for item in value.get("content", []) if is_open(t) else []:
        _xml_content_item(inner, pfx, item)
    if inner:
        parts.append(f"<{head}{attrs}>{''.join(inner)}</{tag}>")
    else:
        parts.append(f"<{head}{attrs}/>")


def _split(q: str) -> tuple[str, str]:
    return (q[1:].split("}", 1)[0], q.split("}", 1)[1]) if q.startswith("{") else ("", q)


def _xml_content_item(parts: list[str], pfx: dict[str, str], item: Any) -> None:
    """Mixed text, a foreign element (prefix w declared on it), or a global element of the schema."""
    if isinstance(item, str):
        parts.append(escape(item))
        return
    if "element" not in item:
        (q, body), = item.items()
        ns, name = _split(q)
        _xml_element(parts, pfx, ns, name, root_type(ns, name), body)
        return
    ns, name = _split(item["element"])
    tag = f"w:{name}" if ns else name
    head = tag + (f' xmlns:w="{ns}"' if ns else "")
    # what the -20 EXI Profile encodes for an undeclared element anyway; it also keeps validation lax below
    head += f' xmlns:xsi="{XSI}" xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:type="xs:anyType"'
    attr_ns: dict[str, str] = {}
    for k, v in item.get("attributes", {}).items():
        ans, aname = _split(k)
        if ans and ans not in attr_ns:
            attr_ns[ans] = f"wa{len(attr_ns)}"
            head += f' xmlns:{attr_ns[ans]}="{ans}"'
        head += (f" {attr_ns[ans]}:{aname}=" if ans else f" {aname}=") + quoteattr(v)
    inner: list[str] = []
    for c in item.get("content", []):
        _xml_content_item(inner, pfx, c)
    parts.append(f"<{head}>{''.join(inner)}</{tag}>" if inner else f"<{head}/>")


def _xml_particle(parts: list[str], pfx: dict[str, str], p: dict[str, Any], value: dict[str, Any]) -> None:
    if p["p"] == "any":
        return
    if p["p"] == "el":
        for alt in p["alts"]:
            if alt["name"] in value:
                v = value[alt["name"]]
                for item in (v if p["list"] else [v]):
                    _xml_element(parts, pfx, alt["ns"], alt["name"], alt["type"], item)
        return
    if p["p"] == "choice" and p["max"] == 1:
        chosen = [i for i in p["items"] if _matches(i, value)][:1]
    else:
        chosen = p["items"]
    for item in chosen:
        _xml_particle(parts, pfx, item, value)


def _names(p: dict[str, Any], required_only: bool) -> set[str]:
    if p["p"] == "any" or (required_only and p["min"] == 0):
        return set()
    if p["p"] == "el":
        return {a["name"] for a in p["alts"]}
    if p["p"] == "choice" and required_only:
        return set()
    return set().union(*(_names(i, required_only) for i in p["items"]))


def _matches(p: dict[str, Any], value: dict[str, Any]) -> bool:
    """Whether a choice alternative is the one a JSON object holds."""
    if p["p"] == "el":
        return any(a["name"] in value for a in p["alts"])
    return bool(_names(p, False) & value.keys()) and _names(p, True) <= value.keys()


def _lexical(t: dict[str, Any], value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- XML -> JSON (to read the reference's XML output) ----------------------------------------------
def from_xml(xml: str, namespace: str) -> dict[str, Any]:
    """The JSON shape of an XML document, typed by the schema model."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    name = root.tag.split("}")[1]
    return {name: _json_element(root, root_type(namespace, name))}


def _child_particles(p: dict[str, Any] | None, acc: dict[str, tuple[dict[str, Any], dict[str, Any]]]) -> None:
    if p is None or p["p"] == "any":
        return
    if p["p"] == "el":
        for alt in p["alts"]:
            acc.setdefault("{%s}%s" % (alt["ns"], alt["name"]) if alt["ns"] else alt["name"], (p, alt))
        return
    for item in p["items"]:
        _child_particles(item, acc)


def _json_element(el: Any, type_key: str) -> Any:
    t = TYPES[type_key]
    if t["kind"] == "simple":
        return _typed(t, el.text or "")
    out: dict[str, Any] = {}
    for a in t["attrs"]:
        key = "{%s}%s" % (a["ns"], a["name"]) if a["ns"] else a["name"]
        if key in el.attrib:
            out[a["name"]] = _typed(TYPES[a["type"]], el.attrib[key])
    if t["simple"] is not None:
        out["value"] = _typed(TYPES[t["simple"]], el.text or "")
        return out
    children: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    _child_particles(t["content"], children)
    content: list[Any] = [el.text] if el.text and t["mixed"] else []
    for child in el:
        if child.tag in children:
            p, alt = children[child.tag]
            v = _json_element(child, alt["type"])
            if p["list"]:
                out.setdefault(alt["name"], []).append(v)
            else:
                out[alt["name"]] = v
        else:
            content.append(_json_content_item(child))
        if child.tail and t["mixed"]:
            content.append(child.tail)
    if content:
        out["content"] = content
    return out


def _json_content_item(el: Any) -> dict[str, Any]:
    ns, name = _split(el.tag)
    if any(r["name"] == name for r in MODEL["namespaces"].get(ns, [])):
        return {el.tag: _json_element(el, root_type(ns, name))}
    out: dict[str, Any] = {"element": el.tag}
    attrs = dict(el.attrib)
    # the reference's profile writes xsi:type="xs:anyType" on every foreign element (with some prefix)
    if attrs.pop("{%s}type" % XSI, "anyType").rsplit(":", 1)[-1] != "anyType":
        raise ValueError(f"unexpected xsi:type on {el.tag}")
    if attrs:
        out["attributes"] = attrs
    content: list[Any] = [el.text] if el.text else []
    for child in el:
        content.append(_json_content_item(child))
        if child.tail:
            content.append(child.tail)
    if content:
        out["content"] = content
    return out


def _typed(t: dict[str, Any], text: str) -> Any:
    b = t["builtin"]
    if t["enum"]:
        return text
    if b == "boolean":
        return text.strip() in ("true", "1")
    if b in INT_RANGES:
        return int(text)
    if b == "hexBinary":
        return text.strip().upper()
    if b == "base64Binary":
        return base64.b64encode(base64.b64decode("".join(text.split()))).decode("ascii")
    return text


# -- structural checks used by the tests ---------------------------------------------------------
def element_names(message: dict[str, Any]) -> set[str]:
    """Every JSON key in a message (elements and attributes), to measure corpus coverage."""
    names: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                names.add(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(message)
    return names


def first_difference(actual: Any, expected: Any, path: str = "") -> str:
    """Path and values of the first place two JSON values differ."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for k in list(expected) + [k for k in actual if k not in expected]:
            if k not in actual or k not in expected:
                return f"{path}/{k}: actual {str(actual.get(k, '<absent>'))[:80]!s} expected {str(expected.get(k, '<absent>'))[:80]}"
            if actual[k] != expected[k]:
                return first_difference(actual[k], expected[k], f"{path}/{k}")
    if isinstance(actual, list) and isinstance(expected, list) and len(actual) == len(expected):
        for i, (a, e) in enumerate(zip(actual, expected)):
            if a != e:
                return first_difference(a, e, f"{path}[{i}]")
    return f"{path or '/'}: actual {str(actual)[:80]} expected {str(expected)[:80]}"
