"""Control pilot (IEC 61851-1) states as SLAC sees them: plug-in starts it, unplug stops it.

`ControlPilot` is the interface a board support layer implements (call `_set()` whenever the
measured state changes); `SimulatedControlPilot` is the line between a simulated EV and EVSE.
"""
from __future__ import annotations

import asyncio
import enum
import logging
from typing import Callable

log = logging.getLogger(__name__)


class CPState(str, enum.Enum):
    A = "A"  # not connected
    B = "B"  # connected, not ready
    C = "C"  # charging
    D = "D"  # charging with ventilation
    E = "E"  # no power (short to PE / EVSE off)
    F = "F"  # fault (-12 V)

    @property
    def plugged(self) -> bool:
        return self in (CPState.B, CPState.C, CPState.D)


Listener = Callable[[CPState, CPState], None]


class ControlPilot:
    """Publishes state changes to listeners as (previous, current)."""

    def __init__(self, state: CPState = CPState.A) -> None:
        self.state = state
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _set(self, state: CPState) -> None:
        previous, self.state = self.state, state
        if previous == state:
            return
        log.debug("control pilot %s -> %s", previous.value, state.value)
        for listener in list(self._listeners):
            listener(previous, state)


class SimulatedControlPilot(ControlPilot):
    """The pilot wire of one simulated EV-EVSE pair: both sides see every change."""

    def set_state(self, state: CPState) -> None:
        self._set(state)

    async def step_ef(self, duration: float, state: CPState = CPState.E) -> None:
        """The EVSE's E/F -> B sequence after TT_EVSE_SLAC_init ([V2G3-M06-07]), T_step_EF long."""
        previous = self.state
        self._set(state)
        await asyncio.sleep(duration)
        self._set(previous)

    async def toggle_bcb(self, count: int, duration: float) -> None:
        """The EV's B->C->B toggles for CM_VALIDATE (each state held `duration`, TP_EV_vald_state_duration)."""
        for _ in range(count):
            self._set(CPState.C)
            await asyncio.sleep(duration)
            self._set(CPState.B)
            await asyncio.sleep(duration)
