"""The `pki` command line end to end (in-process, on temp directories)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_pem_private_key, pkcs12

from pki.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


@pytest.fixture(scope="module")
def encrypted_pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "pki"
    assert main(["init", str(out), "--suite", "iso20-ecdsa", "--password", "s3cret", "--emaid", "DEPNXC000000001"]) == 0
    return out


def test_init_layout_and_encrypted_keys(encrypted_pki: Path) -> None:
    manifest = json.loads((encrypted_pki / "manifest.json").read_text())
    assert manifest["emaid"] == "DEPNXC000000001" and manifest["keys_encrypted"]
    for files in manifest["files"].values():
        for rel in files.values():
            assert (encrypted_pki / rel).is_file(), rel
    key_file = encrypted_pki / "secc" / "leaf.key.pem"
    assert b"ENCRYPTED" in key_file.read_bytes()
    assert load_pem_private_key(key_file.read_bytes(), b"s3cret")
    with pytest.raises((TypeError, ValueError)):
        load_pem_private_key(key_file.read_bytes(), None)
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert main(["init", str(encrypted_pki)]) == 2  # refuses to overwrite without --force


def test_issue_inspect_verify(encrypted_pki: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PKI_PASS", "s3cret")
    cert, key = tmp_path / "contract2.pem", tmp_path / "contract2.key.pem"
    status, _ = _run(capsys, "issue", "contract", "DEPNXC000000002", "--issuer-cert", str(encrypted_pki / "mo/subca2.pem"),
                     "--issuer-key", str(encrypted_pki / "mo/subca2.key.pem"), "--out-cert", str(cert),
                     "--out-key", str(key), "--password-env", "PKI_PASS", "--organization", "MO")
    assert status == 0
    status, out = _run(capsys, "inspect", str(cert), "--role", "contract", "--suite", "iso20-ecdsa")
    info = json.loads(out)
    assert status == 0 and info["profile"]["problems"] == [] and "CN=DEPNXC000000002" in info["subject"]
    assert info["key_usage"] == ["digital_signature", "content_commitment", "key_agreement"]
    status, out = _run(capsys, "inspect", str(cert), "--role", "mo-subca2", "--suite", "iso20-ed448")
    assert status == 1 and json.loads(out)["profile"]["problems"]
    chain = tmp_path / "chain.pem"
    chain.write_bytes(cert.read_bytes() + (encrypted_pki / "mo/subca2.pem").read_bytes()
                      + (encrypted_pki / "mo/subca1.pem").read_bytes())
    status, out = _run(capsys, "verify", str(chain), "--roots", str(encrypted_pki / "trust/mo-roots.pem"))
    assert status == 0 and json.loads(out)["ok"]
    # revoke it by CRL, then by OCSP
    crl, resp = tmp_path / "mo.crl", tmp_path / "resp.der"
    issuer = ["--issuer-cert", str(encrypted_pki / "mo/subca2.pem"), "--issuer-key", str(encrypted_pki / "mo/subca2.key.pem"),
              "--password", "s3cret"]
    assert _run(capsys, "crl", *issuer, "--revoke", str(cert), "--out", str(crl))[0] == 0
    status, out = _run(capsys, "verify", str(chain), "--roots", str(encrypted_pki / "trust/mo-roots.pem"), "--crl", str(crl))
    assert status == 1 and json.loads(out)["response_code"] == "WARNING_CertificateRevoked"
    assert _run(capsys, "ocsp", str(cert), *issuer, "--revoked", "--out", str(resp))[0] == 0
    status, out = _run(capsys, "verify", str(chain), "--roots", str(encrypted_pki / "trust/mo-roots.pem"), "--ocsp", str(resp))
    assert status == 1 and json.loads(out)["reason"] == "CERTIFICATE_REVOKED"
    status, out = _run(capsys, "verify", str(chain), "--roots", str(encrypted_pki / "trust/v2g-roots.pem"))
    assert status == 1 and json.loads(out)["response_code"] == "WARNING_eMSPUnknown"
    status, out = _run(capsys, "verify", str(chain), "--roots", str(encrypted_pki / "trust/mo-roots.pem"),
                       "--at", "2099-01-01T00:00:00+00:00")
    assert status == 1 and json.loads(out)["response_code"] == "WARNING_CertificateExpired"


def test_export_formats(encrypted_pki: Path, tmp_path: Path) -> None:
    der, p12 = tmp_path / "leaf.der", tmp_path / "leaf.p12"
    assert main(["export", str(encrypted_pki / "secc/leaf.pem"), "--format", "der", "--out", str(der)]) == 0
    assert x509.load_der_x509_certificate(der.read_bytes())
    assert main(["export", str(encrypted_pki / "secc/chain.pem"), "--format", "p12", "--key",
                 str(encrypted_pki / "secc/leaf.key.pem"), "--password", "s3cret", "--out", str(p12)]) == 0
    key, cert, extra = pkcs12.load_key_and_certificates(p12.read_bytes(), b"s3cret")
    assert key is not None and cert is not None and len(extra) == 2
    assert main(["export", str(encrypted_pki / "secc/leaf.pem"), "--format", "p12", "--out", str(p12)]) == 2


def test_wrong_password_is_a_clean_error(encrypted_pki: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["crl", "--issuer-cert", str(encrypted_pki / "mo/subca2.pem"), "--issuer-key",
                   str(encrypted_pki / "mo/subca2.key.pem"), "--password", "nope", "--out", str(tmp_path / "x.crl")])
    assert status == 2 and "cannot load private key" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("pki") is None, reason="console script not installed (pip install -e .)")
def test_console_script(tmp_path: Path) -> None:
    result = subprocess.run(["pki", "init", str(tmp_path / "o"), "--suite", "iso20-ed448"], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "secc" / "chain.pem").is_file()
