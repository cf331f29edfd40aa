"""The SECC as an OCPP charging station: 15118 sessions become OCPP transactions and authorizations.

    station = OCPPStation(ocpp_config)                       # link + durable outbox
    server = SECCServer(config, station.controllers(factory), pnc=station.pnc_authorizer(local_pnc), ...)
    await station.start()

Every V2G session takes the lowest free EVSE and is one OCPP transaction (started when the session
starts, ended with a stoppedReason from its end), with Authorized, ChargingStateChanged and periodic meter
values in between. EIM tokens come from a card reader (`present_id_token`), RequestStartTransaction or
the configured `eim_id_token`; PnC contracts go to the CSMS with their eMAID and
iso15118CertificateHashData, and the CSMS's verdict is the AuthorizationRes code.
"""
from __future__ import annotations

import asyncio
import base64
import logging
import math
import time
import uuid
from dataclasses import dataclass
from typing import Any, Callable

from cryptography.x509 import ocsp
from ocpp.charge_point import camel_to_snake_case
from ocpp.messages import Call, _validate_payload
from ocpp.v21.datatypes import ChargingProfileType

from iso15118.messages.common_types import responseCodeType as RC
from iso15118.security.certificates import RevocationData, load_der_chain
from iso15118.security.pnc import authorization_outcome
from secc.authorization import ContractAuthorizer, OCPPCertificateBackend, PnCResult
from secc.controller import (
    ACLimits,
    AuthorizationRequest,
    AuthorizationStatus,
    DCLimits,
    ControlMode,
    DCMeasurement,
    EVChargeNeeds,
    EVPowerProfile,
    EVSEController,
    EVSEFault,
    IsolationStatus,
    MeterReading,
    MobilityNeeds,
    ScheduleOffer,
    SessionHandle,
    SessionInfo,
    SetpointRequest,
)
from secc.grid import GridDataError, GridLimitManager
from secc.grid.sources.ocpp import OCPPAdapter, OcppContext, parse_profile, watts
from secc.ocpp import mapping
from secc.ocpp.payloads import PayloadError, build
from secc.ocpp.certificates import InstalledCertificates, V2GCertificate
from secc.ocpp.config import OCPPConfig
from secc.ocpp.errors import CSMSError, OCPPUnavailable
from secc.ocpp.link import OCPPLink, now_iso
from secc.ocpp.store import TransactionStore

logger = logging.getLogger(__name__)


@dataclass
class EVSE:
    evse_id: int
    session: "OCPPSessionController | None" = None
    presented: dict[str, Any] | None = None  # idToken from a card reader, waiting for a session
    remote_start: dict[str, Any] | None = None  # idToken of RequestStartTransaction (authorized by the CSMS)
    remote_start_id: int | None = None

    @property
    def status(self) -> str:
        return "Occupied" if self.session is not None else "Available"


@dataclass
class PnCVerdict:
    id_token: dict[str, Any]


