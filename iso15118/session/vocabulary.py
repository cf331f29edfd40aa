"""Words both sides share, defined once: energy services, control modes, service parameter names, the
base of every configuration error, the Ongoing timer rule and clip (the transport a protocol runs over:
app_protocol.Transport).

The SECC (secc.controller re-exports these for integrators) and the EVCC import them from here, so a
ServiceID or a parameter name is spelled in one place, in the standard's own words.
"""
from __future__ import annotations

import enum
from collections.abc import MutableMapping


class ConfigError(ValueError):
    """A configuration (TOML file or constructor argument) is invalid; the message names the key."""


class EnergyService(enum.IntEnum):
    """-20 energy transfer service IDs (ServiceDiscoveryRes ServiceID)."""

    AC = 1
    DC = 2
    WPT = 3
    DC_ACDP = 4
    AC_BPT = 5
    DC_BPT = 6
    DC_ACDP_BPT = 7

    @property
    def is_dc(self) -> bool:
        return self in (EnergyService.DC, EnergyService.DC_BPT, EnergyService.DC_ACDP, EnergyService.DC_ACDP_BPT)

    @property
    def is_bpt(self) -> bool:
        return self in (EnergyService.AC_BPT, EnergyService.DC_BPT, EnergyService.DC_ACDP_BPT)


class ControlMode(enum.IntEnum):
    """-20 control modes, valued as the ControlMode service parameter (and the SECC's ParameterSetID):
    Scheduled (the EV follows a schedule it chose), Dynamic (the EVSE dictates the power)."""

    Scheduled = 1
    Dynamic = 2


# -20 service parameter names (ServiceDetailRes ParameterSet.Parameter.Name, Table 204 ff.).
PARAM_CONNECTOR = "Connector"
PARAM_CONTROL_MODE = "ControlMode"
PARAM_EVSE_NOMINAL_VOLTAGE = "EVSENominalVoltage"
PARAM_MOBILITY_NEEDS_MODE = "MobilityNeedsMode"
PARAM_PRICING = "Pricing"
PARAM_BPT_CHANNEL = "BPTChannel"
PARAM_GENERATOR_MODE = "GeneratorMode"
PARAM_GRID_CODE_ISLANDING_DETECTION_METHOD = "GridCodeIslandingDetectionMethod"


class CertificateService(enum.IntEnum):
    """-2 ContractCertificate service (ServiceDetailRes): each ParameterSetID carries one parameter named
    `Service` (PARAM_SERVICE) whose stringValue is the member's name."""

    Installation = 1
    Update = 2


PARAM_SERVICE = "Service"  # -2 ContractCertificate service parameter name


def ongoing_expired(since: MutableMapping[str, float], key: str, now: float, limit: float) -> bool:
    """Start (or check) the Ongoing timer of `key` (a message pair) in `since`: True once more than `limit`
    seconds passed since its first Ongoing (V2G_SECC/EVCC_Ongoing_Timeout, the cable check and pre-charge
    windows). The caller pops `key` when the pair finishes, so a later Ongoing starts a new window."""
    started = since.setdefault(key, now)
    return now - started > limit


def clip(value: float, low: float, high: float) -> float:
    """`value` within [low, high] (a power or current inside both sides' limits)."""
    return max(low, min(value, high))
