"""Josev 0.31.2 against itself for DIN 70121 and ISO 15118-2, on the wire, and our codec on every byte of it.

Before our DIN/-2 sessions meet Josev, its own EVCC and SECC run each setup (DIN DC, -2 AC, -2 DC with EIM
over plain TCP; -2 AC Plug & Charge over TLS 1.2 with Josev's own PKI) in two namespaces while tcpdump
records the veth. That shows what Josev needs (docs/interop.md) and gives real EXIficient output for issue
13: our codec must decode every message the two exchanged and re-encode it byte for byte
(`exi.encode(decode(x)) == x`). The TLS run's bytes come from Josev's own logs (LOG_LEVEL=DEBUG,
MESSAGE_LOG_EXI=true: the EXI of every message each side received), the EIM runs' from the capture.

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
from josev import OLD_PROTOCOL_CASES, PNC_CASE, JosevLog, JosevUnavailable, OldProtocolCase, collapsed, josev_pki, run_josev, tcpdump

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
CASES = {case.id: case for case in (*OLD_PROTOCOL_CASES, PNC_CASE)}
DIN_ISO2 = ("urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef")


@dataclass(frozen=True)
class WireMessage:
    from_ev: bool
    namespace: str
    payload: bytes

    def decoded(self) -> Any:
        return exi.decode(self.payload, self.namespace)


@dataclass
class PairRun:
    case: OldProtocolCase
    ev: JosevLog
    secc: JosevLog
    wire: list[WireMessage]

    def requests(self) -> list[str]:
        return [message_name(m.decoded()) for m in self.wire if m.from_ev]

    def responses(self) -> list[str]:
        return [message_name(m.decoded()) for m in self.wire if not m.from_ev]


def _from_capture(events: list[V2GEvent]) -> list[WireMessage]:
    for e in events:
        assert e.namespace is not None and e.error is None, (e.name, e.error, e.payload.hex())
    return [WireMessage(e.from_ev, e.namespace, e.payload) for e in events if e.namespace is not None]


def _from_logs(case: OldProtocolCase, ev: JosevLog, secc: JosevLog) -> list[WireMessage]:
    """What each side received, from its own log (the SECC's: the requests; the EV's: the responses)."""
    namespace = DIN_ISO2[0] if case.ours == "DIN70121" else DIN_ISO2[1]
    return [WireMessage(from_ev, APP_PROTOCOL if sap else namespace, payload)
            for from_ev, log in ((True, secc), (False, ev)) for sap, payload in log.received_exi()]


async def _run_pair(venv: Path, workdir: Path, case: OldProtocolCase) -> PairRun:
    """Josev's SECC in one namespace, its EVCC in the other, tcpdump on the SECC's end, until the EV
    logged SessionStopRes or gave up (its log says why)."""
    pki_env = {}
    if case.pnc:
        pki_env = {"PKI_PATH": f"{josev_pki(venv, workdir)}/", "LOG_LEVEL": "DEBUG", "MESSAGE_LOG_EXI": "true"}
    with veth_link("jp-") as link, tcpdump(link.a.netns, link.a.ifname, workdir / "josev-pair.pcap") as pcap:
        secc_env = {"NETWORK_INTERFACE": link.a.ifname, "PROTOCOLS": case.josev,
                    "AUTH_MODES": "PNC" if case.pnc else "EIM", "LOG_LEVEL": "INFO", **pki_env}
        async with run_josev(venv, "secc", link.a.netns, workdir / "secc", secc_env) as secc:
            await secc.wait_for("UDP server started", RUN_TIMEOUT_S)
            ev_config = workdir / "evcc.json"
            ev_config.write_text(json.dumps({
                "supportedProtocols": [case.josev], "energyTransferMode": case.energy_transfer_mode,
                "isCertInstallNeeded": False, "useTls": case.pnc, "chargeLoopCycle": CHARGE_LOOPS,
            }))
            ev_env = {"NETWORK_INTERFACE": link.b.ifname, "EVCC_CONFIG_PATH": str(ev_config), "LOG_LEVEL": "INFO",
                      **pki_env}
            async with run_josev(venv, "evcc", link.b.netns, workdir / "evcc", ev_env) as ev:
                # Josev's EV logs SessionStopRes, or the TERMINATE of the data link after an error/timeout
                await ev.wait_for("TERMINATEd the data link", RUN_TIMEOUT_S)
            await asyncio.sleep(0.5)  # the last segments reach tcpdump
    if case.pnc:
        return PairRun(case, ev.log, secc.log, _from_logs(case, ev.log, secc.log))
    return PairRun(case, ev.log, secc.log, _from_capture([e for e in read_capture(pcap) if isinstance(e, V2GEvent)]))


@pytest.fixture(scope="module")
def pair_runs(venv: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, PairRun]:
    """One Josev-vs-Josev run per case, shared by the tests of this module (each takes 10-30 s)."""
    runs: dict[str, PairRun] = {}
    for key, case in CASES.items():
        try:
            runs[key] = asyncio.run(_run_pair(venv, tmp_path_factory.mktemp(key), case))
        except JosevUnavailable as exc:  # only the PKI script can raise it here (no openssl)
            pytest.skip(str(exc))
    if os.environ.get("ISO15118_UPDATE_JOSEV_CORPUS") == "1":
        write_corpus(runs.values())
    return runs


def write_corpus(runs: Any) -> None:
    lines = []
    for run in runs:
        for m in run.wire:
            lines.append(json.dumps({
                "source": f"Josev 0.31.2 (EXIficient) EVCC <-> SECC, {run.case.josev}, {run.case.energy_transfer_mode}, "
                          f"{'PnC over TLS 1.2' if run.case.pnc else 'EIM'}",
                "from_ev": m.from_ev, "namespace": m.namespace, "message": message_name(m.decoded()),
                "hex": m.payload.hex(),
            }))
    CORPUS.write_text("\n".join(lines) + "\n")


def _response_codes(run: PairRun) -> list[str]:
    codes = []
    for m in run.wire:
        code = getattr(body_of(m.decoded()), "ResponseCode", None) if not m.from_ev else None
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
    """-2 between Josev's sides runs to SessionStopRes OK, PnC included (DIN does not always:
    docs/interop.md, Josev's own 250 ms CurrentDemand timer against its Java codec under load)."""
    run = pair_runs[key]
    assert collapsed(run.requests()) == list(run.case.sequence), run.ev.tail()
    assert run.ev.body("SessionStopRes", sent=False)["ResponseCode"] == "OK"


