"""The `[ocpp]` table of the secc TOML: where the CSMS is, how the station authenticates, what it is.

OCPP 2.0.1 security profiles: 1 = HTTP Basic over ws:// (lab/closed networks), 2 = Basic over wss://
with the CSMS authenticated by TLS, 3 = wss:// with mutual TLS (station certificate, no password).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secc.config import ConfigError, _build, _path, _read_toml

VERSIONS = {"2.1": "ocpp2.1", "2.0.1": "ocpp2.0.1"}  # our names -> WebSocket subprotocols


@dataclass(frozen=True)
class OCPPConfig:
    csms_url: str  # ws://host:port/path or wss://...; the station id is appended as the last path segment
    station_id: str
    versions: tuple[str, ...] = ("2.1", "2.0.1")  # offered subprotocols, preferred first
    security_profile: int = 1
    password: str | None = None  # profiles 1 and 2 (Basic auth, user = station_id)
    csms_ca: str | None = None  # profiles 2 and 3: PEM roots the CSMS certificate must chain to
    client_cert: str | None = None  # profile 3: the station's certificate chain (PEM)
    client_key: str | None = None
    vendor: str = "iso15118-stack"
    model: str = "SECC"
    serial_number: str | None = None
    firmware_version: str | None = None
    evses: int = 1  # EVSEs with one connector each; sessions take the lowest free one
    heartbeat_interval_s: float = 300.0  # until the CSMS sets one in BootNotificationResponse
    response_timeout_s: float = 30.0
    reconnect_min_s: float = 1.0  # backoff doubles up to reconnect_max_s, with jitter
    reconnect_max_s: float = 60.0
    message_attempts: int = 3  # TransactionEvent retries after a CallError before it is set aside
    queue_path: str = "ocpp-queue.sqlite"  # durable TransactionEvent queue (relative to the config file)
    certificate_dir: str = "ocpp-certificates"  # roots installed by the CSMS, one directory per type
    meter_interval_s: float = 60.0  # TransactionEvent Updated with MeterValuePeriodic
    authorize_timeout_s: float = 1.0  # CSMS Authorize round trip inside the 15118 performance time
    offline_authorization: str = "local"  # CSMS unreachable: "local" (PnC: our own verification) or "reject"
    eim_id_token: str | None = None  # EIM without a card reader (labs, free vend): this idToken is presented
    eim_id_token_type: str = "Central"
    voltage_v: float = 230.0  # profiles in A become W with this and the number of phases

    @property
    def subprotocols(self) -> list[str]:
        return [VERSIONS[v] for v in self.versions]

    @property
    def url(self) -> str:
        return f"{self.csms_url.rstrip('/')}/{self.station_id}"


def _check(cfg: OCPPConfig) -> OCPPConfig:
    scheme = cfg.csms_url.split("://", 1)[0]
    if scheme not in ("ws", "wss"):
        raise ConfigError("[ocpp] csms_url must start with ws:// or wss://")
    unknown = [v for v in cfg.versions if v not in VERSIONS]
    if unknown or not cfg.versions:
        raise ConfigError(f"[ocpp] versions: choose from {sorted(VERSIONS)}")
    profile = cfg.security_profile
    if profile not in (1, 2, 3):
        raise ConfigError("[ocpp] security_profile must be 1, 2 or 3")
    if profile == 1 and scheme != "ws":
        raise ConfigError("[ocpp] security profile 1 is Basic auth over ws://")
    if profile in (2, 3) and scheme != "wss":
        raise ConfigError(f"[ocpp] security profile {profile} needs wss://")
    if profile in (1, 2) and not cfg.password:
        raise ConfigError(f"[ocpp] security profile {profile} needs password (HTTP Basic)")
    if profile == 3 and not (cfg.client_cert and cfg.client_key):
        raise ConfigError("[ocpp] security profile 3 needs client_cert and client_key")
    if profile in (2, 3) and not cfg.csms_ca:
        raise ConfigError(f"[ocpp] security profile {profile} needs csms_ca")
    if cfg.offline_authorization not in ("local", "reject"):
        raise ConfigError("[ocpp] offline_authorization must be local or reject")
    if cfg.evses < 1:
        raise ConfigError("[ocpp] evses must be >= 1")
    if not 0 < cfg.reconnect_min_s <= cfg.reconnect_max_s:
        raise ConfigError("[ocpp] need 0 < reconnect_min_s <= reconnect_max_s")
    return cfg


def ocpp_config_from_table(table: dict[str, Any], base: Path) -> OCPPConfig:
    paths = {k: (lambda v: _path(base, v)) for k in ("csms_ca", "client_cert", "client_key", "queue_path",
                                                      "certificate_dir")}
    # the queue and the installed certificates live beside the configuration
    table = {"queue_path": OCPPConfig.queue_path, "certificate_dir": OCPPConfig.certificate_dir, **table}
    return _check(_build(OCPPConfig, table, "ocpp", {**paths, "versions": tuple}))


def load_ocpp_config(path: str | Path) -> OCPPConfig | None:
    """The [ocpp] table (None when absent: the SECC runs without a CSMS)."""
    data = _read_toml(path)
    if "ocpp" not in data:
        return None
    return ocpp_config_from_table(data["ocpp"], Path(path).parent)
