"""Drive the SECC's pure states directly: no sockets, no EXI (unless a test round-trips on purpose)."""
from __future__ import annotations

import time
from typing import Any

from secc.config import SECCConfig
from secc.context import Outcome, SessionContext
from secc.session import PausedSessionStore
from secc.simulator import SimulatedEVSE, SimulatorSettings
from secc.states import STATES, Env, precheck


class Driver:
    """Feeds requests through precheck -> gather -> handle and runs the outcome's actions."""

    def __init__(self, config: SECCConfig | None = None, settings: SimulatorSettings | None = None) -> None:
        self.config = config or SECCConfig()
        self.evse = SimulatedEVSE(settings)
        self.paused = PausedSessionStore(3600)
        self.ctx = SessionContext(config=self.config)
        self.env = Env(controller=self.evse, paused=self.paused)
        self.now = time.monotonic()
        self.outcomes: list[Outcome] = []

    @property
    def sid(self) -> bytes:
        return self.ctx.session_id

    async def send(self, req: Any, now: float | None = None) -> Outcome:
        outcome = precheck(self.ctx, req)
        if outcome is None:
            state = STATES[type(req).__name__]
            snap = await state.gather(self.env, self.ctx, req)
            outcome = state.handle(self.ctx, req, snap, self.now if now is None else now)
            for action in outcome.actions:
                if action.kind == "session_started":
                    continue
                await getattr(self.evse, action.kind)(*action.args)
            if outcome.allowed is not None:
                self.ctx.allowed = outcome.allowed
        if outcome.pause:
            self.paused.put(self.ctx)
        self.outcomes.append(outcome)
        return outcome
