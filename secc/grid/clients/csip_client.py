"""IEEE 2030.5 / CSIP-AUS client: polls the utility server and feeds secc.grid.sources.csip.CSIPAdapter.

    DeviceCapability -> Time (the server's clock: control times are translated into ours)
                     -> EndDeviceList (ours: by LFDI) -> FunctionSetAssignmentsList -> DERProgramList
      -> DERControlList + DefaultDERControl of each program (lowest primacy wins)

HTTPS with the station's client certificate (the LFDI is derived from it, IEEE 2030.5 6.3.4). The
resources are parsed and the Responses written with envoy-schema's pydantic-xml models of the
2030.5 schema and its CSIP-AUS extensions (csipaus namespace of envoy-schema). DERControl Responses
follow the responseRequired bits: 0x01 received, 0x02 started / completed / cancelled / superseded;
an event we cannot apply is answered "rejected: invalid event".
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import aiohttp
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from lxml import etree

from ..manager import GridLimitManager
from ..model import GridDataError, GridError
from ..settings import CSIPSettings
from ..sources.csip import CSIPAdapter, DERControl

log = logging.getLogger(__name__)

SEP_XML = "application/sep+xml"
PAGE = 255  # list items per GET (?s=start&l=PAGE)
# IEEE 2030.5 Table 27 (DER function set) response status codes.
EVENT_RECEIVED, EVENT_STARTED, EVENT_COMPLETED, EVENT_CANCELLED, EVENT_SUPERSEDED = 1, 2, 3, 6, 7
REJECTED_INVALID_EVENT = 253
# EventStatus.currentStatus
SCHEDULED, ACTIVE, CANCELLED, CANCELLED_WITH_RANDOMIZATION, SUPERSEDED = 0, 1, 2, 3, 4
# The 2030.5 cipher suite first (TLS 1.2), then the defaults; TLS 1.3 where the server has it.
CIPHERS = "ECDHE-ECDSA-AES128-CCM8:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE+AESGCM"

Model = TypeVar("Model")


class CSIPError(GridError):
    """The server could not be read or did not give what CSIP-AUS requires (the poll is retried)."""


class CSIPNotFound(CSIPError):
    pass


# No DTDs, entities or network in 2030.5 documents: a hostile server gets no file read (XXE).
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
# envoy-schema knows CSIP-AUS under its v1.3 namespace URI; servers of CSIP-AUS 1.1 use the bare one,
# whose elements the models would otherwise skip without a word.
CSIPAUS_NS = b"https://csipaus.org/ns/v1.3"
CSIPAUS_NS_OLD = b'"https://csipaus.org/ns"'


def parse(body: bytes, model: type[Model], where: str) -> Model:
    """A 2030.5 resource through its envoy-schema model; CSIPError on anything malformed."""
    try:
        root = etree.fromstring(body.replace(CSIPAUS_NS_OLD, b'"' + CSIPAUS_NS + b'"'), _PARSER)
        if root.getroottree().docinfo.doctype:
            raise CSIPError(f"{where}: a DOCTYPE has no place in a 2030.5 resource")
        return model.from_xml_tree(root)  # type: ignore[attr-defined,no-any-return]
    except CSIPError:
        raise
    except Exception as exc:  # lxml XMLSyntaxError, pydantic ValidationError, pydantic-xml ParsingError
        raise CSIPError(f"{where}: not a valid {model.__name__}: {exc}") from None


def lfdi(cert_pem: bytes) -> str:
    """Long-form device identifier: the first 160 bits of the SHA-256 of the certificate (DER), hex."""
    der = x509.load_pem_x509_certificate(cert_pem).public_bytes(Encoding.DER)
    return hashlib.sha256(der).hexdigest()[:40].upper()


def client_ssl_context(settings: CSIPSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=settings.ca)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers(CIPHERS)
    try:
        context.load_cert_chain(settings.cert, settings.key)
    except (OSError, ssl.SSLError) as exc:
        raise CSIPError(f"client certificate {settings.cert} / key {settings.key}: {exc}") from None
    return context


@dataclass(frozen=True)
class _Event:
    control: Any  # envoy_schema DERControlResponse (the server's DERControl)
    primacy: int


def _active_power(value: Any, *others: Any) -> dict[str, int] | None:
    """The lowest of several ActivePower limits as the adapter's {value, multiplier}."""
    powers = [p for p in (value, *others) if p is not None]
    if not powers:
        return None
    low = min(powers, key=lambda p: p.value * 10.0 ** p.multiplier)
    return {"value": low.value, "multiplier": low.multiplier}


