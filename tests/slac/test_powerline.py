"""EV and EVSE stations over veth pairs in namespaces, through the powerline simulator."""
from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import signal
import socket
import subprocess
import sys
import time
from typing import AsyncIterator

import pytest

from iso15118.slac import constants as c
from iso15118.slac import messages as m
from iso15118.slac import netns
from iso15118.slac.cp import CPState, SimulatedControlPilot
from iso15118.slac.fsm import EvseState, EvState, MatchingFailed, SlacConfig
from iso15118.slac.link import RawLink
from iso15118.slac.modem import QcaModem
from iso15118.slac.plcsim import SIM_FIRMWARE, Powerline, PowerlineModel
from iso15118.slac.simulation import simulated_plug_in
from iso15118.slac.station import DataLinkLost, SlacFailed, SlacStation

from .conftest import ipv6_reaches, requires_netns

pytestmark = requires_netns
# The long timeouts at a tenth; the short ones (responses, sounding windows), the retry budget and
# TT_match_join (the simulated modems take about a second to join, as real ones) kept at the standard's
# values, so a loaded CI machine cannot turn a slow frame into a failed test.
FAST = dataclasses.replace(c.SlacTimers().scaled(0.1), TT_EVSE_match_MNBC=c.TT_EVSE_match_MNBC,
                           TT_EV_atten_results=c.TT_EV_atten_results, TT_match_response=c.TT_match_response,
                           TT_match_sequence=c.TT_match_sequence, TT_matching_repetition=c.TT_matching_repetition,
                           TT_match_join=c.TT_match_join)


def assert_cleaned(line: Powerline) -> None:
    names = set(netns.netns.listnetns())
    assert not any(n.startswith(f"slac-{line.id}") or n == line.netns for n in names)


async def test_plug_in_matches_and_only_the_pair_exchanges_ipv6() -> None:
    async with simulated_plug_in(evse_count=2) as plug:
        assert plug.ev_slac.link_info.peer_mac == plug.evse.mac
        assert plug.evse_slac.link_info.peer_mac == plug.ev.mac
        assert plug.ev_slac.link_info.nmk == plug.evse_slac.link_info.nmk
        neighbour = plug.stations["evse2"]
        assert not plug.slac["evse2"].ready.is_set()
        assert plug.elapsed < 2.0
        assert await ipv6_reaches(plug.ev, plug.evse, timeout=2.0)
        assert await ipv6_reaches(plug.evse, plug.ev, timeout=2.0)
        assert not await ipv6_reaches(plug.ev, neighbour)
        assert not await ipv6_reaches(neighbour, plug.evse)
        assert plug.powerline.model.stats["data_blocked"] > 0
        line = plug.powerline
    assert_cleaned(line)


async def test_crosstalk_ev_matches_the_lower_attenuation_never_the_neighbour() -> None:
    attenuation = {("ev", "evse1"): 28.0, ("ev", "evse2"): 12.0, ("evse1", "evse2"): 25.0}
    async with simulated_plug_in(evse_count=2, attenuation=attenuation, plugged_into="evse2", timers=FAST) as plug:
        assert plug.evse.name == "evse2"
        assert plug.ev_slac.link_info.attenuation_db == pytest.approx(12.0, abs=1.0)
        evse1 = plug.slac["evse1"]
        await asyncio.sleep(FAST.TT_EVSE_match_session + 0.2)  # the neighbour gives up on this EV
        assert evse1.machine.state == EvseState.WAIT_SLAC_PARM_REQ and not evse1.ready.is_set()
        assert not await ipv6_reaches(plug.ev, plug.stations["evse1"])
        assert await ipv6_reaches(plug.ev, plug.evse, timeout=2.0)


@contextlib.asynccontextmanager
async def manual_line(names: list[str], model: PowerlineModel | None = None,
                      config: SlacConfig | None = None) -> AsyncIterator[tuple]:
    """A powerline whose stations share one pilot wire, nothing plugged in yet. Stations named "ev"
    and "evse" run SLAC; any other gets only a raw link (yielded in the SLAC dict's place)."""
    async with Powerline(model or PowerlineModel()) as line, contextlib.AsyncExitStack() as stack:
        cp = SimulatedControlPilot()
        stations, slac = {}, {}
        for name in names:
            stations[name] = s = await line.add_station(name, wait=False)
            link = RawLink(s.ifname, s.netns)
            stack.callback(link.close)
            slac[name] = link if name not in ("ev", "evse") else await stack.enter_async_context(
                SlacStation(name, link, cp, config or SlacConfig(timers=FAST)))
        await line.wait_ip_ready()
        yield line, cp, stations, slac


