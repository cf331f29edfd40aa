"""Socket-free test bench: the pure state machines on the simulator's pure powerline model, fake clock."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from iso15118.slac import constants as c
from iso15118.slac.fsm import EvSlac, EvseSlac, Matched, MatchingFailed, Output, Send, SetKey, ValidateToggles
from iso15118.slac.messages import CM_SET_KEY_REQ, Frame, FrameError, decode, encode
from iso15118.slac.plcsim import PowerlineModel

Drop = Callable[[str, Frame], bool]  # (receiving station, frame) -> lose it


@dataclass
class Bench:
    model: PowerlineModel = field(default_factory=lambda: PowerlineModel(noise_db=0.0, seed=1))
    machines: dict[str, EvSlac | EvseSlac] = field(default_factory=dict)
    now: float = 0.0
    drop: Drop = lambda name, frame: False
    log: list[tuple[float, str, Output]] = field(default_factory=list)
    delivered: list[tuple[float, str, Frame]] = field(default_factory=list)
    held: list[tuple[float, str, bytes]] = field(default_factory=list)  # reordered frames, due time first

    def add(self, name: str, machine: EvSlac | EvseSlac) -> None:
        """A station on the line, started as `SlacStation.start` does (the EVSE keys its modem)."""
        self.machines[name] = machine
        self.model.add(name, machine.mac)
        self.handle(name, machine.prepare())

    def outputs(self, name: str, kind: type) -> list:
        return [o for _, n, o in self.log if n == name and isinstance(o, kind)]

    def sent(self, name: str, message_type: type) -> list:
        return [o.message for o in self.outputs(name, Send) if isinstance(o.message, message_type)]

    def handle(self, name: str, outputs: list[Output]) -> None:
        pending = [(name, outputs)]
        while pending:
            who, outs = pending.pop(0)
            for out in outs:
                self.log.append((self.now, who, out))
                pending.extend(self._apply(who, out))

    def _apply(self, name: str, out: Output) -> list[tuple[str, list[Output]]]:
        machine = self.machines[name]
        if isinstance(out, SetKey):
            raw = encode(c.QCA_LOCALCAST, machine.mac, CM_SET_KEY_REQ(NID=out.nid, NewKey=out.nmk))
            self.model.from_host(name, raw, self.now)
            return []
        if isinstance(out, ValidateToggles):
            for other in self.machines.values():
                if isinstance(other, EvseSlac):
                    for _ in range(out.count):
                        other.cp_toggle()
            return []
        if not isinstance(out, Send):
            return []
        raw = encode(out.dst, machine.mac, out.message)
        results = []
        for dst, frame_raw, delay in self.model.from_host(name, raw, self.now):
            if delay:
                self.held.append((self.now + delay, dst, frame_raw))
                self.held.sort(key=lambda held: held[0])
            else:
                results.extend(self._receive(dst, frame_raw))
        return results

    def _receive(self, dst: str, frame_raw: bytes) -> list[tuple[str, list[Output]]]:
        try:
            frame = decode(frame_raw)
        except FrameError:
            return []
        if self.drop(dst, frame) or dst not in self.machines:
            return []
        self.delivered.append((self.now, dst, frame))
        return [(dst, self.machines[dst].receive(frame, self.now))]

    def run(self, until: float, stop: Callable[[], bool] = lambda: False) -> None:
        """Advance the fake clock event by event: machine deadlines and held-back frames."""
        while not stop():
            events = [(m.deadline, n) for n, m in self.machines.items() if m.deadline is not None]
            if self.held:
                events.append((self.held[0][0], ""))
            if not events:
                return
            when, name = min(events)
            if when > until:
                self.now = until
                return
            self.now = max(self.now, when)
            if name:
                self.handle(name, self.machines[name].timeout(self.now))
            else:
                _, dst, frame_raw = self.held.pop(0)
                for who, outs in self._receive(dst, frame_raw):
                    self.handle(who, outs)

    def matched(self, name: str) -> list[Matched]:
        return self.outputs(name, Matched)

    def failures(self, name: str) -> list[MatchingFailed]:
        return self.outputs(name, MatchingFailed)


MAC_EV = "02:00:00:00:00:e1"
MAC_EVSE1 = "02:00:00:00:00:01"
MAC_EVSE2 = "02:00:00:00:00:02"