@requires_netns
@pytest.mark.parametrize("key", CASES)
def test_our_codec_reencodes_every_josev_message_byte_identically(pair_runs: dict[str, PairRun], key: str) -> None:
    run = pair_runs[key]
    assert run.wire and {m.namespace for m in run.wire} == {APP_PROTOCOL, run.wire[-1].namespace}
    for m in run.wire:
        message = m.decoded()
        assert exi.encode(message) == m.payload, (message_name(message), m.payload.hex())


def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]


def test_stored_josev_corpus_covers_din_and_iso2() -> None:
    lines = _corpus()
    namespaces = {line["namespace"] for line in lines}
    assert {"urn:din:70121:2012:MsgDef", "urn:iso:15118:2:2013:MsgDef", APP_PROTOCOL} <= namespaces
    names = {line["message"] for line in lines}
    assert {"CurrentDemandRes", "ChargingStatusRes", "WeldingDetectionRes", "SessionStopRes",
            "PaymentDetailsReq", "AuthorizationReq"} <= names


@pytest.mark.parametrize("line", _corpus(), ids=lambda line: f"{line['namespace'].split(':')[1]}-{line['message']}")
def test_our_codec_reencodes_stored_josev_message(line: dict[str, Any]) -> None:
    """The stored Josev traffic (no Java needed): decode in its namespace, re-encode, same bytes."""
    payload = bytes.fromhex(line["hex"])
    message = exi.decode(payload, line["namespace"])
    assert message_name(message) == line["message"]
    assert exi.encode(message) == payload
