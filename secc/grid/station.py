"""The station's grid side at run time: the GridLimitManager of `[grid]` and its clients as asyncio tasks.

    station = GridStation(settings, extra_sources=[lambda station: MyOCPPProfiles(station.manager, ...)])
    server.attach_grid(station.manager, station.settings.consent)
    await station.start()          # DRED polling + timers, OpenADR VEN, CSIP client, extra sources
    ...
    await station.close()

A source is anything with `async run()` that feeds the manager until cancelled (it calls
`station.wake()` after feeding it so the timers are re-planned). A source that fails is logged and
restarted with backoff; it never stops the others or the SECC.
"""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
import time
from collections.abc import Callable, Iterable
from typing import Protocol

from .clock import Clock
from .manager import GridLimitManager
from .model import GridError
from .service import GridService
from .settings import DREDSettings, GridSettings
from .sources.dred import CharDevGPIODRMInput, DREDAdapter, DREDInputError, DRMInput, FileDRMInput, GpiodDRMInput

log = logging.getLogger(__name__)

BACKOFF_MIN_S, BACKOFF_MAX_S = 1.0, 60.0


class GridSource(Protocol):
    async def run(self) -> None:
        """Feed the manager until cancelled; raising means "restart me later"."""


SourceFactory = Callable[["GridStation"], GridSource]


def dred_input(settings: DREDSettings) -> DRMInput:
    """File, or GPIO through libgpiod; without the gpiod package, the kernel's v1 character-device
    ioctls (no dependency, but deprecated in Linux and absent where CONFIG_GPIO_CDEV_V1 is off)."""
    if settings.input == "file":
        assert settings.path is not None
        return FileDRMInput(settings.path)
    assert settings.chip is not None
    try:
        return GpiodDRMInput(settings.chip, settings.lines, active_low=settings.active_low)
    except DREDInputError:
        log.warning("gpiod not installed: reading %s with the kernel's GPIO uAPI v1 ioctls", settings.chip)
        return CharDevGPIODRMInput(settings.chip, settings.lines, active_low=settings.active_low)


class GridStation:
    def __init__(self, settings: GridSettings, *, extra_sources: Iterable[SourceFactory] = (),
                 clock: Clock | None = None, rng: random.Random | None = None) -> None:
        self.settings = settings
        self.manager = GridLimitManager(settings.config, clock=clock, rng=rng)
        consent = settings.consent
        self.manager.update_ev(dataclasses.replace(
            self.manager.ev, import_increase_consent=consent.import_increase, discharge_consent=consent.discharge,
            user_soc_floor_percent=consent.soc_floor_percent))
        self.dred: DREDAdapter | None = None
        if settings.dred is not None:
            self.dred = DREDAdapter(self.manager, dred_input(settings.dred), priority=settings.dred.priority,
                                    heartbeat_timeout_s=settings.dred.heartbeat_timeout_s)
        self.service = GridService(self.manager, [self.dred] if self.dred else [], poll_interval_s=settings.poll_interval_s)
        self.sources: list[GridSource] = []
        try:
            if settings.openadr is not None:
                from .clients.openadr_ven import OpenADRVEN

                self.sources.append(OpenADRVEN(self.manager, settings.openadr, on_change=self.wake))
            if settings.csip is not None:
                from .clients.csip_client import CSIPClient

                self.sources.append(CSIPClient(self.manager, settings.csip, on_change=self.wake))
        except ImportError as exc:
            raise GridError(f"the OpenADR and CSIP clients need the grid extra "
                            f"(pip install 'iso15118-stack[grid]'): {exc}") from None
        self.sources += [factory(self) for factory in extra_sources]
        self._tasks: list[asyncio.Task[None]] = []

    def wake(self) -> None:
        self.service.wake()

    def describe(self) -> str:
        ratings = self.settings.config.ratings
        parts = [f"DRED ({self.settings.dred.input})"] if self.settings.dred else []
        parts += [type(s).__name__ for s in self.sources]
        return (f"grid: {ratings.import_w / 1000:g} kW import / {ratings.export_w / 1000:g} kW export, "
                f"sources: {', '.join(parts) or 'none'}")

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self.service.run(), name="grid-service")]
        self._tasks += [loop.create_task(self._supervise(s), name=f"grid-{type(s).__name__}") for s in self.sources]

    async def _supervise(self, source: GridSource) -> None:
        backoff = BACKOFF_MIN_S
        name = type(source).__name__
        while True:
            started = time.monotonic()
            try:
                await source.run()
                log.warning("grid source %s stopped; restarting in %.0f s", name, backoff)
            except Exception as exc:  # a broken source must not stop the others
                log.warning("grid source %s failed (%s); restarting in %.0f s", name, exc, backoff)
            if time.monotonic() - started > BACKOFF_MAX_S:
                backoff = BACKOFF_MIN_S
            await asyncio.sleep(backoff)
            backoff = min(2 * backoff, BACKOFF_MAX_S)

    async def close(self) -> None:
        self.service.stop()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        close = getattr(self.dred.input, "close", None) if self.dred else None
        if close is not None:
            close()


__all__ = ["GridSource", "GridStation", "SourceFactory", "dred_input"]
