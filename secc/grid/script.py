"""DRM script player: 'DRM2 at t=10 s, DRM5 at t=20 s, DRM0 at t=30 s' fed to a simulated DRED input.

Text format, one step per line ('#' comments):
    10 DRM2          # at t=10 s the asserted set becomes exactly {DRM2}
    20 +DRM5         # add a mode;  '-DRM2' releases one
    30 DRM0 DRM5     # several modes
    40 none          # release all
TOML format:
    [[step]]
    at = 10
    set = ["DRM2"]       # or add = [...], release = [...]
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .clock import Clock
from .model import DRM, GridDataError
from .sources.dred import SimulatedDRMInput


@dataclass(frozen=True)
class ScriptStep:
    at_s: float
    set_modes: frozenset[DRM] | None = None
    add: frozenset[DRM] = frozenset()
    release: frozenset[DRM] = frozenset()

    def apply(self, modes: frozenset[DRM]) -> frozenset[DRM]:
        base = self.set_modes if self.set_modes is not None else modes
        return (base | self.add) - self.release


def _modes(tokens: Iterable[str], where: str) -> frozenset[DRM]:
    try:
        return frozenset(DRM.parse(t) for t in tokens)
    except GridDataError as exc:
        raise GridDataError(str(exc), where) from exc


def _time(token: str, where: str) -> float:
    text = token.strip().lower().removeprefix("t=").removesuffix("s").strip()
    try:
        value = float(text)
    except ValueError as exc:
        raise GridDataError(f"not a time: {token!r}", where) from exc
    if value < 0:
        raise GridDataError("time must be >= 0", where)
    return value


def parse_text(text: str) -> list[ScriptStep]:
    steps = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"line {number}"
        time_token, *rest = line.split()
        at = _time(time_token, where)
        if rest == ["none"] or rest == ["NONE"]:
            steps.append(ScriptStep(at, set_modes=frozenset()))
            continue
        if not rest:
            raise GridDataError("no modes (use 'none' to release all)", where)
        plus = [t[1:] for t in rest if t.startswith("+")]
        minus = [t[1:] for t in rest if t.startswith("-")]
        plain = [t for t in rest if t[0] not in "+-"]
        if plain and (plus or minus):
            raise GridDataError("mix of absolute and +/- modes", where)
        if plain:
            steps.append(ScriptStep(at, set_modes=_modes(plain, where)))
        else:
            steps.append(ScriptStep(at, add=_modes(plus, where), release=_modes(minus, where)))
    return _ordered(steps)


def parse_toml(text: str) -> list[ScriptStep]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GridDataError(f"bad TOML: {exc}") from exc
    raw_steps = data.get("step")
    if not isinstance(raw_steps, list):
        raise GridDataError("expected [[step]] tables", "step")
    steps = []
    for i, raw in enumerate(raw_steps):
        where = f"step[{i}]"
        if not isinstance(raw, dict) or "at" not in raw or not isinstance(raw["at"], (int, float)) or raw["at"] < 0:
            raise GridDataError("needs at = <seconds >= 0>", where)
        unknown = set(raw) - {"at", "set", "add", "release"}
        if unknown:
            raise GridDataError(f"unknown keys {sorted(unknown)}", where)
        for key in ("set", "add", "release"):
            if key in raw and not (isinstance(raw[key], list) and all(isinstance(m, (str, int)) for m in raw[key])):
                raise GridDataError("expected a list of modes", f"{where}.{key}")
        if "set" in raw and ("add" in raw or "release" in raw):
            raise GridDataError("set cannot be combined with add/release", where)
        if not {"set", "add", "release"} & set(raw):
            raise GridDataError("needs set, add or release", where)
        steps.append(
            ScriptStep(
                float(raw["at"]),
                set_modes=_modes(map(str, raw["set"]), where) if "set" in raw else None,
                add=_modes(map(str, raw.get("add", [])), where),
                release=_modes(map(str, raw.get("release", [])), where),
            )
        )
    return _ordered(steps)


def _ordered(steps: list[ScriptStep]) -> list[ScriptStep]:
    return sorted(steps, key=lambda s: s.at_s)  # stable: steps at the same time keep their order


def load_script(path: str | Path) -> list[ScriptStep]:
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    return parse_toml(text) if path.suffix == ".toml" else parse_text(text)


class DRMScriptPlayer:
    """Applies steps to a SimulatedDRMInput as time passes (t relative to start())."""

    def __init__(self, steps: Iterable[ScriptStep], drm_input: SimulatedDRMInput) -> None:
        self.steps = list(steps)
        self.input = drm_input
        self._start: float | None = None
        self._next = 0

    def start(self, now: float) -> None:
        self._start, self._next = now, 0

    @property
    def finished(self) -> bool:
        return self._next >= len(self.steps)

    def advance(self, now: float) -> list[ScriptStep]:
        """Apply every step that is due; returns them."""
        if self._start is None:
            raise GridDataError("start() the player first")
        applied = []
        while self._next < len(self.steps) and self._start + self.steps[self._next].at_s <= now:
            step = self.steps[self._next]
            self.input.set(step.apply(self.input.read()))
            applied.append(step)
            self._next += 1
        return applied

    def next_time(self) -> float | None:
        if self._start is None or self.finished:
            return None
        return self._start + self.steps[self._next].at_s

    async def run(self, clock: Clock, on_step: Callable[[ScriptStep], object] | None = None) -> None:
        """Play the whole script on the clock (a ManualClock makes it instant)."""
        self.start(clock.time())
        while not self.finished:
            due = self.next_time()
            assert due is not None
            await clock.sleep(due - clock.time())
            for step in self.advance(clock.time()):
                if on_step is not None:
                    on_step(step)

