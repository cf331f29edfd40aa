"""Powerline simulator: veth pairs, one per station in its own namespace, joined as one shared powerline.

Each station's veth peer sits in a powerline namespace where this simulator plays the station's
HomePlug Green PHY modem, by default as a Qualcomm QCA7000 behaves:
  * CM_SET_KEY.REQ and the QCA vendor requests (software version, reset, link status) are answered
    only when sent to the modem's own MAC or the QCA local address 00:b0:52:00:00:01, never reach
    the line, and CM_SET_KEY.CNF carries Result 1 as QCA firmware sends it (HomePlug AV says 0);
  * every CM_MNBC_SOUND.IND is heard by all coupled stations, and each hearing modem tells its
    host a CM_ATTEN_PROFILE.IND with the attenuation configured for that pair of stations, so
    crosstalk between neighbouring charge points is a matter of configuration; an AR7420-like
    modem (`attenuation_profile=False`) reports none;
  * other SLAC frames reach every coupled station (broadcast) or the addressed one;
  * anything else (IPv6, ...) flows only between stations whose modems hold the same NMK, i.e.
    that joined one logical network, once `join_delay` (about a second) has passed since the key was set;
  * frames on the line may be lost (`loss`) or overtaken (`reorder`), with a seeded random source.

`PowerlineModel` is the pure part (frame in, deliveries out); `Powerline` adds namespaces and sockets.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import random
import secrets
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from . import constants as c
from . import netns as ns
from .keys import random_nmk
from .link import RawLink
from .messages import (
    CM_ATTEN_PROFILE_IND,
    CM_SET_KEY_CNF,
    CM_SET_KEY_REQ,
    LINK_STATUS_LINK,
    LINK_STATUS_NO_LINK,
    VS_PL_LNK_STATUS_CNF,
    VS_PL_LNK_STATUS_REQ,
    VS_RS_DEV_CNF,
    VS_RS_DEV_REQ,
    VS_SW_VER_CNF,
    VS_SW_VER_REQ,
    FrameError,
    Message,
    decode,
    encode,
    mmtype_of,
)

log = logging.getLogger(__name__)

SIM_FIRMWARE = b"plcsim QCA7000-compatible modem model"
MODEM_ONLY = {c.CM_SET_KEY | c.MMTYPE_CNF, c.CM_ATTEN_PROFILE | c.MMTYPE_IND}  # a host never sends these


REORDER_DELAY = 0.005  # s a reordered frame is held back: the next frames of a batch overtake it


@dataclass
class SimModem:
    """The simulated modem of one station."""

    name: str
    host_mac: str
    modem_mac: str
    nmk: bytes = field(default_factory=random_nmk)
    key_set_at: float = float("-inf")
    attenuation_profile: bool = True  # False: an AR7420/QCA7420, which sends no CM_ATTEN_PROFILE.IND

    def joined(self, now: float, join_delay: float) -> bool:
        return now >= self.key_set_at + join_delay

    def addressed(self, dst: str) -> bool:
        """Management requests are for this modem only when sent to its MAC or the QCA local address."""
        return dst in (self.modem_mac, c.QCA_LOCALCAST)


class Delivery(NamedTuple):
    """One frame for a station's host, `delay` seconds from now."""

    station: str
    frame: bytes
    delay: float = 0.0


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


