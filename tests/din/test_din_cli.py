"""`protocols = ["DIN70121"]` from TOML on both sides: the `secc` and `evcc` CLIs as subprocesses (the
demo's DIN stage), the way interop harnesses and labs drive them."""
from __future__ import annotations

import asyncio
from pathlib import Path

from v2g_demo import sessions as demo


def test_din_session_between_the_two_clis_from_toml(tmp_path: Path) -> None:
    lines: list[str] = []
    ctx = demo.DemoContext(workdir=tmp_path, log_dir=None, loopback=True, out=lines.append)
    ok = asyncio.run(demo.run_demo(ctx, [demo.stage_din_session, demo.stage_summary]))
    (session, result), = ctx.results
    assert ok, "\n".join(lines)
    assert session is demo.DIN_SESSION and result["outcome"] == "Terminated" and not result["error"]
    assert result["requests"][:3] == ["supportedAppProtocolReq", "SessionSetupReq", "ServiceDiscoveryReq"]
    assert result["requests"].count("CurrentDemandReq") == 20 and result["requests"][-1] == "SessionStopReq"
    assert result["energy_in_wh"] > 0
    assert 'protocols = ["DIN70121"]' in (tmp_path / "secc-din.toml").read_text()
    assert 'protocols = ["DIN70121"]' in (tmp_path / "ev1.toml").read_text()
    charger = [line for line in ctx.secc_lines if line.startswith("session ")]
    assert charger and "terminated by the EV" in charger[-1], ctx.secc_lines