class OCPPStation:
    def __init__(self, config: OCPPConfig, *, grid: GridLimitManager | None = None) -> None:
        self.config = config
        self.grid = grid
        self.profiles = (OCPPAdapter(grid, OcppContext(voltage_v=config.voltage_v, phases=grid.config.ratings.phases))
                         if grid is not None else None)
        self.store = TransactionStore(config.queue_path)
        self.certificates = InstalledCertificates(config.certificate_dir)
        self.v2g_certificate: V2GCertificate | None = None  # see manage_v2g_certificate
        self.evses = {i: EVSE(i) for i in range(1, config.evses + 1)}
        self.link = OCPPLink(config, self.store, status=self.statuses)
        self.pnc_verdicts: dict[bytes, PnCVerdict] = {}  # session -> contract the CSMS accepted
        for action, handler in (("RequestStartTransaction", self._on_request_start),
                                ("RequestStopTransaction", self._on_request_stop),
                                ("TriggerMessage", self._on_trigger),
                                ("SetChargingProfile", self._on_set_profile),
                                ("ClearChargingProfile", self._on_clear_profile),
                                ("GetCompositeSchedule", self._on_composite),
                                ("InstallCertificate", self._on_install_certificate),
                                ("GetInstalledCertificateIds", self._on_installed_ids),
                                ("DeleteCertificate", self._on_delete_certificate),
                                ("CertificateSigned", self._on_certificate_signed)):
            self.link.on(action, handler)

    # --- lifecycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        """End what a power loss interrupted (offline Ended events), then connect."""
        for tx in self.store.open_transactions():
            logger.warning("transaction %s on EVSE %d was open at start-up: ending it (PowerLoss)",
                           tx.transaction_id, tx.evse_id)
            self._event("Ended", "AbnormalCondition", tx.transaction_id, tx.evse_id, offline=True,
                        transaction_info={"stoppedReason": "PowerLoss"})
        self.link.start()

    async def close(self, drain_s: float = 2.0) -> None:
        """Disconnect after the outbox is delivered (at most drain_s; the rest waits in sqlite)."""
        await self.link.close(drain_s)
        self.store.close()

    def statuses(self) -> list[tuple[int, str]]:
        return [(e.evse_id, e.status) for e in self.evses.values()]

    # --- what integrators call ----------------------------------------------------------------------
    def present_id_token(self, evse_id: int, id_token: str, token_type: str = "ISO14443") -> None:
        """A card (or app) was presented at this EVSE: the next EIM authorization uses it."""
        self.evses[evse_id].presented = {"idToken": id_token, "type": token_type}

    def controllers(self, factory: Callable[[], EVSEController]) -> Callable[[], EVSEController]:
        """Wrap the SECC's controller factory: every session's controller reports to the CSMS."""
        return lambda: OCPPSessionController(factory(), self)

    def pnc_authorizer(self, local: ContractAuthorizer) -> "OCPPContractAuthorizer":
        return OCPPContractAuthorizer(local, self)

    def manage_v2g_certificate(self, chain_path: str, key_path: str, reload: Callable[[], None]) -> None:
        """Let the CSMS renew the SECC's TLS credentials (TriggerMessage SignV2GCertificate -> SignCertificate
        -> CertificateSigned); `reload` makes the TLS server use the new files."""
        self.v2g_certificate = V2GCertificate(chain_path, key_path,
                                              lambda: self.certificates.roots("V2GRootCertificate"), reload)

    async def sign_v2g_certificate(self) -> str:
        """SignCertificate with a CSR for a fresh key; the certificate follows in CertificateSigned."""
        if self.v2g_certificate is None:
            raise RuntimeError("no V2G certificate to renew (manage_v2g_certificate)")
        answer = await self.link.call("SignCertificate", csr=self.v2g_certificate.csr(), certificate_type="V2GCertificate")
        return str(_value(answer.status))

    # --- transactions -------------------------------------------------------------------------------
    def _event(self, event_type: str, trigger: str, transaction_id: str, evse_id: int, *, offline: bool | None = None,
               transaction_info: dict[str, Any] | None = None, id_token: dict[str, Any] | None = None,
               meter_values: list[dict[str, Any]] | None = None, **extra: Any) -> None:
        """Queue one TransactionEvent durably (validated by the library now, delivered in order later)."""
        payload: dict[str, Any] = {
            "eventType": event_type, "timestamp": now_iso(), "triggerReason": trigger, "seqNo": 0,
            "transactionInfo": {"transactionId": transaction_id, **(transaction_info or {})},
            "evse": {"id": evse_id, "connectorId": 1}, **extra,
        }
        if offline if offline is not None else not self.link.connected.is_set():
            payload["offline"] = True
        if id_token is not None:
            payload["idToken"] = id_token
        if meter_values:
            payload["meterValue"] = [{"timestamp": now_iso(), "sampledValue": meter_values}]
        _validate_payload(Call(unique_id="0", action="TransactionEvent", payload=payload), "2.0.1")
        self.store.transaction_event(payload, evse_id)
        self.link.wake_outbox()

    def take_evse(self, session: "OCPPSessionController") -> EVSE:
        free = [e for e in self.evses.values() if e.session is None]
        if not free:
            raise EVSEFault("every EVSE of this station is in use")
        evse = min(free, key=lambda e: (e.remote_start is None and e.presented is None, e.evse_id))
        evse.session = session
        self._status(evse)
        return evse

    def release_evse(self, evse: EVSE) -> None:
        evse.session = None
        self._status(evse)

    def _status(self, evse: EVSE) -> None:
        if self.link.connected.is_set():
            asyncio.ensure_future(self._send_status(evse.evse_id, evse.status))

    async def _send_status(self, evse_id: int, status: str) -> None:
        try:
            await self.link.call("StatusNotification", timestamp=now_iso(), connector_status=status,
                                 evse_id=evse_id, connector_id=1)
        except (OCPPUnavailable, CSMSError) as exc:
            logger.info("StatusNotification EVSE %d %s not sent (%s): it goes with the next connection", evse_id,
                        status, exc)

    # --- calls from the CSMS ---------------------------------------------------------------------------
    async def _on_request_start(self, result: Any, id_token: dict[str, Any], remote_start_id: int,
                                evse_id: int | None = None, **_: Any) -> Any:
        free = [e for e in self.evses.values() if e.session is None and e.remote_start is None]
        evse = self.evses.get(evse_id) if evse_id is not None else (free[0] if free else None)
        if evse is None or evse not in free:
            return result.RequestStartTransaction(status="Rejected")
        evse.remote_start = {"idToken": id_token["id_token"], "type": id_token["type"]}
        evse.remote_start_id = remote_start_id
        return result.RequestStartTransaction(status="Accepted")

    async def _on_request_stop(self, result: Any, transaction_id: str, **_: Any) -> Any:
        for evse in self.evses.values():
            if evse.session is not None and evse.session.transaction_id == transaction_id:
                evse.session.remote_stop()
                return result.RequestStopTransaction(status="Accepted")
        return result.RequestStopTransaction(status="Rejected")

    async def _on_trigger(self, result: Any, requested_message: str, evse: dict[str, Any] | None = None, **_: Any) -> Any:
        evse_id = evse.get("id") if evse else None
        if requested_message == "StatusNotification":
            targets = [self.evses[evse_id]] if evse_id in self.evses else list(self.evses.values())
            for target in targets:
                self._status(target)
        elif requested_message == "Heartbeat":
            asyncio.ensure_future(self._quiet(self.link.call("Heartbeat")))
        elif requested_message in ("SignV2GCertificate", "SignV2G20Certificate"):
            if self.v2g_certificate is None:  # no TLS credentials this station manages
                return result.TriggerMessage(status="Rejected")
            asyncio.ensure_future(self._quiet(self.sign_v2g_certificate()))
        elif requested_message == "BootNotification":
            asyncio.ensure_future(self._quiet(self.link.call(
                "BootNotification", charging_station=self.link.charging_station(), reason="Triggered")))
        elif requested_message in ("TransactionEvent", "MeterValues"):
            sessions = [e.session for e in self.evses.values() if e.session is not None
                        and (evse_id is None or e.evse_id == evse_id)]
            for session in sessions:
                send = session.sample("Trigger", "Trigger") if requested_message == "TransactionEvent" else session.meter_values()
                asyncio.ensure_future(self._quiet(send))
        else:
            return result.TriggerMessage(status="NotImplemented")
        return result.TriggerMessage(status="Accepted")

    async def _on_set_profile(self, result: Any, evse_id: int, charging_profile: dict[str, Any], **_: Any) -> Any:
        if self.profiles is None:
            return result.SetChargingProfile(status="Rejected", status_info={"reason_code": "NoGridManager"})
        if evse_id != 0 and evse_id not in self.evses:
            return result.SetChargingProfile(status="Rejected", status_info={"reason_code": "UnknownEvse"})
        try:
            profile = parse_profile(build(ChargingProfileType, charging_profile, "chargingProfile"))
        except (GridDataError, PayloadError) as exc:
            logger.warning("SetChargingProfile refused: %s", exc)
            return result.SetChargingProfile(status="Rejected",
                                             status_info={"reason_code": "InvalidSchedule", "additional_info": str(exc)[:512]})
        tx = profile.transaction_id
        if profile.charging_profile_purpose.value == "TxProfile" and not any(
                e.session is not None and e.session.transaction_id == tx for e in self.evses.values()):
            return result.SetChargingProfile(status="Rejected", status_info={"reason_code": "TxNotFound"})
        self.profiles.set_charging_profile(profile)
        self._profiles_changed()
        return result.SetChargingProfile(status="Accepted")

    async def _on_clear_profile(self, result: Any, charging_profile_id: int | None = None,
                                charging_profile_criteria: dict[str, Any] | None = None, **_: Any) -> Any:
        criteria = charging_profile_criteria or {}
        cleared = self.profiles is not None and self.profiles.clear_charging_profile(
            charging_profile_id, purpose=criteria.get("charging_profile_purpose"), stack_level=criteria.get("stack_level"))
        if cleared:
            self._profiles_changed()
        return result.ClearChargingProfile(status="Accepted" if cleared else "Unknown")

    async def _on_composite(self, result: Any, duration: int, evse_id: int, charging_rate_unit: str | None = None,
                            **_: Any) -> Any:
        if self.profiles is None or self.grid is None or (evse_id != 0 and evse_id not in self.evses):
            return result.GetCompositeSchedule(status="Rejected")
        ratings = self.grid.config.ratings
        unit = _value(charging_rate_unit) or "W"
        per_unit = self.config.voltage_v * ratings.phases if unit == "A" else 1.0  # W per requested unit
        steps = self.profiles.composite(time.time(), duration)
        periods = []
        for offset, import_w, export_w in steps or [(0.0, None, None)]:
            period: dict[str, Any] = {"start_period": int(offset),
                                      "limit": round((import_w if import_w is not None else ratings.import_w) / per_unit, 1)}
            if self.link.version == "ocpp2.1":
                period["discharge_limit"] = -round((export_w if export_w is not None else ratings.export_w) / per_unit, 1)
            periods.append(period)
        schedule = {"evse_id": evse_id, "duration": duration, "schedule_start": now_iso(), "charging_rate_unit": unit,
                    "charging_schedule_period": periods}
        return result.GetCompositeSchedule(status="Accepted", schedule=schedule)

    async def _on_install_certificate(self, result: Any, certificate_type: str, certificate: str, **_: Any) -> Any:
        return result.InstallCertificate(status=self.certificates.install(_value(certificate_type), certificate))

    async def _on_installed_ids(self, result: Any, certificate_type: list[str] | None = None, **_: Any) -> Any:
        chain = self.certificates.ids([_value(t) for t in certificate_type] if certificate_type else None)
        if not chain:
            return result.GetInstalledCertificateIds(status="NotFound")
        return result.GetInstalledCertificateIds(status="Accepted", certificate_hash_data_chain=chain)

    async def _on_delete_certificate(self, result: Any, certificate_hash_data: dict[str, Any], **_: Any) -> Any:
        return result.DeleteCertificate(status=self.certificates.delete(certificate_hash_data))

    async def _on_certificate_signed(self, result: Any, certificate_chain: str, certificate_type: str | None = None,
                                     **_: Any) -> Any:
        if _value(certificate_type) != "V2GCertificate" or self.v2g_certificate is None:
            return result.CertificateSigned(status="Rejected")
        return result.CertificateSigned(status=self.v2g_certificate.signed(certificate_chain))

    def _profiles_changed(self) -> None:
        """Scheduled sessions get new schedules (ScheduleRenegotiation); Dynamic ones read the new limits
        from the grid manager in their next ChargeLoopRes."""
        for evse in self.evses.values():
            if evse.session is not None:
                evse.session.profiles_changed()

    @staticmethod
    async def _quiet(coro: Any) -> None:
        try:
            await coro
        except OCPPUnavailable as exc:
            logger.info("%s", exc)
        except CSMSError as exc:
            logger.warning("%s", exc)


