"""EVCC preferences: what this vehicle asks the charger for, loaded from a TOML file."""
from __future__ import annotations

import enum
import hashlib
import tomllib
import types
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from evcc import protocols
from evcc.controller import Authorization, ControlMode, EnergyTransfer, UserSettings
from iso15118.session.timers import SessionTiming
from iso15118.session.vocabulary import ConfigError as ConfigError  # the one base, shared with the SECC


@dataclass(frozen=True, kw_only=True)
class EVCCConfig:
    # SupportedAppProtocol offer in priority order (TOML `protocols`): "ISO15118-20", "ISO15118-2", "DIN70121".
    protocols: tuple[str, ...] = ("ISO15118-20",)
    energy_transfer: EnergyTransfer = EnergyTransfer.DC
    bpt: bool = False
    bpt_fallback_to_charge_only: bool = True  # use AC/DC when the EVSE offers no BPT service
    control_mode: ControlMode = ControlMode.Dynamic
    authorization: Authorization = Authorization.EIM
    # PnC: when to ask for a contract by CertificateInstallationReq (if the SECC offers it):
    # "never", "when_needed" (none, or it expires soon), "always" (every session; labs).
    certificate_installation: str = "when_needed"
    evcc_id: str = "EVCC0000000001"
    settings: UserSettings = field(default_factory=UserSettings)
    max_supporting_points: int = 1024
    charge_loop_interval_s: float = 0.25  # cadence of ChargeLoopReq
    ongoing_poll_interval_s: float = 0.1  # re-send while the EVSE answers Ongoing
    time_scale: float = 1.0  # simulated seconds per real second (schedules, departure time)
    # When the EV ends its session by itself (None = never for that criterion):
    max_charge_loops: int | None = None
    stop_at_target_soc: bool = True
    # EV-initiated pause for labs and tests: pause after N loops, resume after pause_duration_s.
    pause_after_loops: int | None = None
    pause_duration_s: float = 1.0
    # EV-initiated standby (PowerDelivery Standby): after N loops, for standby_loops loops.
    standby_after_loops: int | None = None
    standby_loops: int = 3
    # Scheduled mode: whether the EV agrees to the PowerTolerance the SECC may offer with a schedule
    # (PowerDeliveryReq PowerToleranceAcceptance: Confirmed / NotConfirmed; omitted when none was offered).
    accept_power_tolerance: bool = True
    precharge_tolerance_v: float = 20.0
    welding_voltage_v: float = 60.0  # contactor check done once the EVSE reads below this
    allow_plain_tcp: bool = False  # lab only: -20 requires TLS; each session then logs a warning
    # -20 EVCC timers (V2G_EVCC_Msg_Timeout per message, ongoing, cable check, pre-charge, setup);
    # TOML `timing_scale = 0.1` shortens them all (tests, fast labs).
    timing: SessionTiming = field(default_factory=SessionTiming)


def _value(where: str, key: str, value: Any, hint: Any) -> Any:
    """`value` as the field's type says (bool, int, float, str, an enum, X | None), else ConfigError."""
    if isinstance(hint, types.UnionType):  # X | None: TOML has no None, so the value is an X
        hint = next(h for h in typing.get_args(hint) if h is not type(None))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):  # TOML spells members by name ("Dynamic")
        if isinstance(value, str) and value in hint.__members__:
            return hint.__members__[value]
        raise ConfigError(f"{where}{key} must be one of {', '.join(repr(name) for name in hint.__members__)}, "
                          f"not {value!r}")
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif hint is str:
        ok = isinstance(value, str)
    else:
        raise AssertionError(f"no TOML reading for {where}{key}: {hint!r}")
    if not ok:
        kind = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}[hint]
        raise ConfigError(f"{where}{key} must be {kind}, not {value!r}")
    return value


def _fields(cls: type, table: Any, where: str, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The keyword arguments of dataclass `cls` from a TOML table: unknown keys and wrong types are errors."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where.strip()} must be a table")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in fields(cls)} - skip
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{where}unknown key(s) {', '.join(unknown)}")
    return {key: _value(where, key, value, hints[key]) for key, value in table.items()}


