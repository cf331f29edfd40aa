"""SECC answer time of DIN 70121 CurrentDemand beside -20 DC_ChargeLoop, in live sessions.

Our EVCC against our SECC in this process (loopback; DIN over plain TCP as in the field, -20 over TLS
1.3), simulated hardware answering at once, no loop cadence delay. The SECC's `response_time` callback
gives, per request, the time from receiving it to having sent the answer: decode, precheck, gather,
handle, act, encode, send. DIN lets the EV wait 250 ms for CurrentDemandRes (Josev's Java codec took
~250 ms, Josev issue 157); this is what our SECC needs of it.

    python3 benchmarks/din_bench.py [--loops 2000]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_support import bench_pki  # noqa: E402

from evcc.client import EVCCClient  # noqa: E402
from evcc.config import EVCCConfig  # noqa: E402
from evcc.controller import ControlMode, UserSettings  # noqa: E402
from evcc.simulator import BatteryModel, SimulatedEV  # noqa: E402
from iso15118 import tls  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.server import SECCServer  # noqa: E402
from secc.session import SessionCallbacks  # noqa: E402
from secc.simulator import SimulatedEVSE  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def session(protocol: str, loops: int, pki_dir: Path) -> dict[str, list[float]]:
    times: dict[str, list[float]] = defaultdict(list)
    callbacks = SessionCallbacks(response_time=lambda name, s: times[name].append(s))
    din = protocol == "DIN70121"
    ssl_server = None if din else tls.secc_server_context((pki := bench_pki(pki_dir)).secc_chain, pki.secc_key,
                                                          client_auth=tls.ClientAuth.NONE)
    server = SECCServer(SECCConfig(protocols=(protocol,)), SimulatedEVSE, ssl_context=ssl_server, callbacks=callbacks)
    await server.start("::1", 0)
    config = EVCCConfig(protocols=(protocol,), control_mode=ControlMode.Scheduled, charge_loop_interval_s=0.0,
                        max_charge_loops=loops, stop_at_target_soc=False, settings=UserSettings(target_soc=100))
    ev = SimulatedEV(battery=BatteryModel(soc=20.0, capacity_wh=10_000_000), settings=config.settings)
    client = EVCCClient(ev, config, ssl_context=None if din else tls.evcc_client_context([pki.v2g_root]))
    report = await client.run("::1", server.port)
    await asyncio.sleep(0.2)
    await server.close()
    assert report.end is not None and not report.end.error, report.end
    return times


async def main(loops: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = [("DIN70121", "CurrentDemandReq"), ("ISO15118-20", "DC_ChargeLoopReq")]
        print(f"SECC answer time per charge-loop request, {loops} requests each (receive -> response sent)")
        for protocol, name in rows:
            values = (await session(protocol, loops, Path(tmp) / protocol))[name]
            ms = [v * 1000 for v in values]
            print(f"  {protocol:12s} {name:18s} n={len(ms):5d} median {statistics.median(ms):6.3f} ms  "
                  f"p99 {percentile(ms, 99):6.3f} ms  max {max(ms):6.3f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=2000)
    asyncio.run(main(parser.parse_args().loops))
