"""DIN SPEC 70121 end to end: our EVCC against our SECC over real TCP on loopback, DC to SessionStop,
the negative paths (FAILED codes, timeouts, emergency stop, a silent EV) and SupportedAppProtocol
choosing DIN beside -20."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from e2e_harness import Certificates, SECCHarness, evcc_config, make_vehicle

from evcc.client import EVCCClient, SessionReport
from evcc.phase import EndKind
from evcc.simulator import SimulatedEV
from iso15118 import exi, tls, v2gtp
from iso15118.messages.app_protocol import responseCodeType, supportedAppProtocolRes
from iso15118.session.timers import SessionTiming
from iso15118.v2gtp import PayloadType
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.controller import AuthorizationStatus, IsolationStatus
from secc.simulator import SimulatorSettings

DIN_ONLY = ("DIN70121",)
BOTH = ("ISO15118-20", "DIN70121")


@pytest.fixture
def din_secc(secc_server: Callable[..., Any]) -> Callable[..., Any]:
    """Our SECCServer on ::1: plain TCP (DIN as in the field), or TLS 1.3 with `tls_on=True`."""

    async def start(config: SECCConfig | None = None, settings: SimulatorSettings | None = None,
                    **kw: Any) -> SECCHarness:
        return await secc_server(config or SECCConfig(protocols=DIN_ONLY), settings, tls_on=kw.pop("tls_on", False), **kw)

    return start


async def run_ev(port: int, *, protocols: tuple[str, ...] = DIN_ONLY, ssl_context: Any = None,
                 ev: SimulatedEV | None = None, **kw: Any) -> tuple[SessionReport, SimulatedEV]:
    config = evcc_config(protocols=protocols, evcc_id="00:1B:C5:0B:53:7E", **kw)
    ev = ev or make_vehicle(config)
    client = EVCCClient(ev, config, ssl_context=ssl_context)
    return await asyncio.wait_for(client.run("::1", port), 30), ev


def assert_power_off(h: SECCHarness) -> None:
    evse = h.evse
    assert evse.power_off_calls >= 1 and not evse.contactors_closed and evse.current_a == 0


async def test_din_dc_session_runs_to_session_stop(din_secc) -> None:
    h = await din_secc()
    report, ev = await run_ev(h.port)
    assert report.end is not None and report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert report.protocols == ["DIN70121"]
    (summary,) = await h.wait_summaries(1)
    assert summary.protocol == "DIN70121" and summary.end_reason == "terminated by the EV"
    assert summary.evcc_id == "001BC50B537E"
    assert h.requests[1:7] == ["SessionSetupReq", "ServiceDiscoveryReq", "ServicePaymentSelectionReq",
                              "ContractAuthenticationReq", "ChargeParameterDiscoveryReq", "CableCheckReq"]
    assert h.count("CurrentDemandReq") == 10 and h.requests[-1] == "SessionStopReq"
    assert h.count("WeldingDetectionReq") >= 1 and h.count("PreChargeReq") >= 1
    assert report.energy_in_wh > 0 and summary.charged_wh >= 0
    assert ev.contactors_closed is False
    assert_power_off(h)


async def test_din_session_with_ongoing_authorization_and_cable_check(din_secc) -> None:
    h = await din_secc(settings=SimulatorSettings(authorization_delay_s=0.1, cable_check_duration_s=0.1))
    report, _ = await run_ev(h.port)
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert h.count("ContractAuthenticationReq") > 1 and h.count("CableCheckReq") > 1


# --- negative paths -----------------------------------------------------------------------------


async def test_authorization_rejected_fails_both_sides_with_power_off(din_secc) -> None:
    h = await din_secc(settings=SimulatorSettings(authorization_result=AuthorizationStatus.REJECTED))
    report, _ = await run_ev(h.port)
    assert report.end.kind is EndKind.Failed and "ContractAuthenticationRes: FAILED" in report.end.reason
    (summary,) = await h.wait_summaries(1)
    assert summary.end_reason.startswith("FAILED: authorization rejected")
    assert_power_off(h)


async def test_isolation_fault_fails_the_cable_check(din_secc) -> None:
    h = await din_secc(settings=SimulatorSettings(isolation_result=IsolationStatus.FAULT))
    report, _ = await run_ev(h.port)
    assert report.end.kind is EndKind.Failed and "CableCheckRes: FAILED" in report.end.reason
    assert_power_off(h)


async def test_slow_controller_answers_failed_before_the_ev_times_out(din_secc) -> None:
    """A controller slower than DIN's answer budget: FAILED in the request's own response, power off."""
    budget = 1.5 * 0.05
    config = SECCConfig(protocols=DIN_ONLY, timing=SECCConfig().timing.scaled(0.05))
    h = await din_secc(config, SimulatorSettings(response_delay_s=budget * 4))
    report, _ = await run_ev(h.port)
    assert report.end.kind is EndKind.Failed and ": FAILED" in report.end.reason, report.end
    (summary,) = await h.wait_summaries(1)
    assert "V2G_SECC_Msg_Performance_Time" in summary.end_reason
    assert_power_off(h)


async def test_ev_times_out_when_the_charger_goes_silent_after_negotiation() -> None:
    """A charger that chooses DIN, then never answers SessionSetupReq: DIN's V2G_EVCC_Msg_Timeout ends it."""
    async def silent_after_sap(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        header = await reader.readexactly(8)
        await reader.readexactly(int.from_bytes(header[4:], "big"))
        res = supportedAppProtocolRes(ResponseCode=responseCodeType.OK_SuccessfulNegotiation, SchemaID=1)
        writer.write(v2gtp.pack(PayloadType.SAP, exi.encode(res)))
        await writer.drain()
        await reader.read()  # reads SessionSetupReq and never answers
        writer.close()

    server = await asyncio.start_server(silent_after_sap, "::1", 0)
    try:
        report, _ = await run_ev(server.sockets[0].getsockname()[1], timing=SessionTiming().scaled(0.1))
    finally:
        server.close()
    assert report.end.kind is EndKind.Failed and report.protocols == ["DIN70121"]
    assert report.end.reason == "V2G_EVCC_Msg_Timeout (0.2 s) waiting for the answer to SessionSetupReq"


async def test_emergency_stop_mid_current_demand_powers_off_and_the_ev_winds_down(din_secc) -> None:
    h = await din_secc()
    h.on_request = lambda handle, name, n: handle.emergency_stop("emergency button") if (name, n) == ("CurrentDemandReq", 3) else None
    report, ev = await run_ev(h.port, max_charge_loops=50)
    (summary,) = await h.wait_summaries(1)
    assert summary.end_reason == "emergency button"
    assert report.end is not None and "StopCharging" in report.end.reason and "EVSE_EmergencyShutdown" in report.end.reason
    assert h.count("CurrentDemandReq") < 10  # the EV stopped at the StopCharging it was told
    assert h.requests[-1] in ("SessionStopReq", "WeldingDetectionReq", "PowerDeliveryReq")
    assert not ev.contactors_closed
    assert_power_off(h)


async def test_silent_ev_in_current_demand_is_powered_off_by_the_watchdog(din_secc) -> None:
    watchdog = 0.5
    h = await din_secc(SECCConfig(protocols=DIN_ONLY, charge_loop_watchdog_s=watchdog))
    frozen = asyncio.Event()

    class FreezingEV(SimulatedEV):
        async def status(self) -> Any:  # the EV's software hangs after 3 loops; its TCP connection stays open
            if h.count("CurrentDemandReq") >= 3:
                frozen.set()
                await asyncio.sleep(3600)
            return await super().status()

    config = evcc_config(protocols=DIN_ONLY, max_charge_loops=50)
    ev = FreezingEV(battery=make_vehicle(config).battery, settings=config.settings, time_scale=config.time_scale)
    task = asyncio.create_task(run_ev(h.port, ev=ev, max_charge_loops=50))
    try:
        (summary,) = await h.wait_summaries(1, timeout=watchdog + 10)
    finally:
        task.cancel()
    assert frozen.is_set()
    assert summary.end_reason.startswith("charge-loop watchdog"), summary.end_reason
    assert_power_off(h)


# --- SupportedAppProtocol: DIN beside -20 -------------------------------------------------------


async def test_secc_with_both_picks_din_for_an_ev_offering_din_only(din_secc) -> None:
    h = await din_secc(SECCConfig(protocols=BOTH), lab_plain=True)
    report, _ = await run_ev(h.port, protocols=DIN_ONLY)
    assert report.protocols == ["DIN70121"] and report.end.kind is EndKind.Terminated


async def test_ev_offering_both_over_plain_tcp_gets_din(din_secc) -> None:
    h = await din_secc(SECCConfig(protocols=BOTH), lab_plain=True)
    report, _ = await run_ev(h.port, protocols=BOTH)
    assert report.protocols == ["DIN70121"] and report.end.kind is EndKind.Terminated, report.end


async def test_ev_offering_both_over_tls_gets_minus_20(din_secc, certificates: Certificates) -> None:
    h = await din_secc(SECCConfig(protocols=BOTH), tls_on=True)
    report, _ = await run_ev(h.port, protocols=BOTH, ssl_context=tls.evcc_client_context([certificates.v2g_root]))
    assert report.protocols == ["ISO15118-20"] and report.end.kind is EndKind.Terminated, report.end
    (summary,) = await h.wait_summaries(1)
    assert summary.protocol == "ISO15118-20"


async def test_din_ev_against_a_minus_20_only_secc_fails_negotiation(din_secc) -> None:
    h = await din_secc(SECCConfig(protocols=("ISO15118-20",)), lab_plain=True)
    report, _ = await run_ev(h.port, protocols=DIN_ONLY)
    assert report.end.kind is EndKind.Failed and report.protocols == []
    (summary,) = await h.wait_summaries(1)
    assert "no common protocol" in summary.end_reason


# --- grid limits the DIN way ----------------------------------------------------------------------


async def test_grid_limit_reaches_the_din_ev_in_current_demand_res(din_secc) -> None:
    h = await din_secc()
    h.on_request = lambda handle, name, n: handle.update_grid_limits(GridLimits.flat(1, 10_000.0)) if (name, n) == ("CurrentDemandReq", 2) else None
    report, ev = await run_ev(h.port, max_charge_loops=8)
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert ev.evse_limits is not None and ev.evse_limits.max_charge_power_w == 10_000


async def test_drm0_mid_current_demand_powers_off_with_utility_interrupt(din_secc) -> None:
    h = await din_secc()
    h.on_request = lambda handle, name, n: handle.update_grid_limits(GridLimits.flat(1, 0.0, disconnect=True)) if (name, n) == ("CurrentDemandReq", 3) else None
    report, ev = await run_ev(h.port, max_charge_loops=50)
    (summary,) = await h.wait_summaries(1)
    assert summary.end_reason.startswith("grid disconnect")
    assert "EVSE_UtilityInterruptEvent" in report.end.reason and not ev.contactors_closed
    assert_power_off(h)


async def test_one_charger_serves_minus_20_over_tls_and_din_over_its_tcp_port(din_secc, certificates: Certificates) -> None:
    """The field setup: -20 on the TLS port, DIN on the plain TCP port beside it (SDP gives each its port)."""
    h = await din_secc(SECCConfig(protocols=BOTH), tls_on=True, tcp_listener=True)
    din_report, _ = await run_ev(h.tcp_port, protocols=DIN_ONLY)
    d20_report, _ = await run_ev(h.port, protocols=BOTH, ssl_context=tls.evcc_client_context([certificates.v2g_root]))
    assert din_report.protocols == ["DIN70121"] and din_report.end.kind is EndKind.Terminated, din_report.end
    assert d20_report.protocols == ["ISO15118-20"] and d20_report.end.kind is EndKind.Terminated, d20_report.end
    summaries = await h.wait_summaries(2)
    assert [s.protocol for s in summaries] == ["DIN70121", "ISO15118-20"]
