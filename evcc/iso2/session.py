"""The -2 session the client drives after SupportedAppProtocol chose ISO 15118-2.

The shared driver (evcc/phase.py PhaseSession) checks every response before its phase sees it: the
V2G_Message envelope, the body type the phase waits for, the SessionID echoed, no FAILED_* code (each
ends the session with power off and no further message, as -2 requires of the EVCC).
"""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.controller import EVStatus, UserSettings
from evcc.iso2.context import ISO2Context
from evcc.iso2.credentials import ISO2Credentials
from evcc.iso2.phases import session_setup_request
from evcc.phase import PhaseSession, Step
from iso15118.session.v2g_message import ISO2


class ISO2Session(PhaseSession[ISO2Context]):
    """One -2 communication session (one TCP/TLS connection) seen from the EV.

    `resume`: the paused session this one continues (its SessionID goes into SessionSetupReq)."""

    def __init__(self, config: EVCCConfig, *, resume: ISO2Session | None = None,
                 pnc: ISO2Credentials | None = None) -> None:
        super().__init__(ISO2Context(config=config, settings=config.settings, pnc=pnc))
        self.resumed = resume is not None
        if resume is not None:
            self.ctx.resume_session_id = resume.session_id
            self.ctx.departure_at = resume.ctx.departure_at
            self.ctx.paused_before = True

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """SessionSetupReq, once SupportedAppProtocol chose -2."""
        self.ctx.settings = settings
        if not self.resumed:
            self.ctx.departure_at = now + settings.departure_time_s / self.ctx.config.time_scale
        return session_setup_request(self.ctx)

    def receive(self, response: Any, ev: EVStatus, now: float) -> Step:
        # CertificateInstallation/UpdateRes are signed in the Header: the phase checks it with the body.
        self.ctx.response_signature = response.Header.Signature if ISO2.owns(response) else None
        return super().receive(response, ev, now)
