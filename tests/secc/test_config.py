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
    assert secc.charge_loop_watchdog_s == 2.0


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
        ("[server]\nallow_plain_tcp = true\n[secc]\ncharge_loop_watchdog_s = 0\n", "charge_loop_watchdog_s"),
        ("[server]\nallow_plain_tcp = true\n[secc]\ncharge_loop_watchdog_s = 60\n", "charge_loop_watchdog_s"),
        ("[server]\nallow_plain_tcp = true\n[secc]\ncharge_loop_watchdog_s = '2'\n", "charge_loop_watchdog_s"),
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


PNC_BASE = "[server]\nallow_plain_tcp = true\n"


@pytest.mark.parametrize(
    "text,message",
    [
        ("[pnc]\n", "mo_roots"),
        ("[pnc]\nmo_roots = ['a.pem']\nbogus = 1\n", "bogus"),
        ("[pnc]\nmo_roots = ['a.pem']\nlocal_cps = 'pki'\ninstallation_backend = 'x:y'\n", "exclude"),
        ("[pnc]\nmo_roots = [1]\n", "mo_roots"),
        ("[server]\ntls_client_auth = 'sometimes'\n", "tls_client_auth"),
    ],
)
def test_pnc_config_errors_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    from secc.config import load_pnc_config

    path = tmp_path / "secc.toml"
    path.write_text(PNC_BASE + text if not text.startswith("[server]") else text.replace("[server]\n", PNC_BASE))
    with pytest.raises(ConfigError, match=message):
        load_config(path)
        load_pnc_config(path)  # [server] is fine: the [pnc] table is what fails


def test_pnc_config_builds_the_authorizer_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    from pki.testpki import build_pki, write_pki
    from secc.cli import pnc_authorizer
    from secc.config import load_pnc_config

    write_pki(build_pki(), tmp_path / "pki")
    path = tmp_path / "secc.toml"
    path.write_text(PNC_BASE + "[pnc]\nmo_roots = ['pki/trust/mo-roots.pem']\ncrls = 'pki/crl/mo-subca2.crl.pem'\n"
                    "local_cps = 'pki'\nsupported_providers = ['DE-PNX']\n")
    (tmp_path / "eim.toml").write_text(PNC_BASE)
    assert load_pnc_config(tmp_path / "eim.toml") is None  # no [pnc]: EIM only
    pnc = load_pnc_config(path)
    assert pnc is not None and pnc.mo_roots == (str(tmp_path / "pki/trust/mo-roots.pem"),)
    authorizer = pnc_authorizer(pnc)
    assert authorizer is not None and authorizer.installs_certificates
    assert len(authorizer.mo_roots) == 2 and authorizer.supported_providers == ["DE-PNX"]
    path.write_text(path.read_text().replace("mo-roots.pem", "nope.pem"))
    with pytest.raises(ConfigError, match="nope.pem"):
        pnc_authorizer(load_pnc_config(path))


def test_ocsp_staple_file_is_checked_at_start_and_reread_when_it_changes(tmp_path: Path) -> None:
    import dataclasses
    import os

    from pki.testpki import build_pki, write_pki
    from secc.cli import StapledOCSP, ssl_context

    write_pki(build_pki(), tmp_path / "pki")
    path = tmp_path / "secc.toml"
    path.write_text("[server]\ntls_cert = 'pki/secc/chain.pem'\ntls_key = 'pki/secc/leaf.key.pem'\n"
                    "tls_ocsp_response = 'pki/secc/missing.der'\n")
    _, server, _ = load_config(path)
    with pytest.raises(ConfigError, match="tls_ocsp_response"):
        ssl_context(server)
    good = tmp_path / "pki" / "secc" / "leaf.ocsp.der"
    assert ssl_context(dataclasses.replace(server, tls_ocsp_response=str(good))) is not None
    staple = StapledOCSP(str(good))
    assert staple() == good.read_bytes()
    good.write_bytes(b"renewed")
    os.utime(good, (1, 1))  # a different mtime, as a refresher's rewrite gives
    assert staple() == b"renewed"
    good.unlink()
    assert staple() == b"renewed"  # unreadable later: keep stapling the last good one
