"""A complete PnC test PKI (V2G/CPO, OEM, MO, CPS) and its on-disk layout.

Layout written by `write_pki` (what SECC/EVCC configs point at; keys beside their certificate):

    v2g/root.pem|.der|.key.pem              V2G root CA
    cpo/subca1.*, cpo/subca2.*              CPO Sub-CA 1 / 2
    secc/leaf.pem|.der|.key.pem             SECC certificate (CN = EVSEID)
    secc/chain.pem                          TLS server chain: leaf + CPO Sub-CA 2 + Sub-CA 1
    secc/leaf.p12                           PKCS#12 of leaf + key + Sub-CAs
    secc/leaf.ocsp.der                      "good" OCSP response for the SECC leaf (TLS stapling), 7 days
    oem/root.*, oem/subca1.*, oem/subca2.*  OEM root and Sub-CAs
    oem/prov.pem|.der|.key.pem              OEM provisioning / vehicle certificate (CN = PCID)
    oem/prov.x448.key.pem                   Ed448 suite only: the X448 ECDH key of its subjectAltPublicKeyInfo
    oem/chain.pem                           TLS client chain (mutual auth): prov + OEM Sub-CA 2 + 1
    mo/root.*, mo/subca1.*, mo/subca2.*     MO (eMSP) root and Sub-CAs
    mo/contract.pem|.der|.key.pem           contract certificate (CN = EMAID)
    mo/chain.pem, mo/contract.p12           contract + MO Sub-CA 2 + 1
    cps/subca1.*, cps/subca2.*              CPS Sub-CAs under the V2G root
    cps/leaf.pem|.der|.key.pem, cps/chain.pem   CPS signing certificate (signs SignedInstallationData)
    trust/v2g-roots.pem                     what the EVCC trusts for TLS (V2G root)
    trust/mo-roots.pem                      what the SECC trusts for contract chains (MO roots + V2G root)
    trust/oem-roots.pem                     what the SECC trusts for vehicle TLS / provisioning chains
    crl/<ca>.crl.pem                        an empty CRL from every CA (append with `pki crl`)
    manifest.json                           suite, identifiers, every path
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import x448
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from iso15118.security.key_transport import AgreementPrivateKey

from .issue import Issued, issue, make_crl, make_ocsp_response
from .profiles import PrivateKey, Role, Suite

DEFAULT_EVSEID = "DE*PNX*E12345*1"
DEFAULT_PCID = "WP0ZZZ99ZTS3921241"  # 18 characters, [V2G20-2492]
DEFAULT_EMAID = "DEPNXC123456789"

# Files per role: (directory, file stem).
LAYOUT: dict[Role, tuple[str, str]] = {
    Role.V2G_ROOT: ("v2g", "root"),
    Role.CPO_SUBCA1: ("cpo", "subca1"),
    Role.CPO_SUBCA2: ("cpo", "subca2"),
    Role.SECC: ("secc", "leaf"),
    Role.OEM_ROOT: ("oem", "root"),
    Role.OEM_SUBCA1: ("oem", "subca1"),
    Role.OEM_SUBCA2: ("oem", "subca2"),
    Role.OEM_PROV: ("oem", "prov"),
    Role.MO_ROOT: ("mo", "root"),
    Role.MO_SUBCA1: ("mo", "subca1"),
    Role.MO_SUBCA2: ("mo", "subca2"),
    Role.CONTRACT: ("mo", "contract"),
    Role.CPS_SUBCA1: ("cps", "subca1"),
    Role.CPS_SUBCA2: ("cps", "subca2"),
    Role.CPS: ("cps", "leaf"),
}

# Leaf role -> its chain (leaf first) and the directory of its chain.pem.
CHAINS: dict[Role, tuple[tuple[Role, ...], str]] = {
    Role.SECC: ((Role.SECC, Role.CPO_SUBCA2, Role.CPO_SUBCA1), "secc"),
    Role.OEM_PROV: ((Role.OEM_PROV, Role.OEM_SUBCA2, Role.OEM_SUBCA1), "oem"),
    Role.CONTRACT: ((Role.CONTRACT, Role.MO_SUBCA2, Role.MO_SUBCA1), "mo"),
    Role.CPS: ((Role.CPS, Role.CPS_SUBCA2, Role.CPS_SUBCA1), "cps"),
}

ROOT_OF: dict[Role, Role] = {Role.SECC: Role.V2G_ROOT, Role.CPS: Role.V2G_ROOT,
                             Role.OEM_PROV: Role.OEM_ROOT, Role.CONTRACT: Role.MO_ROOT}


@dataclass
class TestPKI:
    __test__ = False  # not a pytest test class

    suite: Suite
    certs: dict[Role, Issued] = field(default_factory=dict)
    evseid: str = DEFAULT_EVSEID
    pcid: str = DEFAULT_PCID
    emaid: str = DEFAULT_EMAID

    def __getitem__(self, role: Role) -> Issued:
        return self.certs[role]

    def chain(self, leaf: Role) -> list[x509.Certificate]:
        """leaf, Sub-CA 2, Sub-CA 1 - the order -20 transmits and TLS serves."""
        return [self.certs[r].certificate for r in CHAINS[leaf][0]]

    def root(self, leaf: Role) -> x509.Certificate:
        return self.certs[ROOT_OF[leaf]].certificate

    @property
    def evcc_agreement_key(self) -> AgreementPrivateKey:
        """The EVCC's ECDH key for contract key transport (X448 key with Ed448, else the prov key)."""
        prov = self.certs[Role.OEM_PROV]
        return prov.agreement_key or prov.key  # type: ignore[return-value]


