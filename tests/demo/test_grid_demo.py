"""The DRM-script demo: grid limits reach live DC BPT and AC BPT sessions, DRM0 ends them with power off."""
from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from v2g_demo.grid import GRID_SESSIONS, run_grid_demo
from v2g_demo.plot import PanelData, PlotError, write_figure

SCRIPT = Path(__file__).resolve().parents[2] / "secc" / "grid" / "examples" / "demo.drm"


async def test_drm_script_against_live_sessions_with_plot(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
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
    assert width >= 800 and height >= 300 * len(GRID_SESSIONS)


def test_figure_has_one_labelled_panel_per_session_with_limits_power_and_modes(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the plot extra is not installed")
    panels = [PanelData("V2G session", [0.0, 1.0, 2.0, 3.0], [7000.0, 3000.0, -2000.0, 0.0],
                        [11000.0, 5500.0, 5500.0, 5500.0], [11000.0, 11000.0, 0.0, 0.0], ["-", "DRM2", "DRM2,DRM5", "-"]),
              PanelData("second", [0.0, 1.0], [1000.0, 1000.0], [2000.0, 2000.0], [0.0, 0.0], ["-", "-"])]
    figure = write_figure(tmp_path / "f.png", panels, "title")
    first, second = figure.axes
    assert [first.get_title(loc="left"), second.get_title(loc="left")] == ["V2G session", "second"]
    labels = first.get_legend().get_texts()
    assert [t.get_text() for t in labels] == ["DRM2 active", "DRM2 + DRM5 active", "import limit",
                                              "export limit (shown negative)", "power (+ charge, − discharge)"]
    assert first.get_ylabel() == "power (kW)" and "(s)" in second.get_xlabel()
    power = first.get_lines()[2].get_ydata()
    assert min(power) == -2.0  # discharge drawn in kW below zero
    export = first.get_lines()[1].get_ydata()
    assert min(export) == -11.0  # the export limit on the discharge side
    assert figure._suptitle.get_text() == "title"


def test_missing_matplotlib_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    panel = PanelData("x", [0.0], [0.0], [0.0], [0.0], ["-"])
    with pytest.raises(PlotError, match=r"pip install 'iso15118-stack\[plot\]'"):
        write_figure(tmp_path / "f.png", [panel], "t")
    assert not (tmp_path / "f.png").exists()
