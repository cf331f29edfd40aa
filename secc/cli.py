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
import ssl
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from iso15118 import tls
from iso15118.security.certificates import load_pem_certificates
from iso15118.security.iso2 import load_sales_tariff_signer
from secc.authorization import ContractAuthorizer, LocalCPS, LocalISO2CPS, PnCAuthorizer, load_revocation
from secc.config import (
    ConfigError, PnCConfig, ServerConfig, SimulatedHardware, load_config, load_grid_config, load_pnc_config,
)
from secc.grid.model import GridError
from secc.grid.station import GridStation, SourceFactory
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
        f"session {summary.session_id} {summary.protocol or 'no protocol'} "
        f"({' '.join(filter(None, (summary.service, summary.control_mode))) or '-'}): "
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
    """-20 TLS 1.3 (tls_cert), -2 TLS 1.2 (iso2_tls_cert), or one listener for both."""
    iso2 = (tls.secc_iso2_server_context(server.iso2_tls_cert, server.iso2_tls_key)
            if server.iso2_tls_cert is not None and server.iso2_tls_key is not None else None)
    if server.tls_cert is None or server.tls_key is None:
        return iso2
    staple = StapledOCSP(server.tls_ocsp_response) if server.tls_ocsp_response else None
    if server.tls_ca:
        ctx20 = tls.secc_server_context(
            server.tls_cert, server.tls_key, client_auth=tls.ClientAuth(server.tls_client_auth),
            ev_trust_roots=[server.tls_ca], ocsp_response=staple,
        )
    else:
        ctx20 = tls.secc_server_context(server.tls_cert, server.tls_key, client_auth=tls.ClientAuth.NONE,
                                        ocsp_response=staple)
    return ctx20 if iso2 is None else tls.secc_dual_server_context(ctx20, iso2)


def transport_text(context: Any, plain_tcp_in_field: bool = False) -> str:
    """What the main listener speaks, for the start-up line (plain TCP is lab-only unless every
    configured protocol runs over it in the field, as DIN does)."""
    if context is None:
        return "plain TCP" if plain_tcp_in_field else "PLAIN TCP - lab only"
    if context.maximum_version is ssl.TLSVersion.TLSv1_2:
        return "TLS 1.2"
    return "TLS 1.3 and 1.2" if context.minimum_version is ssl.TLSVersion.TLSv1_2 else "TLS 1.3"


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
        iso2_installation = LocalISO2CPS(pnc.iso2_local_cps, delay_s=pnc.local_cps_delay_s) if pnc.iso2_local_cps else None
        signer = (load_sales_tariff_signer(pnc.iso2_tariff_key, pnc.iso2_tariff_chain)
                  if pnc.iso2_tariff_key and pnc.iso2_tariff_chain else None)
        if pnc.local_cps:
            installation = LocalCPS(pnc.local_cps, delay_s=pnc.local_cps_delay_s)
        elif pnc.installation_backend:
            installation = _load_callable(pnc.installation_backend, "installation_backend")(pnc)
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"[pnc] {exc}") from None
    return ContractAuthorizer(roots, revocation=revocation, supported_providers=list(pnc.supported_providers) or None,
                              installation=installation, iso2_installation=iso2_installation,
                              sales_tariff_signer=signer)


def grid_station(path: str, extra_sources: Sequence[SourceFactory] = ()) -> GridStation | None:
    """The [grid] table as a GridStation (None: no grid limits). Sources configured elsewhere (e.g. an
    OCPP link's charging profiles) join through extra_sources."""
    settings = load_grid_config(path)
    if settings is None:
        return None
    try:
        return GridStation(settings, extra_sources=extra_sources)
    except GridError as exc:
        raise ConfigError(f"[grid] {exc}") from None


def ocpp_station(path: str | Path, hardware: SimulatedHardware | None = None, grid: Any = None) -> Any:
    """The [ocpp] table as a secc.ocpp OCPPStation (None: no CSMS link). Its charging profiles go to
    `grid` (a secc.grid GridLimitManager, e.g. the one [grid] configures) or, without one, to a manager
    of its own rated at the EVSE's maxima (the sessions follow it once the server is attached to it)."""
    from secc.grid import GridConfig, GridLimitManager, Ratings
    from secc.ocpp.config import load_ocpp_config
    from secc.ocpp.station import OCPPStation

    config = load_ocpp_config(path)
    if config is None:
        return None
    if grid is None:
        hw = hardware or SimulatedHardware()
        ratings = Ratings(import_w=max(hw.ac.max_charge_power_w, hw.dc.max_charge_power_w),
                          export_w=max(hw.ac.max_discharge_power_w, hw.dc.max_discharge_power_w), phases=3)
        grid = GridLimitManager(GridConfig(ratings, randomisation_enabled=False))
    return OCPPStation(config, grid=grid)


