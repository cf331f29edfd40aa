"""Grid-limit latency: a signal arriving -> limits computed and published -> first ChargeLoopRes carrying them.

In-process figures: per source, the time from handing the signal to secc.grid until the subscriber
callback (what the SECC session uses) holds the new GridLimits, plus the cost of turning them into
ChargeLoop values. Live figures (--live-signals, default 20 per client): the real clients of `[grid]`
(OpenADR VEN against an openleadr VTN, IEEE 2030.5 client against a TLS 2030.5 server, DRED file)
feeding a GridStation attached to an SECC with a live AC Dynamic session (probe EV, loopback TLS 1.3,
ChargeLoopReq every 100 ms): from the signal's arrival at the station (the client hands it to the
manager: audit time_received) and from the peer publishing it, to the first ChargeLoopRes carrying it
(audit time_sent_to_ev). The peer figure includes the clients' polling: the VEN polls at the VTN's
requested rate (1 s: openleadr carries it in whole seconds), the 2030.5 client every 0.2 s, the DRED
file every 0.1 s.
Run: python3 benchmarks/grid_bench.py [--signals N] [--live-signals N]
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

from secc.grid import (
    DRM,
    EVPowerRequest,
    EVSEPowerLimits,
    GridConfig,
    GridLimitManager,
    GridLimits,
    GridService,
    ManualClock,
    Ratings,
    ac_dynamic_limits,
    dc_dynamic_limits,
)
from secc.grid.sources.csip import CSIPAdapter
from secc.grid.sources.dred import DREDAdapter, SimulatedDRMInput
from secc.grid.sources.ocpp import OCPPAdapter
from secc.grid.sources.openadr import OpenADRAdapter

T0 = 1_800_000_000.0


def iso(t: float) -> str:
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).isoformat().replace("+00:00", "Z")


def report(name: str, samples_s: list[float]) -> None:
    us = sorted(s * 1e6 for s in samples_s)
    p99 = us[min(len(us) - 1, int(len(us) * 0.99))]
    print(f"{name:58s} n={len(us):5d}  median {statistics.median(us):8.1f} us  p99 {p99:8.1f} us  worst {us[-1]:8.1f} us")


def busy_manager(clock: ManualClock) -> tuple[GridLimitManager, OCPPAdapter, CSIPAdapter, OpenADRAdapter]:
    """A manager with every source loaded, as in a real site: 3-phase 22 kW, V2G 11 kW."""
    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 11_000.0, phases=3), randomisation_enabled=False), clock=clock, rng=random.Random(1))
    ocpp = OCPPAdapter(manager)
    ocpp.set_charging_profile({
        "id": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile", "chargingProfileKind": "Recurring",
        "recurrencyKind": "Daily", "chargingSchedule": [{"id": 1, "chargingRateUnit": "A", "startSchedule": iso(T0 - 3600),
        "chargingSchedulePeriod": [{"startPeriod": h * 3600, "limit": 32.0 - h} for h in range(24)]}],
    })
    csip = CSIPAdapter(manager, heartbeat_timeout_s=300)
    csip.apply([], default={"opModImpLimW": {"value": 20000}, "opModExpLimW": {"value": 10000}})
    adr = OpenADRAdapter(manager, heartbeat_timeout_s=300)
    adr.distribute_event([{
        "eventDescriptor": {"eventID": "e", "modificationNumber": 0, "priority": 1, "eventStatus": "active"},
        "eiActivePeriod": {"dtstart": iso(T0 + 7200), "duration": "PT1H"},
        "eiEventSignals": [{"signalName": "LOAD_CONTROL", "signalType": "x-loadControlCapacity", "intervals": [{"duration": "PT1H", "signalPayload": 0.5}]}],
    }])
    return manager, ocpp, csip, adr


def measure(name: str, manager: GridLimitManager, clock: ManualClock, signals: int, send: Callable[[int], None]) -> None:
    received: list[float] = []
    manager.subscribe(lambda limits: received.append(time.perf_counter()))
    samples = []
    for i in range(signals):
        clock.advance(0.01)
        before = len(received)
        start = time.perf_counter()
        send(i)
        if len(received) != before + 1:
            raise RuntimeError(f"{name}: signal {i} did not publish exactly once")
        samples.append(received[-1] - start)
    report(name, samples)


def bench_sources(signals: int) -> None:
    clock = ManualClock(T0)
    manager, *_ = busy_manager(clock)
    drm_input = SimulatedDRMInput()
    dred = DREDAdapter(manager, drm_input)
    cycle = [[DRM.DRM2], [DRM.DRM2, DRM.DRM5], [DRM.DRM0], []]

    def dred_signal(i: int) -> None:
        drm_input.set(cycle[i % len(cycle)])
        dred.poll()

    measure("DRED input change -> subscriber (busy site)", manager, clock, signals, dred_signal)

    clock = ManualClock(T0)
    manager, _, csip, _ = busy_manager(clock)
    measure("CSIP DERControl (opModImpLimW) -> subscriber", manager, clock, signals, lambda i: csip.apply(
        [{"mRID": "c", "interval": {"start": int(T0), "duration": 86400}, "DERControlBase": {"opModImpLimW": {"value": 5000 + i % 2 * 1000}}}]
    ))

    clock = ManualClock(T0)
    manager, ocpp, _, _ = busy_manager(clock)
    measure("OCPP SetChargingProfile (ExternalConstraints) -> subscriber", manager, clock, min(signals, 500), lambda i: ocpp.set_charging_profile({
        "id": 9, "stackLevel": 0, "chargingProfilePurpose": "ChargingStationExternalConstraints", "chargingProfileKind": "Absolute",
        "chargingSchedule": [{"id": 9, "chargingRateUnit": "W", "startSchedule": iso(T0), "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 4000.0 + i % 2 * 500}]}],
    }))

    clock = ManualClock(T0)
    manager, _, _, adr = busy_manager(clock)
    measure("OpenADR LOAD_CONTROL event -> subscriber", manager, clock, signals, lambda i: adr.distribute_event([{
        "eventDescriptor": {"eventID": "now", "modificationNumber": i + 1, "priority": 1, "eventStatus": "active"},
        "eiActivePeriod": {"dtstart": iso(T0), "duration": "PT2H"},
        "eiEventSignals": [{"signalName": "LOAD_CONTROL", "signalType": "x-loadControlCapacity", "intervals": [{"duration": "PT2H", "signalPayload": 0.3 + i % 2 * 0.1}]}],
    }]))


async def bench_async(signals: int) -> None:
    """Through the asyncio service: DRED input change -> asyncio.Queue consumer (the SECC's task)."""
    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 11_000.0, phases=3), randomisation_enabled=False))
    drm_input = SimulatedDRMInput()
    dred = DREDAdapter(manager, drm_input)
    service = GridService(manager, [dred], poll_interval_s=3600)
    queue = service.queue()
    task = asyncio.create_task(service.run())
    await queue.get()
    samples = []
    for i in range(signals):
        drm_input.set([DRM.DRM2] if i % 2 == 0 else [])
        start = time.perf_counter()
        service.wake()
        await queue.get()
        samples.append(time.perf_counter() - start)
    service.stop()
    await task
    report("DRED change -> GridService -> asyncio.Queue consumer", samples)


