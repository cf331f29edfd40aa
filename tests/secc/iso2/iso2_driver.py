"""Drive the -2 SECC states directly: precheck -> gather -> handle -> actions, every message through EXI."""
from __future__ import annotations

import time
from typing import Any

from iso15118 import exi
from iso15118.messages import ISO2_MSG_DEF
from secc.config import SECCConfig
from secc.context import Outcome, SessionContext
from secc.iso2 import protocol
from secc.iso2.context import ISO2Context
from secc.session import PausedSessionStore
from secc.simulator import SimulatedEVSE, SimulatorSettings
from secc.state import Env


class Driver:
    def __init__(self, config: SECCConfig | None = None, settings: SimulatorSettings | None = None, *,
                 pnc: Any = None, tls: bool = False, paused: PausedSessionStore | None = None,
                 evse: SimulatedEVSE | None = None) -> None:
        self.config = config or SECCConfig()
        self.evse = evse or SimulatedEVSE(settings)
        self.paused = paused or PausedSessionStore(3600)
        self.ctx: ISO2Context = protocol.new_context(
            SessionContext(config=self.config, tls_version="TLSv1.2" if tls else None))
        self.env = Env(controller=self.evse, paused=self.paused, pnc=pnc)
        self.now = time.monotonic()
        self.ended: str | None = None

    @property
    def sid(self) -> bytes:
        return self.ctx.session_id

    async def send(self, message: Any, now: float | None = None) -> Any:
        """The decoded response body; `self.last` keeps the Outcome."""
        return await self.send_raw(exi.encode(message), now)

    async def send_raw(self, data: bytes, now: float | None = None) -> Any:
        """As a car's encoder wrote it (values outside the schema's facets included)."""
        assert self.ended is None, f"session already ended: {self.ended}"
        req = protocol.request_of(exi.decode(data, ISO2_MSG_DEF))
        outcome = protocol.precheck(self.ctx, req)
        if outcome is None:
            state = protocol.STATES[type(req)]
            snap = await state.gather(self.env, self.ctx, req)
            outcome = state.handle(self.ctx, req, snap, self.now if now is None else now)
            for action in outcome.actions:
                if action.kind != "session_started":
                    await getattr(self.evse, action.kind)(*action.args)
            if outcome.allowed is not None:
                self.ctx.allowed = outcome.allowed
        self.last: Outcome = outcome
        if outcome.end is not None:
            self.ended = outcome.end
            if outcome.pause:
                self.paused.put(self.ctx)
        response = exi.decode(exi.encode(outcome.response), ISO2_MSG_DEF)
        assert response.Header.SessionID == self.ctx.session_id
        return response.Body.BodyElement
