"""Replaying a recorded session of ours: the EV side against our SECC, the charger side against our EVCC."""
from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import pytest

from evcc.client import EVCCClient
from iso15118 import v2gtp
from iso15118.capture.replay import EVScript, ReplayError, SECCScript, load_exchanges, replay_ev, serve_secc
from iso15118.capture.report import message_name
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE, SimulatorSettings
from tests.capture.conftest import CapturedSession, capture_session, requires_tcpdump
from tests.e2e.e2e_harness import evcc_config, make_vehicle
from tests.netns_helpers import NETNS_MARKS

pytestmark = [*NETNS_MARKS, requires_tcpdump]


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> CapturedSession:
    return asyncio.run(capture_session(tmp_path_factory.mktemp("replay"), use_tls=False))


async def _replay_against(recording: CapturedSession, config: SECCConfig, settings: SimulatorSettings | None = None):
    ended: list = []
    server = SECCServer(config, lambda: SimulatedEVSE(dataclasses.replace(settings or SimulatorSettings())),
                        ssl_context=None, allow_plain_tcp=True)
    server.callbacks.session_ended = ended.append
    await server.start("::1", 0)
    try:
        conn = await v2gtp.open_connection("::1", server.port, ssl_context=None, allow_plain_tcp=True)
        script = EVScript(load_exchanges(recording.pcap))
        report = await replay_ev(script, conn)
        for _ in range(200):
            if ended:
                break
            await asyncio.sleep(0.01)
    finally:
        await server.close()
    return report, ended


async def test_ev_replay_against_our_secc_matches(recording: CapturedSession) -> None:
    report, ended = await _replay_against(recording, SECCConfig())
    assert report.divergences == [], report.text()
    assert report.ended == "all recorded requests sent"
    assert ended and ended[0].end_reason == "terminated by the EV"
    assert ended[0].messages == len(recording.ev_messages()) // 2


async def test_ev_replay_adapts_processing_loops(recording: CapturedSession) -> None:
    """A charger whose cable check takes longer answers Ongoing more often than recorded: the replay repeats
    DC_CableCheckReq until Finished instead of moving on too early."""
    report, _ = await _replay_against(recording, SECCConfig(), SimulatorSettings(cable_check_duration_s=0.3))
    assert report.divergences == [], report.text()
    assert report.exchanged > len([m for m in recording.ev_messages() if m.endswith("Req")])


async def test_ev_replay_reports_a_diverging_charger(recording: CapturedSession) -> None:
    """The recorded car charged DC; an AC-only charger refuses the DC protocol in the very first answer."""
    ac_only = SECCConfig(services=(EnergyService.AC,))
    report, _ = await _replay_against(recording, ac_only)
    assert [str(d) for d in report.divergences] == [
        "step 0 supportedAppProtocolReq: recorded supportedAppProtocolRes ResponseCode=OK_SuccessfulNegotiation, "
        "live supportedAppProtocolRes ResponseCode=Failed_NoNegotiation"]


async def test_secc_replay_charges_our_ev(recording: CapturedSession) -> None:
    script = SECCScript(load_exchanges(recording.pcap))
    done: asyncio.Future = asyncio.get_running_loop().create_future()

    async def handle(conn: v2gtp.V2GTPConnection) -> None:
        done.set_result(await serve_secc(script, conn))

    server = await v2gtp.start_server(handle, "::1", 0, ssl_context=None, allow_plain_tcp=True)
    try:
        config = evcc_config(allow_plain_tcp=True, max_charge_loops=4)
        trace: list[str] = []
        client = EVCCClient(make_vehicle(config), config, ssl_context=None, trace=trace.append)
        ev_report = await asyncio.wait_for(client.run("::1", server.port), 30)
        report = await asyncio.wait_for(done, 10)
    finally:
        await server.close()
    assert ev_report.end is not None and not ev_report.end.error, ev_report.summary()
    assert report.divergences == [], report.text()
    assert [line.split()[3] for line in trace] == recording.ev_messages()


def test_missing_connection_is_a_clear_error(recording: CapturedSession) -> None:
    with pytest.raises(ReplayError, match="no connection #9"):
        load_exchanges(recording.pcap, connection=9)
    names = [message_name(r.message) for _, r in load_exchanges(recording.pcap)]
    assert names == recording.ev_messages()


async def test_replay_cli_both_sides(recording: CapturedSession) -> None:
    """`v2g-replay ev` against our SECC, `v2g-replay secc` against our EVCC, as processes."""
    import os
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=None, allow_plain_tcp=True)
    await server.start("::1", 0)
    try:
        ev = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "iso15118.capture.replay", "ev", str(recording.pcap), "--host", "::1",
            "--port", str(server.port), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env)
        out, _ = await asyncio.wait_for(ev.communicate(), 60)
    finally:
        await server.close()
    assert ev.returncode == 0 and "0 divergence(s); all recorded requests sent" in out.decode(), out.decode()

    secc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "iso15118.capture.replay", "secc", str(recording.pcap), "--port", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=env)
    assert secc.stdout is not None
    line = (await asyncio.wait_for(secc.stdout.readline(), 30)).decode()
    port = int(line.rsplit("port", 1)[1])
    config = evcc_config(allow_plain_tcp=True, max_charge_loops=4)
    report = await asyncio.wait_for(EVCCClient(make_vehicle(config), config, ssl_context=None).run("::1", port), 30)
    rest, _ = await asyncio.wait_for(secc.communicate(), 30)
    assert report.end is not None and not report.end.error, report.summary()
    assert secc.returncode == 0 and "0 divergence(s)" in rest.decode(), rest.decode()