async def test_no_ip_before_the_match_and_unplug_mid_slac_then_replug() -> None:
    async with manual_line(["ev", "evse"]) as (line, cp, st, slac):
        assert not await ipv6_reaches(st["ev"], st["evse"])
        cp.set_state(CPState.B)
        await asyncio.sleep(0.005)  # mid-SLAC: sounding
        assert slac["ev"].machine.state.name in ("WAIT_SLAC_PARM_CNF", "SOUNDING")
        cp.set_state(CPState.A)
        await asyncio.sleep(0.3)
        assert not slac["ev"].ready.is_set() and not slac["evse"].ready.is_set()
        assert slac["evse"].machine.state == EvseState.IDLE
        modems = line.model.modems
        assert modems["ev"].nmk != modems["evse"].nmk
        assert not await ipv6_reaches(st["ev"], st["evse"])
        events: list = []
        slac["ev"].listeners.append(events.append)
        cp.set_state(CPState.B)
        await asyncio.gather(slac["ev"].wait_ready(5), slac["evse"].wait_ready(5))
        assert await ipv6_reaches(st["ev"], st["evse"], timeout=2.0)
        cp.set_state(CPState.A)  # unplug after the match: data-link-lost, the modems part
        await asyncio.sleep(0.2)
        assert isinstance(events[-1], DataLinkLost) and "A" in events[-1].reason
        assert modems["ev"].nmk != modems["evse"].nmk
        assert not await ipv6_reaches(st["ev"], st["evse"])


async def test_malformed_and_foreign_run_frames_are_counted_not_fatal() -> None:
    async with manual_line(["ev", "evse", "rogue"]) as (line, cp, st, slac):
        rogue = slac.pop("rogue")
        src = st["rogue"].mac
        ev_mac, evse_mac = st["ev"].mac, st["evse"].mac
        junk = [
            m.encode(c.BROADCAST, src, m.CM_ATTEN_CHAR_IND(AAG=bytes(58)))[:30],       # truncated
            bytes.fromhex("ffffffffffff") + bytes.fromhex(src.replace(":", "")) + b"\x88\xe1\x07\x00",
            m.encode(ev_mac, src, m.CM_SLAC_PARM_CNF(RunID=b"notyours")),                # foreign run
            m.encode(evse_mac, src, m.CM_START_ATTEN_CHAR_IND(RunID=b"notyours")),       # foreign EV
            m.encode(evse_mac, src, m.CM_SLAC_MATCH_REQ(PEV_MAC=ev_mac, EVSE_MAC=evse_mac)),
        ]

        async def spray() -> None:
            while True:
                for frame in junk:
                    rogue.send(frame)
                await asyncio.sleep(0.01)

        sprayer = asyncio.create_task(spray())
        try:
            cp.set_state(CPState.B)
            await asyncio.gather(slac["ev"].wait_ready(5), slac["evse"].wait_ready(5))
        finally:
            sprayer.cancel()
        for side in ("ev", "evse"):
            assert slac[side].counters["malformed"] > 0
            assert slac[side].counters["ignored"] > 0
        assert slac["ev"].link_info.peer_mac == evse_mac


async def test_evse_slac_init_timeout_steps_the_pilot_through_e_then_ends_unmatched() -> None:
    timers = c.SlacTimers().scaled(0.005)  # TT_EVSE_SLAC_init 250 ms, T_step_EF 20 ms
    async with manual_line(["evse"], config=SlacConfig(timers=timers)) as (line, cp, st, slac):
        seen: list[tuple[float, str]] = []
        cp.subscribe(lambda previous, current: seen.append((time.monotonic(), current.value)))
        started = time.monotonic()
        cp.set_state(CPState.B)
        with pytest.raises(SlacFailed):
            await slac["evse"].wait_ready(5)
        expected = (c.C_sequ_retry + 1) * timers.TT_EVSE_SLAC_init + c.C_sequ_retry * timers.T_step_EF
        assert time.monotonic() - started == pytest.approx(expected, abs=0.2)
        assert [state for _, state in seen] == ["B"] + ["E", "B"] * c.C_sequ_retry
        e_durations = [t2 - t1 for (t1, s1), (t2, _) in zip(seen, seen[1:]) if s1 == "E"]
        assert len(e_durations) == c.C_sequ_retry and min(e_durations) >= timers.T_step_EF * 0.9
        assert slac["evse"].machine.state == EvseState.UNMATCHED


