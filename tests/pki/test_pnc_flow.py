"""Whole Plug & Charge flow on real EXI: certificate installation through the lab backend, then
PnC authorization with the installed contract; plus the never-raising outcome for the SECC."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from iso15118.exi import decode, encode
from iso15118.messages import COMMON_MESSAGES
from iso15118.messages.common_messages import (
    AuthorizationReq,
    CertificateInstallationReq,
    PnC_AReqAuthorizationModeType,
    SignedCertificateChainType,
    SubCertificatesType,
    authorizationType,
)
from iso15118.messages.common_types import ListOfRootCertificateIDsType, MessageHeaderType, responseCodeType
from iso15118.security.errors import CertChainError, response_code
from iso15118.security.pnc import (
    authorization_outcome,
    contract_chain_element,
    open_certificate_installation_res,
    root_certificate_id,
)
from iso15118.security.xmldsig import sign_message
from pki.backend import LocalContractService
from pki.issue import issue
from pki.profiles import Role, Suite
from pki.testpki import TestPKI, load_pki

NOW = dt.datetime.now(dt.timezone.utc)


def _header() -> MessageHeaderType:
    return MessageHeaderType(SessionID=bytes.fromhex("00112233445566aa"), TimeStamp=1_700_000_000)


def _der(cert) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding
    return cert.public_bytes(Encoding.DER)


def _installation_req(pki: TestPKI, signer_key=None) -> CertificateInstallationReq:
    chain = pki.chain(Role.OEM_PROV)
    request = CertificateInstallationReq(
        Header=_header(),
        OEMProvisioningCertificateChain=SignedCertificateChainType(
            Id="OEMChain", Certificate=_der(chain[0]),
            SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in chain[1:]])),
        ListOfRootCertificateIDs=ListOfRootCertificateIDsType(
            RootCertificateID=[root_certificate_id(pki[Role.V2G_ROOT].certificate)]),
        MaximumContractCertificateChains=1)
    return sign_message(request, signer_key or pki[Role.OEM_PROV].key)


def _wire(message):
    return decode(encode(message), COMMON_MESSAGES)


@pytest.mark.parametrize("suite", [Suite.ISO20_ECDSA, Suite.ISO20_ED448], ids=lambda s: s.value)
def test_install_then_authorize(pki_dirs: dict[Suite, Path], suite: Suite) -> None:
    pki = load_pki(pki_dirs[suite])  # what a lab SECC/EVCC pointed at the directory sees
    backend = LocalContractService(pki)
    response = _wire(backend.certificate_installation_res(_wire(_installation_req(pki)), now=NOW))
    assert response.ResponseCode is responseCodeType.OK
    contract = open_certificate_installation_res(
        response, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid, v2g_roots=[pki[Role.V2G_ROOT].certificate],
        mo_roots=[pki[Role.MO_ROOT].certificate], now=NOW)
    assert contract.emaid.startswith("DEPNXC")
    challenge = os.urandom(16)
    request = AuthorizationReq(Header=_header(), SelectedAuthorizationService=authorizationType.PnC,
                               PnC_AReqAuthorizationMode=PnC_AReqAuthorizationModeType(
                                   Id="PnC", GenChallenge=challenge,
                                   ContractCertificateChain=contract_chain_element(contract.chain)))
    received = _wire(sign_message(request, contract.key))
    roots = [pki[Role.MO_ROOT].certificate, pki[Role.V2G_ROOT].certificate]
    code, emaid, error = authorization_outcome(received, gen_challenge=challenge, trust_anchors=roots, now=NOW)
    assert (code, emaid, error) == (responseCodeType.OK, contract.emaid, None)
    code, emaid, error = authorization_outcome(received, gen_challenge=os.urandom(16), trust_anchors=roots, now=NOW)
    assert code is responseCodeType.WARNING_ChallengeInvalid and emaid is None and error is not None
    code, _, _ = authorization_outcome(received, gen_challenge=challenge, trust_anchors=roots,
                                       now=NOW + dt.timedelta(days=3 * 365))
    assert code is responseCodeType.WARNING_CertificateExpired


def test_backend_refuses_foreign_vehicle(pkis: dict[Suite, TestPKI]) -> None:
    pki, other = pkis[Suite.ISO20_ECDSA], TestPKI(Suite.ISO20_ECDSA)
    stranger = issue(Role.OEM_PROV, pki.pcid, suite=pki.suite, issuer=issue(Role.OEM_SUBCA2, "OEM Sub-CA 2", suite=pki.suite))
    other.certs = dict(pki.certs) | {Role.OEM_PROV: stranger}
    with pytest.raises(CertChainError) as info:
        LocalContractService(pki).certificate_installation_res(_installation_req(other), now=NOW)
    assert response_code(info.value, "CertificateInstallationReq") == "WARNING_CertificateValidationError"


def test_backend_refuses_request_not_signed_by_the_provisioning_key(pkis: dict[Suite, TestPKI]) -> None:
    from iso15118.security.errors import SignatureError
    pki = pkis[Suite.ISO20_ED448]
    with pytest.raises(SignatureError) as info:
        LocalContractService(pki).certificate_installation_res(_installation_req(pki, pki[Role.SECC].key), now=NOW)
    assert response_code(info.value, "CertificateInstallationReq") == "FAILED_SignatureError"
