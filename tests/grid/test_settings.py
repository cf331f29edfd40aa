"""The [grid] table of the secc TOML: typed settings, and a clear error naming the key for every mistake."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from secc.config import ConfigError, load_config, load_grid_config
from secc.grid import DRM, FallbackPolicy, OverridePolicy, ReferenceKind
from secc.grid.settings import parse_grid_table

ROOT = Path(__file__).resolve().parents[2]


def test_full_table_is_typed(tmp_path: Path) -> None:
    for name in ("cert.pem", "key.pem", "ca.pem"):
        (tmp_path / name).write_text("x")
    settings = parse_grid_table({
        "import_w": 11000, "export_w": 5000, "phases": 3, "randomised_delay_max_s": 120, "randomisation_enabled": True,
        "override_policy": "once_per_day", "override_max_s": 3600, "fallback": "default", "fallback_import_w": 3000,
        "reference": "dynamic", "reference_window_s": 60, "drm1_opens_contactor": True, "poll_interval_s": 0.05,
        "discharge_consent": True, "user_soc_floor_percent": 40,
        "dred": {"input": "gpio", "chip": "/dev/gpiochip0", "lines": {"DRM0": 0, "DRM2": 3}, "heartbeat_timeout_s": 10},
        "openadr": {"vtn_url": "https://vtn.example/OpenADR2/Simple/2.0b", "ven_name": "cp-1", "cert": "cert.pem",
                    "key": "key.pem", "ca_file": "ca.pem"},
        "csip": {"server_url": "https://utility.example:8443", "cert": "cert.pem", "key": "key.pem", "ca": "ca.pem",
                 "poll_interval_s": 30},
    }, tmp_path)
    config = settings.config
    assert (config.ratings.import_w, config.ratings.export_w, config.ratings.phases) == (11000.0, 5000.0, 3)
    assert config.override_policy is OverridePolicy.ONCE_PER_DAY and config.fallback is FallbackPolicy.DEFAULT
    assert config.reference.kind is ReferenceKind.DYNAMIC and config.reference.window_s == 60.0
    assert settings.dred is not None and dict(settings.dred.lines) == {DRM.DRM0: 0, DRM.DRM2: 3}
    assert settings.openadr is not None and settings.openadr.cert == str(tmp_path / "cert.pem")
    assert settings.csip is not None and settings.csip.poll_interval_s == 30.0 and settings.csip.dcap_path == "/dcap"
    assert settings.poll_interval_s == 0.05
    assert settings.consent.discharge and settings.consent.import_increase and settings.consent.soc_floor_percent == 40.0


@pytest.mark.parametrize("table, where", [
    ({}, "grid.import_w"),
    ({"import_w": "11 kW"}, "grid.import_w"),
    ({"import_w": -1}, "grid"),
    ({"import_w": 1, "phases": 2}, "grid.phases"),
    ({"import_w": 1, "colour": "red"}, "grid: unknown key(s): colour"),
    ({"import_w": 1, "override_policy": "sometimes"}, "grid.override_policy"),
    ({"import_w": 1, "randomised_delay_max_s": 7200}, "grid.randomised_delay_max_s"),
    ({"import_w": 1, "randomisation_enabled": "yes"}, "grid.randomisation_enabled"),
    ({"import_w": 1, "discharge_consent": 1}, "grid.discharge_consent"),
    ({"import_w": 1, "user_soc_floor_percent": 120}, "grid.user_soc_floor_percent"),
    ({"import_w": 1, "dred": {"input": "serial"}}, "grid.dred.input"),
    ({"import_w": 1, "dred": {"input": "file"}}, "grid.dred"),
    ({"import_w": 1, "dred": {"input": "gpio", "chip": "/dev/gpiochip0", "lines": {"DRM2": 1, "DRM3": 1}}}, "grid.dred.lines"),
    ({"import_w": 1, "dred": {"input": "gpio", "chip": "/dev/gpiochip0", "lines": {"DRM9": 1}}}, "grid.dred.lines.DRM9"),
    ({"import_w": 1, "openadr": {"vtn_url": "ftp://x", "ven_name": "a"}}, "grid.openadr.vtn_url"),
    ({"import_w": 1, "openadr": {"vtn_url": "https://x"}}, "grid.openadr: missing key(s): ven_name"),
    ({"import_w": 1, "openadr": {"vtn_url": "https://x", "ven_name": "a"}}, "ca_file"),
    ({"import_w": 1, "csip": {"server_url": "http://x", "cert": "c", "key": "k", "ca": "a"}}, "grid.csip.server_url"),
    ({"import_w": 1, "csip": {"server_url": "https://x", "cert": "missing.pem", "key": "k", "ca": "a"}}, "grid.csip.cert: no such file"),
])
def test_mistakes_name_the_key(table: dict[str, Any], where: str, tmp_path: Path) -> None:
    from secc.grid.model import GridDataError

    with pytest.raises(GridDataError) as error:
        parse_grid_table(table, tmp_path)
    assert where in str(error.value)


def _config(tmp_path: Path, grid: str) -> Path:
    path = tmp_path / "secc.toml"
    path.write_text(f'[server]\nallow_plain_tcp = true\n\n{grid}\n')
    return path


def test_secc_config_reads_grid_and_rejects_mistakes_as_config_errors(tmp_path: Path) -> None:
    path = _config(tmp_path, '[grid]\nimport_w = 7400\n[grid.dred]\ninput = "file"\npath = "drm.txt"\n')
    load_config(path)  # [grid] is a known table
    settings = load_grid_config(path)
    assert settings is not None and settings.dred is not None and settings.dred.path == str(tmp_path / "drm.txt")
    assert load_grid_config(_config(tmp_path, "")) is None
    with pytest.raises(ConfigError, match=r"\[grid.dred.input\]"):
        load_grid_config(_config(tmp_path, '[grid]\nimport_w = 7400\n[grid.dred]\ninput = "x"\n'))


def test_secc_cli_exits_with_the_grid_error(tmp_path: Path) -> None:
    path = _config(tmp_path, '[grid]\nimport_w = 7400\nfallback = "panic"\n')
    result = subprocess.run([sys.executable, "-m", "secc.cli", str(path)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "configuration error: [grid.fallback] 'panic' is not one of" in result.stderr


async def test_secc_cli_grid_station_limits_a_live_session(tmp_path: Path) -> None:
    """The secc process as a charger maker runs it: [grid] with a DRED file, an EV charging AC Dynamic."""
    import asyncio
    import re
    import signal

    from iso15118 import v2gtp
    from iso15118.session.units import from_rational as F
    from evcc import probe as p
    from secc.controller import ControlMode as M, EnergyService as S

    drm = tmp_path / "drm.txt"
    drm.write_text("none\n")
    path = _config(tmp_path, '[grid]\nimport_w = 7400\nexport_w = 3000\nphases = 3\n'
                             '[grid.dred]\ninput = "file"\npath = "drm.txt"\n')
    process = await asyncio.create_subprocess_exec(sys.executable, "-m", "secc.cli", str(path), "--quiet", cwd=ROOT,
                                                   stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        assert process.stdout is not None
        lines = [(await asyncio.wait_for(process.stdout.readline(), 30)).decode() for _ in range(2)]
        port = int(re.search(r"listening on port (\d+)", lines[0]).group(1))  # type: ignore[union-attr]
        assert lines[1].strip() == "grid: 7.4 kW import / 3 kW export, sources: DRED (file)", lines
        ev = p.ProbeClient(await v2gtp.open_connection("::1", port, ssl_context=None, allow_plain_tcp=True))
        await ev.start_charging(S.AC, M.Dynamic)
        res = await ev.request(p.charge_loop(ev.session_id, S.AC, M.Dynamic, power_w=3000))
        assert F(res.CLResControlMode.EVSETargetActivePower) > 3700
        drm.write_text("DRM2\n")  # half the 7.4 kW rating
        for _ in range(100):
            res = await ev.request(p.charge_loop(ev.session_id, S.AC, M.Dynamic, power_w=3000))
            if F(res.CLResControlMode.EVSETargetActivePower) <= 3700 + 1.0:
                break
            await asyncio.sleep(0.05)
        assert F(res.CLResControlMode.EVSETargetActivePower) <= 3700 + 1.0
        await ev.conn.close()
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, stderr
