"""secc TOML configuration and command-line errors (no sockets)."""
from __future__ import annotations

from pathlib import Path

import pytest

from secc.cli import main
from secc.config import ConfigError, load_config
from secc.controller import ControlMode, EnergyService

EXAMPLE = Path(__file__).resolve().parents[2] / "secc" / "examples" / "secc.toml"


def test_example_config_loads() -> None:
    secc, server, hardware = load_config(EXAMPLE)
    assert secc.services == (EnergyService.AC, EnergyService.DC, EnergyService.AC_BPT, EnergyService.DC_BPT)
    assert secc.control_modes == (ControlMode.Scheduled, ControlMode.Dynamic)
    assert server.allow_plain_tcp and server.host == "::1"
    assert hardware.dc.max_charge_power_w == 150000 and hardware.cable_check_duration_s == 0.5


@pytest.mark.parametrize(
    "text,message",
    [
        ("[server]\nallow_plain_tcp = true\nport = 1\nbogus = 1\n", "bogus"),
        ("[server]\nallow_plain_tcp = true\n[secc]\nservices = ['AC', 'XYZ']\n", "services"),
        ("[server]\nallow_plain_tcp = true\n[secc]\ncontrol_modes = []\n", "control_modes"),
        ("[server]\nport = 1\n", "tls_cert"),
        ("[server]\nallow_plain_tcp = true\n[secc.pricing]\nkind = 'free beer'\n", "pricing"),
        ("[server]\nallow_plain_tcp = true\n[limits.dc]\nmax_charge_power_w = 1\n", "limits.dc"),
        ("[server]\nallow_plain_tcp = true\n[weather]\n", "weather"),
        ("[server\n", "secc.toml"),
    ],
)
def test_config_errors_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "secc.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_cli_reports_config_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[server]\nport = 1\n")
    assert main([str(path)]) == 2
    assert "tls_cert" in capsys.readouterr().err
