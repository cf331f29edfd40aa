"""The -2 session the client drives after SupportedAppProtocol chose ISO 15118-2.

What every response gets before its phase sees it: the V2G_Message envelope opened, the body type
the phase waits for, the SessionID echoed, no FAILED_* ResponseCode (each ends the session with
power off and no further message, as -2 requires of the EVCC).
"""
from __future__ import annotations

from typing import Any

from evcc.config import EVCCConfig
from evcc.controller import EVStatus, UserSettings
from evcc.iso2.context import ISO2Context
from evcc.iso2.credentials import ISO2Credentials
from evcc.iso2.phases import Phase, SessionSetupPhase, fail, session_setup_request
from evcc.session import ProtocolViolation, Step
from iso15118.session.v2g_message import ISO2, EnvelopeError, unwrap


class ISO2Session:
    """One -2 communication session (one TCP/TLS connection) seen from the EV.

    `resume`: the paused session this one continues (its SessionID goes into SessionSetupReq)."""

    def __init__(self, config: EVCCConfig, *, resume: "ISO2Session | None" = None,
                 pnc: ISO2Credentials | None = None) -> None:
        self.ctx = ISO2Context(config=config, settings=config.settings, pnc=pnc)
        self.resumed_from = resume
        if resume is not None:
            self.ctx.resume_session_id = resume.session_id
            self.ctx.departure_at = resume.ctx.departure_at
            self.ctx.paused_before = True

    @property
    def session_id(self) -> bytes:
        return self.ctx.session_id

    @property
    def phase(self) -> type[Phase] | None:
        """The phase waiting for a response (None before the start and after the end)."""
        return self.ctx.phase

    @property
    def in_setup(self) -> bool:
        return self.ctx.phase is not None and self.ctx.phase.setup

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """SessionSetupReq, once SupportedAppProtocol chose -2."""
        self.ctx.settings = settings
        if self.resumed_from is None:
            self.ctx.departure_at = now + settings.departure_time_s / self.ctx.config.time_scale
        return session_setup_request(self.ctx)

    def receive(self, response: Any, ev: EVStatus, now: float) -> Step:
        ctx = self.ctx
        phase = ctx.phase
        if phase is None:
            raise ProtocolViolation(f"-2 session not waiting for a response, got {type(response).__name__}")
        if not ISO2.owns(response):
            return fail(ctx, f"expected a -2 V2G_Message, got {type(response).__name__}")
        try:
            header, body = unwrap(response)
        except EnvelopeError as exc:
            return fail(ctx, str(exc))
        if not isinstance(body, phase.response):
            return fail(ctx, f"expected {phase.response.__name__} in {phase.__name__}, got {type(body).__name__}")
        res: Any = body
        if phase is SessionSetupPhase:
            ctx.session_id = header.SessionID
        elif header.SessionID != ctx.session_id:
            return fail(ctx, f"{type(res).__name__} for SessionID {header.SessionID.hex()}, "
                             f"ours is {ctx.session_id.hex()}")
        if res.ResponseCode.value.startswith("FAILED"):
            return fail(ctx, f"{type(res).__name__}: {res.ResponseCode.value}")
        return phase.handle(ctx, res, ev, now)

    def timeout(self) -> Step:
        """V2G_EVCC_Msg_Timeout expired: stop without further messages, power off."""
        request = self.ctx.last_request
        return fail(self.ctx, f"V2G_EVCC_Msg_Timeout ({self.ctx.msg_timeout(request):g} s) waiting for the "
                              f"answer to {type(request).__name__}")

    def abort(self, reason: str) -> Step:
        """The connection broke or a response could not be decoded: stop, power off."""
        return fail(self.ctx, reason)
