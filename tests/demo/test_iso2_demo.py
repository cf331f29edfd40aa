"""The demo's ISO 15118-2 AC Plug & Charge session: the demo SECC (one listener, TLS 1.3 with the -20 chain and
TLS 1.2 with the -2 chain) and a -2 vehicle as `evcc run` processes, over loopback (the netns demo test in
tests/evcc covers SLAC and SDP)."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from v2g_demo import sessions as demo


def _iso2_session() -> demo.DemoSession:
    [session] = [s for s in demo.SESSIONS if s.protocol == "ISO15118-2"]
    return session


def test_the_default_demo_runs_a_iso2_session_between_its_20_and_din_sessions() -> None:
    assert [s.protocol for s in demo.SESSIONS] == ["ISO15118-20", "ISO15118-20", "ISO15118-2"]
    assert demo.DIN_SESSION.protocol == "DIN70121"
    assert demo.stage_sessions in demo.DEFAULT_STAGES and demo.stage_din_session in demo.DEFAULT_STAGES


async def test_demo_runs_its_iso2_ac_pnc_session_over_tls_12(tmp_path: Path) -> None:
    """A contract installed from the -2 lab CPS, then PnC; summary, trace, JSON logs and the charger's
    summary line name the protocol."""
    lines: list[str] = []
    logs = tmp_path / "logs"
    logs.mkdir()
    ctx = demo.DemoContext(workdir=tmp_path, log_dir=logs, loopback=True, out=lines.append)
    iso2_session = _iso2_session()
    session = dataclasses.replace(iso2_session, evcc={**iso2_session.evcc, "max_charge_loops": 4,
                                                      "charge_loop_interval_s": 0.02})

    async def one_session(c: demo.DemoContext) -> None:
        await demo.run_demo_session(c, session, 3)

    ok = await demo.run_demo(ctx, [demo.stage_certificates, demo.stage_network, demo.stage_secc, one_session,
                                   demo.stage_summary])
    text = "\n".join(lines)
    assert ok, text
    assert "== session 3: ISO 15118-2 AC, PnC (ISO15118-2, TLS 1.2)" in text
    (_, result), = ctx.results
    assert result["protocols"] == ["ISO15118-2"] and result["outcome"] == "Terminated" and not result["error"]
    assert result["tls"][0].startswith("TLSv1.2") and "ECDHE-ECDSA-AES128-SHA256" in result["tls"][0]
    requests = result["requests"]
    assert requests.count("ChargingStatusReq") == 4 and result["energy_in_wh"] > 0
    assert requests.index("CertificateInstallationReq") < requests.index("PaymentDetailsReq") \
        < requests.index("AuthorizationReq")
    assert (tmp_path / "ev-contracts-iso2" / "contract-chain.pem").exists()
    assert not (tmp_path / "ev-contracts").exists()  # the -20 vehicle's store is its own
    # The EV's trace names the negotiated protocol on SupportedAppProtocol's answer.
    assert any("supportedAppProtocolRes" in line and "protocol=ISO15118-2" in line for line in lines), text
    summary = lines[lines.index("== summary") + 1:]
    assert summary[0].split()[:5] == ["ISO", "15118-2", "AC,", "PnC", "ISO15118-2:"], summary
    assert "PnC, contract installed first" in summary[0]
    assert "charger: session" in summary[1] and " ISO15118-2 (AC Scheduled)" in summary[1], summary
    # JSON lines of both sides name the protocol.
    events = [json.loads(line) for path in logs.glob("*.jsonl") for line in path.read_text().splitlines()]
    named = {e["protocol"] for e in events if e.get("event") == "protocol"}
    assert named == {"ISO15118-2"}
    assert sum(1 for e in events if e.get("event") == "protocol") == 2  # the EV's log and the SECC's
