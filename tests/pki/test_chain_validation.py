"""SECC chain validation: every failure is a typed error with the right -20 response code."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from iso15118.security.certificates import (
    ISO15118_2,
    ISO15118_20,
    RevocationData,
    load_der_chain,
    validate_chain,
)
from iso15118.security.errors import (
    AlgorithmError,
    CertChainError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateRevokedError,
    NoCertificateAvailableError,
    Reason,
    RevocationUnknownError,
    SecurityError,
    UnknownRootError,
    response_code,
)
from pki.issue import issue, make_crl, make_ocsp_response
from pki.profiles import Role, Suite
from pki.testpki import TestPKI, build_pki

NOW = dt.datetime.now(dt.timezone.utc)
XSD = Path(__file__).resolve().parents[2] / "exi_schemas" / "iso15118-20" / "V2G_CI_CommonTypes.xsd"


def _response_codes() -> set[str]:
    text = XSD.read_text()
    block = text[text.index('name="responseCodeType"'):]
    block = block[:block.index("</xs:simpleType>")]
    return set(re.findall(r'value="([^"]+)"', block))


def _contract(pki: TestPKI) -> list:
    return pki.chain(Role.CONTRACT)


def _mo_roots(pki: TestPKI) -> list:
    return [pki[Role.MO_ROOT].certificate, pki[Role.V2G_ROOT].certificate]


def test_valid_chains_all_suites(pkis: dict[Suite, TestPKI], suite: Suite) -> None:
    pki = pkis[suite]
    for leaf in (Role.CONTRACT, Role.SECC, Role.OEM_PROV, Role.CPS):
        result = validate_chain(pki.chain(leaf), [pki.root(leaf)], now=NOW, policy=suite.policy)
        assert result.leaf == pki[leaf].certificate
        assert result.root == pki.root(leaf)
        assert not result.expires_soon


def test_every_mapped_response_code_exists_in_the_xsd() -> None:
    codes = _response_codes()
    for reason in Reason:
        for message in ("AuthorizationReq", "MeteringConfirmationReq", "CertificateInstallationReq"):
            assert response_code(SecurityError(reason=reason), message) in codes


def _expect(exc_type: type[SecurityError], code: str, chain, roots, **kwargs) -> SecurityError:
    with pytest.raises(exc_type) as info:
        validate_chain(chain, roots, **kwargs)
    assert response_code(info.value) == code
    return info.value


def test_expired_leaf(pkis: dict[Suite, TestPKI], suite20: Suite) -> None:
    pki = pkis[suite20]
    old = issue(Role.CONTRACT, pki.emaid, suite=suite20, issuer=pki[Role.MO_SUBCA2],
                not_before=NOW - dt.timedelta(days=400), validity=dt.timedelta(days=30))
    chain = [old.certificate, *_contract(pki)[1:]]
    error = _expect(CertificateExpiredError, "WARNING_CertificateExpired", chain, _mo_roots(pki), now=NOW)
    assert error.subject == pki.emaid


def test_not_yet_valid(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    future = issue(Role.CONTRACT, pki.emaid, suite=pki.suite, issuer=pki[Role.MO_SUBCA2],
                   not_before=NOW + dt.timedelta(days=3))
    _expect(CertificateNotYetValidError, "WARNING_CertificateNotYetValid",
            [future.certificate, *_contract(pki)[1:]], _mo_roots(pki), now=NOW)


def test_expired_sub_ca_and_validation_time(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    _expect(CertificateExpiredError, "WARNING_CertificateExpired", _contract(pki), _mo_roots(pki),
            now=NOW + dt.timedelta(days=3 * 365))


def test_expires_soon_flag(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    result = validate_chain(_contract(pki), _mo_roots(pki), now=NOW + dt.timedelta(days=720))
    assert result.expires_soon


def test_wrong_issuer(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    chain = [pki[Role.CONTRACT].certificate, pki[Role.CPO_SUBCA2].certificate, pki[Role.MO_SUBCA1].certificate]
    error = _expect(CertChainError, "WARNING_CertificateValidationError", chain, _mo_roots(pki), now=NOW)
    assert error.reason is Reason.WRONG_ISSUER


def test_forged_issuer_same_name_bad_signature(pkis: dict[Suite, TestPKI]) -> None:
    """A Sub-CA 2 with the right name but another key: the leaf's signature does not verify."""
    pki = pkis[Suite.ISO20_ECDSA]
    impostor = issue(Role.MO_SUBCA2, "MO Sub-CA 2", suite=pki.suite, issuer=pki[Role.MO_SUBCA1], organization="MO")
    chain = [pki[Role.CONTRACT].certificate, impostor.certificate, pki[Role.MO_SUBCA1].certificate]
    error = _expect(CertChainError, "WARNING_CertificateValidationError", chain, _mo_roots(pki), now=NOW)
    assert error.reason is Reason.CERTIFICATE_SIGNATURE_INVALID


