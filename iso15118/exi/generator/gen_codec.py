"""Emits iso15118/exi/_codec.py: per complex type an encode and a decode function plus its grammar tables."""
from __future__ import annotations

from .grammar import State, build
from .schema import NAMESPACES, ComplexT, FieldSpec, Model, SimpleT, field_specs, local, ns_of
from .schema import MODULE_OF_NS

NBIT_LIMIT = 4096


class _Gen:
    def __init__(self, model: Model) -> None:
        self.model = model
        self.types = sorted(model.complex_types)
        self.tid = {q: i for i, q in enumerate(self.types)}
        self.consts: list[str] = []
        self.enum_ids: dict[str, int] = {}

    # --- names ------------------------------------------------------------------------------------
    def cls_expr(self, qname: str) -> str:
        mod = MODULE_OF_NS[ns_of(qname)]
        return f"_m_{mod}.{local(qname).replace('#anon', '')}"

    def elem_cls(self, el_qname: str, type_qname: str) -> str:
        el = self.model.elements.get(el_qname)
        if el is not None and el.type_name:
            return self.cls_expr(el.qname)
        return self.cls_expr(type_qname)

    def enum_const(self, s: SimpleT) -> int:
        if s.name not in self.enum_ids:
            i = len(self.enum_ids)
            self.enum_ids[s.name] = i
            cls = self.cls_expr(s.name)
            self.consts.append(f"ENUM_{i} = tuple({cls})")
            self.consts.append(f"EIDX_{i} = {{m: i for i, m in enumerate(ENUM_{i})}}")
        return self.enum_ids[s.name]

    # --- simple values ----------------------------------------------------------------------------
    def enc_value(self, s: SimpleT, q: str, v: str, ind: str) -> list[str]:
        k = s.kind
        if k == "bool":
            return [f"{ind}w.bits(check_bool({v}, p), 1)"]
        if k == "int":
            lo, hi = s.min, s.max
            if lo is not None and hi is not None and hi - lo < NBIT_LIMIT:
                return [f"{ind}w.bits(check_int({v}, {lo}, {hi}, p) - {lo}, {(hi - lo).bit_length()})"]
            if lo is not None and lo >= 0:
                return [f"{ind}w.uint(check_int({v}, {lo}, {hi}, p))"]
            return [f"{ind}w.sint(check_int({v}, {lo}, {hi}, p))"]
        if k == "enum":
            i = self.enum_const(s)
            return [f"{ind}w.bits(enum_index(EIDX_{i}, {v}, p), {(len(s.enum) - 1).bit_length()})"]
        hi = s.max_length if s.max_length is not None else s.length
        if k == "bytes":
            return [f"{ind}check_len({v}, bytes, None, {hi}, p)", f"{ind}w.binary({v})"]
        return [f"{ind}check_len({v}, str, None, {hi}, p)", f"{ind}st.write(w, {q!r}, {v})"]

    def dec_value(self, s: SimpleT, q: str, ind: str) -> list[str]:
        """Lines that leave the decoded value in `v`."""
        k = s.kind
        if k == "bool":
            return [f"{ind}v = r.bits(1) == 1"]
        if k == "int":
            lo, hi = s.min, s.max
            if lo is not None and hi is not None and hi - lo < NBIT_LIMIT:
                return [f"{ind}v = r.bits({(hi - lo).bit_length()}) + {lo}",
                        f"{ind}if v > {hi}:", f"{ind}    raise EXIDecodeError(r.pos, [], 'value out of range')"]
            read = "r.uint()" if lo is not None and lo >= 0 else "r.sint()"
            cond = " or ".join(c for c in (f"v < {lo}" if lo is not None and lo > 0 else "",
                                           f"v > {hi}" if hi is not None else "",
                                           ) if c) if lo is not None and lo >= 0 else " or ".join(
                c for c in (f"v < {lo}" if lo is not None else "", f"v > {hi}" if hi is not None else "") if c)
            out = [f"{ind}v = {read}"]
            if cond:
                out += [f"{ind}if {cond}:", f"{ind}    raise EXIDecodeError(r.pos, [], 'value out of range')"]
            return out
        if k == "enum":
            i = self.enum_const(s)
            return [f"{ind}v = r.bits({(len(s.enum) - 1).bit_length()})",
                    f"{ind}if v >= {len(s.enum)}:", f"{ind}    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')",
                    f"{ind}v = ENUM_{i}[v]"]
        hi = s.max_length if s.max_length is not None else s.length
        if k == "bytes":
            return [f"{ind}v = r.binary({hi})"]
        return [f"{ind}v = st.read(r, {q!r}, {hi})"]

    # --- one complex type -------------------------------------------------------------------------
    def emit_type(self, ct: ComplexT, out: list[str]) -> None:
        i = self.tid[ct.qname]
        states = build(ct)
        fields = field_specs(self.model, ct)
        by_event: dict[str, tuple[FieldSpec, str]] = {}
        for f in fields:
            if f.kind == "attribute":
                by_event[f.qname] = (f, f.qname)
            elif f.kind == "value":
                by_event["CH"] = (f, "")
            else:
                for m in f.members:
                    by_event[m] = (f, m)
        # handler ids: 0 = EE, -1 = unsupported (wildcard, mixed text)
        handlers: dict[str, int] = {}
        for stt in states:
            for t in stt.transitions:
                if t.event != "EE" and t.event in by_event and t.event not in handlers:
                    handlers[t.event] = len(handlers) + 1
        # tables
        enc_rows, dec_rows = [], []
        for stt in states:
            n1 = len(stt.transitions)
            w = stt.width
            enc = {}
            dec = []
            for code, t in enumerate(stt.transitions):
                enc[t.event] = (code, w, t.target, t.counter)
                h = 0 if t.event == "EE" else handlers.get(t.event, -1)
                dec.append((h, t.target, t.counter))
            enc_rows.append(repr(enc))
            dec_rows.append(repr((w, tuple(dec), stt.loop_exit, n1)))
        out.append(f"\n\n# {ct.qname}")
        out.append(f"E_{i} = (\n" + "".join(f"    {r},\n" for r in enc_rows) + ")")
        out.append(f"D_{i} = (\n" + "".join(f"    {r},\n" for r in dec_rows) + ")")
        # encoder
        out.append(f"\n\ndef e_{i}(w, o, st):")
        out.append(f"    T = E_{i}")
        out.append("    s = 0")
        out.append("    cnt = 0")
        out.append("    p = ''")
        out.append("    try:")
        ind = "        "
        for f in fields:
            out.append(f"{ind}p = {f.name!r}")
            out.append(f"{ind}v = o.{f.name}")
            is_list = f.max is None or f.max > 1
            required = f.min >= 1 and f.choice is None
            if is_list:
                if required:
                    out.append(f"{ind}if not v:")
                    out.append(f"{ind}    raise EXIEncodeError([], 'required field missing')")
                if f.max is not None:
                    out.append(f"{ind}if len(v) > {f.max}:")
                    out.append(f"{ind}    raise EXIEncodeError([], 'more than {f.max} items')")
                out.append(f"{ind}for v in v:")
                body_ind = ind + "    "
            else:
                if required:
                    out.append(f"{ind}if v is None:")
                    out.append(f"{ind}    raise EXIEncodeError([], 'required field missing')")
                out.append(f"{ind}if v is not None:")
                body_ind = ind + "    "
            out += self.enc_event(f, body_ind, is_list)
        out.append(f"{ind}p = ''")
        out.append(f"{ind}e = T[s].get('EE')")
        out.append(f"{ind}if e is None:")
        out.append(f"{ind}    raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')")
        out.append(f"{ind}w.bits(e[0], e[1])")
        out.append("    except EXIEncodeError as x:")
        out.append("        if p:")
        out.append("            x.path.insert(0, p)")
        out.append("        raise")
        out.append("    except (TypeError, AttributeError, ValueError) as x:")
        out.append("        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None")
        # decoder
        out.append(f"\n\ndef d_{i}(r, st, cls):")
        out.append(f"    D = D_{i}")
        for f in fields:
            is_list = f.max is None or f.max > 1
            out.append(f"    f_{f.name} = {'[]' if is_list else 'None'}")
        out.append("    s = 0")
        out.append("    cnt = 0")
        out.append("    p = ''")
        out.append("    try:")
        out.append("        while True:")
        out.append("            S = D[s]")
        out.append("            c = r.bits(S[0])")
        out.append("            if c >= S[3]:")
        out.append("                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')")
        out.append("            h, s, k = S[1][c]")
        out.append("            if k is not None:")
        out.append("                if k > 0:")
        out.append("                    cnt = k")
        out.append("                else:")
        out.append("                    cnt -= 1")
        out.append("                    if cnt == 1:")
        out.append("                        s = S[2]")
        out.append("            if h == 0:")
        out.append("                break")
        out.append("            if h < 0:")
        out.append("                raise EXIDecodeError(r.pos, [], 'wildcard or mixed content is not supported')")
        first = True
        for ev, h in handlers.items():
            f, member = by_event[ev]
            kw = "if" if first else "elif"
            first = False
            out.append(f"            {kw} h == {h}:")
            out.append(f"                p = {f.name!r}")
            out += self.dec_event(f, member, "                ")
        out.append("        p = ''")
        out.append("    except EXIDecodeError as x:")
        out.append("        if p:")
        out.append("            x.path.insert(0, p)")
        out.append("        raise")
        out.append("    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:")
        out.append("        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None")
        out.append("    o = _new(cls)")
        for f in fields:
            out.append(f"    o.{f.name} = f_{f.name}")
        out.append("    return o")

    def enc_event(self, f: FieldSpec, ind: str, is_list: bool) -> list[str]:
        out = []
        if f.kind == "element" and len(f.members) > 1:
            mi = self.member_map(f)
            out.append(f"{ind}q = member_of(MEMBERS_{mi}, v)")
        else:
            q = f.qname if f.kind != "value" else "CH"
            out.append(f"{ind}q = {q!r}")
        out.append(f"{ind}e = T[s].get(q)")
        out.append(f"{ind}if e is None:")
        out.append(f"{ind}    raise EXIEncodeError([], 'not allowed here (two choice alternatives set, or a required field before it missing)')")
        out.append(f"{ind}w.bits(e[0], e[1])")
        if is_list:
            out.append(f"{ind}k = e[3]")
            out.append(f"{ind}if k is None:")
            out.append(f"{ind}    s = e[2]")
            out.append(f"{ind}elif k > 0:")
            out.append(f"{ind}    s = e[2]")
            out.append(f"{ind}    cnt = k")
            out.append(f"{ind}else:")
            out.append(f"{ind}    cnt -= 1")
            out.append(f"{ind}    if cnt == 1:")
            out.append(f"{ind}        s = LOOP_EXIT[id(T)][s]")
        else:
            out.append(f"{ind}s = e[2]")
        if f.kind in ("attribute", "value"):
            out += self.enc_value(f.simple, f.qname, "v", ind)
        elif f.simple is not None:
            if f.simple.kind == "str":
                hi = f.simple.max_length if f.simple.max_length is not None else f.simple.length
                out.append(f"{ind}check_len(v, str, None, {hi}, p)")
                out.append(f"{ind}if v == '':")
                out.append(f"{ind}    w.bits(8, 4)")
                out.append(f"{ind}else:")
                out.append(f"{ind}    w.bits(0, 1)")
                out.append(f"{ind}    st.write(w, {f.qname!r}, v)")
                out.append(f"{ind}    w.bits(0, 1)")
            else:
                out.append(f"{ind}w.bits(0, 1)")
                out += self.enc_value(f.simple, f.qname, "v", ind)
                out.append(f"{ind}w.bits(0, 1)")
        elif len(f.members) > 1:
            out.append(f"{ind}ENC_BY_ELEMENT[q](w, v, st)")
        else:
            tq = self.member_type(f.members[0], f.type_name)
            out.append(f"{ind}e_{self.tid[tq]}(w, v, st)")
        return out

    def dec_event(self, f: FieldSpec, member: str, ind: str) -> list[str]:
        out = []
        is_list = f.max is None or f.max > 1
        if f.kind in ("attribute", "value"):
            out += self.dec_value(f.simple, f.qname, ind)
        elif f.simple is not None:
            out.append(f"{ind}if r.bits(1):")
            if f.simple.kind == "str":
                out.append(f"{ind}    if r.bits(3):")
                out.append(f"{ind}        raise EXIDecodeError(r.pos, [], 'unsupported second-level event')")
                out.append(f"{ind}    v = ''")
            else:
                out.append(f"{ind}    raise EXIDecodeError(r.pos, [], 'unsupported second-level event')")
            out.append(f"{ind}else:")
            out += self.dec_value(f.simple, f.qname, ind + "    ")
            out.append(f"{ind}    if r.bits(1):")
            out.append(f"{ind}        raise EXIDecodeError(r.pos, [], 'unsupported event after value')")
        else:
            tq = self.member_type(member, f.type_name)
            out.append(f"{ind}v = d_{self.tid[tq]}(r, st, {self.elem_cls(member, tq)})")
        out.append(f"{ind}f_{f.name}{'.append(v)' if is_list else ' = v'}")
        return out

    def member_type(self, member: str, default: str) -> str:
        el = self.model.elements.get(member)
        if el is not None and el.type_name:
            return el.type_name
        return default

    def member_map(self, f: FieldSpec) -> int:
        key = tuple(f.members)
        if not hasattr(self, "_mm"):
            self._mm = {}
        if key not in self._mm:
            i = len(self._mm)
            self._mm[key] = i
            # element class -> qname, and type class -> qname where the type belongs to one member only
            rows = []
            type_count: dict[str, int] = {}
            for m in f.members:
                t = self.member_type(m, f.type_name)
                type_count[t] = type_count.get(t, 0) + 1
            for m in f.members:
                t = self.member_type(m, f.type_name)
                if m in self.model.elements and self.model.elements[m].type_name:
                    rows.append(f"({self.cls_expr(m)}, {m!r})")
                if type_count[t] == 1:
                    rows.append(f"({self.cls_expr(t)}, {m!r})")
            self.consts.append(f"MEMBERS_{i} = dict([{', '.join(rows)}])")
        return self._mm[key]


