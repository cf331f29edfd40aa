"""Our EVCC against our SECC over real TLS 1.3 sockets on loopback.

The {AC, DC} x {charge only, BPT} x {Scheduled, Dynamic} matrix with EIM, asserting the message
sequence and that the EV's energy accounting matches the charger's meter; then pause/resume, every
EVSE notification, refusals and TLS failures.
"""
from __future__ import annotations

import dataclasses

import pytest
from e2e_harness import SECCHarness, evcc_config, run_evcc

from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer, UserSettings
from evcc.phase import EndKind
from iso15118 import tls
from secc.authorization import ContractAuthorizer
from secc.controller import AuthorizationStatus, EVSENotification
from secc.simulator import SimulatorSettings

SETUP = [
    "supportedAppProtocolReq",
    "SessionSetupReq",
    "AuthorizationSetupReq",
    "AuthorizationReq",
    "ServiceDiscoveryReq",
    "ServiceDetailReq",
    "ServiceSelectionReq",
]
LOOPS = 16


def expected_sequence(energy: EnergyTransfer, loops: int) -> list[str]:
    if energy is EnergyTransfer.DC:
        prep = ["DC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "DC_CableCheckReq"]
        # Pre-charge: one Ongoing request while the EVSE ramps, then Finished once the voltages match.
        return SETUP + prep + ["DC_PreChargeReq"] * 3 + ["PowerDeliveryReq"] + ["DC_ChargeLoopReq"] * loops + [
            "PowerDeliveryReq",
            "DC_WeldingDetectionReq",  # Ongoing: the EVSE output reads low already ...
            "DC_WeldingDetectionReq",  # ... so Finished, and only then SessionStop
            "SessionStopReq",
        ]
    return SETUP + ["AC_ChargeParameterDiscoveryReq", "ScheduleExchangeReq", "PowerDeliveryReq"] + [
        "AC_ChargeLoopReq"
    ] * loops + ["PowerDeliveryReq", "SessionStopReq"]


def assert_energy_matches(report, secc: SECCHarness) -> None:
    """Both sides integrate the same power; DC responses report the previous setpoint (one loop late)."""
    evse = secc.evse
    tolerance_in = 0.2 * max(evse.charged_wh, report.energy_in_wh) + 0.05
    tolerance_out = 0.2 * max(evse.discharged_wh, report.energy_out_wh) + 0.05
    assert report.energy_in_wh == pytest.approx(evse.charged_wh, abs=tolerance_in)
    assert report.energy_out_wh == pytest.approx(evse.discharged_wh, abs=tolerance_out)


@pytest.mark.parametrize("energy", list(EnergyTransfer), ids=lambda e: e.value)
@pytest.mark.parametrize("bpt", [False, True], ids=["charge", "bpt"])
@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda m: m.name)
async def test_matrix(secc_server, certificates, energy, bpt, mode) -> None:
    # BPT: the SECC's Dynamic policy asks for discharge; in Scheduled mode the EV above its
    # target SoC discharges within the schedule's discharging limit.
    secc = await secc_server(settings=SimulatorSettings(discharge_setpoint_w=5000 if bpt else None))
    settings = UserSettings(target_soc=80.0 if bpt else 90.0, discharge_allowed=bpt, discharge_soc_floor=40.0)
    config = evcc_config(
        energy_transfer=energy,
        bpt=bpt,
        control_mode=mode,
        settings=settings,
        max_charge_loops=LOOPS,
        charge_loop_interval_s=0.02,
        time_scale=1.0,
    )
    report, ev = await run_evcc(config, secc.port, certificates, soc=85.0 if bpt else 50.0)

    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error
    assert report.requests == expected_sequence(energy, LOOPS)
    assert secc.requests == report.requests  # the SECC saw exactly what we sent
    assert report.messages == len(report.requests) and report.connections == 1
    assert "TLSv1.3" in report.tls[0]
    (summary,) = await secc.wait_summaries(1)
    assert summary.session_id == report.end.session_id.hex() and not summary.paused
    expected_service = {(EnergyTransfer.AC, False): "AC", (EnergyTransfer.DC, False): "DC",
                        (EnergyTransfer.AC, True): "AC_BPT", (EnergyTransfer.DC, True): "DC_BPT"}[(energy, bpt)]
    assert summary.service == expected_service and summary.control_mode == mode.name
    if bpt:
        # DC: the first ChargeLoopRes still reports the EVSE's small pre-charge current flowing in.
        assert report.energy_out_wh > 0 and report.energy_in_wh < 0.02
    else:
        assert report.energy_in_wh > 0 and report.energy_out_wh == 0
    assert_energy_matches(report, secc)
    # Nothing left energised on either side.
    assert not ev.contactors_closed and ev.power_w == 0
    assert not secc.evse.contactors_closed and secc.evse.present_power_w == 0


