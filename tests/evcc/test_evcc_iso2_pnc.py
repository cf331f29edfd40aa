"""-2 Plug & Charge on the EV side with real -2 crypto (`iso2` test PKI, P-256): the scripted charger checks
every signature with iso15118.security.iso2 and answers the -2 response code it yields; certificate
installation and update come from the lab CPS (pki.backend.LocalISO2ContractService)."""
from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from iso2_fakes import FakeClock, FakeISO2SECC, Run, drive, serve_scripted

from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.controller import Authorization, EnergyTransfer
from evcc.iso2 import credentials
from evcc.iso2.session import ISO2Session
from evcc.iso2.wallet import ISO2ContractWallet
from evcc.phase import ContractInstalled, EndKind
from evcc.pnc import CONTRACT_CHAIN_FILE, ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as dt2
from iso15118.security import iso2 as security
from pki.backend import LocalISO2ContractService
from iso15118.security import iso2 as security2
from pki.profiles import Role, Suite
from pki.testpki import TestPKI, build_pki, write_pki

CONTRACT = dt2.paymentOptionType.Contract


@pytest.fixture(scope="module")
def pki2() -> TestPKI:
    return build_pki(Suite.ISO2)


class VerifyingSECC(FakeISO2SECC):
    """The scripted charger, with the -2 PnC checks a real one makes."""

    def __init__(self, pki: TestPKI, **knobs: Any) -> None:
        super().__init__(payments=(CONTRACT, dt2.paymentOptionType.ExternalPayment), **knobs)
        self.pki = pki
        self.cps = LocalISO2ContractService(pki)
        self.contract_certificate: x509.Certificate | None = None
        self.codes: dict[str, dt2.responseCodeType] = {}

    def _PaymentDetailsReq(self, req: iso2.PaymentDetailsReq, header: Any) -> Any:
        code, contract, _ = security.payment_details_outcome(req, mo_roots=[self.pki.root(Role.CONTRACT)])
        self.codes["PaymentDetailsReq"] = code
        self.contract_certificate = contract.chain.leaf if contract is not None else None
        return iso2.PaymentDetailsRes(ResponseCode=code, GenChallenge=self.gen_challenge, EVSETimeStamp=1_700_000_000)

    def _AuthorizationReq(self, req: iso2.AuthorizationReq, header: Any) -> Any:
        assert self.contract_certificate is not None
        code, _ = security.authorization_outcome(req, header.Signature, contract_certificate=self.contract_certificate,
                                                 gen_challenge=self.gen_challenge)
        self.codes["AuthorizationReq"] = code
        return iso2.AuthorizationRes(ResponseCode=code, EVSEProcessing=dt2.EVSEProcessingType.Finished)

    def _MeteringReceiptReq(self, req: iso2.MeteringReceiptReq, header: Any) -> Any:
        assert self.contract_certificate is not None
        code, _ = security.metering_receipt_outcome(req, header.Signature, contract_certificate=self.contract_certificate)
        self.codes["MeteringReceiptReq"] = code
        return iso2.MeteringReceiptRes(ResponseCode=code, EVSEStatus=self._ac_status())

    def _CertificateInstallationReq(self, req: Any, header: Any) -> Any:
        return self.cps.certificate_installation(req, header.Signature)

    def _CertificateUpdateReq(self, req: Any, header: Any) -> Any:
        return self.cps.certificate_update(req, header.Signature)


def wallet(pki: TestPKI, *, contract: bool = True, provisioning: bool = True,
           clock: Any = None) -> ContractWallet:
    contract_credentials = ContractCredentials(pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key) if contract else None
    prov = (ProvisioningCredentials(pki.chain(Role.OEM_PROV), pki[Role.OEM_PROV].key, [pki.root(Role.SECC)],
                                    mo_roots=[pki.root(Role.CONTRACT)]) if provisioning else None)
    kwargs = {"clock": clock} if clock is not None else {}
    return ContractWallet(contract_credentials, provisioning=prov, **kwargs)


def run(secc: FakeISO2SECC, pnc: Any, energy: EnergyTransfer = EnergyTransfer.AC, **config: Any) -> Run:
    clock = FakeClock()
    cfg = EVCCConfig(energy_transfer=energy, authorization=Authorization.PnC, max_charge_loops=3, **config)
    ev = SimulatedEV(battery=BatteryModel(soc=50), energy_transfer=energy, clock=clock)
    return asyncio.run(drive(ISO2Session(cfg, pnc=credentials(pnc)), secc, ev, clock))


