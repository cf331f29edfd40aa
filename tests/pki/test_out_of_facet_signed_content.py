"""Values the decoder reads (it follows the reference) but no valid signer can have written: a PnC
AuthorizationReq with a GenChallenge of the wrong length, a CertificateInstallationRes with an encrypted
contract key of the wrong length. Verifying must end in a typed SecurityError (and its -20 code), never in
an encoder exception escaping from the signature check."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest

from iso15118.exi import decode, encode
from iso15118.messages import COMMON_MESSAGES
from iso15118.messages.common_messages import AuthorizationReq, PnC_AReqAuthorizationModeType, authorizationType
from iso15118.messages.common_types import MessageHeaderType, responseCodeType
from iso15118.security.errors import SecurityError, SignatureError
from iso15118.security.pnc import authorization_outcome, contract_chain_element, open_certificate_installation_res
from iso15118.security.xmldsig import sign_message
from pki.backend import LocalContractService
from pki.profiles import Role, Suite
from pki.testpki import TestPKI
from test_pnc_flow import _installation_req

NOW = dt.datetime.now(dt.timezone.utc)
HEADER = MessageHeaderType(SessionID=bytes.fromhex("00112233445566aa"), TimeStamp=1_700_000_000)


def _wire(message):
    return decode(encode(message), COMMON_MESSAGES)


@pytest.mark.parametrize("size", [12, 17])
def test_signed_authorization_with_a_wrong_length_challenge_is_refused_with_a_code(pkis: dict[Suite, TestPKI],
                                                                                    size: int) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    challenge = os.urandom(16)
    request = AuthorizationReq(Header=HEADER, SelectedAuthorizationService=authorizationType.PnC,
                               PnC_AReqAuthorizationMode=PnC_AReqAuthorizationModeType(
                                   Id="PnC", GenChallenge=challenge,
                                   ContractCertificateChain=contract_chain_element(pki.chain(Role.CONTRACT))))
    received = _wire(sign_message(request, pki[Role.CONTRACT].key))
    received.PnC_AReqAuthorizationMode.GenChallenge = (challenge * 2)[:size]  # as decoded from a hostile peer
    roots = [pki[Role.MO_ROOT].certificate, pki[Role.V2G_ROOT].certificate]
    code, emaid, error = authorization_outcome(received, gen_challenge=challenge, trust_anchors=roots, now=NOW)
    assert code is responseCodeType.FAILED_SignatureError and emaid is None
    assert isinstance(error, SignatureError) and "GenChallenge" in str(error)


@pytest.mark.parametrize("size", [0, 93, 95])
def test_installation_response_with_a_wrong_length_encrypted_key_is_a_typed_error(pkis: dict[Suite, TestPKI],
                                                                                  size: int) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    response = _wire(LocalContractService(pki).certificate_installation_res(_wire(_installation_req(pki)), now=NOW))
    data = response.SignedInstallationData
    response.SignedInstallationData = dataclasses.replace(
        data, SECP521_EncryptedPrivateKey=(data.SECP521_EncryptedPrivateKey * 2)[:size])
    with pytest.raises(SecurityError) as err:
        open_certificate_installation_res(response, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid,
                                          v2g_roots=[pki[Role.V2G_ROOT].certificate], now=NOW)
    assert "SECP521_EncryptedPrivateKey" in str(err.value)