def notify_at(secc: SECCHarness, loop: int, notification: EVSENotification, request: str = "DC_ChargeLoopReq") -> None:
    def hook(handle, name: str, count: int) -> None:
        if name == request and count == loop:
            handle.notify(notification)

    secc.on_request = hook


async def test_evse_pause_and_resume_with_same_session_id(secc_server, certificates) -> None:
    secc = await secc_server()
    notify_at(secc, 3, EVSENotification.Pause)
    config = evcc_config(pause_duration_s=0.05)
    report, ev = await run_evcc(config, secc.port, certificates)

    assert report.connections == 2
    assert report.end.kind is EndKind.Terminated and not report.end.error
    first, second = await secc.wait_summaries(2)
    assert first.paused and not second.paused
    assert first.session_id == second.session_id == report.end.session_id.hex()
    assert secc.count("SessionSetupReq") == 2 and secc.count("SessionStopReq") == 2
    stop_index = report.requests.index("SessionStopReq")
    assert report.requests[stop_index - 3 : stop_index] == ["PowerDeliveryReq"] + ["DC_WeldingDetectionReq"] * 2
    # Resumed ([V2G20-1032]): on the new connection straight from SessionSetup to ChargeParameterDiscovery,
    # then charging to the loop budget.
    assert report.requests[stop_index + 1 : stop_index + 4] == [
        "supportedAppProtocolReq", "SessionSetupReq", "DC_ChargeParameterDiscoveryReq"
    ]
    assert report.requests.count("AuthorizationSetupReq") == 1
    assert report.requests.count("DC_ChargeLoopReq") == 3 + 10
    assert all(not evse.contactors_closed for evse in secc.evses)


async def test_ev_initiated_pause_and_resume(secc_server, certificates) -> None:
    secc = await secc_server()
    config = evcc_config(energy_transfer=EnergyTransfer.AC, pause_after_loops=2, pause_duration_s=0.05)
    report, _ = await run_evcc(config, secc.port, certificates)
    assert report.connections == 2 and (await secc.wait_summaries(2))[0].paused
    assert report.end.kind is EndKind.Terminated
    assert report.requests.count("AC_ChargeLoopReq") == 2 + 10


@pytest.mark.parametrize("energy", list(EnergyTransfer), ids=lambda e: e.value)
async def test_evse_terminate(secc_server, certificates, energy) -> None:
    secc = await secc_server()
    loop = "DC_ChargeLoopReq" if energy is EnergyTransfer.DC else "AC_ChargeLoopReq"
    notify_at(secc, 4, EVSENotification.Terminate, loop)
    report, ev = await run_evcc(evcc_config(energy_transfer=energy), secc.port, certificates)
    assert report.end.kind is EndKind.Terminated and "EVSE notification Terminate" in report.end.reason
    assert report.requests.count(loop) == 4
    assert report.requests[-1] == "SessionStopReq"
    assert not ev.contactors_closed and not secc.evse.contactors_closed


async def test_evse_schedule_renegotiation(secc_server, certificates) -> None:
    secc = await secc_server()
    notify_at(secc, 3, EVSENotification.ScheduleRenegotiation, "AC_ChargeLoopReq")
    config = evcc_config(energy_transfer=EnergyTransfer.AC, control_mode=ControlMode.Scheduled)
    report, _ = await run_evcc(config, secc.port, certificates)
    i = report.requests.index("AC_ChargeLoopReq") + 3
    assert report.requests[i : i + 4] == [
        "PowerDeliveryReq",
        "AC_ChargeParameterDiscoveryReq",
        "ScheduleExchangeReq",
        "PowerDeliveryReq",
    ]
    assert report.end.kind is EndKind.Terminated and not report.end.error
    assert report.requests.count("AC_ChargeLoopReq") == 10


