"""Helpers for OCPP tests: TLS material for security profiles 2/3 and a link to the CSMS simulator."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class TLSFiles:
    ca: Path
    server_cert: Path
    server_key: Path
    station_cert: Path
    station_key: Path
    other_ca: Path  # a CA nobody uses: a CSMS chained to it must be refused


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, key: ec.EllipticCurvePrivateKey, issuer: str, issuer_key: ec.EllipticCurvePrivateKey,
          ca: bool, san: str | None = None) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(path: Path, *items: object) -> Path:
    data = b""
    for item in items:
        if isinstance(item, x509.Certificate):
            data += item.public_bytes(serialization.Encoding.PEM)
        else:
            data += item.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,  # type: ignore[attr-defined]
                                       serialization.NoEncryption())
    path.write_bytes(data)
    return path


def make_tls(out: Path) -> TLSFiles:
    """A CSMS CA, the CSMS server certificate (localhost) and a station certificate (CN = CS001)."""
    ca_key, server_key, station_key, other_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(4))
    ca = _cert("Test CSMS Root", ca_key, "Test CSMS Root", ca_key, True)
    other = _cert("Other Root", other_key, "Other Root", other_key, True)
    return TLSFiles(
        ca=_write(out / "ca.pem", ca),
        server_cert=_write(out / "server.pem", _cert("localhost", server_key, "Test CSMS Root", ca_key, False, "localhost")),
        server_key=_write(out / "server.key", server_key),
        station_cert=_write(out / "station.pem", _cert("CS001", station_key, "Test CSMS Root", ca_key, False)),
        station_key=_write(out / "station.key", station_key),
        other_ca=_write(out / "other.pem", other),
    )
