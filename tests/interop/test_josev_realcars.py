"""Real cars' recorded requests (tests/realcars) against Josev's SECC: the replay driver checked against an
independent charger, and what Josev does with the cars' quirks (trailing bytes, 1/6/8-byte SessionIDs,
a car asking AC with DC parameters). The recordings ending in a DC pre-charge are not replayed here:
Josev's simulated EVSE stays at 1 V, so a car (and the replay) would pre-charge forever.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from josev import run_josev

from iso15118 import sdp, v2gtp
from tests.netns_helpers import NetnsLoop, requires_netns, veth_link
from tests.realcars.replay import FIXTURES, CarRecording, ReplayResult, load, replay_car

pytestmark = [pytest.mark.interop]

JOSEV_PROTOCOLS = {"DIN70121": "DIN_SPEC_70121", "ISO15118-2": "ISO_15118_2"}
#: recording -> what Josev 0.31.2 answers (observed; docs/interop.md)
CASES = {
    "tesla-model3-din": "all recorded requests answered",
    "hyundai-kona-din": "all recorded requests answered",
    # Josev answers the mismatched ChargeParameterDiscoveryReq (AC mode, DC parameters) with no response at
    # all and closes the connection; -2 wants FAILED_WrongChargeParameter (our SECC's answer)
    "seres-iso2-ac-with-dc-parameters": "SECC: connection closed between messages",
    "opel-ampera-e-din-only-at-iso2-charger": "supportedAppProtocolRes Failed_NoNegotiation",
}


async def _replay_at_josev(venv: Path, tmp_path: Path, recording: CarRecording) -> ReplayResult:
    protocols = ",".join(JOSEV_PROTOCOLS[p] for p in recording.secc_protocols)
    with veth_link("jr-") as link, NetnsLoop(link.b.netns) as car_loop:
        dotenv = {"NETWORK_INTERFACE": link.a.ifname, "PROTOCOLS": protocols, "AUTH_MODES": "EIM", "LOG_LEVEL": "INFO"}
        async with run_josev(venv, "secc", link.a.netns, tmp_path / "josev", dotenv) as josev:
            await josev.wait_for("UDP server started", 60)

            async def car() -> ReplayResult:
                found = await sdp.discover_secc(link.b.ifname, security=sdp.Security.NO_TLS)
                conn = await v2gtp.open_connection(str(found.SECCIPAddress), found.SECCPort, ssl_context=None,
                                                   interface=link.b.ifname, allow_plain_tcp=True)
                return await replay_car(recording, conn)

            return await car_loop.run(asyncio.wait_for(car(), 120))


@requires_netns
@pytest.mark.parametrize("name", CASES)
async def test_real_car_at_josev_secc(venv: Path, tmp_path: Path, name: str) -> None:
    recording = load(FIXTURES / f"{name}.json")
    result = await _replay_at_josev(venv, tmp_path, recording)
    assert result.ended == CASES[name], result
    assert not result.failed(), result
    if result.exchanges:  # the SessionID Josev assigned went out with every later request
        assert len({e.session_id for e in result.exchanges[1:]}) == 1
