"""Stack overhead per request/response pair: our EVCC against our SECC over loopback TLS 1.3.

First both sides run in this process on one event loop with simulated hardware that answers at
once, so a pair's time is everything the stack does: EVCC encode + TLS + SECC decode/handle/encode
+ TLS + EVCC decode/handle. Then the SECC runs as its own `secc` CLI process (as deployed). Measured per pair from encoding the request to the EVCC's next decision, over
long DC BPT Dynamic and AC Scheduled charge loops (no cadence delay). Also prints the EXI share.

    python benchmarks/session_bench.py [--loops 2000]
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evcc.client import EVCCClient  # noqa: E402
from evcc.config import EVCCConfig  # noqa: E402
from evcc.controller import ControlMode, EnergyTransfer, UserSettings  # noqa: E402
from evcc.simulator import BatteryModel, SimulatedEV  # noqa: E402
from iso15118 import exi, tls, v2gtp  # noqa: E402
from iso15118.session import framing  # noqa: E402
from secc.config import SECCConfig  # noqa: E402
from secc.session import PausedSessionStore, SECCSession  # noqa: E402
from secc.simulator import SimulatedEVSE, SimulatorSettings  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def run_case(name: str, config: EVCCConfig, pki_dir: Path, manifest: dict) -> list[float]:
    secc_files = manifest["files"]["secc"]
    server_ctx = tls.secc_server_context(
        pki_dir / secc_files["chain"], pki_dir / secc_files["key"], client_auth=tls.ClientAuth.NONE
    )
    secc_config = SECCConfig()
    paused = PausedSessionStore(secc_config.paused_session_expiry_s)
    evse = SimulatedEVSE(SimulatorSettings(discharge_setpoint_w=5000 if config.bpt else None))

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        await SECCSession(conn, secc_config, evse, paused=paused).run()

    server = await v2gtp.start_server(handle, "::1", 0, ssl_context=server_ctx)
    try:
        return await charge_loop_times(config, pki_dir, manifest, server.port)
    finally:
        await server.close()


async def charge_loop_times(config: EVCCConfig, pki_dir: Path, manifest: dict, port: int) -> list[float]:
    """Run our EV against the SECC on ::1 `port`; the seconds of each charge-loop pair."""
    ev = SimulatedEV(
        battery=BatteryModel(soc=85.0 if config.bpt else 40.0),
        settings=config.settings,
        energy_transfer=config.energy_transfer,
    )
    client = EVCCClient(ev, config, ssl_context=tls.evcc_client_context([pki_dir / manifest["trust"]["v2g"]]))
    report = await client.run("::1", port)
    assert report.end is not None and not report.end.error, report.end
    loop_name = "DC_ChargeLoopReq" if config.energy_transfer is EnergyTransfer.DC else "AC_ChargeLoopReq"
    # Charge-loop pairs only: the setup pairs include the TLS handshake's first records.
    return [t for req, t in zip(report.requests, report.pair_times_s) if req == loop_name]


def codec_share(loops: int) -> None:
    """EXI encode+decode time of one DC charge-loop request and response (both sides do both)."""
    from iso15118.messages import dc
    from iso15118.messages.common_types import MessageHeaderType
    from iso15118.session.units import to_rational as R

    hdr = MessageHeaderType(SessionID=b"\x01" * 8, TimeStamp=1_700_000_000)
    req = dc.DC_ChargeLoopReq(
        Header=hdr,
        MeterInfoRequested=False,
        EVPresentVoltage=R(380),
        CLReqControlMode=dc.BPT_Dynamic_DC_CLReqControlMode(
            DepartureTime=3600, EVTargetEnergyRequest=R(20000), EVMaximumEnergyRequest=R(30000),
            EVMinimumEnergyRequest=R(0), EVMaximumChargePower=R(150000), EVMinimumChargePower=R(0),
            EVMaximumChargeCurrent=R(400), EVMaximumVoltage=R(430), EVMinimumVoltage=R(320),
            EVMaximumDischargePower=R(50000), EVMinimumDischargePower=R(0), EVMaximumDischargeCurrent=R(400),
        ),
    )
    res = dc.DC_ChargeLoopRes(
        Header=hdr, ResponseCode=__import__("iso15118.messages.common_types", fromlist=["x"]).responseCodeType.OK,
        EVSEPresentCurrent=R(100), EVSEPresentVoltage=R(380), EVSEPowerLimitAchieved=False,
        EVSECurrentLimitAchieved=False, EVSEVoltageLimitAchieved=False,
        CLResControlMode=dc.BPT_Dynamic_DC_CLResControlMode(
            EVSEMaximumChargePower=R(150000), EVSEMinimumChargePower=R(0), EVSEMaximumChargeCurrent=R(300),
            EVSEMaximumVoltage=R(900), EVSEMaximumDischargePower=R(50000), EVSEMinimumDischargePower=R(0),
            EVSEMaximumDischargeCurrent=R(150), EVSEMinimumVoltage=R(150),
        ),
    )
    times = []
    for _ in range(loops):
        t0 = time.perf_counter()
        for message in (req, res):
            exi.decode(exi.encode(message), framing.namespace_of(message))
        times.append(time.perf_counter() - t0)
    print(f"  EXI share: encode+decode of DC_ChargeLoopReq and Res: median {statistics.median(times) * 1e3:.3f} ms")


async def run_split(config: EVCCConfig, workdir: Path, manifest: dict) -> list[float]:
    """The same pairs with the SECC as its own `secc` CLI process (each side on its own core)."""
    from v2g_demo import sessions as demo

    pki_dir = workdir / "pki"
    ctx = demo.DemoContext(workdir=workdir, log_dir=None, loopback=True, out=lambda line: None)
    ctx.pki = manifest
    try:
        await demo.stage_secc(ctx)
        assert ctx.secc_port is not None
        return await charge_loop_times(config, pki_dir, manifest, ctx.secc_port)
    finally:
        for cleanup in ctx.cleanups:
            await cleanup()


def print_figures(label: str, times: list[float]) -> None:
    median, p99 = statistics.median(times), percentile(times, 99)
    print(
        f"  {label:28s} pairs={len(times):5d}  median {median * 1e3:.3f} ms  p99 {p99 * 1e3:.3f} ms  "
        f"mean {statistics.fmean(times) * 1e3:.3f} ms  ({'meets' if median <= 1e-3 else 'misses'} "
        f"the 1 ms median target)"
    )


async def main(loops: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        from v2g_demo import sessions as demo

        # the demo's PKIs (-20 and -2) in the layout its SECC stage expects
        certificates = demo.DemoContext(workdir=workdir, log_dir=None, loopback=True, out=lambda line: None)
        await demo.stage_certificates(certificates)
        pki_dir, manifest = workdir / "pki", certificates.pki
        cases = [
            ("DC BPT Dynamic", EVCCConfig(
                energy_transfer=EnergyTransfer.DC, bpt=True, control_mode=ControlMode.Dynamic,
                settings=UserSettings(target_soc=80, discharge_allowed=True, discharge_soc_floor=30),
                max_charge_loops=loops, charge_loop_interval_s=0.0)),
            ("AC Scheduled", EVCCConfig(
                energy_transfer=EnergyTransfer.AC, bpt=False, control_mode=ControlMode.Scheduled,
                settings=UserSettings(target_soc=100), max_charge_loops=loops, charge_loop_interval_s=0.0)),
        ]
        print(f"session_bench: {loops} charge-loop pairs per case over loopback TLS 1.3, simulated hardware")
        load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"]
        print(f"  load average before: {' '.join(load)} (p99 reflects scheduler contention on a busy machine)")
        for name, config in cases:
            print_figures(f"{name}, one process", await run_case(name, config, pki_dir, manifest))
        for name, config in cases:
            print_figures(f"{name}, SECC process", await run_split(config, workdir, manifest))
        codec_share(500)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loops", type=int, default=2000)
    args = parser.parse_args()
    asyncio.run(main(args.loops))
