"""IEEE 2030.5 / CSIP-AUS DERControls given as data -> DRMs and absolute limits.

opModConnect false is DRM0. opModFixedW (SignedPerCent: hundredths of a percent of the rating,
negative = consumption) is mapped to DRM1-DRM8 with the published bands and then limited as the
DRM requires. opModImpLimW / opModExpLimW are absolute limits. DefaultDERControl is a lowest-priority
request of the same source, so any active event control replaces it (2030.5 semantics).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict

from ..drm import drm_request
from ..manager import GridLimitManager
from ..model import DRM, ChangeKind, GridDataError, LimitRequest, Ratings
from ._data import get, obj

log = logging.getLogger(__name__)

# (low, high, mode) in hundredths of a percent, inclusive.
FIXED_W_BANDS: tuple[tuple[int, int, DRM], ...] = (
    (-3000, -1, DRM.DRM1),
    (-6000, -3001, DRM.DRM2),
    (-9000, -6001, DRM.DRM3),
    (-10000, -9001, DRM.DRM4),
    (0, 3099, DRM.DRM5),
    (3100, 6099, DRM.DRM6),
    (6100, 9099, DRM.DRM7),
    (9100, 10000, DRM.DRM8),
)
DEFAULT_CONTROL_PRIORITY = 1_000_000


def drm_for_fixed_w(signed_per_cent: int) -> DRM:
    """Band lookup; 0 % falls in the DRM5 band, so DRM1 travels as a small negative value."""
    for low, high, mode in FIXED_W_BANDS:
        if low <= signed_per_cent <= high:
            return mode
    raise GridDataError(f"opModFixedW {signed_per_cent} outside -10000..10000 (hundredths of %)", "opModFixedW")


@dataclass(frozen=True)
class ActivePower:
    value: int
    multiplier: int = 0

    @property
    def watts(self) -> float:
        return self.value * 10.0**self.multiplier

    @classmethod
    def from_json(cls, data: Any, path: str) -> "ActivePower":
        data = obj(data, path)
        value = get(data, "value", path, int)
        multiplier = get(data, "multiplier", path, int, required=False) or 0
        if not -32768 <= value <= 32767 or not -9 <= multiplier <= 9:
            raise GridDataError("value must be int16 and multiplier -9..9", path)
        if value < 0:
            raise GridDataError("a limit cannot be negative", f"{path}.value")
        return cls(value, multiplier)


@dataclass(frozen=True)
class FixedVar:
    """opModFixedVar: SignedPerCent of the installation's reactive rating (refType kept for the record)."""

    refType: int
    value: int

    @classmethod
    def from_json(cls, data: Any, path: str) -> "FixedVar":
        data = obj(data, path)
        value = get(data, "value", path, int)
        if not -10000 <= value <= 10000:
            raise GridDataError("SignedPerCent must be -10000..10000", f"{path}.value")
        return cls(get(data, "refType", path, int, required=False) or 0, value)


@dataclass(frozen=True)
class DERControlBase:
    opModConnect: bool | None = None
    opModFixedW: int | None = None
    opModImpLimW: ActivePower | None = None
    opModExpLimW: ActivePower | None = None
    opModFixedVar: FixedVar | None = None

    @classmethod
    def from_json(cls, data: Any, path: str = "DERControlBase") -> "DERControlBase":
        data = obj(data, path)
        fixed = get(data, "opModFixedW", path, int, required=False)
        if fixed is not None:
            drm_for_fixed_w(fixed)
        imp = data.get("opModImpLimW")
        exp = data.get("opModExpLimW")
        var = data.get("opModFixedVar")
        base = cls(
            opModConnect=get(data, "opModConnect", path, bool, required=False),
            opModFixedW=fixed,
            opModImpLimW=ActivePower.from_json(imp, f"{path}.opModImpLimW") if imp is not None else None,
            opModExpLimW=ActivePower.from_json(exp, f"{path}.opModExpLimW") if exp is not None else None,
            opModFixedVar=FixedVar.from_json(var, f"{path}.opModFixedVar") if var is not None else None,
        )
        if base == cls():
            raise GridDataError("no supported control (opModConnect, opModFixedW, opModImpLimW, opModExpLimW, opModFixedVar)", path)
        return base


@dataclass(frozen=True)
class DERControl:
    mRID: str
    start: int
    duration: int
    DERControlBase: DERControlBase
    primacy: int = 100
    description: str = ""

    @classmethod
    def from_json(cls, data: Any, path: str = "DERControl") -> "DERControl":
        data = obj(data, path)
        interval = obj(get(data, "interval", path, Mapping), f"{path}.interval")
        start = get(interval, "start", f"{path}.interval", int)
        length = get(interval, "duration", f"{path}.interval", int)
        if length <= 0:
            raise GridDataError("must be > 0", f"{path}.interval.duration")
        return cls(
            mRID=get(data, "mRID", path, str),
            start=start,
            duration=length,
            DERControlBase=DERControlBase.from_json(get(data, "DERControlBase", path, Mapping), f"{path}.DERControlBase"),
            primacy=get(data, "primacy", path, int, required=False) or 100,
            description=get(data, "description", path, str, required=False) or "",
        )