class PowerlineModel:
    """Who hears whom and who shares a network. Deliveries are (station name, frame for its host)."""

    def __init__(self, default_attenuation_db: float | None = 20.0, join_delay: float = c.QCA_JOIN_TIME,
                 set_key_result: int = c.CM_SET_KEY_RESULT_QCA_ACCEPTED, noise_db: float = 1.0,
                 loss: float = 0.0, reorder: float = 0.0, without_attenuation_profile: Iterable[str] = (),
                 seed: int | None = None) -> None:
        if not (0.0 <= loss < 1.0 and 0.0 <= reorder <= 1.0):
            raise ValueError(f"loss must be in [0, 1) and reorder in [0, 1], got {loss} and {reorder}")
        self.modems: dict[str, SimModem] = {}
        self.attenuation: dict[frozenset[str], float | None] = {}
        self.default_attenuation_db = default_attenuation_db
        self.join_delay = join_delay
        self.set_key_result = set_key_result
        self.noise_db = noise_db
        self.loss, self.reorder = loss, reorder
        self.without_attenuation_profile = set(without_attenuation_profile)
        self.rng = random.Random(seed)
        self.stats: Counter[str] = Counter()

    def add(self, name: str, host_mac: str, modem_mac: str | None = None) -> SimModem:
        modem = SimModem(name, host_mac.lower(), (modem_mac or "00:b0:52:" + secrets.token_bytes(3).hex(":")).lower(),
                         attenuation_profile=name not in self.without_attenuation_profile)
        self.modems[name] = modem
        return modem

    def set_attenuation(self, a: str, b: str, db: float | None) -> None:
        """dB between two stations; None decouples them entirely (not even sounds pass)."""
        self.attenuation[_pair(a, b)] = db

    def attenuation_db(self, a: str, b: str) -> float | None:
        return self.attenuation.get(_pair(a, b), self.default_attenuation_db)

    def coupled(self, a: str) -> Iterable[SimModem]:
        return (m for m in self.modems.values() if m.name != a and self.attenuation_db(a, m.name) is not None)

    def same_network(self, a: SimModem, b: SimModem, now: float) -> bool:
        return a.nmk == b.nmk and a.joined(now, self.join_delay) and b.joined(now, self.join_delay)

    def link_up(self, name: str, now: float) -> bool:
        me = self.modems[name]
        return any(self.same_network(me, peer, now) for peer in self.coupled(name))

    def from_host(self, name: str, raw: bytes, now: float) -> list[Delivery]:
        """Route one frame a station's host sent into its modem."""
        me = self.modems[name]
        mmtype = mmtype_of(raw)
        if mmtype is None:
            return self._data(me, raw, now)
        if mmtype == c.CM_SET_KEY | c.MMTYPE_REQ or c.VS_SW_VER <= mmtype < 0xC000:
            if not me.addressed(raw[0:6].hex(":")):
                self.stats["management_not_for_modem"] += 1  # a real modem neither answers nor forwards it
                return []
            return self._management(me, raw, now)
        if mmtype == c.CM_MNBC_SOUND | c.MMTYPE_IND:
            return self._sound(me, raw)
        if mmtype in MODEM_ONLY:
            self.stats["host_sent_modem_message"] += 1
            return []
        return self._slac(me, raw)

    def _on_line(self) -> float | None:
        """One frame's fate on the line: None when lost, else its extra delay (reordering)."""
        if self.loss and self.rng.random() < self.loss:
            self.stats["lost"] += 1
            return None
        if self.reorder and self.rng.random() < self.reorder:
            self.stats["reordered"] += 1
            return REORDER_DELAY
        return 0.0

    def _slac(self, me: SimModem, raw: bytes) -> list[Delivery]:
        dst = raw[0:6].hex(":")
        out = []
        for peer in self.coupled(me.name):
            if dst == c.BROADCAST or dst == peer.host_mac:
                delay = self._on_line()
                if delay is not None:
                    out.append(Delivery(peer.name, raw, delay))
        self.stats["slac"] += len(out)
        return out

    def _sound(self, me: SimModem, raw: bytes) -> list[Delivery]:
        out: list[Delivery] = []
        for peer in self.coupled(me.name):
            delay = self._on_line()
            if delay is None:
                continue  # a sound the peer's modem never heard: no profile either
            out.append(Delivery(peer.name, raw, delay))
            if peer.attenuation_profile:
                db = self.attenuation_db(me.name, peer.name)
                assert db is not None
                aag = bytes(max(0, min(255, round(db + self.rng.uniform(-self.noise_db, self.noise_db))))
                            for _ in range(c.SLAC_GROUPS))
                out.append(Delivery(peer.name, encode(peer.host_mac, peer.modem_mac,
                                                      CM_ATTEN_PROFILE_IND(PEV_MAC=me.host_mac, AAG=aag)), delay))
        self.stats["sounds"] += 1
        return out

    def _data(self, me: SimModem, raw: bytes, now: float) -> list[Delivery]:
        dst = raw[0:6]
        multicast = bool(dst[0] & 1)
        out = []
        for peer in self.coupled(me.name):
            if (multicast or dst.hex(":") == peer.host_mac) and self.same_network(me, peer, now):
                delay = self._on_line()
                if delay is not None:
                    out.append(Delivery(peer.name, raw, delay))
        self.stats["data" if out else "data_blocked"] += 1
        return out

    def _management(self, me: SimModem, raw: bytes, now: float) -> list[Delivery]:
        try:
            msg = decode(raw).message
        except FrameError as exc:
            self.stats["management_malformed"] += 1
            log.debug("%s modem: %s", me.name, exc)
            return []
        reply: Message
        if isinstance(msg, CM_SET_KEY_REQ):
            me.nmk, me.key_set_at = msg.NewKey, now
            reply = CM_SET_KEY_CNF(Result=self.set_key_result, MyNonce=secrets.token_bytes(4), YourNonce=msg.MyNonce,
                                   PID=msg.PID, PRN=msg.PRN, PMN=msg.PMN, CCoCapability=msg.CCoCapability)
        elif isinstance(msg, VS_PL_LNK_STATUS_REQ):
            up = self.link_up(me.name, now)
            reply = VS_PL_LNK_STATUS_CNF(LINK_STATUS=LINK_STATUS_LINK if up else LINK_STATUS_NO_LINK)
        elif isinstance(msg, VS_RS_DEV_REQ):
            me.nmk, me.key_set_at = random_nmk(), now  # a reset modem forgets the session key
            reply = VS_RS_DEV_CNF(MSTATUS=0)
        elif isinstance(msg, VS_SW_VER_REQ):
            reply = VS_SW_VER_CNF(MSTATUS=0, MDEVICEID=0x20, MVERSION=SIM_FIRMWARE)
        else:
            self.stats["management_unanswered"] += 1
            return []
        self.stats["management"] += 1
        return [Delivery(me.name, encode(raw[6:12].hex(":"), me.modem_mac, reply))]  # to the requesting host