async def test_link_ready_only_after_the_modems_join_delay() -> None:
    async with manual_line(["ev", "evse"]) as (line, cp, st, slac):
        assert line.model.join_delay == c.QCA_JOIN_TIME  # the realistic default
        started = time.monotonic()
        cp.set_state(CPState.B)
        await slac["ev"].wait_ready(10)
        assert time.monotonic() - started >= c.QCA_JOIN_TIME  # link status polled until the network formed


async def test_tt_match_join_expiry_makes_both_sides_retry_and_the_retry_joins() -> None:
    timers = dataclasses.replace(FAST, TT_match_join=0.5)
    async with manual_line(["ev", "evse"], model=PowerlineModel(join_delay=30.0),
                           config=SlacConfig(timers=timers)) as (line, cp, st, slac):
        events: list = []
        slac["ev"].listeners.append(events.append)
        cp.set_state(CPState.B)
        first_run = b""
        for _ in range(400):  # until the first join has failed
            if slac["ev"].machine.state == EvState.MATCHED and not first_run:
                first_run = slac["ev"].machine.run_id
            if any(isinstance(e, DataLinkLost) and "TT_match_join" in e.reason for e in events):
                break
            await asyncio.sleep(0.02)
        assert first_run
        line.model.join_delay = 0.2  # the modems manage it the next time
        await asyncio.gather(slac["ev"].wait_ready(10), slac["evse"].wait_ready(10))
        assert any(isinstance(e, MatchingFailed) and not e.final and "TT_match_join" in e.reason for e in events)
        assert slac["ev"].machine.run_id == slac["evse"].machine.run_id != first_run
        assert await ipv6_reaches(st["ev"], st["evse"], timeout=3.0)


async def test_a_network_that_never_forms_ends_in_a_final_failure() -> None:
    timers = dataclasses.replace(FAST, TT_match_join=0.3, TT_matching_repetition=1.0)
    config = SlacConfig(timers=timers, match_process_retries=1)
    async with manual_line(["ev", "evse"], model=PowerlineModel(join_delay=60.0), config=config) as (line, cp, st, slac):
        events: list = []
        slac["ev"].listeners.append(events.append)
        cp.set_state(CPState.B)
        with pytest.raises(SlacFailed):
            await slac["ev"].wait_ready(30)
        failures = [e for e in events if isinstance(e, MatchingFailed)]
        assert failures[-1].final and all("TT_match_join" in f.reason for f in failures)
        assert slac["ev"].machine.processes == 2


async def test_generic_homeplug_modem_setting() -> None:
    async with simulated_plug_in(modem="homeplug", timers=FAST) as plug:  # settle_time covers the join
        assert type(plug.ev_slac.modem).__name__ == "HomePlugModem"
        assert await ipv6_reaches(plug.ev, plug.evse, timeout=2.0)


