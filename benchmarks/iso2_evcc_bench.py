"""ISO 15118-2 EVCC cost per charge-loop response: what the EV does between a ChargingStatusRes /
CurrentDemandRes arriving and its next request leaving (EXI decode, the driver's checks, the pure phase,
EXI encode), beside the -20 AC_ChargeLoopRes / DC_ChargeLoopRes through the same steps. In process, no
sockets, a scripted charger: the figure is the stack's own share of the -2 budget (CurrentDemand 0.5 s).

    python3 benchmarks/iso2_evcc_bench.py [--loops 3000]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "evcc")]

import evcc_fakes  # noqa: E402
import iso2_fakes  # noqa: E402
from evcc.config import EVCCConfig  # noqa: E402
from evcc.controller import EnergyTransfer  # noqa: E402
from evcc.d20.session import D20Session  # noqa: E402
from evcc.iso2.session import ISO2Session  # noqa: E402
from evcc.simulator import BatteryModel, SimulatedEV  # noqa: E402
from iso15118 import exi  # noqa: E402
from iso15118.session import framing  # noqa: E402
from iso15118.session.v2g_message import ISO2  # noqa: E402

LOOP_REQUESTS = {"ChargingStatusReq", "CurrentDemandReq", "AC_ChargeLoopReq", "DC_ChargeLoopReq"}


def body_name(message: Any) -> str:
    body = getattr(getattr(message, "Body", None), "BodyElement", None)
    return type(body if body is not None else message).__name__


async def in_the_loop(session: Any, secc: Callable[[Any], Any], ev: SimulatedEV) -> Any:
    """Step the session against `secc` up to its first charge-loop request; that request."""
    step = session.start_after_negotiation(await ev.status(), await ev.user_settings(), time.monotonic())
    while body_name(step.request) not in LOOP_REQUESTS:
        for action in step.actions:
            if type(action).__name__ == "SetContactors":
                await ev.set_contactors(action.closed)
        step = session.receive(secc(step.request), await ev.status(), time.monotonic())
    return step.request


async def case(iso2: bool, dc: bool, loops: int) -> list[float]:
    energy = EnergyTransfer.DC if dc else EnergyTransfer.AC
    config = EVCCConfig(energy_transfer=energy, max_charge_loops=None, stop_at_target_soc=False)
    ev = SimulatedEV(battery=BatteryModel(soc=40), energy_transfer=energy)
    if iso2:
        session: Any = ISO2Session(config)
        secc: Any = iso2_fakes.FakeISO2SECC()
    else:
        session = D20Session(config)
        secc = evcc_fakes.FakeSECC()
    request = await in_the_loop(session, secc, ev)
    response = secc(request)
    data = exi.encode(response)
    namespace = ISO2.namespace if iso2 else framing.namespace_of(response)
    status = await ev.status()
    times = []
    for i in range(loops + 200):
        t0 = time.perf_counter()
        step = session.receive(exi.decode(data, namespace), status, time.monotonic())
        exi.encode(step.request)
        if i >= 200:  # warm-up
            times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=3000)
    loops = parser.parse_args().loops
    print(f"EVCC work per charge-loop response ({loops} loops, in process): median / p99 in microseconds")
    for label, iso2, dc in (("-2  CurrentDemandRes -> CurrentDemandReq", True, True),
                            ("-20 DC_ChargeLoopRes -> DC_ChargeLoopReq", False, True),
                            ("-2  ChargingStatusRes -> ChargingStatusReq", True, False),
                            ("-20 AC_ChargeLoopRes -> AC_ChargeLoopReq", False, False)):
        times = asyncio.run(case(iso2, dc, loops))
        ordered = sorted(times)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(f"  {label:45s} {statistics.median(times) * 1e6:8.1f} / {p99 * 1e6:8.1f}")


if __name__ == "__main__":
    main()
