"""Emits iso15118/exi/_codec.py: per complex type an encode and a decode function plus its grammar tables."""
from __future__ import annotations

import re
from typing import cast

from .grammar import State, build
from .schema import CODEC_PART_OF_NS, ComplexT, FieldSpec, Model, SimpleT, field_specs, local, ns_of
from .schema import MODULE_OF_NS

NBIT_LIMIT = 4096


# Where the -20 text overrides an XSD length facet. dhPublicKeyType says 133 octets (a secp521r1
# point), but [V2G20-2489] NOTE 7 sends an X448 key as 0x04 || 56 octets = 57; iso15118.security
# checks the exact length per curve.
TEXT_LENGTH_OVERRIDES = {"{urn:iso:std:iso:15118:-20:CommonMessages}dhPublicKeyType": (57, 133)}


def length_bounds(s: SimpleT) -> tuple[int | None, int | None]:
    """The (min, max) length facets the encoder enforces. The decoder ignores them, as the reference does
    (only the bits left bound a length): the states judge a wrong length and answer with a response code."""
    if s.name in TEXT_LENGTH_OVERRIDES:
        return TEXT_LENGTH_OVERRIDES[s.name]
    if s.length is not None:
        return s.length, s.length
    return s.min_length, s.max_length


# The Java type JAXB binds each XSD integer built-in to: the reference (EXIficient behind JAXB) refuses a
# decoded value outside it (an xs:short of 32768: UnmarshalException), and keeps any other.
JAVA_INT_RANGES = {
    "byte": (-(2**7), 2**7 - 1), "unsignedByte": (-(2**15), 2**15 - 1), "short": (-(2**15), 2**15 - 1),
    "unsignedShort": (-(2**31), 2**31 - 1), "int": (-(2**31), 2**31 - 1), "unsignedInt": (-(2**63), 2**63 - 1),
    "long": (-(2**63), 2**63 - 1),
}


def java_range_check(s: SimpleT, ind: str) -> list[str]:
    """Lines refusing a decoded integer `v` that the reference refuses (see JAVA_INT_RANGES)."""
    if s.kind != "int" or s.builtin not in JAVA_INT_RANGES:
        return []
    lo, hi = JAVA_INT_RANGES[s.builtin]
    return [f"{ind}if not {lo} <= v <= {hi}:",
            f"{ind}    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:{s.builtin}')"]


def dec_int(s: SimpleT, ind: str) -> list[str]:
    """Lines that leave a decoded integer in `v`. Liberal as the reference: a value outside the facets that
    the encoding still carries (MaxNumberOfPhasesInUse = 4 in the 2-bit field of 1..3, 70000 as an
    unsignedShort) is decoded, not refused; the encoder keeps enforcing the facets. Refused, as by the
    reference, is only a value outside the Java type of its built-in (java_range_check)."""
    lo, hi = s.min, s.max
    if lo is not None and hi is not None and hi - lo < NBIT_LIMIT:
        return [f"{ind}v = r.bits({(hi - lo).bit_length()}) + {lo}"]
    return [f"{ind}v = {'r.uint()' if lo is not None and lo >= 0 else 'r.sint()'}"] + java_range_check(s, ind)


