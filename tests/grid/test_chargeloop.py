"""Dynamic ChargeLoop values, enforcement cap and violation tracker."""
import pytest

from secc.grid import (
    DRM,
    EVPowerRequest,
    EVSEPowerLimits,
    EVState,
    GridLimits,
    LimitRequest,
    ViolationState,
    ViolationTracker,
    ac_dynamic_limits,
    dc_dynamic_limits,
    drm_request,
    power_caps,
)
from secc.grid.model import ActiveMode

T0 = 1_800_000_000.0
DC_EVSE = EVSEPowerLimits(max_charge_power_w=20_000.0, max_discharge_power_w=20_000.0, max_charge_current_a=50.0, max_discharge_current_a=50.0)
DC_EV = EVPowerRequest(max_charge_power_w=15_000.0, max_discharge_power_w=12_000.0, present_voltage_v=400.0)


def limits(imp=10_000.0, exp=8_000.0, phases=None, **kw):
    phase_imp = phases or (imp, 0.0, 0.0)
    return GridLimits(revision=1, import_limit_w=imp, export_limit_w=exp, import_limit_phase_w=phase_imp,
                      export_limit_phase_w=kw.pop("export_phases", (exp, 0.0, 0.0)), **kw)


def test_dc_plain_limits():
    out = dc_dynamic_limits(limits(6000.0, 3000.0), DC_EVSE, DC_EV)
    assert out.EVSEMaximumChargePower == 6000.0 and out.EVSEMinimumChargePower == 0.0
    assert out.EVSEMaximumChargeCurrent == pytest.approx(15.0)
    assert out.EVSEMaximumDischargePower == 3000.0 and out.EVSEMaximumDischargeCurrent == pytest.approx(7.5)


def test_dc_hardware_caps_and_unknown_voltage():
    out = dc_dynamic_limits(limits(50_000.0, 50_000.0), DC_EVSE, EVPowerRequest(max_charge_power_w=15_000.0))
    assert out.EVSEMaximumChargePower == 20_000.0 and out.EVSEMaximumChargeCurrent == 50.0


def test_dc_drm4_raises_minimum_charge_and_stops_discharge():
    out = dc_dynamic_limits(limits(10_000.0, 8_000.0, import_increase_requested=True), DC_EVSE, DC_EV)
    assert out.EVSEMinimumChargePower == 10_000.0 and out.EVSEMaximumDischargePower == 0.0


def test_dc_drm8_raises_minimum_discharge_and_stops_charge():
    out = dc_dynamic_limits(limits(10_000.0, 8_000.0, export_increase_requested=True), DC_EVSE, DC_EV)
    assert out.EVSEMinimumDischargePower == 8_000.0 and out.EVSEMaximumChargePower == 0.0 and out.EVSEMinimumChargePower == 0.0


def test_dc_disconnect_is_zero_everywhere():
    out = dc_dynamic_limits(limits(0.0, 0.0, disconnect=True), DC_EVSE, DC_EV)
    assert (out.EVSEMaximumChargePower, out.EVSEMaximumDischargePower, out.EVSEMinimumChargePower) == (0.0, 0.0, 0.0)


AC3 = EVSEPowerLimits(max_charge_power_w=22_000.0, max_discharge_power_w=11_000.0, phases=3, max_current_per_phase_a=32.0,
                      min_current_per_phase_a=6.0, max_reactive_power_var=5000.0, power_quality_support_var=2000.0)
AC_EV = EVPowerRequest(max_charge_power_w=22_000.0, max_discharge_power_w=11_000.0)


def test_ac_total_target_within_import_limit():
    out = ac_dynamic_limits(limits(9000.0, 0.0, phases=(3000.0, 3000.0, 3000.0), export_phases=(0.0, 0.0, 0.0)), AC3, AC_EV)
    assert out.EVSETargetActivePower == pytest.approx(9000.0) and not out.per_phase and out.EVSETargetActivePower_L2 is None


def test_ac_asymmetric_phase_limits_give_per_phase_targets():
    out = ac_dynamic_limits(limits(9000.0, 0.0, phases=(3000.0, 1000.0, 3000.0), export_phases=(0.0, 0.0, 0.0)), AC3, AC_EV)
    assert out.per_phase
    assert (out.EVSETargetActivePower, out.EVSETargetActivePower_L2, out.EVSETargetActivePower_L3) == (3000.0, 1000.0, 3000.0)
    assert out.total_active_power_w == 7000.0


