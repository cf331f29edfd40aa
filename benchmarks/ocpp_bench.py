"""OCPP SetChargingProfile arriving at the station -> first ChargeLoopRes carrying it, in live sessions.

The CSMS simulator pushes ChargingStationExternalConstraints profiles (alternating limits) over a real
websocket (OCPP 2.0.1 and 2.1, loopback) to the station of a running SECC; SESSIONS probe EVs over TLS 1.3 run AC
Dynamic charge loops every CADENCE ms. Measured per profile and session: from the SetChargingProfile
frame arriving at the station to the first ChargeLoopRes whose limits include it (the wait for the EV's
next ChargeLoopReq is part of it: up to one cadence). Side by side, the same limits submitted in-process
(no OCPP: secc.grid OCPPAdapter.set_charging_profile directly) as the reference.

    python3 benchmarks/ocpp_bench.py [--profiles 100] [--sessions 3] [--cadence-ms 50]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iso15118 import tls, v2gtp  # noqa: E402
from pki.testpki import build_pki, write_pki  # noqa: E402
from evcc import probe as p  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.controller import ControlMode as M, EnergyService as S  # noqa: E402
from secc.grid import GridConfig, GridLimitManager, Ratings  # noqa: E402
from secc.ocpp.config import OCPPConfig  # noqa: E402
from secc.ocpp.csms_sim import CSMSSimulator, Policy  # noqa: E402
from secc.ocpp.station import OCPPStation  # noqa: E402
from secc.server import SECCServer  # noqa: E402
from secc.session import SessionCallbacks  # noqa: E402
from secc.simulator import SimulatedEVSE  # noqa: E402

LIMITS_W = (3000.0, 4000.0)


def profile(pid: int, limit: float) -> dict[str, Any]:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    return {"id": 1, "stackLevel": 0, "chargingProfilePurpose": "ChargingStationExternalConstraints",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": [{"id": pid, "chargingRateUnit": "W", "startSchedule": start.isoformat().replace("+00:00", "Z"),
                                  "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}]}]}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(version: str, profiles: int, sessions: int, cadence_s: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_pki(build_pki(), Path(tmp))
        secc_files, root = manifest["files"]["secc"], Path(tmp) / manifest["trust"]["v2g"]
        grid = GridLimitManager(GridConfig(Ratings(import_w=22_000, export_w=22_000, phases=3), randomisation_enabled=False))
        sim = CSMSSimulator(versions=(version,), policy=Policy(passwords={"CS001": "secret"}))
        await sim.start()
        station = OCPPStation(OCPPConfig(csms_url=sim.url, station_id="CS001", password="secret",
                                         queue_path=str(Path(tmp) / "q.sqlite"), certificate_dir=str(Path(tmp) / "certs"),
                                         eim_id_token="BENCH", evses=sessions, meter_interval_s=3600),
                               grid=grid)
        sent: dict[int, list[float]] = {}  # revision -> times a ChargeLoopRes carried it
        server = SECCServer(SECCConfig(), station.controllers(SimulatedEVSE), ssl_context=tls.secc_server_context(
            Path(tmp) / secc_files["chain"], Path(tmp) / secc_files["key"], client_auth=tls.ClientAuth.NONE),
            callbacks=SessionCallbacks())
        server.attach_grid(grid)
        audit = server.callbacks.grid_limits_sent

        def carried(sid: bytes, revision: int, at: float) -> None:
            sent.setdefault(revision, []).append(time.monotonic())
            if audit is not None:
                audit(sid, revision, at)

        server.callbacks.grid_limits_sent = carried
        published: dict[int, float] = {}  # revision -> when the grid manager published it
        grid.subscribe(lambda limits: published.setdefault(limits.revision, time.monotonic()))
        arrivals: list[float] = []
        station.link.on_message = lambda d, s, m: arrivals.append(time.monotonic()) if d == "<-" and "SetChargingProfile" in m else None
        await server.start("::1", 0)
        await station.start()
        await asyncio.wait_for(station.link.connected.wait(), 10)
        stop = asyncio.Event()

        async def ev() -> None:
            conn = await v2gtp.open_connection("::1", server.port, ssl_context=tls.evcc_client_context([root]))
            c = p.ProbeClient(conn)
            await c.start_charging(S.AC, M.Dynamic)
            while not stop.is_set():
                await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic, power_w=2000))  # within every limit
                await asyncio.sleep(cadence_s)
            await c.stop(S.AC)

        evs = [asyncio.ensure_future(ev()) for _ in range(sessions)]
        await asyncio.sleep(1.0)
        results: dict[str, list[float]] = {"OCPP SetChargingProfile": [], "in-process reference": []}
        handling: list[float] = []  # SetChargingProfile arrival -> limits published (no wait for the EV)
        rng = random.Random(1)
        for i in range(profiles):
            for label in results:
                limit = LIMITS_W[(2 * i + (label != "OCPP SetChargingProfile")) % 2]
                await asyncio.sleep(rng.uniform(0, cadence_s))  # land anywhere in the loop cycle
                if label == "OCPP SetChargingProfile":
                    before = len(arrivals)
                    answer = await sim.set_charging_profile("CS001", 0, profile(i, limit))
                    assert answer.status == "Accepted", answer
                    start = arrivals[before]
                else:
                    start = time.monotonic()
                    station.profiles.set_charging_profile(profile(i, limit))  # type: ignore[union-attr]
                revision = grid.current_limits().revision
                async with asyncio.timeout(5):
                    while len(sent.get(revision, [])) < sessions:
                        await asyncio.sleep(0.001)
                results[label] += [t - start for t in sorted(sent[revision])[:sessions]]
                if label == "OCPP SetChargingProfile":
                    handling.append(published[revision] - start)
        stop.set()
        await asyncio.gather(*evs)
        await server.close()
        await station.close()
        await sim.close()
    print(f"{profiles} profiles x {sessions} live AC Dynamic session(s), ChargeLoopReq every {cadence_s * 1000:.0f} ms, "
          f"OCPP {version} over ws:// loopback")
    for label, values in results.items():
        ms = [v * 1000 for v in values]
        print(f"  {label:26s} -> first ChargeLoopRes carrying it: n={len(ms):4d} median {statistics.median(ms):6.1f} ms  "
              f"p99 {percentile(ms, 0.99):6.1f} ms  max {max(ms):6.1f} ms")
    ms = [v * 1000 for v in handling]
    print(f"  {'station handling only':26s} -> limits published to the sessions:   n={len(ms):4d} median {statistics.median(ms):6.2f} ms  "
          f"p99 {percentile(ms, 0.99):6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--cadence-ms", type=float, default=50.0)
    parser.add_argument("--versions", nargs="+", default=["2.0.1", "2.1"], choices=["2.0.1", "2.1"])
    args = parser.parse_args()
    for version in args.versions:
        asyncio.run(run(version, args.profiles, args.sessions, args.cadence_ms / 1000))


if __name__ == "__main__":
    main()
