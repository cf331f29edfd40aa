"""TLS 1.3 contexts with the ISO 15118-20 profile, TLS 1.2 contexts with the ISO 15118-2 profile, for the
SECC (server) and the EVCC (client), and one SECC listener serving both.

Profile: TLS 1.3 only; cipher suites TLS_AES_256_GCM_SHA384 and TLS_CHACHA20_POLY1305_SHA256;
key exchange groups secp521r1 and x448; signature algorithms ecdsa_secp521r1_sha512 and ed448;
SECC chain leaf + SubCA2 + SubCA1 (the EV holds the V2G root); mutual authentication when the EV
has a vehicle certificate; OCSP stapling of the SECC leaf's status where available.

    ctx = secc_server_context(chain_pem, key_pem, client_auth=ClientAuth.OPTIONAL, ev_trust_roots=[oem_root],
                              ocsp_response=lambda: current_ocsp_der)   # optional stapling
    ctx = evcc_client_context([v2g_root], cert_chain=vehicle_chain, private_key=vehicle_key)
    negotiated_parameters(ssl_object) -> TLSParameters(version, cipher, group, peer_signature_algorithm,
                                                       peer_certificate, ocsp_response)
    # ISO 15118-2: TLS 1.2, ECDHE-ECDSA-AES128-SHA256, P-256, server authentication only
    ctx2 = secc_iso2_server_context("pki2/secc/chain.pem", "pki2/secc/leaf.key.pem")
    ctx = secc_dual_server_context(ctx20, ctx2)     # one listener: TLS 1.3 -> -20 chain, TLS 1.2 -> -2 chain
    ctx = evcc_iso2_client_context(["pki2/trust/v2g-roots.pem"])
    ctx = evcc_dual_client_context(ctx20_client, ["pki2/trust/v2g-roots.pem"])   # an EV offering -20 and -2
    check_negotiated_profile(params)                # the peer's key fits the negotiated version
    check_secc_certificate(params)                  # EV: the SECC leaf has DC=CPO ([V2G2-875])
    TLSParameters.version ("TLSv1.3" / "TLSv1.2") decides what SupportedAppProtocol may offer.
The EVCC context always asks for the stapled status; checking it is the PKI layer's job
(TLSParameters.ocsp_response holds the DER OCSPResponse, or None when the SECC sent none).

Python 3.11's ssl has no API for TLS 1.3 suites, a groups list or signature algorithms (see
/work/shared/reference/tls13-python.md), so we set them per context on the very SSL_CTX behind the
Python object with the libssl that `_ssl` itself is linked to (ctypes). That needs CPython's object
layout; it is checked (the SSL_CTX's options must equal ctx.options) and any mismatch raises
TLSConfigurationError instead of silently running a non-compliant profile. Other TLS users in the
process are not affected (unlike a process-wide OPENSSL_CONF).
"""

from __future__ import annotations

import asyncio
import asyncio.sslproto
import ctypes
import enum
import logging
import os
import ssl
import sys
from _ctypes import CFuncPtr  # what ctypes re-exports as _CFuncPtr (typeshed keeps that name private)
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed448

logger = logging.getLogger(__name__)

V2G_CIPHER_SUITES = ("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256")
V2G_GROUPS = ("secp521r1", "X448")
V2G_SIGNATURE_ALGORITHMS = ("ecdsa_secp521r1_sha512", "ed448")
SECC_CHAIN_LENGTH = 3  # leaf + SubCA2 + SubCA1

# ISO 15118-2 (TLS 1.2): TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 and TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256.
# OpenSSL removed the static-ECDH suites in 1.1.0, so OpenSSL 3 (what Python's ssl runs on) offers and accepts
# only the ECDHE one: an EV that offers nothing but TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256 cannot connect
# (the stacks we know - Josev, EVerest, RISE-V2G - offer ECDHE).
ISO2_CIPHER_SUITES = ("ECDHE-ECDSA-AES128-SHA256",)  # OpenSSL's name of TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256
ISO2_GROUPS = ("P-256",)
ISO2_SIGNATURE_ALGORITHMS = ("ECDSA+SHA256",)
_TLS1_2_VERSION = 0x0303
_X509_PURPOSE_ANY = 7

PathLike = str | os.PathLike[str]