# --- namespaces and sockets ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Station:
    """Where a station's host side lives: SDP/TCP and SLAC use `ifname` inside `netns`."""

    name: str
    netns: str
    ifname: str
    mac: str
    modem_if: str

    @property
    def link_local(self) -> str:
        return ns.link_local(self.mac)


class Powerline:
    """A running simulated powerline: namespaces, veth pairs and the modem model between them."""

    def __init__(self, model: PowerlineModel | None = None, prefix: str | None = None) -> None:
        self.model = model or PowerlineModel()
        self.id = prefix or secrets.token_hex(3)
        self.netns = f"slac-pl-{self.id}"
        self.stations: dict[str, Station] = {}
        self._links: dict[str, RawLink] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._namespaces: list[str] = []
        self._clock = time.monotonic

    async def __aenter__(self) -> "Powerline":
        # pyroute2's synchronous API runs its own event loop: keep it off ours, in a worker thread
        await asyncio.to_thread(ns.create, self.netns)
        self._namespaces.append(self.netns)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def add_station(self, name: str, wait: bool = True) -> Station:
        """A new station on the line, in namespace slac-<id>-<name>; with `wait`, returns once its
        interface carries IPv6 (else call `wait_ip_ready`, e.g. after adding several at once)."""
        if name in self.stations:
            raise ValueError(f"station {name!r} exists")
        index = len(self.stations)
        station_ns = f"slac-{self.id}-{name}"
        self._namespaces.append(station_ns)
        await asyncio.to_thread(ns.create, station_ns)
        host_if, modem_if = f"slac-h{index}", f"slac-m{index}"
        mac = "02:" + secrets.token_bytes(5).hex(":")
        await asyncio.to_thread(ns.add_veth, self.netns, modem_if, station_ns, host_if, mac)
        station = Station(name, station_ns, host_if, mac, modem_if)
        self.stations[name] = station
        self.model.add(name, mac)
        link = RawLink(modem_if, self.netns, proto=c.ETH_P_ALL)
        self._links[name] = link
        self._tasks.append(asyncio.create_task(self._pump(name, link), name=f"plcsim-{name}"))
        if wait:
            await self.wait_ip_ready([station])
        return station

    async def wait_ip_ready(self, stations: list[Station] | None = None, timeout: float = 5.0) -> None:
        """Until every station's interface has carrier and its link-local address."""
        await asyncio.gather(*(asyncio.to_thread(ns.wait_link_local, s.netns, s.ifname, timeout)
                               for s in stations or self.stations.values()))

    async def _pump(self, name: str, link: RawLink) -> None:
        while True:
            raw = await link.recv()
            for delivery in self.model.from_host(name, raw, self._clock()):
                if delivery.delay:
                    asyncio.get_running_loop().call_later(delivery.delay, self._deliver, delivery)
                else:
                    self._deliver(delivery)

    def _deliver(self, delivery: Delivery) -> None:
        link = self._links.get(delivery.station)
        if link is not None:  # None: the line closed while a reordered frame was held back
            link.send(delivery.frame)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        for link in self._links.values():
            link.close()
        self._links.clear()
        for name in reversed(self._namespaces):
            await asyncio.to_thread(ns.remove, name)
        self._namespaces.clear()


