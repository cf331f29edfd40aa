"""Plug & Charge crypto timings: XML signature sign/verify per message, the SECC's full PnC
authorization (contract chain validation + signature + challenge, with/without CRL and OCSP),
and contract key transport. Then the same inside real sessions (loopback, mutual TLS 1.3, our SECC
and EVCC in one process): the SECC's ContractAuthorizer.verify, and the AuthorizationReq and
CertificateInstallationReq round trips seen by the EV, beside an EIM AuthorizationReq.
Prints figures; asserts nothing.

    python3 benchmarks/pki_bench.py [--iterations N] [--sessions N] [--stand-in]
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import tempfile
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives.serialization import Encoding  # noqa: E402

from iso15118.messages.common_messages import (  # noqa: E402
    AuthorizationReq,
    CertificateChainType,
    CertificateInstallationRes,
    PnC_AReqAuthorizationModeType,
    SubCertificatesType,
    authorizationType,
)
from iso15118.messages.common_types import MessageHeaderType, processingType, responseCodeType  # noqa: E402
from iso15118.security.certificates import RevocationData, clear_link_cache  # noqa: E402
from iso15118.security.key_transport import decrypt_contract_key, encrypt_contract_key  # noqa: E402
from iso15118.security.pnc import (  # noqa: E402
    authorize_pnc,
    contract_chain_element,
    open_certificate_installation_res,
    sign_certificate_installation_res,
    signed_installation_data,
)
from iso15118.security.xmldsig import FragmentEncoder, sign_message, verify_message  # noqa: E402
from pki.issue import issue, make_crl, make_ocsp_response  # noqa: E402
from pki.profiles import Role, Suite  # noqa: E402
from pki.testpki import TestPKI, build_pki  # noqa: E402


def _encoder(stand_in: bool) -> tuple[FragmentEncoder, str]:
    if not stand_in:
        try:
            from iso15118.exi import encode_fragment
            encode_fragment(MessageHeaderType(SessionID=bytes(8), TimeStamp=0))
            return encode_fragment, "iso15118.exi.encode_fragment"
        except Exception as exc:  # the codec may not be built yet: say so and measure the crypto alone
            print(f"# EXI codec unavailable ({type(exc).__name__}: {exc}); using a repr() stand-in encoder")
    return (lambda element: f"{type(element).__name__}:{element!r}".encode()), "repr() stand-in"


def _time(fn: Callable[[], object], iterations: int) -> tuple[float, float]:
    fn()  # warm-up
    samples = []
    for _ in range(iterations):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e3, statistics.mean(samples) * 1e3


def _request(pki: TestPKI, challenge: bytes, chain: list[x509.Certificate] | None = None) -> AuthorizationReq:
    mode = PnC_AReqAuthorizationModeType(Id="id1", GenChallenge=challenge,
                                         ContractCertificateChain=contract_chain_element(chain or pki.chain(Role.CONTRACT)))
    return AuthorizationReq(Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=1_700_000_000),
                            SelectedAuthorizationService=authorizationType.PnC, PnC_AReqAuthorizationMode=mode)


def _installation_res(pki: TestPKI, encoder: FragmentEncoder) -> CertificateInstallationRes:
    cps = pki.chain(Role.CPS)
    data = signed_installation_data("id3", pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key,
                                    pki[Role.OEM_PROV].certificate, pki.pcid)
    response = CertificateInstallationRes(
        Header=MessageHeaderType(SessionID=bytes(8), TimeStamp=1_700_000_000), ResponseCode=responseCodeType.OK,
        EVSEProcessing=processingType.Finished,
        CPSCertificateChain=CertificateChainType(Certificate=_der(cps[0]),
                                                 SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in cps[1:]])),
        SignedInstallationData=data, RemainingContractCertificateChains=0)
    return sign_certificate_installation_res(response, pki[Role.CPS].key, encoder=encoder)


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


async def _in_session(suite: Suite, sessions: int) -> dict[str, list[float]]:
    """Round trips (ms) of real sessions against our SECC with PnC and a local CPS."""
    from evcc.client import EVCCClient
    from evcc.config import EVCCConfig
    from evcc.controller import Authorization, UserSettings
    from evcc.pnc import ContractWallet, ProvisioningCredentials
    from evcc.simulator import BatteryModel, SimulatedEV
    from iso15118 import tls
    from iso15118.security.certificates import load_pem_certificates
    from pki.testpki import write_pki
    from secc.authorization import ContractAuthorizer, LocalCPS
    from secc.config import SECCConfig
    from secc.server import SECCServer
    from secc.simulator import SimulatedEVSE

    times: dict[str, list[float]] = {"verify": [], "PnC AuthorizationReq": [], "EIM AuthorizationReq": [],
                                     "CertificateInstallationReq": []}

    class Timed(ContractAuthorizer):
        async def verify(self, request: object, gen_challenge: bytes, info: object):  # type: ignore[override]
            start = time.perf_counter()
            result = await super().verify(request, gen_challenge, info)  # type: ignore[arg-type]
            times["verify"].append((time.perf_counter() - start) * 1e3)
            return result

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        write_pki(build_pki(suite), d)
        authorizer = Timed(load_pem_certificates([d / "trust" / "mo-roots.pem"]), installation=LocalCPS(d))
        server = SECCServer(SECCConfig(authorization_methods=("PnC", "EIM"), certificate_installation=True),
                            SimulatedEVSE, pnc=authorizer,
                            ssl_context=tls.secc_server_context(d / "secc" / "chain.pem", d / "secc" / "leaf.key.pem",
                                                                client_auth=tls.ClientAuth.REQUIRED,
                                                                ev_trust_roots=[d / "trust" / "oem-roots.pem"]))
        await server.start("::1", 0)
        agreement = d / "oem" / "prov.x448.key.pem"
        provisioning = ProvisioningCredentials.from_pem(
            d / "oem" / "chain.pem", d / "oem" / "prov.key.pem", [d / "trust" / "v2g-roots.pem"],
            agreement_key_path=agreement if agreement.exists() else None)
        ev_tls = tls.evcc_client_context([d / "trust" / "v2g-roots.pem"], cert_chain=d / "oem" / "chain.pem",
                                         private_key=d / "oem" / "prov.key.pem")
        base = EVCCConfig(charge_loop_interval_s=0.0, max_charge_loops=1, settings=UserSettings(target_soc=90.0))
        try:
            for index in range(sessions):
                pnc = index % 2 == 0
                config = dataclasses.replace(base, authorization=Authorization.PnC if pnc else Authorization.EIM,
                                             certificate_installation="always")
                ev = SimulatedEV(battery=BatteryModel(soc=50.0), settings=config.settings,
                                 energy_transfer=config.energy_transfer)
                wallet = ContractWallet(provisioning=provisioning)
                report = await EVCCClient(ev, config, ssl_context=ev_tls, pnc=wallet if pnc else None).run(
                    "::1", server.port)
                for name, seconds in zip(report.requests, report.pair_times_s):
                    key = f"{'PnC' if pnc else 'EIM'} {name}" if name == "AuthorizationReq" else name
                    if key in times:
                        times[key].append(seconds * 1e3)
        finally:
            await server.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--sessions", type=int, default=40, help="real sessions per suite (half PnC, half EIM)")
    parser.add_argument("--stand-in", action="store_true", help="measure crypto with a repr() encoder instead of EXI")
    args = parser.parse_args()
    encoder, encoder_name = _encoder(args.stand_in)
    n = args.iterations
    print(f"# fragment encoder: {encoder_name}; {n} iterations; median / mean in ms")
    print(f"{'suite':<12} {'operation':<52} {'median':>8} {'mean':>8}")
    now = dt.datetime.now(dt.timezone.utc)
    for suite in (Suite.ISO20_ECDSA, Suite.ISO20_ED448):
        pki = build_pki(suite)
        challenge = os.urandom(16)
        key = pki[Role.CONTRACT].key
        public = pki[Role.CONTRACT].certificate.public_key()
        signed = sign_message(_request(pki, challenge), key, encoder=encoder)
        roots = [pki[Role.MO_ROOT].certificate, pki[Role.V2G_ROOT].certificate]
        chain, issuers = pki.chain(Role.CONTRACT), [pki[Role.MO_SUBCA2], pki[Role.MO_SUBCA1], pki[Role.MO_ROOT]]
        crls = RevocationData(crls=[make_crl(i, []) for i in issuers], require_status=True)
        ocsps = RevocationData(ocsp_responses=[make_ocsp_response(c, i) for c, i in zip(chain, issuers)],
                               require_status=True)
        # a fresh contract (and request) per iteration: the SECC meets a new leaf, known Sub-CAs
        fresh = []
        for index in range(n + 1):
            contract = issue(Role.CONTRACT, f"DEPNXC{index:09d}", suite=suite, issuer=pki[Role.MO_SUBCA2])
            chain = [contract.certificate, *pki.chain(Role.CONTRACT)[1:]]
            fresh.append(sign_message(_request(pki, challenge, chain), contract.key, encoder=encoder))
        fresh_requests = iter(fresh)

        def cold() -> object:
            clear_link_cache()
            return authorize_pnc(signed, gen_challenge=challenge, trust_anchors=roots, now=now, encoder=encoder)

        rows: list[tuple[str, Callable[[], object]]] = [
            ("sign AuthorizationReq", lambda: sign_message(_request(pki, challenge), key, encoder=encoder)),
            ("verify AuthorizationReq", lambda: verify_message(signed, public, encoder=encoder)),
            ("SECC PnC authorization, cold (4 signatures)", cold),
            ("SECC PnC authorization, new contract, known eMSP",
             lambda: authorize_pnc(next(fresh_requests), gen_challenge=challenge, trust_anchors=roots, now=now,
                                   encoder=encoder)),
            ("SECC PnC authorization, same contract again",
             lambda: authorize_pnc(signed, gen_challenge=challenge, trust_anchors=roots, now=now, encoder=encoder)),
            ("  same contract + CRL check of 3 certificates",
             lambda: authorize_pnc(signed, gen_challenge=challenge, trust_anchors=roots, now=now, encoder=encoder,
                                   revocation=crls)),
            ("  same contract + OCSP check of 3 certificates",
             lambda: authorize_pnc(signed, gen_challenge=challenge, trust_anchors=roots, now=now, encoder=encoder,
                                   revocation=ocsps)),
        ]
        sealed = encrypt_contract_key(key, pki[Role.CONTRACT].certificate, pki[Role.OEM_PROV].certificate, pki.pcid)
        rows += [
            ("contract key encrypt (CPS side)",
             lambda: encrypt_contract_key(key, pki[Role.CONTRACT].certificate, pki[Role.OEM_PROV].certificate, pki.pcid)),
            ("contract key decrypt (EVCC side)",
             lambda: decrypt_contract_key(sealed, pki.evcc_agreement_key, pki[Role.CONTRACT].certificate, pki.pcid)),
        ]
        response = _installation_res(pki, encoder)
        rows.append(("EVCC CertificateInstallationRes (CPS chain+sig+key)",
                     lambda: open_certificate_installation_res(
                         response, agreement_key=pki.evcc_agreement_key, pcid=pki.pcid,
                         v2g_roots=[pki[Role.V2G_ROOT].certificate], now=now, encoder=encoder)))
        for label, fn in rows:
            median, mean = _time(fn, n)
            print(f"{suite.value:<12} {label:<52} {median:8.3f} {mean:8.3f}")
    print(f"# in real sessions ({args.sessions} per suite, mutual TLS 1.3 on loopback): median / p90 in ms")
    for suite in (Suite.ISO20_ECDSA, Suite.ISO20_ED448):
        clear_link_cache()
        measured = asyncio.run(_in_session(suite, args.sessions))
        labels = {"verify": "SECC ContractAuthorizer.verify (chain+sig+challenge)",
                  "PnC AuthorizationReq": "EV: PnC AuthorizationReq -> Res round trip",
                  "EIM AuthorizationReq": "EV: EIM AuthorizationReq -> Res (baseline)",
                  "CertificateInstallationReq": "EV: CertificateInstallationReq -> Res (local CPS)"}
        for key, label in labels.items():
            values = sorted(measured[key])
            p90 = values[round(0.9 * (len(values) - 1))] if values else float("nan")
            print(f"{suite.value:<12} {label:<52} {statistics.median(values):8.3f} {p90:8.3f}")
    start = time.perf_counter()
    build_pki(Suite.ISO20_ECDSA)
    print(f"{'iso20-ecdsa':<12} {'build complete test PKI (15 certificates)':<52} {(time.perf_counter() - start) * 1e3:8.1f}")


if __name__ == "__main__":
    main()
