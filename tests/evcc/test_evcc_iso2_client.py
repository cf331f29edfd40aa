"""The -2 EVCC through the real client over loopback TCP against the scripted -2 charger: negotiation,
a whole session, pause/resume on a new connection, timeouts and FAILED codes with power off."""
from __future__ import annotations

import json
from typing import Any

import pytest
from iso2_fakes import FakeISO2SECC, serve_scripted

from evcc import protocols
from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.controller import EnergyTransfer
from evcc.phase import EndKind
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118.messages import iso2_msg_data_types as dt
from iso15118.session import app_protocol
from iso15118.session.timers import SessionTiming

AC, DC = EnergyTransfer.AC, EnergyTransfer.DC


def ev_config(energy: EnergyTransfer, **overrides: Any) -> EVCCConfig:
    values: dict[str, Any] = dict(protocols=("ISO15118-2",), energy_transfer=energy, charge_loop_interval_s=0.01,
                                  ongoing_poll_interval_s=0.01, max_charge_loops=5, pause_duration_s=0.05)
    values.update(overrides)
    return EVCCConfig(**values)


async def run_client(port: int, config: EVCCConfig, soc: float = 50.0) -> tuple[Any, SimulatedEV]:
    ev = SimulatedEV(battery=BatteryModel(soc=soc), energy_transfer=config.energy_transfer)
    report = await EVCCClient(ev, config, ssl_context=None).run("127.0.0.1", port)
    return report, ev


@pytest.mark.parametrize("energy", [AC, DC])
async def test_a_whole_iso2_session_over_plain_tcp(energy: EnergyTransfer) -> None:
    secc = FakeISO2SECC()
    async with await serve_scripted(secc) as server:
        report, ev = await run_client(server.port, ev_config(energy))
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.protocols == ["ISO15118-2"] and report.tls == ["PLAIN TCP"]
    assert report.requests[0] == "supportedAppProtocolReq" and report.requests[1:3] == ["SessionSetupReq", "ServiceDiscoveryReq"]
    assert report.requests[-1] == "SessionStopReq"
    assert secc.names()[-1] == "SessionStopReq" and secc.names().count(
        "CurrentDemandReq" if energy is DC else "ChargingStatusReq") == 5
    assert report.energy_in_wh > 0 and ev.power_w == 0 and not ev.contactors_closed


async def test_over_plain_tcp_the_ev_offers_only_what_may_run_there() -> None:
    """-20 needs TLS 1.3: on a plain TCP connection the EV's [-20, -2] offer is -2 alone."""
    offers: list[list[str]] = []
    secc = FakeISO2SECC()

    async with await serve_scripted(secc, record_offer=offers.append) as server:
        report, _ = await run_client(server.port, ev_config(AC, protocols=("ISO15118-20", "ISO15118-2")))
    assert offers == [[app_protocol.ISO15118_2.namespace]]
    assert report.end is not None and report.end.kind is EndKind.Terminated


async def test_a_charger_without_iso2_refuses_and_the_session_fails_cleanly() -> None:
    async with await serve_scripted(FakeISO2SECC(), supported=(app_protocol.DIN70121,)) as server:
        report, ev = await run_client(server.port, ev_config(DC))
    assert report.end is not None and report.end.kind is EndKind.Failed
    assert "refused" in report.end.reason and ev.power_w == 0 and not ev.contactors_closed


async def test_pause_and_resume_on_a_new_connection_with_the_paused_session_id() -> None:
    secc = FakeISO2SECC(session_id=bytes.fromhex("0a0b0c0d"))  # a 4-byte SessionID, echoed across the pause
    async with await serve_scripted(secc) as server:
        report, _ = await run_client(server.port, ev_config(AC, pause_after_loops=2, max_charge_loops=4))
    assert report.connections == 2 and report.end is not None and report.end.kind is EndKind.Terminated
    setups = [i for i, name in enumerate(secc.names()) if name == "SessionSetupReq"]
    assert len(setups) == 2 and secc.headers[setups[1]].SessionID == bytes.fromhex("0a0b0c0d")
    stops = [r.ChargingSession for r in secc.requests if type(r).__name__ == "SessionStopReq"]
    assert stops == [dt.chargingSessionType.Pause, dt.chargingSessionType.Terminate]


async def test_a_silent_charger_ends_the_charge_loop_after_the_iso2_current_demand_timeout() -> None:
    config = ev_config(DC, max_charge_loops=None, timing=SessionTiming().scaled(0.1))
    async with await serve_scripted(FakeISO2SECC(), silent_after="CurrentDemandReq") as server:
        report, ev = await run_client(server.port, config)
    assert report.end is not None and report.end.kind is EndKind.Failed
    # -2 Table 109: CurrentDemandReq 0.5 s, scaled by 0.1
    assert "V2G_EVCC_Msg_Timeout (0.05 s) waiting for the answer to CurrentDemandReq" in report.end.reason
    assert ev.power_w == 0 and not ev.contactors_closed


