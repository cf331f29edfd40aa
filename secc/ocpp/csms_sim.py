"""A CSMS simulator for labs and tests, on the same `ocpp` package as the station.

It accepts OCPP 2.0.1 and 2.1 stations (security profiles 1-3), logs every message, answers Authorize
from a table of idToken/contract decisions, issues contracts for Get15118EVCertificate through a toolkit
PKI (secc.authorization.LocalCPS), pushes charging profiles (by call or on a script) and goes offline
on command (the listening socket and every connection close; `online()` listens again on the same port).

    python -m secc.ocpp.csms_sim --port 9000 [--pki DIR] [--script profiles.json]

In the CLI, SIGUSR1 takes the CSMS offline and SIGUSR2 brings it back (kill -USR1 <pid>).
"""
from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import json
import logging
import signal
import ssl
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509
from ocpp.charge_point import camel_to_snake_case
from ocpp.exceptions import InternalError
from ocpp.routing import after, on
from ocpp.v21 import ChargePoint as CP21
from ocpp.v201 import ChargePoint as CP201
from websockets.asyncio.server import Server, ServerConnection, basic_auth, serve


logger = logging.getLogger(__name__)
SUBPROTOCOLS = {"2.1": "ocpp2.1", "2.0.1": "ocpp2.0.1"}


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Logged:
    at: float
    station: str
    direction: str  # "->" CSMS to station, "<-" station to CSMS
    frame: list[Any]  # the OCPP-J message: [2, id, action, payload] / [3, id, payload] / [4, ...]

    @property
    def action(self) -> str | None:
        return self.frame[2] if self.frame[0] == 2 else None

    @property
    def payload(self) -> Any:
        return self.frame[3] if self.frame[0] == 2 else self.frame[2]


@dataclass
class Policy:
    """How the simulated CSMS decides."""

    id_tokens: dict[str, str] = field(default_factory=dict)  # idToken -> AuthorizationStatus (default Accepted)
    certificate_status: str | None = None  # PnC Authorize certificateStatus (None: Accepted)
    boot_status: str = "Accepted"
    heartbeat_interval_s: int = 300
    passwords: dict[str, str] = field(default_factory=dict)  # station -> Basic password (profiles 1/2)
    refuse_transaction_events: int = 0  # answer this many TransactionEvents with CALLERROR InternalError


