"""The grid demo's figure with matplotlib (the `plot` extra): what a V2G trial puts in its report.

One panel per session over a shared time axis in seconds: the power flowing in kW (+ charging /
import, - discharging / export), the grid's import limit and its export limit (drawn negative, on the
discharge side), and the span of each active DRM / operation mode shaded and named in the legend.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NO_MODE = "-"


class PlotError(RuntimeError):
    """The figure cannot be drawn (matplotlib missing, or nothing to draw)."""


@dataclass(frozen=True)
class PanelData:
    """One session's samples, all in W and seconds since the session started."""

    title: str
    t_s: Sequence[float]
    power_w: Sequence[float]  # + import (charge), - export (discharge)
    import_limit_w: Sequence[float]
    export_limit_w: Sequence[float]  # a magnitude: drawn as -export_limit_w
    modes: Sequence[str]  # the active DRMs / operation mode at each sample, NO_MODE for none


def _mode_spans(panel: PanelData) -> list[tuple[str, float, float]]:
    """(mode, start, end) for every run of samples with the same active mode."""
    spans: list[tuple[str, float, float]] = []
    for i, (t, mode) in enumerate(zip(panel.t_s, panel.modes)):
        end = panel.t_s[i + 1] if i + 1 < len(panel.t_s) else t
        if spans and spans[-1][0] == mode and spans[-1][2] == t:
            spans[-1] = (mode, spans[-1][1], end)
        else:
            spans.append((mode, t, end))
    return [s for s in spans if s[0] != NO_MODE and s[2] > s[1]]


def require_matplotlib() -> Any:
    """matplotlib's Figure class, or a PlotError saying how to install it (checked before a long run)."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise PlotError("drawing the figure needs matplotlib: pip install 'iso15118-stack[plot]'") from None
    return Figure


def write_figure(path: Path, panels: Sequence[PanelData], title: str) -> Any:
    """Draw the panels into a PNG at `path`; returns the matplotlib Figure (for checks)."""
    Figure = require_matplotlib()  # noqa: N806
    if not panels or not all(p.t_s for p in panels):
        raise PlotError("no samples to draw")
    figure = Figure(figsize=(10, 1.2 + 3.2 * len(panels)), layout="constrained")
    axes = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    palette = ["tab:orange", "tab:green", "tab:olive", "tab:cyan", "tab:pink", "tab:brown", "tab:gray"]
    colours: dict[str, str] = {}
    for ax, panel in zip(axes, panels):
        kw = lambda values: [v / 1000 for v in values]  # noqa: E731
        for mode, start, end in _mode_spans(panel):
            colour = colours.setdefault(mode, palette[len(colours) % len(palette)])
            labels = ax.get_legend_handles_labels()[1]
            ax.axvspan(start, end, color=colour, alpha=0.18, lw=0,
                       label=None if f"{mode.replace(',', ' + ')} active" in labels else f"{mode.replace(',', ' + ')} active")
        ax.step(panel.t_s, kw(panel.import_limit_w), where="post", color="tab:red", lw=4, alpha=0.55,
                label="import limit")  # wide and light: the power line stays visible on top of it
        ax.step(panel.t_s, [-v for v in kw(panel.export_limit_w)], where="post", color="tab:purple", lw=4, alpha=0.55,
                label="export limit (shown negative)")
        ax.step(panel.t_s, kw(panel.power_w), where="post", color="tab:blue", lw=1.5,
                label="power (+ charge, − discharge)")  # sampled at each ChargeLoopRes, held until the next
        ax.axhline(0.0, color="0.3", lw=0.8)
        ax.set_title(panel.title, fontsize=11, loc="left")
        ax.set_ylabel("power (kW)")
        ax.grid(alpha=0.3)
        ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8, frameon=False)
    axes[-1].set_xlabel("time since the session started (s)")
    axes[-1].set_xlim(left=0.0)
    figure.suptitle(title, fontsize=13)
    figure.savefig(path, dpi=110)
    return figure
