"""The EVCC at the edge: SDP -> TLS/TCP -> V2GTP -> SupportedAppProtocol, then the negotiated
protocol's pure session (evcc/protocols.py: -20 in evcc/d20/, DIN and -2 beside it).

    client = EVCCClient(controller, config, ssl_context=evcc_client_context([v2g_root]))
    report = await client.run("::1", port)                  # known address (lab, tests)
    report = await client.run_discovered("eth0")            # SDP on the PLC interface

Pause and resume: when the session ends Paused (EVSE notification, GoToPause, or the EV's own
choice), the client waits `pause_duration_s`, opens a NEW TCP/TLS connection (SDP again when
discovered) and sends SessionSetupReq with the paused SessionID.
"""
from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc import protocols
from evcc.config import EVCCConfig
from evcc.controller import EVController, PnCCredentials
from evcc.phase import (
    ContractInstalled,
    EndKind,
    Event,
    EVSELimitsChanged,
    PowerTransfer,
    SessionEnd,
    SetContactors,
    Step,
)
from evcc.protocols import EVCCProtocol, EVSession
from iso15118 import exi, sdp, tls, v2gtp
from iso15118.messages.app_protocol import supportedAppProtocolRes
from iso15118.session import app_protocol, framing
from iso15118.session.trace import JSONLinesLog, message_name, trace_line
from iso15118.session.units import NO_SESSION_ID

logger = logging.getLogger(__name__)

MAX_RESUMES = 5  # a charger that pauses forever must not keep the EV connecting forever
Decode = Callable[[v2gtp.PayloadType, bytes], Any]


@dataclass
class EnergyMeter:
    """EV-side energy accounting from the power the session applied (positive = into the battery)."""

    time_scale: float = 1.0
    energy_in_wh: float = 0.0
    energy_out_wh: float = 0.0
    _power_w: float = 0.0
    _since: float | None = None

    def update(self, power_w: float, now: float) -> None:
        if self._since is not None and self._power_w:
            wh = self._power_w * (now - self._since) * self.time_scale / 3600.0
            if wh > 0:
                self.energy_in_wh += wh
            else:
                self.energy_out_wh -= wh
        self._power_w = power_w
        self._since = now