# libssl constants (openssl/ssl.h, obj_mac.h; stable across OpenSSL 1.1.1-3.x)
_SSL_CTRL_SET_GROUPS_LIST = 92
_SSL_CTRL_SET_SIGALGS_LIST = 98
_SSL_CTRL_SET_CLIENT_SIGALGS_LIST = 102
_SSL_CTRL_GET_PEER_SIGNATURE_NID = 108
_SSL_CTRL_GET_NEGOTIATED_GROUP = 134
_SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB = 63
_SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE = 65
_SSL_CTRL_GET_TLSEXT_STATUS_REQ_OCSP_RESP = 70
_SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP = 71
_TLSEXT_STATUSTYPE_OCSP = 1
_SSL_TLSEXT_ERR_OK = 0
_SSL_TLSEXT_ERR_NOACK = 3
_STATUS_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_NID_EC_PUBLIC_KEY = 408
_NID_SHA512 = 674
_NID_ED448 = 1088


class TLSError(Exception):
    """Base of all TLS faults of the V2G link."""


class TLSConfigurationError(TLSError):
    """The context cannot be built as -20 requires (bad chain, key type, or libssl binding)."""


class TLSHandshakeError(TLSError):
    """The peer and we did not agree on a -20 compliant TLS 1.3 session."""


class PlainTCPNotAllowedError(TLSError):
    """-20 without TLS was asked for, but the lab-only plain TCP setting is off."""


class ClientAuth(enum.Enum):
    """Whether the SECC asks the EV for its vehicle certificate."""

    NONE = "none"
    OPTIONAL = "optional"  # CertificateRequest sent; an EV with a vehicle certificate authenticates
    REQUIRED = "required"


@dataclass(frozen=True)
class TLSParameters:
    """What was negotiated, for session logs."""

    version: str
    cipher: str
    group: str | None
    peer_signature_algorithm: str | None
    peer_certificate: bytes | None  # DER, None when the peer sent none
    ocsp_response: bytes | None = None  # DER OCSPResponse stapled by the SECC (client side only)

    @property
    def peer_subject(self) -> str | None:
        if self.peer_certificate is None:
            return None
        return x509.load_der_x509_certificate(self.peer_certificate).subject.rfc4514_string()

    def describe(self) -> str:
        return (
            f"{self.version} {self.cipher} group={self.group} peer_sigalg={self.peer_signature_algorithm} "
            f"peer={self.peer_subject or '-'}{' ocsp=stapled' if self.ocsp_response else ''}"
        )