class _RequestFields(TypedDict):
    """The fields every request made from one DERControlBase shares."""

    source: str
    priority: int
    valid_from: float | None
    expires_at: float | None
    received_at: float
    kind: ChangeKind


def base_requests(
    base: DERControlBase,
    *,
    source: str,
    key: str,
    ratings: Ratings,
    priority: int,
    valid_from: float | None,
    expires_at: float | None,
    received_at: float,
    kind: ChangeKind = ChangeKind.DEMAND_RESPONSE,
    max_reactive_power_var: float | None = None,
) -> list[LimitRequest]:
    common = _RequestFields(source=source, priority=priority, valid_from=valid_from, expires_at=expires_at, received_at=received_at, kind=kind)
    requests: list[LimitRequest] = []
    if base.opModConnect is False:
        requests.append(drm_request(DRM.DRM0, key=f"{key}:opModConnect", import_reference_w=ratings.import_w, export_reference_w=ratings.export_w, detail="opModConnect false", **common))
    if base.opModFixedW is not None:
        mode = drm_for_fixed_w(base.opModFixedW)
        requests.append(
            drm_request(mode, key=f"{key}:opModFixedW", import_reference_w=ratings.import_w, export_reference_w=ratings.export_w, detail=f"opModFixedW {base.opModFixedW / 100:g} %", **common)
        )
    if base.opModImpLimW is not None:
        requests.append(LimitRequest(key=f"{key}:opModImpLimW", import_limit_w=base.opModImpLimW.watts, detail="opModImpLimW", **common))
    if base.opModExpLimW is not None:
        requests.append(LimitRequest(key=f"{key}:opModExpLimW", export_limit_w=base.opModExpLimW.watts, detail="opModExpLimW", **common))
    if base.opModFixedVar is not None:
        if not max_reactive_power_var:
            log.warning("%s: opModFixedVar ignored, this EVSE has no reactive power capability", key)
        else:
            var = base.opModFixedVar.value / 10000 * max_reactive_power_var
            requests.append(LimitRequest(key=f"{key}:opModFixedVar", reactive_power_var=var, detail="opModFixedVar", **common))
    return requests


class CSIPAdapter:
    """Holds the DERControls received from the utility server and the DefaultDERControl."""

    def __init__(
        self,
        manager: GridLimitManager,
        *,
        source: str = "csip",
        heartbeat_timeout_s: float | None = None,
        max_reactive_power_var: float | None = None,
    ) -> None:
        self.manager = manager
        self.source = source
        self.max_reactive_power_var = max_reactive_power_var
        self._controls: dict[str, DERControl] = {}
        self._default: DERControlBase | None = None
        manager.register_source(source, heartbeat_timeout_s)

    def apply(
        self,
        controls: Iterable[DERControl | Mapping[str, Any]],
        *,
        default: DERControlBase | Mapping[str, Any] | None = None,
        now: float | None = None,
    ) -> None:
        """The complete current DERControlList (and optional DefaultDERControl) from the server."""
        now = self.manager.clock.time() if now is None else now
        parsed = [c if isinstance(c, DERControl) else DERControl.from_json(c, f"DERControl[{i}]") for i, c in enumerate(controls)]
        if default is not None and not isinstance(default, DERControlBase):
            default = DERControlBase.from_json(default, "DefaultDERControl")
        self._controls = {c.mRID: c for c in parsed}
        self._default = default
        self._submit(now)

    def cancel(self, mRID: str, now: float | None = None) -> None:
        now = self.manager.clock.time() if now is None else now
        self._controls.pop(mRID, None)
        self._submit(now)

    def _submit(self, now: float) -> None:
        ratings = self.manager.config.ratings
        requests: list[LimitRequest] = []
        for control in self._controls.values():
            requests += base_requests(
                control.DERControlBase, source=self.source, key=control.mRID, ratings=ratings, priority=control.primacy,
                valid_from=float(control.start), expires_at=float(control.start + control.duration), received_at=now,
                max_reactive_power_var=self.max_reactive_power_var,
            )
        if self._default is not None:
            requests += base_requests(
                self._default, source=self.source, key="DefaultDERControl", ratings=ratings, priority=DEFAULT_CONTROL_PRIORITY,
                valid_from=None, expires_at=None, received_at=now, kind=ChangeKind.SCHEDULE,
                max_reactive_power_var=self.max_reactive_power_var,
            )
        self.manager.submit(self.source, requests, now)
