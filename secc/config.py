"""SECC configuration: what the charger offers and how the SECC behaves (loaded from TOML by secc.cli)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from iso15118.session.timers import SessionTiming
from iso15118.session.vocabulary import ConfigError as ConfigError  # the one base; secc.cli and integrators import it here
from secc.controller import ACLimits, ControlMode, DCLimits, EnergyService
from secc.grid.model import GridDataError
from secc.grid.settings import GridSettings, parse_grid_table
from secc.protocols import names as protocol_names
from secc.protocols import protocol


@dataclass(frozen=True)
class PricingConfig:
    """Tariff sent with schedules: kind none | absolute | levels."""

    kind: str = "absolute"
    currency: str = "EUR"
    language: str = "ENG"
    energy_fee_per_kwh: float = 0.30
    price_levels: int = 4


# Charge-loop watchdog bounds (s): above this an EV that fell silent would keep power well after every
# EV-side timeout of the charge loop (V2G_EVCC_Msg_Timeout: DC 0.5 s, AC 2 s) has made it give up.
CHARGE_LOOP_WATCHDOG_MAX_S = 5.0
CHARGE_LOOP_WATCHDOG_DEFAULT_S = 2.0


@dataclass(frozen=True)
class SECCConfig:
    """What the charger offers and how the SECC behaves.

    `charge_loop_watchdog_s`: while the SECC has the output energized (pre-charge, power transfer,
    standby) and no request arrives for this long, it powers off (controller.power_off: output to zero,
    contactors open) and ends the session. -20 itself only has V2G_SECC_Sequence_Timeout (60 s), but an EV
    whose link or process died stopped long before: the EV gives up after V2G_EVCC_Msg_Timeout (0.5 s in
    DC_ChargeLoop, 2 s in AC_ChargeLoop), and IEC 61851-25 6.3.5.5 asks a DC EVSE to shut down when valid EV
    data is missing for more than 1 s. 2 s default: beyond a DC EV's 0.5 s timeout plus its loop cadence and
    the AC loop's 2 s timeout, and short of 60 s by far. Peers have no such watchdog: Josev's SECC waits
    V2G_SECC_SEQUENCE_TIMEOUT (60 s) for every request, EVerest libiso15118's session loop has no request
    timeout at all (left to the charger's control-pilot logic). The session ends (no pause/resume: the EV
    lost its own timeout, and -20 resumes only sessions paused with SessionStop Pause); the EV starts a new one.
    """

    evse_id: str = "DE*PNX*E12345*1"
    # Offered in SupportedAppProtocol; the EV's priority decides among those the connection can carry.
    protocols: tuple[str, ...] = field(default_factory=protocol_names)
    services: tuple[EnergyService, ...] = (
        EnergyService.AC,
        EnergyService.DC,
        EnergyService.AC_BPT,
        EnergyService.DC_BPT,
    )
    control_modes: tuple[ControlMode, ...] = (ControlMode.Scheduled, ControlMode.Dynamic)
    authorization_methods: tuple[str, ...] = ("EIM",)  # "PnC" is offered only with a PnC authorizer installed
    certificate_installation: bool = False
    free_service: bool = False
    service_renegotiation_supported: bool = True
    standby_allowed: bool = True
    pause_allowed: bool = True
    paused_session_expiry_s: float = 3600.0
    notification_max_delay_s: int = 30
    ac_connector: int = 2  # 1 single phase, 2 three phase
    dc_connector: int = 2  # 1 core, 2 extended, 3 dual2, 4 dual4
    mobility_needs_mode: int = 1  # 1 provided by the EVCC, 2 by the SECC
    bpt_channel: int = 1  # 1 unified, 2 separated
    generator_mode: int = 1  # 1 grid following, 2 grid forming
    islanding_detection: int = 1  # AC BPT: 1 active, 2 passive
    schedule_duration_s: int = 86400  # power schedule length when the EV gives no departure time
    precharge_current_a: float = 2.0
    charge_loop_watchdog_s: float = CHARGE_LOOP_WATCHDOG_DEFAULT_S
    pricing: PricingConfig = field(default_factory=PricingConfig)
    timing: SessionTiming = field(default_factory=SessionTiming)

    def __post_init__(self) -> None:
        unknown = [p for p in self.protocols if p not in protocol_names()]
        if unknown or not self.protocols:
            raise ConfigError(f"[secc] protocols = {list(self.protocols)!r}: one or more of {list(protocol_names())}")
        watchdog = self.charge_loop_watchdog_s
        if isinstance(watchdog, bool) or not isinstance(watchdog, (int, float)) \
                or not 0 < watchdog <= CHARGE_LOOP_WATCHDOG_MAX_S:
            raise ConfigError(f"[secc] charge_loop_watchdog_s = {watchdog!r}: a number of seconds in "
                              f"(0, {CHARGE_LOOP_WATCHDOG_MAX_S:g}] (power off when an energized EV falls silent)")

    @property
    def offers_ac(self) -> bool:
        return any(not s.is_dc for s in self.services)

    @property
    def offers_dc(self) -> bool:
        return any(s.is_dc for s in self.services)


@dataclass(frozen=True)
class ServerConfig:
    """Where and how the SECC listens (secc.cli)."""

    interface: str | None = None  # None: loopback
    host: str = "::1"
    port: int = 0  # 0: any free port (announced by SDP)
    sdp: bool = True
    tls_cert: str | None = None  # leaf + SubCA2 + SubCA1 PEM chain
    tls_key: str | None = None
    tls_ca: str | None = None  # trusted roots for the EV's vehicle certificate (mutual authentication)
    tls_client_auth: str = "optional"  # with tls_ca: optional | required (vehicle certificate demanded)
    tls_ocsp_response: str | None = None  # DER OCSP response for the SECC leaf, stapled in every handshake
    iso2_tls_cert: str | None = None  # -2 P-256 chain (TLS 1.2); with tls_cert one port serves TLS 1.3 and 1.2
    iso2_tls_key: str | None = None
    tcp_listener: bool = False  # also listen on plain TCP (DIN 70121, -2 EIM); SDP gives NO_TLS requests that port
    allow_plain_tcp: bool = False  # lab only: logs a warning on every session
    log_path: str | None = None  # JSON-lines log of every message (file or directory)
    trace: bool = True
    controller: str | None = None  # EVSE controller factory "module:callable"; None = simulated EVSE


@dataclass(frozen=True)
class PnCConfig:
    """[pnc]: Plug & Charge trust material and where contract certificates come from.

    Paths are relative to the configuration file. `local_cps` (lab) answers CertificateInstallationReq
    from a `pki init` directory; `installation_backend` ("module:callable", called with this config)
    returns a secc.authorization.CertificateInstallationBackend, e.g. an OCPP Get15118EVCertificate client.
    """

    mo_roots: tuple[str, ...] = ()
    crls: tuple[str, ...] = ()
    ocsp_responses: tuple[str, ...] = ()
    require_revocation_status: bool = False
    supported_providers: tuple[str, ...] = ()
    local_cps: str | None = None
    local_cps_delay_s: float = 0.0
    installation_backend: str | None = None
    iso2_tariff_key: str | None = None  # -2 PnC: PEM key (MO Sub-CA 2) that signs SalesTariffs
    iso2_tariff_chain: str | None = None  # its PEM chain, signer first
    iso2_local_cps: str | None = None  # lab: a `pki init --suite iso2` directory answers -2 CertificateInstallation/Update


@dataclass(frozen=True)
class SimulatedHardware:
    ac: ACLimits = field(default_factory=lambda: ACLimits(max_charge_power_w=22000, min_charge_power_w=1400,
                                                           max_discharge_power_w=11000, min_discharge_power_w=1400))
    dc: DCLimits = field(default_factory=lambda: DCLimits(max_charge_power_w=150000, max_charge_current_a=300,
                                                          max_voltage_v=920, min_voltage_v=150,
                                                          max_discharge_power_w=50000, max_discharge_current_a=150))
    cable_check_duration_s: float = 0.0


def _build(cls: type, table: dict[str, Any], where: str, converters: dict[str, Any] | None = None) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"[{where}] unknown key(s): {', '.join(sorted(unknown))}")
    kwargs = {}
    for key, value in table.items():
        convert = (converters or {}).get(key)
        try:
            kwargs[key] = convert(value) if convert else value
        except (KeyError, ValueError, TypeError) as exc:
            raise ConfigError(f"[{where}] {key} = {value!r}: {exc}") from None
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ConfigError(f"[{where}] {exc}") from None


def _services(values: list[str]) -> tuple[EnergyService, ...]:
    if not values:
        raise ValueError("at least one energy service is needed")
    return tuple(EnergyService[v] for v in values)


def _protocols(values: list[str]) -> tuple[str, ...]:
    return tuple(values)


def _modes(values: list[str]) -> tuple[ControlMode, ...]:
    if not values:
        raise ValueError("at least one control mode is needed")
    return tuple(ControlMode[v] for v in values)


def _read_toml(path: str | Path) -> dict[str, Any]:
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _path(base: Path, value: str) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a path string")
    return str(base / value) if not Path(value).is_absolute() else value


def _paths(base: Path) -> Any:
    def convert(values: list[str]) -> tuple[str, ...]:
        if isinstance(values, str):
            values = [values]
        return tuple(_path(base, v) for v in values)
    return convert


def load_pnc_config(path: str | Path) -> PnCConfig | None:
    """The [pnc] table (None when absent): PnC is offered only where it is configured."""
    data = _read_toml(path)
    if "pnc" not in data:
        return None
    base = Path(path).parent
    paths = _paths(base)
    pnc = _build(PnCConfig, data["pnc"], "pnc", {
        "mo_roots": paths, "crls": paths, "ocsp_responses": paths, "supported_providers": tuple,
        "local_cps": lambda v: _path(base, v), "iso2_local_cps": lambda v: _path(base, v),
        "iso2_tariff_key": lambda v: _path(base, v), "iso2_tariff_chain": lambda v: _path(base, v),
    })
    if bool(pnc.iso2_tariff_key) != bool(pnc.iso2_tariff_chain):
        raise ConfigError("[pnc] iso2_tariff_key and iso2_tariff_chain go together")
    if not pnc.mo_roots:
        raise ConfigError("[pnc] mo_roots: at least one trusted MO root (PEM) is needed")
    if pnc.local_cps and pnc.installation_backend:
        raise ConfigError("[pnc] local_cps and installation_backend exclude each other")
    return pnc


def load_grid_config(path: str | Path) -> GridSettings | None:
    """The [grid] table (None when absent): grid limits and the clients that receive them (secc.grid.settings)."""
    data = _read_toml(path)
    if "grid" not in data:
        return None
    try:
        return parse_grid_table(data["grid"], Path(path).parent)
    except GridDataError as exc:
        raise ConfigError(f"[{exc.path or 'grid'}] {str(exc).removeprefix(f'{exc.path}: ')}") from None


def load_config(path: str | Path) -> tuple[SECCConfig, ServerConfig, SimulatedHardware]:
    """Read the TOML file: [server], [secc], [secc.pricing], [limits.ac], [limits.dc], [simulator]."""
    data = _read_toml(path)
    unknown = set(data) - {"server", "secc", "limits", "simulator", "pnc", "grid", "ocpp"}  # [ocpp]: secc.ocpp.config
    if unknown:
        raise ConfigError(f"unknown table(s): {', '.join(sorted(unknown))}")
    base = Path(path).parent
    server = _build(ServerConfig, data.get("server", {}), "server",
                    {k: lambda v: _path(base, v) for k in ("tls_cert", "tls_key", "tls_ca", "tls_ocsp_response",
                                                           "iso2_tls_cert", "iso2_tls_key")})
    if (server.iso2_tls_cert is None) != (server.iso2_tls_key is None):
        raise ConfigError("[server] iso2_tls_cert and iso2_tls_key go together")
    if server.tls_client_auth not in ("optional", "required"):
        raise ConfigError("[server] tls_client_auth must be optional or required")
    secc_table = dict(data.get("secc", {}))
    pricing = _build(PricingConfig, secc_table.pop("pricing", {}), "secc.pricing")
    if pricing.kind not in ("none", "absolute", "levels"):
        raise ConfigError("[secc.pricing] kind must be none, absolute or levels")
    secc = _build(
        SECCConfig,
        secc_table,
        "secc",
        {
            "protocols": _protocols, "services": _services,
            "control_modes": _modes,
            "authorization_methods": tuple,
        },
    )
    secc = SECCConfig(**{**{f.name: getattr(secc, f.name) for f in fields(SECCConfig)}, "pricing": pricing})
    limits = data.get("limits", {})
    unknown = set(limits) - {"ac", "dc"}
    if unknown:
        raise ConfigError(f"unknown table(s) in [limits]: {', '.join(sorted(unknown))}")
    hardware = SimulatedHardware()
    ac = _build(ACLimits, limits["ac"], "limits.ac") if "ac" in limits else hardware.ac
    dc = _build(DCLimits, limits["dc"], "limits.dc") if "dc" in limits else hardware.dc
    sim = data.get("simulator", {})
    unknown = set(sim) - {"cable_check_duration_s"}
    if unknown:
        raise ConfigError(f"[simulator] unknown key(s): {', '.join(sorted(unknown))}")
    hardware = SimulatedHardware(ac=ac, dc=dc, cable_check_duration_s=float(sim.get("cable_check_duration_s", 0.0)))
    plain = all(protocol(name).transport.plain_tcp for name in secc.protocols)  # DIN only: TCP as in the field
    if not server.allow_plain_tcp and not plain and not (server.tls_cert and server.tls_key) and not server.iso2_tls_cert:
        raise ConfigError("[server] tls_cert and tls_key (or iso2_tls_cert and iso2_tls_key) are required unless "
                          "every configured protocol runs over plain TCP (protocols = [\"DIN70121\"]) or "
                          "allow_plain_tcp = true (lab only)")
    return secc, server, hardware