def test_tampered_certificate_signature(pkis: dict[Suite, TestPKI], suite20: Suite) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    pki = pkis[suite20]
    der = bytearray(pki[Role.CONTRACT].certificate.public_bytes(Encoding.DER))
    der[-5] ^= 0x01  # inside the signature value
    tampered = x509.load_der_x509_certificate(bytes(der))
    error = _expect(CertChainError, "WARNING_CertificateValidationError", [tampered, *_contract(pki)[1:]],
                    _mo_roots(pki), now=NOW)
    assert error.reason is Reason.CERTIFICATE_SIGNATURE_INVALID


def test_path_length_violation(pkis: dict[Suite, TestPKI]) -> None:
    """A third Sub-CA under Sub-CA 2 (pathLen 0) breaks the path length."""
    pki = pkis[Suite.ISO20_ECDSA]
    sub3 = issue(Role.MO_SUBCA2, "MO Sub-CA 3", suite=pki.suite, issuer=pki[Role.MO_SUBCA2], organization="MO")
    leaf = issue(Role.CONTRACT, pki.emaid, suite=pki.suite, issuer=sub3)
    chain = [leaf.certificate, sub3.certificate, *_contract(pki)[1:]]
    error = _expect(CertChainError, "WARNING_CertificateValidationError", chain, _mo_roots(pki), now=NOW)
    assert error.reason is Reason.PATH_LENGTH_EXCEEDED


