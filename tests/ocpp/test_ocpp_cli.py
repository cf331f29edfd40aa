"""The `secc` CLI with an [ocpp] table: a session through the real process reaches the CSMS simulator as
one transaction; a bad [ocpp] table is a configuration error naming the key."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from e2e_harness import evcc_config, run_evcc

from secc.ocpp.csms_sim import Policy

ROOT = Path(__file__).resolve().parents[2]


def toml(certificates, sim_url: str, tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "secc.toml"
    path.write_text(f"""
[server]
tls_cert = "{certificates.secc_chain}"
tls_key = "{certificates.secc_key}"
trace = false

[ocpp]
csms_url = "{sim_url}"
station_id = "CS001"
password = "secret"
eim_id_token = "TOKEN-1"
{extra}
""")
    return path


async def start_secc(path: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "secc.cli", str(path), "--quiet", cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)


async def test_cli_session_reaches_the_csms(csms, certificates, tmp_path) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    process = await start_secc(toml(certificates, sim.url, tmp_path))
    try:
        port, ocpp_line = None, None
        async with asyncio.timeout(20):
            while port is None or ocpp_line is None:
                line = (await process.stdout.readline()).decode()
                assert line, "secc exited"
                if "listening on port" in line:
                    port = int(line.split("listening on port")[1].split()[0])
                if line.startswith("OCPP: station CS001"):
                    ocpp_line = line
        await sim.wait_station("CS001")
        report, _ = await run_evcc(evcc_config(charge_loop_interval_s=0.05), port, certificates)
        assert not report.end.error, report.end
        events = await sim.wait_for(lambda: (e := sim.calls("TransactionEvent")) and e[-1]["eventType"] == "Ended" and e)
        assert events[0]["eventType"] == "Started" and events[-1]["transactionInfo"]["stoppedReason"] == "StoppedByEV"
        assert (tmp_path / "ocpp-queue.sqlite").exists()  # the outbox lives beside the configuration
    finally:
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0


async def test_cli_shutdown_mid_session_delivers_the_ended_event(csms, certificates, tmp_path) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    process = await start_secc(toml(certificates, sim.url, tmp_path))
    port = None
    async with asyncio.timeout(20):
        while port is None:
            line = (await process.stdout.readline()).decode()
            assert line, "secc exited"
            if "listening on port" in line:
                port = int(line.split("listening on port")[1].split()[0])
    await sim.wait_station("CS001")
    ev = asyncio.ensure_future(run_evcc(evcc_config(charge_loop_interval_s=0.05, max_charge_loops=1000), port, certificates))
    await sim.wait_for(lambda: any(e["transactionInfo"].get("chargingState") == "Charging"
                                   for e in sim.calls("TransactionEvent")))
    process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(process.wait(), 10) == 0
    await asyncio.wait_for(ev, 30)
    ended = [e for e in sim.calls("TransactionEvent") if e["eventType"] == "Ended"]
    assert [e["transactionInfo"]["stoppedReason"] for e in ended] == ["Reboot"]  # sent before the process exited


async def test_cli_refuses_a_bad_ocpp_table(certificates, tmp_path) -> None:
    path = toml(certificates, "wss://localhost:1/ocpp", tmp_path, "security_profile = 2\n")
    process = await start_secc(path)
    out, _ = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode == 2
    assert "[ocpp] security profile 2 needs csms_ca" in out.decode()


async def test_csms_simulator_cli_goes_offline_on_command(link) -> None:
    """python -m secc.ocpp.csms_sim: SIGUSR1 closes it (the station loses its connection), SIGUSR2 reopens it."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "secc.ocpp.csms_sim", "--port", "0", "--password", "CS001:secret", cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        line = (await asyncio.wait_for(process.stdout.readline(), 20)).decode()
        url = line.split("listening on ")[1].split()[0]

        class At:  # what the link fixture reads from a simulator
            pass

        sim = At()
        sim.url = url  # type: ignore[attr-defined]
        station = await link(sim)
        await asyncio.wait_for(station.connected.wait(), 10)
        process.send_signal(signal.SIGUSR1)
        async with asyncio.timeout(10):
            while station.connected.is_set():
                await asyncio.sleep(0.01)
        process.send_signal(signal.SIGUSR2)
        await asyncio.wait_for(station.connected.wait(), 10)
        assert station.connections == 2
    finally:
        process.terminate()
        out, _ = await asyncio.wait_for(process.communicate(), 10)
    text = out.decode()
    assert "[csms] going offline" in text and "[csms] going online" in text
    assert text.count("<- BootNotification") == 1  # the reconnect needs no new boot
