"""ISO 15118-2 SECC cost per charge-loop request: CurrentDemandReq (DC, answer due within 0.25 s) and
ChargingStatusReq (AC), through what the SECC does per request - EXI decode, SECCSession.process (the one
pipeline: SessionID/sequence check, controller reads (simulated, instant), the pure state, the actions),
EXI encode - beside the -20 DC_ChargeLoop/AC_ChargeLoop
through the same steps. In process, no sockets: the figure is the stack's own share of the budget.
Then on the wire: a scripted -2 EV against a running SECCServer (the runner, V2GTP, TCP and TLS 1.2 on
loopback), request sent to response decoded, per CurrentDemand pair.

    python3 benchmarks/iso2_secc_bench.py [--loops 3000]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "secc" / "iso2"))
sys.path.insert(0, str(ROOT / "tests" / "secc"))

import iso2_ev as ev  # noqa: E402
from iso2_driver import Driver as ISO2Driver  # noqa: E402
from iso15118 import exi  # noqa: E402
from iso15118.session.framing import namespace_of  # noqa: E402
from evcc import probe as p  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.controller import ControlMode, EnergyService  # noqa: E402
from secc.iso2 import protocol  # noqa: E402
from secc_driver import Driver as D20Driver  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


async def time_loop(step: Callable[[], Awaitable[None]], loops: int) -> list[float]:
    for _ in range(200):  # warm-up
        await step()
    times = []
    for _ in range(loops):
        t0 = time.perf_counter()
        await step()
        times.append(time.perf_counter() - t0)
    return times


async def iso2_case(dc: bool, loops: int) -> list[float]:
    d = ISO2Driver(SECCConfig(services=(EnergyService.DC if dc else EnergyService.AC,)))
    for req in (ev.session_setup(), ev.service_discovery, ev.payment_selection, ev.authorization):
        await d.send(req if not callable(req) else req(d.sid))
    if dc:
        for build in (ev.dc_cpd, ev.cable_check, ev.pre_charge):
            await d.send(build(d.sid))
        await d.send(ev.power_delivery(d.sid, "Start", dc=True))
        data = exi.encode(ev.current_demand(d.sid, 400, 100))
    else:
        await d.send(ev.ac_cpd(d.sid))
        await d.send(ev.power_delivery(d.sid, "Start"))
        data = exi.encode(ev.charging_status(d.sid))

    async def step() -> None:
        req = protocol.request_of(protocol.decode(protocol.PayloadType.SAP, data))
        out = await d.session.process(req, time.monotonic())
        assert out is not None and out.end is None, d.session.end_reason  # the SECC's one pipeline, as the runner calls it
        exi.encode(out.response)

    return await time_loop(step, loops)


async def d20_case(dc: bool, loops: int) -> list[float]:
    service = EnergyService.DC if dc else EnergyService.AC
    d = D20Driver()
    for req in (p.sap_request(dc), p.session_setup()):
        await d.send(req)
    for build in (p.authorization_setup, p.authorization_eim, p.service_discovery):
        await d.send(build(d.sid))
    await d.send(p.service_selection(d.sid, service, ControlMode.Scheduled))
    await d.send(p.charge_parameter_discovery(d.sid, service))
    await d.send(p.schedule_exchange(d.sid, ControlMode.Scheduled))
    if dc:
        await d.send(p.cable_check(d.sid))
        await d.send(p.pre_charge(d.sid))
    await d.send(p.power_delivery(d.sid, p.cm.chargeProgressType.Start))
    message = p.charge_loop(d.sid, service, ControlMode.Scheduled)
    data, namespace = exi.encode(message), namespace_of(message)

    async def step() -> None:
        out = await d.session.process(exi.decode(data, namespace), time.monotonic())
        assert out is not None and out.end is None
        exi.encode(out.response)

    return await time_loop(step, loops)


def row(name: str, times: list[float]) -> str:
    us = [t * 1e6 for t in times]
    return f"{name:<34} median {statistics.median(us):7.1f} µs   p99 {percentile(us, 99):7.1f} µs"


async def wire_case(loops: int, use_tls: bool) -> list[float]:
    """CurrentDemand pairs of one -2 DC session through SECCServer over loopback (plain TCP or TLS 1.2)."""
    import tempfile

    from iso15118 import tls, v2gtp
    from iso15118.messages import ISO2_MSG_DEF
    from iso15118.session.app_protocol import ISO15118_2, build_request
    from pki.profiles import Suite
    from pki.testpki import build_pki, write_pki
    from secc.server import SECCServer
    from secc.simulator import SimulatedEVSE

    SAP = protocol.PayloadType.SAP
    with tempfile.TemporaryDirectory() as tmp:
        server_tls = client_tls = None
        if use_tls:
            write_pki(build_pki(Suite.ISO2), Path(tmp))
            server_tls = tls.secc_iso2_server_context(Path(tmp) / "secc/chain.pem", Path(tmp) / "secc/leaf.key.pem")
            client_tls = tls.evcc_iso2_client_context([Path(tmp) / "trust/v2g-roots.pem"])
        config = SECCConfig(services=(EnergyService.DC,), protocols=("ISO15118-2",))
        server = SECCServer(config, SimulatedEVSE, ssl_context=server_tls, allow_plain_tcp=not use_tls)
        await server.start("::1", 0, sdp_server=False)
        try:
            conn = await v2gtp.open_connection("::1", server.port, ssl_context=client_tls, allow_plain_tcp=not use_tls)
            await conn.send(SAP, exi.encode(build_request([ISO15118_2])))
            await conn.receive(timeout=5)
            sid = b"\x00"

            async def pair(message: Any) -> Any:
                nonlocal sid
                await conn.send(SAP, exi.encode(message))
                _, payload = await conn.receive(timeout=5)
                res = exi.decode(payload, ISO2_MSG_DEF)
                sid = res.Header.SessionID
                return res.Body.BodyElement

            await pair(ev.session_setup())
            for build in (ev.service_discovery, ev.payment_selection, ev.authorization, ev.dc_cpd, ev.cable_check,
                          ev.pre_charge):
                await pair(build(sid))
            await pair(ev.power_delivery(sid, "Start", dc=True))
            request = ev.current_demand(sid, 400, 100)

            async def step() -> None:
                await pair(request)

            times = await time_loop(step, loops)
            await pair(ev.power_delivery(sid, "Stop", dc=True))
            await pair(ev.session_stop(sid))
            await conn.close()
            return times
        finally:
            await server.close()


async def main(loops: int) -> None:
    print(f"SECC work per charge-loop request, in process ({loops} requests each; budget -2 CurrentDemand 250 ms)")
    print(row("-2 CurrentDemandReq (DC)", await iso2_case(True, loops)))
    print(row("-20 DC_ChargeLoopReq (Scheduled)", await d20_case(True, loops)))
    print(row("-2 ChargingStatusReq (AC)", await iso2_case(False, loops)))
    print(row("-20 AC_ChargeLoopReq (Scheduled)", await d20_case(False, loops)))
    print("On the wire, our SECCServer on loopback, one -2 DC session (EV send -> response decoded):")
    print(row("-2 CurrentDemand pair, plain TCP", await wire_case(loops, use_tls=False)))
    print(row("-2 CurrentDemand pair, TLS 1.2", await wire_case(loops, use_tls=True)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=3000)
    asyncio.run(main(parser.parse_args().loops))