class _Gen:
    def __init__(self, model: Model, part: str, gens: dict[str, _Gen]) -> None:
        """The generator of one codec module (`part`, see CODEC_PART_OF_NS): its complex types and simple
        root elements; gens: every part's generator, for calls into the modules of other namespaces."""
        self.model = model
        self.part = part
        self.types = sorted(q for q in model.complex_types if CODEC_PART_OF_NS[ns_of(q)] == part)
        self.tid = {q: i for i, q in enumerate(self.types)}
        self.gens = gens
        self.simple_roots = {q: k for k, q in enumerate(sorted(
            q for q, el in model.elements.items() if not el.type_name and CODEC_PART_OF_NS[ns_of(q)] == part))}
        self.consts: list[str] = []
        self.enum_ids: dict[str, int] = {}

    def fn(self, kind: str, qname: str) -> str:
        """The name of the e_/d_ (complex type) or es_/ds_ (simple root element) function for qname, in this
        module or in the module of its namespace (imported as _p_<part>)."""
        g = self.gens[CODEC_PART_OF_NS[ns_of(qname)]]
        i = g.tid[qname] if kind in ("e", "d") else g.simple_roots[qname]
        return f"{kind}_{i}" if g is self else f"_p_{g.part}.{kind}_{i}"

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
        if s.qname not in self.enum_ids:
            i = len(self.enum_ids)
            self.enum_ids[s.qname] = i
            cls = self.cls_expr(s.qname)
            self.consts.append(f"ENUM_{i} = tuple({cls})")
            self.consts.append(f"EIDX_{i} = {{m: i for i, m in enumerate(ENUM_{i})}}")
        return self.enum_ids[s.qname]

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
            return [f"{ind}w.bits(enum_index(EIDX_{i}, {v}, p), {(len(s.values) - 1).bit_length()})"]
        lo, hi = length_bounds(s)
        if k == "bytes":
            return [f"{ind}check_len({v}, bytes, {lo}, {hi}, p)", f"{ind}w.binary({v})"]
        # Every character as given, whitespace of xs:ID/xs:anyURI included: EXIficient's encoder applies no
        # whiteSpace facet either (tests/exi/test_exi_symmetry.py), and a signature covers the exact string.
        return [f"{ind}check_len({v}, str, {lo}, {hi}, p)", f"{ind}st.write(w, {q!r}, {v})"]

    def dec_value(self, s: SimpleT, q: str, ind: str) -> list[str]:
        """Lines that leave the decoded value in `v`."""
        k = s.kind
        if k == "bool":
            return [f"{ind}v = r.bits(1) == 1"]
        if k == "int":
            return dec_int(s, ind)
        if k == "enum":
            i = self.enum_const(s)
            return [f"{ind}v = r.bits({(len(s.values) - 1).bit_length()})",
                    f"{ind}if v >= {len(s.values)}:", f"{ind}    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')",
                    f"{ind}v = ENUM_{i}[v]"]
        if k == "bytes":
            return [f"{ind}v = r.binary()"]
        return [f"{ind}v = st.read(r, {q!r})"]

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
        out.append(f"\n\n# {ct.qname}")
        self.emit_encoder(i, states, fields, out)
        self.emit_decoder(i, states, fields, by_event, out, ct.qname)

    @staticmethod
    def _order(states: list[State]) -> tuple[list[int], bool]:
        """Topological order of the states ignoring self-loops, and whether the graph is cyclic."""
        indeg = {k: 0 for k in range(len(states))}
        for k, st in enumerate(states):
            for t in {t.target for t in st.transitions if t.target >= 0 and t.target != k} | (
                    {st.loop_exit} if st.loop_exit is not None else set()):
                indeg[t] += 1
        ready = [k for k in indeg if indeg[k] == 0]
        order = []
        while ready:
            k = ready.pop(0)
            order.append(k)
            st = states[k]
            for t in sorted({t.target for t in st.transitions if t.target >= 0 and t.target != k} | (
                    {st.loop_exit} if st.loop_exit is not None else set())):
                indeg[t] -= 1
                if indeg[t] == 0:
                    ready.append(t)
        if len(order) != len(states):
            return list(range(len(states))), True
        return order, False

    @staticmethod
    def _goto(st: State, k: int, t, ind: str) -> list[str]:
        """Lines that move to the transition's target, keeping the counted-loop counter."""
        if t.counter is None:
            return [f"{ind}s = {t.target}"]
        if t.counter > 0:
            return [f"{ind}s = {t.target}", f"{ind}cnt = {t.counter}"]
        return [f"{ind}cnt -= 1", f"{ind}s = {st.loop_exit} if cnt == 1 else {k}"]

    def emit_encoder(self, i: int, states: list[State], fields: list[FieldSpec], out: list[str]) -> None:
        avail: dict[str, list[tuple[int, int, int, object]]] = {}
        for k, st in enumerate(states):
            for code, t in enumerate(st.transitions):
                avail.setdefault(t.event, []).append((k, code, st.width, t))
        out.append(f"\n\ndef e_{i}(w, o, st):")
        out.append("    s = 0")
        out.append("    cnt = 0")
        out.append("    p = ''")
        out.append("    try:")
        ind = "        "
        known: set[int] | None = {0}     # states the encoder can be in here (None: not tracked, after lists)

        def rows_for(ev: str) -> list:
            rows = avail.get(ev, [])
            return rows if known is None else [r for r in rows if r[0] in known]

        def direct(rows: list) -> bool:
            return known is not None and len(rows) == 1 and known == {rows[0][0]}

        for f in fields:
            out.append(f"{ind}p = {f.name!r}")
            out.append(f"{ind}v = o.{f.name}")
            if f.kind == "content":
                # wildcard elements and mixed text after the declared children, from whatever state s is
                out.append(f"{ind}if v:")
                out.append(f"{ind}    s = enc_content(w, v, st, s, OPEN_{self.open_table(states)})")
                known = None
                continue
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
                known = None
                body = ind + "    "
            elif required:
                out.append(f"{ind}if v is None:")
                out.append(f"{ind}    raise EXIEncodeError([], 'required field missing')")
                body = ind
            else:
                out.append(f"{ind}if v is not None:")
                body = ind + "    "
            targets: set[int] = set()
            if f.kind == "element" and len(f.members) > 1:
                out.append(f"{body}q = member_of(MEMBERS_{self.member_map(f)}, v)")
                for j, m in enumerate(f.members):
                    rows = rows_for(m)
                    targets |= {r[3].target for r in rows}
                    out.append(f"{body}{'if' if j == 0 else 'elif'} q == {m!r}:")
                    out += self.enc_transition(states, rows, body + "    ", with_ch=False, direct=direct(rows))
                    out.append(f"{body}    ELEMENT_ENCODERS[q](w, v, st)")
            elif f.kind == "element" and f.simple is not None and self.fixed_width(f.simple) is not None:
                rows = rows_for(f.qname)
                targets |= {r[3].target for r in rows}
                out += self.enc_fixed(f, states, rows, body, direct=direct(rows))
            elif f.kind == "value" and f.simple_type.kind in ("str", "bytes"):
                # empty text: EE at once as a second-level event (escape, then code 0 of 3 bits), as EXIficient
                out.append(f"{body}if not v:")
                rows = rows_for("CH")
                targets |= {r[3].target for r in rows} | {-2}
                for j, (k, code, width, t) in enumerate(rows):
                    out.append(f"{body}    {'if' if j == 0 else 'elif'} s == {k}:")
                    out.append(f"{body}        w.bits({len(states[k].transitions) << 3}, {width + 3})")
                    out.append(f"{body}        s = -2")
                out.append(f"{body}    {'else' if rows else 'if True'}:")
                out.append(f"{body}        raise EXIEncodeError([], 'text not allowed here')")
                out.append(f"{body}else:")
                out += self.enc_transition(states, rows, body + "    ", with_ch=False)
                out += self.enc_value_of(f, body + "    ")
            else:
                ev = f.qname if f.kind != "value" else "CH"
                rows = rows_for(ev)
                targets |= {r[3].target for r in rows}
                out += self.enc_transition(states, rows, body, direct=direct(rows),
                                           with_ch=f.kind == "element" and f.simple is not None and f.simple.kind not in ("str", "bytes"))
                out += self.enc_value_of(f, body)
            if known is not None:
                known = targets if required else known | targets
        out.append(f"{ind}p = ''")
        rows = rows_for("EE")
        if any(f.kind == "value" for f in fields):
            out.append(f"{ind}if s != -2:")
            out += self.enc_transition(states, rows, ind + "    ", with_ch=False,
                                       what="content incomplete: a required field or choice is missing")
        else:
            out += self.enc_transition(states, rows, ind, with_ch=False, direct=direct(rows),
                                       what="content incomplete: a required field or choice is missing")
        out.append("    except EXIEncodeError as x:")
        out.append("        if p:")
        out.append("            x.path.insert(0, p)")
        out.append("        raise")
        out.append("    except (TypeError, AttributeError, ValueError) as x:")
        out.append("        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None")

    def enc_transition(self, states, rows, ind: str, with_ch: bool, what: str = "", direct: bool = False) -> list[str]:
        """if-chain over the states in which the event exists: write its code (and the CH code 0).
        direct: the state is known at generation time, so no test at all."""
        what = what or "not allowed here: two choice alternatives set, or a required field before it missing"
        out = []
        if direct:
            (k, code, width, t), = rows
            out.append(f"{ind}w.bits({code << 1 if with_ch else code}, {width + 1 if with_ch else width})")
            if t.event != "EE":
                out += self._goto(states[k], k, t, ind)
            return out
        for j, (k, code, width, t) in enumerate(rows):
            out.append(f"{ind}{'if' if j == 0 else 'elif'} s == {k}:")
            if with_ch:
                out.append(f"{ind}    w.bits({code << 1}, {width + 1})")
            else:
                out.append(f"{ind}    w.bits({code}, {width})")
            if t.event != "EE":
                out += self._goto(states[k], k, t, ind + "    ")
        out.append(f"{ind}{'else' if rows else 'if True'}:")
        out.append(f"{ind}    raise EXIEncodeError([], {what!r})")
        return out

    def enc_fixed(self, f: FieldSpec, states, rows, ind: str, direct: bool = False) -> list[str]:
        """SE code, CH, an n-bit value and EE in one write."""
        sm = f.simple_type
        n = self.fixed_width(sm)
        assert n is not None, "callers take this path for fixed-width values only"
        if sm.kind == "bool":
            out = [f"{ind}x = check_bool(v, p)"]
        elif sm.kind == "enum":
            out = [f"{ind}x = enum_index(EIDX_{self.enum_const(sm)}, v, p)"]
        else:
            out = [f"{ind}x = check_int(v, {sm.min}, {sm.max}, p) - {sm.min}"]
        what = "not allowed here: two choice alternatives set, or a required field before it missing"
        if direct:
            (k, code, width, t), = rows
            out.append(f"{ind}w.bits({code << (n + 2)} | (x << 1), {width + n + 2})")
            out += self._goto(states[k], k, t, ind)
            return out
        for j, (k, code, width, t) in enumerate(rows):
            out.append(f"{ind}{'if' if j == 0 else 'elif'} s == {k}:")
            out.append(f"{ind}    w.bits({code << (n + 2)} | (x << 1), {width + n + 2})")
            out += self._goto(states[k], k, t, ind + "    ")
        out.append(f"{ind}{'else' if rows else 'if True'}:")
        out.append(f"{ind}    raise EXIEncodeError([], {what!r})")
        return out

    def enc_value_of(self, f: FieldSpec, ind: str) -> list[str]:
        out = []
        if f.kind in ("attribute", "value"):
            out += self.enc_value(f.simple_type, f.qname, "v", ind)
        elif f.simple is not None:
            if f.simple.kind in ("str", "bytes"):
                # "" / b"" is written as EE right after SE (escape 1, second-level code 0), as EXIficient does
                # (the value always as a string-table miss: StringTable.write)
                lo, hi = length_bounds(f.simple)
                out.append(f"{ind}w.{'chars' if f.simple.kind == 'str' else 'binary'}_el(v, {lo}, {hi})")
            elif f.simple.kind == "int":
                # the value and the element's EE in one call (fixed-width ints take enc_fixed)
                sm = f.simple
                lo, hi = sm.min, sm.max
                ee = "uint_ee" if lo is not None and lo >= 0 else "sint_ee"
                bounds = "".join([f" and {lo} <= v" if lo is not None else "", f" and v <= {hi}" if hi is not None else ""])
                out.append(f"{ind}w.{ee}(v if type(v) is int{bounds} else check_int(v, {lo}, {hi}, p))")
            else:
                out += self.enc_value(f.simple, f.qname, "v", ind)
                out.append(f"{ind}w.bits(0, 1)")
        else:
            tq = self.member_type(f.members[0], f.type_name)
            out.append(f"{ind}{self.fn('e', tq)}(w, v, st)")
        return out

    def open_table(self, states: list[State]) -> int:
        """OPEN_n: state -> (code width, SE(*) code, its target, CH code, its target) for enc_content."""
        rows = []
        for k, st in enumerate(states):
            star = next(((c, t) for c, t in enumerate(st.transitions) if t.event == "*"), None)
            ch = next(((c, t) for c, t in enumerate(st.transitions) if t.event == "CH"), None)
            for x in (star, ch):
                if x is not None and x[1].counter is not None:
                    raise ValueError("counted loop on a wildcard or text event")
            if star or ch:
                rows.append(f"{k}: ({st.width}, {star[0] if star else None}, {star[1].target if star else None}, "
                            f"{ch[0] if ch else None}, {ch[1].target if ch else None})")
        n = len([c for c in self.consts if c.startswith("OPEN_")])
        self.consts.append(f"OPEN_{n} = {{{', '.join(rows)}}}")
        return n

    def emit_decoder(self, i: int, states: list[State], fields: list[FieldSpec], by_event, out: list[str],
                     qname: str = "") -> None:
        order, cyclic = self._order(states)
        out.append(f"\n\ndef d_{i}(r, st, cls):")
        for f in fields:
            is_list = f.max is None or f.max > 1
            out.append(f"    f_{f.name} = {'[]' if is_list else 'None'}")
        out.append("    s = 0")
        out.append("    cnt = 0")
        out.append("    p = ''")
        out.append("    try:")
        ind = "        "
        if cyclic:
            out.append(f"{ind}while s >= 0:")
            ind += "    "
        known: set[int] | None = None if cyclic else {0}    # states s can hold here (acyclic grammars)
        for k in order:
            st = states[k]
            loops = any(t.target == k for t in st.transitions)
            targets = {t.target for t in st.transitions} | ({st.loop_exit} if st.loop_exit is not None else set())
            value_f = by_event.get("CH", (None,))[0]
            empty_text = value_f is not None and value_f.simple.kind in ("str", "bytes") and any(
                t.event == "CH" for t in st.transitions)
            if empty_text:
                targets.add(-1)       # the second-level EE branch below ends the element
            if known is not None and known == {k} and not loops:
                b = ind                       # s == k for sure: no test
                known = targets
            else:
                out.append(f"{ind}{'while' if loops and not cyclic else 'if'} s == {k}:")
                b = ind + "    "
                if known is not None:
                    known = (known | targets) - {k} if loops else (
                        (known - {k}) | targets if k in known else known)
            if len(st.transitions) == 1:
                t = st.transitions[0]
                if t.event == "EE":
                    out.append(f"{b}if r.bits(1):")
                    out.append(f"{b}    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')")
                    out.append(f"{b}s = -1")
                    continue
                if t.event in by_event and by_event[t.event][0].kind == "element":
                    f, member = by_event[t.event]
                    out += self._goto(st, k, t, b)
                    out.append(f"{b}p = {f.name!r}")
                    out += self.dec_event(f, member, b, code_bits=1)
                    continue
            out.append(f"{b}c = r.bits({st.width})")
            for code, t in enumerate(st.transitions):
                out.append(f"{b}{'if' if code == 0 else 'elif'} c == {code}:")
                bb = b + "    "
                if t.event == "EE":
                    out.append(f"{bb}s = -1")
                    continue
                if t.event == "*" or t.event == "CH" and t.event not in by_event:
                    out += self._goto(st, k, t, bb)
                    out.append(f"{bb}p = 'content'")
                    read = "dec_wildcard(r, st)" if t.event == "*" else f"st.read(r, {qname!r})"
                    out.append(f"{bb}f_content.append({read})")
                    continue
                f, member = by_event[t.event]
                out += self._goto(st, k, t, bb)
                out.append(f"{bb}p = {f.name!r}")
                out += self.dec_event(f, member, bb)
            if empty_text:
                out.append(f"{b}elif c == {len(st.transitions)} and r.bits(3) == 0:")     # EE: empty text
                out.append(f"{b}    f_value = {repr('' if value_f.simple.kind == 'str' else b'')}")
                out.append(f"{b}    s = -1")
            out.append(f"{b}else:")
            out.append(f"{b}    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')")
        out.append(f"{'        '}p = ''")
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

    @staticmethod
    def fixed_width(sm: SimpleT) -> int | None:
        if sm.kind == "bool":
            return 1
        if sm.kind == "enum":
            return (len(sm.values) - 1).bit_length()
        if sm.kind == "int" and sm.min is not None and sm.max is not None and sm.max - sm.min < NBIT_LIMIT:
            return (sm.max - sm.min).bit_length()
        return None

    def fixed_value(self, sm: SimpleT, x: str, ind: str) -> list[str]:
        """Lines turning the raw n-bit field x into `v`, with the range checks."""
        if sm.kind == "bool":
            return [f"{ind}v = {x} == 1"]
        if sm.kind == "enum":
            i = self.enum_const(sm)
            return [f"{ind}if {x} >= {len(sm.values)}:",
                    f"{ind}    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')",
                    f"{ind}v = ENUM_{i}[{x}]"]
        # no check against the facet's maximum: see dec_int
        return [f"{ind}v = {x} + {sm.min}" if sm.min else f"{ind}v = {x}"]

    def dec_event(self, f: FieldSpec, member: str, ind: str, code_bits: int = 0) -> list[str]:
        """Decode one event's content into f_<field>. code_bits=1: the state's 1-bit event code (which must
        be 0) is still unread and gets fused into the first read."""
        out = []
        is_list = f.max is None or f.max > 1
        bad = "raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')"
        if f.kind in ("attribute", "value"):
            if code_bits:
                out += [f"{ind}if r.bits(1):", f"{ind}    {bad}"]
            out += self.dec_value(f.simple_type, f.qname, ind)
        elif f.simple is not None:
            sm = f.simple
            n = self.fixed_width(sm)
            if n is not None:
                total = code_bits + 1 + n + 1
                mask = (((1 << (code_bits + 1)) - 1) << (n + 1)) | 1
                out.append(f"{ind}c = r.bits({total})")
                out.append(f"{ind}if c & {mask}:")
                out += self.dec_untyped(sm, f.qname, ind + "    ", f"c >> {n + 1}", n + 1)
                out += java_range_check(sm, ind + "    ")
                out.append(f"{ind}else:")
                out += self.fixed_value(sm, f"((c >> 1) & {(1 << n) - 1})" if n else "0", ind + "    ")
            elif sm.kind in ("str", "bytes"):
                # the event code (if unread) and the escape bit in one read; the value and its EE in one call
                out.append(f"{ind}c = r.bits({code_bits + 1})")
                out.append(f"{ind}if c:")
                out += self.dec_untyped(sm, f.qname, ind + "    ", "c" if code_bits else "")
                out.append(f"{ind}else:")
                read = f"st.read_ee(r, {f.qname!r})" if sm.kind == "str" else "r.binary_ee()"
                out.append(f"{ind}    v = {read}")
            else:
                signed = sm.kind == "int" and not (sm.min is not None and sm.min >= 0)
                total = code_bits + 1 + (1 if signed else 0)
                assert sm.kind == "int", "bool and enum are fixed-width, str and bytes handled above"
                # event code, CH, sign, value and EE in one call; None: read again for the untyped form
                out.append(f"{ind}v = r.uint_ee({total}{', True' if signed else ''})")
                out.append(f"{ind}if v is None:")
                out.append(f"{ind}    c = r.bits({total})")
                out += self.dec_untyped(sm, f.qname, ind + "    ", f"c >> {int(signed)}", int(signed))
                out += java_range_check(sm, ind)
        elif self.model.complex_types[self.member_type(member, f.type_name)].abstract:
            out.append(f"{ind}raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')")
            return out
        else:
            if code_bits:
                out += [f"{ind}if r.bits(1):", f"{ind}    {bad}"]
            tq = self.member_type(member, f.type_name)
            # the element class tells substitution-group members apart; otherwise the field's type class
            cls = self.elem_cls(member, tq) if len(f.members) > 1 else self.cls_expr(tq)
            out.append(f"{ind}v = {self.fn('d', tq)}(r, st, {cls})")
        if is_list and f.max is not None:
            out.append(f"{ind}if len(f_{f.name}) >= {f.max}:")
            out.append(f"{ind}    raise EXIDecodeError(r.pos, [], 'more than {f.max} items')")
        out.append(f"{ind}f_{f.name}{'.append(v)' if is_list else ' = v'}")
        return out

    def dec_untyped(self, sm: SimpleT, q: str, ind: str, escape: str = "", rewind: int = 0) -> list[str]:
        """Lines for the escape at the start of a simple element (iso15118.exi._untyped): `escape` is the
        expression that must be 1 (code bits 0, escape bit 1) when bits were read ahead, `rewind` how many
        of them belong to the value and are read again."""
        out = []
        if escape:
            out += [f"{ind}if {escape} != 1:",
                    f"{ind}    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')"]
        if rewind:
            out.append(f"{ind}r.pos -= {rewind}")
        conv = {"int": "int", "bool": "to_bool", "str": "str"}.get(sm.kind)
        if sm.kind == "enum":
            conv = self.cls_expr(sm.qname)
        elif sm.kind == "bytes":
            conv = "from_hex" if sm.builtin == "hexBinary" else "from_base64"
        empty = {"str": ", ''", "bytes": ", b''"}.get(sm.kind, "")
        out.append(f"{ind}v = read_untyped(r, st, {q!r}, {conv}{empty})")
        return out

    def member_type(self, member: str, default: str) -> str:
        el = self.model.elements.get(member)
        if el is not None and el.type_name:
            return el.type_name
        return default

    def member_map(self, f: FieldSpec) -> int:
        key = tuple(f.members)
        if not hasattr(self, "_mm"):
            self._mm: dict[tuple[str, ...], int] = {}
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
                if self.model.complex_types[t].abstract:
                    continue      # an abstract type needs xsi:type, which -20 never uses: not encodable
                if m in self.model.elements and self.model.elements[m].type_name:
                    rows.append(f"({self.cls_expr(m)}, {m!r})")
                if type_count[t] == 1:
                    rows.append(f"({self.cls_expr(t)}, {m!r})")
            self.consts.append(f"MEMBERS_{i} = dict([{', '.join(rows)}])")
        return self._mm[key]