class _LibSSL:
    """The libssl functions Python 3.11 does not expose, bound to the library `_ssl` uses."""

    def __init__(self) -> None:
        import _ssl

        if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 14):
            raise TLSConfigurationError(f"the -20 TLS profile binding supports CPython 3.11-3.14, not {sys.version}")
        try:
            lib = ctypes.CDLL(_ssl.__file__)
        except (OSError, AttributeError) as exc:
            raise TLSConfigurationError(f"cannot load the libssl behind Python's ssl: {exc}") from exc
        vp, cp, i, lng = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_long
        self.ctx_get_options = self._fn(lib, "SSL_CTX_get_options", ctypes.c_uint64, vp)
        self.ctx_set_ciphersuites = self._fn(lib, "SSL_CTX_set_ciphersuites", i, vp, cp)
        self.ctx_ctrl = self._fn(lib, "SSL_CTX_ctrl", lng, vp, i, lng, vp)
        self.ssl_ctrl = self._fn(lib, "SSL_ctrl", lng, vp, i, lng, vp)
        self.get_ssl_ctx = self._fn(lib, "SSL_get_SSL_CTX", vp, vp)
        self.peer_signature_type_nid = self._fn(lib, "SSL_get_peer_signature_type_nid", i, vp, ctypes.POINTER(i))
        self.group_to_name = self._fn(lib, "SSL_group_to_name", cp, vp, i)
        self.nid2sn = self._fn(lib, "OBJ_nid2sn", cp, i)
        self.ctx_callback_ctrl = self._fn(lib, "SSL_CTX_callback_ctrl", lng, vp, i, _STATUS_CALLBACK)
        self.crypto_malloc = self._fn(lib, "CRYPTO_malloc", vp, ctypes.c_size_t, cp, i)
        self.ssl_version = self._fn(lib, "SSL_version", i, vp)
        self.ctx_set_purpose = self._fn(lib, "SSL_CTX_set_purpose", i, vp, i)
        self.ssl_set_verify = self._fn(lib, "SSL_set_verify", None, vp, i, vp)

    @staticmethod
    def _fn(lib: ctypes.CDLL, name: str, restype: object, *argtypes: object) -> CFuncPtr:
        try:
            fn = getattr(lib, name)
        except AttributeError as exc:
            raise TLSConfigurationError(f"libssl lacks {name} (OpenSSL >= 3.0 needed)") from exc
        fn.restype = restype
        fn.argtypes = argtypes
        return fn

    def ctx_pointer(self, ctx: ssl.SSLContext) -> int:
        """SSL_CTX* of a PySSLContext: the first field after PyObject_HEAD, checked via the options."""
        pointer = ctypes.c_void_p.from_address(id(ctx) + object.__basicsize__).value
        if not pointer or self.ctx_get_options(pointer) != int(ctx.options):
            raise TLSConfigurationError("cannot locate the SSL_CTX behind ssl.SSLContext (CPython layout changed)")
        return pointer

    def ssl_pointer(self, ssl_object: ssl.SSLObject | ssl.SSLSocket) -> int:
        """SSL* of a PySSLSocket: after PyObject_HEAD and its socket weakref, checked via SSL_get_SSL_CTX."""
        inner = getattr(ssl_object, "_sslobj")  # the _ssl._SSLSocket for both (private: not in the stubs)
        pointer = ctypes.c_void_p.from_address(id(inner) + object.__basicsize__ + ctypes.sizeof(ctypes.c_void_p)).value
        if not pointer or self.get_ssl_ctx(pointer) != self.ctx_pointer(ssl_object.context):
            raise TLSConfigurationError("cannot locate the SSL behind the ssl object (CPython layout changed)")
        return pointer

    def apply_iso2_profile(self, ctx: ssl.SSLContext) -> None:
        """TLS 1.2 -2 profile: the -2 cipher suites, P-256 key exchange, ECDSA P-256 + SHA-256 signatures."""
        try:
            ctx.set_ciphers(":".join(ISO2_CIPHER_SUITES))
        except ssl.SSLError as exc:
            raise TLSConfigurationError(f"libssl refused cipher suites {ISO2_CIPHER_SUITES}: {exc}") from exc
        pointer = self.ctx_pointer(ctx)
        for ctrl, value in ((_SSL_CTRL_SET_GROUPS_LIST, ISO2_GROUPS), (_SSL_CTRL_SET_SIGALGS_LIST, ISO2_SIGNATURE_ALGORITHMS)):
            if self.ctx_ctrl(pointer, ctrl, 0, ctypes.c_char_p(":".join(value).encode())) != 1:
                raise TLSConfigurationError(f"libssl refused {value} (ctrl {ctrl})")

    def ignore_extended_key_usage(self, ctx: ssl.SSLContext) -> None:
        """Verify the SECC chain without OpenSSL's TLS-server purpose check (X509_PURPOSE_ANY): -2 defines no
        extendedKeyUsage, and real V2G roots carry one without serverAuth (the Hubject root: Josev issue
        430, 'unsuitable certificate purpose'). Signatures, validity, CA flags and path length stay checked."""
        if self.ctx_set_purpose(self.ctx_pointer(ctx), _X509_PURPOSE_ANY) != 1:
            raise TLSConfigurationError("libssl refused X509_PURPOSE_ANY")

    def switch_to_iso2(self, pointer: int) -> None:
        """One connection of a dual listener that negotiated TLS 1.2: -2 groups, no client certificate."""
        if self.ssl_ctrl(pointer, _SSL_CTRL_SET_GROUPS_LIST, 0, ctypes.c_char_p(":".join(ISO2_GROUPS).encode())) != 1:
            raise TLSConfigurationError(f"libssl refused {ISO2_GROUPS} on the connection")
        self.ssl_set_verify(pointer, 0, None)  # SSL_VERIFY_NONE: -2 authenticates the server only

    def apply_profile(self, ctx: ssl.SSLContext) -> None:
        pointer = self.ctx_pointer(ctx)
        if self.ctx_set_ciphersuites(pointer, ":".join(V2G_CIPHER_SUITES).encode()) != 1:
            raise TLSConfigurationError(f"libssl refused cipher suites {V2G_CIPHER_SUITES}")
        for ctrl, value in (
            (_SSL_CTRL_SET_GROUPS_LIST, V2G_GROUPS),
            (_SSL_CTRL_SET_SIGALGS_LIST, V2G_SIGNATURE_ALGORITHMS),
            (_SSL_CTRL_SET_CLIENT_SIGALGS_LIST, V2G_SIGNATURE_ALGORITHMS),
        ):
            if self.ctx_ctrl(pointer, ctrl, 0, ctypes.c_char_p(":".join(value).encode())) != 1:
                raise TLSConfigurationError(f"libssl refused {value} (ctrl {ctrl})")


    def staple_ocsp(self, ctx: ssl.SSLContext, provider: Callable[[], bytes | None]) -> None:
        """Server: staple provider()'s DER OCSPResponse when the client asks (status_request)."""

        def callback(ssl_pointer: int, _arg: int) -> int:
            try:
                der = provider()
            except Exception:  # noqa: BLE001 - a failing provider must not break the handshake
                logging.getLogger(__name__).exception("OCSP response provider failed; not stapling")
                return _SSL_TLSEXT_ERR_NOACK
            if not der:
                return _SSL_TLSEXT_ERR_NOACK
            buffer = self.crypto_malloc(len(der), b"iso15118/tls.py", 0)  # libssl takes ownership
            if not buffer:
                return _SSL_TLSEXT_ERR_NOACK
            ctypes.memmove(buffer, der, len(der))
            self.ssl_ctrl(ssl_pointer, _SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP, len(der), buffer)
            return _SSL_TLSEXT_ERR_OK

        c_callback = _STATUS_CALLBACK(callback)
        ctx._v2g_ocsp_callback = c_callback  # type: ignore[attr-defined]  # must live as long as ctx
        if self.ctx_callback_ctrl(self.ctx_pointer(ctx), _SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB, c_callback) != 1:
            raise TLSConfigurationError("libssl refused the OCSP status callback")

    def request_ocsp(self, ctx: ssl.SSLContext) -> None:
        pointer = self.ctx_pointer(ctx)
        if self.ctx_ctrl(pointer, _SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE, _TLSEXT_STATUSTYPE_OCSP, None) != 1:
            raise TLSConfigurationError("libssl refused to request OCSP stapling")

    def stapled_ocsp(self, pointer: int) -> bytes | None:
        data = ctypes.c_void_p()
        length = self.ssl_ctrl(pointer, _SSL_CTRL_GET_TLSEXT_STATUS_REQ_OCSP_RESP, 0, ctypes.cast(ctypes.byref(data), ctypes.c_void_p))
        if length <= 0 or not data.value:
            return None
        return ctypes.string_at(data.value, length)


