"""Combine every source's requests into one target: the most restrictive limit wins.

Within one source its own priority order decides (IEEE 2030.5 primacy, OpenADR priority,
OCPP stack level already resolved by the adapter): only that source's highest-priority requests
constraining a quantity count. Across sources the minimum wins. Pure function, no clock.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import DRM, PHASES, URGENT_KINDS, ActiveMode, EVState, LimitRequest, Ratings

IMPORT, EXPORT, CONNECT = "import", "export", "connect"
IMPORT_PHASES = tuple(f"import_L{i}" for i in range(1, PHASES + 1))
EXPORT_PHASES = tuple(f"export_L{i}" for i in range(1, PHASES + 1))
DIMENSIONS = (IMPORT, EXPORT, *IMPORT_PHASES, *EXPORT_PHASES, CONNECT)
POWER_DIMENSIONS = (IMPORT, EXPORT)


def _value(request: LimitRequest, dim: str) -> float | None:
    if dim == IMPORT:
        return request.import_limit_w
    if dim == EXPORT:
        return request.export_limit_w
    if dim == CONNECT:
        return 0.0 if request.disconnect else None
    phases = request.import_limit_phase_w if dim in IMPORT_PHASES else request.export_limit_phase_w
    if phases is None:
        return None
    return phases[int(dim[-1]) - 1]


def ceilings(ratings: Ratings) -> dict[str, float]:
    """The value of each dimension when nothing constrains it."""
    values = {IMPORT: ratings.import_w, EXPORT: ratings.export_w, CONNECT: 1.0}
    for dims, total in ((IMPORT_PHASES, ratings.import_w), (EXPORT_PHASES, ratings.export_w)):
        values.update(zip(dims, ratings.phase_split(total)))
    return values


@dataclass(frozen=True)
class Target:
    """values: everything in force; urgent_values: only what must apply at once (never delayed)."""

    values: dict[str, float]
    binding: dict[str, LimitRequest | None]
    urgent_values: dict[str, float]
    urgent_binding: dict[str, LimitRequest | None]
    active_modes: tuple[ActiveMode, ...]
    reactive_power_var: float | None
    power_quality_support: bool
    import_increase_requested: bool
    export_increase_requested: bool
    valid_until: float | None


def arbitrate(
    requests: Iterable[LimitRequest],
    now: float,
    ratings: Ratings,
    ev: EVState,
    overridden: frozenset[DRM] = frozenset(),
) -> Target:
    all_requests = list(requests)
    active = [r for r in all_requests if r.active_at(now)]
    effective = [r for r in active if r.mode is None or r.mode not in overridden]

    values, urgent_values = ceilings(ratings), ceilings(ratings)
    binding: dict[str, LimitRequest | None] = {dim: None for dim in DIMENSIONS}
    urgent_binding: dict[str, LimitRequest | None] = {dim: None for dim in DIMENSIONS}
    by_source: dict[str, list[LimitRequest]] = {}
    for request in effective:
        by_source.setdefault(request.source, []).append(request)
    for source_requests in by_source.values():
        for dim in DIMENSIONS:
            constraining = [r for r in source_requests if _value(r, dim) is not None]
            if not constraining:
                continue
            best = min(r.priority for r in constraining)
            ranked = sorted((r for r in constraining if r.priority == best), key=lambda r: (_value(r, dim), r.kind not in URGENT_KINDS))
            _lower(values, binding, dim, ranked[0])
            urgent = [r for r in ranked if r.kind in URGENT_KINDS]
            if urgent:
                _lower(urgent_values, urgent_binding, dim, urgent[0])
    _make_consistent(values, binding, ratings)
    _make_consistent(urgent_values, urgent_binding, ratings)

    modes_in_force = {r.mode for r in effective if r.mode is not None}
    import_ok, import_reason = ev.import_increase_allowed()
    export_ok, export_reason = ev.export_increase_allowed()
    import_increase = DRM.DRM4 in modes_in_force and import_ok and values[IMPORT] > 0 and values[CONNECT] > 0
    export_increase = DRM.DRM8 in modes_in_force and export_ok and values[EXPORT] > 0 and values[CONNECT] > 0

    active_modes = []
    for r in sorted((r for r in active if r.mode is not None), key=lambda r: (r.mode, r.priority, r.source)):
        assert r.mode is not None  # filtered above
        honoured, reason = True, ""
        if r.mode is DRM.DRM4 and not import_ok:
            honoured, reason = False, import_reason
        elif r.mode is DRM.DRM8 and not export_ok:
            honoured, reason = False, export_reason
        active_modes.append(
            ActiveMode(r.mode, r.source, r.priority, r.expires_at, overridden=r.mode in overridden, honoured=honoured, reason=reason)
        )

    reactive = [r for r in effective if r.reactive_power_var is not None]
    reactive_var = min(reactive, key=lambda r: r.priority).reactive_power_var if reactive else None
    boundaries = [t for r in all_requests for t in (r.valid_from, r.expires_at) if t is not None and t > now]
    return Target(
        values=values,
        binding=binding,
        urgent_values=urgent_values,
        urgent_binding=urgent_binding,
        active_modes=tuple(active_modes),
        reactive_power_var=reactive_var,
        power_quality_support=any(r.power_quality_support for r in effective),
        import_increase_requested=import_increase,
        export_increase_requested=export_increase,
        valid_until=min(boundaries) if boundaries else None,
    )


def _lower(values: dict[str, float], binding: dict[str, LimitRequest | None], dim: str, request: LimitRequest) -> None:
    """Take request's value if it is lower; on a tie an urgent request becomes the binding one."""
    value = _value(request, dim)
    assert value is not None
    current = binding[dim]
    if value < values[dim] or (
        value == values[dim] and current is not None and (request.kind in URGENT_KINDS, -request.priority) > (current.kind in URGENT_KINDS, -current.priority)
    ):
        values[dim], binding[dim] = value, request


def _make_consistent(values: dict[str, float], binding: dict[str, LimitRequest | None], ratings: Ratings) -> None:
    """Disconnect zeroes everything; no phase above the total; the total not above the phases' sum."""
    if values[CONNECT] == 0.0:
        for dim in DIMENSIONS:
            if dim != CONNECT and values[dim] > 0:
                values[dim], binding[dim] = 0.0, binding[CONNECT]
    for total, phases in ((IMPORT, IMPORT_PHASES), (EXPORT, EXPORT_PHASES)):
        used = phases[: ratings.phases]
        phase_sum = sum(values[p] for p in used)
        if phase_sum < values[total]:
            values[total] = phase_sum
            binding[total] = min((binding[p] for p in used if binding[p] is not None), key=lambda r: r.priority, default=binding[total])
        for p in phases:
            if values[p] > values[total]:
                values[p] = values[total]
                binding[p] = binding[total]
        for p in phases[ratings.phases :]:
            values[p] = 0.0
