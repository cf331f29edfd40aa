"""Sessions as OCPP transactions over real websockets: EIM through Authorize, TransactionEvents with
meter values and stop reasons, RequestStart/StopTransaction, and no event lost while the CSMS is
offline for a whole session and the station restarts before it comes back."""
from __future__ import annotations

import asyncio

import pytest

from e2e_harness import evcc_config, run_evcc

from evcc.phase import EndKind
from secc.ocpp.config import OCPPConfig
from secc.ocpp.csms_sim import Policy
from secc.ocpp.station import OCPPStation

POLICY = dict(passwords={"CS001": "secret"})


def events(sim):
    return sim.calls("TransactionEvent")


def measurands(event) -> dict[str, float]:
    return {v["measurand"]: v["value"] for mv in event.get("meterValue", []) for v in mv["sampledValue"]}


async def test_eim_session_is_one_transaction(csms, station_secc, certificates, version) -> None:
    sim = await csms(versions=(version,), policy=Policy(**POLICY))
    station, secc = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    report, ev = await run_evcc(evcc_config(charge_loop_interval_s=0.05), secc.port, certificates)
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    assert sim.calls("Authorize") == [{"idToken": {"idToken": "TOKEN-1", "type": "Central"}}]
    assert [e["seqNo"] for e in got] == list(range(len(got)))
    assert len({e["transactionInfo"]["transactionId"] for e in got}) == 1
    kinds = [(e["eventType"], e["triggerReason"]) for e in got]
    assert kinds[:3] == [("Started", "CablePluggedIn"), ("Updated", "Authorized"), ("Updated", "ChargingStateChanged")]
    assert got[1]["idToken"] == {"idToken": "TOKEN-1", "type": "Central"}
    assert got[2]["transactionInfo"]["chargingState"] == "Charging"
    end = got[-1]
    assert end["transactionInfo"]["stoppedReason"] == "StoppedByEV"
    assert measurands(end)["Energy.Active.Import.Register"] == float(int(secc.evse.charged_wh))
    assert measurands(end)["Energy.Active.Import.Register"] > 0
    assert "Energy.Active.Export.Register" in measurands(end)
    assert not any(e.get("offline") for e in got)
    # the connector's last StatusNotification may follow the Ended event: wait for it
    statuses = await sim.wait_for(lambda: (s := [x["connectorStatus"] for x in sim.calls("StatusNotification")])[2:] and s)
    assert statuses == ["Available", "Occupied", "Available"]


async def test_blocked_id_token_refuses_the_ev_without_power(csms, station_secc, certificates) -> None:
    sim = await csms(policy=Policy(id_tokens={"TOKEN-1": "Blocked"}, **POLICY))
    station, secc = await station_secc(sim)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    report, _ = await run_evcc(evcc_config(), secc.port, certificates)
    assert "DC_ChargeLoopReq" not in report.requests and "PowerDeliveryReq" not in report.requests
    assert secc.evse.charged_wh == 0
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    assert [e["eventType"] for e in got] == ["Started", "Ended"]
    assert got[-1]["transactionInfo"]["stoppedReason"] == "DeAuthorized", got[-1]
    assert "WARNING_EIMAuthorizationFailure" in report.end.reason, report.end


async def test_periodic_meter_values_with_power(csms, station_secc, certificates) -> None:
    sim = await csms(policy=Policy(**POLICY))
    station, secc = await station_secc(sim, meter_interval_s=0.05)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    config = evcc_config(charge_loop_interval_s=0.05, max_charge_loops=8)
    await run_evcc(config, secc.port, certificates)
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    periodic = [e for e in got if e["triggerReason"] == "MeterValuePeriodic"]
    assert periodic and all("Energy.Active.Import.Register" in measurands(e) for e in periodic)
    assert any(measurands(e).get("Power.Active.Import", 0) > 0 for e in periodic)
    imported = [measurands(e)["Energy.Active.Import.Register"] for e in got if e.get("meterValue")]
    assert imported == sorted(imported)  # registers never run backwards


