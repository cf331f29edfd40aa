"""Every way a PnC session must be refused, over real TLS sessions: the EV gets the -20 response code
the standard names, and no power ever flows (SECC contactors never closed, EV contactors never closed)."""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pnc_lab import SUITES20, Credentials, Lab, RunningSECC, ev_config, run_ev, secc_toml
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from evcc.pnc import ContractWallet, ProvisioningCredentials
from evcc.phase import EndKind
from pki.issue import issue, make_crl, make_ocsp_response
from pki.profiles import Role
from pki.testpki import build_pki

NOW = dt.datetime.now(dt.timezone.utc)


def _contract(lab: Lab, **kw: Any) -> Any:
    return issue(Role.CONTRACT, lab.pki.emaid, suite=lab.suite, issuer=lab.pki[Role.MO_SUBCA2], organization="MO", **kw)


def _with_subs(lab: Lab, issued: Any) -> Credentials:
    return Credentials([issued.certificate, *lab.pki.chain(Role.CONTRACT)[1:]], issued.key)


def _tamper(signed: Any) -> Any:
    value = signed.Header.Signature.SignatureValue
    value.value = bytes([value.value[0] ^ 0x01]) + value.value[1:]
    return signed


def _other_challenge(request: Any) -> None:
    request.PnC_AReqAuthorizationMode.GenChallenge = bytes(16)


def _missing_leaf(request: Any) -> None:
    request.PnC_AReqAuthorizationMode.ContractCertificateChain.Certificate = b""


def _path_length(lab: Lab) -> Credentials:
    sub3 = issue(Role.MO_SUBCA2, "MO Sub-CA 3", suite=lab.suite, issuer=lab.pki[Role.MO_SUBCA2], organization="MO")
    leaf = issue(Role.CONTRACT, lab.pki.emaid, suite=lab.suite, issuer=sub3)
    return Credentials([leaf.certificate, sub3.certificate, *lab.pki.chain(Role.CONTRACT)[1:]], leaf.key)


def _wrong_issuer(lab: Lab) -> Credentials:
    stranger = build_pki(lab.suite)
    leaf = issue(Role.CONTRACT, lab.pki.emaid, suite=lab.suite, issuer=stranger[Role.MO_SUBCA2], organization="MO")
    return _with_subs(lab, leaf)


def _unknown_root(lab: Lab) -> Credentials:
    stranger = build_pki(lab.suite)
    return Credentials(stranger.chain(Role.CONTRACT), stranger[Role.CONTRACT].key)


def _own(lab: Lab, **kw: Any) -> Credentials:
    return Credentials(lab.pki.chain(Role.CONTRACT), lab.pki[Role.CONTRACT].key, **kw)


@dataclass
class Case:
    name: str
    credentials: Callable[[Lab], Credentials]
    code: str
    pnc_config: Callable[[Lab, Any], str] = lambda lab, tmp: ""


def _crl(lab: Lab, tmp: Any) -> str:
    crl = make_crl(lab.pki[Role.MO_SUBCA2], [lab.pki[Role.CONTRACT].certificate])
    path = tmp / "mo-subca2.crl.pem"
    path.write_bytes(crl.public_bytes(Encoding.PEM))
    return f'crls = ["{path}"]'


def _ocsp(lab: Lab, tmp: Any) -> str:
    response = make_ocsp_response(lab.pki[Role.CONTRACT].certificate, lab.pki[Role.MO_SUBCA2], revoked=True)
    path = tmp / "contract.ocsp.der"
    path.write_bytes(response.public_bytes(Encoding.DER))
    return f'ocsp_responses = ["{path}"]'


CASES = [
    Case("expired", lambda lab: _with_subs(lab, _contract(lab, not_before=NOW - dt.timedelta(days=800),
                                                           validity=dt.timedelta(days=400))),
         "WARNING_CertificateExpired"),
    Case("not-yet-valid", lambda lab: _with_subs(lab, _contract(lab, not_before=NOW + dt.timedelta(days=2))),
         "WARNING_CertificateNotYetValid"),
    Case("wrong-issuer", _wrong_issuer, "WARNING_CertificateValidationError"),
    Case("path-length", _path_length, "WARNING_CertificateValidationError"),
    Case("wrong-curve", lambda lab: _with_subs(lab, _contract(lab, key=ec.generate_private_key(ec.SECP256R1()))),
         "WARNING_CertificateValidationError"),
    Case("revoked-crl", _own, "WARNING_CertificateRevoked", _crl),
    Case("revoked-ocsp", _own, "WARNING_CertificateRevoked", _ocsp),
    Case("tampered-signature", lambda lab: _own(lab, spoil=_tamper), "FAILED_SignatureError"),
    Case("wrong-challenge", lambda lab: _own(lab, before_signing=_other_challenge), "WARNING_ChallengeInvalid"),
    Case("unknown-mo-root", _unknown_root, "WARNING_eMSPUnknown"),
    Case("missing-certificate", lambda lab: _own(lab, before_signing=_missing_leaf), "WARNING_NoCertificateAvailable"),
]


def assert_refused_without_power(secc: RunningSECC, report: Any, ev: Any, code: str) -> None:
    assert report.end.error and code in report.end.reason, report.end
    assert "PowerDeliveryReq" not in report.requests and "ServiceDiscoveryReq" not in report.requests
    assert secc.contactor_closes == 0 and True not in ev.contactor_history and not ev.contactors_closed
    assert all(a.method != "PnC" for a in secc.authorizations)  # the integrator never saw a refused contract


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_refused_authorization(start_secc, lab: Lab, case: Case, tmp_path) -> None:
    secc = await start_secc(secc_toml(lab, pnc=case.pnc_config(lab, tmp_path)))
    report, ev = await run_ev(secc, lab, case.credentials(lab))
    assert_refused_without_power(secc, report, ev, case.code)