def bench_chargeloop(calls: int) -> None:
    clock = ManualClock(T0)
    manager, *_ = busy_manager(clock)
    limits: GridLimits = manager.current_limits()
    dc_evse = EVSEPowerLimits(max_charge_power_w=20_000.0, max_discharge_power_w=20_000.0, max_charge_current_a=50.0, max_discharge_current_a=50.0)
    ac_evse = EVSEPowerLimits(max_charge_power_w=22_000.0, max_discharge_power_w=11_000.0, phases=3, max_current_per_phase_a=32.0, min_current_per_phase_a=6.0)
    ev = EVPowerRequest(max_charge_power_w=15_000.0, max_discharge_power_w=10_000.0, present_voltage_v=400.0)
    for name, fn in (("dc_dynamic_limits (GridLimits -> DC ChargeLoopRes values)", lambda: dc_dynamic_limits(limits, dc_evse, ev)),
                     ("ac_dynamic_limits (GridLimits -> AC ChargeLoopRes values)", lambda: ac_dynamic_limits(limits, ac_evse, ev))):
        samples = []
        for _ in range(calls):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        report(name, samples)


CHARGE_LOOP_S = 0.1
LIVE_RATING_W, LIVE_LIMIT_W = 10_000.0, 3_000.0


def report_ms(name: str, samples_s: list[float]) -> None:
    ms = sorted(s * 1e3 for s in samples_s)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(f"{name:78s} n={len(ms):4d}  median {statistics.median(ms):7.1f} ms  p99 {p99:8.1f} ms  worst {ms[-1]:8.1f} ms")