async def test_evse_service_renegotiation(secc_server, certificates) -> None:
    secc = await secc_server()
    notify_at(secc, 2, EVSENotification.ServiceRenegotiation)
    report, _ = await run_evcc(evcc_config(), secc.port, certificates)
    i = report.requests.index("DC_ChargeLoopReq") + 2
    assert report.requests[i : i + 3] == ["PowerDeliveryReq", "SessionStopReq", "ServiceDiscoveryReq"]
    assert report.requests[i:].count("DC_CableCheckReq") == 1  # contactors opened: prepare again
    assert report.end.kind is EndKind.Terminated and not report.end.error
    assert report.connections == 1 and len(await secc.wait_summaries(1)) == 1


async def test_authorization_refused_ends_without_power(secc_server, certificates) -> None:
    secc = await secc_server(settings=SimulatorSettings(authorization_result=AuthorizationStatus.REJECTED))
    report, ev = await run_evcc(evcc_config(), secc.port, certificates)
    assert report.end.error
    assert "PowerDeliveryReq" not in report.requests
    assert not ev.contactors_closed and secc.evse.charged_wh == 0


async def test_untrusted_secc_certificate_is_a_tls_failure(secc_server, certificates, tmp_path) -> None:
    from pki.testpki import build_pki, pem
    from pki.profiles import Role

    secc = await secc_server()
    other_root = tmp_path / "other-root.pem"
    other_root.write_bytes(pem(build_pki().root(Role.SECC)))
    config = evcc_config()
    ev_client = EVCCClient(
        __import__("e2e_harness").make_vehicle(config), config, ssl_context=tls.evcc_client_context([other_root])
    )
    report = await ev_client.run("::1", secc.port)  # a failed session with its reason, as every other failure
    assert report.end is not None and report.end.kind is EndKind.Failed and report.end.error
    assert report.end.reason.startswith("TLSHandshakeError: TLS handshake with [::1]:") and "certificate" in report.end.reason
    assert secc.requests == [] and report.connections == 0


def test_plain_tcp_needs_the_lab_setting() -> None:
    config = EVCCConfig()
    from e2e_harness import make_vehicle

    with pytest.raises(tls.PlainTCPNotAllowedError):
        EVCCClient(make_vehicle(config), config, ssl_context=None)


async def test_through_the_secc_cli_process(tmp_path) -> None:
    """The real `secc` console entry (python -m secc.cli) in its own process, our `evcc run` in ours:
    DC BPT Dynamic sessions over mutually authenticated TLS with Plug & Charge, and a JSON-lines log
    of every decoded message."""
    import json

    from v2g_demo import sessions as demo

    logs = tmp_path / "logs"
    logs.mkdir()
    ctx = demo.DemoContext(workdir=tmp_path, log_dir=logs, loopback=True, out=lambda line: None)
    session = dataclasses.replace(
        demo.SESSIONS[0], evcc={**demo.SESSIONS[0].evcc, "max_charge_loops": 6, "charge_loop_interval_s": 0.02}
    )

    async def two_sessions(c: demo.DemoContext) -> None:
        await demo.run_demo_session(c, session, 1)
        await demo.run_demo_session(c, session, 2)

    ok = await demo.run_demo(ctx, [demo.stage_certificates, demo.stage_network, demo.stage_secc, two_sessions])
    assert ok, ctx.results
    (_, result), (_, again) = ctx.results
    # Plug & Charge through both CLIs: a contract installed in the first session, reused from disk in the next.
    assert result["requests"][3:5] == ["CertificateInstallationReq", "AuthorizationReq"]
    assert "CertificateInstallationReq" not in again["requests"] and not again["error"]
    assert (tmp_path / "ev-contracts" / "contract-chain.pem").exists()
    assert result["outcome"] == "Terminated" and result["messages"] == len(result["requests"])
    assert result["requests"].count("DC_ChargeLoopReq") == 6
    assert result["protocols"] == ["ISO15118-20"]  # the summary names what SupportedAppProtocol negotiated
    assert result["energy_in_wh"] > 0
    assert ctx.secc_process is not None and ctx.secc_process.returncode is not None  # stopped by cleanup
    ev_log = logs / f"evcc-{result['session_id']}.jsonl"
    lines = [json.loads(line) for line in ev_log.read_text().splitlines()]
    messages = [line for line in lines if "msg" in line]
    assert len(messages) == 2 * result["messages"]
    assert messages[0]["type"] == "supportedAppProtocolReq" and "supportedAppProtocolReq" in messages[0]["msg"]
    assert {m["session"] for m in messages} == {result["session_id"]}
    assert lines[-1]["event"] == "session_end" and lines[-1]["kind"] == "Terminated"


