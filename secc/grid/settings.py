"""The `[grid]` table of the secc TOML: the GridLimitManager's rules and the real clients that feed it.

    [grid]                         # ratings, randomised delay, consent (DRM4/DRM8, overrides), fallback
    import_w = 11000
    [grid.dred]                    # AS/NZS 4755 DRED: input = "file" | "gpio"
    [grid.openadr]                 # OpenADR 2.0b VEN (openleadr) polling a VTN
    [grid.csip]                    # IEEE 2030.5 / CSIP-AUS client (HTTPS, client certificate)

Every error is a GridDataError naming the key (secc.config turns it into a ConfigError).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from .drm import ReferenceConfig, ReferenceKind
from .manager import FallbackPolicy, GridConfig, OverridePolicy
from .model import DRM, GridDataError, Ratings


@dataclass(frozen=True)
class DREDSettings:
    """`input = "file"`: `path` holds the asserted modes ("DRM2 DRM5"); `"gpio"`: `chip` + `lines` (mode -> offset)."""

    input: str
    path: str | None = None
    chip: str | None = None
    lines: Mapping[DRM, int] = field(default_factory=lambda: MappingProxyType({}))
    active_low: bool = True  # DRED contacts pull the line low when a mode is asserted
    priority: int = 100
    heartbeat_timeout_s: float | None = None


@dataclass(frozen=True)
class OpenADRSettings:
    """An OpenADR 2.0b VEN (pull model). With cert/key the VEN uses TLS client authentication and signs
    its messages; `vtn_fingerprint` pins the VTN's signing certificate."""

    vtn_url: str
    ven_name: str
    ven_id: str | None = None
    cert: str | None = None
    key: str | None = None
    ca_file: str | None = None
    vtn_fingerprint: str | None = None
    check_hostname: bool = True
    reference_w: float | None = None  # capacity 1.0 means this many W of import (default: the rating)
    heartbeat_timeout_s: float | None = None


@dataclass(frozen=True)
class CSIPSettings:
    """An IEEE 2030.5 / CSIP-AUS client: polls EndDevice -> FunctionSetAssignments -> DERProgram -> DERControl."""

    server_url: str  # https://host:port
    cert: str
    key: str
    ca: str
    dcap_path: str = "/dcap"
    lfdi: str | None = None  # default: from the client certificate (IEEE 2030.5 6.3.4)
    poll_interval_s: float = 60.0
    request_timeout_s: float = 10.0
    heartbeat_timeout_s: float | None = None
    max_reactive_power_var: float | None = None


@dataclass(frozen=True)
class Consent:
    """The station user's standing consent for DRM4 (extra import) and DRM8 (discharge) requests."""

    import_increase: bool = True
    discharge: bool = False
    soc_floor_percent: float = 0.0  # never discharge the EV below this


@dataclass(frozen=True)
class GridSettings:
    config: GridConfig
    consent: Consent = field(default_factory=Consent)
    dred: DREDSettings | None = None
    openadr: OpenADRSettings | None = None
    csip: CSIPSettings | None = None
    poll_interval_s: float = 0.1  # DRED inputs and the manager's timers


_MANAGER_KEYS = {
    "randomised_delay_max_s", "randomisation_enabled", "ramp_up_w_per_s", "ramp_down_w_per_s", "ramp_step_s",
    "override_policy", "override_max_s", "fallback", "fallback_import_w", "fallback_export_w",
    "compliance_tolerance_w", "violation_grace_s", "drm1_opens_contactor", "audit_capacity",
}
_RATING_KEYS = {"import_w", "export_w", "phases"}
_REFERENCE_KEYS = {"reference", "reference_window_s"}
_CONSENT_KEYS = {"import_increase_consent", "discharge_consent", "user_soc_floor_percent"}
_CLIENTS = {"dred", "openadr", "csip"}


def _expect(value: Any, kinds: type | tuple[type, ...], where: str) -> Any:
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    if isinstance(value, bool) and bool not in kinds:
        raise GridDataError(f"expected {'/'.join(k.__name__ for k in kinds)}, got a boolean", where)
    if not isinstance(value, kinds):
        raise GridDataError(f"expected {'/'.join(k.__name__ for k in kinds)}, got {type(value).__name__}", where)
    return float(value) if float in kinds and isinstance(value, int) and not isinstance(value, bool) else value