@cache
def _libssl() -> _LibSSL:
    return _LibSSL()


def _tls13_only(purpose: ssl._SSLMethod) -> ssl.SSLContext:
    ctx = ssl.SSLContext(purpose)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    _libssl().apply_profile(ctx)
    return ctx


def _check_key_type(cert: x509.Certificate, what: str, iso2: bool = False) -> None:
    key = cert.public_key()
    if iso2:
        if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
            return
        raise TLSConfigurationError(f"{what} key must be P-256 (secp256r1) for -2 TLS, got {type(key).__name__}"
                                    f"{' ' + key.curve.name if isinstance(key, ec.EllipticCurvePublicKey) else ''}")
    if isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP521R1):
        return
    if isinstance(key, ed448.Ed448PublicKey):
        return
    raise TLSConfigurationError(f"{what} key must be secp521r1 or Ed448 for -20 TLS, got {type(key).__name__}")


def _load_chain(path: PathLike, what: str, lengths: range, iso2: bool = False) -> list[x509.Certificate]:
    try:
        with open(path, "rb") as f:
            chain = x509.load_pem_x509_certificates(f.read())
    except (OSError, ValueError) as exc:
        raise TLSConfigurationError(f"cannot read {what} chain {os.fspath(path)!r}: {exc}") from exc
    if len(chain) not in lengths:
        raise TLSConfigurationError(
            f"{what} chain {os.fspath(path)!r} has {len(chain)} certificates, expected {lengths.start}..{lengths.stop - 1}"
        )
    _check_key_type(chain[0], f"{what} leaf", iso2)
    return chain


def _load_key_pair(ctx: ssl.SSLContext, chain: PathLike, key: PathLike, password: bytes | None) -> None:
    try:
        ctx.load_cert_chain(chain, key, password)
    except (OSError, ssl.SSLError) as exc:
        raise TLSConfigurationError(f"cannot load certificate chain {os.fspath(chain)!r} with its key: {exc}") from exc


def _load_trust(ctx: ssl.SSLContext, roots: Iterable[PathLike], what: str) -> None:
    loaded = 0
    for root in roots:
        try:
            ctx.load_verify_locations(cafile=root)
        except (OSError, ssl.SSLError) as exc:
            raise TLSConfigurationError(f"cannot load {what} trust anchor {os.fspath(root)!r}: {exc}") from exc
        loaded += 1
    if not loaded:
        raise TLSConfigurationError(f"no {what} trust anchors given")