def emit_simple_element(g: _Gen, k: int, el, out: list[str]) -> None:
    """A simple-typed global element as a root: CH, the value, EE (or EE at once for empty text)."""
    sm = el.simple
    out.append(f"\n\n# {el.qname}")
    out.append(f"\n\ndef es_{k}(w, o, st):")
    out.append("    p = 'value'")
    out.append("    v = o.value")
    out.append("    try:")
    if sm.kind in ("str", "bytes"):
        out.append("        if not v:")
        out.append(f"            check_len(v, {sm.kind}, None, None, p)")
        out.append("            w.bits(8, 4)")
        out.append("            return")
    out.append("        w.bits(0, 1)")
    out += g.enc_value(sm, el.qname, "v", "        ")
    out.append("        w.bits(0, 1)")
    out.append("    except EXIEncodeError as x:")
    out.append("        x.path.insert(0, p)")
    out.append("        raise")
    out.append("    except (TypeError, AttributeError, ValueError) as x:")
    out.append("        raise EXIEncodeError([p], f'invalid value: {x}') from None")
    out.append(f"\n\ndef ds_{k}(r, st, cls):")
    out.append("    if r.bits(1):")
    if sm.kind in ("str", "bytes"):
        out.append("        if r.bits(3):")
        out.append("            raise EXIDecodeError(r.pos, [], 'unsupported second-level event')")
        out.append(f"        v = {repr('' if sm.kind == 'str' else b'')}")
    else:
        out.append("        raise EXIDecodeError(r.pos, [], 'unsupported second-level event')")
    out.append("    else:")
    out += g.dec_value(sm, el.qname, "        ")
    out.append("        if r.bits(1):")
    out.append("            raise EXIDecodeError(r.pos, [], 'unsupported event after value')")
    out.append("    o = _new(cls)")
    out.append("    o.value = v")
    out.append("    return o")


