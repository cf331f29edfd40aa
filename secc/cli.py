"""`secc`: run an ISO 15118-20 SECC from a TOML configuration (see secc/examples/secc.toml)."""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import importlib
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from iso15118 import tls
from iso15118.security.certificates import load_pem_certificates
from secc.authorization import ContractAuthorizer, LocalCPS, load_revocation
from secc.config import ConfigError, PnCConfig, ServerConfig, SimulatedHardware, load_config, load_pnc_config
from secc.controller import EVSEController
from secc.server import SECCServer
from secc.session import SessionCallbacks, SessionSummary
from secc.simulator import SimulatedEVSE, SimulatorSettings

logger = logging.getLogger("secc")


def controller_factory(spec: str | None, hardware: SimulatedHardware) -> Callable[[], EVSEController]:
    """None: the simulated EVSE with the configured limits; else 'package.module:Factory' (called per session)."""
    if spec is None:
        settings = SimulatorSettings(
            ac_limits=hardware.ac, dc_limits=hardware.dc, cable_check_duration_s=hardware.cable_check_duration_s
        )
        return lambda: SimulatedEVSE(dataclasses.replace(settings))
    return _load_callable(spec, "controller")


def tune_gc() -> None:
    """Keep garbage-collection pauses out of the ChargeLoop's response time: the long-lived objects of
    start-up (codec tables, message classes) leave the collector's view, and young collections run
    less often (each request allocates many small message objects that die young)."""
    gc.freeze()
    gc.set_threshold(20000, 50, 100)


def tune_threads() -> None:
    """The decode and log-writer threads share the GIL with the event loop: after giving it up for a
    socket call the loop waits up to the switch interval for it back, several times per request. At
    Python's 5 ms a ChargeLoop waited up to ~200 ms behind other sessions' large messages, at 1 ms
    ~30 ms (benchmarks/secc_resource_bench.py stall)."""
    sys.setswitchinterval(0.001)


def print_summary(summary: SessionSummary) -> None:
    print(
        f"session {summary.session_id} ({summary.service or '-'} {summary.control_mode or '-'}): "
        f"{summary.messages} messages in {summary.duration_s:.1f} s, "
        f"{summary.charged_wh} Wh in, {summary.discharged_wh} Wh out; ended: {summary.end_reason}",
        flush=True,
    )


class StapledOCSP:
    """The DER OCSP response file to staple, re-read when it changes (a refresher job rewrites it)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._stamp: float | None = None
        self._data: bytes | None = None
        self()  # a missing file is a configuration error now, not a handshake failure later

    def __call__(self) -> bytes | None:
        try:
            stamp = os.stat(self.path).st_mtime
            if stamp != self._stamp:
                self._data, self._stamp = Path(self.path).read_bytes(), stamp
        except OSError as exc:
            if self._stamp is None:
                raise ConfigError(f"[server] tls_ocsp_response: {exc}") from None
            logger.warning("OCSP response %s unreadable (%s): stapling the last one", self.path, exc)
        return self._data


def ssl_context(server: ServerConfig):  # type: ignore[no-untyped-def]
    if server.tls_cert is None or server.tls_key is None:
        return None
    staple = StapledOCSP(server.tls_ocsp_response) if server.tls_ocsp_response else None
    if server.tls_ca:
        return tls.secc_server_context(
            server.tls_cert, server.tls_key, client_auth=tls.ClientAuth(server.tls_client_auth),
            ev_trust_roots=[server.tls_ca], ocsp_response=staple,
        )
    return tls.secc_server_context(server.tls_cert, server.tls_key, client_auth=tls.ClientAuth.NONE,
                                   ocsp_response=staple)


def _load_callable(spec: str, what: str) -> Callable[..., Any]:
    module_name, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr)  # type: ignore[no-any-return]
    except (ImportError, AttributeError, ValueError) as exc:
        raise ConfigError(f"{what} {spec!r} cannot be loaded: {exc}") from None


def pnc_authorizer(pnc: PnCConfig | None) -> ContractAuthorizer | None:
    """The [pnc] table as a ContractAuthorizer (None: the SECC offers EIM only)."""
    if pnc is None:
        return None
    try:
        roots = load_pem_certificates(pnc.mo_roots)
        revocation = load_revocation(pnc.crls, pnc.ocsp_responses, require_status=pnc.require_revocation_status)
        installation: Any = None
        if pnc.local_cps:
            installation = LocalCPS(pnc.local_cps, delay_s=pnc.local_cps_delay_s)
        elif pnc.installation_backend:
            installation = _load_callable(pnc.installation_backend, "installation_backend")(pnc)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"[pnc] {exc}") from None
    return ContractAuthorizer(roots, revocation=revocation, supported_providers=list(pnc.supported_providers) or None,
                              installation=installation)


async def serve(path: str, overrides: argparse.Namespace) -> None:
    config, server_cfg, hardware = load_config(path)
    pnc = pnc_authorizer(load_pnc_config(path))
    changes = {k: v for k, v in (("port", overrides.port), ("host", overrides.host),
                                 ("interface", overrides.interface), ("log_path", overrides.log)) if v is not None}
    if overrides.quiet:
        changes["trace"] = False
    server_cfg = dataclasses.replace(server_cfg, **changes)
    callbacks = SessionCallbacks(
        trace=(lambda line: print(line, flush=True)) if server_cfg.trace else None, session_ended=print_summary
    )
    server = SECCServer(
        config,
        controller_factory(overrides.controller or server_cfg.controller, hardware),
        ssl_context=ssl_context(server_cfg),
        allow_plain_tcp=server_cfg.allow_plain_tcp,
        pnc=pnc,
        callbacks=callbacks,
        log_path=server_cfg.log_path,
    )
    host = server_cfg.host if server_cfg.interface is None else "::"
    tune_gc()
    tune_threads()
    await server.start(host, server_cfg.port, interface=server_cfg.interface, sdp_server=server_cfg.sdp)
    print(f"SECC {config.evse_id} listening on port {server.port} "
          f"({'TLS 1.3' if server.ssl_context else 'PLAIN TCP - lab only'})", flush=True)
    if pnc is not None:
        installation = type(pnc.installation).__name__ if pnc.installation is not None else "none"
        print(f"Plug & Charge: {len(pnc.mo_roots)} trusted MO/V2G root(s), certificate installation: {installation}",
              flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="secc", description="ISO 15118-20 SECC (charger side)")
    parser.add_argument("config", help="TOML configuration (see secc/examples/secc.toml)")
    parser.add_argument("--port", type=int, help="TCP port (default: config, 0 = any free port)")
    parser.add_argument("--host", help="listen address when no interface is given (default ::1)")
    parser.add_argument("--interface", help="network interface: link-local address + SDP")
    parser.add_argument("--log", help="JSON-lines message log: file, or directory for one file per session")
    parser.add_argument("--controller", help="EVSE controller factory 'module:callable' (default: simulated EVSE)")
    parser.add_argument("--quiet", action="store_true", help="no per-message trace lines")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        asyncio.run(serve(args.config, args))
    except ConfigError as exc:
        print(f"secc: configuration error: {exc}", file=sys.stderr)
        return 2
    except tls.TLSError as exc:
        print(f"secc: TLS setup failed: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
