"""Our -2 EVCC against our -2 SECC, in process: the EV's phases (evcc/iso2) and the charger's states
(secc/iso2, through their test Driver: precheck, gather, handle, actions), every message through the EXI
codec both ways. AC and DC EIM, PnC with the iso2 PKI (certificate installation and update from the
lab CPS, receipts), renegotiation, StopCharging, pause/resume, refusals ending with power off.

The same pairs over TCP/TLS need the SECC runner of the seam (secc/session.py hosting secc/iso2);
tests/evcc/test_evcc_iso2_client.py and test_evcc_iso2_pnc.py run the real client over TCP/TLS 1.2 meanwhile."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from iso2_driver import Driver

from evcc.config import EVCCConfig
from evcc.controller import Authorization, EnergyTransfer
from evcc.iso2 import credentials
from evcc.iso2.session import ISO2Session
from evcc.phase import ContractInstalled, EndKind, Event, PowerTransfer, SessionEnd, SetContactors, Step
from evcc.pnc import ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import exi
from iso15118.messages import ISO2_MSG_DEF
from iso15118.messages import iso2_msg_data_types as dt2
from pki.profiles import Role, Suite
from pki.testpki import TestPKI, build_pki, write_pki
from secc.authorization import LocalISO2CPS
from secc.config import SECCConfig
from secc.controller import EnergyService, EVSENotification
from secc.iso2.pnc import ISO2ContractVerifier
from secc.session import PausedSessionStore

AC, DC = EnergyTransfer.AC, EnergyTransfer.DC
PNC = SECCConfig(authorization_methods=("EIM", "PnC"), certificate_installation=True)


class Pair:
    """One EV session against one SECC session; `on_loop(driver, n)` runs before the EV's n-th loop request."""

    def __init__(self, driver: Driver, session: ISO2Session, ev: SimulatedEV) -> None:
        self.driver, self.session, self.ev = driver, session, ev
        self.names: list[str] = []
        self.steps: list[Step] = []

    async def run(self, on_loop: Callable[[Driver, int], None] | None = None, max_messages: int = 300) -> SessionEnd:
        step = self.session.start_after_negotiation(await self.ev.status(), await self.ev.user_settings(), 0.0)
        loops = 0
        while True:
            self.steps.append(step)
            for action in step.actions:
                if isinstance(action, SetContactors):
                    await self.ev.set_contactors(action.closed)
                elif isinstance(action, PowerTransfer):
                    await self.ev.on_power_transfer(action.power_w, action.voltage_v)
            if step.end is not None:
                return step.end
            assert len(self.names) < max_messages and self.driver.ended is None
            name = type(step.request.Body.BodyElement).__name__
            self.names.append(name)
            if name in ("ChargingStatusReq", "CurrentDemandReq"):
                loops += 1
                if on_loop is not None:
                    on_loop(self.driver, loops)
            await self.driver.send(step.request)
            response = exi.decode(exi.encode(self.driver.last.response), ISO2_MSG_DEF)  # Header (signature) too
            step = self.session.receive(response, await self.ev.status(), 0.0)

    def events(self) -> list[str]:
        return [a.name for s in self.steps for a in s.actions if isinstance(a, Event)]

    def installed(self) -> list[str]:
        return [a.emaid for s in self.steps for a in s.actions if isinstance(a, ContractInstalled)]


def pair(energy: EnergyTransfer, driver: Driver | None = None, *, pnc: Any = None, resume: ISO2Session | None = None,
         soc: float = 50.0, **config: Any) -> Pair:
    config.setdefault("max_charge_loops", 4)
    cfg = EVCCConfig(protocols=("ISO15118-2",), energy_transfer=energy, charge_loop_interval_s=0,
                     ongoing_poll_interval_s=0, **config)
    ev = SimulatedEV(battery=BatteryModel(soc=soc), energy_transfer=energy)
    return Pair(driver or Driver(), ISO2Session(cfg, pnc=credentials(pnc), resume=resume), ev)


