"""A small PNG line plot (zlib + struct), so the demo can draw power against limit without matplotlib."""
from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RGB = tuple[int, int, int]
BACKGROUND: RGB = (255, 255, 255)
GRID: RGB = (225, 225, 225)
AXIS: RGB = (90, 90, 90)


@dataclass(frozen=True)
class Series:
    colour: RGB
    points: Sequence[tuple[float, float]]  # (x, y) in data units
    thickness: int = 2


@dataclass(frozen=True)
class Panel:
    """One chart: its series share the x range of the whole figure and their own y range."""

    series: Sequence[Series]
    y_min: float
    y_max: float


class Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.pixels = bytearray(BACKGROUND * (width * height))

    def set(self, x: int, y: int, colour: RGB) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            i = 3 * (y * self.width + x)
            self.pixels[i:i + 3] = bytes(colour)

    def line(self, x0: int, y0: int, x1: int, y1: int, colour: RGB, thickness: int = 1) -> None:
        """Bresenham, widened downwards and rightwards by `thickness` pixels."""
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            for t in range(thickness):
                self.set(x0 + t, y0, colour)
                self.set(x0, y0 + t, colour)
            if x0 == x1 and y0 == y1:
                return
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(self.pixels[3 * self.width * y:3 * self.width * (y + 1)])
                       for y in range(self.height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)  # 8-bit RGB
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def write_plot(path: Path, panels: Sequence[Panel], x_max: float, *, width: int = 800, panel_height: int = 220,
               margin: int = 20, gridlines: int = 4) -> None:
    """Panels stacked vertically over a shared x axis from 0 to `x_max`, each with a light grid."""
    canvas = Canvas(width, len(panels) * panel_height)
    plot_w = width - 2 * margin
    for index, panel in enumerate(panels):
        top = index * panel_height + margin
        bottom = (index + 1) * panel_height - margin
        span = (panel.y_max - panel.y_min) or 1.0

        def px(x: float) -> int:
            return margin + round(plot_w * min(max(x / x_max, 0.0), 1.0)) if x_max > 0 else margin

        def py(y: float) -> int:
            return bottom - round((bottom - top) * min(max((y - panel.y_min) / span, 0.0), 1.0))

        for g in range(gridlines + 1):
            y = top + round((bottom - top) * g / gridlines)
            canvas.line(margin, y, width - margin, y, GRID)
            x = margin + round(plot_w * g / gridlines)
            canvas.line(x, top, x, bottom, GRID)
        canvas.line(margin, bottom, width - margin, bottom, AXIS)
        canvas.line(margin, top, margin, bottom, AXIS)
        for series in panel.series:
            points = [(px(x), py(y)) for x, y in series.points]
            for (x0, y0), (x1, y1) in zip(points, points[1:]):
                canvas.line(x0, y0, x1, y1, series.colour, thickness=series.thickness)
    path.write_bytes(canvas.png())