class _Handlers:
    """Answers to the station's calls (shared by both versions; `self._call_result` is the version's)."""

    sim: "CSMSSimulator"
    id: str
    _call: Any  # the version's modules and call(), from the ocpp ChargePoint this is mixed into
    _call_result: Any
    call: Any

    @on("BootNotification")
    async def boot(self, **_: Any) -> Any:
        return self._call_result.BootNotification(current_time=now_iso(), interval=self.sim.policy.heartbeat_interval_s,
                                                  status=self.sim.policy.boot_status)

    @on("Heartbeat")
    async def heartbeat(self, **_: Any) -> Any:
        return self._call_result.Heartbeat(current_time=now_iso())

    @on("StatusNotification")
    async def status(self, **_: Any) -> Any:
        return self._call_result.StatusNotification()

    @on("Authorize")
    async def authorize(self, id_token: dict[str, Any], **kw: Any) -> Any:
        status = self.sim.policy.id_tokens.get(id_token["id_token"], "Accepted")
        extra: dict[str, Any] = {}
        if kw.get("iso15118_certificate_hash_data") or kw.get("certificate"):
            extra["certificate_status"] = self.sim.policy.certificate_status or "Accepted"
        return self._call_result.Authorize(id_token_info={"status": status}, **extra)

    @on("TransactionEvent")
    async def transaction_event(self, **payload: Any) -> Any:
        if self.sim.policy.refuse_transaction_events > 0:  # a CSMS that errs: the station must not lose the event
            self.sim.policy.refuse_transaction_events -= 1
            raise InternalError(details={"cause": "simulated CSMS failure"})
        return self._call_result.TransactionEvent()

    @on("MeterValues")
    async def meter_values(self, **_: Any) -> Any:
        return self._call_result.MeterValues()

    @on("NotifyEVChargingNeeds")
    async def charging_needs(self, **_: Any) -> Any:
        return self._call_result.NotifyEVChargingNeeds(status="Accepted")

    @on("NotifyEVChargingSchedule")
    async def charging_schedule(self, **_: Any) -> Any:
        return self._call_result.NotifyEVChargingSchedule(status="Accepted")

    @on("Get15118EVCertificate")
    async def ev_certificate(self, exi_request: str, **_: Any) -> Any:
        if self.sim.cps is None:
            return self._call_result.Get15118EVCertificate(status="Failed", exi_response="",
                                                           status_info={"reason_code": "NoCPS"})
        from iso15118 import exi
        from iso15118.messages import COMMON_MESSAGES

        request = exi.decode(base64.b64decode(exi_request), COMMON_MESSAGES)
        response = await self.sim.cps.certificate_installation(request, None)
        return self._call_result.Get15118EVCertificate(
            status="Accepted", exi_response=base64.b64encode(exi.encode(response)).decode())

    @on("GetCertificateStatus")
    async def certificate_status(self, ocsp_request_data: dict[str, Any], **_: Any) -> Any:
        der = self.sim.ocsp_responses.get(ocsp_request_data["serial_number"].lower().lstrip("0"))
        if der is None:
            return self._call_result.GetCertificateStatus(status="Failed")
        return self._call_result.GetCertificateStatus(status="Accepted", ocsp_result=base64.b64encode(der).decode())


    @on("SignCertificate")
    async def sign_certificate(self, csr: str, **_: Any) -> Any:
        self.sim.csrs.append(csr)
        return self._call_result.SignCertificate(status="Accepted" if self.sim.pki is not None else "Rejected")

    @after("SignCertificate")
    async def certificate_signed(self, csr: str, **_: Any) -> None:
        """The CPO's Sub-CA 2 of the toolkit PKI signs the SECC's CSR; CertificateSigned follows."""
        if self.sim.pki is None:
            return
        chain = self.sim.issue_secc_certificate(csr)
        try:
            answer = await self.call(self._call.CertificateSigned(certificate_chain=chain,
                                                                  certificate_type="V2GCertificate"), suppress=False)
            self.sim.certificate_signed.append(answer.status)
        except Exception as exc:
            logger.warning("CertificateSigned failed: %s", exc)


class CP201Sim(_Handlers, CP201):
    pass


class CP21Sim(_Handlers, CP21):
    pass


class _Logged:
    """The server connection as the ChargePoint sees it, logging every frame."""

    def __init__(self, ws: ServerConnection, sim: "CSMSSimulator", station: str) -> None:
        self.ws, self.sim, self.station = ws, sim, station

    async def recv(self) -> str:
        message = await self.ws.recv()
        text = message if isinstance(message, str) else message.decode()
        self.sim._log(self.station, "<-", text)
        return text

    async def send(self, message: str) -> None:
        self.sim._log(self.station, "->", message)
        await self.ws.send(message)


