"""ISO 15118-2 security timings beside their -20 counterparts, in one run: the XML signature of an
AuthorizationReq (sign on the EV, verify on the SECC), contract chain validation, CertificateInstallationRes
(CPS builds and signs it, EV opens it: chain, 4-reference signature, key decryption) and TLS handshakes on
loopback (TLS 1.2 -2 profile, TLS 1.3 -20 profile, and both versions through one dual listener).
Prints figures; asserts nothing.

    python3 benchmarks/iso2_security_bench.py [--iterations N] [--handshakes N]
"""
from __future__ import annotations

import argparse
import asyncio
import ssl
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402

from iso15118 import tls  # noqa: E402
from iso15118.messages.common_messages import AuthorizationReq, PnC_AReqAuthorizationModeType  # noqa: E402
from iso15118.messages.common_types import MessageHeaderType  # noqa: E402
from iso15118.security import iso2  # noqa: E402
from iso15118.security.certificates import ISO15118_2, ISO15118_20, clear_link_cache, validate_chain  # noqa: E402
from iso15118.security.pnc import contract_chain_element  # noqa: E402
from iso15118.security.xmldsig import sign_message, verify_message  # noqa: E402
from pki.profiles import Role, Suite  # noqa: E402
from pki.testpki import TestPKI, build_pki, write_pki  # noqa: E402


def timed(label: str, fn: Callable[[], object], iterations: int) -> None:
    fn()  # warm-up (imports, codec tables)
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    print(f"  {label:<58} median {statistics.median(samples):7.3f} ms   p95 {samples[int(0.95 * (len(samples) - 1))]:7.3f} ms")


def signatures(pki2: TestPKI, pki20: TestPKI, iterations: int) -> None:
    print("AuthorizationReq XML signature")
    key2 = pki2[Role.CONTRACT].key
    assert isinstance(key2, ec.EllipticCurvePrivateKey)
    request2, signature2 = iso2.authorization_req(bytes(16), key2)
    cert2 = pki2[Role.CONTRACT].certificate
    timed("-2  sign   (P-256, EXI fragment + SignedInfo)", lambda: iso2.sign(request2, key2), iterations)
    timed("-2  verify (P-256)", lambda: iso2.verify_authorization_req(request2, signature2, contract_certificate=cert2,
                                                                     gen_challenge=bytes(16)), iterations)
    key20 = pki20[Role.CONTRACT].key
    request20 = AuthorizationReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=0),
                                 SelectedAuthorizationService="PnC",  # type: ignore[arg-type]
                                 PnC_AReqAuthorizationMode=PnC_AReqAuthorizationModeType(
                                     Id="PnC01", GenChallenge=bytes(16),
                                     ContractCertificateChain=contract_chain_element(pki20.chain(Role.CONTRACT))))
    timed("-20 sign   (P-521)", lambda: sign_message(request20, key20), iterations)
    sign_message(request20, key20)
    pub20 = pki20[Role.CONTRACT].certificate.public_key()
    timed("-20 verify (P-521)", lambda: verify_message(request20, pub20), iterations)  # type: ignore[arg-type]


def chains(pki2: TestPKI, pki20: TestPKI, iterations: int) -> None:
    print("Contract chain validation (cold: link-signature cache cleared each time)")
    for name, pki, policy in (("-2  P-256", pki2, ISO15118_2), ("-20 P-521", pki20, ISO15118_20)):
        chain, roots = pki.chain(Role.CONTRACT), [pki.root(Role.CONTRACT)]

        def cold() -> None:
            clear_link_cache()
            validate_chain(chain, roots, policy=policy)

        timed(f"{name}", cold, iterations)


def installation(pki2: TestPKI, iterations: int) -> None:
    print("-2 CertificateInstallationRes")
    contract_key, cps_key, prov_key = pki2[Role.CONTRACT].key, pki2[Role.CPS].key, pki2[Role.OEM_PROV].key
    assert isinstance(contract_key, ec.EllipticCurvePrivateKey) and isinstance(cps_key, ec.EllipticCurvePrivateKey)
    assert isinstance(prov_key, ec.EllipticCurvePrivateKey)

    def build() -> tuple[object, object]:
        return iso2.certificate_installation_res(contract_chain=pki2.chain(Role.CONTRACT), contract_key=contract_key,
                                                 receiver=pki2[Role.OEM_PROV].certificate,
                                                 sa_chain=pki2.chain(Role.CPS), sa_key=cps_key)

    response, signature = build()
    roots = [pki2.root(Role.SECC)]
    timed("CPS: seal key (ECDH + KDF + AES-128-CBC) and sign 4 references", build, iterations)
    timed("EV:  SA chain, signature, decrypt, key check",
          lambda: iso2.open_certificate_installation_res(response, signature, agreement_key=prov_key,  # type: ignore[arg-type]
                                                         v2g_roots=roots), iterations)


async def handshakes(pki2_dir: Path, pki20_dir: Path, count: int) -> None:
    print(f"TLS handshakes on loopback ({count} sequential connections each)")

    def server20() -> ssl.SSLContext:
        return tls.secc_server_context(pki20_dir / "secc/chain.pem", pki20_dir / "secc/leaf.key.pem",
                                       client_auth=tls.ClientAuth.NONE)

    def server2() -> ssl.SSLContext:
        return tls.secc_iso2_server_context(pki2_dir / "secc/chain.pem", pki2_dir / "secc/leaf.key.pem")

    client2 = tls.evcc_iso2_client_context([pki2_dir / "trust/v2g-roots.pem"])
    client20 = tls.evcc_client_context([pki20_dir / "trust/v2g-roots.pem"])
    cases = [("TLS 1.2 -2 profile, -2 listener", server2(), client2),
             ("TLS 1.3 -20 profile, -20 listener", server20(), client20),
             ("TLS 1.2 through the dual listener", tls.secc_dual_server_context(server20(), server2()), client2),
             ("TLS 1.3 through the dual listener", tls.secc_dual_server_context(server20(), server2()), client20)]
    loop = asyncio.get_running_loop()
    for label, server_ctx, client_ctx in cases:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.write(b"x")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "::1", 0, ssl=server_ctx)
        port = server.sockets[0].getsockname()[1]
        samples = []
        for _ in range(count):
            start = loop.time()
            reader, writer = await asyncio.open_connection("::1", port, ssl=client_ctx)
            await reader.readexactly(1)
            samples.append((loop.time() - start) * 1000)
            writer.close()
        server.close()
        await server.wait_closed()
        samples.sort()
        print(f"  {label:<58} median {statistics.median(samples):7.3f} ms   p95 {samples[int(0.95 * (len(samples) - 1))]:7.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--handshakes", type=int, default=100)
    args = parser.parse_args()
    pki2, pki20 = build_pki(Suite.ISO2), build_pki(Suite.ISO20_ECDSA)
    signatures(pki2, pki20, args.iterations)
    chains(pki2, pki20, args.iterations)
    installation(pki2, args.iterations)
    with tempfile.TemporaryDirectory() as tmp:
        write_pki(pki2, Path(tmp) / "2")
        write_pki(pki20, Path(tmp) / "20")
        asyncio.run(handshakes(Path(tmp) / "2", Path(tmp) / "20", args.handshakes))


if __name__ == "__main__":
    main()
