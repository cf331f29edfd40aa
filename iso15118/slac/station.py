"""asyncio driver of one SLAC station (EV or EVSE): raw link + local modem + control pilot.

Control events (CP changes) and frames go into one inbox; the pure machine from `fsm.py` decides;
its outputs become frames, modem requests and the data-link events the layers above wait for:
SDP and TCP may start only after `data_link_ready`, and must stop at `data_link_lost`.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Coroutine, Union, cast

from . import constants as c
from .cp import ControlPilot, CPState
from .fsm import (
    EvSlac,
    EvseSlac,
    Matched,
    MatchingFailed,
    Output,
    Send,
    SetKey,
    SlacConfig,
    StepEF,
    ValidateToggles,
)
from .link import RawLink
from .messages import FrameError, MalformedFrame, decode, encode
from .modem import HomePlugModem, ModemError, make_modem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DataLinkReady:
    """D-LINK_READY.indication(up): the logical network with the peer is formed."""

    peer_mac: str
    nmk: bytes
    nid: bytes
    attenuation_db: float | None


@dataclass(frozen=True)
class DataLinkLost:
    """D-LINK_READY.indication(down): unplugged, reset or the join failed."""

    reason: str


Event = Union[DataLinkReady, DataLinkLost, MatchingFailed]


class SlacStation:
    """One station; `role` is "ev" or "evse". Start with `async with` or `start()`/`stop()`."""

    def __init__(self, role: str, link: RawLink, cp: ControlPilot | None = None, config: SlacConfig | None = None,
                 modem: HomePlugModem | str = "qca", **modem_options: float | str) -> None:
        if role not in ("ev", "evse"):
            raise ValueError(f"role must be 'ev' or 'evse', not {role!r}")
        self.role, self.link, self.cp = role, link, cp
        self.config = config or SlacConfig()
        self.machine: EvSlac | EvseSlac = (EvSlac if role == "ev" else EvseSlac)(link.mac, self.config)
        self.modem = modem if isinstance(modem, HomePlugModem) else make_modem(modem, link.send, link.mac,
                                                                               **modem_options)
        self.counters: Counter[str] = Counter()
        self.listeners: list[Callable[[Event], None]] = []
        self.ready = asyncio.Event()
        self.failed = asyncio.Event()
        self.link_info: DataLinkReady | None = None
        self.matched_at: float | None = None  # monotonic time of the last CM_SLAC_MATCH (telemetry)
        self._inbox: asyncio.Queue[tuple[str, object]] = asyncio.Queue()
        self._tasks: list[asyncio.Task[None]] = []
        self._key_task: asyncio.Task[None] | None = None
        self._join_task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._stepping_ef = False
        if cp is not None:
            cp.subscribe(self._on_cp)

    # --- lifecycle ---------------------------------------------------------------------------------
    async def __aenter__(self) -> "SlacStation":
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._pump(), name=f"slac-{self.role}-rx"),
                       asyncio.create_task(self._run(), name=f"slac-{self.role}")]
        self._handle(self.machine.prepare())
        if self.cp is not None and self.cp.state.plugged:
            self._inbox.put_nowait(("cp", (CPState.A, self.cp.state)))

    async def stop(self) -> None:
        """Stop SLAC; an active station first hands its modem a fresh key, leaving the network."""
        if self.cp is not None:
            with contextlib.suppress(ValueError):
                self.cp.unsubscribe(self._on_cp)
        self._lose_link("station stopped")
        self._handle(self.machine.stop())
        if self._key_task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait({self._key_task}, timeout=self.modem.timeout)
        for task in [*self._tasks, *self._background]:
            await _cancel(task)
        self._tasks = []
        self._background.clear()

    # --- inputs ------------------------------------------------------------------------------------
    def _on_cp(self, previous: CPState, current: CPState) -> None:
        if self._stepping_ef:  # our own E/F -> B sequence: SLAC goes on
            return
        self._inbox.put_nowait(("cp", (previous, current)))

    def plug_in(self) -> None:
        """For stations without a CP interface: behave as if the pilot went A -> B."""
        self._inbox.put_nowait(("cp", (CPState.A, CPState.B)))

    def unplug(self) -> None:
        self._inbox.put_nowait(("cp", (CPState.B, CPState.A)))

    async def _pump(self) -> None:
        while True:
            raw = await self.link.recv()
            self._inbox.put_nowait(("frame", raw))

    async def _run(self) -> None:
        while True:
            deadline = self.machine.deadline
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                async with asyncio.timeout(timeout):  # not wait_for: 3.11's can swallow a cancellation
                    kind, item = await self._inbox.get()
            except TimeoutError:
                self._handle(self.machine.timeout(time.monotonic()))
                continue
            if kind == "cp":
                previous, current = cast(tuple[CPState, CPState], item)  # the "cp" items put above
                self._on_cp_change(previous, current)
            elif kind == "join_failed":
                self._handle(self.machine.join_failed(time.monotonic(), cast(bytes, item)))
            else:
                self._on_frame(cast(bytes, item))
            # a busy inbox must not starve the timers
            if self.machine.deadline is not None and time.monotonic() >= self.machine.deadline:
                self._handle(self.machine.timeout(time.monotonic()))

    def _on_cp_change(self, previous: CPState, current: CPState) -> None:
        if current.plugged and not previous.plugged:
            log.info("%s %s: plug-in (CP %s -> %s): SLAC starts", self.role, self.link.mac, previous.value,
                     current.value)
            self._lose_link("restart")
            self._handle(self.machine.stop())
            self._handle(self.machine.start(time.monotonic()))
        elif previous.plugged and not current.plugged:
            log.info("%s %s: unplug (CP %s): SLAC stops", self.role, self.link.mac, current.value)
            self._lose_link(f"control pilot state {current.value}")
            self._handle(self.machine.stop())
        elif previous == CPState.C and current == CPState.B and isinstance(self.machine, EvseSlac):
            self.machine.cp_toggle()

    def _on_frame(self, raw: bytes) -> None:
        try:
            frame = decode(raw)
        except MalformedFrame as exc:
            self.counters["malformed"] += 1
            log.warning("%s %s: malformed frame dropped: %s", self.role, self.link.mac, exc)
            return
        except FrameError as exc:
            self.counters["unsupported"] += 1
            log.debug("%s %s: frame dropped: %s", self.role, self.link.mac, exc)
            return
        except Exception as exc:  # scapy may raise anything on hostile input: never let it kill the station
            self.counters["malformed"] += 1
            log.warning("%s %s: undecodable frame dropped: %r", self.role, self.link.mac, exc)
            return
        if self.modem.handles(frame):
            self.modem.deliver(frame)
            return
        before = self.machine.ignored
        self._handle(self.machine.receive(frame, time.monotonic()))
        if self.machine.ignored != before:
            self.counters["ignored"] += 1

    # --- outputs -----------------------------------------------------------------------------------
    def _handle(self, outputs: list[Output]) -> None:
        for out in outputs:
            if isinstance(out, Send):
                self.link.send(encode(out.dst, self.link.mac, out.message))
                self.counters["sent"] += 1
            elif isinstance(out, SetKey):
                self._key_task = self._spawn(self._set_key(out, self._key_task))
            elif isinstance(out, Matched):
                self.matched_at = time.monotonic()
                if self._join_task is not None:  # a retried match supersedes the join still in progress
                    self._join_task.cancel()
                self._join_task = self._spawn(self._join(out))
            elif isinstance(out, MatchingFailed):
                log.info("%s %s: %s%s", self.role, self.link.mac, out.reason, " (final)" if out.final else "")
                self._emit(out)
                if out.final:
                    self.failed.set()
            elif isinstance(out, StepEF):
                step = getattr(self.cp, "step_ef", None)
                if step is not None:  # only an EVSE that drives the pilot can do it
                    self._spawn(self._step_ef(step, out.duration))
            elif isinstance(out, ValidateToggles):
                toggle = getattr(self.cp, "toggle_bcb", None)
                if toggle is not None:
                    self._spawn(toggle(out.count, c.TP_EV_vald_state_duration))

    async def _step_ef(self, step: Callable[[float], Coroutine[Any, Any, None]], duration: float) -> None:
        self._stepping_ef = True
        try:
            await step(duration)
        finally:
            self._stepping_ef = False

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _set_key(self, out: SetKey, previous: asyncio.Task[None] | None) -> None:
        if previous is not None:  # keys must reach the modem in order
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await previous
        try:
            await self.modem.set_key(out.nmk, out.nid)
        except ModemError as exc:
            self.counters["modem_errors"] += 1
            log.warning("%s %s: %s", self.role, self.link.mac, exc)

    async def _join(self, matched: Matched) -> None:
        """After the match: key in the modem, then the network must form within TT_match_join; if it
        does not, the machine decides on the retry (in `_run`, where its deadlines are kept)."""
        if self._key_task is not None:
            with contextlib.suppress(Exception):
                await self._key_task
        if not await self.modem.wait_link(self.config.timers.TT_match_join):
            self._emit(DataLinkLost("TT_match_join expired: the logical network did not form"))
            self._inbox.put_nowait(("join_failed", matched.run_id))
            return
        self.link_info = DataLinkReady(matched.peer_mac, matched.nmk, matched.nid, matched.attenuation_db)
        log.info("%s %s: data link ready with %s", self.role, self.link.mac, matched.peer_mac)
        self.ready.set()
        self._emit(self.link_info)

    def _lose_link(self, reason: str) -> None:
        if self._join_task is not None:
            self._join_task.cancel()
            self._join_task = None
        self.failed.clear()
        if self.ready.is_set():
            self.ready.clear()
            self.link_info = None
            self._emit(DataLinkLost(reason))

    def _emit(self, event: Event) -> None:
        for listener in list(self.listeners):
            try:
                listener(event)
            except Exception:  # a faulty listener must not stop SLAC
                log.exception("data-link listener failed")

    async def wait_ready(self, timeout: float | None = None) -> DataLinkReady:
        """Wait for data-link-ready; raises TimeoutError, or SlacFailed when matching gave up."""
        ready = asyncio.create_task(self.ready.wait())
        failed = asyncio.create_task(self.failed.wait())
        try:
            done, _ = await asyncio.wait({ready, failed}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            ready.cancel()
            failed.cancel()
        if self.ready.is_set() and self.link_info is not None:
            return self.link_info
        if self.failed.is_set():
            raise SlacFailed(f"{self.role} {self.link.mac}: matching failed")
        raise TimeoutError(f"{self.role} {self.link.mac}: no data link within {timeout} s")


async def _cancel(task: asyncio.Task[Any]) -> None:
    """Cancel and wait, repeating if the task swallowed the cancellation."""
    while not task.done():
        task.cancel()
        await asyncio.wait({task}, timeout=0.5)
    if not task.cancelled():
        with contextlib.suppress(Exception):
            task.result()


class SlacFailed(RuntimeError):
    """The matching process ended unmatched."""
