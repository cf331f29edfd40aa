"""The `evcc` command line: config errors, and the demo over SLAC on the simulated powerline (root)."""
from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from evcc import cli
from v2g_demo import __main__ as demo_cli
from v2g_demo import sessions as demo


def test_parser_has_run_and_the_demo_is_its_own_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = cli.build_parser()
    assert parser.parse_args(["run", "ev.toml", "--port", "5"]).port == 5
    assert demo_cli.build_parser().parse_args(["--loopback"]).loopback
    assert cli.main(["demo", "--loopback"]) == 2  # evcc never imports secc: it points to the new command
    assert "v2g-demo --loopback" in capsys.readouterr().err


def test_run_with_bad_config_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "ev.toml"
    bad.write_text('[evcc]\ncontrol_mode = "Sometimes"\n')
    assert cli.main(["run", str(bad)]) == 2
    assert "evcc run: configuration error: [evcc] control_mode must be one of" in capsys.readouterr().err


def test_run_needs_tls_unless_lab_setting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "ev.toml"
    config.write_text('[connection]\nhost = "::1"\nport = 1\n')
    assert cli.main(["run", str(config)]) == 2
    assert "tls_trust_roots" in capsys.readouterr().err


def test_example_configs_load() -> None:
    examples = Path(cli.__file__).parent / "examples"
    files = sorted(examples.glob("*.toml"))
    assert files
    for path in files:
        cli.build_vehicle(cli.load_file(path))


def _root_with_ip() -> bool:
    return os.geteuid() == 0 and shutil.which("ip") is not None


@pytest.mark.netns
@pytest.mark.skipif(not _root_with_ip(), reason="needs root and iproute2 for network namespaces")
async def test_demo_plugs_in_with_slac_then_runs_sdp_and_tls_over_the_matched_link(tmp_path: Path) -> None:
    lines: list[str] = []
    ctx = demo.DemoContext(workdir=tmp_path, log_dir=None, loopback=False, out=lines.append)
    session = dataclasses.replace(
        demo.SESSIONS[1], evcc={**demo.SESSIONS[1].evcc, "max_charge_loops": 5, "charge_loop_interval_s": 0.02}
    )

    async def one_session(c: demo.DemoContext) -> None:
        await demo.run_demo_session(c, session, 1)

    ok = await demo.run_demo(
        ctx, [demo.stage_certificates, demo.stage_network, demo.stage_secc, one_session, demo.stage_summary]
    )
    assert ok, "\n".join(lines)
    assert ctx.netns is not None
    assert ctx.netns.secc_ns.endswith("-evse1"), "the EV matched the EVSE it is plugged into, not the neighbour"
    assert any(line.startswith("== SLAC: CP state B -> data link ready") for line in lines)
    assert any("SDP + TLS 1.3" in line for line in lines)
    (_, result), = ctx.results
    assert result["requests"].count("AC_ChargeLoopReq") == 5 and result["energy_in_wh"] > 0
    assert any("charger: session" in line for line in lines)  # the SECC's own meter summary
    names = subprocess.run(["ip", "netns", "list"], capture_output=True, text=True).stdout
    assert ctx.netns.secc_ns not in names and ctx.netns.ev_ns not in names  # cleaned up


async def test_demo_stops_when_the_secc_cannot_start(tmp_path: Path) -> None:
    lines: list[str] = []
    ctx = demo.DemoContext(workdir=tmp_path, log_dir=None, loopback=True, out=lines.append)
    ctx.pki = {"files": {"secc": {"chain": "missing/chain.pem", "key": "missing/key.pem"}}}
    with pytest.raises(RuntimeError, match="ended before listening"):
        await demo.run_demo(ctx, [demo.stage_secc])
    assert ctx.secc_process is not None and ctx.secc_process.returncode not in (None, 0)
    assert any("[secc]" in line for line in lines)  # its error message is shown


def test_pnc_needs_contract_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "ev.toml"
    config.write_text('[evcc]\nauthorization = "PnC"\nallow_plain_tcp = true\n[connection]\nhost = "::1"\nport = 1\n')
    assert cli.main(["run", str(config)]) == 2
    assert "[pnc]" in capsys.readouterr().err
    config.write_text(config.read_text() + '[pnc]\nprovisioning_chain = "oem/chain.pem"\n')
    assert cli.main(["run", str(config)]) == 2
    assert "provisioning_chain and provisioning_key go together" in capsys.readouterr().err
    config.write_text(config.read_text() + 'provisioning_key = "missing.pem"\n')
    assert cli.main(["run", str(config)]) == 2
    assert "No such file" in capsys.readouterr().err
