"""Drive the SECC's real request pipeline (SECCSession.process) without sockets or EXI."""
from __future__ import annotations

import os
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from iso15118.session.app_protocol import AppProtocol, build_request
from secc.authorization import PnCAuthorizer
from secc.config import SECCConfig
from secc.context import SessionContext
from secc.session import PausedSessionStore, SECCSession
from secc.simulator import SimulatedEVSE, SimulatorSettings
from secc.state import Env, Outcome


class _NoTransport:
    """What the session reads of its connection: its TLS version (None: plain TCP), no vehicle certificate."""

    peer = ("::1", 0)

    def __init__(self, tls_version: str | None) -> None:
        self.tls = SimpleNamespace(version=tls_version, peer_certificate=None) if tls_version else None

    async def close(self) -> None:
        pass


class Driver:
    """Feeds requests through the runner's own pipeline (negotiation, precheck, state, grid check,
    actions, error mapping) with a pinned clock: `send(req, now=...)` is the `now` the handlers see."""

    def __init__(self, config: SECCConfig | None = None, settings: SimulatorSettings | None = None, *,
                 tls_version: str | None = "TLSv1.3", pnc: PnCAuthorizer | None = None,
                 paused: PausedSessionStore | None = None, evse: SimulatedEVSE | None = None,
                 wall_clock: Callable[[], float] = time.time,
                 random_bytes: Callable[[int], bytes] = os.urandom) -> None:
        self.config = config or SECCConfig()
        self.evse = evse or SimulatedEVSE(settings)
        self.paused = paused or PausedSessionStore(3600)
        self.now = time.monotonic()
        self._clock = self.now
        self.session = SECCSession(_NoTransport(tls_version), self.config, self.evse,  # type: ignore[arg-type]
                                   paused=self.paused, pnc=pnc, clock=lambda: self._clock, wall_clock=wall_clock,
                                   random_bytes=random_bytes)
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

    async def negotiate(self, app_protocol: AppProtocol) -> Outcome:
        """SupportedAppProtocol offering only `app_protocol`, as a car that speaks just that one."""
        outcome = await Driver.send(self, build_request([app_protocol]))  # the pipeline, not a subclass's encoding
        chosen = self.session.protocol
        assert chosen is not None and app_protocol in chosen.app_protocols, outcome.response
        return outcome

    async def send(self, req: Any, now: float | None = None) -> Outcome:
        self._clock = self.now if now is None else now
        self.session.ctx.messages += 1
        outcome = await self.session.process(req, self._clock)
        assert outcome is not None, self.session.end_reason
        if outcome.pause:  # the runner stores it once the response is sent
            self.paused.put(self.session.ctx)
        self.outcomes.append(outcome)
        return outcome
