"""Most restrictive wins, priority within a source, expiry, overrides, DRM4/DRM8 consent."""
import pytest

from secc.grid import DRM, ChangeKind, EVState, LimitRequest, OverridePolicy, OverrideRefused, Ratings, drm_request
from secc.grid.arbitration import IMPORT, arbitrate

T0 = 1_800_000_000.0


def req(source, key, **kw):
    return LimitRequest(source=source, key=key, **kw)


def drm(mode, source="dred", **kw):
    return drm_request(mode, source=source, import_reference_w=10_000.0, export_reference_w=8_000.0, **kw)


def test_most_restrictive_across_sources(make_manager):
    manager = make_manager()
    manager.submit("ocpp", [req("ocpp", "p", import_limit_w=6000.0)])
    manager.submit("openadr", [req("openadr", "e", import_limit_w=4000.0, export_limit_w=7000.0)])
    manager.submit("dred", [drm(DRM.DRM6)])
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w) == (4000.0, 4000.0)
    assert limits.binding_source == "openadr"
    manager.submit("dred", [drm(DRM.DRM1)])
    assert manager.current_limits().import_limit_w == 0.0


def test_hardware_rating_caps_everything(make_manager):
    manager = make_manager()
    manager.submit("ocpp", [req("ocpp", "p", import_limit_w=50_000.0)])
    assert manager.current_limits().import_limit_w == 10_000.0


def test_priority_decides_within_one_source_only():
    ratings, ev = Ratings(10_000.0, 8_000.0), EVState()
    requests = [
        req("csip", "a", import_limit_w=1000.0, priority=10),
        req("csip", "b", import_limit_w=5000.0, priority=1),
        req("ocpp", "c", import_limit_w=3000.0, priority=500),
    ]
    target = arbitrate(requests, T0, ratings, ev)
    assert target.values[IMPORT] == 3000.0 and target.binding[IMPORT].key == "c"
    target = arbitrate(requests[:2], T0, ratings, ev)
    assert target.values[IMPORT] == 5000.0


def test_expiry_and_future_start(make_manager, clock):
    manager = make_manager()
    manager.submit("x", [req("x", "now", import_limit_w=2000.0, expires_at=T0 + 30),
                         req("x", "later", import_limit_w=1000.0, valid_from=T0 + 60, expires_at=T0 + 90)])
    limits = manager.current_limits()
    assert limits.import_limit_w == 2000.0 and manager.next_wakeup() == T0 + 30
    clock.set(T0 + 30)
    assert manager.tick().import_limit_w == 10_000.0
    clock.set(T0 + 60)
    assert manager.tick().import_limit_w == 1000.0
    clock.set(T0 + 90)
    assert manager.tick().import_limit_w == 10_000.0


@pytest.mark.parametrize("mode", [DRM.DRM0, DRM.DRM1, DRM.DRM5])
def test_safety_modes_never_overridable(make_manager, mode):
    manager = make_manager(override_policy=OverridePolicy.UNLIMITED)
    manager.session_started("s1")
    manager.submit("dred", [drm(mode)])
    with pytest.raises(OverrideRefused) as info:
        manager.request_override(mode)
    assert info.value.mode is mode and "never" in info.value.reason
    limits = manager.current_limits()
    assert limits.import_limit_w == 0.0 or limits.export_limit_w == 0.0


def test_override_once_per_session(make_manager):
    manager = make_manager(override_policy=OverridePolicy.ONCE_PER_SESSION)
    manager.submit("dred", [drm(DRM.DRM2)])
    with pytest.raises(OverrideRefused, match="no charging session"):
        manager.request_override(DRM.DRM2)
    manager.session_started("s1")
    limits = manager.request_override(DRM.DRM2)
    assert limits.import_limit_w == 10_000.0
    assert limits.active_modes[0].overridden and manager.status().overrides[0].mode == "DRM2"
    manager.submit("dred", [drm(DRM.DRM3)])  # DRM2 ended: override ends with it
    with pytest.raises(OverrideRefused, match="once in this charging session"):
        manager.request_override(DRM.DRM3)
    assert manager.current_limits().import_limit_w == 7500.0
    manager.session_ended()
    manager.session_started("s2")
    assert manager.request_override(DRM.DRM3).import_limit_w == 10_000.0


