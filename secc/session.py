"""One SECC session on one V2G connection: receive, check, handle, act, respond; power off at the end.

The runner is protocol-neutral: SupportedAppProtocol picks a protocol (secc.protocols) and from then on
the runner decodes, checks and dispatches through it (secc/d20, secc/din, secc/iso2 states). It owns all
I/O around the pure states: the V2GTP connection, the EVSE
controller, timers, the control-event queue (EVSE notifications, grid limits, emergency stop) and
the feedback callbacks (trace, JSON-lines log, grid-limit audit, session summary).

Two safety rules live here, not in the states:
- Stop ordering: once power-off is decided (emergency stop, grid disconnect) the session is "stopped";
  `_act` is the one place power actions run and it never runs one again, whatever request was in flight.
- Charge-loop watchdog: while the output is energized, a silent EV (link down, frozen process with the
  TCP connection open) loses power after `charge_loop_watchdog_s`, not after the 60 s sequence timeout.
"""
from __future__ import annotations

import asyncio
import logging
import os
import time
import weakref
from dataclasses import dataclass
from typing import Any, Callable

from iso15118 import exi, v2gtp
from iso15118.messages.app_protocol import supportedAppProtocolReq, supportedAppProtocolRes
from iso15118.session.framing import FramingError, decode_payload, decode_payload_off_loop, payload_type_of
from iso15118.session.v2g_message import EnvelopeError
from iso15118.session.trace import JSONLinesLog, LogWriter, trace_line
from secc.authorization import PnCAuthorizer
from secc.config import SECCConfig
from secc.context import (
    POWER_ACTIONS,
    CloseContactors,
    MeteringConfirmed,
    Outcome,
    PowerOff,
    SessionContext,
    SessionStarted,
    SetACPower,
    SetDCOutput,
)
from secc.grid.chargeloop import EVSEPowerLimits, ViolationState, ViolationTracker
from secc.grid.model import GridLimits
from secc.controller import (
    ContactorError,
    ControlMode,
    EVSEController,
    EVSEFault,
    EVSENotification,
    MeterReading,
    SessionInfo,
)
from secc.protocols import SECCProtocol, negotiate
from secc.protocols import protocol as registered_protocol
from secc.state import Env, PausedSessions

logger = logging.getLogger(__name__)

@dataclass(frozen=True)
class SessionSummary:
    session_id: str
    protocol: str | None  # "ISO15118-20" | "ISO15118-2" | "DIN70121"; None before SupportedAppProtocol
    evcc_id: str | None
    service: str | None
    control_mode: str | None
    messages: int
    duration_s: float
    charged_wh: int
    discharged_wh: int
    end_reason: str
    paused: bool


@dataclass
class SessionCallbacks:
    """Feedback out of a session; every callback is optional."""

    trace: Callable[[str], None] | None = None  # one readable line per message
    grid_limits_sent: Callable[[bytes, int, float], None] | None = None  # (session, revision, time sent to EV)
    grid_limits_complied: Callable[[bytes, int, float], None] | None = None  # (session, revision, power complied)
    session_ended: Callable[[SessionSummary], None] | None = None
    session_started: Callable[[SessionInfo], None] | None = None  # once SessionID and service are agreed
    power_applied: Callable[[SessionInfo, float], None] | None = None  # W set on the power electronics, - export
    ev_soc_changed: Callable[[SessionInfo], None] | None = None  # info.present_soc_percent: the EV's new SoC
    response_time: Callable[[str, float], None] | None = None  # (request name, s from received to sent)


class PausedSessionStore:
    """Paused sessions of one SECC, resumable under the same SessionID until they expire."""

    def __init__(self, expiry_s: float) -> None:
        self.expiry_s = expiry_s
        self._sessions: dict[bytes, tuple[SessionContext, float]] = {}

    def put(self, ctx: SessionContext) -> None:
        now = time.monotonic()
        for session_id in [sid for sid, (_, expiry) in self._sessions.items() if expiry < now]:
            del self._sessions[session_id]  # never resumed: forget it
        self._sessions[ctx.session_id] = (ctx, now + self.expiry_s)

    def take(self, session_id: bytes) -> SessionContext | None:
        entry = self._sessions.pop(session_id, None)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def __contains__(self, session_id: bytes) -> bool:
        return session_id in self._sessions


@dataclass(frozen=True)
class Notify:
    notification: EVSENotification
    max_delay_s: int | None  # None: the configured NotificationMaxDelay