@pytest.mark.parametrize("energy", [AC, DC])
async def test_eim_session_to_the_end(energy: EnergyTransfer) -> None:
    p = pair(energy)
    end = await p.run()
    assert end.kind is EndKind.Terminated and not end.error
    loop = "CurrentDemandReq" if energy is DC else "ChargingStatusReq"
    assert p.names.count(loop) == 4 and p.names[-1] == "SessionStopReq"
    if energy is DC:
        assert {"CableCheckReq", "PreChargeReq", "WeldingDetectionReq"} <= set(p.names)
    assert p.driver.ended and not p.driver.evse.contactors_closed
    assert not p.ev.contactors_closed and p.ev.energy_in_wh > 0


async def test_evse_renegotiation_mid_charge() -> None:
    def renegotiate(d: Driver, n: int) -> None:
        if n == 2:
            d.ctx.pending_notification = (EVSENotification.ScheduleRenegotiation, 10)

    p = pair(AC, max_charge_loops=5)
    end = await p.run(renegotiate)
    assert end.kind is EndKind.Terminated
    assert p.names.count("ChargeParameterDiscoveryReq") == 2 and p.names.count("PowerDeliveryReq") == 4
    assert "Renegotiation" in p.events()


async def test_dc_renegotiation_keeps_contactors_closed() -> None:
    def renegotiate(d: Driver, n: int) -> None:
        if n == 1:
            d.ctx.pending_notification = (EVSENotification.ScheduleRenegotiation, 10)

    p = pair(DC, Driver(SECCConfig(services=(EnergyService.DC,))))
    end = await p.run(renegotiate)
    assert end.kind is EndKind.Terminated and p.names.count("CableCheckReq") >= 1
    i = p.names.index("ChargeParameterDiscoveryReq", p.names.index("CurrentDemandReq"))
    assert p.names[i + 1] == "PowerDeliveryReq"  # no cable check, no pre-charge the second time


async def test_evse_terminate_is_stop_charging_and_the_ev_winds_down() -> None:
    def terminate(d: Driver, n: int) -> None:
        if n == 2:
            d.ctx.pending_notification = (EVSENotification.Terminate, 0)

    p = pair(DC, Driver(SECCConfig(services=(EnergyService.DC,))), max_charge_loops=20)
    end = await p.run(terminate)
    assert end.kind is EndKind.Terminated and "StopCharging" in end.reason
    assert p.names[-3:] == ["PowerDeliveryReq", "WeldingDetectionReq", "SessionStopReq"]
    assert not p.ev.contactors_closed and not p.driver.evse.contactors_closed


async def test_pause_and_resume_with_the_paused_session_id() -> None:
    paused = PausedSessionStore(3600)
    first = pair(AC, Driver(paused=paused), pause_after_loops=2, max_charge_loops=None, stop_at_target_soc=False)
    end = await first.run()
    assert end.kind is EndKind.Paused and first.driver.last.pause
    second = pair(AC, Driver(paused=paused), resume=first.session, pause_after_loops=2)
    end2 = await second.run()
    assert end2.kind is EndKind.Terminated and end2.session_id == end.session_id
    assert "Resumed" in second.events() and second.names.count("ChargingStatusReq") == 4


# ---------------------------------------------------------------------- Plug & Charge, iso2 PKI


@pytest.fixture(scope="module")
def pki2(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestPKI, Path]:
    pki = build_pki(Suite.ISO2)
    path = tmp_path_factory.mktemp("pki2")
    write_pki(pki, path)
    return pki, path


def pnc_driver(pki: TestPKI, path: Path, clock: Any = None) -> Driver:
    verifier = ISO2ContractVerifier(mo_roots=[pki.root(Role.CONTRACT)], backend=LocalISO2CPS(path), clock=clock)
    return Driver(PNC, pnc=verifier, tls=True)


def wallet(pki: TestPKI, *, contract: bool = True, clock: Any = None) -> ContractWallet:
    return ContractWallet(
        ContractCredentials(pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key) if contract else None,  # type: ignore[arg-type]
        provisioning=ProvisioningCredentials(pki.chain(Role.OEM_PROV), pki[Role.OEM_PROV].key,  # type: ignore[arg-type]
                                             [pki.root(Role.SECC)], mo_roots=[pki.root(Role.CONTRACT)]),
        **({"clock": clock} if clock else {}))