class OCPPContractAuthorizer:
    """PnC through the CSMS: our own check of signature and chain first (only we know the GenChallenge),
    then Authorize with the eMAID and the chain's iso15118CertificateHashData; the CSMS's answer is the
    ResponseCode. Without an answer within authorize_timeout_s, offline_authorization decides."""

    def __init__(self, local: ContractAuthorizer, station: OCPPStation) -> None:
        self.local = local
        self.station = station
        self.supported_providers = local.supported_providers
        if local.installation is None:
            local.installation = OCPPCertificateBackend(station.link)

    @property
    def installs_certificates(self) -> bool:
        return True

    @property
    def mo_roots(self) -> list[Any]:
        return [*self.local.mo_roots, *self.station.certificates.roots("MORootCertificate")]

    @property
    def installation(self) -> Any:
        return self.local.installation

    async def install_certificate(self, request: Any, info: SessionInfo) -> Any:
        return await self.local.install_certificate(request, info)

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        mode = request.PnC_AReqAuthorizationMode
        element = mode.ContractCertificateChain
        subs = element.SubCertificates.Certificate if element.SubCertificates is not None else []
        try:
            chain = load_der_chain(element.Certificate, subs)
        except ValueError as exc:
            return PnCResult(RC.WARNING_CertificateValidationError, None, f"contract chain unreadable: {exc}")
        roots = self.mo_roots
        hash_data = mapping.certificate_hash_data(chain, roots)
        deadline = time.monotonic() + self.station.config.authorize_timeout_s
        fetched = await self._ocsp(hash_data, deadline)
        base = self.local.revocation()
        revocation = RevocationData(crls=base.crls, ocsp_responses=[*base.ocsp_responses, *fetched],
                                    require_status=base.require_status)
        code, emaid, error = authorization_outcome(request, gen_challenge=gen_challenge, trust_anchors=roots,
                                                   revocation=revocation, policy=self.local.policy)
        if error is not None or emaid is None:
            return PnCResult(code, None, str(error))
        id_token = {"idToken": emaid, "type": "eMAID"}
        try:
            answer = await self.station.link.call(
                "Authorize", timeout=max(deadline - time.monotonic(), 0.01),
                id_token={"id_token": emaid, "type": "eMAID"},
                iso15118_certificate_hash_data=[_snake(h) for h in hash_data])
        except (OCPPUnavailable, CSMSError) as exc:
            if self.station.config.offline_authorization == "local":
                logger.warning("PnC %s: CSMS did not decide (%s), our own verification does", emaid, exc)
                self.station.pnc_verdicts[info.session_id] = PnCVerdict(id_token)
                return PnCResult(code, emaid)
            return PnCResult(RC.WARNING_GeneralPnCAuthorizationError, None, f"CSMS unreachable: {exc}")
        status = _value(answer.id_token_info["status"])
        result = mapping.pnc_response_code(status, _value(answer.certificate_status), code)
        if not result.value.startswith("OK"):
            return PnCResult(result, None, f"CSMS: idToken {status}, certificate {_value(answer.certificate_status)}")
        self.station.pnc_verdicts[info.session_id] = PnCVerdict(id_token)
        return PnCResult(result, emaid)

    async def _ocsp(self, hash_data: list[dict[str, Any]], deadline: float) -> list[Any]:
        """GetCertificateStatus for each certificate of the chain (OCSP through the CSMS)."""
        responses: list[ocsp.OCSPResponse] = []
        for item in hash_data:
            try:
                answer = await self.station.link.call("GetCertificateStatus", timeout=max(deadline - time.monotonic(), 0.01),
                                                      ocsp_request_data=_snake(item))
            except (OCPPUnavailable, CSMSError) as exc:
                logger.info("GetCertificateStatus: %s", exc)
                return responses
            if _value(answer.status) == "Accepted" and answer.ocsp_result:
                try:
                    responses.append(ocsp.load_der_ocsp_response(base64.b64decode(answer.ocsp_result)))
                except ValueError as exc:
                    logger.warning("CSMS sent an unreadable OCSP response: %s", exc)
        return responses


