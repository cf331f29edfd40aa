"""The host's side of its local HomePlug Green PHY modem: set the key, learn when the link is up, reset.

`HomePlugModem` only uses CM_SET_KEY (standard HomePlug AV) and, lacking a standard link-status
message, assumes the network formed `settle_time` after the key was accepted (real modems take
about a second). `QcaModem` adds the
Qualcomm QCA7000/7005/AR7420 vendor messages (OUI 00:B0:52): VS_PL_LNK_STATUS polling, VS_RS_DEV,
VS_SW_VER. Pick one with `make_modem("qca" | "homeplug", ...)`.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
import time
from typing import Callable

from . import constants as c
from .keys import nid_from_nmk, random_nmk
from .messages import (
    CM_SET_KEY_CNF,
    CM_SET_KEY_REQ,
    LINK_STATUS_LINK,
    VS_PL_LNK_STATUS_CNF,
    VS_PL_LNK_STATUS_REQ,
    VS_RS_DEV_CNF,
    VS_RS_DEV_REQ,
    VS_SW_VER_CNF,
    VS_SW_VER_REQ,
    Frame,
    Message,
    encode,
)

log = logging.getLogger(__name__)

MODEM_TIMEOUT = 1.0          # a local modem answers within milliseconds; a second means it is gone
LINK_POLL_FIRST, LINK_POLL_MAX = 0.005, 0.1  # the peer joins within ms in simulation, ~1 s on a real line


class ModemError(RuntimeError):
    """The local modem did not answer or refused a request."""


class HomePlugModem:
    """Any HomePlug GP modem: key setting only."""

    CONFIRMATIONS: tuple[type[Message], ...] = (CM_SET_KEY_CNF,)
    # HomePlug AV's success is 0, QCA-based modems answer 1 for the same: a generic host accepts both
    SET_KEY_ACCEPTED: tuple[int, ...] = (c.CM_SET_KEY_RESULT_SUCCESS, c.CM_SET_KEY_RESULT_QCA_ACCEPTED)

    def __init__(self, send: Callable[[bytes], None], host_mac: str, modem_mac: str = c.QCA_LOCALCAST,
                 settle_time: float = 1.5 * c.QCA_JOIN_TIME, timeout: float = MODEM_TIMEOUT) -> None:
        self._send, self.host_mac, self.modem_mac = send, host_mac, modem_mac
        self.settle_time, self.timeout = settle_time, timeout
        self._pending: dict[type[Message], asyncio.Future[Message]] = {}
        self._key_set_at = float("inf")
        self.nmk = b""

    def handles(self, frame: Frame) -> bool:
        """True for the modem's confirmations (they must not reach the SLAC state machine)."""
        return isinstance(frame.message, self.CONFIRMATIONS)

    def deliver(self, frame: Frame) -> None:
        future = self._pending.get(type(frame.message))
        if future is not None and not future.done():
            future.set_result(frame.message)

    async def _request(self, msg: Message, answer: type[Message]) -> Message:
        if answer in self._pending and not self._pending[answer].done():
            raise ModemError(f"{answer.__name__} already awaited")
        future: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._pending[answer] = future
        try:
            self._send(encode(self.modem_mac, self.host_mac, msg))
            async with asyncio.timeout(self.timeout):
                return await future
        except TimeoutError:
            raise ModemError(f"no {answer.__name__} from the local modem within {self.timeout} s") from None
        finally:
            self._pending.pop(answer, None)

    async def set_key(self, nmk: bytes, nid: bytes) -> None:
        cnf = await self._request(CM_SET_KEY_REQ(MyNonce=secrets.token_bytes(4), NID=nid, NewKey=nmk), CM_SET_KEY_CNF)
        assert isinstance(cnf, CM_SET_KEY_CNF)
        if cnf.Result not in self.SET_KEY_ACCEPTED:
            raise ModemError(f"CM_SET_KEY.CNF Result {cnf.Result}: the modem refused the key")
        self.nmk, self._key_set_at = nmk, time.monotonic()

    async def link_up(self) -> bool:
        return time.monotonic() >= self._key_set_at + self.settle_time

    async def reset(self) -> None:
        """Without vendor messages the best reset is a fresh random key: the modem leaves any network."""
        nmk = random_nmk()
        await self.set_key(nmk, nid_from_nmk(nmk))

    async def wait_link(self, within: float) -> bool:
        """Poll until the logical network is up (TT_match_join) or `within` seconds pass."""
        end = time.monotonic() + within
        interval = LINK_POLL_FIRST
        while True:
            try:
                if await self.link_up():
                    return True
            except ModemError as exc:
                log.info("link status: %s", exc)
            if time.monotonic() >= end:
                return False
            await asyncio.sleep(interval)
            interval = min(interval * 2, LINK_POLL_MAX)


class QcaModem(HomePlugModem):
    """Qualcomm QCA7000/7005/AR7420: link status, reset and version through vendor messages."""

    CONFIRMATIONS = (CM_SET_KEY_CNF, VS_PL_LNK_STATUS_CNF, VS_RS_DEV_CNF, VS_SW_VER_CNF)
    # QCA firmware answers 1 when it takes the key (and restarts); 0 is its refusal (open-plc-utils, pyPLC)
    SET_KEY_ACCEPTED = (c.CM_SET_KEY_RESULT_QCA_ACCEPTED,)

    async def link_up(self) -> bool:
        cnf = await self._request(VS_PL_LNK_STATUS_REQ(), VS_PL_LNK_STATUS_CNF)
        assert isinstance(cnf, VS_PL_LNK_STATUS_CNF)
        return cnf.MSTATUS == 0 and cnf.LINK_STATUS == LINK_STATUS_LINK

    async def reset(self) -> None:
        cnf = await self._request(VS_RS_DEV_REQ(), VS_RS_DEV_CNF)
        assert isinstance(cnf, VS_RS_DEV_CNF)
        if cnf.MSTATUS != 0:
            raise ModemError(f"VS_RS_DEV.CNF MSTATUS {cnf.MSTATUS}")

    async def firmware(self) -> str:
        cnf = await self._request(VS_SW_VER_REQ(), VS_SW_VER_CNF)
        assert isinstance(cnf, VS_SW_VER_CNF)
        return cnf.MVERSION.rstrip(b"\x00").decode("ascii", "replace")


MODEMS: dict[str, type[HomePlugModem]] = {"qca": QcaModem, "homeplug": HomePlugModem}


def make_modem(kind: str, send: Callable[[bytes], None], host_mac: str, **options: float | str) -> HomePlugModem:
    try:
        cls = MODEMS[kind]
    except KeyError:
        raise ValueError(f"unknown modem {kind!r}; choose one of {sorted(MODEMS)}") from None
    return cls(send, host_mac, **options)  # type: ignore[arg-type]
