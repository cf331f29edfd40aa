"""Grid-limit latency: a signal arriving -> limits computed and published to a subscriber.

Measures, per source, the time from handing the signal to secc.grid until the subscriber callback
(what the SECC session uses) holds the new GridLimits, plus the cost of turning them into ChargeLoop
values. The end-to-end "signal -> first ChargeLoop response" figure needs the SECC session and is
measured once it integrates. Run: python3 benchmarks/grid_bench.py [--signals N]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signals", type=int, default=2000)
    args = parser.parse_args()
    print(f"secc.grid latency, {args.signals} signals per source (perf_counter; Python {'.'.join(map(str, __import__('sys').version_info[:3]))})")
    bench_sources(args.signals)
    asyncio.run(bench_async(min(args.signals, 1000)))
    bench_chargeloop(args.signals)


if __name__ == "__main__":
    main()