@dataclass(frozen=True)
class EmergencyStop:
    reason: str


@dataclass(frozen=True)
class GridLimitsChanged:
    limits: GridLimits


ControlEvent = Notify | EmergencyStop | GridLimitsChanged


async def command(controller: EVSEController, action: SetDCOutput | SetACPower | CloseContactors | PowerOff
                  | MeteringConfirmed) -> None:
    """The controller call of one hardware Action (SessionStarted is the runner's own bookkeeping)."""
    if isinstance(action, SetDCOutput):
        await controller.set_dc_output(action.voltage_v, action.current_a)
    elif isinstance(action, SetACPower):
        await controller.set_ac_power(action.active_power_w)
    elif isinstance(action, CloseContactors):
        await controller.close_contactors()
    elif isinstance(action, PowerOff):
        await controller.power_off()
    else:
        await controller.metering_confirmed(action.info, action.signed_metering_data)


class WeakSessionHandle:
    """The `SessionHandle` a controller keeps. It refers to its session weakly: a controller holding
    the session itself would tie every ended session (with its TLS connection) into a reference cycle
    that only a full garbage collection frees. Once the session is gone the calls do nothing (its
    power was switched off when it ended)."""

    __slots__ = ("_session",)

    def __init__(self, session: SECCSession) -> None:
        self._session = weakref.ref(session)

    def _live(self) -> SECCSession | None:
        session = self._session()
        if session is None:
            logger.debug("control event after its session ended: ignored")
        return session

    def post(self, event: ControlEvent) -> None:
        if (session := self._live()) is not None:
            session.post(event)

    def notify(self, notification: EVSENotification, max_delay_s: int | None = None) -> None:
        if (session := self._live()) is not None:
            session.notify(notification, max_delay_s)

    def emergency_stop(self, reason: str) -> None:
        if (session := self._live()) is not None:
            session.emergency_stop(reason)

    def update_grid_limits(self, limits: GridLimits) -> None:
        if (session := self._live()) is not None:
            session.update_grid_limits(limits)


