"""The SECC's -2 PnC entry points (secc.authorization): contract chain of PaymentDetailsReq against the MO roots,
the signed AuthorizationReq against that contract, and the lab CPS reading a `pki init --suite iso2` tree."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from iso15118.messages import iso2_msg_body as body2
from iso15118.messages.iso2_msg_data_types import responseCodeType
from iso15118.security import iso2
from iso15118.security.certificates import load_pem_certificates
from pki.profiles import Role
from pki.testpki import TestPKI, load_pki
from secc.authorization import ContractAuthorizer, LocalISO2CPS
from secc.controller import SessionInfo

ROOT = Path(__file__).resolve().parents[2]
INFO = SessionInfo(session_id=bytes(8))
CHALLENGE = bytes(range(16, 32))


async def test_payment_details_then_authorization(pki2: TestPKI, pki20: TestPKI) -> None:
    authorizer = ContractAuthorizer([pki2.root(Role.CONTRACT), pki20.root(Role.CONTRACT)])
    request = body2.PaymentDetailsReq(eMAID=pki2.emaid, ContractSignatureCertChain=iso2.certificate_chain(pki2.chain(Role.CONTRACT)))
    result = await authorizer.verify_contract_iso2(request, INFO)
    assert result.response_code is responseCodeType.OK and result.contract is not None
    assert result.contract.emaid == pki2.emaid
    key = pki2[Role.CONTRACT].key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    auth, signature = iso2.authorization_req(CHALLENGE, key)
    ok = await authorizer.verify_authorization_iso2(auth, signature, result.contract, CHALLENGE, INFO)
    assert ok.response_code is responseCodeType.OK
    replay = await authorizer.verify_authorization_iso2(auth, signature, result.contract, bytes(16), INFO)
    assert replay.response_code is responseCodeType.FAILED_ChallengeInvalid and replay.reason


async def test_contract_of_an_unknown_mo_is_refused(pki2: TestPKI, pki20: TestPKI) -> None:
    authorizer = ContractAuthorizer([pki20.root(Role.CONTRACT)])
    request = body2.PaymentDetailsReq(eMAID=pki2.emaid, ContractSignatureCertChain=iso2.certificate_chain(pki2.chain(Role.CONTRACT)))
    result = await authorizer.verify_contract_iso2(request, INFO)
    assert result.response_code is responseCodeType.FAILED_CertChainError and result.contract is None and result.reason


async def test_local_iso2_cps_from_a_pki_init_tree(tmp_path: Path) -> None:
    out = tmp_path / "pki"
    subprocess.run([sys.executable, "-m", "pki.cli", "init", str(out), "--suite", "iso2"], cwd=ROOT, check=True,
                   capture_output=True)
    pki = load_pki(out)
    cps = LocalISO2CPS(out)
    prov_key = pki[Role.OEM_PROV].key
    assert isinstance(prov_key, ec.EllipticCurvePrivateKey)
    v2g_roots = load_pem_certificates([out / "trust/v2g-roots.pem"])
    request, signature = iso2.certificate_installation_req(pki[Role.OEM_PROV].certificate, prov_key, v2g_roots)
    response, response_signature = await cps.certificate_installation(request, signature, INFO)
    installed = iso2.open_certificate_installation_res(response, response_signature, agreement_key=prov_key,
                                                       v2g_roots=v2g_roots,
                                                       mo_roots=load_pem_certificates([out / "trust/mo-roots.pem"]))
    update, update_signature = iso2.certificate_update_req(installed.chain, installed.key, v2g_roots)
    response, response_signature = await cps.certificate_update(update, update_signature, INFO)
    renewed = iso2.open_certificate_installation_res(response, response_signature, agreement_key=installed.key,
                                                     v2g_roots=v2g_roots)
    assert renewed.emaid == installed.emaid and renewed.chain[0] != installed.chain[0]
    # -2 carries each certificate in at most 800 bytes (certificateType)
    for issued in pki.certs.values():
        assert len(issued.certificate.public_bytes(Encoding.DER)) <= 800, issued.role
