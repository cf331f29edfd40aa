"""DRM0-DRM8 through the DRED adapter, with fixed and dynamic references, and each input backend."""
import struct

import pytest

from secc.grid import DRM, EVState, GridDataError, ReferenceConfig, ReferenceKind
from secc.grid.sources import dred
from secc.grid.sources.dred import (
    CharDevGPIODRMInput,
    DREDAdapter,
    DREDInputError,
    FileDRMInput,
    SimulatedDRMInput,
    SysfsGPIODRMInput,
    parse_modes,
)

# mode -> (import limit, export limit, disconnect) with a fixed 10 kW / 8 kW reference
EXPECTED = {
    DRM.DRM0: (0.0, 0.0, True),
    DRM.DRM1: (0.0, 8000.0, False),
    DRM.DRM2: (5000.0, 8000.0, False),
    DRM.DRM3: (7500.0, 8000.0, False),
    DRM.DRM4: (10000.0, 8000.0, False),
    DRM.DRM5: (10000.0, 0.0, False),
    DRM.DRM6: (10000.0, 4000.0, False),
    DRM.DRM7: (10000.0, 6000.0, False),
    DRM.DRM8: (10000.0, 8000.0, False),
}


@pytest.mark.parametrize("mode", list(DRM))
def test_each_drm_gives_its_limits(make_manager, mode):
    manager = make_manager()
    drm_input = SimulatedDRMInput()
    adapter = DREDAdapter(manager, drm_input)
    drm_input.set([mode])
    assert adapter.poll()
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w, limits.disconnect) == EXPECTED[mode]
    assert limits.modes == ({mode} if mode is not DRM.DRM8 else frozenset())  # DRM8 needs discharge consent
    assert [m.mode for m in limits.active_modes] == [mode]
    assert limits.power_quality_support == (mode in (DRM.DRM3, DRM.DRM7))


def test_drm4_and_drm8_are_requests_flagged_when_allowed(make_manager):
    manager = make_manager()
    drm_input = SimulatedDRMInput([DRM.DRM4])
    adapter = DREDAdapter(manager, drm_input)
    adapter.poll()
    assert manager.current_limits().import_increase_requested  # default EV state: extra import allowed
    drm_input.set([DRM.DRM8])
    adapter.poll()
    limits = manager.current_limits()
    assert not limits.import_increase_requested and not limits.export_increase_requested
    assert limits.active_modes[0].honoured is False and "bidirectional" in limits.active_modes[0].reason


def test_several_modes_at_once_are_independent(make_manager):
    manager = make_manager()
    drm_input = SimulatedDRMInput([DRM.DRM2, DRM.DRM6])
    DREDAdapter(manager, drm_input).poll()
    limits = manager.current_limits()
    assert (limits.import_limit_w, limits.export_limit_w) == (5000.0, 4000.0)
    drm_input.set([DRM.DRM2, DRM.DRM3, DRM.DRM1])
    DREDAdapter(manager, drm_input).poll()
    assert manager.current_limits().import_limit_w == 0.0


def test_dynamic_reference_uses_average_before_event_and_keeps_it(make_manager, clock):
    manager = make_manager(reference=ReferenceConfig(ReferenceKind.DYNAMIC, window_s=300))
    drm_input = SimulatedDRMInput()
    adapter = DREDAdapter(manager, drm_input)
    manager.report_power(6000.0, clock.time())
    clock.advance(150)
    manager.report_power(2000.0)
    clock.advance(150)  # 5-minute average: (6000*150 + 2000*150) / 300 = 4000
    drm_input.set([DRM.DRM2])
    adapter.poll()
    assert manager.current_limits().import_limit_w == pytest.approx(2000.0)
    manager.report_power(1500.0)
    clock.advance(600)
    adapter.poll()  # still asserted: the reference captured at assertion stays
    assert manager.current_limits().import_limit_w == pytest.approx(2000.0)


def test_fixed_reference_unit_below_limit_does_nothing_but_may_not_rise(make_manager):
    manager = make_manager()
    manager.report_power(4000.0)  # 40 %
    drm_input = SimulatedDRMInput([DRM.DRM2])
    DREDAdapter(manager, drm_input).poll()
    assert manager.current_limits().import_limit_w == 5000.0


def test_release_restores_limits(make_manager):
    manager = make_manager()
    drm_input = SimulatedDRMInput([DRM.DRM0])
    adapter = DREDAdapter(manager, drm_input)
    adapter.poll()
    assert manager.current_limits().disconnect
    drm_input.set([])
    adapter.poll()
    limits = manager.current_limits()
    assert not limits.disconnect and limits.import_limit_w == 10000.0 and limits.active_modes == ()


