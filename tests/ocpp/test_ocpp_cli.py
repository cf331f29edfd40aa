"""The `secc` CLI with an [ocpp] table: a session through the real process reaches the CSMS simulator as
one transaction; a bad [ocpp] table is a configuration error naming the key."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
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


async def test_cli_with_grid_and_ocpp_follows_the_lower_of_a_dred_and_a_csms_profile(
        csms, certificates, probe, tmp_path) -> None:
    """[grid] and [ocpp] together: the CSMS's profiles join the [grid] manager, so a live session gets the
    most restrictive of the DRED and the profile, through one manager: the profile caps the session, then
    DRM0 on the DRED ends it."""
    from evcc import probe as p
    from secc.controller import ControlMode as M, EnergyService as S
    from test_ocpp_profiles import profile, target_power

    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    drm = tmp_path / "drm.txt"
    drm.write_text("none\n")
    grid = f'[grid]\nimport_w = 11000\nexport_w = 11000\nphases = 3\nrandomised_delay_max_s = 0\n' \
           f'[grid.dred]\ninput = "file"\npath = "{drm}"\n'
    path = toml(certificates, sim.url, tmp_path)
    path.write_text(path.read_text() + grid)
    process = await start_secc(path)
    try:
        port, lines = None, []
        async with asyncio.timeout(20):
            while port is None or not all(any(line.startswith(start) for line in lines)
                                          for start in ("OCPP: station CS001", "grid: 11 kW import")):
                line = (await process.stdout.readline()).decode()
                assert line, "secc exited: " + "".join(lines)
                lines.append(line)
                if "listening on port" in line:
                    port = int(line.split("listening on port")[1].split()[0])
        await sim.wait_station("CS001")
        c = await probe(port)
        await c.start_charging(S.AC, M.Dynamic)
        # the second period starts 2 s later: the [grid] manager's own timers apply it
        stepped = profile(periods=((0, 8000.0), (2, 3000.0)), start=time.time())
        assert (await sim.set_charging_profile("CS001", 0, stepped)).status == "Accepted"
        for cap in (8000.0, 3000.0):
            async with asyncio.timeout(10):
                while target_power(await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))) > cap + 1:
                    await asyncio.sleep(0.05)
        drm.write_text("DRM0\n")  # the DRED still rules above the profile: disconnect
        async with asyncio.timeout(10):
            while True:
                res = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
                if res.EVSEStatus is not None and res.EVSEStatus.EVSENotification.value == "Terminate":
                    break
                await asyncio.sleep(0.05)
    finally:
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0
