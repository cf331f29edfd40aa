"""Standby, contactor welding, and the Plug & Charge hook of the EVCC state machine."""
from __future__ import annotations

from typing import Any

from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import Authorization, PnCCredentials
from evcc.d20.session import D20Session
from evcc.phase import EndKind, Event
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import evseNotificationType as N

P = cm.chargeProgressType


def progresses(run) -> list[P]:
    return [r.ChargeProgress for r in run.requests if isinstance(r, cm.PowerDeliveryReq)]


def events(run) -> list[str]:
    return [e.name for e in run.actions(Event)]


async def test_ev_standby_and_back(make_ev, clock) -> None:
    config = EVCCConfig(max_charge_loops=8, standby_after_loops=2, standby_loops=3)
    run = await drive(D20Session(config), FakeSECC(), make_ev(), clock)
    assert progresses(run) == [P.Start, P.Standby, P.Start, P.Stop]
    i = run.names.index("PowerDeliveryReq", run.names.index("DC_ChargeLoopReq"))
    assert run.names[i + 1 : i + 5] == ["DC_ChargeLoopReq"] * 3 + ["PowerDeliveryReq"]
    assert "Standby" in events(run) and "StandbyEnded" in events(run)
    assert run.end.kind is EndKind.Terminated


async def test_standby_refused_keeps_charging(make_ev, clock) -> None:
    config = EVCCConfig(max_charge_loops=5, standby_after_loops=2)
    run = await drive(D20Session(config), FakeSECC(standby_allowed=False), make_ev(), clock)
    assert progresses(run) == [P.Start, P.Standby, P.Stop]
    assert "StandbyRefused" in events(run)


async def test_exit_standby_notification_restarts_power(make_ev, clock) -> None:
    config = EVCCConfig(max_charge_loops=8, standby_after_loops=2, standby_loops=100)
    secc = FakeSECC(notification_at_loop={4: N.ExitStandby})
    run = await drive(D20Session(config), secc, make_ev(), clock)
    assert progresses(run) == [P.Start, P.Standby, P.Start, P.Stop]
    assert run.names.count("DC_ChargeLoopReq") == 8


async def test_welded_contactor_is_reported(make_ev, clock) -> None:
    ev = make_ev()
    ev.contactor_welded = True
    run = await drive(D20Session(EVCCConfig(max_charge_loops=2)), FakeSECC(), ev, clock)
    assert run.names[-2:] == ["DC_WeldingDetectionReq", "SessionStopReq"]
    assert run.end.error and "welded" in run.end.reason and "ContactorWelded" in events(run)


class FakeContract(PnCCredentials):
    def __init__(self) -> None:
        self.signed: list[Any] = []

    def contract_certificate_chain(self) -> Any:
        return cm.ContractCertificateChainType(
            Certificate=b"leaf", SubCertificates=cm.SubCertificatesType(Certificate=[b"sub2", b"sub1"])
        )

    def sign(self, request: Any) -> Any:
        self.signed.append(request)
        return request


async def test_pnc_hook_signs_the_challenge(make_ev, clock) -> None:
    contract = FakeContract()
    config = EVCCConfig(authorization=Authorization.PnC, max_charge_loops=1)
    secc = FakeSECC(offer_pnc=True, authorization_ongoing=2)
    run = await drive(D20Session(config, pnc=contract), secc, make_ev(), clock)
    auths = [r for r in run.requests if isinstance(r, cm.AuthorizationReq)]
    assert len(auths) == 3  # two Ongoing answers: every repetition is signed again
    assert all(a.SelectedAuthorizationService is cm.authorizationType.PnC for a in auths)
    assert auths[0].PnC_AReqAuthorizationMode.GenChallenge == b"C" * 16
    assert contract.signed == auths
    assert run.end.kind is EndKind.Terminated


async def test_pnc_without_credentials_falls_back_to_eim(make_ev, clock) -> None:
    config = EVCCConfig(authorization=Authorization.PnC, max_charge_loops=1)
    run = await drive(D20Session(config), FakeSECC(offer_pnc=True), make_ev(), clock)
    auth = run.requests[run.names.index("AuthorizationReq")]
    assert auth.SelectedAuthorizationService is cm.authorizationType.EIM


async def test_metering_confirmation_is_noted_once(make_ev, clock) -> None:
    secc = FakeSECC(notification_at_loop={2: N.MeteringConfirmation, 3: N.MeteringConfirmation})
    run = await drive(D20Session(EVCCConfig(max_charge_loops=5)), secc, make_ev(), clock)
    assert events(run).count("EVSENotificationIgnored") == 1
    assert run.end.kind is EndKind.Terminated and run.names.count("DC_ChargeLoopReq") == 5


def test_contract_credentials_from_pem_and_key_check(tmp_path) -> None:
    import pytest

    from evcc.pnc import ContractCredentials
    from pki.profiles import Role
    from pki.testpki import build_pki, write_pki

    pki = build_pki()
    manifest = write_pki(pki, tmp_path)
    files = manifest["files"]["contract"]
    credentials = ContractCredentials.from_pem(tmp_path / files["chain"], tmp_path / files["key"])
    element = credentials.contract_certificate_chain()
    assert len(element.SubCertificates.Certificate) == 2
    with pytest.raises(ValueError, match="does not belong"):
        ContractCredentials(pki.chain(Role.CONTRACT), pki[Role.SECC].key)


async def test_pnc_refused_selection_falls_back_to_eim(make_ev, clock) -> None:
    from iso15118.messages.common_types import responseCodeType

    contract = FakeContract()
    calls = {"n": 0}

    def mutate(res):
        if isinstance(res, cm.AuthorizationRes) and calls["n"] == 0:
            calls["n"] += 1
            import dataclasses

            return dataclasses.replace(res, ResponseCode=responseCodeType.WARNING_AuthorizationSelectionInvalid)
        return res

    config = EVCCConfig(authorization=Authorization.PnC, max_charge_loops=1)
    run = await drive(D20Session(config, pnc=contract), FakeSECC(offer_pnc=True), make_ev(), clock, mutate=mutate)
    auths = [r.SelectedAuthorizationService for r in run.requests if isinstance(r, cm.AuthorizationReq)]
    assert auths == [cm.authorizationType.PnC, cm.authorizationType.EIM]
    assert "PnCRefused" in events(run) and run.end.kind is EndKind.Terminated


def test_credentials_that_never_ask_for_a_contract_refuse_to_install_one(tmp_path) -> None:
    """The default install() and a wallet without provisioning refuse with a SecurityError (the session
    then goes on without a new contract) instead of crashing the client."""
    import pytest

    from evcc.pnc import ContractWallet
    from iso15118.security.errors import SecurityError

    from evcc.controller import PnCCredentials

    class SigningOnly(PnCCredentials):
        def contract_certificate_chain(self) -> object:
            return None

        def sign(self, request: object) -> object:
            return request

    for credentials in (ContractWallet(store=tmp_path), SigningOnly()):
        with pytest.raises(SecurityError):
            credentials.install(object())
    assert ContractWallet(store=tmp_path).installation_request(object(), always=True) is None