class CSMSSimulator:
    def __init__(self, *, versions: tuple[str, ...] = ("2.1", "2.0.1"), policy: Policy | None = None,
                 ssl_context: ssl.SSLContext | None = None, cps: Any = None, pki: Any = None,
                 echo: Callable[[str], None] | None = None) -> None:
        self.versions = versions
        self.policy = policy or Policy()
        self.ssl_context = ssl_context
        self.cps = cps  # CertificateInstallationBackend (e.g. LocalCPS) for Get15118EVCertificate
        self.pki = pki  # pki.testpki.TestPKI: its CPO Sub-CA 2 signs the SECC's CSRs
        self.csrs: list[str] = []
        self.certificate_signed: list[str] = []  # the station's answers to CertificateSigned
        self.ocsp_responses: dict[str, bytes] = {}  # serial (hex) -> DER OCSP response for GetCertificateStatus
        self.echo = echo  # one line per message (the CLI prints them)
        self.log: list[Logged] = []
        self.stations: dict[str, Any] = {}  # station id -> connected ChargePoint
        self.connected = asyncio.Condition()
        self.host, self.port = "127.0.0.1", 0
        self._server: Server | None = None

    # --- lifecycle ---------------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        process_request = None
        if self.policy.passwords:
            process_request = basic_auth(realm="ocpp", check_credentials=self._check_password)
        self._server = await serve(self._connection, host, port or self.port,
                                   subprotocols=[SUBPROTOCOLS[v] for v in self.versions],  # type: ignore[misc]
                                   ssl=self.ssl_context, process_request=process_request, ping_interval=None)
        self.port = self._server.sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return f"{'wss' if self.ssl_context else 'ws'}://{'localhost' if self.ssl_context else self.host}:{self.port}/ocpp"

    async def offline(self) -> None:
        """Close the listening socket and every connection (stations see the CSMS unreachable)."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self.stations.clear()

    async def online(self) -> None:
        await self.start(self.host, self.port)

    async def close(self) -> None:
        await self.offline()

    async def __aenter__(self) -> "CSMSSimulator":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _check_password(self, user: str, password: str) -> bool:
        return self.policy.passwords.get(user) == password

    async def _connection(self, ws: ServerConnection) -> None:
        station = ws.request.path.rstrip("/").rsplit("/", 1)[-1] if ws.request is not None else "?"
        if ws.subprotocol is None:
            await ws.close(1002, "no OCPP subprotocol")
            return
        ssl_object = ws.transport.get_extra_info("ssl_object")
        peer = ssl_object.getpeercert() if ssl_object is not None else None
        if peer:  # security profile 3: the certificate's CN must be the station id in the URL
            names = [v for rdn in peer.get("subject", ()) for k, v in rdn if k == "commonName"]
            if station not in names:
                logger.warning("station %s presented a certificate for %s: refused", station, names)
                await ws.close(1008, "certificate does not match the station id")
                return
        cls = CP21Sim if ws.subprotocol == "ocpp2.1" else CP201Sim
        cp = cls(station, _Logged(ws, self, station))
        cp.sim = self
        async with self.connected:
            self.stations[station] = cp
            self.connected.notify_all()
        try:
            await cp.start()
        except Exception as exc:  # connection closed
            logger.info("station %s disconnected: %s", station, exc)
        finally:
            if self.stations.get(station) is cp:
                del self.stations[station]

    def _log(self, station: str, direction: str, text: str) -> None:
        frame = json.loads(text)
        self.log.append(Logged(time.time(), station, direction, frame))
        if self.echo is not None:
            what = frame[2] if frame[0] == 2 else {3: "result", 4: "ERROR"}.get(frame[0], "?")
            self.echo(f"[csms] {station} {direction} {what} {json.dumps(frame[-1] if frame[0] != 4 else frame[2:])}")

    def issue_secc_certificate(self, csr_pem: str) -> str:
        """PEM chain (leaf, CPO Sub-CA 2, Sub-CA 1) for the CSR's key and subject common name."""
        from cryptography.hazmat.primitives.serialization import Encoding
        from cryptography.x509.oid import NameOID
        from pki.issue import issue
        from pki.profiles import Role

        request = x509.load_pem_x509_csr(csr_pem.encode())
        name = request.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
        issuer = self.pki[Role.CPO_SUBCA2]
        leaf = issue(Role.SECC, str(name), suite=issuer.suite, issuer=issuer, organization="CPO",
                     key=_CSRKey(request.public_key()))  # type: ignore[arg-type]
        chain = [leaf.certificate, issuer.certificate, self.pki[Role.CPO_SUBCA1].certificate]
        return b"".join(c.public_bytes(Encoding.PEM) for c in chain).decode()

    # --- what tests and labs ask -----------------------------------------------------------------------
    async def wait_station(self, station: str, timeout: float = 10.0) -> Any:
        async with asyncio.timeout(timeout):
            async with self.connected:
                await self.connected.wait_for(lambda: station in self.stations)
        return self.stations[station]

    def calls(self, action: str, station: str | None = None) -> list[dict[str, Any]]:
        """Payloads of the station's calls of `action`, in arrival order."""
        return [m.payload for m in self.log
                if m.direction == "<-" and m.action == action and (station is None or m.station == station)]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        async with asyncio.timeout(timeout):
            while not (result := predicate()):
                await asyncio.sleep(0.01)
        return result

    async def send(self, station: str, action: str, **payload: Any) -> Any:
        """One CSMS-initiated call (snake_case fields of the station's version); the typed result."""
        cp = self.stations[station]
        return await cp.call(getattr(cp._call, action)(**payload), suppress=False)

    async def set_charging_profile(self, station: str, evse_id: int, profile: dict[str, Any]) -> Any:
        """SetChargingProfile with a camelCase chargingProfile as OCPP writes it."""
        return await self.send(station, "SetChargingProfile", evse_id=evse_id,
                               charging_profile=camel_to_snake_case(profile))

    async def run_script(self, station: str, steps: list[dict[str, Any]]) -> None:
        """[{"after_s": 5, "evse_id": 1, "chargingProfile": {...}} | {"after_s": 9, "clear": 3}, ...]"""
        await self.wait_station(station, timeout=3600)
        for step in steps:
            await asyncio.sleep(float(step.get("after_s", 0)))
            try:
                if "clear" in step:
                    await self.send(station, "ClearChargingProfile", charging_profile_id=int(step["clear"]))
                else:
                    profile = json.loads(json.dumps(step["chargingProfile"]))
                    for schedule in profile.get("chargingSchedule", []):  # Absolute without a start: from now
                        if profile.get("chargingProfileKind") == "Absolute" and "startSchedule" not in schedule:
                            schedule["startSchedule"] = now_iso()
                    await self.set_charging_profile(station, int(step.get("evse_id", 0)), profile)
            except Exception as exc:
                logger.warning("script step %s failed: %s", step, exc)