def test_ac_drm8_discharges_as_negative_target():
    lim = limits(22_000.0, 6000.0, phases=(7333.0,) * 3, export_phases=(2000.0,) * 3, export_increase_requested=True)
    out = ac_dynamic_limits(lim, AC3, AC_EV)
    assert out.EVSETargetActivePower == pytest.approx(-6000.0)


def test_ac_below_minimum_current_pauses_or_floors():
    lim = limits(3000.0, 0.0, phases=(1000.0,) * 3, export_phases=(0.0,) * 3)  # 4.3 A per phase < 6 A
    assert power_caps(lim, AC3).charge_w == 0.0
    floored = EVSEPowerLimits(**{**AC3.__dict__, "pause_below_minimum": False})
    assert power_caps(lim, floored).charge_w == pytest.approx(6 * 230 * 3)


def test_ac_reactive_power_request_and_drm3_support():
    lim = limits(9000.0, 0.0, phases=(3000.0,) * 3, export_phases=(0.0,) * 3, reactive_power_var=8000.0)
    assert ac_dynamic_limits(lim, AC3, AC_EV).EVSETargetReactivePower == 5000.0  # clamped to hardware
    lim = limits(9000.0, 0.0, phases=(3000.0,) * 3, export_phases=(0.0,) * 3, power_quality_support=True)
    assert ac_dynamic_limits(lim, AC3, AC_EV).EVSETargetReactivePower == 2000.0
    assert ac_dynamic_limits(lim, EVSEPowerLimits(max_charge_power_w=7400.0), AC_EV).EVSETargetReactivePower is None


def test_ac_single_phase_hardware_current():
    evse = EVSEPowerLimits(max_charge_power_w=7400.0, max_current_per_phase_a=16.0)
    out = ac_dynamic_limits(limits(10_000.0, 0.0), evse, EVPowerRequest(max_charge_power_w=11_000.0))
    assert out.EVSETargetActivePower == pytest.approx(16 * 230)


def test_enforcement_caps_actual_power():
    lim = limits(5000.0, 3000.0)
    assert power_caps(lim, DC_EVSE).clip(9000.0) == 5000.0
    assert power_caps(lim, DC_EVSE).clip(-9000.0) == -3000.0
    assert power_caps(lim, DC_EVSE).clip(2000.0) == 2000.0
    assert power_caps(limits(0.0, 0.0, disconnect=True), DC_EVSE).clip(2000.0) == 0.0


def test_without_grid_limits_the_hardware_alone_caps():
    caps = power_caps(None, DC_EVSE)
    assert (caps.charge_w, caps.discharge_w) == (20_000.0, 20_000.0)
    assert power_caps(None, AC3).charge_w == pytest.approx(22_000.0)  # 3 x 32 A x 230 V = 22 080 W, the rating binds
    assert dc_dynamic_limits(None, DC_EVSE, DC_EV).target_power_w == 15_000.0  # the EV's maximum


def test_dc_target_follows_the_policy_within_the_caps():
    assert dc_dynamic_limits(limits(6000.0, 3000.0), DC_EVSE, DC_EV).target_power_w == 6000.0  # default: the EV's max, capped
    assert dc_dynamic_limits(limits(6000.0, 3000.0), DC_EVSE, DC_EV, desired_power_w=4000.0).target_power_w == 4000.0
    # a discharge set point stays a discharge under grid limits, within the export cap
    assert dc_dynamic_limits(limits(6000.0, 3000.0), DC_EVSE, DC_EV, desired_power_w=-5000.0).target_power_w == -3000.0
    drm4 = limits(10_000.0, 8_000.0, import_increase_requested=True)
    assert dc_dynamic_limits(drm4, DC_EVSE, DC_EV, desired_power_w=-5000.0).target_power_w == 10_000.0
    drm8 = limits(10_000.0, 8_000.0, export_increase_requested=True)
    assert dc_dynamic_limits(drm8, DC_EVSE, DC_EV, desired_power_w=5000.0).target_power_w == -8000.0