class _MuteAfter:
    """A SECC connection that stops answering after `after` responses (the EV must time out)."""

    def __init__(self, conn, after: int) -> None:
        self._conn, self._after, self.sent = conn, after, 0

    async def send(self, payload_type, payload: bytes) -> None:
        self.sent += 1
        if self.sent <= self._after:
            await self._conn.send(payload_type, payload)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


@pytest.mark.parametrize("after, last_request", [(0, "supportedAppProtocolReq"), (16, "DC_ChargeLoopReq")])
async def test_msg_timeout_ends_safely(certificates, after, last_request) -> None:
    from iso15118 import v2gtp
    from iso15118.session.timers import SessionTiming
    from secc.config import SECCConfig
    from secc.session import PausedSessionStore, SECCSession
    from secc.simulator import SimulatedEVSE

    evse = SimulatedEVSE()

    async def handle(conn) -> None:
        await SECCSession(_MuteAfter(conn, after), SECCConfig(), evse, paused=PausedSessionStore(60)).run()

    ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
    server = await v2gtp.start_server(handle, "::1", 0, ssl_context=ctx)
    try:
        config = evcc_config(max_charge_loops=None, timing=SessionTiming().scaled(0.5))
        report, ev = await run_evcc(config, server.port, certificates)
    finally:
        await server.close()
    assert report.end.kind is EndKind.Failed and "V2G_EVCC_Msg_Timeout" in report.end.reason
    assert report.requests[-1] == last_request and last_request in report.end.reason
    assert not ev.contactors_closed and ev.power_w == 0


@pytest.mark.parametrize("allowed", [True, False], ids=["standby", "standby-refused"])
async def test_ev_standby(secc_server, certificates, allowed) -> None:
    from secc.config import SECCConfig

    secc = await secc_server(config=SECCConfig(standby_allowed=allowed))
    config = evcc_config(max_charge_loops=8, standby_after_loops=3, standby_loops=2)
    report, ev = await run_evcc(config, secc.port, certificates)
    assert report.end.kind is EndKind.Terminated and not report.end.error
    expected = 4 if allowed else 3  # Start, Standby, (Start again,) Stop
    assert report.requests.count("PowerDeliveryReq") == expected
    assert report.requests.count("DC_ChargeLoopReq") == 8
    assert not ev.contactors_closed and not secc.evse.contactors_closed


async def test_unencodable_request_aborts_without_power(secc_server, certificates) -> None:
    """A controller value outside the schema (SoC target 150 %) ends the session cleanly, typed reason."""
    secc = await secc_server()
    config = evcc_config(settings=UserSettings(target_soc=150.0))
    report, ev = await run_evcc(config, secc.port, certificates)
    assert report.end.kind is EndKind.Failed and "cannot encode DC_ChargeParameterDiscoveryReq" in report.end.reason
    assert not ev.contactors_closed


class _Corrupt(_MuteAfter):
    """Sends the first `after` responses as they are, then one broken frame."""

    def __init__(self, conn, after: int, broken: bytes, raw: bool) -> None:
        super().__init__(conn, after)
        self._broken, self._raw = broken, raw

    async def send(self, payload_type, payload: bytes) -> None:
        self.sent += 1
        if self.sent <= self._after:
            await self._conn.send(payload_type, payload)
        elif self._raw:  # a bad V2GTP header straight onto the TLS stream
            self._conn._writer.write(self._broken)
            await self._conn._writer.drain()
        else:
            await self._conn.send(payload_type, self._broken)


