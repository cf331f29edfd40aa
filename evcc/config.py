"""EVCC preferences: what this vehicle asks the charger for, loaded from a TOML file."""
from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from evcc import protocols
from evcc.controller import Authorization, ControlMode, EnergyTransfer, UserSettings
from iso15118.session.timers import SessionTiming


class ConfigError(ValueError):
    """A config file has an unknown key or a value of the wrong kind."""


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


_ENUMS: dict[str, type] = {
    "energy_transfer": EnergyTransfer,
    "control_mode": ControlMode,
    "authorization": Authorization,
}


def _protocols(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError('protocols must be a non-empty list of names, e.g. ["ISO15118-20", "DIN70121"]')
    if len(set(value)) != len(value):
        raise ConfigError(f"protocols lists a protocol twice: {value}")
    unknown = [v for v in value if v not in protocols.names()]
    if unknown:
        raise ConfigError(f"protocols: unknown {unknown} (this EVCC runs {list(protocols.names())})")
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


def config_from_dict(data: dict[str, Any]) -> EVCCConfig:
    """Build a config from the [evcc] table of a TOML file; unknown keys are errors, not ignored."""
    known = {f.name for f in fields(EVCCConfig)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key == "timing_scale":
            if not isinstance(value, (int, float)) or value <= 0:
                raise ConfigError("timing_scale must be a positive number")
            kwargs["timing"] = SessionTiming().scaled(float(value))
            continue
        if key not in known or key == "timing":
            raise ConfigError(f"unknown evcc config key {key!r}")
        if key == "protocols":
            value = _protocols(value)
        elif key in _ENUMS:
            try:
                value = _ENUMS[key](value)
            except ValueError as exc:
                raise ConfigError(f"{key}: {exc}") from None
        elif key == "settings":
            if not isinstance(value, dict):
                raise ConfigError("settings must be a table")
            allowed = {f.name for f in fields(UserSettings)}
            bad = set(value) - allowed
            if bad:
                raise ConfigError(f"unknown settings keys {sorted(bad)}")
            value = replace(UserSettings(), **value)
            for name in ("target_soc", "minimum_soc", "discharge_soc_floor"):
                if not 0 <= getattr(value, name) <= 100:
                    raise ConfigError(f"settings.{name} must be a percentage (0..100)")
        kwargs[key] = value
    if kwargs.get("certificate_installation", "when_needed") not in ("never", "when_needed", "always"):
        raise ConfigError("certificate_installation must be never, when_needed or always")
    return EVCCConfig(**kwargs)


def load_config(path: Path) -> tuple[EVCCConfig, dict[str, Any]]:
    """Return the EVCC config and the whole TOML document (other tables: battery, connection)."""
    with path.open("rb") as fh:
        doc = tomllib.load(fh)
    return config_from_dict(doc.get("evcc", {})), doc
