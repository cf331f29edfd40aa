"""The EVCC's -20 session after SupportedAppProtocol chose -20: response in, next request (or the end) out.

No I/O here and no sequence logic either: the shared driver (evcc/phase.py PhaseSession) checks
each response against the awaited phase, evcc/d20/phases.py decides what follows, and
evcc/d20/requests.py fills the requests. The asyncio client (evcc/client.py) does the I/O around it.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from evcc.config import EVCCConfig
from evcc.controller import EVStatus, PnCCredentials, UserSettings
from evcc.d20 import requests
from evcc.d20.context import AgreedService, D20Context
from evcc.d20.phases import send
from evcc.phase import PhaseSession, Step


class D20Session(PhaseSession[D20Context]):
    """One -20 communication session seen from the EV (one TCP/TLS connection).

    `resume_session_id` continues a paused session (`resume_service`: what it agreed), keeping its
    `departure_at`; `pnc` plugs in Plug & Charge, without it the EVCC uses EIM."""

    def __init__(
        self,
        config: EVCCConfig,
        *,
        pnc: PnCCredentials | None = None,
        resume_session_id: bytes | None = None,
        resume_service: AgreedService | None = None,
        paused_before: bool = False,
        departure_at: float | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(D20Context(
            config, envelope=None, msg_timeouts=config.timing.msg_timeout, pnc=pnc,
            resume_session_id=resume_session_id, resume_service=resume_service,
            paused_before=paused_before, departure_at=departure_at, wall_clock=wall_clock,
        ))

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """SessionSetupReq (with the paused SessionID when resuming)."""
        ctx = self.ctx
        ctx.settings = settings
        if ctx.departure_at is None:
            ctx.departure_at = now + settings.departure_time_s / ctx.config.time_scale
        return send(ctx, requests.session_setup(ctx))

    def resumed(self, config: EVCCConfig, pnc: PnCCredentials | None) -> D20Session:
        """The session that continues this Paused one on a new connection ([V2G20-1032])."""
        return D20Session(config, pnc=pnc, resume_session_id=self.ctx.session_id,
                          resume_service=self.ctx.agreed_service(), paused_before=True,
                          departure_at=self.ctx.departure_at, wall_clock=self.ctx.wall_clock)
