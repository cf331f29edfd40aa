"""Our SECC over real TLS 1.3 on loopback against a raw client that misbehaves on purpose.

Sequence errors, unknown session, every timeout, malformed EXI, bad V2GTP headers, TLS failures,
disconnects and hardware faults: each gets the -20 response code (where a response is possible),
the session ends with power off, and the server keeps serving.
"""
from __future__ import annotations

import asyncio
import dataclasses
import json
import ssl
import struct
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from e2e_harness import dred_session

from iso15118 import exi, tls, v2gtp
from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import responseCodeType as RC
from iso15118.session.timers import SessionTiming
from iso15118.session.units import from_rational as F
from pki.testpki import build_pki, write_pki
from evcc import probe as p
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.controller import ControlMode as M, EnergyService as S, EVSENotification, MeterReading
from secc.server import SECCServer
from secc.session import SessionCallbacks
from secc.simulator import SimulatedEVSE, SimulatorSettings

Progress = cm.chargeProgressType


@dataclass(frozen=True)
class PKIFiles:
    secc_chain: Path
    secc_key: Path
    v2g_root: Path
    other_root: Path  # a V2G root that did not sign the SECC's chain


@pytest.fixture(scope="module")
def pki_files(tmp_path_factory: pytest.TempPathFactory) -> PKIFiles:
    out = tmp_path_factory.mktemp("secc-neg-pki")
    manifest = write_pki(build_pki(), out)
    other = tmp_path_factory.mktemp("secc-neg-other")
    other_manifest = write_pki(build_pki(), other)
    secc = manifest["files"]["secc"]
    return PKIFiles(out / secc["chain"], out / secc["key"], out / manifest["trust"]["v2g"],
                    other / other_manifest["trust"]["v2g"])


class CrashingEVSE(SimulatedEVSE):
    """A controller with a bug: the session must end safely, the server must live on."""

    async def meter_reading(self) -> MeterReading:
        if self.contactors_closed:
            raise RuntimeError("bug in the charger's meter driver")
        return await super().meter_reading()


