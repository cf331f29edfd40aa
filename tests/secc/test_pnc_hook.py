"""The Plug & Charge hook of the Authorization state (the PKI issue plugs its verifier in here)."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest

from secc_driver import Driver

from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import ListOfRootCertificateIDsType
from iso15118.messages.common_types import processingType
from iso15118.messages.common_types import responseCodeType as RC
from iso15118.security.errors import CertificateExpiredError, NoContractError, SignatureError, UnknownRootError
from iso15118.session.timers import SessionTiming
from iso15118.messages.xmldsig import X509IssuerSerialType
from iso15118.session.units import header
from evcc import probe as p
from secc.authorization import PnCResult
from secc.config import SECCConfig
from secc.controller import SessionInfo
from secc.d20.responses import error_response


class FakePnC:
    supported_providers = ["DE-PNX"]
    installs_certificates = True

    def __init__(self, code: RC = RC.OK, install_delay_s: float = 0.0, refuse: Exception | None = None) -> None:
        self.code = code
        self.challenges: list[bytes] = []
        self.install_delay_s = install_delay_s
        self.refuse = refuse
        self.installations = 0

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        self.challenges.append(gen_challenge)
        ok = request.PnC_AReqAuthorizationMode.GenChallenge == gen_challenge
        return PnCResult(self.code if ok else RC.WARNING_ChallengeInvalid, emaid="DE-PNX-C12345678-9")

    async def install_certificate(self, request: Any, info: SessionInfo) -> Any:
        self.installations += 1
        await asyncio.sleep(self.install_delay_s)
        if self.refuse is not None:
            raise self.refuse
        res = error_response(request, RC.OK, info.session_id)
        res.RemainingContractCertificateChains = 1
        return res


def pnc_request(sid: bytes, challenge: bytes) -> cm.AuthorizationReq:
    chain = cm.ContractCertificateChainType(Certificate=b"\x30\x01", SubCertificates=cm.SubCertificatesType(
        Certificate=[b"\x30\x02"]))
    return cm.AuthorizationReq(
        Header=header(sid), SelectedAuthorizationService=cm.authorizationType.PnC,
        PnC_AReqAuthorizationMode=cm.PnC_AReqAuthorizationModeType(Id="id1", GenChallenge=challenge,
                                                                   ContractCertificateChain=chain),
    )


def installation_request(sid: bytes) -> cm.CertificateInstallationReq:
    return cm.CertificateInstallationReq(
        Header=header(sid),
        OEMProvisioningCertificateChain=cm.SignedCertificateChainType(Id="id2", Certificate=b"\x30\x03"),
        ListOfRootCertificateIDs=ListOfRootCertificateIDsType(
            RootCertificateID=[X509IssuerSerialType(X509IssuerName="CN=V2G Root", X509SerialNumber=1)]),
        MaximumContractCertificateChains=1,
    )


async def setup(code: RC = RC.OK, pnc: FakePnC | None = None, **config: Any) -> tuple[Driver, FakePnC, Any]:
    d = Driver(SECCConfig(authorization_methods=("EIM", "PnC"), **config))
    pnc = pnc or FakePnC(code)
    d.env.pnc = pnc
    await d.send(p.sap_request(True))
    await d.send(p.session_setup())
    out = await d.send(p.authorization_setup(d.sid))
    return d, pnc, out.response


async def test_pnc_offered_with_challenge_and_accepted() -> None:
    d, pnc, res = await setup()
    assert res.AuthorizationServices == [cm.authorizationType.EIM, cm.authorizationType.PnC]
    challenge = res.PnC_ASResAuthorizationMode.GenChallenge
    assert len(challenge) == 16 and res.PnC_ASResAuthorizationMode.SupportedProviders.ProviderID == ["DE-PNX"]
    out = await d.send(pnc_request(d.sid, challenge))
    assert out.response.ResponseCode is RC.OK and pnc.challenges == [challenge]
    assert "ServiceDiscoveryReq" in d.allowed_names


async def test_wrong_challenge_and_certificate_warnings_are_passed_through() -> None:
    d, pnc, res = await setup()
    out = await d.send(pnc_request(d.sid, bytes(16)))
    assert out.response.ResponseCode is RC.WARNING_ChallengeInvalid and "ServiceDiscoveryReq" not in d.allowed_names
    d, pnc, res = await setup(RC.WARNING_CertificateExpired)
    out = await d.send(pnc_request(d.sid, res.PnC_ASResAuthorizationMode.GenChallenge))
    assert out.response.ResponseCode is RC.WARNING_CertificateExpired
    d, pnc, res = await setup(RC.FAILED_SignatureError)
    out = await d.send(pnc_request(d.sid, res.PnC_ASResAuthorizationMode.GenChallenge))
    assert out.response.ResponseCode is RC.FAILED_SignatureError and out.end


async def test_certificate_installation_goes_to_the_hook_when_offered() -> None:
    d, pnc, res = await setup(certificate_installation=True)
    assert res.CertificateInstallationService is True
    out = await d.send(installation_request(d.sid))
    assert out.response.ResponseCode is RC.OK and out.response.RemainingContractCertificateChains == 1
    assert out.response.Header.SessionID == d.sid and "AuthorizationReq" in d.allowed_names


async def test_without_an_authorizer_pnc_is_not_offered() -> None:
    d = Driver(SECCConfig(authorization_methods=("EIM", "PnC"), certificate_installation=True))
    await d.send(p.sap_request(True))
    await d.send(p.session_setup())
    res = (await d.send(p.authorization_setup(d.sid))).response
    assert res.AuthorizationServices == [cm.authorizationType.EIM] and res.CertificateInstallationService is False
    out = await d.send(pnc_request(d.sid, bytes(16)))
    assert out.response.ResponseCode is RC.WARNING_AuthorizationSelectionInvalid


async def test_a_slow_backend_is_answered_ongoing_and_delivered_on_a_later_request() -> None:
    d, pnc, _ = await setup(pnc=FakePnC(install_delay_s=0.3), certificate_installation=True,
                            timing=SessionTiming().scaled(0.1))  # performance time 0.45 s: waits 0 s
    out = await d.send(installation_request(d.sid))
    assert out.response.ResponseCode is RC.OK and out.response.EVSEProcessing is processingType.Ongoing
    assert d.allowed_names == {"CertificateInstallationReq"}
    await asyncio.sleep(0.35)
    out = await d.send(installation_request(d.sid))
    assert out.response.EVSEProcessing is processingType.Finished and out.response.RemainingContractCertificateChains == 1
    assert pnc.installations == 1  # the repeated request joined the running backend call


async def test_backend_still_ongoing_after_the_ongoing_timeout_fails_the_session() -> None:
    d, _, _ = await setup(pnc=FakePnC(install_delay_s=5), certificate_installation=True,
                          timing=SessionTiming().scaled(0.1))
    first = await d.send(installation_request(d.sid), now=d.now)
    assert first.response.EVSEProcessing is processingType.Ongoing and first.end is None
    late = await d.send(installation_request(d.sid), now=d.now + 7)  # ongoing timeout: 6 s scaled
    assert late.response.ResponseCode is RC.FAILED and late.end
    d.env.installation.cancel()


@pytest.mark.parametrize("error, code, ends", [
    (CertificateExpiredError("prov"), RC.WARNING_CertificateExpired, False),
    (UnknownRootError("oem"), RC.WARNING_CertificateValidationError, False),
    (NoContractError("PCID"), RC.WARNING_NoContractMatchingPCIDFound, False),
    (SignatureError("tampered"), RC.FAILED_SignatureError, True),
    (RuntimeError("backend down"), RC.FAILED, True),
])
async def test_backend_refusals_carry_their_response_code(error: Exception, code: RC, ends: bool) -> None:
    d, _, _ = await setup(pnc=FakePnC(refuse=error), certificate_installation=True)
    out = await d.send(installation_request(d.sid))
    assert out.response.ResponseCode is code and bool(out.end) is ends
    assert out.response.Header.SessionID == d.sid
    if not ends:
        assert "AuthorizationReq" in d.allowed_names


async def test_a_gen_challenge_is_consumed_by_the_decision() -> None:
    d, pnc, res = await setup()
    challenge = res.PnC_ASResAuthorizationMode.GenChallenge
    assert (await d.send(pnc_request(d.sid, challenge))).response.ResponseCode is RC.OK
    assert d.ctx.gen_challenge is None
    other, _, res2 = await setup()
    assert res2.PnC_ASResAuthorizationMode.GenChallenge != challenge  # fresh per session: no replay across sessions
