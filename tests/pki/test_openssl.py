"""Every chain the toolkit makes is accepted by the real `openssl verify` (and its files load)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pki.issue import make_crl, make_ocsp_response
from pki.profiles import Role, Suite
from pki.testpki import CHAINS, LAYOUT, ROOT_OF, TestPKI

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl binary not installed")

LEAVES = list(CHAINS)


def _openssl(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *args], capture_output=True, input=input, timeout=30)


def _file(out: Path, role: Role, suffix: str = ".pem") -> str:
    directory, stem = LAYOUT[role]
    return str(out / directory / f"{stem}{suffix}")


@pytest.mark.parametrize("leaf", LEAVES, ids=lambda r: r.value)
def test_openssl_verifies_chain_to_root(pki_dirs: dict[Suite, Path], suite: Suite, leaf: Role, tmp_path: Path) -> None:
    out = pki_dirs[suite]
    roles, _ = CHAINS[leaf]
    untrusted = tmp_path / "untrusted.pem"
    untrusted.write_bytes(b"".join(Path(_file(out, r)).read_bytes() for r in roles[1:]))
    result = _openssl("verify", "-x509_strict", "-CAfile", _file(out, ROOT_OF[leaf]), "-untrusted", str(untrusted),
                      _file(out, leaf))
    assert result.returncode == 0, result.stderr.decode()
    assert b": OK" in result.stdout


@pytest.mark.parametrize("leaf", LEAVES, ids=lambda r: r.value)
def test_openssl_partial_chain_trusting_sub_ca(pki_dirs: dict[Suite, Path], suite: Suite, leaf: Role) -> None:
    """The SECC may pin a Sub-CA instead of the root (-partial_chain)."""
    out = pki_dirs[suite]
    sub2 = CHAINS[leaf][0][1]
    result = _openssl("verify", "-partial_chain", "-CAfile", _file(out, sub2), _file(out, leaf))
    assert result.returncode == 0, result.stderr.decode()


def test_openssl_rejects_chain_under_wrong_root(pki_dirs: dict[Suite, Path]) -> None:
    out = pki_dirs[Suite.ISO20_ECDSA]
    result = _openssl("verify", "-CAfile", _file(out, Role.MO_ROOT), "-untrusted", str(out / "secc" / "chain.pem"),
                      _file(out, Role.SECC))
    assert result.returncode != 0


def test_tls_chain_file_is_leaf_subca2_subca1(pki_dirs: dict[Suite, Path], pkis: dict[Suite, TestPKI]) -> None:
    from cryptography import x509
    for suite, out in pki_dirs.items():
        chain = x509.load_pem_x509_certificates((out / "secc" / "chain.pem").read_bytes())
        assert chain == pkis[suite].chain(Role.SECC)


def test_openssl_reads_pkcs12_and_keys(pki_dirs: dict[Suite, Path], suite: Suite) -> None:
    out = pki_dirs[suite]
    p12 = _openssl("pkcs12", "-in", str(out / "secc" / "leaf.p12"), "-passin", "pass:", "-nodes", "-info")
    assert p12.returncode == 0, p12.stderr.decode()
    assert p12.stdout.count(b"BEGIN CERTIFICATE") == 3
    key = _openssl("pkey", "-in", _file(out, Role.SECC, ".key.pem"), "-noout")
    assert key.returncode == 0, key.stderr.decode()


def test_openssl_checks_our_crl(pki_dirs: dict[Suite, Path], pkis: dict[Suite, TestPKI], suite: Suite,
                                tmp_path: Path) -> None:
    pki, out = pkis[suite], pki_dirs[suite]
    crl = make_crl(pki[Role.MO_SUBCA2], [pki[Role.CONTRACT].certificate])
    from cryptography.hazmat.primitives.serialization import Encoding
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(b"".join(Path(_file(out, r)).read_bytes() for r in (Role.MO_ROOT, Role.MO_SUBCA1, Role.MO_SUBCA2)))
    crl_file = tmp_path / "crl.pem"
    crl_file.write_bytes(crl.public_bytes(Encoding.PEM))
    result = _openssl("verify", "-crl_check", "-CAfile", str(bundle), "-CRLfile", str(crl_file), _file(out, Role.CONTRACT))
    assert result.returncode != 0
    assert b"revoked" in (result.stdout + result.stderr)


def test_openssl_verifies_our_ocsp_response(pki_dirs: dict[Suite, Path], pkis: dict[Suite, TestPKI],
                                            tmp_path: Path) -> None:
    suite = Suite.ISO20_ECDSA
    pki, out = pkis[suite], pki_dirs[suite]
    response = make_ocsp_response(pki[Role.CONTRACT].certificate, pki[Role.MO_SUBCA2], revoked=True)
    from cryptography.hazmat.primitives.serialization import Encoding
    der = tmp_path / "resp.der"
    der.write_bytes(response.public_bytes(Encoding.DER))
    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(b"".join(Path(_file(out, r)).read_bytes() for r in (Role.MO_ROOT, Role.MO_SUBCA1, Role.MO_SUBCA2)))
    result = _openssl("ocsp", "-respin", str(der), "-CAfile", str(bundle), "-issuer", _file(out, Role.MO_SUBCA2),
                      "-cert", _file(out, Role.CONTRACT), "-resp_text")
    text = (result.stdout + result.stderr).decode()
    assert "Response verify OK" in text, text
    assert "revoked" in text.lower()