def emit_codec(model: Model) -> dict[str, str]:
    """_codec.py, the tables every caller uses (LazyTables, iso15118.exi._parts), and per namespace (DIN and
    -2: per schema set) a module _codec_<part>.py with its encoders, decoders and table rows, imported the
    first time one of its namespaces is looked up; no single huge module is compiled at start."""
    patterned = sorted(q for q, st in model.simple_types.items() if st.pattern)
    if patterned:
        # EXI then encodes strings with a restricted character set; these XSDs have none, so no code for it
        raise ValueError(f"pattern facets are not supported by this generator: {patterned}")
    gens: dict[str, _Gen] = {}
    for part in dict.fromkeys(CODEC_PART_OF_NS.values()):
        gens[part] = _Gen(model, part, gens)
    files = {f"iso15118/exi/_codec_{part}.py": emit_part(model, g) for part, g in gens.items()}
    files["iso15118/exi/_codec.py"] = emit_tables(model)
    return files


_BITS = re.compile(r"^( *)w\.bits\((\d+), (\d+)\)$")
_STATE = re.compile(r"^( *)(?:s = -?\d+|cnt = -?\d+|p = '\w*')$")
_INT_EE = re.compile(r"^( *)w\.([us]int_ee|chars_el|binary_el)\((.*)\)$")


