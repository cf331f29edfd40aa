"""Josev 0.31.2 against itself for DIN 70121 and ISO 15118-2, on the wire, and our codec on every byte of it.

Before our DIN/-2 sessions meet Josev, its own EVCC and SECC run each setup (DIN DC, -2 AC, -2 DC, EIM,
plain TCP) in two namespaces while tcpdump records the veth. That shows what Josev needs (docs/interop.md)
and gives real EXIficient output for issue 13: our codec must decode every message the two exchanged and
re-encode it byte for byte (`exi.encode(decode(x)) == x`).

The same bytes are kept in `josev_din_iso2_corpus.jsonl` so the codec check also runs where Java is
missing; `ISO15118_UPDATE_JOSEV_CORPUS=1` rewrites that file from a fresh run.
"""
from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from josev import OLD_PROTOCOL_CASES, JosevLog, OldProtocolCase, collapsed, run_josev, tcpdump

from iso15118 import exi
from iso15118.capture import read_capture
from iso15118.capture.events import V2GEvent
from iso15118.capture.report import body_of, message_name
from iso15118.messages import APP_PROTOCOL
from tests.netns_helpers import requires_netns, veth_link

pytestmark = [pytest.mark.interop]

CORPUS = Path(__file__).with_name("josev_din_iso2_corpus.jsonl")
CHARGE_LOOPS = 3
RUN_TIMEOUT_S = 60.0
CASES = {case.id: case for case in OLD_PROTOCOL_CASES}


@dataclass
class PairRun:
    case: OldProtocolCase
    ev: JosevLog
    secc: JosevLog
    events: list[V2GEvent]

    def requests(self) -> list[str]:
        return [message_name(e.message) for e in self.events if e.from_ev and e.message is not None]

    def responses(self) -> list[str]:
        return [message_name(e.message) for e in self.events if not e.from_ev and e.message is not None]


async def _run_pair(venv: Path, workdir: Path, case: OldProtocolCase) -> PairRun:
    """Josev's SECC in one namespace, its EVCC in the other, tcpdump on the SECC's end, until the EV
    logged SessionStopRes or gave up (its log says why)."""
    with veth_link("jp-") as link, tcpdump(link.a.netns, link.a.ifname, workdir / "josev-pair.pcap") as pcap:
        secc_env = {"NETWORK_INTERFACE": link.a.ifname, "PROTOCOLS": case.josev, "AUTH_MODES": "EIM",
                    "LOG_LEVEL": "INFO"}
        async with run_josev(venv, "secc", link.a.netns, workdir / "secc", secc_env) as secc:
            await secc.wait_for("UDP server started", RUN_TIMEOUT_S)
            ev_config = workdir / "evcc.json"
            ev_config.write_text(json.dumps({
                "supportedProtocols": [case.josev], "energyTransferMode": case.energy_transfer_mode,
                "isCertInstallNeeded": False, "useTls": False, "chargeLoopCycle": CHARGE_LOOPS,
            }))
            ev_env = {"NETWORK_INTERFACE": link.b.ifname, "EVCC_CONFIG_PATH": str(ev_config), "LOG_LEVEL": "INFO"}
            async with run_josev(venv, "evcc", link.b.netns, workdir / "evcc", ev_env) as ev:
                # Josev's EV logs SessionStopRes, or the TERMINATE of the data link after an error/timeout
                await ev.wait_for("TERMINATEd the data link", RUN_TIMEOUT_S)
            await asyncio.sleep(0.5)  # the last segments reach tcpdump
    events = [e for e in read_capture(pcap) if isinstance(e, V2GEvent)]
    return PairRun(case, ev.log, secc.log, events)


@pytest.fixture(scope="module")
def pair_runs(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, PairRun]:
    """One Josev-vs-Josev run per case, shared by the tests of this module (each takes 10-30 s)."""
    runs: dict[str, PairRun] = {}
    for key, case in CASES.items():
        runs[key] = asyncio.run(_run_pair(venv, tmp_path_factory.mktemp(key), case))
    if os.environ.get("ISO15118_UPDATE_JOSEV_CORPUS") == "1":
        write_corpus(runs.values())
    return runs