async def bench_live(signals: int) -> None:
    """Each real [grid] client against its peer, with a live session; see the module docstring."""
    import sys
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "grid_session"))
    from grid_peers import VTN, SEP2Server, csip_limit, der_control, make_tls_files  # the tests' loopback peers

    from iso15118 import tls, v2gtp
    from pki.testpki import build_pki, write_pki
    from evcc import probe as p
    from secc.config import SECCConfig
    from secc.controller import ControlMode, EnergyService
    from secc.grid.clients.csip_client import lfdi
    from secc.grid.settings import parse_grid_table
    from secc.grid.station import GridStation
    from secc.server import SECCServer
    from secc.simulator import SimulatedEVSE

    with tempfile.TemporaryDirectory(prefix="grid-bench-") as tmp_dir:
        tmp = Path(tmp_dir)
        manifest = write_pki(build_pki(), tmp / "pki")
        files = manifest["files"]["secc"]
        server_ctx = tls.secc_server_context(tmp / "pki" / files["chain"], tmp / "pki" / files["key"], client_auth=tls.ClientAuth.NONE)
        ev_ctx = tls.evcc_client_context([tmp / "pki" / manifest["trust"]["v2g"]])

        async def run(name: str, clients: dict[str, object], send: Callable[[int], object]) -> None:
            table = {"import_w": LIVE_RATING_W, "export_w": LIVE_RATING_W, "phases": 3, "randomisation_enabled": False,
                     "poll_interval_s": 0.1, **clients}
            station = GridStation(parse_grid_table(table, tmp))
            server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=server_ctx)
            await server.start("::1", 0)
            server.attach_grid(station.manager, station.settings.consent)
            await station.start()
            conn = await v2gtp.open_connection("::1", server.port, ssl_context=ev_ctx)
            ev = p.ProbeClient(conn, timeout=5.0)
            await ev.start_charging(EnergyService.AC, ControlMode.Dynamic)
            stop = asyncio.Event()

            async def charge_loops() -> None:
                while not stop.is_set():
                    await ev.request(p.charge_loop(ev.session_id, EnergyService.AC, ControlMode.Dynamic,
                                                   power_w=LIVE_LIMIT_W - 500))  # an EV within every limit
                    await asyncio.sleep(CHARGE_LOOP_S)

            loop_task = asyncio.create_task(charge_loops())
            from_arrival, from_peer = [], []
            try:
                await asyncio.sleep(1.0)  # registration / first poll
                for i in range(signals):
                    revision = station.manager.current_limits().revision
                    await asyncio.sleep(0.137 * (i % 3) / 3)  # land at varying points of the loop cycle
                    published = time.time()
                    result = send(i)
                    if asyncio.iscoroutine(result):
                        await result
                    deadline = time.monotonic() + 10.0
                    while True:
                        entry = station.manager.audit.latest
                        if entry is not None and entry.revision > revision and entry.time_sent_to_ev is not None:
                            break
                        if time.monotonic() > deadline:
                            raise RuntimeError(f"{name}: signal {i} never reached a ChargeLoopRes")
                        await asyncio.sleep(0.005)
                    from_arrival.append(entry.time_sent_to_ev - entry.time_received)
                    from_peer.append(entry.time_sent_to_ev - published)
                    await asyncio.sleep(0.25)
            finally:
                stop.set()
                await asyncio.gather(loop_task, return_exceptions=True)
                await conn.close()
                await station.close()
                await server.close()
            report_ms(f"{name}: arrival at the station -> ChargeLoopRes", from_arrival)
            report_ms(f"{name}: peer publishes -> ChargeLoopRes (with polling)", from_peer)

        vtn = VTN(poll_s=1)
        await vtn.start()
        events: list[str] = []

        def openadr(i: int) -> None:
            if i % 2 == 0:
                events.append(vtn.add_capacity_event(LIVE_LIMIT_W / LIVE_RATING_W))
            else:
                vtn.cancel(events[-1])

        try:
            await run("OpenADR 2.0b event (openleadr VTN)", {"openadr": {"vtn_url": vtn.url, "ven_name": "bench"}}, openadr)
        finally:
            await vtn.close()

        tls_files = make_tls_files(tmp / "tls")
        sep2 = SEP2Server(tls_files, lfdi(tls_files.client_cert.read_bytes()))
        await sep2.start()

        def dercontrol(i: int) -> None:
            now = int(time.time())
            sep2.controls = [der_control(f"{i:04X}", now - 1, 600, csip_limit("opModImpLimW", int(LIVE_LIMIT_W)),
                                         response_required="00")] if i % 2 == 0 else []

        csip = {"server_url": sep2.url, "cert": str(tls_files.client_cert), "key": str(tls_files.client_key),
                "ca": str(tls_files.ca), "poll_interval_s": 0.2}
        try:
            await run("IEEE 2030.5 DERControl (TLS client auth)", {"csip": csip}, dercontrol)
        finally:
            await sep2.close()

        drm_file = tmp / "drm"
        drm_file.write_text("none")
        await run("DRED file input (DRM2 / none)", {"dred": {"input": "file", "path": str(drm_file)}},
                  lambda i: drm_file.write_text("DRM2" if i % 2 == 0 else "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, default=2000)
    parser.add_argument("--live-signals", type=int, default=20, help="signals per real client in live sessions (0: skip)")
    args = parser.parse_args()
    print(f"secc.grid latency, {args.signals} signals per source (perf_counter; Python {'.'.join(map(str, __import__('sys').version_info[:3]))})")
    bench_sources(args.signals)
    asyncio.run(bench_async(min(args.signals, 1000)))
    bench_chargeloop(args.signals)
    if args.live_signals:
        print(f"live sessions: AC Dynamic, ChargeLoopReq every {CHARGE_LOOP_S * 1000:.0f} ms, peers on loopback")
        asyncio.run(bench_live(args.live_signals))


if __name__ == "__main__":
    main()