async def serve(path: str, overrides: argparse.Namespace) -> None:
    config, server_cfg, hardware = load_config(path)
    local_pnc = pnc_authorizer(load_pnc_config(path))
    pnc: PnCAuthorizer | None = local_pnc
    grid = grid_station(path)
    changes = {k: v for k, v in (("port", overrides.port), ("host", overrides.host),
                                 ("interface", overrides.interface), ("log_path", overrides.log)) if v is not None}
    if overrides.quiet:
        changes["trace"] = False
    server_cfg = dataclasses.replace(server_cfg, **changes)
    callbacks = SessionCallbacks(
        trace=(lambda line: print(line, flush=True)) if server_cfg.trace else None, session_ended=print_summary
    )
    context = ssl_context(server_cfg)
    if overrides.keylog:
        if context is None:
            raise ConfigError("--keylog needs TLS ([server] tls_cert and tls_key)")
        tls.enable_keylog(context, overrides.keylog)
    factory = controller_factory(overrides.controller or server_cfg.controller, hardware)
    # --- OCPP link to the CSMS ([ocpp], secc.ocpp): its charging profiles join the [grid] manager if any ---
    station = ocpp_station(path, hardware, grid=grid.manager if grid is not None else None)
    if station is not None:
        factory = station.controllers(factory)
        pnc = station.pnc_authorizer(local_pnc) if local_pnc is not None else None
        if grid is not None:
            grid.service.pollers.append(station.profiles)
    # --- end OCPP ---
    server = SECCServer(
        config,
        factory,
        ssl_context=context,
        allow_plain_tcp=server_cfg.allow_plain_tcp,
        tcp_listener=server_cfg.tcp_listener,
        pnc=pnc,
        callbacks=callbacks,
        log_path=server_cfg.log_path,
    )
    host = server_cfg.host if server_cfg.interface is None else "::"
    tune_gc()
    tune_threads()
    if grid is not None:
        server.attach_grid(grid.manager, grid.settings.consent)
    await server.start(host, server_cfg.port, interface=server_cfg.interface, sdp_server=server_cfg.sdp)
    if grid is not None:
        await grid.start()
    grid_task = None
    if station is not None:
        if grid is None:
            from secc.grid.service import GridService

            server.attach_grid(station.grid)
            grid_task = asyncio.ensure_future(GridService(station.grid, [station.profiles]).run())
        if server.ssl_context is not None and server_cfg.tls_cert and server_cfg.tls_key:
            ctx, chain, key = server.ssl_context, server_cfg.tls_cert, server_cfg.tls_key
            station.manage_v2g_certificate(chain, key, lambda: ctx.load_cert_chain(chain, key))
        await station.start()
        print(f"OCPP: station {station.config.station_id} -> {station.config.url} "
              f"(OCPP {', '.join(station.config.versions)}, security profile {station.config.security_profile})",
              flush=True)
    print(f"SECC {config.evse_id} listening on port {server.port} ({transport_text(server.ssl_context, server.plain_tcp_in_field)})"
          + (f", plain TCP on port {server.tcp_port}" if server.tcp_port is not None else ""), flush=True)
    if local_pnc is not None:
        installation = type(local_pnc.installation).__name__ if local_pnc.installation is not None else "none"
        print(f"Plug & Charge: {len(local_pnc.mo_roots)} trusted MO/V2G root(s), certificate installation: {installation}",
              flush=True)
    if grid is not None:
        print(grid.describe(), flush=True)
    recorder = None
    if overrides.pcap:
        from iso15118.capture.recorder import PcapRecorder  # scapy: only when recording

        recorder = PcapRecorder(overrides.pcap, server_cfg.interface or "lo", ssl_context=context,
                                bpf=f"tcp port {server.port} or udp port 15118 or ether proto 0x88e1")
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        if recorder is not None:
            recorder.start()
        await stop.wait()
    finally:
        await server.close()
        if station is not None:
            if grid_task is not None:
                grid_task.cancel()
            await station.close()
        if grid is not None:
            await grid.close()
        if recorder is not None:
            recorder.stop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="secc", description="ISO 15118-20 SECC (charger side)")
    parser.add_argument("config", help="TOML configuration (see secc/examples/secc.toml)")
    parser.add_argument("--port", type=int, help="TCP port (default: config, 0 = any free port)")
    parser.add_argument("--host", help="listen address when no interface is given (default ::1)")
    parser.add_argument("--interface", help="network interface: link-local address + SDP")
    parser.add_argument("--log", help="JSON-lines message log: file, or directory for one file per session")
    parser.add_argument("--controller", help="EVSE controller factory 'module:callable' (default: simulated EVSE)")
    parser.add_argument("--quiet", action="store_true", help="no per-message trace lines")
    parser.add_argument("--keylog", help="LAB ONLY: append TLS session secrets (NSS key log) to this file")
    parser.add_argument("--pcap", help="record the V2G traffic (and each TLS session decrypted) as pcapng (root)")
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
    except OSError as exc:  # e.g. --pcap without the right to capture, a port in use
        print(f"secc: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