def merge_writes(lines: list[str]) -> list[str]:
    """Peephole over generated lines: a constant w.bits(...) followed, in the same block and past state
    assignments only, by another constant write or a simple element's content ([us]int_ee, chars_el,
    binary_el) becomes one call (fewer calls per event)."""
    out: list[str] = []
    pending: tuple[int, str, int, int] | None = None     # index in out of a constant write, indent, value, width
    for line in lines:
        m = _BITS.match(line)
        e = _INT_EE.match(line) if m is None else None
        if pending is not None and (m or e) and (m or e).group(1) == pending[1]:  # type: ignore[union-attr]
            k, ind, a, n = pending
            del out[k]
            if m:
                a, n = (a << int(m.group(3))) | int(m.group(2)), n + int(m.group(3))
                line = f"{ind}w.bits({a}, {n})"
            else:
                line = f"{ind}w.{e.group(2)}({e.group(3)}, {a}, {n})"  # type: ignore[union-attr]
        elif pending is not None and _STATE.match(line) and line.startswith(pending[1]) and \
                not line.startswith(pending[1] + " "):
            out.append(line)
            continue
        pending = None
        m = _BITS.match(line)
        if m:
            pending = (len(out), m.group(1), int(m.group(2)), int(m.group(3)))
        out.append(line)
    return out