def _snake(value: dict[str, Any]) -> dict[str, Any]:
    """camelCase JSON as the library's keyword arguments."""
    return camel_to_snake_case(value)  # type: ignore[no-any-return]


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


class OCPPSessionController(EVSEController):
    """The integrator's controller for one session, with the session reported to the CSMS as a transaction."""

    def __init__(self, inner: EVSEController, station: OCPPStation) -> None:
        self.inner = inner
        self.station = station
        self.evse: EVSE | None = None
        self.transaction_id = uuid.uuid4().hex
        self.id_token: dict[str, Any] | None = None
        self.charging = False
        self.soc: int | None = None
        self.power_w: float | None = None
        self._remote_stop = False
        self._handle: SessionHandle | None = None
        self._auth: asyncio.Future[Any] | None = None
        self._meter_task: asyncio.Task[None] | None = None
        self._scheduled = False  # Scheduled control mode: profiles become the offered schedules
        self._dc: bool | None = None  # which limits the SECC asked for: the session's energy transfer

    def _tx(self, event_type: str, trigger: str, **kw: Any) -> None:
        assert self.evse is not None
        self.station._event(event_type, trigger, self.transaction_id, self.evse.evse_id, **kw)

    async def _meter(self, context: str) -> list[dict[str, Any]]:
        reading = await self.inner.meter_reading()
        return mapping.sampled_values(reading, self.power_w, self.soc, context)

    async def sample(self, trigger: str, context: str) -> None:
        self._tx("Updated", trigger, meter_values=await self._meter(context))

    async def meter_values(self) -> None:
        """A triggered MeterValues message (not part of the transaction's durable record)."""
        assert self.evse is not None
        values = await self._meter("Trigger")
        await self.station.link.call("MeterValues", evse_id=self.evse.evse_id,
                                     meter_value=[{"timestamp": now_iso(), "sampled_value": [_snake(v) for v in values]}])

    async def _periodic(self) -> None:
        while True:
            await asyncio.sleep(self.station.config.meter_interval_s)
            try:
                await self.sample("MeterValuePeriodic", "Sample.Periodic")
            except Exception:
                logger.exception("periodic meter values")

    def remote_stop(self) -> None:
        from secc.controller import EVSENotification

        self._remote_stop = True
        if self._handle is not None:
            self._handle.notify(EVSENotification.Terminate)

    # --- session lifecycle ----------------------------------------------------------------------
    async def session_started(self, info: SessionInfo, handle: SessionHandle) -> None:
        self._handle = handle
        self.evse = self.station.take_evse(self)
        remote = self.evse.remote_start
        self._tx("Started", "RemoteStart" if remote else "CablePluggedIn",
                 transaction_info={"chargingState": "EVConnected",
                                   **({"remoteStartId": self.evse.remote_start_id} if remote else {})},
                 meter_values=await self._meter("Transaction.Begin"))
        self._meter_task = asyncio.ensure_future(self._periodic())
        if self.station.profiles is not None:
            self.station.profiles.transaction_started(self.transaction_id)
        await self.inner.session_started(info, handle)

    async def session_ended(self, info: SessionInfo, reason: str) -> None:
        if self._meter_task is not None:
            self._meter_task.cancel()
        if self.evse is not None:
            try:
                values = await self._meter("Transaction.End")
            except Exception:
                logger.exception("final meter reading")
                values = []
            stopped = mapping.stopped_reason(reason, remote_stop=self._remote_stop, authorized=self.id_token is not None)
            self._tx("Ended", mapping.ENDED_TRIGGERS.get(stopped, "AbnormalCondition"), transaction_info={"stoppedReason": stopped, "chargingState": "Idle"}, meter_values=values)
            self.station.pnc_verdicts.pop(info.session_id, None)
            if self.station.profiles is not None and self.station.profiles.context.transaction_id == self.transaction_id:
                self.station.profiles.transaction_ended()
            self.station.release_evse(self.evse)
        await self.inner.session_ended(info, reason)

    # --- authorization ----------------------------------------------------------------------------
    async def authorize(self, info: SessionInfo, request: AuthorizationRequest) -> AuthorizationStatus:
        if self.id_token is None:
            status = self._pnc(info) if request.method == "PnC" else await self._eim()
            if status is not AuthorizationStatus.ACCEPTED:
                return status
        return await self.inner.authorize(info, request)

    def _pnc(self, info: SessionInfo) -> AuthorizationStatus:
        verdict = self.station.pnc_verdicts.pop(info.session_id, None)
        if verdict is None:  # only the OCPP PnC authorizer hands contracts over
            return AuthorizationStatus.REJECTED
        self._authorized(verdict.id_token, "Authorized")
        return AuthorizationStatus.ACCEPTED

    async def _eim(self) -> AuthorizationStatus:
        assert self.evse is not None
        remote = self.evse.remote_start
        if remote is not None:  # the CSMS itself sent this idToken
            self.evse.remote_start = None
            self._authorized(remote, "RemoteStart")
            return AuthorizationStatus.ACCEPTED
        if self._auth is None:
            token: dict[str, Any] | None = self.evse.presented
            cfg = self.station.config
            if token is None and cfg.eim_id_token:
                token = {"idToken": cfg.eim_id_token, "type": cfg.eim_id_token_type}
            if token is None:
                return AuthorizationStatus.ONGOING_WAITING_FOR_CUSTOMER
            self.evse.presented = None
            self._auth = asyncio.ensure_future(self._authorize_token(token))
        # a CSMS that answers within the budget saves the EV a round of EVSEProcessing=Ongoing
        await asyncio.wait({self._auth}, timeout=self.station.config.authorize_timeout_s)
        if not self._auth.done():
            return AuthorizationStatus.ONGOING
        task, self._auth = self._auth, None
        token, accepted = task.result()
        if not accepted:
            return AuthorizationStatus.REJECTED
        self._authorized(token, "Authorized")
        return AuthorizationStatus.ACCEPTED

    async def _authorize_token(self, token: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        try:
            answer = await self.station.link.call("Authorize", id_token={"id_token": token["idToken"], "type": token["type"]})
        except (OCPPUnavailable, CSMSError) as exc:
            local = self.station.config.offline_authorization == "local"
            logger.warning("Authorize %s: %s; offline policy %s", token["idToken"], exc, "accepts" if local else "rejects")
            return token, local
        status = _value(answer.id_token_info["status"])
        if status != "Accepted":
            logger.info("CSMS refused idToken %s: %s", token["idToken"], status)
        return token, status == "Accepted"

    def _authorized(self, token: dict[str, Any], trigger: str) -> None:
        self.id_token = token
        self._tx("Updated", trigger, id_token=token)

    # --- energy transfer --------------------------------------------------------------------------
    async def close_contactors(self) -> None:
        await self.inner.close_contactors()
        if not self.charging:
            self.charging = True
            self._tx("Updated", "ChargingStateChanged", transaction_info={"chargingState": "Charging"})

    async def power_off(self) -> None:
        await self.inner.power_off()
        if self.charging:
            self.charging = False
            self.power_w = 0.0
            self._tx("Updated", "ChargingStateChanged", transaction_info={"chargingState": "EVConnected"})

    async def dynamic_setpoint(self, request: SetpointRequest) -> float:
        """The integrator's setpoint unless an OCPP 2.1 operation mode decides it (CentralSetpoint,
        ExternalSetpoint: the profile's setpoint; Idle: 0; ChargingOnly: never discharge). The SECC clamps
        the answer to every limit, the profiles' limits included."""
        if request.present_soc is not None:
            self.soc = request.present_soc
        wanted = await self.inner.dynamic_setpoint(request)
        profiles = self.station.profiles
        if profiles is None:
            return wanted
        for limit in profiles.active(time.time()):
            mode = _value(limit.period.operation_mode)
            unit = limit.profile.charging_schedule[0].charging_rate_unit
            if mode in ("CentralSetpoint", "ExternalSetpoint") and limit.period.setpoint is not None:
                return watts(limit.period.setpoint, limit.period, unit, profiles.context)[0]
            if mode == "Idle":
                return 0.0
            if mode == "ChargingOnly":
                return max(wanted, 0.0)
        return wanted

    def profiles_changed(self) -> None:
        from secc.controller import EVSENotification

        if self._scheduled and self.charging and self._handle is not None:
            self._handle.notify(EVSENotification.ScheduleRenegotiation)

    async def ev_charge_needs(self, info: SessionInfo, needs: EVChargeNeeds) -> None:
        """NotifyEVChargingNeeds in the background (the 15118 answer never waits for the CSMS)."""
        self._scheduled = needs.control_mode is ControlMode.Scheduled
        if self.evse is not None and self.station.link.connected.is_set():
            payload = mapping.charging_needs(self.station.link.version, bool(self._dc), needs, self.station.config.voltage_v)
            asyncio.ensure_future(self.station._quiet(self.station.link.call(
                "NotifyEVChargingNeeds", evse_id=self.evse.evse_id, charging_needs=payload)))
        await self.inner.ev_charge_needs(info, needs)

    async def ev_power_profile(self, info: SessionInfo, profile: EVPowerProfile) -> None:
        """NotifyEVChargingSchedule in the background; then the integrator's hook."""
        if self.evse is not None and self.station.link.connected.is_set() and profile.entries:
            fields = mapping.ev_charging_schedule(self.station.link.version, profile)
            asyncio.ensure_future(self.station._quiet(self.station.link.call(
                "NotifyEVChargingSchedule", evse_id=self.evse.evse_id, **fields)))
        await self.inner.ev_power_profile(info, profile)

    async def schedule_offers(self, info: SessionInfo, departure_time_s: int | None) -> list[ScheduleOffer] | None:
        """Scheduled mode: the composite of the OCPP profiles over the EV's time to departure, else the
        integrator's offers."""
        profiles = self.station.profiles
        duration = departure_time_s or 86400
        steps = profiles.composite(time.time(), duration) if profiles is not None else []
        if not steps:
            return await self.inner.schedule_offers(info, departure_time_s)
        ends = [offset for offset, _, _ in steps[1:]] + [float(duration)]
        charge = tuple((int(end - offset), imp if imp is not None else math.inf)
                       for (offset, imp, _), end in zip(steps, ends) if end > offset)
        discharge = tuple((int(end - offset), exp if exp is not None else math.inf)
                          for (offset, _, exp), end in zip(steps, ends) if end > offset)
        return [ScheduleOffer(charge=charge, discharge=discharge)]

    async def present_dc(self) -> DCMeasurement:
        present = await self.inner.present_dc()
        self.power_w = present.voltage_v * present.current_a
        return present

    async def present_ac_power(self) -> float:
        self.power_w = await self.inner.present_ac_power()
        return self.power_w

    # --- plain delegation ---------------------------------------------------------------------------
    async def ac_limits(self) -> ACLimits:
        self._dc = False
        return await self.inner.ac_limits()

    async def dc_limits(self) -> DCLimits:
        self._dc = True
        return await self.inner.dc_limits()

    async def start_cable_check(self, voltage_v: float) -> None:
        await self.inner.start_cable_check(voltage_v)

    async def isolation_status(self) -> IsolationStatus:
        return await self.inner.isolation_status()

    async def set_dc_output(self, voltage_v: float, current_a: float) -> None:
        await self.inner.set_dc_output(voltage_v, current_a)

    async def set_ac_power(self, active_power_w: float) -> None:
        await self.inner.set_ac_power(active_power_w)

    async def apply_power_limits(self, import_limit_w: float, export_limit_w: float) -> None:
        await self.inner.apply_power_limits(import_limit_w, export_limit_w)

    async def meter_reading(self) -> MeterReading:
        return await self.inner.meter_reading()

    async def metering_confirmed(self, info: SessionInfo, signed_metering_data: Any) -> None:
        await self.inner.metering_confirmed(info, signed_metering_data)

    async def mobility_needs(self, info: SessionInfo) -> MobilityNeeds | None:
        return await self.inner.mobility_needs(info)