async def test_offline_for_a_whole_session_and_a_restart(csms, station_secc, certificates, tmp_path) -> None:
    """CSMS unreachable during the session, station restarted before it returns: every event arrives
    once, in seqNo order, flagged offline; the EIM token is accepted by the offline policy."""
    sim = await csms(policy=Policy(**POLICY))
    await sim.offline()
    station, secc = await station_secc(sim)
    report, _ = await run_evcc(evcc_config(), secc.port, certificates)
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    await secc.wait_summaries(1)
    queued = len(station.store)
    assert queued >= 4 and not sim.log
    await station.close()  # the station restarts: only the sqlite file survives
    again = OCPPStation(station.config)
    await again.start()
    try:
        await sim.online()
        got = await sim.wait_for(lambda: len(events(sim)) >= queued and events(sim))
        await asyncio.sleep(0.2)  # nothing more (no duplicates) follows
        got = events(sim)
        assert len(got) == queued
        assert [e["seqNo"] for e in got] == list(range(queued))
        assert [e["eventType"] for e in got][0] == "Started" and got[-1]["eventType"] == "Ended"
        assert all(e["offline"] is True for e in got)
        await sim.wait_for(lambda: len(again.store) == 0)
    finally:
        await again.close()


async def test_a_transaction_open_at_restart_is_ended_as_power_loss(csms, tmp_path) -> None:
    sim = await csms(policy=Policy(**POLICY))
    config = OCPPConfig(csms_url=sim.url, station_id="CS001", password="secret", reconnect_min_s=0.05,
                        queue_path=str(tmp_path / "q.sqlite"))
    await sim.offline()
    first = OCPPStation(config)
    await first.start()
    first._event("Started", "CablePluggedIn", "tx-1", 1, transaction_info={"chargingState": "EVConnected"})
    await first.close()  # power loss mid-transaction
    second = OCPPStation(config)
    await second.start()
    try:
        await sim.online()
        got = await sim.wait_for(lambda: len(events(sim)) == 2 and events(sim))
        assert [(e["eventType"], e["seqNo"]) for e in got] == [("Started", 0), ("Ended", 1)]
        assert got[1]["transactionInfo"]["stoppedReason"] == "PowerLoss" and got[1]["offline"] is True
        assert second.store.open_transactions() == []
    finally:
        await second.close()


async def test_remote_start_and_stop(csms, station_secc, certificates, version) -> None:
    sim = await csms(versions=(version,), policy=Policy(**POLICY))
    station, secc = await station_secc(sim, eim_id_token=None)
    await sim.wait_station("CS001")
    answer = await sim.send("CS001", "RequestStartTransaction", id_token={"id_token": "APP-7", "type": "Central"},
                            remote_start_id=42, evse_id=1)
    assert answer.status == "Accepted"
    config = evcc_config(charge_loop_interval_s=0.05, max_charge_loops=200)
    ev_task = asyncio.ensure_future(run_evcc(config, secc.port, certificates))
    started = await sim.wait_for(lambda: [e for e in events(sim) if e["transactionInfo"].get("chargingState") == "Charging"])
    tx = started[0]["transactionInfo"]["transactionId"]
    stop = await sim.send("CS001", "RequestStopTransaction", transaction_id=tx)
    assert stop.status == "Accepted"
    report, _ = await asyncio.wait_for(ev_task, 30)
    assert report.requests.count("DC_ChargeLoopReq") < 200  # stopped by the CSMS, not by the EV's loop budget
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    assert got[0]["triggerReason"] == "RemoteStart" and got[0]["transactionInfo"]["remoteStartId"] == 42
    assert got[1]["idToken"] == {"idToken": "APP-7", "type": "Central"} and not sim.calls("Authorize")
    assert (got[-1]["triggerReason"], got[-1]["transactionInfo"]["stoppedReason"]) == ("RemoteStop", "Remote")


async def test_an_event_the_csms_keeps_refusing_is_set_aside_not_lost(csms, station_secc, certificates) -> None:
    """CALLERROR: retried MessageAttempts times, then kept in the set_aside table; later events still flow."""
    sim = await csms(policy=Policy(refuse_transaction_events=3, **POLICY))
    station, secc = await station_secc(sim, message_attempts=3)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    await run_evcc(evcc_config(), secc.port, certificates)
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    assert [e["seqNo"] for e in got[:3]] == [0, 0, 0]  # three refused attempts of Started
    assert [e["seqNo"] for e in got[3:]] == list(range(1, len(got) - 2))
    ((item, error),) = station.store.set_aside_items()
    assert item.payload["eventType"] == "Started" and "InternalError" in error
    await sim.wait_for(lambda: len(station.store) == 0)  # the last answer reaches the station after the CSMS logged it


