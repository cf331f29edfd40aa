"""Audit entries, the remote agent's status, and fallback on loss of a grid signal source."""
import json

import pytest

from secc.grid import DRM, FallbackPolicy, GridLimitManager, LimitRequest, UnknownRevision, drm_request
from secc.grid.sources.dred import DREDAdapter, FileDRMInput

T0 = 1_800_000_000.0


def drm(mode):
    return drm_request(mode, source="dred", import_reference_w=10_000.0, export_reference_w=8_000.0)


def test_audit_entry_for_every_change_with_all_times(make_manager, clock):
    manager = make_manager()
    seen = []
    manager.subscribe(seen.append)
    manager.current_limits()
    clock.advance(1)
    received = clock.time()
    limits = manager.submit("dred", [drm(DRM.DRM2)])
    assert seen[-1] == limits
    entry = manager.audit.get(limits.revision)
    assert (entry.source, entry.mode, entry.old_import_limit_w, entry.new_import_limit_w) == ("dred", "DRM2", 10_000.0, 5000.0)
    assert entry.time_received == received and entry.time_published == received
    clock.advance(0.05)
    manager.mark_sent_to_ev(limits.revision)
    manager.report_power(7000.0)  # EV still above the limit
    assert entry.time_power_complied is None
    clock.advance(2)
    manager.report_power(4950.0)
    assert entry.time_sent_to_ev == pytest.approx(received + 0.05)
    assert entry.time_power_complied == pytest.approx(received + 2.05)
    assert len(manager.audit.entries()) == 2 and len(seen) == 2
    manager.submit("dred", [drm(DRM.DRM2)])  # no change: no entry, no notification
    assert len(manager.audit.entries()) == 2 and len(seen) == 2


def test_superseded_and_explicit_marks(make_manager):
    manager = make_manager()
    first = manager.submit("dred", [drm(DRM.DRM3)])
    second = manager.submit("dred", [drm(DRM.DRM2)])
    assert manager.audit.get(first.revision).superseded
    assert manager.mark_power_complied(second.revision, T0 + 3)
    assert manager.mark_power_complied(second.revision, T0 + 9)  # the first time stays
    assert manager.audit.get(second.revision).time_power_complied == T0 + 3
    assert not manager.mark_sent_to_ev(999)  # unknown: logged, never raised into a session
    with pytest.raises(UnknownRevision):
        manager.audit.get(999)


def test_status_is_json_for_the_remote_agent(make_manager, clock):
    manager = make_manager()
    manager.register_source("csip", heartbeat_timeout_s=60)
    manager.submit("dred", [drm(DRM.DRM2)])
    manager.submit("csip", [LimitRequest(source="csip", key="evening", import_limit_w=3000.0, valid_from=T0 + 3600, expires_at=T0 + 7200)])
    manager.report_power(4000.0)
    status = manager.status()
    data = json.loads(json.dumps(status.to_json()))
    assert data["import_limit_w"] == 5000.0
    assert data["active_modes"][0]["mode"] == "DRM2" and data["active_modes"][0]["source"] == "dred"
    assert data["present_power_w"] == 4000.0
    assert data["communication_loss"] is False
    assert data["recent_events"][-1]["mode"] == "DRM2"
    assert {s["name"] for s in data["sources"]} == {"csip", "dred"}
    assert data["scheduled_events"] == [{"source": "csip", "key": "evening", "mode": None, "valid_from": T0 + 3600,
                                         "expires_at": T0 + 7200, "import_limit_w": 3000.0, "export_limit_w": None}]


def test_keep_last_on_communication_loss(make_manager, clock):
    manager = make_manager(fallback=FallbackPolicy.KEEP_LAST)
    manager.register_source("csip", heartbeat_timeout_s=30)
    manager.submit("csip", [LimitRequest(source="csip", key="a", import_limit_w=4000.0)])
    assert manager.next_wakeup() == T0 + 30
    clock.advance(30)
    limits = manager.tick()
    assert limits.import_limit_w == 4000.0
    status = manager.status()
    assert status.communication_loss and status.sources[0].communication_lost
    manager.heartbeat("csip")
    assert not manager.status().communication_loss


def test_default_on_communication_loss_and_back(make_manager, clock):
    manager = make_manager(fallback=FallbackPolicy.DEFAULT, fallback_import_w=2000.0, fallback_export_w=0.0)
    manager.register_source("csip", heartbeat_timeout_s=30)
    manager.submit("csip", [LimitRequest(source="csip", key="a", import_limit_w=6000.0)])
    clock.advance(29)
    assert manager.tick().import_limit_w == 6000.0
    clock.advance(1)
    limits = manager.tick()
    assert (limits.import_limit_w, limits.export_limit_w) == (2000.0, 0.0)
    entry = manager.audit.latest
    assert entry.reason == "communication loss: csip" and entry.source == "fallback:csip"
    clock.advance(5)
    manager.heartbeat("csip")
    assert manager.current_limits().import_limit_w == 6000.0


def test_dred_read_failures_become_communication_loss(tmp_path, make_manager, clock):
    path = tmp_path / "drm"
    path.write_text("DRM2")
    manager = make_manager(fallback=FallbackPolicy.DEFAULT, fallback_import_w=0.0)
    adapter = DREDAdapter(manager, FileDRMInput(path), heartbeat_timeout_s=3)
    adapter.poll()
    path.unlink()
    for _ in range(3):
        clock.advance(1)
        adapter.poll()
        manager.tick()
    assert manager.current_limits().import_limit_w == 0.0 and manager.status().communication_loss


def test_faulty_subscriber_does_not_break_others(make_manager):
    manager = make_manager()
    got = []

    def broken(limits):
        raise RuntimeError("boom")

    manager.subscribe(broken)
    unsubscribe = manager.subscribe(got.append)
    manager.submit("dred", [drm(DRM.DRM2)])
    assert got and got[-1].import_limit_w == 5000.0
    unsubscribe()
    manager.submit("dred", [drm(DRM.DRM3)])
    assert len(got) == 1


def test_bad_heartbeat_timeout(make_manager):
    from secc.grid import GridDataError

    with pytest.raises(GridDataError):
        make_manager().register_source("x", heartbeat_timeout_s=0)


def test_system_clock_default():
    from secc.grid import GridConfig, Ratings

    manager = GridLimitManager(GridConfig(Ratings(1000.0)))
    assert manager.current_limits().computed_at > 1.6e9