def test_dc_and_ac_apply_one_drm_rule():
    """DRM4 and DRM8 move the DC set point and the AC target alike (DRM4 first should both be in force)."""
    for flags in ({"import_increase_requested": True}, {"export_increase_requested": True},
                  {"import_increase_requested": True, "export_increase_requested": True}):
        lim = limits(10_000.0, 8_000.0, **flags)
        ev = EVPowerRequest(max_charge_power_w=15_000.0, max_discharge_power_w=12_000.0)
        evse = EVSEPowerLimits(max_charge_power_w=20_000.0, max_discharge_power_w=20_000.0)
        dc = dc_dynamic_limits(lim, evse, ev, desired_power_w=1000.0).target_power_w
        assert dc == ac_dynamic_limits(lim, evse, ev, desired_power_w=1000.0).total_active_power_w, flags
        assert dc == (10_000.0 if flags.get("import_increase_requested") else -8000.0), flags


def test_violation_tracker_grace():
    tracker = ViolationTracker(grace_s=5.0, tolerance_w=100.0, tolerance_fraction=0.0)
    lim = limits(5000.0, 3000.0)
    assert tracker.update(5050.0, lim, DC_EVSE, T0).state is ViolationState.OK
    verdict = tracker.update(6000.0, lim, DC_EVSE, T0 + 1)
    assert verdict.state is ViolationState.VIOLATING and verdict.excess_w == 1000.0 and verdict.since == T0 + 1
    assert tracker.update(6000.0, lim, DC_EVSE, T0 + 5.9).state is ViolationState.VIOLATING
    assert tracker.update(6000.0, lim, DC_EVSE, T0 + 6).state is ViolationState.TERMINATE
    assert tracker.update(4000.0, lim, DC_EVSE, T0 + 7).state is ViolationState.OK  # back within: reset
    assert tracker.update(-3500.0, lim, DC_EVSE, T0 + 8).state is ViolationState.VIOLATING  # discharge side too
    assert tracker.update(-3500.0, lim, DC_EVSE, T0 + 12).state is ViolationState.VIOLATING
    assert tracker.update(-3500.0, lim, DC_EVSE, T0 + 13).state is ViolationState.TERMINATE


def test_end_to_end_from_manager_to_chargeloop(make_manager):
    manager = make_manager()
    manager.update_ev(EVState(soc_percent=70, discharge_consent=True, bidirectional=True))
    lim = manager.submit("dred", [drm_request(DRM.DRM8, source="dred", import_reference_w=10_000.0, export_reference_w=8_000.0),
                                  drm_request(DRM.DRM7, source="dred", import_reference_w=10_000.0, export_reference_w=8_000.0)])
    out = dc_dynamic_limits(lim, DC_EVSE, DC_EV)
    assert out.EVSEMinimumDischargePower == 6000.0 and out.EVSEMaximumChargePower == 0.0
    assert lim.active_modes == (
        ActiveMode(DRM.DRM7, "dred", 100, None),
        ActiveMode(DRM.DRM8, "dred", 100, None),
    )
    manager.submit("x", [LimitRequest(source="x", key="k", import_limit_w=1.0)])


def test_phases_follow_the_installation_unless_the_evse_says_otherwise(clock):
    from secc.grid import GridConfig, GridLimitManager, Ratings

    manager = GridLimitManager(GridConfig(Ratings(22_000.0, 0.0, phases=3), randomisation_enabled=False), clock=clock)
    lim = manager.submit("s", [LimitRequest(source="s", key="k", import_limit_w=9000.0)])
    assert lim.phases == 3 and lim.import_limit_phase_w == pytest.approx((22_000 / 3,) * 3)  # per-phase: the rating's share
    assert power_caps(lim, DC_EVSE).charge_w == 9000.0  # DC charger on a 3-phase supply: the total applies
    single = EVSEPowerLimits(max_charge_power_w=7400.0, phases=1)
    assert power_caps(lim, single).charge_w == pytest.approx(22_000 / 3)  # a single-phase AC EVSE: L1 only
    lim = manager.submit("s", [LimitRequest(source="s", key="k", import_limit_w=9000.0, import_limit_phase_w=(2000.0, 4000.0, 4000.0))])
    assert power_caps(lim, single).charge_w == 2000.0
    assert power_caps(lim, DC_EVSE).charge_w == 9000.0


def test_ac_zero_target_is_plain_zero():
    out = ac_dynamic_limits(limits(0.0, 0.0), EVSEPowerLimits(max_charge_power_w=7400.0), EVPowerRequest(max_charge_power_w=7400.0))
    assert out.EVSETargetActivePower == 0.0 and str(out.EVSETargetActivePower) == "0.0"
