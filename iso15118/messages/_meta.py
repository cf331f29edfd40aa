"""Field metadata helper shared by the generated message modules."""
from __future__ import annotations

from typing import Any


def meta(kind: str, qname: str, xsd_type: str, builtin: str | None, min_occurs: int, max_occurs: int | None,
         choice: int | None, facets: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "qname": qname, "xsd_type": xsd_type, "builtin": builtin, "min_occurs": min_occurs,
            "max_occurs": max_occurs, "choice": choice, "facets": facets}
