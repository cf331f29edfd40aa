"""asyncio edge: polls sources, runs the manager's timing rules on time, feeds async subscribers."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Iterable
from typing import Protocol

from .clock import Clock
from .manager import GridLimitManager
from .model import GridLimits

log = logging.getLogger(__name__)


class Poller(Protocol):
    def poll(self, now: float | None = None) -> object:
        """Read inputs and submit changes to the manager."""


class GridService:
    def __init__(self, manager: GridLimitManager, pollers: Iterable[Poller] = (), *, poll_interval_s: float = 0.1, clock: Clock | None = None) -> None:
        self.manager = manager
        self.pollers = list(pollers)
        self.poll_interval_s = poll_interval_s
        self.clock = clock or manager.clock
        self._wake = asyncio.Event()
        self._stopped = False

    def queue(self, maxsize: int = 0) -> asyncio.Queue[GridLimits]:
        """An asyncio.Queue receiving every published GridLimits (the oldest is dropped when full)."""
        queue: asyncio.Queue[GridLimits] = asyncio.Queue(maxsize)

        def put(limits: GridLimits) -> None:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(limits)

        self.manager.subscribe(put)
        return queue

    def wake(self) -> None:
        """Call after feeding the manager from outside (e.g. a network adapter) to re-plan timers."""
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def step(self) -> float | None:
        """One pass: poll, tick; returns seconds until the next pass is needed (None: only on wake)."""
        now = self.clock.time()
        for poller in self.pollers:
            try:
                poller.poll(now)
            except Exception:  # one broken source must not stop the others or the timing rules
                log.exception("grid source poll failed: %r", poller)
        self.manager.tick(now)
        wake_at = self.manager.next_wakeup()
        timeout = self.poll_interval_s if self.pollers else math.inf
        if wake_at is not None:
            timeout = min(timeout, max(0.0, wake_at - now))
        return None if math.isinf(timeout) else timeout

    async def run(self) -> None:
        while not self._stopped:
            timeout = self.step()
            self._wake.clear()
            waiter = asyncio.ensure_future(self._wake.wait())
            sleeper = asyncio.ensure_future(self.clock.sleep(timeout)) if timeout is not None else None
            try:
                await asyncio.wait([t for t in (waiter, sleeper) if t is not None], return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in (waiter, sleeper):
                    if task is not None and not task.done():
                        task.cancel()
                        with contextlib.suppress(asyncio.CancelledError):
                            await task
