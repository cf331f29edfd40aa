"""OpenADR 2.0b VEN built on openleadr: the VTN's oadrDistributeEvent -> OpenADRAdapter.

openleadr does registration, polling, XML schema validation and signatures; this module only turns
its event dicts into secc.grid.sources.openadr.OadrEvent and opts in or out. Every VTN message that
passes validation is a heartbeat of the source (communication-loss fallback).
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any

from ..manager import GridLimitManager
from ..model import GridDataError, GridError
from ..settings import OpenADRSettings
from ..sources.openadr import CAPACITY, LOAD_CONTROL, OadrEvent, OadrEventSignal, OadrInterval, OpenADRAdapter, event_requests

log = logging.getLogger(__name__)


class OpenADRError(GridError):
    """The VEN could not register with the VTN (the station retries with backoff)."""


def oadr_event(event: Mapping[str, Any]) -> OadrEvent:
    """An openleadr event dict (snake_case, datetimes and timedeltas) -> OadrEvent."""
    try:
        descriptor, period = event["event_descriptor"], event["active_period"]
        signals = tuple(
            OadrEventSignal(
                signalName=signal["signal_name"],
                signalType=signal["signal_type"],
                signalID=str(signal.get("signal_id", i)),
                intervals=tuple(
                    OadrInterval(interval["duration"].total_seconds(), float(interval["signal_payload"]),
                                 str(interval.get("uid", j)))
                    for j, interval in enumerate(signal["intervals"])
                ),
            )
            for i, signal in enumerate(event["event_signals"])
        )
        return OadrEvent(
            eventID=descriptor["event_id"],
            modificationNumber=int(descriptor["modification_number"]),
            priority=int(descriptor.get("priority") or 0),
            eventStatus=descriptor["event_status"],
            dtstart=period["dtstart"].timestamp(),
            duration_s=period["duration"].total_seconds(),
            signals=signals,
            testEvent=descriptor.get("test_event") in (True, "true"),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GridDataError(f"malformed event: {exc!r}", "oadrEvent") from None


class OpenADRVEN:
    """Runs openleadr's OpenADRClient and keeps the OpenADRAdapter's events equal to the VTN's."""

    def __init__(self, manager: GridLimitManager, settings: OpenADRSettings, *, source: str = "openadr",
                 on_change: Callable[[], None] = lambda: None) -> None:
        self.settings = settings
        self.adapter = OpenADRAdapter(manager, source=source, reference_w=settings.reference_w,
                                      heartbeat_timeout_s=settings.heartbeat_timeout_s)
        self.manager = manager
        self._on_change = on_change
        self.client: Any = None

    def _new_client(self) -> Any:
        """A fresh openleadr client per connection attempt (a stopped one cannot be restarted)."""
        from openleadr import OpenADRClient

        settings = self.settings
        client = OpenADRClient(
            ven_name=settings.ven_name, vtn_url=settings.vtn_url, ven_id=settings.ven_id,
            cert=settings.cert, key=settings.key, ca_file=settings.ca_file, vtn_fingerprint=settings.vtn_fingerprint,
            check_hostname=settings.check_hostname, disable_signature=settings.cert is None, show_fingerprint=False,
        )
        client.add_handler("on_event", self._on_event)
        client.add_handler("on_update_event", self._on_event)
        client.add_hook("after_parse_xml", self._heard)
        return client

    def _heard(self, message_type: str, payload: Any) -> None:
        self.manager.heartbeat(self.adapter.source)

    async def _on_event(self, event: Mapping[str, Any]) -> str:
        """optIn when the event carries a LOAD_CONTROL capacity signal we apply, else optOut (logged)."""
        opt = "optOut"
        try:
            parsed = oadr_event(event)
            # validate before the adapter sees it: one bad event must not block the others
            event_requests(parsed, source=self.adapter.source, reference_w=self.adapter.reference_w, received_at=0.0)
            if any(s.signalName == LOAD_CONTROL and s.signalType == CAPACITY for s in parsed.signals):
                opt = "optIn"
            else:
                log.warning("OpenADR event %s has no %s/%s signal: opted out", parsed.eventID, LOAD_CONTROL, CAPACITY)
        except GridDataError as exc:
            log.warning("OpenADR event refused (opted out): %s", exc)
            return opt
        self.adapter.forget_ended(self.manager.clock.time())
        self.adapter.distribute_event([parsed])  # the adapter keeps the others, by eventID and modificationNumber
        self._on_change()
        return opt

    async def run(self) -> None:
        """Register, then poll until cancelled (openleadr's scheduler polls at the VTN's requested rate)."""
        client = self.client = self._new_client()
        try:
            await client.run()
            if client.registration_id is None:
                raise OpenADRError(f"no registration with the VTN at {self.settings.vtn_url}")
            log.info("OpenADR VEN %s registered with %s as %s", self.settings.ven_name, self.settings.vtn_url,
                     client.ven_id)
            await asyncio.Event().wait()
        finally:
            if client.scheduler.running:
                client.scheduler.shutdown()
            if client.client_session is not None and not client.client_session.closed:
                await client.client_session.close()


__all__ = ["OpenADRError", "OpenADRVEN", "oadr_event"]
