"""SLAC (ISO 15118-3) over HomePlug Green PHY: EV and EVSE matching, modem control, powerline simulator.

Layers: `messages` (frames, scapy), `fsm` (pure state machines), `station` (asyncio driver with raw
link, modem and control pilot), `plcsim` (simulated powerline), `simulation` (plug-in for the demo).
Names are imported on first use, so `python -m iso15118.slac.plcsim` runs its module only once.
"""
from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "SlacTimers": "constants", "CPState": "cp", "ControlPilot": "cp", "SimulatedControlPilot": "cp",
    "EvSlac": "fsm", "EvseSlac": "fsm", "SlacConfig": "fsm", "socket_in": "netns", "Powerline": "plcsim",
    "PowerlineModel": "plcsim", "Station": "plcsim", "PluggedIn": "simulation", "SimulatedSite": "simulation", "simulated_plug_in": "simulation",
    "DataLinkLost": "station", "DataLinkReady": "station", "SlacFailed": "station", "SlacStation": "station",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
