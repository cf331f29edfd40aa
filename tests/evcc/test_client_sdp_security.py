"""SDP's security request follows the configured protocols (evcc/client.py run_discovered)."""
from __future__ import annotations

import ipaddress
import ssl
from typing import Any

import pytest

from evcc.client import EVCCClient
from evcc.config import EVCCConfig
from evcc.phase import EndKind
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import sdp


def _ev(config: EVCCConfig) -> SimulatedEV:
    return SimulatedEV(battery=BatteryModel(soc=50.0), settings=config.settings,
                       energy_transfer=config.energy_transfer, time_scale=config.time_scale)


@pytest.mark.parametrize("allow_plain_tcp", [False, True])
async def test_a_tls_ev_offering_only_iso15118_20_refuses_a_secc_without_tls(
        monkeypatch: pytest.MonkeyPatch, allow_plain_tcp: bool) -> None:
    asked: list[Any] = []

    async def discover(interface: str, *, security: sdp.Security, **kw: Any) -> sdp.SDPResponse:
        asked.append(security)
        return sdp.SDPResponse(ipaddress.IPv6Address("::1"), 1, sdp.Security.NO_TLS, sdp.TransportProtocol.TCP)

    monkeypatch.setattr(sdp, "discover_secc", discover)
    config = EVCCConfig(allow_plain_tcp=allow_plain_tcp)
    ev = _ev(config)
    client = EVCCClient(ev, config, ssl_context=ssl.create_default_context())
    report = await client.run_discovered("lo")
    assert asked == [sdp.Security.TLS]
    assert report.end is not None and report.end.kind is EndKind.Failed
    assert "SECC offers no TLS" in report.end.reason and report.connections == 0
    assert ("SessionFailed", report.end.reason) in ev.events


async def test_an_ev_without_tls_asks_sdp_for_no_tls(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []

    async def discover(interface: str, *, security: sdp.Security, **kw: Any) -> sdp.SDPResponse:
        asked.append(security)
        raise sdp.SDPTimeoutError(1, 0.25)

    monkeypatch.setattr(sdp, "discover_secc", discover)
    config = EVCCConfig(allow_plain_tcp=True)
    report = await EVCCClient(_ev(config), config, ssl_context=None).run_discovered("lo")
    assert asked == [sdp.Security.NO_TLS]
    assert report.end is not None and "SECC discovery failed" in report.end.reason