def secc_server_context(
    cert_chain: PathLike,
    private_key: PathLike,
    *,
    password: bytes | None = None,
    client_auth: ClientAuth = ClientAuth.OPTIONAL,
    ev_trust_roots: Iterable[PathLike] = (),
    ocsp_response: Callable[[], bytes | None] | None = None,
) -> ssl.SSLContext:
    """SECC server context. cert_chain: PEM with leaf, SubCA2, SubCA1 (in that order).

    ev_trust_roots: the roots the vehicle certificate chain must lead to (needed unless NONE).
    ocsp_response: returns the current DER OCSPResponse for the leaf (or None: nothing stapled);
    called during each handshake, so return a cached value.
    """
    _load_chain(cert_chain, "SECC", range(SECC_CHAIN_LENGTH, SECC_CHAIN_LENGTH + 1))
    ctx = _tls13_only(ssl.PROTOCOL_TLS_SERVER)
    _load_key_pair(ctx, cert_chain, private_key, password)
    if client_auth is ClientAuth.NONE:
        ctx.verify_mode = ssl.CERT_NONE
    else:
        _load_trust(ctx, ev_trust_roots, "vehicle certificate")
        ctx.verify_mode = ssl.CERT_REQUIRED if client_auth is ClientAuth.REQUIRED else ssl.CERT_OPTIONAL
    if ocsp_response is not None:
        _libssl().staple_ocsp(ctx, ocsp_response)
    return ctx


def evcc_client_context(
    trust_roots: Iterable[PathLike],
    *,
    cert_chain: PathLike | None = None,
    private_key: PathLike | None = None,
    password: bytes | None = None,
) -> ssl.SSLContext:
    """EVCC client context. trust_roots: V2G root(s) the SECC chain must lead to.

    cert_chain/private_key: the vehicle certificate chain, when the EV has one (mutual authentication).
    The SECC certificate names the EVSE, not a host name, so no host name check is done.
    """
    ctx = _tls13_only(ssl.PROTOCOL_TLS_CLIENT)
    _libssl().request_ocsp(ctx)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    _load_trust(ctx, trust_roots, "V2G root")
    if (cert_chain is None) != (private_key is None):
        raise TLSConfigurationError("vehicle cert_chain and private_key go together")
    if cert_chain is not None and private_key is not None:
        _load_chain(cert_chain, "vehicle", range(1, SECC_CHAIN_LENGTH + 1))
        _load_key_pair(ctx, cert_chain, private_key, password)
    return ctx


# ---------------------------------------------------------------- ISO 15118-2: TLS 1.2, and one listener for both

