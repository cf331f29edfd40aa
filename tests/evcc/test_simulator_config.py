"""Battery model, simulated EV and TOML config loading."""
from __future__ import annotations

from pathlib import Path

import pytest
from evcc_fakes import FakeClock

from evcc.config import ConfigError, EVCCConfig, config_from_dict, load_file
from evcc.controller import ControlMode, EnergyTransfer, UserSettings
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118.session import vocabulary


def test_ocv_rises_with_soc_and_stays_in_range() -> None:
    b = BatteryModel()
    volts = []
    for soc in range(0, 101, 5):
        b.soc = soc
        volts.append(b.open_circuit_voltage())
    assert volts == sorted(volts)
    assert volts[0] == pytest.approx(b.voltage_empty_v) and volts[-1] == pytest.approx(b.voltage_full_v)


def test_power_curves_taper() -> None:
    b = BatteryModel(soc=50)
    assert b.charge_power_limit() == b.max_charge_power_w
    b.soc = 90
    assert 0 < b.charge_power_limit() < b.max_charge_power_w
    b.soc = 100
    assert b.charge_power_limit() == 0
    b.soc = 10
    assert 0 < b.discharge_power_limit() < b.max_discharge_power_w
    b.soc = 5
    assert b.discharge_power_limit() == 0


def test_apply_clamps_at_full() -> None:
    b = BatteryModel(capacity_wh=1000, soc=99)
    moved = b.apply(10_000, 3600)
    assert moved == pytest.approx(10) and b.soc == 100


async def test_simulated_ev_integrates_with_time_scale() -> None:
    clock = FakeClock()
    ev = SimulatedEV(battery=BatteryModel(capacity_wh=60_000, soc=50), clock=clock, time_scale=60.0)
    await ev.set_contactors(True)
    await ev.on_power_transfer(60_000, 400)
    clock.t += 60  # one real minute = one simulated hour
    await ev.on_power_transfer(-30_000, 400)
    clock.t += 30
    await ev.set_contactors(False)
    assert ev.energy_in_wh == pytest.approx(60_000 * 0.5)  # battery full after half an hour
    assert ev.energy_out_wh == pytest.approx(15_000)
    assert ev.battery.soc == pytest.approx(75)
    assert ev.power_w == 0


async def test_no_power_with_open_contactors() -> None:
    clock = FakeClock()
    ev = SimulatedEV(clock=clock)
    await ev.on_power_transfer(50_000, 400)
    clock.t += 100
    status = await ev.status()
    assert ev.energy_in_wh == 0 and status.present_active_power_w == 0


async def test_ac_limits_capped_by_onboard_charger() -> None:
    ev = SimulatedEV(energy_transfer=EnergyTransfer.AC, settings=UserSettings(discharge_allowed=True))
    status = await ev.status()
    assert status.limits.max_charge_power_w == ev.ac_max_power_w
    assert status.limits.max_discharge_power_w == ev.ac_max_power_w


def test_config_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "ev.toml"
    path.write_text(
        '[evcc]\nenergy_transfer = "AC"\nbpt = true\ncontrol_mode = "Scheduled"\n'
        "[evcc.settings]\ntarget_soc = 90\ndischarge_allowed = true\n[battery]\nsoc = 20\n"
    )
    file = load_file(path)
    config = file.evcc
    assert config.energy_transfer is EnergyTransfer.AC and config.bpt
    assert config.control_mode is ControlMode.Scheduled
    assert config.settings.target_soc == 90 and config.settings.discharge_allowed
    assert file.battery.values == {"soc": 20.0}
    assert config_from_dict({}) == EVCCConfig()


def test_the_ev_speaks_the_shared_vocabulary() -> None:
    """One ControlMode and one ConfigError for both sides: a TOML "Dynamic" is the ControlMode parameter 2."""
    assert ControlMode is vocabulary.ControlMode and ConfigError is vocabulary.ConfigError
    assert config_from_dict({"control_mode": "Dynamic"}).control_mode == vocabulary.ControlMode.Dynamic == 2