def _hierarchy(pki: TestPKI, roles: tuple[Role, Role, Role, Role], leaf_cn: str, root_organization: str,
               organization: str) -> None:
    root, sub1, sub2, leaf = roles
    suite = pki.suite
    pki.certs[root] = issue(root, f"{root_organization} Root CA", suite=suite, organization=root_organization)
    pki.certs[sub1] = issue(sub1, f"{organization} Sub-CA 1", suite=suite, issuer=pki.certs[root],
                            organization=organization)
    pki.certs[sub2] = issue(sub2, f"{organization} Sub-CA 2", suite=suite, issuer=pki.certs[sub1],
                            organization=organization)
    pki.certs[leaf] = issue(leaf, leaf_cn, suite=suite, issuer=pki.certs[sub2], organization=organization)


def build_pki(suite: Suite = Suite.ISO20_ECDSA, *, evseid: str = DEFAULT_EVSEID,
              pcid: str = DEFAULT_PCID, emaid: str = DEFAULT_EMAID) -> TestPKI:
    """V2G root -> CPO Sub-CA 1/2 -> SECC; OEM -> provisioning; MO -> contract; CPS under V2G."""
    pki = TestPKI(suite, evseid=evseid, pcid=pcid, emaid=emaid)
    _hierarchy(pki, (Role.V2G_ROOT, Role.CPO_SUBCA1, Role.CPO_SUBCA2, Role.SECC), evseid, "V2G", "CPO")
    _hierarchy(pki, (Role.OEM_ROOT, Role.OEM_SUBCA1, Role.OEM_SUBCA2, Role.OEM_PROV), pcid, "OEM", "OEM")
    _hierarchy(pki, (Role.MO_ROOT, Role.MO_SUBCA1, Role.MO_SUBCA2, Role.CONTRACT), emaid, "MO", "MO")
    v2g = pki.certs[Role.V2G_ROOT]
    pki.certs[Role.CPS_SUBCA1] = issue(Role.CPS_SUBCA1, "CPS Sub-CA 1", suite=suite, issuer=v2g, organization="CPS")
    pki.certs[Role.CPS_SUBCA2] = issue(Role.CPS_SUBCA2, "CPS Sub-CA 2", suite=suite,
                                       issuer=pki.certs[Role.CPS_SUBCA1], organization="CPS")
    pki.certs[Role.CPS] = issue(Role.CPS, "CPS Leaf", suite=suite, issuer=pki.certs[Role.CPS_SUBCA2],
                                organization="CPS")
    return pki


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: PrivateKey | x448.X448PrivateKey, password: bytes | None = None) -> bytes:
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def pkcs12_bytes(issued: Issued, cas: list[x509.Certificate], password: bytes | None, name: str) -> bytes:
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    return pkcs12.serialize_key_and_certificates(name.encode(), issued.key, issued.certificate, cas, encryption)