def emit_codec(model: Model) -> dict[str, str]:
    g = _Gen(model)
    body: list[str] = []
    for q in g.types:
        g.emit_type(model.complex_types[q], body)
    head = ['"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.',
            "",
            "Per XSD complex type: E_n/D_n grammar tables (per state: event -> code, width, next state, loop",
            "counter) and e_n/d_n, the encoder and decoder of an element of that type after its SE event.",
            '"""',
            "# flake8: noqa",
            "from __future__ import annotations", "",
            "from ._runtime import check_int, check_len",
            "from ._support import check_bool, enum_index, member_of, new as _new",
            "from .errors import EXIDecodeError, EXIEncodeError"]
    for mod, _ns, _c, _f in NAMESPACES:
        head.append(f"from ..messages import {mod} as _m_{mod}")
    tail = ["\n\nLOOP_EXIT = {id(T): tuple(d[2] for d in D) for T, D in ("]
    tail += [f"    (E_{g.tid[q]}, D_{g.tid[q]})," for q in g.types]
    tail.append(")}")
    # global elements with complex types: qname -> (encoder, decoder, class)
    tail.append("\nELEMENTS = {")
    for q, el in sorted(model.elements.items()):
        if el.type_name:
            i = g.tid[el.type_name]
            tail.append(f"    {q!r}: (e_{i}, d_{i}, {g.cls_expr(q)}),")
    tail.append("}")
    tail.append("\n# (type qname, field) -> element qnames of the substitution group that field holds")
    tail.append("MEMBERS = {")
    for q in g.types:
        for f in field_specs(model, model.complex_types[q]):
            if f.kind == "element" and len(f.members) > 1:
                tail.append(f"    ({q!r}, {f.name!r}): {tuple(f.members)!r},")
    tail.append("}")
    tail.append("ENC_BY_ELEMENT = {q: v[0] for q, v in ELEMENTS.items()}")
    tail.append("\n# namespace -> global elements of the schema set loaded for it, in EXI order")
    tail.append("DOCUMENT_ELEMENTS = {")
    for ns, els in model.doc_elements.items():
        tail.append(f"    {ns!r}: (\n" + "".join(f"        {e!r},\n" for e in els) + "    ),")
    tail.append("}")
    text = "\n".join(head) + "\n\n" + "\n".join(g.consts) + "\n" + "\n".join(body) + "\n" + "\n".join(tail) + "\n"
    return {"iso15118/exi/_codec.py": text}