async def test_qca_vendor_messages_against_the_simulated_modem() -> None:
    async with simulated_plug_in(timers=FAST) as plug:
        modem = plug.ev_slac.modem
        assert isinstance(modem, QcaModem)
        assert await modem.firmware() == SIM_FIRMWARE.decode()
        assert await modem.link_up()
        await modem.reset()  # the modem forgets the session key: the link goes down
        assert not await modem.link_up()
        assert not await ipv6_reaches(plug.ev, plug.evse)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_runs_until_the_users_signal_then_removes_the_namespaces(stop_signal: signal.Signals) -> None:
    """The simulator as a user runs it: up until Ctrl-C or SIGTERM, then everything removed.

    Signalling right after the banner (as this test once did) cannot tell the user's signal from a
    self-inflicted one: the simulator used to quit on its own within a second, also with status 0."""
    proc = subprocess.Popen([sys.executable, "-m", "iso15118.slac.plcsim", "--stations", "ev,evse",
                             "--attenuation", "ev:evse=12"], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        lines = []
        assert proc.stdout is not None
        while not lines or "Ctrl-C" not in lines[-1]:
            line = proc.stdout.readline()
            assert line, "simulator exited early"
            lines.append(line)
        spaces = [word for line in lines for word in line.split() if word.startswith("slac-")]
        created = [s for s in spaces if s in set(netns.netns.listnetns())]
        assert len(created) == 3  # two stations and the powerline
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(3.0)  # still serving, namespaces in place
        assert set(created) <= set(netns.netns.listnetns())
        proc.send_signal(stop_signal)
        assert proc.wait(10) == 0
        assert proc.stdout.read().strip().startswith("{")  # the stats line of an orderly stop
        assert not set(created) & set(netns.netns.listnetns())
    finally:
        if proc.poll() is None:  # interrupt, so the simulator removes its namespaces
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


async def test_tcp_bulk_transfer_between_the_matched_pair() -> None:
    """What V2GTP over TLS needs after SLAC: TCP with segments bigger than one frame's worth."""
    async with simulated_plug_in(timers=FAST) as plug:
        with netns.inside(plug.evse.netns):
            scope = socket.if_nametoindex(plug.evse.ifname)
        listener = netns.socket_in(plug.evse.netns, socket.AF_INET6, socket.SOCK_STREAM)
        listener.bind((plug.evse.link_local, 0, 0, scope))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        payload = bytes(range(256)) * 800  # 200 kB
        received = bytearray()

        async def serve() -> None:
            conn, _ = await asyncio.get_running_loop().sock_accept(listener)
            reader, writer = await asyncio.open_connection(sock=conn)
            received.extend(await reader.readexactly(len(payload)))
            writer.write(b"ok")
            await writer.drain()
            writer.close()

        server = asyncio.create_task(serve())
        client = netns.socket_in(plug.ev.netns, socket.AF_INET6, socket.SOCK_STREAM)
        client.setblocking(False)
        with netns.inside(plug.ev.netns):
            ev_scope = socket.if_nametoindex(plug.ev.ifname)
        await asyncio.wait_for(asyncio.get_running_loop().sock_connect(
            client, (plug.evse.link_local, port, 0, ev_scope)), 5)
        reader, writer = await asyncio.open_connection(sock=client)
        writer.write(payload)
        await writer.drain()
        assert await asyncio.wait_for(reader.readexactly(2), 10) == b"ok"
        await server
        writer.close()
        listener.close()
        assert bytes(received) == payload


async def test_station_cli_ev_matches_our_evse_in_process() -> None:
    async with manual_line(["ev", "evse"]) as (line, cp, st, slac):
        await slac["ev"].stop()  # the EV side is the CLI process in the EV namespace
        cp.set_state(CPState.B)
        proc = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", st["ev"].netns, sys.executable, "-m", "iso15118.slac", "ev",
            "-i", st["ev"].ifname, "--once", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": os.getcwd()})
        out, _ = await asyncio.wait_for(proc.communicate(), 20)
        text = out.decode()
        assert proc.returncode == 0, text
        assert f"data-link-ready peer {st['evse'].mac}" in text
        # the CLI left at once (unplugged): the EVSE may not have seen the link, but it matched this EV
        assert slac["evse"].matched_at is not None and slac["evse"].machine.pev_mac == st["ev"].mac


async def test_validation_with_bcb_toggles_on_the_shared_pilot() -> None:
    config = SlacConfig(validate=True)
    async with simulated_plug_in(timers=FAST, ev_config=config, evse_config=config) as plug:
        assert plug.evse_slac.machine.toggles >= 1  # the EVSE counted the EV's B->C->B on the pilot wire
        assert plug.cp.state == CPState.B
        assert await ipv6_reaches(plug.ev, plug.evse, timeout=2.0)


async def test_car_requesting_before_the_evse_sees_state_b_is_answered_first_time() -> None:
    """The car reacts to the PWM with CM_SLAC_PARM.REQ before the EVSE's pilot measurement reports B."""
    async with Powerline(PowerlineModel()) as line, contextlib.AsyncExitStack() as stack:
        st = {name: await line.add_station(name, wait=False) for name in ("ev", "evse", "sniffer")}
        await line.wait_ip_ready()
        links = {name: RawLink(s.ifname, s.netns) for name, s in st.items()}
        for link in links.values():
            stack.callback(link.close)
        ev_cp, evse_cp = SimulatedControlPilot(), SimulatedControlPilot()
        ev = await stack.enter_async_context(SlacStation("ev", links["ev"], ev_cp, SlacConfig(timers=FAST)))
        evse = await stack.enter_async_context(SlacStation("evse", links["evse"], evse_cp, SlacConfig(timers=FAST)))
        await asyncio.sleep(0.2)  # the EVSE keyed its modem at start, before any plug-in
        ev_cp.set_state(CPState.B)
        await asyncio.sleep(FAST.TT_match_response / 4)
        evse_cp.set_state(CPState.B)
        await asyncio.gather(ev.wait_ready(10), evse.wait_ready(10))
        requests = []
        while not links["sniffer"].queue.empty():
            frame = m.decode(links["sniffer"].queue.get_nowait())
            if isinstance(frame.message, m.CM_SLAC_PARM_REQ):
                requests.append(frame.message.RunID)
        assert requests == [ev.machine.run_id]  # answered the first time: no repetition, no second attempt
        assert line.model.stats["management_not_for_modem"] == 0