def secc_iso2_server_context(cert_chain: PathLike, private_key: PathLike, *,
                             password: bytes | None = None) -> ssl.SSLContext:
    """-2 SECC server context: TLS 1.2 only, ISO2_CIPHER_SUITES, P-256 chain (leaf, SubCA2, SubCA1: the -2
    PKI's `secc/chain.pem`), server authentication only (-2 has no client certificate)."""
    _load_chain(cert_chain, "-2 SECC", range(2, SECC_CHAIN_LENGTH + 1), iso2=True)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    _libssl().apply_iso2_profile(ctx)
    _load_key_pair(ctx, cert_chain, private_key, password)
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def evcc_iso2_client_context(trust_roots: Iterable[PathLike]) -> ssl.SSLContext:
    """-2 EVCC client context: TLS 1.2 only, ISO2_CIPHER_SUITES, P-256; the SECC chain must lead to one of
    the V2G roots `trust_roots`. No client certificate (-2 has none); no host name check (the SECC
    certificate names the EVSE); no extendedKeyUsage purpose check (see _LibSSL.ignore_extended_key_usage)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    _libssl().apply_iso2_profile(ctx)
    _libssl().ignore_extended_key_usage(ctx)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    _load_trust(ctx, trust_roots, "V2G root")
    return ctx


def evcc_dual_client_context(tls13: ssl.SSLContext, iso2_trust_roots: Iterable[PathLike]) -> ssl.SSLContext:
    """An EV that offers -20 and -2: returns `tls13` (from evcc_client_context) extended to TLS 1.2 with the -2
    suites, P-256 (offered after the -20 groups, so a TLS 1.3 key share stays secp521r1) and the -2 V2G
    roots. After the handshake call check_negotiated_profile: a TLS 1.3 SECC must present a -20 key, a
    TLS 1.2 SECC a P-256 one, and SupportedAppProtocol offers -20 only over TLS 1.3."""
    if tls13.minimum_version is not ssl.TLSVersion.TLSv1_3:
        raise TLSConfigurationError("evcc_dual_client_context extends a -20 (TLS 1.3) client context")
    tls13.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        tls13.set_ciphers(":".join(ISO2_CIPHER_SUITES))
    except ssl.SSLError as exc:
        raise TLSConfigurationError(f"libssl refused cipher suites {ISO2_CIPHER_SUITES}: {exc}") from exc
    lib = _libssl()
    pointer = lib.ctx_pointer(tls13)
    for ctrl, value in ((_SSL_CTRL_SET_GROUPS_LIST, (*V2G_GROUPS, *ISO2_GROUPS)),
                        (_SSL_CTRL_SET_SIGALGS_LIST, (*V2G_SIGNATURE_ALGORITHMS, "ecdsa_secp256r1_sha256"))):
        if lib.ctx_ctrl(pointer, ctrl, 0, ctypes.c_char_p(":".join(value).encode())) != 1:
            raise TLSConfigurationError(f"libssl refused {value} (ctrl {ctrl})")
    lib.ignore_extended_key_usage(tls13)
    _load_trust(tls13, iso2_trust_roots, "-2 V2G root")
    return tls13


def check_negotiated_profile(params: TLSParameters) -> None:
    """Raise TLSHandshakeError unless the peer's key fits the negotiated version's profile: TLS 1.3 -> -20
    (secp521r1 / Ed448), TLS 1.2 -> -2 (P-256). Guards dual-version contexts against a -2 chain in a TLS 1.3
    session (and the reverse); a peer without a certificate (an EV at the SECC) passes."""
    if params.peer_certificate is None:
        return
    certificate = x509.load_der_x509_certificate(params.peer_certificate)
    try:
        _check_key_type(certificate, "peer", iso2=params.version == "TLSv1.2")
    except TLSConfigurationError as exc:
        raise TLSHandshakeError(f"{params.version} session outside its ISO 15118 profile: {exc}") from exc
    if params.version not in ("TLSv1.2", "TLSv1.3"):
        raise TLSHandshakeError(f"{params.version} is neither the -20 (TLS 1.3) nor the -2 (TLS 1.2) version")


def check_secc_certificate(params: TLSParameters) -> None:
    """EV side: the SECC leaf must carry the Domain Component CPO ([V2G2-875], [V2G2-925]: a leaf without the
    DC its use requires is invalid), which chain validation alone does not check."""
    if params.peer_certificate is None:
        raise TLSHandshakeError("the SECC sent no certificate")
    subject = x509.load_der_x509_certificate(params.peer_certificate).subject
    domains = [str(a.value) for a in subject.get_attributes_for_oid(x509.NameOID.DOMAIN_COMPONENT)]
    if "CPO" not in domains:
        raise TLSHandshakeError(f"SECC certificate {subject.rfc4514_string()} lacks DC=CPO")


def secc_dual_server_context(tls13: ssl.SSLContext, tls12: ssl.SSLContext) -> ssl.SSLContext:
    """One SECC listener for -20 and -2 EVs: returns `tls13` (from secc_server_context) extended to also
    accept TLS 1.2. A connection that negotiates TLS 1.3 keeps the -20 profile and chain; one that
    negotiates TLS 1.2 is moved to `tls12` (from secc_iso2_server_context) while its ClientHello is being
    processed (OpenSSL's servername callback runs after version selection and before the TLS 1.2 cipher,
    group and certificate choice, with or without SNI), so it gets the P-256 chain, the -2 suites, P-256
    key exchange and no CertificateRequest. The TLS 1.3 key exchange groups stay the -20 ones.

    TLSParameters.version ("TLSv1.3" / "TLSv1.2") then tells the session which protocols it may
    negotiate in SupportedAppProtocol (-20 only over TLS 1.3). An EV offering both versions gets TLS 1.3
    (and the -20 chain): -2 EVs on the road offer TLS 1.2 only."""
    if tls13.minimum_version is not ssl.TLSVersion.TLSv1_3 or tls12.maximum_version is not ssl.TLSVersion.TLSv1_2:
        raise TLSConfigurationError("secc_dual_server_context takes a -20 (TLS 1.3) and a -2 (TLS 1.2) server context")
    lib = _libssl()
    tls13.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        tls13.set_ciphers(":".join(ISO2_CIPHER_SUITES))  # TLS <= 1.2 list only; the 1.3 suites stay the -20 ones
    except ssl.SSLError as exc:
        raise TLSConfigurationError(f"libssl refused cipher suites {ISO2_CIPHER_SUITES}: {exc}") from exc

    def select(ssl_object: Any, _server_name: str | None, _context: ssl.SSLContext) -> int | None:
        try:
            pointer = lib.ssl_pointer(ssl_object)
            if lib.ssl_version(pointer) == _TLS1_2_VERSION:
                ssl_object.context = tls12  # SSL_set_SSL_CTX: the -2 certificate chain, key and signature algorithms
                lib.switch_to_iso2(pointer)
        except Exception:  # noqa: BLE001 - never raise into OpenSSL; refuse this handshake instead
            logger.exception("TLS 1.2 connection could not be switched to the -2 profile")
            return ssl.ALERT_DESCRIPTION_INTERNAL_ERROR
        return None

    tls13.sni_callback = select
    return tls13


def _signature_algorithm_name(lib: _LibSSL, pointer: int) -> str | None:
    type_nid = ctypes.c_int(0)
    if lib.peer_signature_type_nid(pointer, ctypes.byref(type_nid)) != 1:
        return None
    hash_nid = ctypes.c_int(0)
    lib.ssl_ctrl(pointer, _SSL_CTRL_GET_PEER_SIGNATURE_NID, 0, ctypes.cast(ctypes.byref(hash_nid), ctypes.c_void_p))
    if type_nid.value == _NID_ED448:
        return "ed448"
    if type_nid.value == _NID_EC_PUBLIC_KEY and hash_nid.value == _NID_SHA512:
        return "ecdsa_secp521r1_sha512"  # TLS 1.3 binds the curve to the scheme
    names = [lib.nid2sn(n) for n in (type_nid.value, hash_nid.value) if n]
    return "+".join(n.decode() for n in names if n) or None


def negotiated_parameters(ssl_object: ssl.SSLObject | ssl.SSLSocket) -> TLSParameters:
    """Read version, cipher, key exchange group and the peer's signature algorithm of a live session."""
    lib = _libssl()
    pointer = lib.ssl_pointer(ssl_object)
    group_nid = lib.ssl_ctrl(pointer, _SSL_CTRL_GET_NEGOTIATED_GROUP, 0, None)
    group_name = lib.group_to_name(pointer, group_nid) if group_nid > 0 else None
    cipher = ssl_object.cipher()
    return TLSParameters(
        version=ssl_object.version() or "",
        cipher=cipher[0] if cipher else "",
        group=group_name.decode() if group_name else None,
        peer_signature_algorithm=_signature_algorithm_name(lib, pointer),
        peer_certificate=ssl_object.getpeercert(binary_form=True),
        ocsp_response=None if ssl_object.server_side else lib.stapled_ocsp(pointer),
    )


