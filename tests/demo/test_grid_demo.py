"""The DRM-script demo: grid limits reach live DC BPT and AC BPT sessions, DRM0 ends them with power off."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

from evcc.grid_demo import GRID_SESSIONS, run_grid_demo

SCRIPT = Path(__file__).resolve().parents[2] / "secc" / "grid" / "examples" / "demo.drm"


async def test_drm_script_against_live_sessions_with_plot(tmp_path: Path) -> None:
    lines: list[str] = []
    plot = tmp_path / "grid.png"
    assert await run_grid_demo(SCRIPT, time_scale=0.05, plot=plot, out=lines.append), "\n".join(lines)
    text = "\n".join(lines)
    for session in GRID_SESSIONS:  # DRM2 halves the import limit; the power follows it
        half = f"{session.rating_w / 2000:16.1f}"
        assert any(" DRM2 " in line and half in line for line in lines), text
    assert text.count("power off: True") == len(GRID_SESSIONS)
    # DRM0: the EV is told the -20 way (Terminate) and winds down; the SECC names the cause.
    ended = "ended: EV Terminated: EVSE notification Terminate; SECC: grid disconnect (DRM0); power off: True"
    assert text.count(ended) == len(GRID_SESSIONS), text
    assert "within the grid import limit at every ChargeLoopRes: True" in text
    data = plot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (800, 220 * len(GRID_SESSIONS))
    idat = data[data.index(b"IDAT") + 4:data.index(b"IEND") - 8]
    pixels = zlib.decompress(idat)
    assert bytes((200, 30, 30)) in pixels and bytes((30, 80, 200)) in pixels  # both series were drawn
