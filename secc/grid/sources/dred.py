"""AS/NZS 4755 DRED: DRM0-DRM8 as asserted inputs (simulated, file, Linux GPIO) -> LimitRequests."""
from __future__ import annotations

import logging
import os
import re
import struct
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..drm import ReferenceConfig, drm_request
from ..manager import GridLimitManager
from ..model import DRM, ChangeKind, GridDataError, GridError, LimitRequest

if TYPE_CHECKING:
    from gpiod import LineRequest

log = logging.getLogger(__name__)


class DREDInputError(GridError):
    """The DRM inputs could not be read (the source then stops sending heartbeats)."""


class DRMInput(Protocol):
    def read(self) -> frozenset[DRM]:
        """The modes asserted right now; raises DREDInputError."""


class SimulatedDRMInput:
    """Asserted modes set by code: tests, the demo and the DRM script player."""

    def __init__(self, modes: Iterable[DRM] = ()) -> None:
        self._modes = frozenset(modes)

    def set(self, modes: Iterable[DRM]) -> None:
        self._modes = frozenset(modes)

    def assert_mode(self, mode: DRM) -> None:
        self._modes = self._modes | {mode}

    def release(self, mode: DRM) -> None:
        self._modes = self._modes - {mode}

    def read(self) -> frozenset[DRM]:
        return self._modes


def parse_modes(text: str) -> frozenset[DRM]:
    """'DRM2 DRM5', '2,5', 'none' or '' -> modes."""
    tokens = [t for t in re.split(r"[\s,;]+", text.strip()) if t]
    if tokens in ([], ["none"], ["NONE"]):
        return frozenset()
    return frozenset(DRM.parse(t) for t in tokens)


