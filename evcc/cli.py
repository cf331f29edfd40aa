"""`evcc` console script: run a simulated vehicle's session from a TOML file (the demo is `v2g-demo`).

    evcc run ev.toml [--host ::1 --port 50000 | --interface eth0] [--log-dir DIR] [--quiet]
    evcc fleet ev.toml --count 50 [--host ::1 --port 50000]     # many copies of the EV at once

TOML tables: [evcc] (preferences, see evcc/config.py) with [evcc.settings] (target SoC, departure,
discharge consent and floor), [battery] (evcc.simulator.BatteryModel fields), [vehicle]
(ac_max_power_w, ac_min_power_w), [connection] (host/port or interface; tls_trust_roots,
tls_cert_chain, tls_private_key), [pnc] (Plug & Charge: contract_chain, contract_key; provisioning_chain,
provisioning_key, provisioning_agreement_key, v2g_roots, mo_roots, contract_store for certificate installation),
[log] (trace, log_dir). See evcc/examples/.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import ssl
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from evcc.client import EVCCClient, SessionReport
from evcc.config import ConfigError, ConnectionConfig, EVCCConfig, EVCCFile, PnCConfig, load_file
from evcc.pnc import ContractCredentials, ContractWallet, ProvisioningCredentials
from evcc import protocols
from evcc.phase import EndKind, SessionEnd
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import tls
from iso15118.session.units import NO_SESSION_ID
from iso15118.v2gtp import describe_error

logger = logging.getLogger("evcc")

def build_vehicle(file: EVCCFile, config: EVCCConfig | None = None) -> SimulatedEV:
    """A fresh simulated vehicle of the file (each EV of a fleet gets its own battery)."""
    config = config or file.evcc
    return SimulatedEV(
        battery=BatteryModel(**file.battery.values),
        settings=config.settings,
        energy_transfer=config.energy_transfer,
        time_scale=config.time_scale,
        ac_max_power_w=file.vehicle.ac_max_power_w,
        ac_min_power_w=file.vehicle.ac_min_power_w,
    )


def build_wallet(pnc: PnCConfig | None) -> ContractWallet | dict[str, ContractWallet] | None:
    """The [pnc] credentials, loaded: a contract and/or the OEM provisioning credentials that install one.
    With [pnc.iso2] (an EV offering -2 beside -20) one wallet per protocol name: -2 sessions take the -2
    (P-256) one, the others the [pnc] one."""
    if pnc is None:
        return None
    main = _wallet(pnc, "pnc") if (pnc.contract_chain or pnc.provisioning_chain or pnc.contract_store) else None
    if pnc.iso2 is None:
        return main
    wallets = {name: main for name in protocols.names() if main is not None and name != "ISO15118-2"}
    wallets["ISO15118-2"] = _wallet(pnc.iso2, "pnc.iso2")
    return wallets


def _wallet(pnc: PnCConfig, where: str) -> ContractWallet:
    try:
        contract = (ContractCredentials.from_pem(pnc.contract_chain, pnc.contract_key)
                    if pnc.contract_chain is not None and pnc.contract_key is not None else None)
        provisioning = None
        if pnc.provisioning_chain is not None and pnc.provisioning_key is not None:
            provisioning = ProvisioningCredentials.from_pem(
                pnc.provisioning_chain, pnc.provisioning_key, list(pnc.v2g_roots),
                agreement_key_path=pnc.provisioning_agreement_key, mo_roots=list(pnc.mo_roots))
        return ContractWallet.open(store=pnc.contract_store, contract=contract, provisioning=provisioning)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"[{where}] {exc}") from None


def build_ssl_context(connection: ConnectionConfig, config: EVCCConfig) -> ssl.SSLContext | None:
    """The EV's TLS client context for its configured protocols: -20 alone, TLS 1.3 with the -20 roots (and
    the vehicle chain); -2 alone, TLS 1.2 with the -2 suite and roots, no client certificate; both, with
    iso2_tls_trust_roots, one context offering TLS 1.3 and 1.2, each version checked against its own
    profile after the handshake (EVCCClient), so a -20 SECC runs -20 and a -2-only SECC runs -2."""
    if not connection.tls_trust_roots and not connection.iso2_tls_trust_roots:
        if protocols.any_runs_over_plain_tcp(config):  # DIN, -2 EIM, or -20 with allow_plain_tcp (lab)
            return None
        raise ConfigError("[connection] tls_trust_roots is required (or allow_plain_tcp = true in a lab)")
    configured = protocols.configured(config)
    over_tls12 = any(p.transport.allows("TLSv1.2", False) for p in configured)
    if not any(p.transport.allows("TLSv1.3", False) for p in configured):
        # Only TLS 1.2 protocols (-2): its cipher suites and P-256; -2 has no client certificate.
        if connection.tls_cert_chain or connection.tls_private_key:
            raise ConfigError("[connection] tls_cert_chain/tls_private_key: ISO 15118-2 TLS has no client certificate")
        return tls.evcc_iso2_client_context([*connection.tls_trust_roots, *connection.iso2_tls_trust_roots])
    if not connection.tls_trust_roots:
        raise ConfigError("[connection] tls_trust_roots (the -20 V2G roots) is required for ISO 15118-20 over TLS 1.3")
    if connection.iso2_tls_trust_roots and not over_tls12:
        raise ConfigError("[connection] iso2_tls_trust_roots: no configured protocol runs over TLS 1.2 "
                          "(add \"ISO15118-2\" to [evcc] protocols)")
    context = tls.evcc_client_context(
        list(connection.tls_trust_roots),
        cert_chain=connection.tls_cert_chain,
        private_key=connection.tls_private_key,
    )
    if connection.iso2_tls_trust_roots:  # -2 beside -20: a TLS 1.2 SECC too
        return tls.evcc_dual_client_context(context, list(connection.iso2_tls_trust_roots))
    return context


async def run_session(
    path: Path,
    *,
    host: str | None = None,
    port: int | None = None,
    interface: str | None = None,
    log_dir: Path | None = None,
    trace: bool = True,
    count: int = 1,
    keylog: Path | None = None,
    pcap: Path | None = None,
) -> list[tuple[SessionReport, SimulatedEV]]:
    """Run the vehicle of `path` (or `count` copies of it at once: a fleet) through a session."""
    file = load_file(path)
    config, connection = file.evcc, file.connection
    ssl_context = build_ssl_context(connection, config)
    if keylog is not None:
        if ssl_context is None:
            raise ConfigError("--keylog needs TLS ([connection] tls_trust_roots)")
        tls.enable_keylog(ssl_context, keylog)
    pnc = build_wallet(file.pnc)
    log_dir = log_dir or file.log.log_dir
    if log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
    printer = (lambda line: print(line, flush=True)) if trace and file.log.trace else None
    interface = interface or connection.interface
    host = host or connection.host
    port = port or connection.port
    if not (host and port) and not interface:
        raise ConfigError("[connection] needs host and port, or an interface for SDP")

    async def one(index: int) -> tuple[SessionReport, SimulatedEV]:
        ev_config = config if count == 1 else replace(config, evcc_id=f"{config.evcc_id[:250]}{index:05d}")
        ev = build_vehicle(file, ev_config)
        client = EVCCClient(
            ev, ev_config, ssl_context=ssl_context, pnc=pnc, trace=printer, log_dir=log_dir, interface=interface
        )
        try:
            if host and port:
                return await client.run(host, int(port)), ev
            assert interface is not None
            return await client.run_discovered(interface), ev
        except Exception as exc:  # one EV's crash is its own result, never the fleet's end
            logger.error("EV %s failed: %s", ev_config.evcc_id, describe_error(exc), exc_info=True)
            report = SessionReport(end=SessionEnd(EndKind.Failed, f"EVCC crashed: {describe_error(exc)}",
                                                  NO_SESSION_ID, error=True))
            report.finished = time.monotonic()
            return report, ev

    recorder = None
    if pcap is not None:
        from iso15118.capture.recorder import PcapRecorder  # scapy: only when recording

        recorder = PcapRecorder(pcap, interface or "lo", ssl_context=ssl_context)
        recorder.start()
    try:
        return list(await asyncio.gather(*(one(i) for i in range(count))))
    finally:
        if recorder is not None:
            await asyncio.sleep(0.2)  # the last FIN/ACKs reach the capture
            recorder.stop()


def report_dict(report: SessionReport, ev: SimulatedEV) -> dict[str, Any]:
    end = report.end
    return {
        "outcome": end.kind.value if end else None,
        "reason": end.reason if end else None,
        "error": end.error if end else True,
        "session_id": end.session_id.hex() if end else None,
        "messages": report.messages,
        "connections": report.connections,
        "duration_s": round(report.duration_s, 3),
        "energy_in_wh": round(report.energy_in_wh, 3),
        "energy_out_wh": round(report.energy_out_wh, 3),
        "final_soc": round(ev.battery.soc, 2),
        "requests": report.requests,
        "tls": report.tls,
        "protocols": report.protocols,  # negotiated per connection
    }


def _cmd_run(args: argparse.Namespace) -> int:
    count = getattr(args, "count", 1)
    results = asyncio.run(
        run_session(
            args.config,
            host=args.host,
            port=args.port,
            interface=args.interface,
            log_dir=args.log_dir,
            trace=not args.quiet and count == 1,
            count=count,
            keylog=args.keylog,
            pcap=args.pcap,
        )
    )
    for index, (report, ev) in enumerate(results, 1):
        name = f"EV {index}/{count}: " if count > 1 else ""
        print(name + report.summary() + f"; SoC now {ev.battery.soc:.1f} %", flush=True)
    failed = sum(1 for report, _ in results if report.end is None or report.end.error)
    if count > 1:
        energy_in = sum(r.energy_in_wh for r, _ in results) / 1000
        energy_out = sum(r.energy_out_wh for r, _ in results) / 1000
        print(f"fleet: {count} EVs, {count - failed} ok, {failed} failed; "
              f"energy in {energy_in:.3f} kWh, out {energy_out:.3f} kWh", flush=True)
    if args.summary_json:
        dicts = [report_dict(report, ev) for report, ev in results]
        args.summary_json.write_text(json.dumps(dicts[0] if count == 1 else dicts, indent=2) + "\n")
    return 0 if failed == 0 else 1


def _cmd_demo(args: argparse.Namespace) -> int:
    """The demos run both sides, so they moved above evcc (evcc never imports secc or pki)."""
    print("evcc demo: the demo is its own command now: " + " ".join(["v2g-demo", *args.rest])
          + "  (or: python3 -m v2g_demo)", file=sys.stderr)
    return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="evcc", description="ISO 15118-20 EVCC (simulated vehicle)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log transport details")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run one charging session (with pauses/resumes) from a TOML file")
    run.add_argument("config", type=Path)
    run.add_argument("--host")
    run.add_argument("--port", type=int)
    run.add_argument("--interface", help="SDP on this interface instead of a fixed host/port")
    run.add_argument("--log-dir", type=Path, help="one JSON-lines file of decoded messages per session")
    run.add_argument("--summary-json", type=Path, help="write the session summary here")
    run.add_argument("--quiet", action="store_true", help="no trace line per message")
    run.add_argument("--keylog", type=Path, help="LAB ONLY: append TLS session secrets (NSS key log) to this file")
    run.add_argument("--pcap", type=Path, help="record the V2G traffic (and each TLS session decrypted) as pcapng (root)")
    run.set_defaults(func=_cmd_run)
    fleet = sub.add_parser("fleet", help="run COUNT copies of the vehicle at once against one charger")
    fleet.add_argument("config", type=Path)
    fleet.add_argument("--count", type=int, default=10)
    fleet.add_argument("--host")
    fleet.add_argument("--port", type=int)
    fleet.add_argument("--interface", help="SDP on this interface instead of a fixed host/port")
    fleet.add_argument("--log-dir", type=Path, help="one JSON-lines file of decoded messages per session")
    fleet.add_argument("--summary-json", type=Path, help="write the list of session summaries here")
    fleet.add_argument("--keylog", type=Path, help="LAB ONLY: append TLS session secrets (NSS key log) to this file")
    fleet.add_argument("--pcap", type=Path, help="record the V2G traffic (and each TLS session decrypted) as pcapng (root)")
    fleet.set_defaults(func=_cmd_run, quiet=True)
    demo = sub.add_parser("demo", help="moved: run v2g-demo")
    demo.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if rest and args.command != "demo":
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    args.rest = rest
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except ConfigError as exc:  # reported as the SECC reports it (one ConfigError for both sides)
        print(f"evcc {args.command}: configuration error: {exc}", file=sys.stderr)
        return 2
    except (tls.TLSError, OSError, ValueError) as exc:
        print(f"evcc {args.command}: {describe_error(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