def _protocols(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError('[evcc] protocols must be a non-empty list of names, e.g. ["ISO15118-20", "DIN70121"]')
    if len(set(value)) != len(value):
        raise ConfigError(f"[evcc] protocols lists a protocol twice: {value}")
    unknown = [v for v in value if v not in protocols.names()]
    if unknown:
        raise ConfigError(f"[evcc] protocols: unknown {unknown} (this EVCC runs {list(protocols.names())})")
    return tuple(value)


EVCC_MAC_LENGTH = 6


def evcc_mac(evcc_id: str) -> bytes:
    """The EVCCID of DIN 70121 and ISO 15118-2: the vehicle's MAC, 6 bytes (chargers refuse an empty one,
    pyPLC Issue20). `evcc_id` itself when it is a MAC (12 hex digits, ':' or '-' allowed), else 6 stable
    bytes derived from it (SHA-256, a locally administered unicast MAC), so each EV of a fleet has its own."""
    digits = evcc_id.replace(":", "").replace("-", "")
    if len(digits) == 2 * EVCC_MAC_LENGTH:
        try:
            return bytes.fromhex(digits)
        except ValueError:
            pass
    derived = bytearray(hashlib.sha256(evcc_id.encode()).digest()[:EVCC_MAC_LENGTH])
    derived[0] = (derived[0] | 0x02) & 0xFE
    return bytes(derived)


def _settings(value: Any) -> UserSettings:
    settings = UserSettings(**_fields(UserSettings, value, "[evcc.settings] "))
    for name in ("target_soc", "minimum_soc", "discharge_soc_floor"):
        if not 0 <= getattr(settings, name) <= 100:
            raise ConfigError(f"[evcc.settings] {name} must be a percentage (0..100)")
    return settings


def config_from_dict(data: dict[str, Any]) -> EVCCConfig:
    """Build a config from the [evcc] table of a TOML file; unknown keys and wrong types are errors."""
    data = dict(data)
    special: dict[str, Any] = {}
    if "timing_scale" in data:
        scale = data.pop("timing_scale")
        if isinstance(scale, bool) or not isinstance(scale, (int, float)) or scale <= 0:
            raise ConfigError("[evcc] timing_scale must be a positive number")
        special["timing"] = SessionTiming().scaled(float(scale))
    if "protocols" in data:
        special["protocols"] = _protocols(data.pop("protocols"))
    if "settings" in data:
        special["settings"] = _settings(data.pop("settings"))
    kwargs = _fields(EVCCConfig, data, "[evcc] ", skip=frozenset({"timing", "protocols", "settings"}))
    if kwargs.get("certificate_installation", "when_needed") not in ("never", "when_needed", "always"):
        raise ConfigError("[evcc] certificate_installation must be never, when_needed or always")
    return EVCCConfig(**kwargs, **special)


@dataclass(frozen=True)
class ConnectionConfig:
    """[connection]: where the SECC is (host and port, or an interface for SDP) and the TLS material."""

    host: str | None = None
    port: int | None = None
    interface: str | None = None
    tls_trust_roots: tuple[Path, ...] = ()  # V2G roots the SECC's chain must end in
    # -2 V2G roots (P-256) when -2 is offered beside -20: the EV then also accepts a TLS 1.2 SECC with the
    # -2 suite and checks it against these (a -2-only EV takes tls_trust_roots).
    iso2_tls_trust_roots: tuple[Path, ...] = ()
    tls_cert_chain: Path | None = None  # the EV's own chain (OEM provisioning), for mutual TLS
    tls_private_key: Path | None = None


@dataclass(frozen=True)
class PnCConfig:
    """[pnc]: a contract (contract_chain + contract_key) and/or the OEM provisioning credentials
    (provisioning_chain + provisioning_key [+ provisioning_agreement_key with Ed448]) that install one
    into contract_store; v2g_roots default to [connection] tls_trust_roots."""

    contract_chain: Path | None = None
    contract_key: Path | None = None
    provisioning_chain: Path | None = None
    provisioning_key: Path | None = None
    provisioning_agreement_key: Path | None = None
    v2g_roots: tuple[Path, ...] = ()
    mo_roots: tuple[Path, ...] = ()
    contract_store: Path | None = None
    # [pnc.iso2]: the -2 (P-256) credentials of an EV offering -2 beside -20; its v2g_roots default to
    # [connection] iso2_tls_trust_roots. Without it a -2 session uses these (a -2-only EV).
    iso2: PnCConfig | None = None


@dataclass(frozen=True)
class VehicleConfig:
    """[vehicle]: the on-board charger (AC)."""

    ac_max_power_w: float = 11_000.0
    ac_min_power_w: float = 1_400.0


@dataclass(frozen=True)
class LogConfig:
    trace: bool = True  # one line per message on stdout
    log_dir: Path | None = None  # JSON lines per session


@dataclass(frozen=True)
class BatteryConfig:
    """[battery]: the simulated pack (evcc.simulator.BatteryModel's fields; unset ones keep its defaults)."""

    values: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class EVCCFile:
    """A whole EV TOML file, typed; paths are resolved against the file's directory."""

    evcc: EVCCConfig
    connection: ConnectionConfig = field(default_factory=ConnectionConfig)
    pnc: PnCConfig | None = None
    vehicle: VehicleConfig = field(default_factory=VehicleConfig)
    battery: BatteryConfig = field(default_factory=BatteryConfig)
    log: LogConfig = field(default_factory=LogConfig)


_TABLES = ("evcc", "connection", "pnc", "vehicle", "battery", "log")
_BATTERY_KEYS = ("capacity_wh", "soc", "voltage_empty_v", "voltage_full_v", "internal_resistance_ohm",
                 "max_charge_power_w", "max_discharge_power_w", "max_current_a", "taper_start_soc",
                 "discharge_taper_soc")


def _paths(table: dict[str, Any], where: str, base: Path, single: tuple[str, ...], lists: tuple[str, ...]) -> dict[str, Any]:
    """String paths (and lists of them; a single string is a list of one), relative to `base` unless absolute."""
    out: dict[str, Any] = {}
    for key in single:
        if key in table:
            value = table.pop(key)
            if not isinstance(value, str):
                raise ConfigError(f"[{where}] {key} must be a path (a string), not {value!r}")
            out[key] = _relative(base, value)
    for key in lists:
        if key in table:
            value = table.pop(key)
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise ConfigError(f"[{where}] {key} must be a path or a list of paths, not {value!r}")
            out[key] = tuple(_relative(base, v) for v in items)
    return out


def _relative(base: Path, value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else base / path


def _pnc_config(table: dict[str, Any], where: str, base: Path, conn: ConnectionConfig) -> PnCConfig:
    """[pnc] (or [pnc.iso2]): paths resolved, pairs complete, something to authorize with; v2g_roots default
    to the TLS trust roots of the protocol (-2: iso2_tls_trust_roots when given)."""
    iso2 = None
    v2g_roots = conn.tls_trust_roots
    if where == "pnc" and "iso2" in table:
        sub = table.pop("iso2")
        if not isinstance(sub, dict) or not sub:
            raise ConfigError("[pnc.iso2] must be a table of -2 credentials")
        iso2 = _pnc_config(dict(sub), "pnc.iso2", base, conn)
    elif where == "pnc.iso2":
        v2g_roots = conn.iso2_tls_trust_roots or conn.tls_trust_roots
    paths = _paths(table, where, base, ("contract_chain", "contract_key", "provisioning_chain", "provisioning_key",
                                        "provisioning_agreement_key", "contract_store"), ("v2g_roots", "mo_roots"))
    pnc = PnCConfig(**paths, **_fields(PnCConfig, table, f"[{where}] ", skip=frozenset(paths) | {"iso2"}), iso2=iso2)
    for a, b in (("contract_chain", "contract_key"), ("provisioning_chain", "provisioning_key")):
        if (getattr(pnc, a) is None) != (getattr(pnc, b) is None):
            raise ConfigError(f"[{where}] {a} and {b} go together")
    if pnc.contract_chain is None and pnc.provisioning_chain is None and pnc.contract_store is None and iso2 is None:
        raise ConfigError(f"[{where}] needs contract_chain/contract_key, provisioning_chain/provisioning_key "
                          "or a contract_store")
    return pnc if pnc.v2g_roots else replace(pnc, v2g_roots=v2g_roots)


def file_from_dict(doc: dict[str, Any], base: Path) -> EVCCFile:
    unknown = sorted(set(doc) - set(_TABLES))
    if unknown:
        raise ConfigError(f"unknown table(s) {', '.join('[' + t + ']' for t in unknown)} "
                          f"(known: {', '.join('[' + t + ']' for t in _TABLES)})")
    tables: dict[str, dict[str, Any]] = {}
    for name in _TABLES:
        table = doc.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"[{name}] must be a table")
        tables[name] = dict(table)
    connection = tables["connection"]
    conn_paths = _paths(connection, "connection", base, ("tls_cert_chain", "tls_private_key"), ("tls_trust_roots", "iso2_tls_trust_roots"))
    conn = ConnectionConfig(**conn_paths, **_fields(ConnectionConfig, connection, "[connection] ", skip=frozenset(conn_paths)))
    pnc = _pnc_config(dict(tables["pnc"]), "pnc", base, conn) if tables["pnc"] else None
    log_table = tables["log"]
    log_paths = _paths(log_table, "log", base, ("log_dir",), ())
    battery = tables["battery"]
    unknown_battery = sorted(set(battery) - set(_BATTERY_KEYS))
    if unknown_battery:
        raise ConfigError(f"[battery] unknown key(s) {', '.join(unknown_battery)}")
    evcc = config_from_dict(tables["evcc"])
    if evcc.authorization is Authorization.PnC and pnc is None:
        raise ConfigError("authorization = PnC needs a [pnc] table (a contract, or provisioning credentials to install one)")
    return EVCCFile(
        evcc=evcc,
        connection=conn,
        pnc=pnc,
        vehicle=VehicleConfig(**_fields(VehicleConfig, tables["vehicle"], "[vehicle] ")),
        battery=BatteryConfig({k: _value("[battery] ", k, v, float) for k, v in battery.items()}),
        log=LogConfig(**log_paths, **_fields(LogConfig, log_table, "[log] ", skip=frozenset(log_paths))),
    )


def load_file(path: Path) -> EVCCFile:
    """The EV's TOML file, typed (tables: evcc with evcc.settings, connection, pnc, vehicle, battery, log)."""
    try:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return file_from_dict(doc, path.parent)