def emit_part(model: Model, g: _Gen) -> str:
    """One codec module: the types, elements and root namespaces of one part."""
    part = g.part
    body: list[str] = []
    for q in g.types:
        g.emit_type(model.complex_types[q], body)
    for q, k in g.simple_roots.items():
        emit_simple_element(g, k, model.elements[q], body)
    names = sorted(ns for ns, p in CODEC_PART_OF_NS.items() if p == part)
    head = ['"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.',
            "",
            f"Codec of {', '.join(names)}.",
            "Per XSD complex type: e_n/d_n, the encoder and decoder of an element of that type after its SE event.",
            '"""',
            "# flake8: noqa",
            "from __future__ import annotations", "",
            "from collections.abc import Callable", "",
            "from ._any import dec_wildcard, enc_content",
            "from ._runtime import check_int, check_len",
            "from ._support import check_bool, enum_index, member_of, new as _new",
            "from ._untyped import from_base64, from_hex, read_untyped, to_bool",
            "from .errors import EXIDecodeError, EXIEncodeError"]
    tail = []
    # global elements with complex types: qname -> (encoder, decoder, class)
    tail.append("\nELEMENTS = {")
    for q, el in sorted(model.elements.items()):
        if CODEC_PART_OF_NS[ns_of(q)] != part:
            continue
        if el.type_name:
            tail.append(f"    {q!r}: ({g.fn('e', el.type_name)}, {g.fn('d', el.type_name)}, {g.cls_expr(q)}),")
        else:
            tail.append(f"    {q!r}: ({g.fn('es', q)}, {g.fn('ds', q)}, {g.cls_expr(q)}),")
    tail.append("}")
    roots = [ns for ns in model.doc_elements if CODEC_PART_OF_NS[ns] == part]
    tail.append("\n# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)")
    tail.append("QNAME_TABLES = {")
    for ns in roots:
        tail.append(f"    {ns!r}: (")
        for uri, names_ in model.qname_tables[ns]:
            tail.append(f"        ({uri!r}, {tuple(names_)!r}),")
        tail.append("    ),")
    tail.append("}")
    tail.append("\n# (type qname, field) -> element qnames of the substitution group that field holds")
    tail.append("MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {")
    members: set[str] = set()
    for q in g.types:
        for f in field_specs(model, model.complex_types[q]):
            if f.kind == "element" and len(f.members) > 1:
                tail.append(f"    ({q!r}, {f.name!r}): {tuple(f.members)!r},")
                members.update(f.members)
    tail.append("}")
    tail.append("\n# encoders of the substitution-group members the types above hold")
    tail.append("ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {")
    for q in sorted(members):
        el = model.elements[q]
        tail.append(f"    {q!r}: {g.fn('e', el.type_name) if el.type_name else g.fn('es', q)},")
    tail.append("}")
    tail.append("\n# namespace -> global elements of the schema set loaded for it, in EXI order")
    tail.append("DOCUMENT_ELEMENTS = {")
    for ns in roots:
        els = model.doc_elements[ns]
        tail.append(f"    {ns!r}: (\n" + "".join(f"        {e!r},\n" for e in els) + "    ),")
    tail.append("}")
    tail.append("\n# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)")
    tail.append("# for the complex-typed ones declared with one type): the schema-informed fragment grammar")
    tail.append("FRAGMENT_ELEMENTS = {")
    for ns in roots:
        decls = model.all_element_decls[ns]
        types: dict[str, set] = {}
        for q, t in decls:
            types.setdefault(q, set()).add(t)
        qs = sorted(types, key=lambda q: (local(q), ns_of(q)))
        rows = []
        for q in qs:
            (only,) = types[q] if len(types[q]) == 1 else (None,)
            if only is not None and only in model.complex_types:
                rows.append(f"        {q!r}: ({g.fn('e', only)}, {g.fn('d', only)}, {g.elem_cls(q, only)}),")
            elif len(types[q]) == 1 and q in model.elements and not model.elements[q].type_name:
                rows.append(f"        {q!r}: ({g.fn('es', q)}, {g.fn('ds', q)}, {g.cls_expr(q)}),")
            elif (ef := element_fragment(model, g, ns, q, types[q], len(qs))) is not None:
                rows.append(f"        {q!r}: ({ef}.encode, {ef}.decode, {g.cls_expr(cast(str, element_fragment_type(model, types[q])))}),")
        tail.append(f"    {ns!r}: (\n        {tuple(qs)!r},\n        {{\n" + "\n".join("    " + r for r in rows) + "\n        },\n    ),")
    tail.append("}")
    text = "\n".join(g.consts) + "\n" + "\n".join(merge_writes(body)) + "\n" + "\n".join(tail) + "\n"
    if "ElementFragment(" in text:
        head.append("from ._elfrag import ElementFragment")
    head += [f"from . import _codec_{p} as _p_{p}" for p in sorted(set(re.findall(r"\b_p_(\w+)\.", text)))]
    head += [f"from ..messages import {mod} as _m_{mod}" for mod in sorted(set(re.findall(r"\b_m_(\w+)\.", text)))]
    return "\n".join(head) + "\n\n" + text


