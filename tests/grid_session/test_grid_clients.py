"""Real grid clients configured by [grid] reach a live -20 session's ChargeLoopRes.

Each test builds a GridStation from a [grid] table, attaches it to an in-process SECC (loopback TLS
1.3, probe EV charging AC Dynamic at 10 kW) and lets a real peer send the signal: an openleadr VTN
(OpenADR 2.0b LOAD_CONTROL), a 2030.5 server with TLS client authentication (DERControl /
DefaultDERControl), a DRED file, and GPIO lines of the kernel's gpio-sim where it can be loaded.
"""
from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from grid_peers import VTN, SEP2Server, csip_limit, der_control, make_tls_files

from iso15118.session.units import from_rational as F
from evcc import probe as p
from secc.controller import ControlMode as M, EnergyService as S
from secc.grid.clients.csip_client import lfdi
from secc.grid.model import DRM
from secc.grid.settings import parse_grid_table
from secc.grid.station import GridStation

RATING_W, LIMIT_W = 10_000.0, 3_000.0
SIGNAL_TIMEOUT_S = 15.0  # generous: polling peers + a loaded CI machine; not a performance assert


def grid_table(**clients: Any) -> dict[str, Any]:
    return {"import_w": RATING_W, "export_w": RATING_W, "phases": 3, "randomisation_enabled": False, **clients}


async def live_session(secc: Callable[..., Any], station: GridStation) -> tuple[Any, Any]:
    h = await secc()
    h.server.attach_grid(station.manager, station.settings.consent)
    await station.start()
    c = await h.probe()
    await c.start_charging(S.AC, M.Dynamic)
    return h, c


async def target_w(c: Any) -> float:
    res = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    return float(F(res.CLResControlMode.EVSETargetActivePower))


async def charge_until(c: Any, done: Callable[[float], bool]) -> float:
    """ChargeLoops every 50 ms until the EV is given a target `done` accepts."""
    deadline = time.monotonic() + SIGNAL_TIMEOUT_S
    while time.monotonic() < deadline:
        watts = await target_w(c)
        if done(watts):
            return watts
        await asyncio.sleep(0.05)
    raise AssertionError(f"no ChargeLoopRes satisfied the grid signal within {SIGNAL_TIMEOUT_S} s (last {watts} W)")