def test_override_once_per_day_and_never(make_manager, clock):
    manager = make_manager(override_policy=OverridePolicy.ONCE_PER_DAY)
    manager.submit("dred", [drm(DRM.DRM2)])
    manager.request_override(DRM.DRM2)
    manager.cancel_override(DRM.DRM2)
    assert manager.current_limits().import_limit_w == 5000.0
    with pytest.raises(OverrideRefused, match="today"):
        manager.request_override(DRM.DRM2)
    clock.advance(86400)
    manager.request_override(DRM.DRM2)
    never = make_manager(override_policy=OverridePolicy.NEVER)
    never.submit("dred", [drm(DRM.DRM2)])
    with pytest.raises(OverrideRefused, match="disabled"):
        never.request_override(DRM.DRM2)


def test_override_needs_active_mode_and_may_expire(make_manager, clock):
    manager = make_manager(override_policy=OverridePolicy.UNLIMITED, override_max_s=60)
    with pytest.raises(OverrideRefused, match="not active"):
        manager.request_override(DRM.DRM2)
    manager.submit("dred", [drm(DRM.DRM2)])
    assert manager.request_override(DRM.DRM2).import_limit_w == 10_000.0
    clock.advance(60)
    assert manager.tick().import_limit_w == 5000.0


def test_drm4_honoured_only_when_soc_and_settings_allow(make_manager):
    manager = make_manager()
    manager.submit("dred", [drm(DRM.DRM4)])
    manager.update_ev(EVState(soc_percent=50, target_soc_percent=80))
    assert manager.current_limits().import_increase_requested
    manager.update_ev(EVState(soc_percent=80, target_soc_percent=80))
    limits = manager.current_limits()
    assert not limits.import_increase_requested and "target SoC" in limits.active_modes[0].reason
    manager.update_ev(EVState(soc_percent=10, import_increase_consent=False))
    assert not manager.current_limits().import_increase_requested
    manager.update_ev(EVState(soc_percent=10))
    manager.submit("dred", [drm(DRM.DRM4), drm(DRM.DRM1)])  # subject to other active DRMs
    assert not manager.current_limits().import_increase_requested


@pytest.mark.parametrize(
    "ev, allowed",
    [
        (EVState(soc_percent=60, ev_soc_floor_percent=30, discharge_consent=True, bidirectional=True), True),
        (EVState(soc_percent=100, discharge_consent=True, bidirectional=True), True),  # discharge from 100 % SoC
        (EVState(soc_percent=60, ev_soc_floor_percent=30, discharge_consent=False, bidirectional=True), False),
        (EVState(soc_percent=25, ev_soc_floor_percent=30, discharge_consent=True, bidirectional=True), False),
        (EVState(soc_percent=40, ev_soc_floor_percent=30, user_soc_floor_percent=50, discharge_consent=True, bidirectional=True), False),
        (EVState(soc_percent=60, discharge_consent=True, bidirectional=False), False),
        (EVState(soc_percent=None, discharge_consent=True, bidirectional=True), False),
    ],
)
def test_drm8_honoured_only_with_consent_and_above_floor(make_manager, ev, allowed):
    manager = make_manager()
    manager.submit("dred", [drm(DRM.DRM8)])
    manager.update_ev(ev)
    assert manager.current_limits().export_increase_requested is allowed


def test_drm8_with_drm5_is_not_requested(make_manager):
    manager = make_manager()
    manager.update_ev(EVState(soc_percent=60, discharge_consent=True, bidirectional=True))
    manager.submit("dred", [drm(DRM.DRM8), drm(DRM.DRM5)])
    assert not manager.current_limits().export_increase_requested


def test_disconnect_zeroes_phases_and_wins(make_manager):
    manager = make_manager()
    manager.submit("csip", [req("csip", "c", import_limit_w=9000.0, kind=ChangeKind.SCHEDULE)])
    manager.submit("dred", [drm(DRM.DRM0)])
    limits = manager.current_limits()
    assert limits.disconnect and limits.import_limit_phase_w == (0.0, 0.0, 0.0) and limits.binding_source == "dred"


def test_request_validation():
    from secc.grid import GridDataError

    with pytest.raises(GridDataError):
        req("x", "k", import_limit_w=-1.0)
    with pytest.raises(GridDataError):
        req("x", "k", import_limit_phase_w=(1.0, 2.0))
    with pytest.raises(GridDataError):
        req("x", "k", valid_from=10.0, expires_at=5.0)


def test_submit_rejects_foreign_source(make_manager):
    from secc.grid import GridDataError

    with pytest.raises(GridDataError):
        make_manager().submit("a", [req("b", "k")])