def test_pnc_signatures_verify_at_the_charger(pki2: TestPKI) -> None:
    secc = VerifyingSECC(pki2, receipt_at_loop={2})
    result = run(secc, wallet(pki2))
    assert secc.codes == {"PaymentDetailsReq": dt2.responseCodeType.OK, "AuthorizationReq": dt2.responseCodeType.OK,
                          "MeteringReceiptReq": dt2.responseCodeType.OK}
    assert result.end.kind is EndKind.Terminated and not result.end.error
    assert secc.requests[3].eMAID == pki2.emaid  # PaymentDetailsReq


def test_a_contract_outside_the_chargers_trust_ends_with_its_failed_code(pki2: TestPKI) -> None:
    other = build_pki(Suite.ISO2)  # a contract from an MO this charger does not know
    secc = VerifyingSECC(pki2)
    result = run(secc, wallet(other))
    assert secc.codes["PaymentDetailsReq"] is dt2.responseCodeType.FAILED_CertChainError
    assert result.end.kind is EndKind.Failed and "FAILED_CertChainError" in result.end.reason
    assert "AuthorizationReq" not in secc.names()


def test_certificate_installation_with_the_lab_cps(pki2: TestPKI) -> None:
    secc = VerifyingSECC(pki2, certificate_service=True)
    store = wallet(pki2, contract=False)
    result = run(secc, store, energy=EnergyTransfer.DC)
    assert secc.names()[1:6] == ["ServiceDiscoveryReq", "ServiceDetailReq", "PaymentServiceSelectionReq",
                                 "CertificateInstallationReq", "PaymentDetailsReq"]
    installed = result.actions(ContractInstalled)
    assert len(installed) == 1 and installed[0].emaid.startswith("DEPNXC")
    assert store.current().emaid == installed[0].emaid and secc.requests[5].eMAID == installed[0].emaid
    assert secc.codes["AuthorizationReq"] is dt2.responseCodeType.OK  # signed with the new contract
    assert result.end.kind is EndKind.Terminated


def test_certificate_update_of_a_contract_about_to_expire(pki2: TestPKI) -> None:
    leaf = pki2[Role.CONTRACT].certificate
    almost_expired = lambda: leaf.not_valid_after_utc - dt.timedelta(days=3)  # noqa: E731
    store = wallet(pki2, clock=almost_expired)
    secc = VerifyingSECC(pki2, certificate_service=True)
    result = run(secc, store)
    assert "CertificateUpdateReq" in secc.names()
    selected = secc.requests[3].SelectedServiceList.SelectedService
    assert [(s.ServiceID, s.ParameterSetID) for s in selected] == [(1, None), (2, 2)]
    new = result.actions(ContractInstalled)[0].emaid
    assert new == pki2.emaid  # an update keeps the EMAID, with a new certificate and key
    assert store.current().chain[0].serial_number != leaf.serial_number
    assert secc.codes["AuthorizationReq"] is dt2.responseCodeType.OK and result.end.kind is EndKind.Terminated


def test_a_cps_answer_signed_by_an_untrusted_key_is_never_used(pki2: TestPKI) -> None:
    secc = VerifyingSECC(pki2, certificate_service=True)
    secc.cps = LocalISO2ContractService(build_pki(Suite.ISO2))  # its SA chain leads to another V2G root
    secc.cps.certificate_installation = _trusting_installation(secc.cps)  # type: ignore[method-assign]
    store = wallet(pki2, contract=False)
    result = run(secc, store)
    assert "CertificateInstallationFailed" in result.events() and store.contract is None
    assert result.end.error and "no usable contract" in result.end.reason


def _trusting_installation(cps: LocalISO2ContractService) -> Any:
    """The other PKI's CPS would refuse our OEM certificate: skip its check, keep its (untrusted) signature."""
    def install(request: Any, signature: Any) -> Any:
        chain, key = cps._contract("DEPNXC000000099")
        sa_chain, sa_key = cps._sa()
        receiver = x509.load_der_x509_certificate(request.OEMProvisioningCert)
        return security.certificate_installation_res(contract_chain=chain, contract_key=key, receiver=receiver,
                                                     sa_chain=sa_chain, sa_key=sa_key)
    return install


def test_the_iso2_view_of_the_clients_wallet() -> None:
    assert credentials(None) is None
    assert isinstance(credentials(ContractWallet()), ISO2ContractWallet)


