"""What every EV protocol session shares: the Step it returns, the actions, the end, and the phase driver.

A protocol session is a set of phases, one per awaited response. A phase's pure
`handle(ctx, res, ev_status, now) -> Step` decides the next request (`ctx.send(body, NextPhase())`)
or the end; `PhaseSession` does what is common before it is called: the response type of the
phase, the SessionID, FAILED* response codes (end with power off), and the V2G_EVCC_Msg_Timeout of
every request from the protocol's table. The client (evcc/client.py) does the I/O around it.
"""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from evcc.config import EVCCConfig
from evcc.controller import EVSELimits, EVStatus, UserSettings
from iso15118.session.units import NO_SESSION_ID
from iso15118.session.v2g_message import Envelope, EnvelopeError, unwrap
from iso15118.session.vocabulary import ongoing_expired


class EndKind(enum.Enum):
    Terminated = "Terminated"
    Paused = "Paused"  # resume later: new connection, SessionSetup with the same SessionID
    Failed = "Failed"  # FAILED_* response, timeout, or a broken peer: power is off, connection closed


@dataclass(frozen=True)
class SetContactors:
    closed: bool


@dataclass(frozen=True)
class PowerTransfer:
    power_w: float
    voltage_v: float | None = None


@dataclass(frozen=True)
class EVSELimitsChanged:
    limits: EVSELimits


@dataclass(frozen=True)
class Event:
    name: str
    detail: str = ""


@dataclass(frozen=True)
class ContractInstalled:
    """A new contract is in use: the client stores it (PnCCredentials.persist)."""

    emaid: str


Action = SetContactors | PowerTransfer | EVSELimitsChanged | Event | ContractInstalled


@dataclass(frozen=True)
class SessionEnd:
    kind: EndKind
    reason: str
    session_id: bytes
    error: bool = False  # True when the session ended because something went wrong


@dataclass(frozen=True)
class Step:
    request: Any | None = None  # the full wire message (DIN/-2: the V2G_Message)
    timeout_s: float = 0.0  # V2G_EVCC_Msg_Timeout for `request`
    delay_s: float = 0.0  # wait this long before sending (charge loop cadence, Ongoing polling)
    actions: tuple[Action, ...] = ()
    end: SessionEnd | None = None


class ProtocolViolation(Exception):
    """The session was asked to handle a response after it ended (a client bug, not a peer's)."""


@dataclass
class EVContext:
    """What every protocol's EV context holds; a protocol subclasses it with its own fields."""

    config: EVCCConfig
    envelope: Envelope | None  # DIN/-2: requests are wrapped in V2G_Message; -20: None
    msg_timeouts: Mapping[str, float]  # V2G_EVCC_Msg_Timeout by request name (unscaled)
    session_id: bytes = NO_SESSION_ID
    settings: UserSettings = field(default_factory=UserSettings)
    awaiting: "Phase[Any, Any] | None" = None
    last_request: Any = None  # the body (DIN/-2) or message (-20) last sent
    power_w: float = 0.0
    contactors_closed: bool = False
    ongoing_since: dict[str, float] = field(default_factory=dict)  # the awaited pair's Ongoing window

    def msg_timeout(self, request: Any) -> float:
        name = type(request).__name__
        return self.msg_timeouts.get(name, 2.0) * self.config.timing.scale

    def send(self, request: Any, then: "Phase[Any, Any]", *, delay: float = 0.0,
             actions: tuple[Action, ...] = ()) -> Step:
        """Send `request` (a body element for DIN/-2) and await the response `then` handles."""
        if type(then) is not type(self.awaiting):
            self.ongoing_since.clear()  # a new pair: its Ongoing window starts with its first Ongoing
        self.awaiting = then
        self.last_request = request
        wire = self.envelope.wrap(request, self.session_id) if self.envelope is not None else request
        return Step(request=wire, timeout_s=self.msg_timeout(request), delay_s=delay, actions=actions)

    def ongoing(self, now: float, limit: float, what: str) -> str | None:
        """The EVSE answered Ongoing: None while `limit` s have not passed since the first one, else why to stop."""
        if ongoing_expired(self.ongoing_since, what, now, limit):
            return f"{what} still Ongoing after {limit:g} s"
        return None

    def power_off(self) -> tuple[Action, ...]:
        """The actions that leave no power flowing and the contactors open (every end)."""
        actions: list[Action] = []
        if self.power_w:
            actions.append(PowerTransfer(0.0))
        if self.contactors_closed:
            actions.append(SetContactors(False))
        self.power_w = 0.0
        self.contactors_closed = False
        return tuple(actions)

    def fail(self, reason: str) -> Step:
        """End now without SessionStop (FAILED response, timeout, broken peer): power off first."""
        self.awaiting = None
        actions = self.power_off() + (Event("SessionFailed", reason),)
        return Step(actions=actions, end=SessionEnd(EndKind.Failed, reason, self.session_id, error=True))

    def end(self, kind: EndKind, reason: str, *, error: bool = False, actions: tuple[Action, ...] = ()) -> Step:
        """The orderly end after SessionStopRes (power is off by then; power_off() makes sure)."""
        self.awaiting = None
        return Step(actions=actions + self.power_off(), end=SessionEnd(kind, reason, self.session_id, error=error))