@dataclass
class SessionReport:
    """What a charging session (all its connections, across pauses) did."""

    end: SessionEnd | None = None
    messages: int = 0  # request/response pairs
    connections: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float = 0.0
    energy_in_wh: float = 0.0
    energy_out_wh: float = 0.0
    requests: list[str] = field(default_factory=list)  # request names in order, for tests and labs
    pair_times_s: list[float] = field(default_factory=list)  # encode request .. next step decided
    tls: list[str] = field(default_factory=list)
    protocols: list[str] = field(default_factory=list)  # the protocol negotiated on each connection

    @property
    def duration_s(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def summary(self) -> str:
        end = self.end
        outcome = f"{end.kind.value}{' (error)' if end.error else ''}: {end.reason}" if end else "not ended"
        return (
            f"session {end.session_id.hex() if end else '-'}: {outcome}; "
            f"energy in {self.energy_in_wh / 1000:.3f} kWh, out {self.energy_out_wh / 1000:.3f} kWh; "
            f"{self.messages} messages over {self.connections} connection(s) in {self.duration_s:.2f} s"
        )


class _SessionLog:
    """JSON lines of one connection in <log_dir>/evcc-<SessionID>.jsonl; the SessionID is known only
    after SessionSetupRes, so the first lines (SupportedAppProtocol, the protocol chosen) wait in memory."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self._log: JSONLinesLog | None = None
        self._pending: list[Callable[[JSONLinesLog], None]] = []

    def _open(self, name: str, session: str) -> JSONLinesLog:
        log = JSONLinesLog(self.log_dir / f"{name}.jsonl", session)
        for write in self._pending:
            write(log)
        self._pending.clear()
        self._log = log
        return log

    def log(self, session_id: bytes, direction: str, message: Any) -> None:
        log = self._log
        if log is None and session_id != NO_SESSION_ID:
            log = self._open(f"evcc-{session_id.hex()}", session_id.hex())
        if log is None:
            at = time.time()
            self._pending.append(lambda opened: opened.log(direction, message, at=at))
        else:
            log.log(direction, message)

    def event(self, name: str, **details: Any) -> None:
        if self._log is None:
            self._pending.append(lambda opened: opened.event(name, **details))
        else:
            self._log.event(name, **details)

    def end(self, end: SessionEnd) -> None:
        log = self._log or self._open(f"evcc-nosession-{int(time.time() * 1000)}", "")
        log.event("session_end", kind=end.kind.value, reason=end.reason, error=end.error)

    def close(self) -> None:
        if self._log is not None:
            self._log.close()


class EVCCClient:
    """Runs one charging session for one vehicle. Not reentrant: one client per EV."""

    def __init__(
        self,
        controller: EVController,
        config: EVCCConfig,
        *,
        ssl_context: ssl.SSLContext | None,
        pnc: PnCCredentials | Mapping[str, PnCCredentials] | None = None,
        trace: Callable[[str], None] | None = None,
        log_dir: Path | None = None,
        interface: str | None = None,
    ) -> None:
        if ssl_context is None and not protocols.any_runs_over_plain_tcp(config):
            raise tls.PlainTCPNotAllowedError(
                "ISO 15118-20 needs TLS 1.3: give an ssl_context or set allow_plain_tcp (lab only)"
            )
        self.controller = controller
        self.config = config
        self.ssl_context = ssl_context
        self.pnc = pnc  # one set for every protocol, or per protocol name (-20's P-521 contract, -2's P-256 one)
        self._pnc_in_use: PnCCredentials | None = None  # the negotiated protocol's, where installed contracts go
        self.trace = trace
        self.log_dir = log_dir
        self.interface = interface
        self.meter = EnergyMeter(time_scale=config.time_scale)

    async def run_discovered(self, interface: str) -> SessionReport:
        """SDP on `interface` before every connection (the SECC may move between pause and resume).

        SDP asks for TLS when there is an ssl_context and a configured protocol runs over TLS; a SECC
        that answers NO_TLS gets a plain TCP connection only if a configured protocol runs on one in
        the field (DIN, -2 EIM), never just for -20 in lab mode."""

        async def locate() -> tuple[str, int, bool]:
            want_tls = self.ssl_context is not None and protocols.any_runs_over_tls(self.config)
            security = sdp.Security.TLS if want_tls else sdp.Security.NO_TLS
            response = await sdp.discover_secc(interface, security=security)
            use_tls = want_tls and response.Security is sdp.Security.TLS
            if want_tls and not use_tls and not protocols.any_field_plain_tcp(self.config):
                raise tls.PlainTCPNotAllowedError("SECC offers no TLS; -20 requires it")
            return str(response.SECCIPAddress), response.SECCPort, use_tls

        self.interface = interface
        return await self._run(locate)

    async def run(self, host: str, port: int) -> SessionReport:
        async def fixed() -> tuple[str, int, bool]:
            return host, port, self.ssl_context is not None

        return await self._run(fixed)

    async def _run(self, locate: Callable[[], Any]) -> SessionReport:
        report = SessionReport()
        resume: tuple[EVCCProtocol, EVSession] | None = None
        for _ in range(MAX_RESUMES + 1):
            try:
                host, port, use_tls = await locate()
            except (sdp.SDPError, tls.TLSError, OSError) as exc:
                end = await self._end_unconnected(f"SECC discovery failed: {v2gtp.describe_error(exc)}")
                session = None
            else:
                end, session = await self._connection(host, port, use_tls, report, resume)
            report.end = end
            if end.kind is not EndKind.Paused or session is None:
                break
            resume = session
            await self.controller.on_session_event("Paused", f"resuming in {self.config.pause_duration_s:g} s")
            await asyncio.sleep(self.config.pause_duration_s)
        report.finished = time.monotonic()
        report.energy_in_wh, report.energy_out_wh = self.meter.energy_in_wh, self.meter.energy_out_wh
        return report

    async def _apply(self, step: Step, now: float) -> None:
        for action in step.actions:
            if isinstance(action, SetContactors):
                await self.controller.set_contactors(action.closed)
            elif isinstance(action, PowerTransfer):
                self.meter.update(action.power_w, now)
                await self.controller.on_power_transfer(action.power_w, action.voltage_v)
            elif isinstance(action, EVSELimitsChanged):
                await self.controller.on_evse_limits(action.limits)
            elif isinstance(action, Event):
                await self.controller.on_session_event(action.name, action.detail)
            elif isinstance(action, ContractInstalled) and self._pnc_in_use is not None:
                await asyncio.to_thread(self._pnc_in_use.persist)

    async def _end_unconnected(self, reason: str, session: EVSession | None = None) -> SessionEnd:
        """No connection (or no protocol) to run the session on: it fails with `reason`, power off as every end."""
        if session is not None:
            step = session.abort(reason)
        else:  # nothing was negotiated, so nothing was powered on this connection
            step = Step(actions=(Event("SessionFailed", reason),),
                        end=SessionEnd(EndKind.Failed, reason, NO_SESSION_ID, error=True))
        await self._apply(step, time.monotonic())
        assert step.end is not None
        return step.end

    async def _connection(
        self, host: str, port: int, use_tls: bool, report: SessionReport,
        resume: tuple[EVCCProtocol, EVSession] | None,
    ) -> tuple[SessionEnd, tuple[EVCCProtocol, EVSession] | None]:
        """One TCP/TLS connection: SupportedAppProtocol, then the negotiated protocol's session to its end."""
        try:
            conn = await v2gtp.open_connection(
                host,
                port,
                ssl_context=self.ssl_context if use_tls else None,
                interface=self.interface,
                allow_plain_tcp=self.config.allow_plain_tcp or not use_tls,
            )
        except (v2gtp.V2GTPError, tls.TLSError) as exc:  # the session ends with its reason, as any other failure
            return await self._end_unconnected(v2gtp.describe_error(exc)), None
        if conn.tls is not None:
            try:  # a context offering TLS 1.3 and 1.2 (-20 and -2): the SECC's key must fit the version's profile
                tls.check_negotiated_profile(conn.tls)
            except tls.TLSHandshakeError as exc:
                await conn.close()
                return await self._end_unconnected(str(exc)), None
        report.connections += 1
        report.tls.append(conn.tls.describe() if conn.tls else "PLAIN TCP")
        log = _SessionLog(self.log_dir) if self.log_dir else None
        setup_deadline = time.monotonic() + self.config.timing.communication_setup_timeout
        session: EVSession | None = None
        try:
            negotiated = await self._negotiate(conn, report, log, setup_deadline)
            if isinstance(negotiated, str):
                end = await self._end_unconnected(negotiated)
                if log:
                    log.end(end)
                return end, None
            proto = negotiated
            report.protocols.append(proto.name)
            self._pnc_in_use = self.pnc.get(proto.name) if isinstance(self.pnc, Mapping) else self.pnc
            session = proto.new_session(
                self.config, pnc=self._pnc_in_use, resume=resume[1] if resume and resume[0] is proto else None
            )
            step = session.start_after_negotiation(
                await self.controller.status(), await self.controller.user_settings(), time.monotonic()
            )
            while True:
                await self._apply(step, time.monotonic())
                if step.end is not None:
                    if log:
                        log.end(step.end)
                    return step.end, (proto, session)
                if step.delay_s:
                    await asyncio.sleep(step.delay_s)
                timeout = step.timeout_s
                if session.session_id == NO_SESSION_ID:
                    # V2G_EVCC_CommunicationSetup_Timeout: connection up to SessionSetupRes.
                    left = setup_deadline - time.monotonic()
                    if left <= 0:
                        step = session.abort("V2G_EVCC_CommunicationSetup_Timeout")
                        continue
                    timeout = min(timeout, left)
                step = await self._exchange(conn, session, step.request, timeout, report, log,
                                           decode=proto.decode, payload_type_of=proto.payload_type_of)
        except BaseException:
            # Cancelled or crashed mid-session: never leave power flowing.
            if session is not None:
                await self._apply(session.abort("EVCC client stopped"), time.monotonic())
            raise
        finally:
            await conn.close()
            if log:
                log.close()

    async def _negotiate(
        self, conn: v2gtp.V2GTPConnection, report: SessionReport, log: _SessionLog | None, deadline: float
    ) -> EVCCProtocol | str:
        """SupportedAppProtocol: offer the configured protocols the connection allows; the chosen one, or why none."""
        tls_version = conn.tls.version if conn.tls else None
        try:
            offer = protocols.make_offer(self.config, tls_version)
        except app_protocol.NegotiationError as exc:
            return str(exc)
        request = offer.request
        timeout = min(self.config.timing.evcc_timeout(type(request).__name__), max(0.0, deadline - time.monotonic()))
        try:
            await conn.send(framing.payload_type_of(request), exi.encode(request))
        except (ConnectionError, ssl.SSLError, v2gtp.V2GTPError) as exc:
            return f"sending {type(request).__name__} failed: {exc}"
        report.requests.append(type(request).__name__)
        if self.trace:
            self.trace(trace_line("EVCC", "->", request))
        if log:
            log.log(NO_SESSION_ID, "EVCC->SECC", request)
        try:
            payload_type, payload = await conn.receive(timeout=timeout)
        except v2gtp.V2GTPTimeoutError:
            name = type(request).__name__
            return f"V2G_EVCC_Msg_Timeout ({self.config.timing.evcc_timeout(name)} s) waiting for the answer to {name}"
        except v2gtp.V2GTPError as exc:
            return f"V2GTP: {exc}"
        try:
            response = framing.decode_payload(payload_type, payload)
        except (exi.EXIError, framing.FramingError) as exc:
            return f"undecodable response: {exc}"
        report.messages += 1
        chosen: EVCCProtocol | str = (f"expected supportedAppProtocolRes, got {type(response).__name__}"
                                      if not isinstance(response, supportedAppProtocolRes) else "")
        if not chosen:
            try:
                chosen = offer.chosen(response)[0]
            except app_protocol.NegotiationError as exc:
                chosen = str(exc)
        if self.trace:  # the line of the answer names the protocol the session runs, as the SECC's does
            line = trace_line("EVCC", "<-", response)
            self.trace(line + f" protocol={chosen.name}" if isinstance(chosen, EVCCProtocol) else line)
        if log:
            log.log(NO_SESSION_ID, "SECC->EVCC", response)
            if isinstance(chosen, EVCCProtocol):
                log.event("protocol", protocol=chosen.name)
        if isinstance(chosen, str):
            return chosen
        proto = chosen
        if proto.transport.lab_only(conn.tls.version if conn.tls is not None else None):
            logger.warning("EVCC V2G session with %s runs %s over PLAIN TCP (lab mode): it requires TLS",
                           conn.peer, proto.name)
        return proto

    async def _exchange(
        self,
        conn: v2gtp.V2GTPConnection,
        session: EVSession,
        request: Any,
        timeout: float,
        report: SessionReport,
        log: _SessionLog | None,
        *,
        decode: Decode = framing.decode_payload,
        payload_type_of: Callable[[Any], v2gtp.PayloadType] = framing.payload_type_of,
    ) -> Step:
        sent = time.monotonic()
        try:
            payload = exi.encode(request)
        except exi.EXIError as exc:  # e.g. a controller value outside the schema's facets
            return session.abort(f"cannot encode {message_name(request)}: {exc}")
        try:
            await conn.send(payload_type_of(request), payload)
        except (ConnectionError, ssl.SSLError, v2gtp.V2GTPError) as exc:  # e.g. the SECC hung up (emergency stop)
            return session.abort(f"sending {message_name(request)} failed: {exc}")
        report.requests.append(message_name(request))  # DIN/-2: the body element, not V2G_Message
        if self.trace:
            self.trace(trace_line("EVCC", "->", request))
        if log:
            log.log(session.session_id, "EVCC->SECC", request)
        try:
            payload_type, payload = await conn.receive(timeout=timeout)
        except v2gtp.V2GTPTimeoutError:
            return session.timeout()
        except v2gtp.V2GTPError as exc:
            return session.abort(f"V2GTP: {exc}")
        try:
            response = decode(payload_type, payload)
        except (exi.EXIError, framing.FramingError) as exc:
            return session.abort(f"undecodable response: {exc}")
        report.messages += 1
        if self.trace:
            self.trace(trace_line("EVCC", "<-", response))
        if log:
            log.log(session.session_id, "SECC->EVCC", response)
        step = session.receive(response, await self.controller.status(), time.monotonic())
        report.pair_times_s.append(time.monotonic() - sent)
        return step
