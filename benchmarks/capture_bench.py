"""Lab tools: the cost of `--pcap` on a running SECC, and how fast `v2g-capture` reads what it recorded.

The SECC records its own traffic (real packets on lo plus each TLS session decrypted) while our EVCC
runs a DC BPT Dynamic session over loopback TLS 1.3 as fast as it can; the same session without
recording runs beside it. Then the recording is read back with and without the key log. Needs root.

    python benchmarks/capture_bench.py [--loops 2000]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from evcc.config import EVCCConfig  # noqa: E402
from evcc.controller import ControlMode, EnergyTransfer, UserSettings  # noqa: E402
from iso15118 import tls, v2gtp  # noqa: E402
from iso15118.capture import KeyLog, V2GEvent, read_capture  # noqa: E402
from iso15118.capture.recorder import PcapRecorder  # noqa: E402
from pki.testpki import build_pki, write_pki  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.session import PausedSessionStore, SECCSession  # noqa: E402
from secc.simulator import SimulatedEVSE, SimulatorSettings  # noqa: E402
from session_bench import charge_loop_times, percentile  # noqa: E402

#: A -20 charge loop sends one request/response pair per 250 ms: what "real time" means for a capture.
REAL_PAIR_INTERVAL_S = 0.25


async def session(config: EVCCConfig, pki_dir: Path, manifest: dict, pcap: Path | None) -> list[float]:
    files = manifest["files"]["secc"]
    ctx = tls.secc_server_context(pki_dir / files["chain"], pki_dir / files["key"], client_auth=tls.ClientAuth.NONE)
    if pcap is not None:
        tls.enable_keylog(ctx, pcap.with_suffix(".keys"))  # kept, to read the real TLS packets back too
    secc_config = SECCConfig()
    paused = PausedSessionStore(secc_config.paused_session_expiry_s)

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        await SECCSession(conn, secc_config, SimulatedEVSE(SimulatorSettings(discharge_setpoint_w=5000)), paused=paused).run()

    server = await v2gtp.start_server(handle, "::1", 0, ssl_context=ctx)
    recorder = PcapRecorder(pcap, "lo", ssl_context=ctx, bpf=f"tcp port {server.port}") if pcap else None
    if recorder is not None:
        recorder.start()
    try:
        return await charge_loop_times(config, pki_dir, manifest, server.port)
    finally:
        await server.close()
        if recorder is not None:
            await asyncio.sleep(0.5)
            recorder.stop()


def figures(label: str, times: list[float]) -> str:
    return (f"  {label:24s} pairs={len(times):5d}  median {statistics.median(times) * 1e3:.3f} ms  "
            f"p99 {percentile(times, 99) * 1e3:.3f} ms")


def read_speed(label: str, pcap: Path, keylog: KeyLog | None) -> None:
    started = time.perf_counter()
    events = list(read_capture(pcap, keylog))
    took = time.perf_counter() - started
    messages = sum(1 for e in events if isinstance(e, V2GEvent) and e.message is not None)
    recorded_as = messages / 2 * REAL_PAIR_INTERVAL_S
    print(f"  {label:38s} {messages:6d} messages in {took:.2f} s: {messages / took:8.0f} messages/s, "
          f"{recorded_as / took:6.0f}x the time a real session takes to send them (one pair per 250 ms)")


async def main(loops: int) -> None:
    if os.geteuid() != 0:
        sys.exit("capture_bench needs root (it captures on lo)")
    config = EVCCConfig(energy_transfer=EnergyTransfer.DC, bpt=True, control_mode=ControlMode.Dynamic,
                        settings=UserSettings(target_soc=80, discharge_allowed=True, discharge_soc_floor=30),
                        max_charge_loops=loops, charge_loop_interval_s=0.0)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        manifest = write_pki(build_pki(), work / "pki")
        print(f"capture_bench: {loops} DC BPT Dynamic charge-loop pairs over loopback TLS 1.3, SECC in this process")
        plain = await session(config, work / "pki", manifest, None)
        recorded = await session(config, work / "pki", manifest, work / "secc.pcapng")
        again = await session(config, work / "pki", manifest, None)
        print(figures("without --pcap", plain + again))
        print(figures("with --pcap", recorded))
        cost = statistics.median(recorded) - statistics.median(plain + again)
        print(f"  --pcap adds {cost * 1e3:.3f} ms to the median pair ({os.path.getsize(work / 'secc.pcapng') / 1e6:.1f} MB written)")
        print("reading the recording back (real TLS packets + the decrypted copy the recorder wrote):")
        read_speed("decrypted copy only (no key log)", work / "secc.pcapng", None)
        read_speed("both: real TLS decrypted + the copy", work / "secc.pcapng", KeyLog.load(work / "secc.keys"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=2000)
    asyncio.run(main(parser.parse_args().loops))