def control_base(base: Any, where: str) -> dict[str, Any]:
    """An envoy DERControlBase -> the adapter's JSON shape. For a charger, CSIP-AUS opModLoadLimW /
    opModGenLimW (this device's charge / discharge) cap import / export like opModImpLimW / opModExpLimW
    (the site's connection point); opModEnergize false de-energises like opModConnect false."""
    data: dict[str, Any] = {}
    if base.opModConnect is not None or base.opModEnergize is False:
        data["opModConnect"] = bool(base.opModConnect is not False and base.opModEnergize is not False)
    if base.opModFixedW is not None:
        data["opModFixedW"] = int(base.opModFixedW)
    if (imp := _active_power(base.opModImpLimW, base.opModLoadLimW)) is not None:
        data["opModImpLimW"] = imp
    if (exp := _active_power(base.opModExpLimW, base.opModGenLimW)) is not None:
        data["opModExpLimW"] = exp
    if base.opModFixedVar is not None:
        data["opModFixedVar"] = {"refType": int(base.opModFixedVar.refType), "value": int(base.opModFixedVar.value)}
    supported = {"opModConnect", "opModEnergize", "opModFixedW", "opModImpLimW", "opModLoadLimW", "opModExpLimW",
                 "opModGenLimW", "opModFixedVar"}
    ignored = sorted(k for k, v in base if v is not None and k not in supported)
    if ignored:
        log.warning("%s: %s not supported by this charger, ignored", where, ", ".join(ignored))
    return data