class FileDRMInput:
    """Modes written to a text file by another process (e.g. a DRED bridge or a test)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def read(self) -> frozenset[DRM]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise DREDInputError(f"cannot read {self.path}: {exc}") from exc
        try:
            return parse_modes(text)
        except GridDataError as exc:
            raise DREDInputError(f"{self.path}: {exc}") from exc


def _check_lines(lines: Mapping[DRM, int]) -> dict[DRM, int]:
    if not lines:
        raise GridDataError("at least one DRM line is needed", "lines")
    if len(set(lines.values())) != len(lines):
        raise GridDataError("two modes share one line", "lines")
    return {DRM(mode): int(line) for mode, line in lines.items()}


class SysfsGPIODRMInput:
    """GPIO lines exported in sysfs (/sys/class/gpio/gpioN/value); DRED contacts are usually active low."""

    def __init__(self, lines: Mapping[DRM, int], *, active_low: bool = True, root: str | os.PathLike[str] = "/sys/class/gpio") -> None:
        self.lines = _check_lines(lines)
        self.active_low = active_low
        self.root = Path(root)

    def read(self) -> frozenset[DRM]:
        asserted = set()
        for mode, line in self.lines.items():
            path = self.root / f"gpio{line}" / "value"
            try:
                raw = path.read_text(encoding="ascii").strip()
            except OSError as exc:
                raise DREDInputError(f"cannot read {path}: {exc}") from exc
            if raw not in ("0", "1"):
                raise DREDInputError(f"{path}: unexpected value {raw!r}")
            if (raw == "1") != self.active_low:
                asserted.add(mode)
        return frozenset(asserted)


# Linux GPIO character device uAPI v1 (include/uapi/linux/gpio.h).
GPIOHANDLES_MAX = 64
GPIOHANDLE_REQUEST_INPUT = 1 << 0
GPIOHANDLE_REQUEST_ACTIVE_LOW = 1 << 2
_HANDLE_REQUEST = struct.Struct(f"={GPIOHANDLES_MAX}II{GPIOHANDLES_MAX}s32sIi")  # struct gpiohandle_request
_HANDLE_DATA = struct.Struct(f"={GPIOHANDLES_MAX}s")  # struct gpiohandle_data


def _iowr(nr: int, size: int) -> int:
    return (3 << 30) | (size << 16) | (0xB4 << 8) | nr


GPIO_GET_LINEHANDLE_IOCTL = _iowr(0x03, _HANDLE_REQUEST.size)
GPIOHANDLE_GET_LINE_VALUES_IOCTL = _iowr(0x08, _HANDLE_DATA.size)


def pack_handle_request(offsets: list[int], active_low: bool, label: str = "secc-dred") -> bytearray:
    if not 0 < len(offsets) <= GPIOHANDLES_MAX:
        raise GridDataError(f"1..{GPIOHANDLES_MAX} lines", "lines")
    flags = GPIOHANDLE_REQUEST_INPUT | (GPIOHANDLE_REQUEST_ACTIVE_LOW if active_low else 0)
    padded = offsets + [0] * (GPIOHANDLES_MAX - len(offsets))
    return bytearray(_HANDLE_REQUEST.pack(*padded, flags, bytes(GPIOHANDLES_MAX), label.encode()[:31], len(offsets), -1))


def unpack_handle_fd(buffer: bytes | bytearray) -> int:
    return _HANDLE_REQUEST.unpack(bytes(buffer))[-1]


Ioctl = Callable[[int, int, bytearray], object]


class CharDevGPIODRMInput:
    """GPIO lines through /dev/gpiochipN (kernel character-device uAPI, no extra dependency).

    The kernel applies active-low, so a read value of 1 means asserted. ioctl and open are
    injectable so the byte layout is tested without hardware.
    """

    def __init__(
        self,
        chip: str | os.PathLike[str],
        lines: Mapping[DRM, int],
        *,
        active_low: bool = True,
        ioctl: Ioctl | None = None,
        opener: Callable[[str, int], int] = os.open,
        closer: Callable[[int], None] = os.close,
    ) -> None:
        self.chip = os.fspath(chip)
        self.lines = _check_lines(lines)
        self.active_low = active_low
        if ioctl is None:
            import fcntl

            ioctl = lambda fd, request, buf: fcntl.ioctl(fd, request, buf, True)  # noqa: E731
        self._ioctl = ioctl
        self._open = opener
        self._close = closer
        self._handle_fd: int | None = None

    def _handle(self) -> int:
        if self._handle_fd is None:
            try:
                chip_fd = self._open(self.chip, os.O_RDONLY)
            except OSError as exc:
                raise DREDInputError(f"cannot open {self.chip}: {exc}") from exc
            try:
                request = pack_handle_request(list(self.lines.values()), self.active_low)
                self._ioctl(chip_fd, GPIO_GET_LINEHANDLE_IOCTL, request)
                self._handle_fd = unpack_handle_fd(request)
            except OSError as exc:
                raise DREDInputError(f"{self.chip}: line request failed: {exc}") from exc
            finally:
                self._close(chip_fd)
        return self._handle_fd

    def read(self) -> frozenset[DRM]:
        handle = self._handle()
        data = bytearray(_HANDLE_DATA.size)
        try:
            self._ioctl(handle, GPIOHANDLE_GET_LINE_VALUES_IOCTL, data)
        except OSError as exc:
            self.close()
            raise DREDInputError(f"{self.chip}: reading lines failed: {exc}") from exc
        return frozenset(mode for i, mode in enumerate(self.lines) if data[i])

    def close(self) -> None:
        if self._handle_fd is not None:
            fd, self._handle_fd = self._handle_fd, None
            self._close(fd)


class GpiodDRMInput:
    """GPIO lines through the Linux character device with libgpiod's Python bindings (`gpiod` >= 2).

    The lines are requested once as inputs (active-low applied by the kernel, so ACTIVE means
    asserted) and held until close(); a failed read drops the request so the next poll retries.
    """

    def __init__(self, chip: str | os.PathLike[str], lines: Mapping[DRM, int], *, active_low: bool = True,
                 consumer: str = "secc-dred") -> None:
        try:
            import gpiod  # optional: pip install 'iso15118-stack[gpio]'
        except ImportError as exc:
            raise DREDInputError("GPIO DRED inputs need the gpiod package (pip install gpiod)") from exc
        self._gpiod = gpiod
        self.chip = os.fspath(chip)
        self.lines = _check_lines(lines)
        self.active_low = active_low
        self.consumer = consumer
        self._request: LineRequest | None = None

    def _lines(self) -> LineRequest:
        if self._request is None:
            from gpiod.line import Direction

            settings = self._gpiod.LineSettings(direction=Direction.INPUT, active_low=self.active_low)
            try:
                self._request = self._gpiod.request_lines(
                    self.chip, consumer=self.consumer, config={tuple(self.lines.values()): settings})
            except (OSError, ValueError) as exc:
                raise DREDInputError(f"{self.chip}: line request failed: {exc}") from exc
        return self._request

    def read(self) -> frozenset[DRM]:
        from gpiod.line import Value

        request = self._lines()
        try:
            values = request.get_values(list(self.lines.values()))
        except OSError as exc:
            self.close()
            raise DREDInputError(f"{self.chip}: reading lines failed: {exc}") from exc
        return frozenset(mode for mode, value in zip(self.lines, values) if value == Value.ACTIVE)

    def close(self) -> None:
        if self._request is not None:
            request, self._request = self._request, None
            request.release()


class DREDAdapter:
    """Polls a DRMInput and submits one request per asserted mode.

    The reference value is captured when a mode is asserted (fixed: the rating; dynamic: the average
    power over the window before the event) and kept while the mode stays asserted.
    """

    def __init__(
        self,
        manager: GridLimitManager,
        drm_input: DRMInput,
        *,
        source: str = "dred",
        reference: ReferenceConfig | None = None,
        priority: int = 100,
        heartbeat_timeout_s: float | None = None,
    ) -> None:
        self.manager = manager
        self.input = drm_input
        self.source = source
        self.reference = reference or manager.config.reference
        self.priority = priority
        self._captured: dict[DRM, tuple[float, float, float]] = {}
        self._modes: frozenset[DRM] | None = None
        manager.register_source(source, heartbeat_timeout_s)

    @property
    def modes(self) -> frozenset[DRM]:
        return self._modes or frozenset()

    def poll(self, now: float | None = None) -> bool:
        """Read the inputs; True when the asserted set changed. A read failure only skips the heartbeat."""
        now = self.manager.clock.time() if now is None else now
        try:
            modes = self.input.read()
        except DREDInputError as exc:
            log.warning("DRED input: %s", exc)
            return False
        if modes == self._modes:
            self.manager.heartbeat(self.source, now)
            return False
        self._modes = modes
        for mode in list(self._captured):
            if mode not in modes:
                del self._captured[mode]
        for mode in modes - self._captured.keys():
            imp, exp = self.reference.resolve(self.manager.config.ratings, self.manager.meter, now)
            self._captured[mode] = (now, imp, exp)
        self.manager.submit(self.source, [self._request(mode) for mode in sorted(modes)], now)
        return True

    def _request(self, mode: DRM) -> LimitRequest:
        asserted_at, imp, exp = self._captured[mode]
        return drm_request(
            mode,
            source=self.source,
            import_reference_w=imp,
            export_reference_w=exp,
            priority=self.priority,
            kind=ChangeKind.SUPPLY_LIMITATION,
            received_at=asserted_at,
            detail=f"{self.reference.kind.value} reference {imp:.0f} W import / {exp:.0f} W export",
        )