async def test_a_failed_code_mid_charge_ends_with_power_off_and_no_further_message() -> None:
    secc = FakeISO2SECC(response_code_for={"PowerDeliveryReq": dt.responseCodeType.FAILED_PowerDeliveryNotApplied})
    async with await serve_scripted(secc) as server:
        report, ev = await run_client(server.port, ev_config(DC))
    assert report.end is not None and report.end.kind is EndKind.Failed
    assert "FAILED_PowerDeliveryNotApplied" in report.end.reason
    assert secc.names()[-1] == "PowerDeliveryReq" and ev.power_w == 0 and not ev.contactors_closed


D20 = app_protocol.ISO15118_20_AC.namespace
ISO2_NS = app_protocol.ISO15118_2.namespace


@pytest.mark.parametrize("ev_protocols, allow_plain_tcp, secc_supports, offered, runs", [
    # -20 needs TLS 1.3: over plain TCP the EV leaves it out of its offer
    (("ISO15118-20", "ISO15118-2"), False, (app_protocol.ISO15118_2,), [ISO2_NS], True),
    # lab mode: -20 is offered first, the SECC without -20 takes the EV's next choice
    (("ISO15118-20", "ISO15118-2"), True, (app_protocol.ISO15118_2,), [D20, ISO2_NS], True),
    # both supported: the EV's priority decides
    (("ISO15118-2", "ISO15118-20"), True, (app_protocol.ISO15118_20_AC, app_protocol.ISO15118_2), [ISO2_NS, D20], True),
    # nothing in common: the session fails, nothing was powered
    (("ISO15118-2",), False, (app_protocol.ISO15118_20_AC, app_protocol.DIN70121), [ISO2_NS], False),
])
async def test_negotiation_matrix_over_plain_tcp(ev_protocols: tuple[str, ...], allow_plain_tcp: bool,
                                                 secc_supports: tuple[app_protocol.AppProtocol, ...],
                                                 offered: list[str], runs: bool) -> None:
    offers: list[list[str]] = []
    secc = FakeISO2SECC()
    config = ev_config(AC, protocols=ev_protocols, allow_plain_tcp=allow_plain_tcp)
    async with await serve_scripted(secc, supported=secc_supports, record_offer=offers.append) as server:
        report, ev = await run_client(server.port, config)
    assert offers == [offered]
    assert report.end is not None
    if runs:
        assert report.protocols == ["ISO15118-2"] and report.end.kind is EndKind.Terminated
    else:
        assert report.end.kind is EndKind.Failed and not secc.requests and ev.power_w == 0


async def test_traces_and_json_logs_name_the_iso2_body(tmp_path: Any) -> None:
    lines: list[str] = []
    ev = SimulatedEV(energy_transfer=AC)
    async with await serve_scripted(FakeISO2SECC()) as server:
        report = await EVCCClient(ev, ev_config(AC, max_charge_loops=1), ssl_context=None, trace=lines.append,
                                  log_dir=tmp_path).run("127.0.0.1", server.port)
    assert report.end is not None and report.end.kind is EndKind.Terminated
    assert any(" -> ChargingStatusReq [" in line for line in lines)
    assert any(" <- ChargeParameterDiscoveryRes [" in line and "EVSEProcessing=Finished" in line for line in lines)
    [log] = list(tmp_path.glob("evcc-*.jsonl"))
    types = [json.loads(line).get("type") for line in log.read_text().splitlines()]
    assert "SessionSetupReq" in types and "ChargingStatusRes" in types and "V2G_Message" not in types


ALL3 = (app_protocol.ISO15118_20_AC, app_protocol.ISO15118_20_DC, app_protocol.ISO15118_2, app_protocol.DIN70121)


@pytest.mark.parametrize("ev_protocols, tls_version, secc_supports, chosen", [
    (("ISO15118-20", "ISO15118-2", "DIN70121"), "TLSv1.3", ALL3, "ISO15118-20"),
    (("ISO15118-20", "ISO15118-2", "DIN70121"), "TLSv1.2", ALL3, "ISO15118-2"),  # -20 needs 1.3, DIN plain TCP
    (("ISO15118-20", "ISO15118-2", "DIN70121"), None, ALL3, "ISO15118-2"),
    (("ISO15118-20", "ISO15118-2", "DIN70121"), None, (app_protocol.DIN70121,), "DIN70121"),
    (("DIN70121", "ISO15118-2"), None, ALL3, "DIN70121"),  # the EV's priority, not the SECC's
    (("ISO15118-2",), None, (app_protocol.DIN70121, app_protocol.ISO15118_20_DC), None),
    (("ISO15118-2", "DIN70121"), "TLSv1.3", ALL3, None),  # nothing the EV runs over TLS 1.3: no offer at all
])
def test_negotiation_matrix(ev_protocols: tuple[str, ...], tls_version: str | None,
                            secc_supports: tuple[app_protocol.AppProtocol, ...], chosen: str | None) -> None:
    config = EVCCConfig(protocols=ev_protocols, energy_transfer=DC)
    try:
        offer = protocols.make_offer(config, tls_version)
    except app_protocol.NegotiationError:
        assert chosen is None
        return
    negotiation = app_protocol.negotiate(offer.request, secc_supports)
    if chosen is None:
        assert negotiation.protocol is None
        with pytest.raises(app_protocol.NegotiationError):
            offer.chosen(negotiation.response)
    else:
        assert offer.chosen(negotiation.response)[0].name == chosen
