"""-2 security against Josev's own code (EcoG-io iso15118 0.31.2, in its venv and process): its
create_signature / verify_signature (SignedInfo through its EXIficient) and its encrypt_priv_key /
decrypt_priv_key, in both directions with ours."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from iso15118.messages.xmldsig import (
    CanonicalizationMethod,
    DigestMethod,
    Reference,
    Signature,
    SignatureMethod,
    SignatureValue,
    SignedInfo,
    Transform,
    Transforms,
)
from iso15118.security import iso2
from pki.profiles import Role
from pki.testpki import TestPKI, key_pem
from tests.interop.josev import JosevUnavailable, clean_env, josev_venv

pytestmark = [pytest.mark.interop]

JOSEV_SIDE = r'''
import json, sys
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from iso15118.shared import security as s
from iso15118.shared.exi_codec import EXI
from iso15118.shared.exificient_exi_codec import ExificientEXICodec
from iso15118.shared.messages import xmldsig as x
from iso15118.shared.settings import load_shared_settings
load_shared_settings()
EXI().set_exi_codec(ExificientEXICodec())
job = json.load(sys.stdin)
contract_key = load_pem_private_key(job["contract_key"].encode(), None)
prov_key = load_pem_private_key(job["prov_key"].encode(), None)
fragment = bytes.fromhex(job["fragment"])
made = s.create_signature([("ID1", fragment)], contract_key)
ours = job["our_signature"]
signature = x.Signature(
    signed_info=x.SignedInfo(
        canonicalization_method=x.CanonicalizationMethod(algorithm=ours["c14n"]),
        signature_method=x.SignatureMethod(algorithm=ours["method"]),
        reference=[x.Reference(uri=r["uri"], transforms=x.Transforms(transform=[x.Transform(algorithm=r["transform"])]),
                               digest_method=x.DigestMethod(algorithm=r["digest_method"]),
                               digest_value=bytes.fromhex(r["digest"])) for r in ours["references"]]),
    signature_value=x.SignatureValue(value=bytes.fromhex(ours["value"])))
verified = s.verify_signature(signature, [("ID1", fragment)], bytes.fromhex(job["contract_cert"]))
dh, sealed = s.encrypt_priv_key(bytes.fromhex(job["prov_cert"]), contract_key)
opened = s.decrypt_priv_key(bytes.fromhex(job["our_sealed"]), prov_key,
                            s.to_ec_pub_key(bytes.fromhex(job["our_dh"])))
print(json.dumps({
    "signature": {"references": [{"uri": r.uri, "digest": r.digest_value.hex()} for r in made.signed_info.reference],
                  "value": bytes(made.signature_value.value).hex()},
    "verified_ours": verified, "dh": dh.hex(), "sealed": sealed.hex(), "opened": opened.hex()}))
'''


def _josev(job: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    try:
        venv = josev_venv()
    except JosevUnavailable as exc:
        pytest.skip(str(exc))
    script = tmp_path / "josev_side.py"
    script.write_text(JOSEV_SIDE)
    run = subprocess.run([str(venv / "bin" / "python"), "-I", str(script)], input=json.dumps(job), capture_output=True,
                         text=True, timeout=300, cwd=tmp_path, env=clean_env(tmp_path))
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_signatures_and_key_transport_with_josev(pki2: TestPKI, tmp_path: Path) -> None:
    contract_key, prov_key = pki2[Role.CONTRACT].key, pki2[Role.OEM_PROV].key
    assert isinstance(contract_key, ec.EllipticCurvePrivateKey) and isinstance(prov_key, ec.EllipticCurvePrivateKey)
    contract_cert, prov_cert = pki2[Role.CONTRACT].certificate, pki2[Role.OEM_PROV].certificate
    request, signature = iso2.authorization_req(b"Some Random Data", contract_key)
    fragment = iso2.signed_fragments(request)["ID1"]
    sealed = iso2.encrypt_private_key(contract_key, prov_cert)
    info = signature.SignedInfo
    answer = _josev({
        "contract_key": key_pem(contract_key).decode(), "prov_key": key_pem(prov_key).decode(),
        "contract_cert": contract_cert.public_bytes(Encoding.DER).hex(),
        "prov_cert": prov_cert.public_bytes(Encoding.DER).hex(), "fragment": fragment.hex(),
        "our_signature": {"c14n": info.CanonicalizationMethod.Algorithm, "method": info.SignatureMethod.Algorithm,
                          "value": signature.SignatureValue.value.hex(),
                          "references": [{"uri": r.URI, "transform": r.Transforms.Transform[0].Algorithm,  # type: ignore[union-attr]
                                          "digest_method": r.DigestMethod.Algorithm, "digest": r.DigestValue.hex()}
                                         for r in info.Reference]},
        "our_sealed": sealed.EncryptedPrivateKey.hex(), "our_dh": sealed.DHpublickey.hex(),
    }, tmp_path)
    # Josev verifies our signature and decrypts our sealed key
    assert answer["verified_ours"] is True
    assert int(answer["opened"], 16) == contract_key.private_numbers().private_value
    # we verify Josev's signature over the same fragment (it encodes SignedInfo with its EXIficient)
    canonical = "http://www.w3.org/TR/canonical-exi/"
    josev_signature = Signature(
        SignedInfo=SignedInfo(
            CanonicalizationMethod=CanonicalizationMethod(Algorithm=canonical),
            SignatureMethod=SignatureMethod(Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"),
            Reference=[Reference(URI=r["uri"], Transforms=Transforms(Transform=[Transform(Algorithm=canonical)]),
                                 DigestMethod=DigestMethod(Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"),
                                 DigestValue=bytes.fromhex(r["digest"])) for r in answer["signature"]["references"]]),
        SignatureValue=SignatureValue(value=bytes.fromhex(answer["signature"]["value"])))
    iso2.verify_authorization_req(request, josev_signature, contract_certificate=contract_cert,
                                  gen_challenge=b"Some Random Data")
    # and decrypt the contract key Josev sealed for our provisioning key
    key = iso2.decrypt_private_key(bytes.fromhex(answer["sealed"]), bytes.fromhex(answer["dh"]), prov_key,
                                   certificate=contract_cert)
    assert key.private_numbers() == contract_key.private_numbers()
    assert len(bytes.fromhex(answer["dh"])) == 65 and len(bytes.fromhex(answer["sealed"])) == 48
