"""The charging station's OCPP 2.0.1 / 2.1 connection to its CSMS (the `ocpp` package over `websockets`).

One `OCPPLink` per station: it connects (security profile 1-3, subprotocol negotiated from the
configured versions), sends BootNotification until Accepted, Heartbeats at the CSMS's interval,
StatusNotification for every connector after each (re)connection, and drains the durable outbox of
TransactionEvents in order. The connection is re-established with exponential backoff and jitter.
Calls from the CSMS are routed to the handlers registered with `on()`; the library validates every
message against the OCA JSON schemas in both directions.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import random
import ssl
import types
from collections.abc import Awaitable, Callable
from typing import Any

import websockets
from ocpp.exceptions import OCPPError
from ocpp.v21 import ChargePoint as CP21
from ocpp.v201 import ChargePoint as CP201
from websockets.asyncio.client import ClientConnection, connect

from secc.ocpp.config import OCPPConfig
from secc.ocpp.errors import CSMSError, OCPPUnavailable
from secc.ocpp.payloads import build, fit
from secc.ocpp.store import Queued, TransactionStore

logger = logging.getLogger(__name__)

CHARGE_POINTS: dict[str, type[Any]] = {"ocpp2.0.1": CP201, "ocpp2.1": CP21}
Handler = Callable[..., Awaitable[Any]]


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def client_ssl_context(config: OCPPConfig) -> ssl.SSLContext | None:
    """Profiles 2/3: the CSMS must chain to csms_ca and match the host name; profile 3 adds our certificate."""
    if config.security_profile == 1:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=config.csms_ca)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if config.security_profile == 3:
        assert config.client_cert and config.client_key  # checked by the config loader
        ctx.load_cert_chain(config.client_cert, config.client_key)
    return ctx


class OCPPLink:
    def __init__(self, config: OCPPConfig, store: TransactionStore, *,
                 status: Callable[[], list[tuple[int, str]]] | None = None) -> None:
        self.config = config
        self.store = store
        self.status = status or (lambda: [(evse, "Available") for evse in range(1, config.evses + 1)])
        self.version: str | None = None  # negotiated subprotocol while connected
        self.boot_accepted = False
        self.heartbeat_interval_s = config.heartbeat_interval_s
        self.connected = asyncio.Event()
        self._cp: Any = None
        self._ws: ClientConnection | None = None
        self._closed: asyncio.Future[None] | None = None
        self._handlers: dict[str, Handler] = {}
        self._outbox_wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self.connections = 0  # how many times a WebSocket was opened (tests, logs)
        self.on_message: Callable[[str, str, Any], None] | None = None  # (direction, station id, raw frame)

    # --- public API ----------------------------------------------------------------------------
    def charging_station(self) -> dict[str, Any]:
        """BootNotification's chargingStation (snake_case)."""
        station = {"model": self.config.model, "vendor_name": self.config.vendor}
        if self.config.serial_number:
            station["serial_number"] = self.config.serial_number
        if self.config.firmware_version:
            station["firmware_version"] = self.config.firmware_version
        return station

    def on(self, action: str, handler: Handler) -> None:
        """Answer the CSMS's `action` with handler(result_module, **snake_case_payload)."""
        self._handlers[action] = handler

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def close(self, drain_s: float = 0.0) -> None:
        """Stop: first up to drain_s for the outbox to empty (what stays is sent after the next start),
        then close the WebSocket normally (1001 going away)."""
        self._stopping = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + drain_s
        while self.connected.is_set() and self.store.head() is not None and loop.time() < deadline:
            await asyncio.sleep(0.01)
        if self._ws is not None:
            await self._ws.close(1001, "station shutting down")
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    def wake_outbox(self) -> None:
        """New messages were queued: the sender picks them up now (if connected)."""
        self._outbox_wakeup.set()

    async def call(self, name: str, timeout: float | None = None, **fields: Any) -> Any:
        """Send one CALL of the negotiated version; returns the typed CALLRESULT payload.

        Raises OCPPUnavailable without a connection or answer, CSMSError on a CALLERROR."""
        if not self.connected.is_set() or self._cp is None or self._closed is None:
            raise OCPPUnavailable("not connected to the CSMS")
        cls = getattr(self._cp._call, name)
        payload = cls(**fit(cls, fields))
        return await self._call(self._cp, self._closed, payload, timeout)

    # --- the connection -----------------------------------------------------------------------------
    async def _call(self, cp: Any, closed: asyncio.Future[None], payload: Any, timeout: float | None) -> Any:
        task = asyncio.ensure_future(cp.call(payload, suppress=False))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # retrieved even when abandoned
        done, _ = await asyncio.wait({task, closed}, timeout=timeout or self.config.response_timeout_s,
                                     return_when=asyncio.FIRST_COMPLETED)
        if task not in done:
            task.cancel()
            raise OCPPUnavailable(f"no answer to {type(payload).__name__}" + (" (connection lost)" if closed.done() else ""))
        try:
            return task.result()
        except OCPPError as exc:
            raise CSMSError(f"{type(payload).__name__}: {exc}") from exc
        except (TimeoutError, websockets.exceptions.ConnectionClosed) as exc:
            raise OCPPUnavailable(f"{type(payload).__name__}: {exc}") from exc

    def _headers(self) -> dict[str, str]:
        if self.config.security_profile == 3:
            return {}
        token = base64.b64encode(f"{self.config.station_id}:{self.config.password}".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    async def _run(self) -> None:
        delay = self.config.reconnect_min_s
        while not self._stopping:
            try:
                async with connect(self.config.url, subprotocols=self.config.subprotocols,  # type: ignore[arg-type]
                                   additional_headers=self._headers(), ssl=client_ssl_context(self.config),
                                   proxy=None, open_timeout=self.config.response_timeout_s,
                                   ping_interval=None) as ws:
                    self.connections += 1
                    if await self._session(ws):
                        delay = self.config.reconnect_min_s  # a session that worked resets the backoff
            except (OSError, websockets.exceptions.WebSocketException, TimeoutError, OCPPUnavailable) as exc:
                logger.warning("OCPP connection to %s: %s", self.config.url, exc)
            except Exception:  # a bug in one connection must not end the link: log it, reconnect
                logger.exception("OCPP connection to %s failed", self.config.url)
            if self._stopping:
                return
            wait = delay * random.uniform(0.5, 1.0)
            logger.info("OCPP reconnecting in %.1f s", wait)
            await asyncio.sleep(wait)
            delay = min(delay * 2, self.config.reconnect_max_s)

    def _make_cp(self, ws: ClientConnection) -> Any:
        if ws.subprotocol not in CHARGE_POINTS:
            raise OCPPUnavailable(f"CSMS chose no OCPP version we offered ({ws.subprotocol!r})")
        cp = CHARGE_POINTS[ws.subprotocol](self.config.station_id, _Traced(ws, self), self.config.response_timeout_s)
        cp.route_map = {}
        for action, handler in self._handlers.items():
            cp.route_map[action] = {"_on_action": _bind(handler, cp._call_result), "_skip_schema_validation": False}
        return cp

    async def _session(self, ws: ClientConnection) -> bool:
        """One connection: boot, status, heartbeat and outbox until it closes. True once it was usable."""
        cp = self._make_cp(ws)
        self.version, self._ws = ws.subprotocol, ws
        closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        reader = asyncio.ensure_future(cp.start())
        reader.add_done_callback(lambda _: None if closed.done() else closed.set_result(None))
        self._cp, self._closed = cp, closed
        workers: list[asyncio.Task[None]] = []
        usable = False
        try:
            await self._boot(cp, closed)
            usable = True
            self.connected.set()
            logger.info("OCPP %s connected to %s", self.version, self.config.url)
            for evse, status in self.status():
                await self._call(cp, closed, cp._call.StatusNotification(
                    timestamp=now_iso(), connector_status=status, evse_id=evse, connector_id=1), None)
            workers = [asyncio.ensure_future(self._heartbeats(cp, closed)),
                       asyncio.ensure_future(self._drain(cp, closed))]
            await closed
        finally:
            self.connected.clear()
            self._cp = self._closed = self._ws = None
            for task in (*workers, reader):
                task.cancel()
            await asyncio.gather(*workers, reader, return_exceptions=True)
            self.version = None
        return usable

    async def _boot(self, cp: Any, closed: asyncio.Future[None]) -> None:
        if self.boot_accepted:
            return  # the CSMS knows us since this process started: a reconnect needs no new boot
        while True:
            result = await self._call(cp, closed, cp._call.BootNotification(
                charging_station=self.charging_station(), reason="PowerUp"), None)
            if result.interval > 0:
                self.heartbeat_interval_s = float(result.interval)
            if result.status == "Accepted":
                self.boot_accepted = True
                return
            logger.warning("CSMS answered BootNotification %s: retrying in %.0f s", result.status,
                           self.heartbeat_interval_s)
            await asyncio.sleep(self.heartbeat_interval_s)

    async def _heartbeats(self, cp: Any, closed: asyncio.Future[None]) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_interval_s)
            try:
                await self._call(cp, closed, cp._call.Heartbeat(), None)
            except CSMSError as exc:
                logger.warning("Heartbeat: %s", exc)

    async def _drain(self, cp: Any, closed: asyncio.Future[None]) -> None:
        """Deliver the outbox head by head, in order; an item leaves the outbox only once answered."""
        while True:
            item = self.store.head()
            if item is None:
                self._outbox_wakeup.clear()
                await self._outbox_wakeup.wait()
                continue
            try:
                await self._call(cp, closed, self._payload(cp, item), None)
            except CSMSError as exc:
                attempts = self.store.failed_attempt(item.seq)
                if attempts >= self.config.message_attempts:
                    logger.error("CSMS refused %s seq %d %d times, set aside: %s", item.action, item.seq, attempts, exc)
                    self.store.set_aside(item, str(exc))
                else:
                    await asyncio.sleep(self.config.reconnect_min_s)
                continue
            except OCPPUnavailable:
                if closed.done():
                    return
                continue  # timed out: send the same message again
            self.store.delivered(item.seq)

    @staticmethod
    def _payload(cp: Any, item: Queued) -> Any:
        from ocpp.charge_point import camel_to_snake_case

        cls = getattr(cp._call, item.action)
        return build(cls, camel_to_snake_case(item.payload))


def _bind(handler: Handler, result_module: types.ModuleType) -> Handler:
    async def route(**payload: Any) -> Any:
        return await handler(result_module, **payload)
    return route


class _Traced:
    """The WebSocket as the ocpp ChargePoint sees it, reporting every frame to link.on_message."""

    def __init__(self, ws: ClientConnection, link: OCPPLink) -> None:
        self.ws, self.link = ws, link

    async def recv(self) -> str:
        message = await self.ws.recv()
        self._trace("<-", message)
        return message if isinstance(message, str) else message.decode()

    async def send(self, message: str) -> None:
        self._trace("->", message)
        await self.ws.send(message)

    def _trace(self, direction: str, message: Any) -> None:
        if self.link.on_message is not None:
            self.link.on_message(direction, self.link.config.station_id, message)