async def keep_charging(c: Any, seconds: float) -> None:
    """A live EV keeps its charge loop going (a silent one trips the SECC's charge-loop watchdog)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await target_w(c)
        await asyncio.sleep(0.1)


def assert_evidence(station: GridStation, source: str) -> None:
    """The audit log names the source and has the time the ChargeLoopRes carried the change."""
    entry = station.manager.audit.get(station.manager.current_limits().revision)
    assert entry.source == source and entry.time_sent_to_ev is not None, entry


# ---- OpenADR 2.0b ---------------------------------------------------------------------------------

@pytest.fixture
async def vtn() -> AsyncIterator[VTN]:
    server = VTN()
    await server.start()
    yield server
    await server.close()


async def test_openadr_vtn_event_limits_the_session_and_its_cancellation_lifts_it(secc, vtn: VTN, tmp_path: Path) -> None:
    station = GridStation(parse_grid_table(grid_table(openadr={"vtn_url": vtn.url, "ven_name": "station-1"}), tmp_path))
    h, c = await live_session(secc, station)
    try:
        await asyncio.wait_for(vtn.registered.wait(), SIGNAL_TIMEOUT_S)
        assert await target_w(c) > LIMIT_W
        event_id = vtn.add_capacity_event(LIMIT_W / RATING_W)
        assert await charge_until(c, lambda w: w <= LIMIT_W + 1.0) <= LIMIT_W + 1.0
        assert h.evses[0].present_power_w <= LIMIT_W + 1.0
        assert_evidence(station, "openadr")
        for _ in range(100):  # the VEN's oadrCreatedEvent reaches the VTN after the event is applied
            if event_id in vtn.opts:
                break
            await asyncio.sleep(0.05)
        assert vtn.opts[event_id] == "optIn"
        vtn.cancel(event_id)
        assert await charge_until(c, lambda w: w > LIMIT_W + 1.0) > LIMIT_W
    finally:
        await station.close()


async def test_openadr_event_without_a_capacity_signal_is_opted_out_and_changes_nothing(secc, vtn: VTN, tmp_path: Path) -> None:
    station = GridStation(parse_grid_table(grid_table(openadr={"vtn_url": vtn.url, "ven_name": "station-2"}), tmp_path))
    h, c = await live_session(secc, station)
    try:
        await asyncio.wait_for(vtn.registered.wait(), SIGNAL_TIMEOUT_S)
        event_id = vtn.add_capacity_event(0.25, signal_name="ELECTRICITY_PRICE", signal_type="price")
        for _ in range(int(SIGNAL_TIMEOUT_S / 0.05)):
            if event_id in vtn.opts:
                break
            await asyncio.sleep(0.05)
        assert vtn.opts.get(event_id) == "optOut"
        assert await target_w(c) > LIMIT_W
        assert station.manager.current_limits().import_limit_w == RATING_W
    finally:
        await station.close()


async def test_openadr_vtn_gone_silent_brings_the_configured_fallback_to_the_session(secc, vtn: VTN, tmp_path: Path) -> None:
    openadr = {"vtn_url": vtn.url, "ven_name": "station-4", "heartbeat_timeout_s": 2.5}  # the VTN polls every 1 s
    station = GridStation(parse_grid_table(grid_table(openadr=openadr, fallback="default", fallback_import_w=2000), tmp_path))
    h, c = await live_session(secc, station)
    try:
        await asyncio.wait_for(vtn.registered.wait(), SIGNAL_TIMEOUT_S)
        await keep_charging(c, 2.0)  # polls answered meanwhile: no communication loss
        assert not station.manager.status().communication_loss and await target_w(c) > LIMIT_W
        await vtn.close()
        assert await charge_until(c, lambda w: w <= 2000 + 1.0) <= 2000 + 1.0
        assert station.manager.status().communication_loss
    finally:
        await station.close()


async def test_openadr_over_mutual_tls_with_signed_messages(secc, tmp_path: Path) -> None:
    files = make_tls_files(tmp_path / "tls")
    vtn = VTN(tls=files)
    await vtn.start()
    openadr = {"vtn_url": vtn.url, "ven_name": "station-3", "cert": str(files.client_cert), "key": str(files.client_key),
               "ca_file": str(files.ca), "vtn_fingerprint": vtn.fingerprint}
    station = GridStation(parse_grid_table(grid_table(openadr=openadr), tmp_path))
    try:
        h, c = await live_session(secc, station)
        await asyncio.wait_for(vtn.registered.wait(), SIGNAL_TIMEOUT_S)
        vtn.add_capacity_event(LIMIT_W / RATING_W)
        assert await charge_until(c, lambda w: w <= LIMIT_W + 1.0) <= LIMIT_W + 1.0
        assert_evidence(station, "openadr")
    finally:
        await station.close()
        await vtn.close()


async def test_openadr_vtn_refuses_a_ven_certificate_from_another_ca(tmp_path: Path) -> None:
    files = make_tls_files(tmp_path / "tls")
    vtn = VTN(tls=files)
    await vtn.start()
    openadr = {"vtn_url": vtn.url, "ven_name": "intruder", "cert": str(files.other_client_cert),
               "key": str(files.other_client_key), "ca_file": str(files.ca)}
    station = GridStation(parse_grid_table(grid_table(openadr=openadr), tmp_path))
    try:
        from secc.grid.clients.openadr_ven import OpenADRError

        with pytest.raises(OpenADRError, match="no registration with the VTN"):
            await asyncio.wait_for(station.sources[0].run(), SIGNAL_TIMEOUT_S)
        assert not vtn.registered.is_set()
    finally:
        await station.close()
        await vtn.close()


# ---- IEEE 2030.5 / CSIP-AUS -----------------------------------------------------------------------

@pytest.fixture
async def sep2(tmp_path: Path) -> AsyncIterator[SEP2Server]:
    files = make_tls_files(tmp_path / "tls")
    server = SEP2Server(files, lfdi(files.client_cert.read_bytes()))
    await server.start()
    yield server
    await server.close()


def csip_table(server: SEP2Server, **extra: Any) -> dict[str, Any]:
    files = server.tls
    return {"server_url": server.url, "cert": str(files.client_cert), "key": str(files.client_key),
            "ca": str(files.ca), "poll_interval_s": 0.2, **extra}


async def test_csip_dercontrol_limits_the_session_with_responses(secc, sep2: SEP2Server, tmp_path: Path) -> None:
    station = GridStation(parse_grid_table(grid_table(csip=csip_table(sep2)), tmp_path))
    h, c = await live_session(secc, station)
    try:
        assert await target_w(c) > LIMIT_W
        now = int(time.time())
        sep2.controls = [der_control("A1B2", now - 1, 600, csip_limit("opModImpLimW", int(LIMIT_W)))]
        assert await charge_until(c, lambda w: w <= LIMIT_W + 1.0) <= LIMIT_W + 1.0
        assert h.evses[0].present_power_w <= LIMIT_W + 1.0
        assert_evidence(station, "csip")
        for _ in range(100):
            if len(sep2.responses) >= 2:
                break
            await asyncio.sleep(0.05)
        statuses = {(r["subject"], r["status"]) for r in sep2.responses}
        assert statuses == {("A1B2", "1"), ("A1B2", "2")}  # received, started (responseRequired 03)
        assert all(r["endDeviceLFDI"] == sep2.lfdi for r in sep2.responses)
        sep2.controls = [der_control("A1B2", now - 1, 600, csip_limit("opModImpLimW", int(LIMIT_W)), status=2)]
        assert await charge_until(c, lambda w: w > LIMIT_W + 1.0) > LIMIT_W  # cancelled: limit lifted
        for _ in range(100):
            if ("A1B2", "6") in {(r["subject"], r["status"]) for r in sep2.responses}:
                break
            await asyncio.sleep(0.05)
        assert ("A1B2", "6") in {(r["subject"], r["status"]) for r in sep2.responses}
    finally:
        await station.close()


async def test_csip_control_times_follow_the_server_clock(sep2: SEP2Server, tmp_path: Path) -> None:
    from aiohttp import ClientSession, TCPConnector
    from secc.grid.clients.csip_client import client_ssl_context

    sep2.clock_offset_s = 3600  # the utility server runs an hour ahead of the station
    server_now = int(time.time()) + sep2.clock_offset_s
    sep2.controls = [der_control("71AE", server_now - 1, 600, csip_limit("opModImpLimW", int(LIMIT_W)), response_required="02")]
    settings = parse_grid_table(grid_table(csip=csip_table(sep2)), tmp_path)
    station = GridStation(settings)
    async with ClientSession(connector=TCPConnector(ssl=client_ssl_context(settings.csip))) as session:
        await station.sources[0].poll_once(session)  # type: ignore[attr-defined]
    assert station.manager.current_limits().import_limit_w == LIMIT_W  # active now, not in an hour
    started = [r for r in sep2.responses if r["status"] == "2"]
    assert len(started) == 1 and abs(int(started[0]["createdDateTime"]) - server_now) <= 5  # in the server's time


async def test_csip_default_control_applies_and_an_event_control_replaces_it(secc, sep2: SEP2Server, tmp_path: Path) -> None:
    sep2.default_base = csip_limit("opModImpLimW", 6, multiplier=3)  # 6 kW
    station = GridStation(parse_grid_table(grid_table(csip=csip_table(sep2)), tmp_path))
    h, c = await live_session(secc, station)
    try:
        assert await charge_until(c, lambda w: w <= 6000 + 1.0) == pytest.approx(6000, abs=1.0)
        now = int(time.time())
        sep2.controls = [der_control("C0DE", now - 1, 600, csip_limit("opModLoadLimW", int(LIMIT_W)), response_required="00")]
        assert await charge_until(c, lambda w: w <= LIMIT_W + 1.0) <= LIMIT_W + 1.0
        assert sep2.responses == []  # responseRequired 00: the server asked for none
    finally:
        await station.close()


async def test_csip_opmodconnect_false_ends_the_session_with_power_off(secc, sep2: SEP2Server, tmp_path: Path) -> None:
    station = GridStation(parse_grid_table(grid_table(csip=csip_table(sep2)), tmp_path))
    h, c = await live_session(secc, station)
    try:
        sep2.controls = [der_control("DEAD", int(time.time()) - 1, 600, "<opModConnect>false</opModConnect>")]
        await h.ended(timeout=SIGNAL_TIMEOUT_S)
        h.assert_power_off()
    finally:
        await station.close()


async def test_csip_server_gone_silent_brings_the_configured_fallback_to_the_session(secc, sep2: SEP2Server, tmp_path: Path) -> None:
    table = grid_table(csip=csip_table(sep2, heartbeat_timeout_s=1.0), fallback="default", fallback_import_w=2000)
    station = GridStation(parse_grid_table(table, tmp_path))
    h, c = await live_session(secc, station)
    try:
        assert await target_w(c) > LIMIT_W
        for _ in range(100):  # a first successful poll: the source is alive
            if getattr(station.sources[0], "polls", 0):
                break
            await asyncio.sleep(0.05)
        await sep2.close()  # the utility server is unreachable from now on
        assert await charge_until(c, lambda w: w <= 2000 + 1.0) <= 2000 + 1.0
        assert station.manager.status().communication_loss
    finally:
        await station.close()


async def test_csip_server_refuses_a_client_certificate_from_another_ca(sep2: SEP2Server, tmp_path: Path) -> None:
    from secc.grid.clients.csip_client import CSIPClient, CSIPError
    from aiohttp import ClientSession, TCPConnector
    from secc.grid.clients.csip_client import client_ssl_context

    files = sep2.tls
    settings = parse_grid_table(grid_table(csip=csip_table(sep2, cert=str(files.other_client_cert), key=str(files.other_client_key))), tmp_path)
    station = GridStation(settings)
    client = station.sources[0]
    assert isinstance(client, CSIPClient)
    async with ClientSession(connector=TCPConnector(ssl=client_ssl_context(settings.csip))) as session:
        with pytest.raises(CSIPError):
            await client.poll_once(session)
    assert sep2.gets == []  # the TLS handshake failed before any request


async def test_csip_unknown_end_device_is_a_clear_error(sep2: SEP2Server, tmp_path: Path) -> None:
    from aiohttp import ClientSession, TCPConnector
    from secc.grid.clients.csip_client import CSIPError, client_ssl_context

    settings = parse_grid_table(grid_table(csip=csip_table(sep2, lfdi="0" * 40)), tmp_path)
    client = GridStation(settings).sources[0]
    async with ClientSession(connector=TCPConnector(ssl=client_ssl_context(settings.csip))) as session:
        with pytest.raises(CSIPError, match="no EndDevice with LFDI 0000"):
            await client.poll_once(session)  # type: ignore[attr-defined]


async def test_csip_invalid_control_is_rejected_and_the_others_apply(sep2: SEP2Server, tmp_path: Path) -> None:
    from aiohttp import ClientSession, TCPConnector
    from secc.grid.clients.csip_client import REJECTED_INVALID_EVENT, client_ssl_context

    now = int(time.time())
    sep2.controls = [der_control("BAD0", now - 1, 600, "<opModFixedW>20000</opModFixedW>"),  # outside +-100 %
                     der_control("600D", now - 1, 600, csip_limit("opModExpLimW", 2000))]
    settings = parse_grid_table(grid_table(csip=csip_table(sep2)), tmp_path)
    station = GridStation(settings)
    async with ClientSession(connector=TCPConnector(ssl=client_ssl_context(settings.csip))) as session:
        await station.sources[0].poll_once(session)  # type: ignore[attr-defined]
    assert station.manager.current_limits().export_limit_w == 2000
    assert ("BAD0", str(REJECTED_INVALID_EVENT)) in {(r["subject"], r["status"]) for r in sep2.responses}


# ---- DRED -----------------------------------------------------------------------------------------

async def test_dred_file_limits_the_session_and_drm0_ends_it(secc, tmp_path: Path) -> None:
    drm_file = tmp_path / "drm"
    drm_file.write_text("none\n")
    station = GridStation(parse_grid_table(grid_table(dred={"input": "file", "path": "drm"}), tmp_path))
    h, c = await live_session(secc, station)
    try:
        assert await target_w(c) > RATING_W / 2
        drm_file.write_text("DRM2\n")
        assert await charge_until(c, lambda w: w <= RATING_W / 2 + 1.0) <= RATING_W / 2 + 1.0
        assert_evidence(station, "dred")
        drm_file.write_text("DRM0\n")
        await h.ended(timeout=SIGNAL_TIMEOUT_S)
        h.assert_power_off()
    finally:
        await station.close()


GPIO_SIM = Path("/sys/kernel/config/gpio-sim")


@pytest.mark.skipif(not GPIO_SIM.is_dir(), reason="the kernel's gpio-sim (configfs) is not available on this machine")
async def test_dred_gpio_lines_of_gpio_sim_limit_the_session(secc, tmp_path: Path) -> None:
    pytest.importorskip("gpiod", reason="the gpiod bindings are not installed")
    chip = GPIO_SIM / f"secc-dred-{os.getpid()}"
    bank = chip / "gpio-bank0"
    bank.mkdir(parents=True)
    try:
        (bank / "num_lines").write_text("9")
        (chip / "live").write_text("1")
        dev = Path("/sys/devices/platform") / (chip / "dev_name").read_text().strip() / (bank / "chip_name").read_text().strip()

        def pull(line: int, level: str) -> None:
            (dev / f"sim_gpio{line}" / "pull").write_text(level)

        for line in range(9):
            pull(line, "pull-up")  # DRED contacts open: no mode asserted (active low)
        lines = {f"DRM{n}": n for n in range(9)}
        station = GridStation(parse_grid_table(grid_table(dred={"input": "gpio", "chip": f"/dev/{(bank / 'chip_name').read_text().strip()}",
                                                                "lines": lines}), tmp_path))
        h, c = await live_session(secc, station)
        try:
            assert await target_w(c) > RATING_W / 2
            pull(2, "pull-down")  # DRM2 asserted
            assert await charge_until(c, lambda w: w <= RATING_W / 2 + 1.0) <= RATING_W / 2 + 1.0
            assert station.dred is not None and station.dred.modes == {DRM.DRM2}
        finally:
            await station.close()
    finally:
        (chip / "live").write_text("0")
        bank.rmdir()
        chip.rmdir()