def test_parse_modes():
    assert parse_modes("DRM2 drm5") == {DRM.DRM2, DRM.DRM5}
    assert parse_modes("2,5;0") == {DRM.DRM0, DRM.DRM2, DRM.DRM5}
    assert parse_modes(" none\n") == frozenset()
    assert parse_modes("") == frozenset()
    with pytest.raises(GridDataError):
        parse_modes("DRM9")
    with pytest.raises(GridDataError):
        parse_modes("DRMx")


def test_file_input(tmp_path, make_manager):
    path = tmp_path / "drm"
    path.write_text("DRM3\n")
    manager = make_manager()
    adapter = DREDAdapter(manager, FileDRMInput(path))
    assert adapter.poll()
    assert manager.current_limits().import_limit_w == 7500.0
    path.write_text("DRM3 DRM5")
    assert adapter.poll()
    assert manager.current_limits().export_limit_w == 0.0
    assert not adapter.poll()  # unchanged


def test_file_input_errors_are_typed_and_do_not_change_limits(tmp_path, make_manager):
    path = tmp_path / "drm"
    with pytest.raises(DREDInputError):
        FileDRMInput(path).read()
    path.write_text("DRM42")
    with pytest.raises(DREDInputError):
        FileDRMInput(path).read()
    manager = make_manager()
    adapter = DREDAdapter(manager, FileDRMInput(path))
    assert not adapter.poll()
    assert manager.current_limits().import_limit_w == 10000.0


def test_sysfs_gpio_active_low(tmp_path):
    for line, value in ((17, "0"), (18, "1"), (19, "0")):
        (tmp_path / f"gpio{line}").mkdir()
        (tmp_path / f"gpio{line}" / "value").write_text(value + "\n")
    lines = {DRM.DRM0: 17, DRM.DRM1: 18, DRM.DRM2: 19}
    assert SysfsGPIODRMInput(lines, root=tmp_path).read() == {DRM.DRM0, DRM.DRM2}
    assert SysfsGPIODRMInput(lines, root=tmp_path, active_low=False).read() == {DRM.DRM1}
    (tmp_path / "gpio19" / "value").write_text("x")
    with pytest.raises(DREDInputError):
        SysfsGPIODRMInput(lines, root=tmp_path).read()
    with pytest.raises(GridDataError):
        SysfsGPIODRMInput({DRM.DRM0: 1, DRM.DRM1: 1})


def test_chardev_gpio_uses_kernel_uapi_layout():
    assert dred.GPIO_GET_LINEHANDLE_IOCTL == 0xC16CB403  # values from include/uapi/linux/gpio.h
    assert dred.GPIOHANDLE_GET_LINE_VALUES_IOCTL == 0xC040B408
    calls, closed = [], []

    def fake_ioctl(fd, request, buf):
        calls.append((fd, request))
        if request == dred.GPIO_GET_LINEHANDLE_IOCTL:
            fields = struct.unpack("=64II64s32sIi", bytes(buf))
            assert fields[:3] == (5, 6, 9) and fields[64] == 1 | 4 and fields[-2] == 3
            assert fields[-3].rstrip(b"\0") == b"secc-dred"
            buf[-4:] = struct.pack("=i", 42)
        else:
            assert fd == 42
            buf[0:3] = bytes([1, 0, 1])
        return 0

    gpio = CharDevGPIODRMInput(
        "/dev/gpiochip9", {DRM.DRM0: 5, DRM.DRM1: 6, DRM.DRM5: 9}, ioctl=fake_ioctl, opener=lambda p, f: 3, closer=closed.append
    )
    assert gpio.read() == {DRM.DRM0, DRM.DRM5}
    assert gpio.read() == {DRM.DRM0, DRM.DRM5}
    assert calls == [(3, dred.GPIO_GET_LINEHANDLE_IOCTL), (42, dred.GPIOHANDLE_GET_LINE_VALUES_IOCTL), (42, dred.GPIOHANDLE_GET_LINE_VALUES_IOCTL)]
    assert closed == [3]
    gpio.close()
    assert closed == [3, 42]


def test_chardev_gpio_open_failure_is_typed(tmp_path):
    with pytest.raises(DREDInputError):
        CharDevGPIODRMInput(tmp_path / "nochip", {DRM.DRM0: 1}).read()


def test_drm8_honoured_with_bidirectional_consent_and_soc(make_manager):
    manager = make_manager()
    DREDAdapter(manager, SimulatedDRMInput([DRM.DRM8])).poll()
    manager.update_ev(EVState(soc_percent=80, ev_soc_floor_percent=20, discharge_consent=True, bidirectional=True))
    assert manager.current_limits().export_increase_requested