# --- CLI -----------------------------------------------------------------------------------------------
def _parse_attenuation(items: list[str]) -> list[tuple[str, str, float | None]]:
    out = []
    for item in items:
        try:
            pair, value = item.split("=")
            a, b = pair.split(":")
        except ValueError:
            raise SystemExit(f"--attenuation {item!r}: expected A:B=DB (DB may be 'none')") from None
        out.append((a, b, None if value.lower() == "none" else float(value)))
    return out


def _probability(text: str) -> float:
    value = float(text)
    if not 0.0 <= value < 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a probability in [0, 1)")
    return value


async def _serve(args: argparse.Namespace) -> None:
    model = PowerlineModel(default_attenuation_db=None if args.default_attenuation == "none"
                           else float(args.default_attenuation),
                           join_delay=args.join_delay, set_key_result=args.set_key_result, loss=args.loss,
                           reorder=args.reorder, without_attenuation_profile=args.no_attenuation_profile,
                           seed=args.seed)
    for a, b, db in _parse_attenuation(args.attenuation):
        model.set_attenuation(a, b, db)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Powerline(model) as line:
        for name in args.stations.split(","):
            s = await line.add_station(name)
            print(f"{s.name}: netns {s.netns} interface {s.ifname} mac {s.mac} link-local {s.link_local}", flush=True)
        print(f"powerline namespace {line.netns} (Ctrl-C to stop and remove everything)", flush=True)
        await stop.wait()
        print(dict(model.stats), flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m iso15118.slac.plcsim", description=__doc__.split("\n")[0])
    parser.add_argument("--stations", default="ev,evse", help="comma-separated station names (one namespace each)")
    parser.add_argument("--attenuation", action="append", default=[], metavar="A:B=DB",
                        help="attenuation between two stations in dB, or 'none' to decouple them")
    parser.add_argument("--default-attenuation", default="20", help="dB for unlisted pairs, or 'none'")
    parser.add_argument("--join-delay", type=float, default=c.QCA_JOIN_TIME,
                        help="seconds from CM_SET_KEY to network joined (default: about a second, as real modems)")
    parser.add_argument("--set-key-result", type=lambda s: int(s, 0), default=c.CM_SET_KEY_RESULT_QCA_ACCEPTED,
                        help="Result in CM_SET_KEY.CNF (default 1, as QCA firmware; HomePlug AV says 0)")
    parser.add_argument("--loss", type=_probability, default=0.0, help="probability that a frame on the line is lost")
    parser.add_argument("--reorder", type=_probability, default=0.0,
                        help=f"probability that a frame on the line is held back {REORDER_DELAY * 1000:.0f} ms")
    parser.add_argument("--no-attenuation-profile", action="append", default=[], metavar="STATION",
                        help="this station's modem sends no CM_ATTEN_PROFILE.IND (like an AR7420)")
    parser.add_argument("--seed", type=int, help="seed for noise, loss and reordering")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    unknown = set(args.no_attenuation_profile) - set(args.stations.split(","))
    if unknown:
        parser.error(f"--no-attenuation-profile: no station {', '.join(sorted(unknown))}")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    reason = ns.require_netns_capability()
    if reason:
        raise SystemExit(reason)
    asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