C = TypeVar("C", bound=EVContext)
R = TypeVar("R")


class Phase(Generic[C, R]):
    """Awaits one response class: `response` (DIN/-2: the body element class, e.g. din.CurrentDemandRes)."""

    response: ClassVar[type]
    assigns_session_id: ClassVar[bool] = False  # SessionSetup: the response's SessionID is new, not checked

    def handle(self, ctx: C, res: R, ev: EVStatus, now: float) -> Step:
        raise NotImplementedError

    @property
    def name(self) -> str:
        return type(self).__name__


def response_code_failed(res: Any) -> str | None:
    """The FAILED* ResponseCode of a response (all three protocols spell them FAILED...), else None."""
    code = getattr(res, "ResponseCode", None)
    value = getattr(code, "value", code)
    return value if isinstance(value, str) and value.upper().startswith("FAILED") else None


class PhaseSession(Generic[C]):
    """The driver: the session interface the client uses, over a protocol's phases and context.

    A protocol subclasses it and implements `start_after_negotiation` (its SessionSetupReq)."""

    def __init__(self, ctx: C) -> None:
        self.ctx = ctx

    @property
    def session_id(self) -> bytes:
        return self.ctx.session_id

    @property
    def phase(self) -> str:
        """The awaited phase's name ("Ended" after the end)."""
        return self.ctx.awaiting.name if self.ctx.awaiting is not None else "Ended"

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        raise NotImplementedError

    def receive(self, response: Any, ev: EVStatus, now: float) -> Step:
        ctx = self.ctx
        phase = ctx.awaiting
        if phase is None:
            raise ProtocolViolation(f"session already ended, got {type(response).__name__}")
        if ctx.envelope is not None:
            if not ctx.envelope.owns(response):
                return ctx.fail(f"expected a {ctx.envelope.name} V2G_Message, got {type(response).__name__}")
            try:
                header, body = unwrap(response)
            except EnvelopeError as exc:
                return ctx.fail(str(exc))
        else:
            header, body = response.Header, response
        if not isinstance(body, phase.response):
            return ctx.fail(f"expected {phase.response.__name__} in phase {phase.name}, got {type(body).__name__}")
        if phase.assigns_session_id:
            ctx.session_id = bytes(header.SessionID)  # echoed as assigned (Tesla: 4 bytes); the phase may refuse it
        elif header.SessionID != ctx.session_id:
            return ctx.fail(f"{type(body).__name__} for SessionID {bytes(header.SessionID).hex()}")
        failed = response_code_failed(body)
        if failed is not None:
            return ctx.fail(f"{type(body).__name__}: {failed}")
        return phase.handle(ctx, body, ev, now)

    def timeout(self) -> Step:
        """V2G_EVCC_Msg_Timeout expired waiting for the response: stop without further messages."""
        request = self.ctx.last_request
        name = type(request).__name__
        return self.ctx.fail(f"V2G_EVCC_Msg_Timeout ({self.ctx.msg_timeout(request):g} s) waiting for the answer to {name}")

    def abort(self, reason: str) -> Step:
        """The connection broke or a response could not be decoded: stop, power off."""
        return self.ctx.fail(reason)