@pytest.mark.parametrize(
    "broken, raw, reason",
    [
        (b"\x80\xff\xff\xff", False, "undecodable response"),
        (b"\x02\xfd\x80\x02\x00\x00\x00\x04abcd", True, "V2GTP"),  # wrong protocol version
        (b"\x01\xfe\x80\x02\x7f\xff\xff\xff", True, "V2GTP"),  # announces a 2 GiB payload
    ],
    ids=["malformed-exi", "bad-version", "oversized-length"],
)
async def test_broken_response_mid_charge_ends_safely(certificates, broken, raw, reason) -> None:
    from iso15118 import v2gtp
    from secc.config import SECCConfig
    from secc.session import PausedSessionStore, SECCSession
    from secc.simulator import SimulatedEVSE

    async def handle(conn) -> None:
        await SECCSession(_Corrupt(conn, 16, broken, raw), SECCConfig(), SimulatedEVSE(), paused=PausedSessionStore(60)).run()

    ctx = tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
    server = await v2gtp.start_server(handle, "::1", 0, ssl_context=ctx)
    try:
        report, ev = await run_evcc(evcc_config(max_charge_loops=None), server.port, certificates)
    finally:
        await server.close()
    assert report.end.kind is EndKind.Failed and reason in report.end.reason
    assert report.requests[-1] == "DC_ChargeLoopReq"
    assert not ev.contactors_closed and ev.power_w == 0


async def test_fleet_of_evs_against_one_secc(secc_server, certificates, tmp_path) -> None:
    """`evcc fleet`: 20 vehicles from one TOML, concurrently, each its own session and SessionID."""
    from evcc.cli import run_session

    secc = await secc_server()
    config = tmp_path / "ev.toml"
    config.write_text(
        '[evcc]\nenergy_transfer = "AC"\ncontrol_mode = "Dynamic"\nmax_charge_loops = 5\n'
        'charge_loop_interval_s = 0.05\nevcc_id = "FLEET"\n'
        f'[connection]\nhost = "::1"\nport = {secc.port}\ntls_trust_roots = ["{certificates.v2g_root}"]\n'
    )
    results = await run_session(config, trace=False, count=20)
    assert len(results) == 20
    assert all(r.end.kind is EndKind.Terminated and not r.end.error for r, _ in results)
    assert len({r.end.session_id for r, _ in results}) == 20
    summaries = await secc.wait_summaries(20)
    assert {s.evcc_id for s in summaries} == {f"FLEET{i:05d}" for i in range(20)}
    assert secc.count("AC_ChargeLoopReq") == 100


async def test_plain_tcp_lab_mode_warns_every_session(caplog) -> None:
    import logging

    from secc.config import SECCConfig
    from secc.server import SECCServer
    from secc.simulator import SimulatedEVSE

    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=None, allow_plain_tcp=True)
    await server.start("::1", 0)
    try:
        config = evcc_config(allow_plain_tcp=True, max_charge_loops=2)
        from e2e_harness import make_vehicle

        with caplog.at_level(logging.WARNING, logger="iso15118.v2gtp"):
            for _ in range(2):
                report = await EVCCClient(make_vehicle(config), config, ssl_context=None).run("::1", server.port)
                assert report.end.kind is EndKind.Terminated and report.tls == ["PLAIN TCP"]
    finally:
        await server.close()
    evcc_warnings = [r for r in caplog.records if "EVCC" in r.getMessage() and "PLAIN TCP" in r.getMessage()]
    assert len(evcc_warnings) == 2


async def test_din_over_plain_tcp_is_not_lab_mode(caplog) -> None:
    """DIN 70121 runs over plain TCP in the field: no lab-mode warning on either side (only -20 gets one)."""
    import logging

    from evcc.controller import EnergyTransfer
    from secc.config import SECCConfig
    from secc.server import SECCServer
    from secc.simulator import SimulatedEVSE

    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=None, allow_plain_tcp=True)
    await server.start("::1", 0)
    try:
        config = evcc_config(protocols=("DIN70121",), energy_transfer=EnergyTransfer.DC, max_charge_loops=2)
        from e2e_harness import make_vehicle

        with caplog.at_level(logging.INFO):
            report = await EVCCClient(make_vehicle(config), config, ssl_context=None).run("::1", server.port)
    finally:
        await server.close()
    assert report.end.kind is EndKind.Terminated and report.protocols == ["DIN70121"] and report.tls == ["PLAIN TCP"]
    assert [s.protocol for s in server.summaries] == ["DIN70121"]
    assert not [r for r in caplog.records if "PLAIN TCP" in r.getMessage() and r.levelno >= logging.WARNING]