@pytest.mark.parametrize(
    "data, message",
    [
        ({"bogus": 1}, r"\[evcc\] unknown key\(s\) bogus"),
        ({"control_mode": "Sometimes"}, r"control_mode must be one of 'Scheduled', 'Dynamic', not 'Sometimes'"),
        ({"control_mode": 2}, r"control_mode must be one of 'Scheduled', 'Dynamic', not 2"),  # names, not numbers
        ({"energy_transfer": "dc"}, r"energy_transfer must be one of 'AC', 'DC', not 'dc'"),
        ({"settings": {"colour": "red"}}, r"\[evcc.settings\] unknown key\(s\) colour"),
        ({"bpt": "yes"}, r"\[evcc\] bpt must be true or false, not 'yes'"),
        ({"max_charge_loops": 2.5}, "max_charge_loops must be an integer"),
        ({"charge_loop_interval_s": "fast"}, "charge_loop_interval_s must be a number"),
        ({"settings": {"discharge_allowed": 1}}, "discharge_allowed must be true or false"),
        ({"settings": "full"}, r"\[evcc.settings\] must be a table"),
        ({"settings": {"target_soc": 120}}, "percentage"),
    ],
)
def test_config_errors(data, message) -> None:
    with pytest.raises(ConfigError, match=message):
        config_from_dict(data)


def test_timing_scale_shortens_every_evcc_timer() -> None:
    config = config_from_dict({"timing_scale": 0.1})
    assert config.timing.evcc_timeout("DC_ChargeLoopReq") == pytest.approx(0.05)
    assert config.timing.evcc_ongoing_timeout == pytest.approx(6.0)
    with pytest.raises(ConfigError, match="timing_scale"):
        config_from_dict({"timing_scale": 0})
    with pytest.raises(ConfigError, match="unknown"):
        config_from_dict({"timing": {}})


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ev.toml"
    path.write_text(text)
    return path


def test_file_tables_are_typed_and_paths_relative_to_the_file(tmp_path: Path) -> None:
    file = load_file(_file(tmp_path, (
        '[evcc]\nauthorization = "PnC"\n[connection]\nhost = "::1"\nport = 15118\ntls_trust_roots = "v2g.pem"\n'
        '[pnc]\nprovisioning_chain = "oem.pem"\nprovisioning_key = "/keys/oem.key"\n'
        '[vehicle]\nac_max_power_w = 7400\n[log]\ntrace = false\nlog_dir = "logs"\n')))
    assert file.connection.port == 15118 and file.connection.tls_trust_roots == (tmp_path / "v2g.pem",)
    assert file.pnc is not None and file.pnc.provisioning_chain == tmp_path / "oem.pem"
    assert file.pnc.provisioning_key == Path("/keys/oem.key")
    assert file.pnc.v2g_roots == (tmp_path / "v2g.pem",)  # default: the TLS trust roots
    assert file.vehicle.ac_max_power_w == 7400.0 and not file.log.trace and file.log.log_dir == tmp_path / "logs"


@pytest.mark.parametrize(
    "text, message",
    [
        ('[conection]\nhost = "::1"\n', r"unknown table\(s\) \[conection\]"),
        ('[connection]\nport = "15118"\n', r"\[connection\] port must be an integer, not '15118'"),
        ("[connection]\ntls_trust_roots = 5\n", r"\[connection\] tls_trust_roots must be a path or a list of paths"),
        ('[battery]\nsoc = "half"\n', r"\[battery\] soc must be a number"),
        ("[battery]\ncharge = 1\n", r"\[battery\] unknown key\(s\) charge"),
        ('[pnc]\ncontract_chain = "c.pem"\n', "contract_chain and contract_key go together"),
        ('[evcc]\nauthorization = "PnC"\n', r"authorization = PnC needs a \[pnc\] table"),
        ('[log]\ntrace = "yes"\n', r"\[log\] trace must be true or false"),
        ("[evcc\n", "ev.toml"),
    ],
)
def test_file_errors_name_the_table_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_file(_file(tmp_path, text))
