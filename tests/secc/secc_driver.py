"""Drive the SECC's pure states directly: no sockets, no EXI (unless a test round-trips on purpose)."""
from __future__ import annotations

import time
from typing import Any

from iso15118.messages.app_protocol import supportedAppProtocolReq
from secc.config import SECCConfig
from secc.context import Outcome, SessionContext
from secc.session import PausedSessionStore
from secc.simulator import SimulatedEVSE, SimulatorSettings
from secc.d20.states import STATES, precheck
from secc.protocols import negotiate
from secc.state import Env


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
    def allowed_names(self) -> set[str]:
        """The requests allowed next, by name (tables key them by class)."""
        return {cls.__name__ for cls in self.ctx.allowed}

    @property
    def sid(self) -> bytes:
        return self.ctx.session_id

    async def send(self, req: Any, now: float | None = None) -> Outcome:
        if isinstance(req, supportedAppProtocolReq):  # as the runner does, on a TLS 1.3 connection
            result = negotiate(req, self.config, "TLSv1.3", allow_plain_tcp=False)
            self.ctx.protocol = result.app_protocol
            if result.protocol is not None:
                self.ctx = result.protocol.new_context(self.ctx)
            outcome = Outcome(result.response, end=None if result.protocol else "no common protocol")
            self.outcomes.append(outcome)
            return outcome
        outcome = precheck(self.ctx, req)
        if outcome is None:
            state = STATES[type(req)]
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
