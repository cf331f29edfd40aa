"""The asyncio SECC: SDP server + TLS/TCP V2G server, one SECCSession per connection.

    server = SECCServer(config, lambda: SimulatedEVSE(), ssl_context=tls.secc_server_context(...))
    await server.start(host="::1")            # or interface="eth0" (link-local + SDP)
    SECCServer(..., ssl_context=ctx, tcp_listener=True)   # also plain TCP (DIN 70121, -2 EIM): two ports,
                                              # SDP answers each EV with the port of the Security it asked for
    server.attach_grid(grid_manager)          # optional: secc.grid limits into every session
    ...
    await server.close()

Many sessions run concurrently; a failing session is logged and ends with power off, never taking
the server down.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
from collections import deque
from typing import Any, Callable

from iso15118 import sdp, v2gtp
from iso15118.session.trace import LogWriter
from secc import protocols
from secc.authorization import PnCAuthorizer
from secc.config import SECCConfig
from secc.controller import EVSEController, SessionInfo
from secc.grid.manager import GridLimitManager
from secc.grid.model import EVState, GridLimits
from secc.grid.settings import Consent
from secc.session import PausedSessionStore, SECCSession, SessionCallbacks, SessionSummary

logger = logging.getLogger(__name__)


class SECCServer:
    def __init__(
        self,
        config: SECCConfig,
        controller_factory: Callable[[], EVSEController],
        *,
        ssl_context: ssl.SSLContext | None,
        allow_plain_tcp: bool = False,
        tcp_listener: bool = False,
        pnc: PnCAuthorizer | None = None,
        callbacks: SessionCallbacks | None = None,
        log_path: str | None = None,
        summary_history: int = 100,
    ) -> None:
        self.config = config
        self.controller_factory = controller_factory
        self.ssl_context = ssl_context
        self.allow_plain_tcp = allow_plain_tcp
        # A plain TCP listener beside the TLS one: DIN 70121 (and -2 with EIM) run without TLS. Its sessions have
        # conn.tls None, so SupportedAppProtocol never selects -20 on them.
        self.tcp_listener = tcp_listener and ssl_context is not None
        self.pnc = pnc
        self.callbacks = callbacks or SessionCallbacks()
        self.log_path = log_path
        # One writer thread formats and writes every session's log lines, off the event loop.
        self.log_writer = LogWriter() if log_path else None
        self.paused = PausedSessionStore(config.paused_session_expiry_s)
        self.sessions: set[SECCSession] = set()
        # The most recent sessions' summaries (status pages, tests); older ones only went to the callback.
        self.summaries: deque[SessionSummary] = deque(maxlen=summary_history)
        self._v2g: v2gtp.V2GServer | None = None
        self._tcp: v2gtp.V2GServer | None = None
        self._sdp: sdp.SDPServer | None = None
        self._grid_limits: GridLimits | None = None
        self._unsubscribe: Callable[[], Any] | None = None
        user_end = self.callbacks.session_ended

        def ended(summary: SessionSummary) -> None:
            self.summaries.append(summary)
            if user_end is not None:
                user_end(summary)

        self.callbacks.session_ended = ended

    @property
    def port(self) -> int:
        """The main listener: TLS when there is an ssl_context."""
        assert self._v2g is not None, "server not started"
        return self._v2g.port

    @property
    def tcp_port(self) -> int | None:
        """The plain TCP listener beside the TLS one (tcp_listener=True), else None."""
        return self._tcp.port if self._tcp is not None else None

    @property
    def plain_tcp_in_field(self) -> bool:
        """Every configured protocol runs over plain TCP in the field (DIN, -2 EIM): no lab flag needed."""
        return all(protocols.protocol(name).transport.plain_tcp for name in self.config.protocols)

    async def start(self, host: str = "::1", port: int = 0, *, interface: str | None = None, sdp_server: bool = True,
                    tcp_port: int = 0) -> None:
        """Listen on host/port (interface: its link-local address, plus SDP on that interface); with
        tcp_listener also on tcp_port (0: a free dynamic port) without TLS."""
        # A DIN-only SECC listens on plain TCP as DIN chargers do in the field; with -20 configured too,
        # plain TCP needs tcp_listener (a second port) or is the lab setting (-20 requires TLS 1.3).
        plain = self.plain_tcp_in_field
        self._v2g = await v2gtp.start_server(
            self._handle, host, port, ssl_context=self.ssl_context, interface=interface,
            allow_plain_tcp=self.allow_plain_tcp or plain,
        )
        if self.tcp_listener:
            self._tcp = await v2gtp.start_server(self._handle, host, tcp_port, ssl_context=None, interface=interface,
                                                 allow_plain_tcp=True)
        if interface is not None and sdp_server:
            security = sdp.Security.TLS if self.ssl_context is not None else sdp.Security.NO_TLS
            also = {sdp.Security.NO_TLS: self._tcp.port} if self._tcp is not None else None
            self._sdp = await sdp.start_sdp_server(interface, self.port, security, also=also)
        how = "TLS" if self.ssl_context else f"plain TCP: {', '.join(self.config.protocols)}" if plain else "PLAIN TCP, lab only"
        logger.info("SECC listening on port %d (%s)%s", self.port, how,
                    f" and on port {self.tcp_port} (plain TCP)" if self._tcp is not None else "")

    async def _handle(self, conn: v2gtp.V2GTPConnection) -> None:
        session = SECCSession(
            conn, self.config, self.controller_factory(), paused=self.paused, pnc=self.pnc,
            callbacks=self.callbacks, log_path=self.log_path, log_writer=self.log_writer,
            allow_plain_tcp=self.allow_plain_tcp,
        )
        self.sessions.add(session)
        try:
            if self._grid_limits is not None:
                session.update_grid_limits(self._grid_limits)
            await session.run()
        finally:
            self.sessions.discard(session)

    def apply_grid_limits(self, limits: GridLimits) -> None:
        """New grid limits for every running (and every future) session."""
        self._grid_limits = limits
        for session in list(self.sessions):
            session.update_grid_limits(limits)

    def attach_grid(self, manager: GridLimitManager, consent: Consent | None = None) -> None:
        """Wire a secc.grid GridLimitManager: its changes reach the sessions, the sessions' audit times reach it."""
        consent = consent or Consent()

        def sent(session_id: bytes, revision: int, at: float) -> None:
            manager.mark_sent_to_ev(revision, at)

        def complied(session_id: bytes, revision: int, at: float) -> None:
            manager.mark_power_complied(revision, at)

        def ev_state(info: SessionInfo) -> EVState:
            """What the session knows of the EV (the service agreed: BPT or not, its SoC) and the station's standing consent."""
            return EVState(
                soc_percent=info.present_soc_percent,
                bidirectional=info.service is not None and info.service.is_bpt, discharge_consent=consent.discharge,
                import_increase_consent=consent.import_increase, user_soc_floor_percent=consent.soc_floor_percent)

        def session_started(info: SessionInfo) -> None:
            manager.session_started(info.session_id.hex())
            manager.update_ev(ev_state(info))

        def ev_changed(info: SessionInfo) -> None:
            """The service is agreed after SessionSetup, the SoC comes with each charge loop: tell the manager."""
            ev = ev_state(info)
            if ev != manager.ev:
                manager.update_ev(ev)

        def power_applied(info: SessionInfo, power_w: float) -> None:
            ev_changed(info)
            manager.report_power(power_w)

        self.callbacks.grid_limits_sent = sent
        self.callbacks.grid_limits_complied = complied
        self.callbacks.session_started = session_started
        self.callbacks.power_applied = power_applied
        self.callbacks.ev_soc_changed = ev_changed
        ended = self.callbacks.session_ended

        def session_ended(summary: SessionSummary) -> None:
            manager.session_ended()
            if ended is not None:
                ended(summary)

        self.callbacks.session_ended = session_ended
        self._unsubscribe = manager.subscribe(self.apply_grid_limits)
        self.apply_grid_limits(manager.current_limits())

    async def close(self) -> None:
        """Stop listening and end every session (each powers off on its way out)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self._sdp is not None:
            await self._sdp.close()
        if self._v2g is not None:
            await self._v2g.close()
        if self._tcp is not None:
            await self._tcp.close()
        if self.log_writer is not None:
            await asyncio.to_thread(self.log_writer.close)

    async def __aenter__(self) -> SECCServer:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