class _RecordingAuthorizer(ContractAuthorizer):
    """The SECC's PnC authorizer, remembering the EMAIDs it let through."""

    def __init__(self, mo_roots) -> None:
        super().__init__(mo_roots)
        self.emaids: list[str | None] = []

    async def verify(self, request, gen_challenge: bytes, info):
        result = await super().verify(request, gen_challenge, info)
        self.emaids.append(result.emaid)
        return result


@pytest.mark.parametrize("suite", ["iso20-ecdsa", "iso20-ed448"])
@pytest.mark.parametrize("trusted", [True, False], ids=["trusted", "unknown-mo"])
async def test_plug_and_charge(secc_server, certificates, suite, trusted) -> None:
    """EV signs the challenge with its contract key (ECDSA-P521 or Ed448); SECC verifies chain and signature."""
    from evcc.controller import Authorization
    from evcc.pnc import ContractCredentials
    from pki.profiles import Role, Suite
    from pki.testpki import build_pki
    from secc.config import SECCConfig

    pki = build_pki(Suite(suite))
    stranger = build_pki(Suite(suite))
    authorizer = _RecordingAuthorizer([pki.root(Role.CONTRACT) if trusted else stranger.root(Role.CONTRACT)])
    secc = await secc_server(config=SECCConfig(authorization_methods=("EIM", "PnC")), pnc=authorizer)
    credentials = ContractCredentials(pki.chain(Role.CONTRACT), pki[Role.CONTRACT].key)
    config = evcc_config(authorization=Authorization.PnC, max_charge_loops=3)
    ev = __import__("e2e_harness").make_vehicle(config)
    client = EVCCClient(ev, config, ssl_context=tls.evcc_client_context([certificates.v2g_root]), pnc=credentials)
    report = await client.run("::1", secc.port)
    if trusted:
        assert report.end.kind is EndKind.Terminated and not report.end.error
        assert authorizer.emaids == [pki.emaid]
        assert report.requests.count("DC_ChargeLoopReq") == 3
    else:
        assert report.end.error and "PowerDeliveryReq" not in report.requests
        assert authorizer.emaids == [None]
        assert not ev.contactors_closed


async def test_cancelled_client_leaves_no_power(secc_server, certificates) -> None:
    """Stopping the EVCC task mid-charge (lab abort, shutdown) opens the contactors on both sides."""
    import asyncio

    from e2e_harness import make_vehicle

    secc = await secc_server()
    config = evcc_config(max_charge_loops=None, charge_loop_interval_s=0.01)
    ev = make_vehicle(config)
    client = EVCCClient(ev, config, ssl_context=tls.evcc_client_context([certificates.v2g_root]))
    task = asyncio.create_task(client.run("::1", secc.port))
    async with asyncio.timeout(5):
        while secc.count("DC_ChargeLoopReq") < 3:
            await asyncio.sleep(0.01)
    assert ev.contactors_closed
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not ev.contactors_closed and ev.power_w == 0
    await secc.wait_summaries(1)
    assert not secc.evse.contactors_closed and secc.evse.present_power_w == 0


async def test_charger_stopping_between_messages_tells_the_ev_by_terminate(secc_server, certificates) -> None:
    """An emergency stop (or DRM0) while the EV waits for its next loop: power goes off at once, and the
    EV's next ChargeLoopRes carries EVSENotification Terminate, so it winds down cleanly (no send failure)."""
    import asyncio

    secc = await secc_server()

    def hook(handle, name: str, count: int) -> None:
        if name == "DC_ChargeLoopReq" and count == 3:  # stop once the response is on its way
            asyncio.get_running_loop().call_later(0.05, handle.emergency_stop, "test: charger emergency stop")

    secc.on_request = hook
    report, ev = await run_evcc(evcc_config(charge_loop_interval_s=0.2), secc.port, certificates)
    assert report.end is not None and report.end.kind is EndKind.Terminated, report.end
    assert report.end.reason == "EVSE notification Terminate"
    assert report.requests.count("DC_ChargeLoopReq") >= 4  # the one after the stop got Terminate
    assert not ev.contactors_closed and ev.power_w == 0
    summaries = await secc.wait_summaries(1)
    assert summaries[-1].end_reason == "test: charger emergency stop"
    assert all(not evse.contactors_closed and evse.present_power_w == 0 for evse in secc.evses)