def write_pki(pki: TestPKI, out: Path, password: bytes | None = None) -> dict:
    """Write the layout above; returns (and writes) the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, str]] = {}
    for role, (directory, stem) in LAYOUT.items():
        issued = pki.certs[role]
        folder = out / directory
        folder.mkdir(exist_ok=True)
        (folder / f"{stem}.pem").write_bytes(pem(issued.certificate))
        (folder / f"{stem}.der").write_bytes(issued.certificate.public_bytes(serialization.Encoding.DER))
        key_path = folder / f"{stem}.key.pem"
        key_path.write_bytes(key_pem(issued.key, password))
        key_path.chmod(0o600)
        files[role.value] = {"cert": f"{directory}/{stem}.pem", "key": f"{directory}/{stem}.key.pem"}
        if issued.agreement_key is not None:
            agreement_path = folder / f"{stem}.x448.key.pem"
            agreement_path.write_bytes(key_pem(issued.agreement_key, password))
            agreement_path.chmod(0o600)
            files[role.value]["agreement_key"] = f"{directory}/{stem}.x448.key.pem"
    for leaf, (roles, directory) in CHAINS.items():
        chain_path = out / directory / "chain.pem"
        chain_path.write_bytes(b"".join(pem(pki.certs[r].certificate) for r in roles))
        files[leaf.value]["chain"] = f"{directory}/chain.pem"
    for leaf, name in ((Role.SECC, "secc/leaf.p12"), (Role.CONTRACT, "mo/contract.p12")):
        subs = [pki.certs[r].certificate for r in CHAINS[leaf][0][1:]]
        (out / name).write_bytes(pkcs12_bytes(pki.certs[leaf], subs, password, leaf.value))
        files[leaf.value]["p12"] = name
    staple = make_ocsp_response(pki[Role.SECC].certificate, pki[Role.CPO_SUBCA2], next_update=dt.timedelta(days=7))
    (out / "secc" / "leaf.ocsp.der").write_bytes(staple.public_bytes(serialization.Encoding.DER))
    files[Role.SECC.value]["ocsp"] = "secc/leaf.ocsp.der"
    trust = out / "trust"
    trust.mkdir(exist_ok=True)
    (trust / "v2g-roots.pem").write_bytes(pem(pki[Role.V2G_ROOT].certificate))
    (trust / "mo-roots.pem").write_bytes(pem(pki[Role.MO_ROOT].certificate) + pem(pki[Role.V2G_ROOT].certificate))
    (trust / "oem-roots.pem").write_bytes(pem(pki[Role.OEM_ROOT].certificate))
    crl_dir = out / "crl"
    crl_dir.mkdir(exist_ok=True)
    for role, issued in pki.certs.items():
        if issued.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            (crl_dir / f"{role.value}.crl.pem").write_bytes(make_crl(issued, []).public_bytes(serialization.Encoding.PEM))
    manifest = {
        "suite": pki.suite.value,
        "evseid": pki.evseid,
        "pcid": pki.pcid,
        "emaid": pki.emaid,
        "keys_encrypted": password is not None,
        "files": files,
        "trust": {"v2g": "trust/v2g-roots.pem", "mo": "trust/mo-roots.pem", "oem": "trust/oem-roots.pem"},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def load_pki(out: Path, password: bytes | None = None) -> TestPKI:
    """Read back a PKI written by `write_pki` (e.g. for a SECC/EVCC lab pointed at the directory)."""
    manifest = json.loads((out / "manifest.json").read_text())
    suite = Suite(manifest["suite"])
    pki = TestPKI(suite, evseid=manifest["evseid"], pcid=manifest["pcid"], emaid=manifest["emaid"])
    for role, (directory, stem) in LAYOUT.items():
        folder = out / directory
        cert = x509.load_pem_x509_certificate((folder / f"{stem}.pem").read_bytes())
        key = serialization.load_pem_private_key((folder / f"{stem}.key.pem").read_bytes(), password)
        agreement_path = folder / f"{stem}.x448.key.pem"
        agreement = (serialization.load_pem_private_key(agreement_path.read_bytes(), password)
                     if agreement_path.exists() else None)
        pki.certs[role] = Issued(role, cert, key, suite, agreement)  # type: ignore[arg-type]
    return pki
