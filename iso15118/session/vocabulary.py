"""Words both sides share, defined once: energy services, control modes, service parameter names and
the base of every configuration error (the transport a protocol runs over: app_protocol.Transport).

The SECC (secc.controller re-exports these for integrators) and the EVCC import them from here, so a
ServiceID or a parameter name is spelled in one place, in the standard's own words.
"""
from __future__ import annotations

import enum


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


SERVICE_AC = EnergyService.AC
SERVICE_DC = EnergyService.DC
SERVICE_WPT = EnergyService.WPT
SERVICE_DC_ACDP = EnergyService.DC_ACDP
SERVICE_AC_BPT = EnergyService.AC_BPT
SERVICE_DC_BPT = EnergyService.DC_BPT
SERVICE_DC_ACDP_BPT = EnergyService.DC_ACDP_BPT


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