def test_leaf_used_as_ca(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    child = issue(Role.CONTRACT, "child", suite=pki.suite, issuer=pki[Role.CONTRACT])
    error = _expect(CertChainError, "WARNING_CertificateValidationError",
                    [child.certificate, *_contract(pki)], _mo_roots(pki), now=NOW)
    assert error.reason is Reason.NOT_A_CA


def test_wrong_curve(pkis: dict[Suite, TestPKI]) -> None:
    """A secp256r1 contract key under a -20 PKI is refused by the -20 policy."""
    pki = pkis[Suite.ISO20_ECDSA]
    p256 = issue(Role.CONTRACT, pki.emaid, suite=pki.suite, issuer=pki[Role.MO_SUBCA2],
                 key=ec.generate_private_key(ec.SECP256R1()))
    _expect(AlgorithmError, "WARNING_CertificateValidationError", [p256.certificate, *_contract(pki)[1:]],
            _mo_roots(pki), now=NOW)


def test_iso2_chain_refused_by_iso20_policy_and_vice_versa(pkis: dict[Suite, TestPKI]) -> None:
    _expect(AlgorithmError, "WARNING_CertificateValidationError", _contract(pkis[Suite.ISO2]),
            _mo_roots(pkis[Suite.ISO2]), now=NOW, policy=ISO15118_20)
    _expect(AlgorithmError, "WARNING_CertificateValidationError", _contract(pkis[Suite.ISO20_ED448]),
            _mo_roots(pkis[Suite.ISO20_ED448]), now=NOW, policy=ISO15118_2)


def test_unknown_mo_root(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    other = build_pki(Suite.ISO20_ECDSA)
    error = _expect(UnknownRootError, "WARNING_eMSPUnknown", _contract(pki), _mo_roots(other), now=NOW)
    assert response_code(error, "CertificateInstallationReq") == "WARNING_CertificateValidationError"


def test_missing_certificate() -> None:
    with pytest.raises(NoCertificateAvailableError) as info:
        load_der_chain(b"", [])
    assert response_code(info.value) == "WARNING_NoCertificateAvailable"
    with pytest.raises(NoCertificateAvailableError):
        validate_chain([], [])


def test_missing_sub_ca_is_chain_error(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    _expect(CertChainError, "WARNING_CertificateValidationError",
            [pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA1].certificate], _mo_roots(pki), now=NOW)


def test_garbage_certificate_bytes() -> None:
    with pytest.raises(CertChainError) as info:
        load_der_chain(b"\x30\x03\x02\x01\x00", [])
    assert info.value.reason is Reason.PROFILE_VIOLATION


def test_revoked_by_crl(pkis: dict[Suite, TestPKI], suite: Suite) -> None:
    pki = pkis[suite]
    crl = make_crl(pki[Role.MO_SUBCA2], [pki[Role.CONTRACT].certificate])
    error = _expect(CertificateRevokedError, "WARNING_CertificateRevoked", _contract(pki), _mo_roots(pki),
                    now=NOW, policy=suite.policy, revocation=RevocationData(crls=[crl]))
    assert "CRL" in str(error)


def test_revoked_sub_ca_by_crl(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    crl = make_crl(pki[Role.MO_SUBCA1], [pki[Role.MO_SUBCA2].certificate])
    _expect(CertificateRevokedError, "WARNING_CertificateRevoked", _contract(pki), _mo_roots(pki),
            now=NOW, revocation=RevocationData(crls=[crl]))


def test_crl_signed_by_someone_else_is_ignored(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    forger = issue(Role.MO_SUBCA2, "MO Sub-CA 2", suite=pki.suite, issuer=pki[Role.MO_SUBCA1], organization="MO")
    crl = make_crl(forger, [pki[Role.CONTRACT].certificate])
    validate_chain(_contract(pki), _mo_roots(pki), now=NOW, revocation=RevocationData(crls=[crl]))
    with pytest.raises(RevocationUnknownError):
        validate_chain(_contract(pki), _mo_roots(pki), now=NOW,
                       revocation=RevocationData(crls=[crl], require_status=True))


def test_revoked_by_ocsp(pkis: dict[Suite, TestPKI], suite: Suite) -> None:
    pki = pkis[suite]
    response = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True)
    error = _expect(CertificateRevokedError, "WARNING_CertificateRevoked", _contract(pki), _mo_roots(pki),
                    now=NOW, policy=suite.policy, revocation=RevocationData(ocsp_responses=[response]))
    assert "OCSP" in str(error)


def test_ocsp_cert_id_with_sha256(pkis: dict[Suite, TestPKI]) -> None:
    from cryptography.hazmat.primitives import hashes
    pki = pkis[Suite.ISO20_ED448]
    response = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True,
                                  cert_id_hash=hashes.SHA256())
    _expect(CertificateRevokedError, "WARNING_CertificateRevoked", _contract(pki), _mo_roots(pki), now=NOW,
            revocation=RevocationData(ocsp_responses=[response]))


def test_ocsp_delegated_responder(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    responder = issue(Role.OCSP_SIGNER, "MO OCSP", suite=pki.suite, issuer=pki[Role.MO_SUBCA2], organization="MO")
    revoked = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True, responder=responder)
    _expect(CertificateRevokedError, "WARNING_CertificateRevoked", _contract(pki), _mo_roots(pki), now=NOW,
            revocation=RevocationData(ocsp_responses=[revoked]))


def test_required_status_needs_an_answer_for_every_certificate(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    chain = _contract(pki)
    issuers = [pki[Role.MO_SUBCA2], pki[Role.MO_SUBCA1], pki[Role.MO_ROOT]]
    good = [make_ocsp_response(c, i) for c, i in zip(chain, issuers)]
    validate_chain(chain, _mo_roots(pki), now=NOW, revocation=RevocationData(ocsp_responses=good, require_status=True))
    with pytest.raises(RevocationUnknownError):
        validate_chain(chain, _mo_roots(pki), now=NOW,
                       revocation=RevocationData(ocsp_responses=good[:1], require_status=True))


def test_stale_or_forged_ocsp_is_ignored(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    stale = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True,
                               now=NOW - dt.timedelta(days=10))
    not_ocsp_signer = issue(Role.CONTRACT, "not a responder", suite=pki.suite, issuer=pki[Role.MO_SUBCA2])
    forged = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True,
                                responder=not_ocsp_signer)
    validate_chain(_contract(pki), _mo_roots(pki), now=NOW,
                   revocation=RevocationData(ocsp_responses=[stale, forged]))



def test_written_ocsp_staple_for_the_secc_leaf(pkis: dict[Suite, TestPKI], pki_dirs) -> None:
    from cryptography.x509 import ocsp

    from iso15118.security.certificates import check_revocation
    for suite, out in pki_dirs.items():
        pki = pkis[suite]
        staple = ocsp.load_der_ocsp_response((out / "secc" / "leaf.ocsp.der").read_bytes())
        check_revocation(pki[Role.SECC].certificate, pki[Role.CPO_SUBCA2].certificate,
                         RevocationData(ocsp_responses=[staple], require_status=True), NOW)
        with pytest.raises(RevocationUnknownError):  # it speaks for the SECC leaf only
            check_revocation(pki[Role.CPO_SUBCA2].certificate, pki[Role.CPO_SUBCA1].certificate,
                             RevocationData(ocsp_responses=[staple], require_status=True), NOW)