def _table(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise GridDataError("expected a table", where)
    return data


def _typed(cls: type, table: dict[str, Any], where: str, convert: Mapping[str, Callable[[Any, str], Any]]) -> Any:
    """cls(**table) with every key known, typed by the field's annotation or its converter."""
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise GridDataError(f"unknown key(s): {', '.join(unknown)}", where)
    kinds: dict[str, type | tuple[type, ...]] = {"str": str, "bool": bool, "int": int, "float": (float, int)}
    kwargs = {}
    for key, value in table.items():
        path = f"{where}.{key}"
        if key in convert:
            kwargs[key] = convert[key](value, path)
            continue
        annotation = str(known[key].type).replace(" | None", "")
        kwargs[key] = _expect(value, kinds[annotation], path) if annotation in kinds else value
    missing = [f.name for f in fields(cls) if f.name not in kwargs and f.default is MISSING and f.default_factory is MISSING]
    if missing:
        raise GridDataError(f"missing key(s): {', '.join(missing)}", where)
    return cls(**kwargs)


def _relative(base: Path) -> Callable[[Any, str], str]:
    """A path relative to the configuration file."""
    def convert(value: Any, where: str) -> str:
        path = Path(_expect(value, str, where))
        return str(path if path.is_absolute() else base / path)
    return convert


def _file(base: Path) -> Callable[[Any, str], str]:
    """A file that must exist now, not at the first connection."""
    def convert(value: Any, where: str) -> str:
        path = Path(_relative(base)(value, where))
        if not path.is_file():
            raise GridDataError(f"no such file: {path}", where)
        return str(path)
    return convert


def _positive(value: Any, where: str) -> float:
    number = _expect(value, (float, int), where)
    if not number > 0:
        raise GridDataError("must be > 0", where)
    return float(number)


def _https_url(value: Any, where: str) -> str:
    url = _expect(value, str, where)
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise GridDataError(f"an https:// URL is required, got {url!r}", where)
    return url.rstrip("/")


def _http_url(value: Any, where: str) -> str:
    url = _expect(value, str, where)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GridDataError(f"an http(s):// URL is required, got {url!r}", where)
    return url.rstrip("/")


def _lines(value: Any, where: str) -> Mapping[DRM, int]:
    table = _table(value, where)
    lines: dict[DRM, int] = {}
    for name, offset in table.items():
        try:
            mode = DRM.parse(name)
        except GridDataError as exc:
            raise GridDataError(str(exc), f"{where}.{name}") from None
        offset = _expect(offset, int, f"{where}.{name}")
        if offset < 0:
            raise GridDataError("a line offset is >= 0", f"{where}.{name}")
        lines[mode] = offset
    if not lines:
        raise GridDataError("at least one DRM line is needed", where)
    if len(set(lines.values())) != len(lines):
        raise GridDataError("two modes share one line", where)
    return MappingProxyType(lines)


def _dred(table: dict[str, Any], base: Path) -> DREDSettings:
    where = "grid.dred"
    settings: DREDSettings = _typed(DREDSettings, table, where, {
        "path": _relative(base),
        "lines": _lines, "heartbeat_timeout_s": _positive,
    })
    if settings.input == "file":
        if settings.path is None or settings.chip is not None or settings.lines:
            raise GridDataError('input = "file" takes path (and no chip/lines)', where)
    elif settings.input == "gpio":
        if settings.chip is None or not settings.lines or settings.path is not None:
            raise GridDataError('input = "gpio" takes chip (e.g. "/dev/gpiochip0") and lines (and no path)', where)
    else:
        raise GridDataError(f'input must be "file" or "gpio", got {settings.input!r}', f"{where}.input")
    return settings


def _openadr(table: dict[str, Any], base: Path) -> OpenADRSettings:
    where = "grid.openadr"
    settings: OpenADRSettings = _typed(OpenADRSettings, table, where, {
        "vtn_url": _http_url, "cert": _file(base), "key": _file(base), "ca_file": _file(base),
        "reference_w": _positive, "heartbeat_timeout_s": _positive,
    })
    if (settings.cert is None) != (settings.key is None):
        raise GridDataError("cert and key go together", where)
    if settings.vtn_url.startswith("https") and settings.ca_file is None:
        raise GridDataError("an https VTN needs ca_file (the roots its certificate is checked against)", where)
    return settings


def _csip(table: dict[str, Any], base: Path) -> CSIPSettings:
    where = "grid.csip"
    settings: CSIPSettings = _typed(CSIPSettings, table, where, {
        "server_url": _https_url, "cert": _file(base), "key": _file(base), "ca": _file(base),
        "poll_interval_s": _positive, "request_timeout_s": _positive, "heartbeat_timeout_s": _positive,
        "max_reactive_power_var": _positive,
    })
    if not settings.dcap_path.startswith("/"):
        raise GridDataError("must start with /", f"{where}.dcap_path")
    if settings.lfdi is not None and (len(settings.lfdi) != 40 or any(c not in "0123456789abcdefABCDEF" for c in settings.lfdi)):
        raise GridDataError("an LFDI is 40 hex digits", f"{where}.lfdi")
    return settings


def _enum(kind: type, where: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        try:
            return kind(_expect(value, str, where))
        except ValueError:
            choices = ", ".join(repr(m.value) for m in kind)  # type: ignore[attr-defined]
            raise GridDataError(f"{value!r} is not one of {choices}", where) from None
    return convert


def _in_grid(exc: GridDataError) -> GridDataError:
    """The manager's own validation errors, named as keys of the [grid] table."""
    return GridDataError(str(exc).removeprefix(f"{exc.path}: "), f"grid.{exc.path}" if exc.path else "grid")


def parse_grid_table(data: Any, base: Path) -> GridSettings:
    """The `[grid]` table (paths relative to `base`, the configuration file's folder) -> GridSettings."""
    table = dict(_table(data, "grid"))
    clients = {name: _table(table.pop(name), f"grid.{name}") for name in _CLIENTS if name in table}
    poll = _positive(table.pop("poll_interval_s"), "grid.poll_interval_s") if "poll_interval_s" in table else 0.1
    unknown = sorted(set(table) - _MANAGER_KEYS - _RATING_KEYS - _REFERENCE_KEYS - _CONSENT_KEYS)
    if unknown:
        raise GridDataError(f"unknown key(s): {', '.join(unknown)}", "grid")
    if "import_w" not in table:
        raise GridDataError("missing: the installation's rated import (W), the reference of every percentage", "grid.import_w")
    try:
        ratings = Ratings(
            import_w=_expect(table.pop("import_w"), (float, int), "grid.import_w"),
            export_w=_expect(table.pop("export_w", 0.0), (float, int), "grid.export_w"),
            phases=_expect(table.pop("phases", 1), int, "grid.phases"),
        )
    except GridDataError as exc:
        raise _in_grid(exc) from None
    reference = ReferenceConfig(
        kind=_enum(ReferenceKind, "grid.reference")(table.pop("reference", "fixed")),
        window_s=_positive(table.pop("reference_window_s", 300.0), "grid.reference_window_s"),
    )
    floor = _expect(table.pop("user_soc_floor_percent", 0.0), (float, int), "grid.user_soc_floor_percent")
    if not 0.0 <= floor <= 100.0:
        raise GridDataError("must be within 0..100 %", "grid.user_soc_floor_percent")
    consent = Consent(
        import_increase=_expect(table.pop("import_increase_consent", True), bool, "grid.import_increase_consent"),
        discharge=_expect(table.pop("discharge_consent", False), bool, "grid.discharge_consent"),
        soc_floor_percent=float(floor),
    )
    converters: dict[str, Callable[[Any], Any]] = {
        "override_policy": _enum(OverridePolicy, "grid.override_policy"),
        "fallback": _enum(FallbackPolicy, "grid.fallback"),
    }
    manager_kwargs: dict[str, Any] = {}
    annotations = {f.name: str(f.type) for f in fields(GridConfig)}
    for key, value in table.items():
        where = f"grid.{key}"
        if key in converters:
            manager_kwargs[key] = converters[key](value)
        elif annotations[key] == "bool":
            manager_kwargs[key] = _expect(value, bool, where)
        elif annotations[key] == "int":
            manager_kwargs[key] = _expect(value, int, where)
        else:
            manager_kwargs[key] = _expect(value, (float, int), where)
    try:
        config = GridConfig(ratings, reference=reference, **manager_kwargs)
    except GridDataError as exc:
        raise _in_grid(exc) from None
    return GridSettings(
        config=config,
        consent=consent,
        dred=_dred(clients["dred"], base) if "dred" in clients else None,
        openadr=_openadr(clients["openadr"], base) if "openadr" in clients else None,
        csip=_csip(clients["csip"], base) if "csip" in clients else None,
        poll_interval_s=poll,
    )


__all__ = ["CSIPSettings", "Consent", "DREDSettings", "GridSettings", "OpenADRSettings", "parse_grid_table"]
