"""Helpers for Plug & Charge in real sessions: toolkit PKIs on disk, an SECC built from its TOML config the way
`secc` builds it (TLS 1.3 with mutual authentication, [pnc] trust and CPS), simulated EVs."""
from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evcc.client import EVCCClient, SessionReport
from evcc.config import EVCCConfig
from evcc.controller import Authorization, PnCCredentials, UserSettings
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from iso15118.security.pnc import contract_chain_element
from iso15118.security.xmldsig import sign_message
from pki.profiles import Suite
from pki.testpki import TestPKI
from secc.controller import AuthorizationRequest, AuthorizationStatus, EVSENotification, SessionInfo
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE

SUITES20 = [Suite.ISO20_ECDSA, Suite.ISO20_ED448]


@dataclass
class Lab:
    """One toolkit PKI on disk (`pki init` layout)."""

    suite: Suite
    pki: TestPKI
    dir: Path


class RecordingEVSE(SimulatedEVSE):
    """The simulated EVSE, remembering what PnC handed the integrator and whether power was ever on;
    with `secc.metering_after` it notifies MeteringConfirmation after that many charge loops."""

    def __init__(self, secc: "RunningSECC") -> None:
        super().__init__()
        self.secc = secc
        self.loops = 0
        secc.evses.append(self)

    def _count_loop(self) -> None:
        self.loops += 1
        if self.loops == self.secc.metering_after and self.handle is not None:
            self.handle.notify(EVSENotification.MeteringConfirmation)

    async def present_dc(self) -> Any:
        self._count_loop()
        return await super().present_dc()

    async def present_ac_power(self) -> float:
        self._count_loop()
        return await super().present_ac_power()

    async def metering_confirmed(self, info: SessionInfo, signed_metering_data: Any) -> None:
        self.secc.confirmations.append(signed_metering_data)

    async def session_started(self, info: SessionInfo, handle: Any) -> None:
        self.secc.vehicle_certificates.append(info.vehicle_certificate)
        await super().session_started(info, handle)

    async def authorize(self, info: SessionInfo, request: AuthorizationRequest) -> AuthorizationStatus:
        self.secc.authorizations.append(request)
        return await super().authorize(info, request)

    async def close_contactors(self) -> None:
        self.secc.contactor_closes += 1
        await super().close_contactors()


@dataclass
class RunningSECC:
    server: SECCServer | None = None
    authorizations: list[AuthorizationRequest] = field(default_factory=list)
    vehicle_certificates: list[bytes | None] = field(default_factory=list)
    contactor_closes: int = 0
    requests: list[str] = field(default_factory=list)
    metering_after: int | None = None
    evses: list[SimulatedEVSE] = field(default_factory=list)
    confirmations: list[Any] = field(default_factory=list)

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.port


def secc_toml(lab: Lab, *, pnc: str = "", client_auth: str = "required", extra_secc: str = "") -> str:
    d = lab.dir
    return f"""
[server]
tls_cert = "{d}/secc/chain.pem"
tls_key = "{d}/secc/leaf.key.pem"
tls_ca = "{d}/trust/oem-roots.pem"
tls_client_auth = "{client_auth}"
tls_ocsp_response = "{d}/secc/leaf.ocsp.der"
trace = false

[secc]
authorization_methods = ["PnC", "EIM"]
certificate_installation = true
{extra_secc}

[pnc]
mo_roots = ["{d}/trust/mo-roots.pem"]
local_cps = "{d}"
{pnc}
"""


def ev_config(**kw: Any) -> EVCCConfig:
    base: dict[str, Any] = dict(authorization=Authorization.PnC, charge_loop_interval_s=0.0,
                                ongoing_poll_interval_s=0.02, max_charge_loops=3, time_scale=60.0,
                                settings=UserSettings(target_soc=90.0))
    base.update(kw)
    return EVCCConfig(**base)


def ev_tls(lab: Lab, *, vehicle_chain: bool = True) -> Any:
    d = lab.dir
    if not vehicle_chain:
        return tls.evcc_client_context([d / "trust" / "v2g-roots.pem"])
    return tls.evcc_client_context([d / "trust" / "v2g-roots.pem"], cert_chain=d / "oem" / "chain.pem",
                                   private_key=d / "oem" / "prov.key.pem")


async def run_ev(secc: RunningSECC, lab: Lab, pnc: PnCCredentials | None, *, config: EVCCConfig | None = None,
                 vehicle_chain: bool = True) -> tuple[SessionReport, SimulatedEV]:
    config = config or ev_config()
    ev = SimulatedEV(battery=BatteryModel(soc=50.0), settings=config.settings,
                     energy_transfer=config.energy_transfer, time_scale=config.time_scale)
    closed: list[bool] = []
    original = ev.set_contactors

    async def set_contactors(value: bool) -> None:
        closed.append(value)
        await original(value)

    ev.set_contactors = set_contactors  # type: ignore[method-assign]
    ev.contactor_history = closed  # type: ignore[attr-defined]
    client = EVCCClient(ev, config, ssl_context=ev_tls(lab, vehicle_chain=vehicle_chain), pnc=pnc)
    report = await asyncio.wait_for(client.run("::1", secc.port), 30)
    return report, ev


class Credentials(PnCCredentials):
    """A contract chain and a signing key, with a hook to spoil the signed request."""

    def __init__(self, chain: list[Any], key: Any, spoil: Callable[[Any], Any] | None = None,
                 before_signing: Callable[[Any], None] | None = None) -> None:
        """`spoil` and `before_signing` see every request signed (AuthorizationReq, MeteringConfirmationReq)."""
        self.chain, self.key, self.spoil, self.before_signing = chain, key, spoil, before_signing
        self.signed: list[Any] = []

    def contract_certificate_chain(self) -> Any:
        return contract_chain_element(self.chain)

    def sign(self, request: Any) -> Any:
        if self.before_signing is not None:
            self.before_signing(request)
        signed = sign_message(request, self.key)
        self.signed.append(copy.deepcopy(signed))
        return self.spoil(signed) if self.spoil is not None else signed