def element_fragment_type(model: Model, types: set[str]) -> str | None:
    """The one simple-content complex type with a string value among an element's declarations, if the
    others are string types: the class an element fragment (iso15118.exi._elfrag) decodes to."""
    complex_ = [t for t in types if t in model.complex_types]
    if len(complex_) != 1:
        return None
    ct = model.complex_types[complex_[0]]
    simple = [model.simple_types.get(t) for t in types if t not in model.complex_types]
    if ct.simple_content is None or ct.simple_content.kind != "str" or any(s is None or s.kind != "str" for s in simple):
        return None
    return ct.qname


def element_fragment(model: Model, g: _Gen, ns: str, q: str, types: set[str], n_elements: int) -> str | None:
    """A constant ElementFragment for an element declared with several types (-2 eMAID), or None."""
    t = element_fragment_type(model, types)
    if t is None:
        return None
    fields = {f.qname: f.name for f in field_specs(model, model.complex_types[t]) if f.kind == "attribute"}
    k = len([c for c in g.consts if c.startswith("ELFRAG_")])
    g.consts.append(f"ELFRAG_{k} = ElementFragment({q!r}, {tuple(model.all_attribute_decls[ns])!r}, "
                    f"{n_elements}, {fields!r})")
    return f"ELFRAG_{k}"


