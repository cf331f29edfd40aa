"""Drive the SECC's real request pipeline (SECCSession.process) without sockets or EXI."""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from secc.config import SECCConfig
from secc.context import SessionContext
from secc.session import PausedSessionStore, SECCSession
from secc.simulator import SimulatedEVSE, SimulatorSettings
from secc.state import Env, Outcome


class _NoTransport:
    """What the session reads of its connection: a TLS 1.3 one without a vehicle certificate."""

    tls = SimpleNamespace(version="TLSv1.3", peer_certificate=None)

    async def close(self) -> None:
        pass


class Driver:
    """Feeds requests through the runner's own pipeline (negotiation, precheck, state, grid check,
    actions, error mapping) with a pinned clock: `send(req, now=...)` is the `now` the handlers see."""

    def __init__(self, config: SECCConfig | None = None, settings: SimulatorSettings | None = None, *,
                 wall_clock: Callable[[], float] = time.time,
                 random_bytes: Callable[[int], bytes] = os.urandom) -> None:
        self.config = config or SECCConfig()
        self.evse = SimulatedEVSE(settings)
        self.paused = PausedSessionStore(3600)
        self.now = time.monotonic()
        self._clock = self.now
        self.session = SECCSession(_NoTransport(), self.config, self.evse, paused=self.paused,  # type: ignore[arg-type]
                                   clock=lambda: self._clock, wall_clock=wall_clock, random_bytes=random_bytes)
        self.outcomes: list[Outcome] = []

    @property
    def ctx(self) -> SessionContext:
        return self.session.ctx

    @property
    def env(self) -> Env:
        return self.session.env

    @property
    def allowed_names(self) -> set[str]:
        """The requests allowed next, by name (tables key them by class)."""
        return {cls.__name__ for cls in self.ctx.allowed}

    @property
    def sid(self) -> bytes:
        return self.ctx.session_id

    async def send(self, req: Any, now: float | None = None) -> Outcome:
        self._clock = self.now if now is None else now
        self.ctx.messages += 1
        outcome = await self.session.process(req, self._clock)
        assert outcome is not None, self.session.end_reason
        if outcome.pause:  # the runner stores it once the response is sent
            self.paused.put(self.ctx)
        self.outcomes.append(outcome)
        return outcome
