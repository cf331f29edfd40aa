"""EXI 1.0 schema-informed element grammars (non-strict, as ISO 15118-20 / EXIficient use them).

A type grammar is built by derivatives over the particle tree: a state is the list of terms still to match
(term = particle, occurrences still required, occurrences still allowed). The productions of a state come
out in the order of the EXI proto-grammar (attributes sorted, then particle order, substitution-group
members sorted, then EE, then CH for mixed content), which is the event-code order of the normalized
grammar for the UPA-conforming XSDs used here. A repeated element with many allowed occurrences
(maxOccurs 1024) is one looping state plus a run-time counter instead of 1024 states, with the same codes.

Non-strict: every element state also has second-level events (xsi:type, xsi:nil, AT(*), SE(*), CH untyped,
EE when not on the first level), so a state with n first-level events uses ceil(log2(n+1)) bits.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .schema import ComplexT

MANY = "N"
# EXIficient (through Xerces' schema model) expands maxOccurs up to here; larger bounds (255, 1024, 2048
# in these XSDs) get the grammar of maxOccurs="unbounded". Checked against the oracle at 128 and 255.
EXPANDED_MAX_OCCURS = 128


# The reference's -2 grammars expand only small bounds: SelectedService/Parameter (16), RootCertificateID (20)
# and ProfileEntry (24) get the unbounded grammar (one more item allowed at the maximum, 2-bit EE), Service (8)
# and smaller are exact. Checked against the oracle at 8, 16, 20 and 24. DIN declares its lists unbounded.
EXPANDED_MAX_OCCURS_BY_NS = {"urn:iso:15118:2:2013:": 8}


def expanded_max_occurs(type_qname: str) -> int:
    """The largest maxOccurs the reference expands exactly in the content model of a type."""
    ns = type_qname[1:].split("}", 1)[0]
    return next((n for prefix, n in EXPANDED_MAX_OCCURS_BY_NS.items() if ns.startswith(prefix)), EXPANDED_MAX_OCCURS)


def grammar_max(p, limit: int = EXPANDED_MAX_OCCURS) -> int | None:
    """The maxOccurs the EXI grammar of particle p is built with (see EXPANDED_MAX_OCCURS)."""
    return None if p.max is None or p.max > limit else p.max


@dataclass
class Transition:
    event: str            # element/attribute qname, "EE", "CH", "*" (wildcard)
    node: object          # Particle (element/any), Attr, or None
    target: int           # state index (-1 = end)
    counter: int | None   # >=2: entering a counted loop with this many still allowed; -1: one more in the loop


@dataclass
class State:
    transitions: list[Transition] = field(default_factory=list)
    loop_exit: int | None = None      # counted loop: state reached when one occurrence is left

    @property
    def width(self) -> int:
        return len(self.transitions).bit_length()


class _AttrNode:
    def __init__(self, attr) -> None:
        self.attr = attr
        self.kind = "attribute"


class _ChNode:
    kind = "ch"


def build(ct: ComplexT) -> list[State]:
    """States of the element grammar of a complex type; state 0 is the start tag state."""
    terms: list[tuple] = []
    limit = expanded_max_occurs(ct.qname)
    attr_nodes = [_AttrNode(a) for a in ct.attributes]
    for n in attr_nodes:
        terms.append((n, 1 if n.attr.required else 0, 1))
    if ct.simple_content is not None:
        terms.append((_ChNode(), 1, 1))
    elif ct.particle is not None:
        terms.append((ct.particle, ct.particle.min, grammar_max(ct.particle, limit)))
    mixed = ct.mixed and ct.simple_content is None
    states: list[State] = []
    index: dict[tuple, int] = {}

    def key(c: tuple) -> tuple:
        out = []
        for i, (n, mn, mx) in enumerate(c):
            if i == 0 and mn == 0 and mx is not None and mx >= 2 and getattr(n, "kind", "") == "element" and n.max != 1:
                mx = MANY
            out.append((id(n), mn, mx))
        return tuple(out)

    def state_of(c: tuple) -> tuple[int, int | None]:
        """State index for continuation c, and the counter it starts with (counted loops)."""
        k = key(c)
        counter = None
        if k and k[0][2] == MANY:
            counter = c[0][2]
        if k not in index:
            index[k] = len(states)
            states.append(State())
            pending.append((index[k], c))
        return index[k], counter

    def first(c: tuple, visiting: frozenset) -> list[tuple[str, object, tuple]]:
        if not c:
            return [("EE", None, ())]
        node, mn, mx, rest = c[0][0], c[0][1], c[0][2], c[1:]
        out: list[tuple[str, object, tuple]] = []
        if mx is None or mx > 0:
            dec = (node, max(mn - 1, 0), None if mx is None else mx - 1)
            after = ((dec,) if dec[2] is None or dec[2] > 0 else ()) + rest
            kind = node.kind
            if kind == "element":
                out += [(q, node, after) for q in node.members]
            elif kind == "any":
                out.append(("*", node, after))
            elif kind == "attribute":
                out.append((node.attr.qname, node, after))
            elif kind == "ch":
                out.append(("CH", node, after))
            elif id(node) not in visiting:
                if kind == "sequence":
                    out += first(tuple((k, k.min, grammar_max(k, limit)) for k in node.children) + after, visiting | {id(node)})
                else:
                    for k in node.children:
                        out += first(((k, k.min, grammar_max(k, limit)),) + after, visiting | {id(node)})
        if mn == 0 or (mx is not None and mx > 0 and nullable(node) and id(node) not in visiting):
            out += first(rest, visiting)
        return out

    def nullable(node) -> bool:
        if node.kind in ("element", "any", "attribute", "ch"):
            return False
        if node.kind == "sequence":
            return all(k.min == 0 or nullable(k) for k in node.children)
        return any(k.min == 0 or nullable(k) for k in node.children)

    pending: list[tuple[int, tuple]] = []
    state_of(tuple(terms))
    while pending:
        si, c = pending.pop(0)
        st = states[si]
        seen: dict[str, tuple] = {}
        for ev, node, after in first(c, frozenset()):
            if ev not in seen:
                seen[ev] = (node, after)
        # event-code order: AT(qname), SE(qname) in grammar order, SE(*), EE, CH
        evs = sorted(seen, key=lambda e: (0 if seen[e][0] is not None and getattr(seen[e][0], "kind", "") == "attribute" else
                                           3 if e == "EE" else 4 if e == "CH" else 2 if e == "*" else 1))
        # attributes sorted by qname (local name, then uri), elements keep particle order
        ats = [e for e in evs if seen[e][0] is not None and getattr(seen[e][0], "kind", "") == "attribute"]
        ats.sort(key=lambda q: (q.rsplit("}", 1)[-1], q[1:].split("}", 1)[0] if q.startswith("{") else ""))
        evs = ats + [e for e in evs if e not in ats]
        content_reachable = not any(getattr(n, "kind", "") == "attribute" and mn > 0 for n, mn, _ in c)
        if mixed and content_reachable and "CH" not in evs:
            evs.append("CH")
        for ev in evs:
            if ev == "CH" and ev not in seen:
                # mixed text: the productions of the content grammar's first state, so after it no attribute
                # may follow (EXI 8.5.4.1.3: the attribute states end in a copy of Content_0)
                target, _ = state_of(tuple(t for t in c if getattr(t[0], "kind", "") != "attribute"))
                st.transitions.append(Transition("CH", None, target, None))
                continue
            node, after = seen[ev]
            if ev == "EE":
                st.transitions.append(Transition("EE", None, -1, None))
                continue
            was_loop = key(c) and key(c)[0][2] == MANY and c[0][0] is node
            target, counter = state_of(after)
            if was_loop and target == si:
                counter = -1
            st.transitions.append(Transition(ev, node, target, counter))
        if key(c) and key(c)[0][2] == MANY:
            n = c[0][0]
            st.loop_exit, _ = state_of(((n, 0, 1),) + c[1:])
    return states
