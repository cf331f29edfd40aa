"""Real grid peers on loopback for tests and benchmarks: an IEEE 2030.5 server with TLS client
authentication (aiohttp, resources written by hand per the 2030.5 schema, not by our models), an
openleadr VTN, and the certificates they use (cryptography)."""
from __future__ import annotations

import asyncio
import datetime as dt
import socket
import ssl
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SEP = "urn:ieee:std:2030.5:ns"
CSIPAUS = "https://csipaus.org/ns"  # CSIP-AUS 1.1 servers use the bare namespace URI


@dataclass(frozen=True)
class TLSFiles:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path
    other_client_cert: Path  # signed by another CA: the server must refuse it
    other_client_key: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, issuer_key: ec.EllipticCurvePrivateKey,
          *, ca: bool, san: list[x509.GeneralName] | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName(san), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_tls_files(out: Path) -> TLSFiles:
    """A test CA, a server certificate for 127.0.0.1/localhost, a station client certificate (P-256,
    as 2030.5 requires) and a client certificate from a CA the server does not trust."""
    import ipaddress

    out.mkdir(parents=True, exist_ok=True)
    keys = {name: ec.generate_private_key(ec.SECP256R1()) for name in ("ca", "server", "client", "other_ca", "other")}
    ca = _cert("grid test CA", keys["ca"], "grid test CA", keys["ca"], ca=True)
    server = _cert("localhost", keys["server"], "grid test CA", keys["ca"], ca=False,
                   san=[x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    client = _cert("station-1", keys["client"], "grid test CA", keys["ca"], ca=False)
    other = _cert("intruder", keys["other"], "other CA", keys["other_ca"], ca=False)
    files: dict[str, Path] = {}
    for name, cert, key in (("ca", ca, None), ("server", server, keys["server"]), ("client", client, keys["client"]),
                            ("other", other, keys["other"])):
        files[f"{name}_cert"] = out / f"{name}.pem"
        files[f"{name}_cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        if key is not None:
            files[f"{name}_key"] = out / f"{name}.key.pem"
            files[f"{name}_key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                               serialization.NoEncryption()))
    return TLSFiles(files["ca_cert"], files["server_cert"], files["server_key"], files["client_cert"],
                    files["client_key"], files["other_cert"], files["other_key"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ---- IEEE 2030.5 ---------------------------------------------------------------------------------

def der_control(mrid: str, start: int, duration: int, base: str, *, status: int = 1, response_required: str = "03",
                description: str = "test control") -> str:
    """A DERControl element; `base` is the DERControlBase content (e.g. csip_import_limit(3000))."""
    return (f'<DERControl replyTo="/rsp" responseRequired="{response_required}"><mRID>{mrid}</mRID>'
            f"<description>{description}</description><creationTime>{start - 5}</creationTime>"
            f"<EventStatus><currentStatus>{status}</currentStatus><dateTime>{start - 5}</dateTime>"
            f"<potentiallySuperseded>false</potentiallySuperseded></EventStatus>"
            f"<interval><duration>{duration}</duration><start>{start}</start></interval>"
            f"<DERControlBase>{base}</DERControlBase></DERControl>")


def csip_limit(element: str, watts: int, multiplier: int = 0) -> str:
    """<csipaus:opModImpLimW> and friends (ActivePower: value x 10^multiplier W)."""
    return f"<csipaus:{element}><multiplier>{multiplier}</multiplier><value>{watts}</value></csipaus:{element}>"


@dataclass
class SEP2Server:
    """The resource tree of one utility server for one EndDevice (ours, by LFDI)."""

    tls: TLSFiles
    lfdi: str
    controls: list[str] = field(default_factory=list)
    default_base: str | None = None
    primacy: int = 1
    clock_offset_s: int = 0  # this server's clock minus the real one
    responses: list[dict[str, str]] = field(default_factory=list)
    gets: list[str] = field(default_factory=list)
    port: int = 0
    _runner: web.AppRunner | None = None

    def _doc(self, tag: str, body: str, **attrs: Any) -> str:
        extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
        return f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="{SEP}" xmlns:csipaus="{CSIPAUS}"{extra}>{body}</{tag}>'

    def resource(self, path: str) -> str | None:
        if path == "/dcap":
            return self._doc("DeviceCapability", '<TimeLink href="/tm"/><EndDeviceListLink href="/edev" all="1"/>', href="/dcap")
        if path == "/tm":
            now = int(time.time()) + self.clock_offset_s
            return self._doc("Time", f"<currentTime>{now}</currentTime><dstEndTime>0</dstEndTime><dstOffset>0</dstOffset>"
                                     f"<dstStartTime>0</dstStartTime><quality>7</quality><tzOffset>0</tzOffset>", href="/tm")
        if path == "/edev":
            device = (f'<EndDevice href="/edev/1"><changedTime>1700000000</changedTime><sFDI>1</sFDI><lFDI>{self.lfdi}</lFDI>'
                      f'<FunctionSetAssignmentsListLink href="/edev/1/fsa" all="1"/></EndDevice>')
            return self._doc("EndDeviceList", device, all=1, results=1, href="/edev")
        if path == "/edev/1/fsa":
            fsa = '<FunctionSetAssignments href="/edev/1/fsa/1"><mRID>F5A0</mRID><DERProgramListLink href="/derp" all="1"/></FunctionSetAssignments>'
            return self._doc("FunctionSetAssignmentsList", fsa, all=1, results=1, href="/edev/1/fsa")
        if path == "/derp":
            program = (f'<DERProgram href="/derp/1"><mRID>D0A1</mRID><description>site limits</description>'
                       f'<DefaultDERControlLink href="/derp/1/dderc"/><DERControlListLink href="/derp/1/derc" all="{len(self.controls)}"/>'
                       f"<primacy>{self.primacy}</primacy></DERProgram>")
            return self._doc("DERProgramList", program, all=1, results=1, href="/derp")
        if path == "/derp/1/derc":
            return self._doc("DERControlList", "".join(self.controls), all=len(self.controls), results=len(self.controls),
                             href="/derp/1/derc")
        if path == "/derp/1/dderc" and self.default_base is not None:
            return self._doc("DefaultDERControl", f"<mRID>DEF0</mRID><DERControlBase>{self.default_base}</DERControlBase>",
                             href="/derp/1/dderc")
        return None

    async def _get(self, request: web.Request) -> web.Response:
        self.gets.append(request.path)
        body = self.resource(request.path)
        if body is None:
            return web.Response(status=404)
        return web.Response(body=body.encode(), content_type="application/sep+xml")

    async def _post(self, request: web.Request) -> web.Response:
        from lxml import etree

        root = etree.fromstring(await request.read())
        self.responses.append({etree.QName(child).localname: child.text for child in root})
        return web.Response(status=201, headers={"Location": f"/rsp/{len(self.responses)}"})

    def ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(self.tls.ca))
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_cert_chain(str(self.tls.server_cert), str(self.tls.server_key))
        return context

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{tail:.*}", self._get)
        app.router.add_post("/rsp", self._post)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self.ssl_context())
        await site.start()
        self.port = self._runner.addresses[0][1]

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


# ---- OpenADR 2.0b --------------------------------------------------------------------------------

class VTN:
    """openleadr's OpenADRServer on loopback, registering any VEN and recording its opt answers.

    With `tls`: HTTPS with client certificates required (the station's, from the test CA), the VTN
    signs its messages and checks the VEN's signatures against the station certificate's fingerprint.
    openleadr polls at the VTN's requested frequency, an ISO 8601 duration in whole seconds."""

    def __init__(self, poll_s: int = 1, tls: TLSFiles | None = None) -> None:
        from openleadr import OpenADRServer
        from openleadr.utils import certificate_fingerprint

        self.port = free_port()
        self.tls = tls
        secure: dict[str, Any] = {}
        if tls is not None:
            secure = dict(http_cert=str(tls.server_cert), http_key=str(tls.server_key), http_ca_file=str(tls.ca),
                          cert=str(tls.server_cert), key=str(tls.server_key), ven_lookup=self._lookup)
            self.ven_fingerprint = certificate_fingerprint(tls.client_cert.read_bytes())
            self.fingerprint = certificate_fingerprint(tls.server_cert.read_bytes())
        self.server = OpenADRServer(vtn_id="TEST_VTN", http_host="127.0.0.1", http_port=self.port,
                                    requested_poll_freq=timedelta(seconds=poll_s), show_fingerprint=False, **secure)
        self.server.add_handler("on_create_party_registration", self._register)
        self.registered = asyncio.Event()
        self.ven_id: str | None = None
        self.opts: dict[str, str] = {}

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/OpenADR2/Simple/2.0b"

    def _lookup(self, ven_id: str) -> dict[str, str]:
        return {"ven_id": ven_id, "ven_name": ven_id.removeprefix("ven-"), "fingerprint": self.ven_fingerprint,
                "registration_id": f"reg-{ven_id.removeprefix('ven-')}"} if ven_id == self.ven_id else {}

    async def _register(self, registration_info: dict[str, Any]) -> tuple[str, str] | bool:
        if self.tls is not None and registration_info.get("fingerprint") != self.ven_fingerprint:
            return False
        self.ven_id = f"ven-{registration_info['ven_name']}"
        self.registered.set()
        return self.ven_id, f"reg-{registration_info['ven_name']}"

    def add_capacity_event(self, capacity: float, *, start: dt.datetime | None = None, minutes: float = 30.0,
                           event_id: str | None = None, signal_type: str = "x-loadControlCapacity",
                           signal_name: str = "LOAD_CONTROL") -> str:
        assert self.ven_id is not None, "no VEN registered"
        start = start or dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
        return self.server.add_event(
            ven_id=self.ven_id, signal_name=signal_name, signal_type=signal_type, event_id=event_id,
            intervals=[{"dtstart": start, "duration": dt.timedelta(minutes=minutes), "signal_payload": capacity}],
            callback=lambda ven_id, event_id, opt_type: self.opts.__setitem__(event_id, opt_type),
        )

    def cancel(self, event_id: str) -> None:
        assert self.ven_id is not None
        self.server.cancel_event(self.ven_id, event_id)

    async def start(self) -> None:
        await self.server.run()

    async def close(self) -> None:
        await self.server.stop()