def enable_keylog(ctx: ssl.SSLContext, path: PathLike) -> None:
    """Write every session's TLS secrets to `path` (NSS key log format) so Wireshark or
    `v2g-capture --keylog` can decrypt a capture. Lab only: the file opens every session it logs."""
    ctx.keylog_filename = os.fspath(path)
    logging.getLogger(__name__).warning("TLS KEY LOG ON: session secrets of every connection go to %s; anyone holding that file can "
                   "decrypt the traffic. Lab use only, never in the field.", os.fspath(path))


# ---------------------------------------------------------------- refused handshakes: alert + one log line

_TLS13 = "TLS 1.3"
_PROFILE_GROUPS = frozenset(g.lower() for g in V2G_GROUPS)
_CLIENT_HELLO_CAPTURE = 16384  # one TLS record: enough for any ClientHello we can describe


def describe_client_hello(data: bytes) -> str:
    """What a peer offered in the first bytes it sent (versions and key exchange groups), for the log line of
    a refused handshake. Parsed with scapy's TLS layer, imported on first use (only refusals pay for it)."""
    if not data:
        return "the peer sent nothing"
    if data[0] != 0x16:
        return f"the peer sent no TLS handshake record (first bytes {data[:8].hex()})"
    from scapy.layers.tls.basefields import _tls_version
    from scapy.layers.tls.crypto.groups import _tls_named_groups
    from scapy.layers.tls.extensions import TLS_Ext_SupportedGroups, TLS_Ext_SupportedVersion_CH
    from scapy.layers.tls.handshake import TLSClientHello
    from scapy.layers.tls.record import TLS

    try:
        hello = TLS(data).getlayer(TLSClientHello)
    except Exception:  # noqa: BLE001 - scapy raises anything on hostile bytes; the bytes are what we report
        hello = None
    if hello is None:
        return f"malformed ClientHello ({len(data)} bytes, first {data[:8].hex()})"
    versions = [hello.version]
    groups: list[int] = []
    for ext in hello.ext or []:
        if isinstance(ext, TLS_Ext_SupportedVersion_CH):
            versions = list(ext.versions)
        elif isinstance(ext, TLS_Ext_SupportedGroups):
            groups = list(ext.groups)
    version_names = [_tls_version.get(v, f"0x{v:04x}") for v in versions]
    group_names = [_tls_named_groups.get(g, f"0x{g:04x}") for g in groups]
    text = f"the peer offered {', '.join(version_names)}; groups {', '.join(group_names) or 'none'}"
    if _TLS13 not in version_names or not _PROFILE_GROUPS & {g.lower() for g in group_names}:
        text += (f" - outside the ISO 15118-20 profile ({_TLS13}, groups {'/'.join(V2G_GROUPS)}; "
                 "Josev offers TLS 1.2 + P-256, a known non-interop)")
    return text