def test_stop_reason_and_response_code_mapping() -> None:
    from iso15118.messages.common_types import responseCodeType as RC
    from secc.ocpp.mapping import pnc_response_code, stopped_reason

    assert stopped_reason("terminated by the EV") == "StoppedByEV"
    assert stopped_reason("terminated by the EV", authorized=False) == "DeAuthorized"
    assert stopped_reason("terminated by the EV", remote_stop=True) == "Remote"
    assert stopped_reason("SECC shutting down") == "Reboot"
    assert stopped_reason("V2G_SECC_Sequence_Timeout") == "Timeout"
    assert stopped_reason("connection closed: reset by peer") == "EVDisconnected"
    assert stopped_reason("grid: disconnect requested (DRM0)") == "EmergencyStop"
    assert pnc_response_code("Accepted", None, RC.OK_CertificateExpiresSoon) is RC.OK_CertificateExpiresSoon
    assert pnc_response_code("Accepted", "SignatureError", RC.OK) is RC.FAILED_SignatureError
    assert pnc_response_code("NotAtThisTime", "Accepted", RC.OK) is RC.WARNING_GeneralPnCAuthorizationError


@pytest.mark.parametrize("profile", [2, 3])
async def test_session_over_tls_security_profiles(csms, station_secc, certificates, tls_files, profile) -> None:
    """The same transaction over wss:// with Basic auth (profile 2) and with mutual TLS (profile 3)."""
    from secc.ocpp.csms_sim import server_ssl_context

    ctx = server_ssl_context(str(tls_files.server_cert), str(tls_files.server_key),
                             str(tls_files.ca) if profile == 3 else None)
    sim = await csms(policy=Policy(**POLICY) if profile == 2 else Policy(), ssl_context=ctx)
    extra = dict(security_profile=profile, csms_ca=str(tls_files.ca))
    if profile == 3:
        extra.update(password=None, client_cert=str(tls_files.station_cert), client_key=str(tls_files.station_key))
    station, secc = await station_secc(sim, **extra)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    report, _ = await run_evcc(evcc_config(), secc.port, certificates)
    assert not report.end.error, report.end
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    assert [e["seqNo"] for e in got] == list(range(len(got))) and sim.calls("Authorize")


async def test_card_presented_at_the_evse(csms, station_secc, certificates) -> None:
    """No configured token: the EV waits (Ongoing) until a card is presented, then Authorize decides."""
    sim = await csms(policy=Policy(**POLICY))
    station, secc = await station_secc(sim, eim_id_token=None)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    ev = asyncio.ensure_future(run_evcc(evcc_config(ongoing_poll_interval_s=0.05), secc.port, certificates))
    await sim.wait_for(lambda: events(sim))  # plugged in, waiting for the card
    assert not sim.calls("Authorize")
    station.present_id_token(1, "04A1B2C3D4")
    report, _ = await asyncio.wait_for(ev, 30)
    assert not report.end.error, report.end
    assert sim.calls("Authorize") == [{"idToken": {"idToken": "04A1B2C3D4", "type": "ISO14443"}}]


async def test_csms_lost_mid_session(csms, station_secc, certificates) -> None:
    """Online at the start, unreachable from charging on, back after the session: one ordered stream;
    only what happened while unreachable is flagged offline. The message in flight when the connection
    broke (received by the CSMS, answer lost) is sent again: at-least-once, the CSMS sees the same seqNo."""
    sim = await csms(policy=Policy(**POLICY))
    station, secc = await station_secc(sim, meter_interval_s=0.05)
    await asyncio.wait_for(station.link.connected.wait(), 10)
    ev = asyncio.ensure_future(run_evcc(evcc_config(charge_loop_interval_s=0.05, max_charge_loops=20), secc.port,
                                        certificates))
    await sim.wait_for(lambda: len(events(sim)) >= 2)  # Started, Authorized delivered online
    await sim.offline()
    report, _ = await asyncio.wait_for(ev, 30)
    assert not report.end.error, report.end
    await secc.wait_summaries(1)
    await sim.online()
    got = await sim.wait_for(lambda: (e := events(sim)) and e[-1]["eventType"] == "Ended" and e)
    seq = [e["seqNo"] for e in got]
    distinct = [n for i, n in enumerate(seq) if i == 0 or n != seq[i - 1]]
    assert distinct == list(range(len(distinct)))  # in order, none missing
    assert len(seq) - len(distinct) <= 1  # at most the one in flight repeated
    assert not any(e.get("offline") for e in got[:2]) and got[-1]["offline"] is True