async def test_pnc_with_receipt(pki2: tuple[TestPKI, Path]) -> None:
    def receipt(d: Driver, n: int) -> None:
        if n == 2:
            d.ctx.pending_notification = (EVSENotification.MeteringConfirmation, 5)

    pki, path = pki2
    p = pair(AC, pnc_driver(pki, path), pnc=wallet(pki), authorization=Authorization.PnC, max_charge_loops=4)
    end = await p.run(receipt)
    assert end.kind is EndKind.Terminated and not end.error
    assert p.names[2:5] == ["PaymentServiceSelectionReq", "PaymentDetailsReq", "AuthorizationReq"]
    assert "MeteringReceiptReq" in p.names and p.driver.ctx.emaid == pki.emaid


@pytest.mark.parametrize("energy", [AC, DC])
async def test_pnc_certificate_installation_then_charge(pki2: tuple[TestPKI, Path], energy: EnergyTransfer) -> None:
    pki, path = pki2
    store = wallet(pki, contract=False)
    p = pair(energy, pnc_driver(pki, path), pnc=store, authorization=Authorization.PnC)
    end = await p.run()
    assert end.kind is EndKind.Terminated and not end.error
    assert "CertificateInstallationReq" in p.names and len(p.installed()) == 1
    assert p.driver.ctx.emaid == p.installed()[0] == store.current().emaid


async def test_pnc_certificate_update_of_an_expiring_contract(pki2: tuple[TestPKI, Path]) -> None:
    pki, path = pki2
    leaf = pki[Role.CONTRACT].certificate
    store = wallet(pki, clock=lambda: leaf.not_valid_after_utc - dt.timedelta(days=2))
    p = pair(AC, pnc_driver(pki, path), pnc=store, authorization=Authorization.PnC)
    end = await p.run()
    assert end.kind is EndKind.Terminated and "CertificateUpdateReq" in p.names
    assert p.installed() == [pki.emaid] and store.current().chain[0].serial_number != leaf.serial_number


async def test_a_contract_the_charger_does_not_trust_fails_with_power_off(pki2: tuple[TestPKI, Path]) -> None:
    pki, path = pki2
    p = pair(AC, pnc_driver(pki, path), pnc=wallet(build_pki(Suite.ISO2)), authorization=Authorization.PnC)
    end = await p.run()
    assert end.kind is EndKind.Failed and "PaymentDetailsRes: FAILED_CertChainError" in end.reason
    assert p.names[-1] == "PaymentDetailsReq" and not p.ev.contactors_closed


async def test_pnc_without_tls_is_not_offered_and_the_ev_uses_eim(pki2: tuple[TestPKI, Path]) -> None:
    pki, path = pki2
    driver = pnc_driver(pki, path)
    driver.ctx.tls = False
    p = pair(AC, driver, pnc=wallet(pki), authorization=Authorization.PnC)
    end = await p.run()
    assert end.kind is EndKind.Terminated and "PnCUnavailable" in p.events()
    assert "PaymentDetailsReq" not in p.names


async def test_pnc_pause_and_resume_authorizes_again_without_looping(pki2: tuple[TestPKI, Path]) -> None:
    """everest-core issue 655: PnC after pause/resume looped in authorization. The resumed session selects
    Contract again, gets a fresh GenChallenge and authorizes once."""
    pki, path = pki2
    paused = PausedSessionStore(3600)
    store = wallet(pki)

    def driver() -> Driver:
        d = pnc_driver(pki, path)
        d.paused = d.env.paused = paused
        return d

    first = pair(AC, driver(), pnc=store, authorization=Authorization.PnC, pause_after_loops=2,
                 max_charge_loops=None, stop_at_target_soc=False)
    end = await first.run()
    assert end.kind is EndKind.Paused
    second = pair(AC, driver(), pnc=store, authorization=Authorization.PnC, resume=first.session)
    end2 = await second.run()
    assert end2.kind is EndKind.Terminated and end2.session_id == end.session_id
    assert second.names.count("AuthorizationReq") == 1 and second.names.count("PaymentDetailsReq") == 1