def _alert_name(record: bytes) -> str:
    """The alert in what we sent: plaintext before the server's keys, encrypted after them."""
    if len(record) >= 7 and record[0] == 0x15:
        try:
            return ssl.AlertDescription(record[6]).name.removeprefix("ALERT_DESCRIPTION_").lower()
        except ValueError:
            return f"alert {record[6]}"
    return "an encrypted alert" if record else "no alert (OpenSSL sends none to input that is not TLS)"


def _peer_text(peer: object) -> str:
    if isinstance(peer, tuple) and len(peer) >= 2:
        return f"[{peer[0]}]:{peer[1]}" if ":" in str(peer[0]) else f"{peer[0]}:{peer[1]}"
    return str(peer)


_SSLProtocol: Any = asyncio.sslproto.SSLProtocol  # typeshed describes the pre-3.11 class; we use 3.11+ internals
_DO_HANDSHAKE = asyncio.sslproto.SSLProtocolState.DO_HANDSHAKE


class _ServerTLSProtocol(_SSLProtocol):  # type: ignore[misc]  # subclass of Any
    """asyncio's server-side TLS plus what it leaves out when a handshake fails: the alert OpenSSL queued
    (protocol_version, handshake_failure, decode_error, ...) goes out before the socket closes (asyncio
    drops it), and one WARNING names the peer, the reason and what the peer offered. Builds on
    asyncio.sslproto internals of CPython 3.11-3.14 (checked in server_protocol)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, app_protocol: asyncio.BaseProtocol,
                 ssl_context: ssl.SSLContext, handshake_timeout: float | None) -> None:
        super().__init__(loop, app_protocol, ssl_context, None, server_side=True,
                         ssl_handshake_timeout=handshake_timeout)
        self._v2g_hello: bytearray | None = bytearray()
        self._v2g_peer: object = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._v2g_peer = transport.get_extra_info("peername")
        super().connection_made(transport)

    def buffer_updated(self, nbytes: int) -> None:
        hello = self._v2g_hello
        if hello is not None and len(hello) < _CLIENT_HELLO_CAPTURE:
            hello += self._ssl_buffer_view[:min(nbytes, _CLIENT_HELLO_CAPTURE - len(hello))]
        super().buffer_updated(nbytes)

    def _on_handshake_complete(self, handshake_exc: BaseException | None) -> None:
        if isinstance(handshake_exc, ssl.SSLError):
            alert = self._outgoing.read()
            if alert and self._transport is not None:
                self._transport.write(alert)
            reason = str(handshake_exc.reason or handshake_exc)
            if "_ALERT_" in reason:  # e.g. TLSV1_ALERT_UNKNOWN_CA: the EV does not trust our chain
                what = f"refused by the peer: it sent alert {reason.split('_ALERT_', 1)[1].lower()}"
            else:
                what = f"refused: {reason}"
            self._v2g_report(what, f"answered with {_alert_name(alert)}")
        elif handshake_exc is not None:  # asyncio passes the ConnectionResetError class on EOF
            self._v2g_report("not completed: the peer closed the connection", "no alert sent")
        self._v2g_hello = None
        super()._on_handshake_complete(handshake_exc)

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._state == _DO_HANDSHAKE:
            self._v2g_report(f"not completed: {exc or 'the peer closed the connection'}", "no alert sent")
        self._v2g_hello = None
        super().connection_lost(exc)

    def _v2g_report(self, what: str, alert: str) -> None:
        hello, peer = bytes(self._v2g_hello or b""), _peer_text(self._v2g_peer)
        self._v2g_hello = None

        def log(offer: asyncio.Future[str]) -> None:
            ok = not offer.cancelled() and offer.exception() is None
            logger.warning("TLS handshake with %s %s; %s; %s", peer, what, offer.result() if ok else "offer unreadable",
                           alert)

        try:  # scapy's import and parsing stay off the event loop
            self._loop.run_in_executor(None, describe_client_hello, hello).add_done_callback(log)
        except RuntimeError:  # the loop is shutting down: no worker for the parse
            logger.warning("TLS handshake with %s %s; %s", peer, what, alert)


def server_protocol(loop: asyncio.AbstractEventLoop, app_protocol: asyncio.BaseProtocol, ssl_context: ssl.SSLContext,
                    *, handshake_timeout: float | None = None) -> asyncio.BaseProtocol:
    """The protocol a plain TCP server hands each connection: TLS server side over `app_protocol`, with
    refused handshakes answered by their alert and logged (see _ServerTLSProtocol)."""
    missing = [n for n in ("_on_handshake_complete", "buffer_updated", "_do_handshake") if not hasattr(_SSLProtocol, n)]
    if missing:
        raise TLSConfigurationError(f"asyncio.sslproto.SSLProtocol lacks {missing} (Python {sys.version})")
    return _ServerTLSProtocol(loop, app_protocol, ssl_context, handshake_timeout)