class CSIPClient:
    """Polls the 2030.5 server every poll_interval_s; a failed poll is logged and only skips the heartbeat."""

    def __init__(self, manager: GridLimitManager, settings: CSIPSettings, *, source: str = "csip",
                 on_change: Callable[[], None] = lambda: None) -> None:
        self.manager = manager
        self.settings = settings
        self.adapter = CSIPAdapter(manager, source=source, heartbeat_timeout_s=settings.heartbeat_timeout_s,
                                   max_reactive_power_var=settings.max_reactive_power_var)
        with open(settings.cert, "rb") as file:
            self.lfdi = (settings.lfdi or lfdi(file.read())).upper()
        self._on_change = on_change
        self._responded: set[tuple[str, int]] = set()
        self._applied: object = None
        self.clock_offset_s = 0.0  # server time - our time, from the server's Time resource
        self.polls = 0

    # ---- HTTP --------------------------------------------------------------------------------

    async def _get(self, session: aiohttp.ClientSession, href: str, model: type[Model]) -> Model:
        url = self.settings.server_url + href
        try:
            async with session.get(url, headers={"Accept": SEP_XML}) as response:
                body = await response.read()
                if response.status == 404:
                    raise CSIPNotFound(f"GET {href}: 404 Not Found")
                if response.status != 200:
                    raise CSIPError(f"GET {href}: HTTP {response.status}")
        except (aiohttp.ClientError, asyncio.TimeoutError, ssl.SSLError) as exc:
            raise CSIPError(f"GET {url}: {exc!r}") from None
        return parse(body, model, f"GET {href}")

    async def _list(self, session: aiohttp.ClientSession, href: str, model: type[Any], item: str) -> list[Any]:
        """Every item of a 2030.5 list, page by page."""
        items: list[Any] = []
        while True:
            separator = "&" if "?" in href else "?"
            page = await self._get(session, f"{href}{separator}s={len(items)}&l={PAGE}", model)
            got = getattr(page, item) or []
            items += got
            if not got or len(items) >= page.all_:
                return items

    async def _respond(self, session: aiohttp.ClientSession, control: Any, status: int, now: float) -> None:
        from envoy_schema.server.schema.sep2.response import DERControlResponse as Response, ResponseType

        if control.replyTo is None or (control.mRID, status) in self._responded:
            return
        body = Response(createdDateTime=int(now), endDeviceLFDI=self.lfdi, status=ResponseType(status), subject=control.mRID)
        try:
            async with session.post(self.settings.server_url + control.replyTo, data=body.to_xml(skip_empty=True),
                                    headers={"Content-Type": SEP_XML}) as response:
                if response.status not in (200, 201, 204):
                    log.warning("CSIP Response %s for %s: HTTP %s", status, control.mRID, response.status)
                    return
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("CSIP Response %s for %s not delivered: %r", status, control.mRID, exc)
            return
        self._responded.add((control.mRID, status))

    # ---- polling -----------------------------------------------------------------------------

    async def _resources(self, session: aiohttp.ClientSession) -> tuple[list[_Event], Any]:
        from envoy_schema.server.schema.sep2.der import (
            DefaultDERControl, DERControlListResponse, DERProgramListResponse,
        )
        from envoy_schema.server.schema.sep2.device_capability import DeviceCapabilityResponse
        from envoy_schema.server.schema.sep2.end_device import EndDeviceListResponse
        from envoy_schema.server.schema.sep2.function_set_assignments import FunctionSetAssignmentsListResponse

        dcap = await self._get(session, self.settings.dcap_path, DeviceCapabilityResponse)
        if dcap.TimeLink is not None:
            from envoy_schema.server.schema.sep2.time import TimeResponse

            server_time = await self._get(session, dcap.TimeLink.href, TimeResponse)
            self.clock_offset_s = float(server_time.currentTime) - self.manager.clock.time()
        if dcap.EndDeviceListLink is None:
            raise CSIPError(f"{self.settings.dcap_path}: DeviceCapability without EndDeviceListLink")
        devices = await self._list(session, dcap.EndDeviceListLink.href, EndDeviceListResponse, "EndDevice")
        device = next((d for d in devices if (d.lFDI or "").upper() == self.lfdi), None)
        if device is None:
            raise CSIPError(f"no EndDevice with LFDI {self.lfdi} on the server: the utility has to register this station")
        events: list[_Event] = []
        default: tuple[int, Any] | None = None
        if device.FunctionSetAssignmentsListLink is None:
            return events, None
        for fsa in await self._list(session, device.FunctionSetAssignmentsListLink.href,
                                    FunctionSetAssignmentsListResponse, "FunctionSetAssignments"):
            if fsa.DERProgramListLink is None:
                continue
            for program in await self._list(session, fsa.DERProgramListLink.href, DERProgramListResponse, "DERProgram"):
                if program.DERControlListLink is not None:
                    for control in await self._list(session, program.DERControlListLink.href, DERControlListResponse, "DERControl"):
                        events.append(_Event(control, int(program.primacy)))
                if program.DefaultDERControlLink is not None and (default is None or program.primacy < default[0]):
                    try:
                        default = (int(program.primacy), await self._get(session, program.DefaultDERControlLink.href, DefaultDERControl))
                    except CSIPNotFound:
                        pass
        return events, default[1] if default else None

    async def poll_once(self, session: aiohttp.ClientSession) -> None:
        events, default = await self._resources(session)
        local_now = self.manager.clock.time()
        now = local_now + self.clock_offset_s  # the server's time: every control time is in it
        controls: dict[str, DERControl] = {}
        for event in sorted(events, key=lambda e: e.primacy):
            control, mrid = event.control, event.control.mRID
            required = int(control.responseRequired or "0", 16)
            status, end = control.EventStatus_.currentStatus, control.interval.start + control.interval.duration
            if required & 0x01:
                await self._respond(session, control, EVENT_RECEIVED, now)
            if status in (CANCELLED, CANCELLED_WITH_RANDOMIZATION, SUPERSEDED):
                if required & 0x02:
                    await self._respond(session, control, EVENT_SUPERSEDED if status == SUPERSEDED else EVENT_CANCELLED, now)
                continue
            if now >= end:
                if required & 0x02:
                    await self._respond(session, control, EVENT_COMPLETED, now)
                continue
            try:
                controls.setdefault(mrid, DERControl.from_json({
                    "mRID": mrid, "primacy": event.primacy, "description": control.description or "",
                    "interval": {"start": round(control.interval.start - self.clock_offset_s),
                                 "duration": int(control.interval.duration)},
                    "DERControlBase": control_base(control.DERControlBase_, f"DERControl {mrid}"),
                }, f"DERControl {mrid}"))
            except GridDataError as exc:
                log.warning("CSIP: %s refused: %s", mrid, exc)
                if required:
                    await self._respond(session, control, REJECTED_INVALID_EVENT, now)
                continue
            if required & 0x02 and control.interval.start <= now:
                await self._respond(session, control, EVENT_STARTED, now)
        listed = {e.control.mRID for e in events}
        self._responded = {(m, status) for m, status in self._responded if m in listed}  # months of uptime
        default_base = control_base(default.DERControlBase_, "DefaultDERControl") if default is not None else None
        applied = (controls, default_base)
        if applied != self._applied:
            self.adapter.apply(list(controls.values()), default=default_base or None, now=local_now)
            self._applied = applied
            self._on_change()
        else:
            self.manager.heartbeat(self.adapter.source, local_now)
        self.polls += 1

    async def run(self) -> None:
        """Poll until cancelled; errors are logged and the source then misses its heartbeat."""
        timeout = aiohttp.ClientTimeout(total=self.settings.request_timeout_s)
        connector = aiohttp.TCPConnector(ssl=client_ssl_context(self.settings))
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            while True:
                started = time.monotonic()
                try:
                    await self.poll_once(session)
                except (CSIPError, GridDataError) as exc:
                    log.warning("CSIP poll of %s failed: %s", self.settings.server_url, exc)
                await asyncio.sleep(max(0.0, self.settings.poll_interval_s - (time.monotonic() - started)))


__all__ = ["CSIPClient", "CSIPError", "client_ssl_context", "control_base", "lfdi"]