async def test_ac_pnc_through_the_client_over_tls_12_with_the_iso2_pki(pki2: TestPKI, tmp_path: Path) -> None:
    """The real client: TLS 1.2 (the -2 cipher suite, P-256 server chain), PnC with the wallet it is given,
    the contract installed by the lab CPS and persisted to the wallet's store."""
    write_pki(pki2, tmp_path)
    secc = VerifyingSECC(pki2, certificate_service=True, receipt_at_loop={2})
    server_ctx = tls.secc_iso2_server_context(tmp_path / "secc/chain.pem", tmp_path / "secc/leaf.key.pem")
    store = wallet(pki2, contract=False)
    store.store = tmp_path / "contract-store"
    config = EVCCConfig(protocols=("ISO15118-2",), energy_transfer=EnergyTransfer.AC, authorization=Authorization.PnC,
                        charge_loop_interval_s=0.01, max_charge_loops=3)
    ev = SimulatedEV(battery=BatteryModel(soc=50), energy_transfer=EnergyTransfer.AC)
    async with await serve_scripted(secc, ssl_context=server_ctx) as server:
        client = EVCCClient(ev, config, ssl_context=tls.evcc_iso2_client_context([tmp_path / "trust/v2g-roots.pem"]),
                            pnc=store)
        report = await client.run("127.0.0.1", server.port)
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.tls[0].startswith("TLSv1.2") and "ECDHE-ECDSA-AES128-SHA256" in report.tls[0]
    assert secc.codes == {"PaymentDetailsReq": dt2.responseCodeType.OK, "AuthorizationReq": dt2.responseCodeType.OK,
                          "MeteringReceiptReq": dt2.responseCodeType.OK}
    assert (tmp_path / "contract-store" / CONTRACT_CHAIN_FILE).exists()  # ContractInstalled -> persist()
    assert report.energy_in_wh > 0 and not ev.contactors_closed


async def test_the_ev_refuses_a_tls_12_charger_outside_its_v2g_roots(pki2: TestPKI, tmp_path: Path) -> None:
    write_pki(pki2, tmp_path / "ours")
    write_pki(build_pki(Suite.ISO2), tmp_path / "theirs")
    server_ctx = tls.secc_iso2_server_context(tmp_path / "theirs/secc/chain.pem", tmp_path / "theirs/secc/leaf.key.pem")
    config = EVCCConfig(protocols=("ISO15118-2",), energy_transfer=EnergyTransfer.AC)
    ev = SimulatedEV(energy_transfer=EnergyTransfer.AC)
    async with await serve_scripted(VerifyingSECC(pki2), ssl_context=server_ctx) as server:
        client = EVCCClient(ev, config, ssl_context=tls.evcc_iso2_client_context([tmp_path / "ours/trust/v2g-roots.pem"]))
        report = await client.run("127.0.0.1", server.port)
    assert report.end is not None and report.end.kind is EndKind.Failed and "certificate" in report.end.reason.lower()
    assert report.messages == 0


class TariffSECC(VerifyingSECC):
    """Offers two price-level tuples, signs their SalesTariffs with the MO Sub-CA 2 key; `tamper` changes a
    price level after signing."""

    def __init__(self, pki: TestPKI, *, tamper: bool = False) -> None:
        from iso2_fakes import schedule_tuple
        tuples = [schedule_tuple(1, (86400, 11000.0), price_level=3), schedule_tuple(2, (86400, 11000.0), price_level=1)]
        for tup in tuples:
            tup.SalesTariff.Id = f"tariff{tup.SAScheduleTupleID}"  # type: ignore[union-attr]
        super().__init__(pki, schedules=tuples)
        sub2 = pki[Role.MO_SUBCA2]
        self.signer = security2.SalesTariffSigner(sub2.key, (sub2.certificate, pki[Role.MO_SUBCA1].certificate))  # type: ignore[arg-type]
        self.tamper = tamper

    def _ChargeParameterDiscoveryReq(self, req: iso2.ChargeParameterDiscoveryReq, header: Any) -> Any:
        body = super()._ChargeParameterDiscoveryReq(req, header)
        signature = security2.sign_sales_tariffs(body, self.signer)
        if self.tamper:
            body.SASchedules.SAScheduleTuple[0].SalesTariff.SalesTariffEntry[0].EPriceLevel = 0
        return body, signature


def test_signed_sales_tariff_is_verified_and_its_price_levels_choose_the_schedule(pki2: TestPKI) -> None:
    result = run(TariffSECC(pki2), wallet(pki2))
    assert result.end.kind is EndKind.Terminated and not result.end.error
    assert result.session.ctx.schedule.SAScheduleTupleID == 2  # the cheaper verified price level


def test_tampered_sales_tariff_ends_the_session_with_power_off(pki2: TestPKI) -> None:
    secc = TariffSECC(pki2, tamper=True)
    result = run(secc, wallet(pki2))
    assert result.end.error and "SalesTariff rejected" in result.end.reason and "#tariff1" in result.end.reason
    assert "PowerDeliveryReq" not in secc.names() and secc.names()[-1] == "SessionStopReq"  # never charged