@dataclass
class Harness:
    server: SECCServer
    pki: PKIFiles
    evses: list[SimulatedEVSE] = field(default_factory=list)
    traces: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.port

    async def connect(self, roots: list[Path] | None = None) -> v2gtp.V2GTPConnection:
        ctx = tls.evcc_client_context(roots or [self.pki.v2g_root])
        return await v2gtp.open_connection("::1", self.port, ssl_context=ctx)

    async def probe(self) -> p.ProbeClient:
        return p.ProbeClient(await self.connect(), timeout=5.0)

    async def ended(self, count: int = 1, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while len(self.server.summaries) < count:
                await asyncio.sleep(0.01)

    @property
    def reason(self) -> str:
        return self.server.summaries[-1].end_reason

    def assert_power_off(self) -> None:
        for evse in self.evses:
            assert not evse.contactors_closed and evse.present_power_w == 0
            assert evse.power_off_calls >= 1


@pytest.fixture
async def secc(pki_files: PKIFiles, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    servers: list[SECCServer] = []

    async def start(config: SECCConfig | None = None, settings: SimulatorSettings | None = None,
                    evse_class: type[SimulatedEVSE] = SimulatedEVSE, log_path: str | None = None) -> Harness:
        ctx = tls.secc_server_context(pki_files.secc_chain, pki_files.secc_key, client_auth=tls.ClientAuth.NONE)
        harness: Harness

        def factory() -> SimulatedEVSE:
            evse = evse_class(dataclasses.replace(settings or SimulatorSettings()))
            harness.evses.append(evse)
            return evse

        server = SECCServer(config or SECCConfig(), factory, ssl_context=ctx, log_path=log_path,
                            callbacks=SessionCallbacks())
        harness = Harness(server, pki_files)
        server.callbacks.trace = harness.traces.append
        await server.start("::1", 0)
        servers.append(server)
        return harness

    yield start
    for server in servers:
        await server.close()


def timing(**changes: float) -> SessionTiming:
    return dataclasses.replace(SessionTiming(), **changes)


async def expect_closed(conn: v2gtp.V2GTPConnection) -> None:
    with pytest.raises(v2gtp.V2GTPConnectionClosed):
        await conn.receive(timeout=3.0)


async def good_session(h: Harness, service: S = S.DC, mode: M = M.Dynamic) -> None:
    c = await h.probe()
    await c.start_charging(service, mode)
    res = await c.request(p.charge_loop(c.session_id, service, mode))
    assert res.ResponseCode is RC.OK
    for r in await c.stop(service):
        assert r.ResponseCode is RC.OK
    await c.conn.close()


# --- sequence and session errors -------------------------------------------------------------


async def test_sequence_error_then_session_end(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.request(p.sap_request(True))
    res = await c.request(p.authorization_setup(bytes(8)))  # SessionSetup skipped
    assert isinstance(res, cm.AuthorizationSetupRes) and res.ResponseCode is RC.FAILED_SequenceError
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason.startswith("FAILED_SequenceError")


async def test_charge_loop_before_power_delivery_is_refused_without_power(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.setup(S.DC, M.Dynamic)
    res = await c.request(p.charge_loop(c.session_id, S.DC, M.Dynamic))
    assert res.ResponseCode is RC.FAILED_SequenceError
    await h.ended()
    h.assert_power_off()


async def test_unknown_session(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.request(p.sap_request(False))
    await c.request(p.session_setup())
    res = await c.request(p.authorization_setup(b"\xde\xad\xbe\xef\x00\x00\x00\x01"))
    assert res.ResponseCode is RC.FAILED_UnknownSession
    await expect_closed(c.conn)


# --- timeouts ----------------------------------------------------------------------------------


async def test_sequence_timeout_while_charging_powers_off(secc) -> None:
    h = await secc(SECCConfig(timing=timing(sequence_timeout=0.4)))
    c = await h.probe()
    await c.start_charging(S.AC, M.Scheduled)
    assert h.evses[0].contactors_closed
    await expect_closed(c.conn)  # the EV went silent
    await h.ended()
    assert h.reason == "V2G_SECC_Sequence_Timeout"
    h.assert_power_off()


async def test_performance_time_exceeded_answers_failed(secc) -> None:
    perf = {name: 0.1 for name in SessionTiming().performance_time}
    h = await secc(SECCConfig(timing=timing(performance_time=perf)), SimulatorSettings(response_delay_s=0.4))
    c = await h.probe()
    await c.request(p.sap_request(True))
    await c.request(p.session_setup())
    await c.request(p.authorization_setup(c.session_id))
    res = await c.request(p.authorization_eim(c.session_id))  # the controller answers too slowly
    assert res.ResponseCode is RC.FAILED
    await expect_closed(c.conn)
    await h.ended()
    assert "Performance_Time" in h.reason
    h.assert_power_off()


async def test_ongoing_timeout_ends_authorization(secc) -> None:
    h = await secc(SECCConfig(timing=timing(ongoing_timeout=0.3)), SimulatorSettings(authorization_delay_s=60))
    c = await h.probe()
    await c.request(p.sap_request(True))
    await c.request(p.session_setup())
    await c.request(p.authorization_setup(c.session_id))
    codes = []
    for _ in range(20):
        res = await c.request(p.authorization_eim(c.session_id))
        codes.append(res.ResponseCode)
        if res.ResponseCode is not RC.OK:
            break
        await asyncio.sleep(0.1)
    assert codes[0] is RC.OK and codes[-1] is RC.FAILED
    await h.ended()


async def test_cable_check_timeout(secc) -> None:
    h = await secc(SECCConfig(timing=timing(cable_check_timeout=0.3)), SimulatorSettings(cable_check_duration_s=60))
    c = await h.probe()
    await c.setup(S.DC, M.Scheduled)
    await c.request(p.charge_parameter_discovery(c.session_id, S.DC))
    await c.request(p.schedule_exchange(c.session_id, M.Scheduled))
    for _ in range(20):
        res = await c.request(p.cable_check(c.session_id))
        if res.ResponseCode is not RC.OK:
            break
        await asyncio.sleep(0.1)
    assert res.ResponseCode is RC.FAILED
    await h.ended()
    h.assert_power_off()


async def test_ev_ignoring_terminate_notification_is_stopped(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.DC_BPT, M.Dynamic)
    h.evses[0].handle.notify(EVSENotification.Terminate, 1)
    res = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert res.EVSEStatus.EVSENotification.value == "Terminate" and res.EVSEStatus.NotificationMaxDelay == 1
    with pytest.raises(v2gtp.V2GTPError):
        for _ in range(30):  # the EV keeps charging as if nothing happened
            await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
            await asyncio.sleep(0.1)
    await h.ended()
    assert h.reason == "EV did not stop within NotificationMaxDelay"
    h.assert_power_off()


# --- malformed input -----------------------------------------------------------------------------


async def test_malformed_exi_ends_the_session_with_power_off(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.AC_BPT, M.Dynamic)
    await c.conn.send(v2gtp.PayloadType.MAIN, b"\x80\xff\xff\xff\x00\x13")
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason.startswith("malformed message")
    h.assert_power_off()
    await good_session(h)  # the server keeps serving


def _frame(version: int, inverse: int, payload_type: int, length: int, payload: bytes = b"") -> bytes:
    return struct.pack(">BBHI", version, inverse, payload_type, length) + payload


BAD_HEADERS = {
    "wrong-version": _frame(0x02, 0xFD, 0x8001, 4, b"\x80\x00\x00\x00"),
    "wrong-inverse": _frame(0x01, 0xFF, 0x8001, 4, b"\x80\x00\x00\x00"),
    "unknown-payload-type": _frame(0x01, 0xFE, 0x1234, 4, b"\x80\x00\x00\x00"),
    "oversized-length": _frame(0x01, 0xFE, 0x8002, 0xFFFFFFF0),
    "sdp-on-tcp": _frame(0x01, 0xFE, 0x9000, 2, b"\x00\x00"),
    "schedule-renegotiation-type": _frame(0x01, 0xFE, 0x8101, 4, b"\x80\x00\x00\x00"),
}


@pytest.mark.parametrize("frame", BAD_HEADERS.values(), ids=BAD_HEADERS.keys())
async def test_bad_v2gtp_header_closes_the_connection(secc, frame: bytes) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.DC, M.Scheduled)
    c.conn._writer.write(frame)  # raw bytes on the TLS stream
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason.startswith(("V2GTP error", "malformed message"))
    h.assert_power_off()


async def test_truncated_frame_then_disconnect(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.AC, M.Dynamic)
    c.conn._writer.write(_frame(0x01, 0xFE, 0x8002, 100, b"\x80"))
    await c.conn.close()
    await h.ended()
    assert "connection closed" in h.reason or "V2GTP error" in h.reason
    h.assert_power_off()


async def test_disconnect_mid_charge_powers_off(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.DC_BPT, M.Scheduled)
    assert h.evses[0].contactors_closed
    await c.conn.close()
    await h.ended()
    assert h.reason.startswith("connection closed")
    h.assert_power_off()


# --- TLS failures ------------------------------------------------------------------------------


async def test_plain_tcp_client_is_refused_by_a_tls_secc(secc) -> None:
    h = await secc()
    reader, writer = await asyncio.open_connection("::1", h.port)
    writer.write(v2gtp.pack(v2gtp.PayloadType.SAP, exi.encode(p.sap_request(True))))
    await writer.drain()
    data = await asyncio.wait_for(reader.read(100), 3.0)
    assert not data.startswith(b"\x01\xfe")  # never a V2GTP answer in clear text
    writer.close()
    await good_session(h)
    assert not h.server.summaries or all(s.messages == 0 for s in list(h.server.summaries)[:-1])


async def test_tls12_client_is_refused(secc) -> None:
    h = await secc()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    with pytest.raises((ssl.SSLError, ConnectionError, tls.TLSHandshakeError)):
        conn = await v2gtp.open_connection("::1", h.port, ssl_context=ctx)
        await conn.receive(timeout=2.0)
    await good_session(h, S.AC, M.Scheduled)


async def test_ev_not_trusting_the_secc_chain_fails_the_handshake(secc) -> None:
    h = await secc()
    with pytest.raises((tls.TLSHandshakeError, ssl.SSLError)):
        await h.connect([h.pki.other_root])
    await good_session(h)


async def test_plain_tcp_needs_the_explicit_lab_setting() -> None:
    server = SECCServer(SECCConfig(), SimulatedEVSE, ssl_context=None)
    with pytest.raises(tls.PlainTCPNotAllowedError):
        await server.start("::1", 0)


# --- hardware faults, crashes, control events ----------------------------------------------------


async def test_contactor_error(secc) -> None:
    h = await secc(settings=SimulatorSettings(contactor_fault=True))
    c = await h.probe()
    responses = await c.start_charging(S.AC, M.Dynamic)
    assert isinstance(responses[-1], cm.PowerDeliveryRes)
    assert responses[-1].ResponseCode is RC.FAILED_ContactorError
    await h.ended()
    assert h.reason.startswith("FAILED_ContactorError")
    h.assert_power_off()


async def test_controller_bug_ends_only_its_session(secc) -> None:
    h = await secc(evse_class=CrashingEVSE)
    c = await h.probe()
    await c.start_charging(S.DC, M.Dynamic)
    with pytest.raises(v2gtp.V2GTPError):
        await c.request(p.charge_loop(c.session_id, S.DC, M.Dynamic, meter=True))
    await h.ended()
    assert h.reason.startswith("internal error")
    h.assert_power_off()
    await good_session(h)  # meter not asked while charging: the next session is fine


async def test_emergency_stop_from_the_controller(secc) -> None:
    """The EV stays silent after the stop: the SECC waits charge_loop_watchdog_s for it, then hangs up."""
    h = await secc(SECCConfig(charge_loop_watchdog_s=0.5))
    c = await h.probe()
    await c.start_charging(S.AC, M.Scheduled)
    h.evses[0].handle.emergency_stop("emergency button")
    await expect_closed(c.conn)
    await h.ended()
    assert h.reason == "emergency button"
    h.assert_power_off()


Limits = GridLimits.flat  # (revision, import W, export W, disconnect=): what an integrator without a manager sets


async def test_grid_limits_reach_the_ev_and_drm0_stops(secc) -> None:
    h = await secc(SECCConfig(charge_loop_watchdog_s=0.5))
    sent: list[int] = []
    h.server.callbacks.grid_limits_sent = lambda sid, rev, at: sent.append(rev)
    c = await h.probe()
    await c.start_charging(S.DC_BPT, M.Dynamic)
    h.server.apply_grid_limits(Limits(7, 15000, 0))
    res = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert F(res.CLResControlMode.EVSEMaximumChargePower) == pytest.approx(15000, rel=1e-3)
    assert sent == [7] and h.evses[0].present_power_w == pytest.approx(15000, rel=1e-3)
    h.server.apply_grid_limits(Limits(8, 0, 0, disconnect=True))
    await expect_closed(c.conn)
    await h.ended()
    assert "DRM0" in h.reason
    h.assert_power_off()


async def test_many_concurrent_sessions_and_json_log(secc, tmp_path: Path) -> None:
    log_dir = tmp_path / "log"
    log_dir.mkdir()
    h = await secc(log_path=str(log_dir))
    combos = [(s, m) for s in (S.AC, S.DC, S.AC_BPT, S.DC_BPT) for m in M] * 3
    await asyncio.gather(*(good_session(h, s, m) for s, m in combos))
    await h.ended(len(combos))
    assert all(s.end_reason == "terminated by the EV" for s in h.server.summaries)
    h.assert_power_off()
    files = list(log_dir.glob("*.jsonl"))
    assert len(files) == len(combos)
    lines = [json.loads(line) for line in files[0].read_text().splitlines()]
    assert lines[0]["dir"] == "rx" and lines[0]["type"] == "supportedAppProtocolReq"
    assert lines[-1]["event"] == "session_end"
    assert any(" SECC -> DC_ChargeLoopRes " in t for t in h.traces)
    assert any(" SECC -> supportedAppProtocolRes " in t and t.endswith(" protocol=ISO15118-20") for t in h.traces)


async def test_notification_posted_from_another_thread(secc) -> None:
    h = await secc()
    c = await h.probe()
    await c.start_charging(S.AC, M.Dynamic)
    await asyncio.to_thread(h.evses[0].handle.notify, EVSENotification.Pause, 5)
    await asyncio.sleep(0.05)
    res = await c.request(p.charge_loop(c.session_id, S.AC, M.Dynamic))
    assert res.EVSEStatus.EVSENotification.value == "Pause"
    for r in await c.stop(S.AC, cm.chargingSessionType.Pause):
        assert r.ResponseCode is RC.OK
    await h.ended()
    assert h.server.summaries[-1].paused
    h.assert_power_off()


# --- command line --------------------------------------------------------------------------------


async def test_secc_cli_serves_a_session_and_stops_on_sigterm() -> None:
    import signal
    import sys

    example = Path(__file__).resolve().parents[2] / "secc" / "examples" / "secc.toml"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "secc.cli", str(example), "--port", "0",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
        assert "listening on port" in line and "PLAIN TCP" in line
        port = int(line.split("port ")[1].split()[0])
        conn = await v2gtp.open_connection("::1", port, ssl_context=None, allow_plain_tcp=True)
        c = p.ProbeClient(conn)
        await c.start_charging(S.AC_BPT, M.Scheduled)
        await c.request(p.charge_loop(c.session_id, S.AC_BPT, M.Scheduled))
        for r in await c.stop(S.AC_BPT):
            assert r.ResponseCode is RC.OK
        await conn.close()
        out = []
        while not any(l.startswith("session ") for l in out):
            out.append((await asyncio.wait_for(proc.stdout.readline(), 10)).decode())
        assert any(" SECC <- AC_ChargeLoopReq " in l for l in out)
        assert "ended: terminated by the EV" in out[-1]
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 10) == 0
        assert b"PLAIN TCP" in await proc.stderr.read()  # the lab-mode warning, once per session
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_grid_manager_drm_signals_reach_the_session_and_drm0_stops_it(secc) -> None:
    import random

    from secc.grid import GridConfig, GridLimitManager, Ratings
    from secc.grid.model import DRM

    grid = GridLimitManager(GridConfig(Ratings(import_w=11_000, export_w=11_000, phases=3)), rng=random.Random(1))
    h, c, drm_input, dred = await dred_session(secc, grid, S.DC_BPT, M.Dynamic, [DRM.DRM2])
    res = await c.request(p.charge_loop(c.session_id, S.DC_BPT, M.Dynamic))
    assert F(res.CLResControlMode.EVSEMaximumChargePower) == pytest.approx(5500, rel=1e-3)
    assert h.evses[0].present_power_w <= 5500 * 1.001
    revision = grid.current_limits().revision
    assert grid.audit.get(revision).time_sent_to_ev is not None
    drm_input.set([DRM.DRM0])
    dred.poll()
    await expect_closed(c.conn)
    await h.ended()
    assert "DRM0" in h.reason
    h.assert_power_off()