@pytest.mark.parametrize("suite", SUITES20, ids=lambda s: s.value)
async def test_replayed_authorization_from_an_earlier_session(start_secc, labs, suite) -> None:
    """A signed AuthorizationReq captured from one session is refused in the next (new GenChallenge)."""
    lab = labs[suite]
    secc = await start_secc(secc_toml(lab))
    honest = _own(lab)
    report, _ = await run_ev(secc, lab, honest)
    assert not report.end.error
    captured = honest.signed[-1]

    def replay(request: Any) -> Any:
        replayed = copy.deepcopy(captured)
        signature = replayed.Header.Signature
        replayed.Header = request.Header  # the header is not signed: an attacker fits it to the session
        replayed.Header.Signature = signature
        return replayed

    secc.contactor_closes, secc.authorizations = 0, []  # count the replay session alone
    report, ev = await run_ev(secc, lab, _own(lab, spoil=replay))
    assert_refused_without_power(secc, report, ev, "WARNING_ChallengeInvalid")


# --- certificate installation refused --------------------------------------------------------


def _provisioning(lab: Lab, *, chain: list[Any] | None = None, key: Any = None,
                  v2g_roots: list[Any] | None = None) -> ProvisioningCredentials:
    prov = lab.pki[Role.OEM_PROV]
    return ProvisioningCredentials(chain or lab.pki.chain(Role.OEM_PROV), key or prov.key,
                                   v2g_roots or [lab.pki[Role.V2G_ROOT].certificate],
                                   agreement_key=prov.agreement_key or prov.key)


async def test_installation_for_a_foreign_vehicle_falls_back_to_eim(start_secc, labs, tmp_path) -> None:
    lab = labs[SUITES20[0]]
    secc = await start_secc(secc_toml(lab))
    stranger = build_pki(lab.suite)
    provisioning = ProvisioningCredentials(stranger.chain(Role.OEM_PROV), stranger[Role.OEM_PROV].key,
                                           [lab.pki[Role.V2G_ROOT].certificate])
    wallet = ContractWallet.open(store=tmp_path / "store", provisioning=provisioning)
    report, ev = await run_ev(secc, lab, wallet)
    assert ("CertificateInstallationFailed", "WARNING_CertificateValidationError") in ev.events
    assert not report.end.error and [a.method for a in secc.authorizations] == ["EIM"]
    assert wallet.contract is None and not (tmp_path / "store").exists()


async def test_installation_request_signed_by_another_key_fails_without_power(start_secc, labs, tmp_path) -> None:
    lab = labs[SUITES20[1]]
    secc = await start_secc(secc_toml(lab))
    other_key = build_pki(lab.suite)[Role.OEM_PROV].key
    prov = lab.pki[Role.OEM_PROV]

    class WrongSigner(ProvisioningCredentials):
        pass

    provisioning = WrongSigner(lab.pki.chain(Role.OEM_PROV), prov.key, [lab.pki[Role.V2G_ROOT].certificate],
                               agreement_key=prov.agreement_key)
    provisioning.key = other_key  # signs with a key the provisioning certificate does not hold
    wallet = ContractWallet.open(store=tmp_path, provisioning=provisioning)
    report, ev = await run_ev(secc, lab, wallet)
    assert report.end.kind is EndKind.Failed and "FAILED_SignatureError" in report.end.reason
    assert secc.contactor_closes == 0 and True not in ev.contactor_history and secc.authorizations == []


@pytest.mark.parametrize("suite", SUITES20, ids=lambda s: s.value)
async def test_the_ev_refuses_a_contract_from_an_untrusted_cps(start_secc, labs, suite, tmp_path) -> None:
    """The EV trusts another V2G root for CPS chains: the delivered contract is never used nor stored."""
    lab = labs[suite]
    secc = await start_secc(secc_toml(lab))
    stranger = build_pki(lab.suite)
    wallet = ContractWallet.open(store=tmp_path / "store",
                                 provisioning=_provisioning(lab, v2g_roots=[stranger[Role.V2G_ROOT].certificate]))
    report, ev = await run_ev(secc, lab, wallet, config=ev_config(certificate_installation="always"))
    failed = [detail for name, detail in ev.events if name == "CertificateInstallationFailed"]
    assert failed and "trusted root" in failed[0], ev.events
    assert wallet.contract is None and not (tmp_path / "store").exists()
    assert [a.method for a in secc.authorizations] == ["EIM"]


async def test_the_ev_refuses_a_contract_key_sealed_for_someone_else(start_secc, labs, tmp_path) -> None:
    """Right CPS, but the EV's ECDH key differs from the certificate's: decryption fails, nothing is used."""
    lab = labs[SUITES20[0]]
    secc = await start_secc(secc_toml(lab))
    provisioning = _provisioning(lab)
    provisioning.agreement_key = ec.generate_private_key(ec.SECP521R1())
    wallet = ContractWallet.open(store=tmp_path / "store", provisioning=provisioning)
    report, ev = await run_ev(secc, lab, wallet)
    failed = [detail for name, detail in ev.events if name == "CertificateInstallationFailed"]
    assert failed and "decryption" in failed[0], ev.events
    assert wallet.contract is None and not (tmp_path / "store").exists()