class SECCSession:
    """Runs one V2G communication session; the controller gets a WeakSessionHandle to it."""

    def __init__(
        self,
        conn: v2gtp.V2GTPConnection,
        config: SECCConfig,
        controller: EVSEController,
        *,
        paused: PausedSessionStore,
        pnc: PnCAuthorizer | None = None,
        callbacks: SessionCallbacks | None = None,
        log_path: str | None = None,
        log_writer: LogWriter | None = None,
        allow_plain_tcp: bool = False,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self.conn = conn
        self.clock = clock  # monotonic seconds: timers, deadlines and the `now` every handler gets
        self.allow_plain_tcp = allow_plain_tcp  # lab only: -20 over plain TCP
        self.protocol: SECCProtocol | None = None  # chosen in SupportedAppProtocol
        self.config = config
        self.controller = controller
        self.paused = paused
        self.ctx = SessionContext(config=config, wall_clock=wall_clock, random_bytes=random_bytes)
        self.ctx.vehicle_certificate = conn.tls.peer_certificate if conn.tls is not None else None
        self.ctx.tls_version = conn.tls.version if conn.tls is not None else None
        self.env = Env(controller=controller, paused=paused, pnc=pnc)
        self.callbacks = callbacks or SessionCallbacks()
        self.log = JSONLinesLog(log_path, f"conn-{id(self):x}", writer=log_writer) if log_path else None
        self.end_reason = "connection closed"
        self._started = self.clock()
        self._meter_start: MeterReading | None = None
        self._stop_reason: str | None = None  # set once power-off is decided; it is the session's end reason
        self._energized = False  # the runner has set an output (pre-charge, contactors, set-points) since power_off
        self._complied_revision: int | None = None
        self._controller_started = False
        self._event_loop = asyncio.get_running_loop()
        self._tasks: set[asyncio.Task[None]] = set()
        self._violations: ViolationTracker | None = None

    # --- the control-event queue: notifications, grid limits, emergency stop ------------------------
    def post(self, event: ControlEvent) -> None:
        """Apply a control event; safe from any thread. On the session's own loop it applies at once
        (handlers are synchronous, so never in the middle of one) and reaches the EV in the next
        response; from another thread it is queued onto that loop in arrival order."""
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._event_loop:
            self._apply(event)
        else:
            self._event_loop.call_soon_threadsafe(self._apply, event)

    def notify(self, notification: EVSENotification, max_delay_s: int | None = None) -> None:
        self.post(Notify(notification, max_delay_s))

    def emergency_stop(self, reason: str) -> None:
        self.post(EmergencyStop(reason))

    def update_grid_limits(self, limits: GridLimits) -> None:
        """New grid limits: enforced by the power electronics now, sent to the EV in the next response."""
        self.post(GridLimitsChanged(limits))

    def _apply(self, event: ControlEvent) -> None:
        ctx = self.ctx
        if self._stop_reason is not None:  # power-off decided: nothing may reach the EV or the hardware again
            logger.info("session stopped (%s): %s ignored", self._stop_reason, type(event).__name__)
            return
        if isinstance(event, Notify):
            delay = self.config.notification_max_delay_s if event.max_delay_s is None else event.max_delay_s
            if event.notification is EVSENotification.Terminate and not ctx.power_flowing:
                ctx.terminate_requested = True  # no charge loop to carry it: the next request gets FAILED
            else:
                ctx.pending_notification = (event.notification, delay)
        elif isinstance(event, EmergencyStop):
            self._stop(event.reason)
        else:
            limits = ctx.grid.limits = event.limits
            grace = limits.violation_grace_s
            if self._violations is None or self._violations.grace_s != grace:
                self._violations = ViolationTracker(grace)
            if limits.disconnect:
                modes = ", ".join(sorted(m.mode.name for m in limits.active_modes)) or "DRM0"
                self._stop(f"grid disconnect ({modes})")
                return
            schedule = ctx.selected_schedule
            if (
                ctx.control_mode is ControlMode.Scheduled
                and ctx.power_flowing
                and schedule is not None
                and (limits.import_limit_w < schedule.charge_power_w or limits.export_limit_w < schedule.discharge_power_w)
            ):
                self._apply(Notify(EVSENotification.ScheduleRenegotiation, None))
            task = self._event_loop.create_task(
                self._guard(self.controller.apply_power_limits(limits.import_limit_w, limits.export_limit_w))
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _check_grid_compliance(self, req: Any, snap: Any) -> None:
        """An EV that keeps drawing more than the grid cap beyond the grace gets EVSENotification Terminate.

        The power electronics already hold delivered power at the cap (enforce_power), so nothing unsafe
        flows meanwhile; Terminate in this ChargeLoopRes is the -20 way to end a charge loop (the EV answers
        with PowerDeliveryReq Stop). If it does not within NotificationMaxDelay the session ends with power off.
        """
        limits = self.ctx.grid.limits
        protocol = self.protocol
        if self._violations is None or limits is None or protocol is None or not self.ctx.power_flowing \
                or type(req) not in protocol.charge_loop:
            return
        requested = protocol.charge_loop_power(req, snap)
        if requested is None:
            return
        unlimited = EVSEPowerLimits(max_charge_power_w=float("inf"), max_discharge_power_w=float("inf"))
        verdict = self._violations.update(requested, limits, unlimited, self.clock())
        pending = self.ctx.pending_notification
        if verdict.state is ViolationState.TERMINATE and (pending is None or pending[0] is not EVSENotification.Terminate):
            logger.warning("EV exceeded the grid cap by %.0f W for %.1f s: Terminate", verdict.excess_w,
                           self._violations.grace_s)
            self._apply(Notify(EVSENotification.Terminate, None))

    async def _guard(self, coro: Any) -> None:
        try:
            await coro
        except Exception:
            logger.exception("controller failed to apply grid limits; stopping the session")
            self.emergency_stop("controller could not apply grid limits")

    def _stop(self, reason: str) -> None:
        """Power-off decided: switch off now, then let the EV learn why the -20 way where it can.

        From here on `_act` runs no power action and every limit offered is 0 (ctx.stopped). An EV in the
        charge loop gets EVSENotification Terminate (NotificationMaxDelay 0) in the answer to its in-flight
        or next ChargeLoopReq and winds down (PowerDelivery Stop, SessionStop); any other request is answered
        FAILED. The EV has `charge_loop_watchdog_s` to come back, then the connection closes. Before
        SessionSetup there is nothing to tell: the connection closes at once. The end reason is `reason`.
        """
        if self._stop_reason is not None:
            return
        ctx = self.ctx
        self._stop_reason = self.end_reason = reason
        ctx.stopped = True
        if ctx.power_flowing:
            ctx.pending_notification = (EVSENotification.Terminate, 0)
        ctx.notification_deadline = self.clock() + self.config.charge_loop_watchdog_s
        logger.warning("session %s: power off now: %s", ctx.session_id.hex(), reason)
        task = self._event_loop.create_task(self._stop_now(close=not ctx.established))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _stop_now(self, close: bool) -> None:
        await self._power_off()
        if close:
            await self.conn.close()

    def _stopped_answer(self, protocol: SECCProtocol, req: Any) -> Outcome | None:
        """A stopped session answers FAILED to every request but those that wind the charge loop down."""
        if self._stop_reason is None or protocol.winding_down(req):
            return None
        return protocol.fail(self.ctx, req, "FAILED", self._stop_reason)

    # --- the loop --------------------------------------------------------------------------------
    async def run(self) -> SessionSummary:
        paused = False
        try:
            paused = await self._loop()
        except asyncio.CancelledError:
            self.end_reason = "SECC shutting down"
            raise
        except Exception as exc:  # a session never crashes the server: log, power off, close
            logger.exception("SECC session failed")
            self.end_reason = f"internal error: {exc!r}"
        finally:
            summary = await self._finish(paused)
        return summary

    def _receive_timeout(self) -> float:
        timeout = self.config.timing.sequence_timeout
        if self._energized:
            timeout = min(timeout, self.config.charge_loop_watchdog_s)
        deadline = self.ctx.notification_deadline
        if deadline is not None:
            timeout = min(timeout, deadline - self.clock())
        return max(timeout, 0.0)

    async def _loop(self) -> bool:
        """Returns True when the session ended paused."""
        while True:
            ctx = self.ctx  # SupportedAppProtocol replaces it with the negotiated protocol's
            if ctx.notification_deadline is not None and self.clock() >= ctx.notification_deadline:
                self.end_reason = "EV did not stop within NotificationMaxDelay"
                return False
            try:
                payload_type, payload = await self.conn.receive(timeout=self._receive_timeout())
            except v2gtp.V2GTPTimeoutError:
                deadline = ctx.notification_deadline
                if deadline is not None and self.clock() >= deadline:
                    self.end_reason = "EV did not stop within NotificationMaxDelay"
                elif self._energized and self.config.charge_loop_watchdog_s < self.config.timing.sequence_timeout:
                    self.end_reason = (f"charge-loop watchdog: no request for {self.config.charge_loop_watchdog_s:g} s "
                                       "with the output energized")
                    logger.warning("session %s: %s; power off", ctx.session_id.hex(), self.end_reason)
                else:
                    self.end_reason = "V2G_SECC_Sequence_Timeout"
                return False
            except v2gtp.V2GTPConnectionClosed as exc:
                self.end_reason = f"connection closed: {exc}"
                return False
            except v2gtp.V2GTPError as exc:
                self.end_reason = f"V2GTP error: {exc}"
                return False
            received = self.clock()
            try:
                message = await decode_payload_off_loop(payload_type, payload, self._decode)
                req = message if self.protocol is None else self.protocol.request_of(message)
            except (exi.EXIError, FramingError, EnvelopeError) as exc:
                self.end_reason = f"malformed message: {exc}"
                return False
            self._observe("<-", message)
            self.ctx.messages += 1
            outcome = await self.process(req, received)
            if outcome is None:
                return False
            if not await self._send(outcome.response):
                return False
            if self.callbacks.response_time is not None:
                self.callbacks.response_time(type(req).__name__, self.clock() - received)
            if outcome.grid_revision_sent is not None:
                self._report_grid(outcome.grid_revision_sent)
            if outcome.end is not None:
                self.end_reason = outcome.end
                if outcome.pause:
                    self.paused.put(ctx)
                return outcome.pause

    def _decode(self, payload_type: v2gtp.PayloadType, payload: bytes) -> Any:
        """Before SupportedAppProtocol only its namespace; then the negotiated protocol's."""
        if self.protocol is None:  # 0x8001 is SupportedAppProtocol; -20's own payload types decode too
            return decode_payload(payload_type, payload)
        return self.protocol.decode(payload_type, payload)

    def _negotiate(self, req: Any) -> Outcome | None:
        """SupportedAppProtocol, once, above every protocol: the chosen one's context takes over."""
        name = type(req).__name__
        if not isinstance(req, supportedAppProtocolReq):
            reason = f"{name} before supportedAppProtocolReq"
            for proto_name in self.config.protocols:  # answered in its own protocol where it has one
                proto = registered_protocol(proto_name)
                if proto.can_answer(req):
                    return proto.fail(self.ctx, req, "FAILED_SequenceError", reason)
            self.end_reason = reason
            return None
        tls = self.conn.tls
        result = negotiate(req, self.config, tls.version if tls is not None else None, self.allow_plain_tcp)
        if result.protocol is None:
            return Outcome(result.response, end="SupportedAppProtocol: no common protocol")
        self.protocol = result.protocol
        if result.protocol.transport.lab_only(tls.version if tls is not None else None):
            logger.warning("SECC V2G session with %s runs %s over PLAIN TCP (lab mode): it requires TLS",
                           self.conn.peer, result.protocol.name)
        self.ctx.protocol = result.app_protocol
        self.ctx = result.protocol.new_context(self.ctx)
        if self.log is not None:
            self.log.event("protocol", protocol=result.protocol.name)
        return Outcome(result.response)

    async def process(self, req: Any, received: float) -> Outcome | None:
        """One request through the whole pipeline, without the transport: SupportedAppProtocol, then the
        protocol's precheck, the stopped-session rule, gather, grid compliance, handle, actions and the
        mapping of timeouts and hardware faults to FAILED codes. None: end without answering
        (end_reason says why). `received` (self.clock) starts V2G_SECC_Msg_Performance_Time. The
        receive loop calls it for every decoded request; tests drive it directly."""
        protocol = self.protocol
        if protocol is None:
            return self._negotiate(req)
        ctx = self.ctx
        name = type(req).__name__
        state = protocol.states.get(type(req))
        if state is None:
            if protocol.can_answer(req):
                return protocol.fail(ctx, req, "FAILED_SequenceError", f"{name} is not supported by this SECC")
            self.end_reason = f"{name} is not a request the SECC answers"
            return None
        outcome = protocol.precheck(ctx, req) or self._stopped_answer(protocol, req)
        if outcome is not None:
            return outcome
        self._note_ev_soc(protocol.ev_soc(req))
        performance = protocol.performance_time(ctx, req)
        try:
            async with asyncio.timeout(performance - (self.clock() - received)):
                snap = await state.gather(self.env, ctx, req)
                self._check_grid_compliance(req, snap)
                stopped_before = self._stop_reason is not None
                outcome = state.handle(ctx, req, snap, self.clock())
                await self._act(outcome)
                if self._stop_reason is not None and not stopped_before:  # the stop came while acting: answer as stopped
                    outcome = state.handle(ctx, req, snap, self.clock())
        except TimeoutError:
            return protocol.fail(ctx, req, "FAILED", f"no answer within V2G_SECC_Msg_Performance_Time ({performance} s)")
        except ContactorError as exc:
            return protocol.fail(ctx, req, "FAILED_ContactorError", str(exc))
        except EVSEFault as exc:
            return protocol.fail(ctx, req, "FAILED", f"EVSE fault: {exc}")
        refused = self._stopped_answer(protocol, req)  # the stop came while this request was in flight
        if refused is not None:
            return refused
        if outcome.allowed is not None:
            ctx.allowed = outcome.allowed
        return outcome

    def _note_ev_soc(self, soc: float | None) -> None:
        """A new SoC reaches the callback before the state runs, so grid limits that depend on it (DRM4,
        DRM8) apply to this very response."""
        if soc is None or soc == self.ctx.present_soc_percent:
            return
        self.ctx.present_soc_percent = soc
        if self.callbacks.ev_soc_changed is not None:
            self.callbacks.ev_soc_changed(self.ctx.info())

    async def _act(self, outcome: Outcome) -> None:
        """Run the outcome's actions; the one place power actions run, each guarded by the stopped state."""
        c = self.controller
        for action in outcome.actions:
            if isinstance(action, POWER_ACTIONS):
                if self._stop_reason is not None:
                    logger.info("session stopped (%s): %s not run", self._stop_reason, type(action).__name__)
                    continue
                self._energized = True
                assert not isinstance(action, SessionStarted)
                await command(c, action)
                self._report_power(action)
                if self._stop_reason is not None:  # the stop came while the hardware applied this action
                    await self._power_off()
            elif isinstance(action, PowerOff):
                await command(c, action)
                self._energized = False
            elif isinstance(action, MeteringConfirmed):
                await command(c, action)
            elif isinstance(action, SessionStarted):
                if self.log is not None:
                    self.log.rename(self.ctx.session_id.hex())
                self._meter_start = await c.meter_reading()
                await c.session_started(self.ctx.info(), WeakSessionHandle(self))
                self._controller_started = True
                if self.callbacks.session_started is not None:
                    self.callbacks.session_started(self.ctx.info())
            else:
                raise AssertionError(f"unknown action {action!r}")

    def _report_power(self, action: object) -> None:
        """The power just set on the power electronics (+ import, - export), for the grid's meter and audit."""
        cb = self.callbacks.power_applied
        if cb is None:
            return
        if isinstance(action, SetDCOutput):
            cb(self.ctx.info(), action.voltage_v * action.current_a)
        elif isinstance(action, SetACPower):
            cb(self.ctx.info(), action.active_power_w)

    async def _send(self, response: Any) -> bool:
        """False when the EV is gone: a connection close like any other (power goes off in _finish)."""
        try:
            await self.conn.send(payload_type_of(response), exi.encode(response))
        except v2gtp.V2GTPConnectionClosed as exc:
            if self._stop_reason is None:  # after a stop, the stop stays the reason
                how = v2gtp.describe_error(exc.__cause__) if exc.__cause__ else "the EV had closed or reset it"
                self.end_reason = f"connection closed while sending {type(response).__name__}: {how}"
            return False
        self._observe("->", response)
        return True

    def _observe(self, direction: str, message: Any) -> None:
        if self.callbacks.trace is not None:
            line = trace_line("SECC", direction, message)
            if self.protocol is not None and isinstance(message, supportedAppProtocolRes):
                line += f" protocol={self.protocol.name}"  # which protocol the session runs, in the trace too
            self.callbacks.trace(line)
        if self.log is not None:
            self.log.log("rx" if direction == "<-" else "tx", message)

    def _report_grid(self, revision: int) -> None:
        now = time.time()
        cb = self.callbacks
        if cb.grid_limits_sent is not None:
            cb.grid_limits_sent(self.ctx.session_id, revision, now)
        # The set point that carries the new cap (every state's within secc.state.session_caps) was applied
        # before sending.
        if revision != self._complied_revision and self.ctx.power_flowing:
            self._complied_revision = revision
            if cb.grid_limits_complied is not None:
                cb.grid_limits_complied(self.ctx.session_id, revision, now)

    async def _power_off(self) -> None:
        self.ctx.power_flowing = False
        self._energized = False
        try:
            await asyncio.wait_for(self.controller.power_off(), timeout=5.0)
        except Exception:
            logger.exception("power_off failed for session %s", self.ctx.session_id.hex())

    async def _finish(self, paused: bool) -> SessionSummary:
        """Every exit path comes here: power off, tell the controller, log the summary."""
        if self.env.installation is not None:
            self.env.installation.cancel()
        power_off = asyncio.ensure_future(self._power_off())
        try:
            await asyncio.shield(power_off)
        except asyncio.CancelledError:  # shutting down: still never leave power flowing
            await power_off
            raise
        ctx = self.ctx
        if self._stop_reason is not None:  # whatever closed the connection after it, the stop is the cause
            self.end_reason = self._stop_reason
        charged = discharged = 0
        try:
            if self._meter_start is not None:
                end = await asyncio.wait_for(self.controller.meter_reading(), timeout=1.0)
                charged = end.charged_wh - self._meter_start.charged_wh
                discharged = end.discharged_wh - self._meter_start.discharged_wh
            if self._controller_started:
                await asyncio.wait_for(self.controller.session_ended(ctx.info(), self.end_reason), timeout=1.0)
        except Exception:
            logger.exception("controller failed at session end")
        summary = SessionSummary(
            session_id=ctx.session_id.hex(),
            protocol=self.protocol.name if self.protocol is not None else None,
            evcc_id=ctx.evcc_id,
            service=ctx.service.name if ctx.service else None,
            control_mode=ctx.control_mode.name if ctx.control_mode else None,
            messages=ctx.messages,
            duration_s=round(self.clock() - self._started, 3),
            charged_wh=charged,
            discharged_wh=discharged,
            end_reason=self.end_reason,
            paused=paused,
        )
        if self.log is not None:
            self.log.event("session_end", **summary.__dict__)
            await self.log.aclose()
        if self.callbacks.session_ended is not None:
            self.callbacks.session_ended(summary)
        logger.info("session %s ended: %s", summary.session_id, summary.end_reason)
        return summary


