"""`pki` command line: make a test PKI, issue leaves, export, inspect, CRL/OCSP, verify chains."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448
from cryptography.x509 import ocsp

from iso15118.security.certificates import ISO15118_2, ISO15118_20, RevocationData, validate_chain
from iso15118.security.errors import CertificateError, response_code

from .inspect import check_profile, describe
from .issue import Issued, issue, make_crl, make_ocsp_response
from .profiles import PROFILES, PrivateKey, Role, Suite
from .testpki import DEFAULT_EMAID, DEFAULT_EVSEID, DEFAULT_PCID, build_pki, key_pem, pem, pkcs12_bytes, write_pki


class CLIError(Exception):
    """A user error: printed without a traceback, exit status 2."""


def _password(args: argparse.Namespace) -> bytes | None:
    if getattr(args, "password_env", None):
        value = os.environ.get(args.password_env)
        if value is None:
            raise CLIError(f"environment variable {args.password_env} is not set")
        return value.encode()
    return args.password.encode() if getattr(args, "password", None) else None


def _read_certs(path: Path) -> list[x509.Certificate]:
    data = path.read_bytes()
    try:
        return x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise CLIError(f"{path}: not a certificate ({exc})") from exc


def _read_key(path: Path, password: bytes | None) -> PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password)
    except (ValueError, TypeError) as exc:
        raise CLIError(f"{path}: cannot load private key ({exc})") from exc
    if not isinstance(key, (ec.EllipticCurvePrivateKey, ed448.Ed448PrivateKey)):
        raise CLIError(f"{path}: {type(key).__name__} is not an ISO 15118 key")
    return key


def _suite_of(key: PrivateKey) -> Suite:
    if isinstance(key, ed448.Ed448PrivateKey):
        return Suite.ISO20_ED448
    return Suite.ISO20_ECDSA if key.curve.name == "secp521r1" else Suite.ISO2


def _issuer(args: argparse.Namespace, role: Role = Role.V2G_ROOT) -> Issued:
    cert = _read_certs(Path(args.issuer_cert))[0]
    key = _read_key(Path(args.issuer_key), _password(args))
    return Issued(role, cert, key, _suite_of(key))


def cmd_init(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if (out / "manifest.json").exists() and not args.force:
        raise CLIError(f"{out} already holds a PKI (use --force to overwrite)")
    pki = build_pki(Suite(args.suite), evseid=args.evseid, pcid=args.pcid, emaid=args.emaid)
    manifest = write_pki(pki, out, _password(args))
    print(json.dumps(manifest, indent=2))
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    issuer = _issuer(args)
    role = Role(args.role)
    validity = dt.timedelta(days=args.days) if args.days else None
    issued = issue(role, args.common_name, suite=issuer.suite, issuer=issuer, organization=args.organization,
                   country=args.country, validity=validity)
    Path(args.out_cert).write_bytes(pem(issued.certificate))
    key_path = Path(args.out_key)
    key_path.write_bytes(key_pem(issued.key, _password(args)))
    key_path.chmod(0o600)
    print(json.dumps(describe(issued.certificate), indent=2))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    certs = _read_certs(Path(args.cert))
    out = Path(args.out)
    if args.format == "pem":
        out.write_bytes(b"".join(pem(c) for c in certs))
    elif args.format == "der":
        out.write_bytes(certs[0].public_bytes(serialization.Encoding.DER))
    else:
        if not args.key:
            raise CLIError("PKCS#12 export needs --key")
        key = _read_key(Path(args.key), _password(args))
        extra = [c for chain in args.chain or [] for c in _read_certs(Path(chain))]
        issued = Issued(Role.SECC, certs[0], key, _suite_of(key))
        out.write_bytes(pkcs12_bytes(issued, certs[1:] + extra, _password(args), args.name))
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    status = 0
    for cert in _read_certs(Path(args.cert)):
        info = describe(cert)
        if args.role:
            problems = check_profile(cert, Role(args.role), Suite(args.suite))
            info["profile"] = {"role": args.role, "suite": args.suite, "problems": problems}
            status |= bool(problems)
        print(json.dumps(info, indent=2))
    return status


def cmd_crl(args: argparse.Namespace) -> int:
    issuer = _issuer(args)
    revoked = [c for path in args.revoke or [] for c in _read_certs(Path(path))]
    crl = make_crl(issuer, revoked, next_update=dt.timedelta(days=args.days))
    encoding = serialization.Encoding.DER if args.der else serialization.Encoding.PEM
    Path(args.out).write_bytes(crl.public_bytes(encoding))
    return 0


def cmd_ocsp(args: argparse.Namespace) -> int:
    issuer = _issuer(args)
    cert = _read_certs(Path(args.cert))[0]
    response = make_ocsp_response(cert, issuer, revoked=args.revoked)
    Path(args.out).write_bytes(response.public_bytes(serialization.Encoding.DER))
    return 0


def _load_crl(path: Path) -> x509.CertificateRevocationList:
    data = path.read_bytes()
    return x509.load_pem_x509_crl(data) if b"-----BEGIN" in data else x509.load_der_x509_crl(data)


def cmd_verify(args: argparse.Namespace) -> int:
    chain = _read_certs(Path(args.chain))
    roots = [c for path in args.roots for c in _read_certs(Path(path))]
    revocation = None
    if args.crl or args.ocsp:
        revocation = RevocationData(
            crls=[_load_crl(Path(p)) for p in args.crl or []],
            ocsp_responses=[ocsp.load_der_ocsp_response(Path(p).read_bytes()) for p in args.ocsp or []],
            require_status=args.require_status,
        )
    now = dt.datetime.fromisoformat(args.at) if args.at else None
    try:
        result = validate_chain(chain, roots, now=now, policy=ISO15118_2 if args.policy == "iso2" else ISO15118_20,
                                revocation=revocation)
    except CertificateError as exc:
        print(json.dumps({"ok": False, "reason": exc.reason.name, "error": str(exc),
                          "response_code": response_code(exc, args.message)}, indent=2))
        return 1
    print(json.dumps({"ok": True, "path": [c.subject.rfc4514_string() for c in result.path],
                      "expires_soon": result.expires_soon}, indent=2))
    return 0


def _add_password(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--password", help="key/PKCS#12 password (prefer --password-env)")
    group.add_argument("--password-env", metavar="VAR", help="read the password from this environment variable")


def _add_issuer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--issuer-cert", required=True)
    parser.add_argument("--issuer-key", required=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pki", description="ISO 15118 Plug & Charge test PKI toolkit")
    sub = parser.add_subparsers(dest="command", required=True)
    suites = [s.value for s in Suite]

    p = sub.add_parser("init", help="create the complete test PKI (V2G/CPO, OEM, MO, CPS)")
    p.add_argument("out")
    p.add_argument("--suite", choices=suites, default=Suite.ISO20_ECDSA.value)
    p.add_argument("--evseid", default=DEFAULT_EVSEID)
    p.add_argument("--pcid", default=DEFAULT_PCID)
    p.add_argument("--emaid", default=DEFAULT_EMAID)
    p.add_argument("--force", action="store_true")
    _add_password(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("issue", help="issue one certificate of a role under an issuer")
    p.add_argument("role", choices=[r.value for r in PROFILES])
    p.add_argument("common_name", help="EVSEID, PCID, EMAID or a CA name")
    _add_issuer(p)
    p.add_argument("--out-cert", required=True)
    p.add_argument("--out-key", required=True)
    p.add_argument("--organization", default="iso15118-stack test PKI")
    p.add_argument("--country", default="DE")
    p.add_argument("--days", type=int, help="validity (default: the profile maximum)")
    _add_password(p)
    p.set_defaults(func=cmd_issue)

    p = sub.add_parser("export", help="convert to PEM, DER or PKCS#12")
    p.add_argument("cert")
    p.add_argument("--format", choices=["pem", "der", "p12"], required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--key")
    p.add_argument("--chain", action="append", help="extra CA certificates for PKCS#12")
    p.add_argument("--name", default="iso15118")
    _add_password(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("inspect", help="print a certificate; with --role check it against its profile")
    p.add_argument("cert")
    p.add_argument("--role", choices=[r.value for r in PROFILES])
    p.add_argument("--suite", choices=suites, default=Suite.ISO20_ECDSA.value)
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("crl", help="make a CRL revoking the given certificates")
    _add_issuer(p)
    p.add_argument("--revoke", action="append")
    p.add_argument("--out", required=True)
    p.add_argument("--days", type=int, default=7, help="nextUpdate in days")
    p.add_argument("--der", action="store_true")
    _add_password(p)
    p.set_defaults(func=cmd_crl)

    p = sub.add_parser("ocsp", help="make a signed OCSP response (DER) for one certificate")
    p.add_argument("cert")
    _add_issuer(p)
    p.add_argument("--revoked", action="store_true")
    p.add_argument("--out", required=True)
    _add_password(p)
    p.set_defaults(func=cmd_ocsp)

    p = sub.add_parser("verify", help="validate a chain (leaf first) like the SECC does")
    p.add_argument("chain")
    p.add_argument("--roots", action="append", required=True)
    p.add_argument("--crl", action="append")
    p.add_argument("--ocsp", action="append")
    p.add_argument("--require-status", action="store_true", help="fail without CRL/OCSP status")
    p.add_argument("--policy", choices=["iso20", "iso2"], default="iso20")
    p.add_argument("--at", help="validation time, ISO 8601 with offset (default: now)")
    p.add_argument("--message", default="AuthorizationReq", help="message whose response code to print")
    p.set_defaults(func=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (CLIError, OSError) as exc:
        print(f"pki: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