def emit_tables(model: Model) -> str:
    """_codec.py: the tables the codec looks everything up in; their rows come from the part modules."""
    mixed = sorted(q for q, ct in model.complex_types.items() if ct.mixed and ct.simple_content is None)
    out = ['"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.',
           "",
           "The codec's tables, filled per namespace from its module _codec_<part> on first lookup",
           "(iso15118.exi._parts): ELEMENTS (qname -> encoder, decoder, class), QNAME_TABLES, MEMBERS,",
           "DOCUMENT_ELEMENTS, FRAGMENT_ELEMENTS, as each part module defines them.",
           '"""',
           "from __future__ import annotations", "",
           "from ._parts import LazyTable, ns_of_key, ns_of_member_key", "",
           "ELEMENTS = LazyTable(ns_of_key, {})",
           "QNAME_TABLES = LazyTable(None, {})",
           "MEMBERS = LazyTable(ns_of_member_key, {})",
           "DOCUMENT_ELEMENTS = LazyTable(None, {})",
           "FRAGMENT_ELEMENTS = LazyTable(None, {})",
           "\n# types with mixed content: the JSON shape gives each of their child elements as a list",
           "MIXED_TYPES = frozenset({"] + [f"    {q!r}," for q in mixed] + ["})"]
    out.append("\n# namespace -> the codec module that holds it")
    out.append("PARTS = {")
    out += [f"    {ns!r}: '_codec_{p}'," for ns, p in CODEC_PART_OF_NS.items()]
    out.append("}")
    out.append("\n# namespace of a DIN/-2 element -> the namespace whose document and fragment grammars hold it")
    out.append("DOCUMENT_NAMESPACE = {")
    out += [f"    {ns!r}: {ns.rsplit(':', 1)[0] + ':MsgDef'!r}," for ns, p in CODEC_PART_OF_NS.items()
            if p in ("din", "iso2") and not ns.endswith(":MsgDef")]
    out.append("}")
    return "\n".join(out) + "\n"
