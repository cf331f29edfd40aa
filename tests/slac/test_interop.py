"""Interop with an independent SLAC implementation: open-plc-utils' `evse` and `pev` (Debian plc-utils-extra).

Their programs run in the station namespaces, on the simulated powerline, against our EV and EVSE.
Their hosts treat CM_SET_KEY.CNF Result 0 as failure (HomePlug AV says 0 is success): the simulated
modems answer 1, as QCA firmware does, by default.
"""
from __future__ import annotations

import asyncio
import contextlib
import shutil
from pathlib import Path
from typing import AsyncIterator

import pytest

from iso15118.slac.cp import CPState, SimulatedControlPilot
from iso15118.slac.link import RawLink
from iso15118.slac.plcsim import Powerline, PowerlineModel, Station
from iso15118.slac.station import SlacStation

from .conftest import ipv6_reaches, requires_netns

pytestmark = [
    requires_netns,
    pytest.mark.skipif(not (shutil.which("evse") and shutil.which("pev")),
                       reason="open-plc-utils evse/pev missing (apt-get install plc-utils-extra)"),
]

THEIR_EVSE_NMK = "B59319D7E8157BA001B018669CCEE30D"  # evse.ini default ("HomePlugAV0123")
THEIR_EVSE_NID = "026BCBA5354E08"


@contextlib.asynccontextmanager
async def their_program(station: Station, program: str, profile: Path, *args: str) -> AsyncIterator[list[str]]:
    """Run `program` in the station's namespace; yields its output lines as they come."""
    proc = await asyncio.create_subprocess_exec(
        "ip", "netns", "exec", station.netns, program, "-i", station.ifname, "-p", str(profile), "-d", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    lines: list[str] = []

    async def read() -> None:
        assert proc.stdout is not None
        async for line in proc.stdout:
            lines.append(line.decode(errors="replace").rstrip())

    reader = asyncio.create_task(read())
    try:
        yield lines
    finally:
        if proc.returncode is None:
            proc.terminate()
        await proc.wait()
        await reader


@contextlib.asynccontextmanager
async def line_with(ours: str) -> AsyncIterator[tuple[Station, Station, SlacStation, SimulatedControlPilot]]:
    async with Powerline(PowerlineModel()) as line:  # QCA behaviour: Result 1, which their hosts require
        ev = await line.add_station("ev", wait=False)
        evse = await line.add_station("evse", wait=False)
        await line.wait_ip_ready()
        mine = evse if ours == "evse" else ev
        link = RawLink(mine.ifname, mine.netns)
        cp = SimulatedControlPilot()
        try:
            async with SlacStation(ours, link, cp) as station:
                yield ev, evse, station, cp
        finally:
            link.close()


async def test_our_evse_matches_their_pev(tmp_path: Path) -> None:
    profile = tmp_path / "pev.ini"
    profile.write_text("[default]\nsettle time = 0\ncharge time = 3\n")
    async with line_with("evse") as (ev, evse, ours, cp):
        cp.set_state(CPState.B)
        async with their_program(ev, "pev", profile) as output:
            info = await ours.wait_ready(10)
            assert info.peer_mac == ev.mac
            # their pev is "charging" on the network our NMK formed: real IPv6 flows
            assert await ipv6_reaches(evse, ev, timeout=2.0)
            assert await ipv6_reaches(ev, evse, timeout=2.0)
        text = "\n".join(output)
        assert "<-- CM_SLAC_MATCH.CNF" in text
        assert f"CM_SET_KEY.NEWKEY {info.nmk.hex(':').upper()}" in text
        assert f"CM_SLAC_MATCH.CNF.MatchVarField.NID {info.nid.hex(':').upper()}" in text
        assert ours.counters["malformed"] == 0


async def test_our_ev_matches_their_evse(tmp_path: Path) -> None:
    profile = tmp_path / "evse.ini"
    profile.write_text("[default]\nsettle time = 0\ncharge time = 3\n")
    async with line_with("ev") as (ev, evse, ours, cp):
        async with their_program(evse, "evse", profile, "-l") as output:
            for _ in range(100):  # their evse programs its modem key, then listens
                if any("Listening" in line for line in output):
                    break
                await asyncio.sleep(0.02)
            cp.set_state(CPState.B)
            info = await ours.wait_ready(10)
            assert info.peer_mac == evse.mac
            assert info.nmk.hex().upper() == THEIR_EVSE_NMK and info.nid.hex().upper() == THEIR_EVSE_NID
            assert info.attenuation_db is not None and info.attenuation_db < 40
            assert await ipv6_reaches(ev, evse, timeout=2.0)
        text = "\n".join(output)
        assert "--> CM_SLAC_MATCH.CNF" in text and "<-- CM_ATTEN_CHAR.RSP" in text
        assert ours.counters["malformed"] == 0