def write_corpus(runs: Any) -> None:
    lines = []
    for run in runs:
        for e in run.events:
            lines.append(json.dumps({
                "source": f"Josev {run.case.josev} EVCC <-> SECC (0.31.2, EXIficient), {run.case.energy_transfer_mode}, EIM",
                "from_ev": e.from_ev, "namespace": e.namespace, "message": message_name(e.message),
                "hex": e.payload.hex(),
            }))
    CORPUS.write_text("\n".join(lines) + "\n")


def _response_codes(run: PairRun) -> list[str]:
    codes = []
    for e in run.events:
        code = getattr(body_of(e.message), "ResponseCode", None) if not e.from_ev else None
        if code is not None:
            codes.append(getattr(code, "value", str(code)))
    return codes


@requires_netns
@pytest.mark.parametrize("key", CASES)
def test_josev_pair_on_the_wire_is_what_both_logged(pair_runs: dict[str, PairRun], key: str) -> None:
    """Nothing lost between the stacks: every request on the wire is one Josev's EV logged as sent
    (and its SECC as received), in order, every response one its SECC sent; none is FAILED. The
    order of the pairs follows the protocol's sequence as far as the run got."""
    run = pair_runs[key]
    assert run.requests() == run.ev.sent() == run.secc.received(), run.ev.tail()
    assert run.responses() == run.secc.sent(), run.secc.tail()
    assert not [c for c in _response_codes(run) if c.startswith("FAILED")], run.ev.tail()
    reached = collapsed(run.requests())
    assert reached == list(run.case.sequence[: len(reached)]), reached
    assert len(reached) >= run.case.sequence.index("PowerDeliveryReq") + 2, (reached, run.ev.tail())


@requires_netns
@pytest.mark.parametrize("key", [k for k, c in CASES.items() if not c.ours.startswith("DIN")])
def test_josev_pair_iso2_runs_to_session_stop(pair_runs: dict[str, PairRun], key: str) -> None:
    """-2 between Josev's sides runs to SessionStopRes OK (DIN does not always: docs/interop.md, Josev's
    own 250 ms CurrentDemand timer against its Java codec on a loaded machine)."""
    run = pair_runs[key]
    assert collapsed(run.requests()) == list(run.case.sequence), run.ev.tail()
    assert run.ev.body("SessionStopRes", sent=False)["ResponseCode"] == "OK"


@requires_netns
@pytest.mark.parametrize("key", CASES)
def test_our_codec_reencodes_every_josev_message_byte_identically(pair_runs: dict[str, PairRun], key: str) -> None:
    run = pair_runs[key]
    assert run.events and {e.namespace for e in run.events} == {APP_PROTOCOL, run.events[-1].namespace}
    for e in run.events:
        assert e.error is None and e.message is not None, (e.name, e.error, e.payload.hex())
        assert exi.encode(e.message) == e.payload, (message_name(e.message), e.payload.hex())


def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]


def test_stored_josev_corpus_covers_din_and_iso2() -> None:
    lines = _corpus()
    namespaces = {line["namespace"] for line in lines}
    assert {"urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef", APP_PROTOCOL} <= namespaces
    names = {line["message"] for line in lines}
    assert {"CurrentDemandRes", "ChargingStatusRes", "WeldingDetectionRes", "SessionStopRes"} <= names


@pytest.mark.parametrize("line", _corpus(), ids=lambda line: f"{line['namespace'].split(':')[1]}-{line['message']}")
def test_our_codec_reencodes_stored_josev_message(line: dict[str, Any]) -> None:
    """The stored Josev traffic (no Java needed): decode in its namespace, re-encode, same bytes."""
    payload = bytes.fromhex(line["hex"])
    message = exi.decode(payload, line["namespace"])
    assert message_name(message) == line["message"]
    assert exi.encode(message) == payload
