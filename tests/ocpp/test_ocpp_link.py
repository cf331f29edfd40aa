"""The station's OCPP connection over real websockets on loopback: versions, security profiles 1-3,
boot, heartbeat, status notifications, reconnect with backoff."""
from __future__ import annotations

import asyncio

import pytest

from secc.ocpp.config import OCPPConfig
from secc.ocpp.csms_sim import Policy, server_ssl_context
from secc.ocpp.errors import OCPPUnavailable


async def test_boot_status_heartbeat_each_version(csms, link, version) -> None:
    sim = await csms(versions=(version,), policy=Policy(passwords={"CS001": "secret"}, heartbeat_interval_s=1))
    station = await link(sim, evses=2)
    await asyncio.wait_for(station.connected.wait(), 10)
    assert station.version == f"ocpp{version}"
    boot = sim.calls("BootNotification")
    assert boot == [{"chargingStation": {"model": "SECC", "vendorName": "iso15118-stack"}, "reason": "PowerUp"}]
    statuses = await sim.wait_for(lambda: len(sim.calls("StatusNotification")) == 2 and sim.calls("StatusNotification"))
    assert sorted((s["evseId"], s["connectorId"], s["connectorStatus"]) for s in statuses) == [
        (1, 1, "Available"), (2, 1, "Available")]
    assert station.heartbeat_interval_s == 1.0  # from BootNotificationResponse
    await sim.wait_for(lambda: sim.calls("Heartbeat"), timeout=5)


@pytest.mark.parametrize("offered, chosen", [(("2.0.1",), "ocpp2.0.1"), (("2.0.1", "2.1"), "ocpp2.1")])
async def test_the_csms_chooses_among_the_offered_versions(csms, link, offered, chosen) -> None:
    sim = await csms(versions=("2.1", "2.0.1"), policy=Policy(passwords={"CS001": "secret"}))
    station = await link(sim, versions=offered)
    await asyncio.wait_for(station.connected.wait(), 10)
    assert station.version == chosen


async def test_no_common_version_never_connects(csms, link) -> None:
    sim = await csms(versions=("2.0.1",), policy=Policy(passwords={"CS001": "secret"}))
    station = await link(sim, versions=("2.1",))
    await asyncio.sleep(0.5)
    assert not station.connected.is_set() and station.connections == 0
    with pytest.raises(OCPPUnavailable):
        await station.call("Heartbeat")


async def test_profile1_wrong_password_is_refused(csms, link) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "right"}))
    station = await link(sim, password="wrong")
    await asyncio.sleep(0.5)
    assert station.connections == 0 and not sim.calls("BootNotification")


async def test_profile2_tls_server_auth(csms, link, tls_files) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}),
                     ssl_context=server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key), None))
    assert sim.url.startswith("wss://")
    station = await link(sim, security_profile=2, csms_ca=str(tls_files.ca))
    await asyncio.wait_for(station.connected.wait(), 10)
    assert sim.calls("BootNotification")


async def test_profile2_untrusted_csms_is_refused(csms, link, tls_files) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}),
                     ssl_context=server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key), None))
    station = await link(sim, security_profile=2, csms_ca=str(tls_files.other_ca))
    await asyncio.sleep(0.5)
    assert station.connections == 0 and not sim.log


async def test_profile3_mutual_tls(csms, link, tls_files) -> None:
    ctx = server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key), str(tls_files.ca))
    sim = await csms(ssl_context=ctx)
    station = await link(sim, security_profile=3, password=None, csms_ca=str(tls_files.ca),
                         client_cert=str(tls_files.station_cert), client_key=str(tls_files.station_key))
    await asyncio.wait_for(station.connected.wait(), 10)
    assert sim.calls("BootNotification")


async def test_profile3_csms_refuses_a_station_without_certificate(csms, link, tls_files) -> None:
    ctx = server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key), str(tls_files.ca))
    sim = await csms(ssl_context=ctx)
    station = await link(sim, security_profile=2, csms_ca=str(tls_files.ca))  # Basic auth, no certificate
    await asyncio.sleep(0.5)
    assert station.connections == 0 and not sim.log


async def test_reconnects_after_the_csms_was_offline_without_a_new_boot(csms, link) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}))
    station = await link(sim)
    await asyncio.wait_for(station.connected.wait(), 10)
    await sim.wait_for(lambda: sim.calls("StatusNotification"))
    await sim.offline()
    await sim.wait_for(lambda: not station.connected.is_set())
    await asyncio.sleep(0.3)  # a few failed attempts with backoff
    await sim.online()
    await sim.wait_station("CS001")
    await asyncio.wait_for(station.connected.wait(), 10)
    assert station.connections == 2
    assert len(sim.calls("BootNotification")) == 1  # same process: the CSMS knows it
    await sim.wait_for(lambda: len(sim.calls("StatusNotification")) == 2)  # connector status re-sent after the reconnect


async def test_boot_pending_is_retried_until_accepted(csms, link) -> None:
    sim = await csms(policy=Policy(passwords={"CS001": "secret"}, boot_status="Pending", heartbeat_interval_s=1))
    station = await link(sim)
    await sim.wait_for(lambda: sim.calls("BootNotification"))
    assert not station.connected.is_set()
    sim.policy.boot_status = "Accepted"
    await asyncio.wait_for(station.connected.wait(), 10)
    assert len(sim.calls("BootNotification")) == 2


@pytest.mark.parametrize("change, message", [
    (dict(csms_url="http://x"), "ws:// or wss://"),
    (dict(security_profile=2), "needs wss://"),
    (dict(password=None), "needs password"),
    (dict(csms_url="wss://x", security_profile=3, password=None), "client_cert"),
    (dict(versions=("1.6",)), "versions"),
])
def test_config_errors(change, message) -> None:
    from secc.config import ConfigError
    from secc.ocpp.config import _check

    base = dict(csms_url="ws://localhost:9000/ocpp", station_id="CS001", password="p")
    with pytest.raises(ConfigError, match=message):
        _check(OCPPConfig(**{**base, **change}))


async def test_profile3_certificate_must_name_the_station(csms, link, tls_files) -> None:
    ctx = server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key), str(tls_files.ca))
    sim = await csms(ssl_context=ctx)
    station = await link(sim, station_id="CS002", security_profile=3, password=None, csms_ca=str(tls_files.ca),
                         client_cert=str(tls_files.station_cert), client_key=str(tls_files.station_key))  # CN=CS001
    await asyncio.sleep(0.5)
    assert not station.connected.is_set() and not sim.calls("BootNotification")
