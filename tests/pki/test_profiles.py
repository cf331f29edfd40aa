"""Generated certificates conform to their ISO 15118 profiles; deviations are reported."""
from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509

from pki.inspect import check_profile, describe
from pki.issue import issue, subject_key_identifier
from pki.profiles import PROFILES, KeyUsage, Profile, Role, Suite
from pki.testpki import LAYOUT, TestPKI


def test_every_certificate_matches_its_profile(pkis: dict[Suite, TestPKI], suite: Suite) -> None:
    pki = pkis[suite]
    for role in LAYOUT:
        assert check_profile(pki[role].certificate, role, suite) == [], role


def test_identifiers_and_extensions(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    secc, contract, prov = (describe(pki[r].certificate) for r in (Role.SECC, Role.CONTRACT, Role.OEM_PROV))
    assert "CN=DE*PNX*E12345*1" in secc["subject"] and "DC=CPO" in secc["subject"]
    assert f"CN={pki.emaid}" in contract["subject"] and f"CN={pki.pcid}" in prov["subject"]
    assert len(pki.pcid) == 18
    assert contract["signature_algorithm"] == "ecdsa-with-SHA512" and contract["key"] == "EC secp521r1"
    sub1 = pki[Role.MO_SUBCA1].certificate
    assert describe(sub1)["path_length"] == 1 and describe(pki[Role.MO_SUBCA2].certificate)["path_length"] == 0
    # AKI of each certificate is the SKI of its issuer; SKIs are 8 bytes (16 hex chars in the key-transport AAD)
    for leaf in (Role.SECC, Role.CONTRACT, Role.OEM_PROV, Role.CPS):
        chain = [*pki.chain(leaf), pki.root(leaf)]
        for child, parent in zip(chain, chain[1:]):
            assert describe(child)["aki"] == describe(parent)["ski"]
            assert len(describe(child)["ski"]) == 16
    assert describe(pkis[Suite.ISO20_ED448][Role.CONTRACT].certificate)["key"] == "Ed448"


def test_ocsp_signer_profile(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    responder = issue(Role.OCSP_SIGNER, "MO OCSP", suite=pki.suite, issuer=pki[Role.MO_SUBCA2])
    assert check_profile(responder.certificate, Role.OCSP_SIGNER, pki.suite) == []
    assert describe(responder.certificate)["extended_key_usage"] == ["OCSPSigning"]


def test_deviations_are_reported(pkis: dict[Suite, TestPKI]) -> None:
    pki = pkis[Suite.ISO20_ECDSA]
    contract = pki[Role.CONTRACT].certificate
    assert any("basicConstraints" in p for p in check_profile(contract, Role.MO_SUBCA2, pki.suite))
    assert any("Ed448" in p for p in check_profile(contract, Role.CONTRACT, Suite.ISO20_ED448))
    assert any("not allowed" in p for p in check_profile(contract, Role.CONTRACT, Suite.ISO2))
    wrong_usage = Profile(Role.CONTRACT, None, False, None, KeyUsage(digital_signature=True), PROFILES[Role.CONTRACT].max_validity)
    odd = issue(Role.CONTRACT, pki.emaid, suite=pki.suite, issuer=pki[Role.MO_SUBCA2], profile=wrong_usage)
    assert any("keyUsage" in p for p in check_profile(odd.certificate, Role.CONTRACT, pki.suite))
    long_lived = issue(Role.CONTRACT, pki.emaid, suite=pki.suite, issuer=pki[Role.MO_SUBCA2],
                       validity=dt.timedelta(days=3 * 365))
    assert any("validity" in p for p in check_profile(long_lived.certificate, Role.CONTRACT, pki.suite))
    wrong_dc = check_profile(pki[Role.SECC].certificate, Role.MO_SUBCA1, pki.suite)
    assert any("DC" in p for p in wrong_dc)


def test_ski_method_two() -> None:
    from cryptography.hazmat.primitives.asymmetric import ec
    key = ec.generate_private_key(ec.SECP521R1()).public_key()
    ski = subject_key_identifier(key)
    assert len(ski) == 8 and ski[0] >> 4 == 0x4
    assert ski != subject_key_identifier(ec.generate_private_key(ec.SECP521R1()).public_key())


@pytest.mark.parametrize("role", list(PROFILES), ids=lambda r: r.value)
def test_profile_table_is_sane(role: Role) -> None:
    profile = PROFILES[role]
    assert profile.ca == profile.key_usage.key_cert_sign
    assert (profile.path_length is None) or profile.ca
    assert isinstance(profile.key_usage.extension(), x509.KeyUsage)