class _CSRKey:
    """The requester's public key where the toolkit's issue() expects a key pair (it only reads the public half)."""

    def __init__(self, public_key: Any) -> None:
        self._public = public_key

    def public_key(self) -> Any:
        return self._public


def server_ssl_context(cert: str, key: str, client_ca: str | None) -> ssl.SSLContext:
    """TLS for profiles 2 (server auth) and 3 (client_ca: station certificates required)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    if client_ca:
        ctx.load_verify_locations(client_ca)
        ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


async def _main(args: argparse.Namespace) -> None:
    cps = pki = None
    if args.pki:
        from pki.testpki import load_pki
        from secc.authorization import LocalCPS

        cps, pki = LocalCPS(args.pki), load_pki(Path(args.pki))
    policy = Policy(passwords=dict(p.split(":", 1) for p in args.password or []))
    ctx = server_ssl_context(args.tls_cert, args.tls_key, args.client_ca) if args.tls_cert else None
    sim = CSMSSimulator(versions=tuple(args.versions), policy=policy, ssl_context=ctx, cps=cps, pki=pki,
                        echo=lambda line: print(line[:args.max_line] + ("..." if len(line) > args.max_line else "")
                                               if args.max_line else line, flush=True))
    await sim.start(args.host, args.port)
    print(f"CSMS simulator listening on {sim.url} (OCPP {', '.join(args.versions)})", flush=True)
    tasks: list[asyncio.Future[Any]] = []
    loop = asyncio.get_running_loop()

    def switch(online: bool) -> None:
        print(f"[csms] going {'online' if online else 'offline'}", flush=True)
        tasks.append(asyncio.ensure_future(sim.online() if online else sim.offline()))

    loop.add_signal_handler(signal.SIGUSR1, switch, False)
    loop.add_signal_handler(signal.SIGUSR2, switch, True)
    if args.script:
        steps = json.loads(Path(args.script).read_text())
        tasks.append(asyncio.ensure_future(sim.run_script(args.station, steps)))
    try:
        await asyncio.Event().wait()
    finally:
        for task in tasks:
            task.cancel()
        await sim.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m secc.ocpp.csms_sim", description="OCPP 2.0.1/2.1 CSMS simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9000)
    parser.add_argument("--versions", nargs="+", default=["2.1", "2.0.1"], choices=sorted(SUBPROTOCOLS))
    parser.add_argument("--pki", help="toolkit PKI directory (pki init): contracts for Get15118EVCertificate")
    parser.add_argument("--password", action="append", help="station:password for HTTP Basic (profiles 1/2)")
    parser.add_argument("--tls-cert"), parser.add_argument("--tls-key")
    parser.add_argument("--client-ca", help="require station certificates from this CA (profile 3)")
    parser.add_argument("--script", help="JSON list of charging-profile steps to push")
    parser.add_argument("--station", default="CS001", help="station the script pushes to")
    parser.add_argument("--max-line", type=int, default=0, help="shorten printed messages to this many characters")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        asyncio.run(_main(args))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
