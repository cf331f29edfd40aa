"""SLAC and QCA modem management messages: typed dataclasses, built and parsed with scapy's HomePlug layers.

scapy.contrib.homeplugav gives the Ethernet/HomePlug AV header (MMV, MMTYPE, fragmentation or OUI);
it has no SLAC messages, so each dataclass here also declares its wire fields and `message()` turns
them into a scapy layer. One declaration serves both directions.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, TypeVar, dataclass_transform

from scapy.contrib.homeplugav import HomePlugAV
from scapy.fields import ByteField, Field, FieldLenField, LEShortField, MACField, StrFixedLenField, StrLenField
from scapy.layers.l2 import Ether
from scapy.packet import Packet, Raw

from . import constants as c

MIN_FRAME_LEN = 60  # Ethernet minimum without FCS: HomePlug MMEs are padded to it


class FrameError(ValueError):
    """A frame that cannot be taken as a SLAC/modem message (counted and logged by the receivers)."""


class MalformedFrame(FrameError):
    """Too short, inconsistent lengths, wrong MMV: the bytes do not make the message they claim."""


class UnsupportedMessage(FrameError):
    """Not HomePlug, or an MMTYPE this stack does not handle."""


# --- wire field declarations -----------------------------------------------------------------------
WireFields = Callable[[str], list[Field]]


def _wire(default: Any, make: WireFields, count: str | None = None) -> Any:
    return field(default=default, metadata={"wire": make, "count": count})


def u8(default: int = 0) -> Any:
    return _wire(default, lambda name: [ByteField(name, default)])


def u16le(default: int = 0) -> Any:
    return _wire(default, lambda name: [LEShortField(name, default)])


def mac(default: str = "00:00:00:00:00:00") -> Any:
    return _wire(default, lambda name: [MACField(name, default)])


def octets(size: int) -> Any:
    return _wire(bytes(size), lambda name: [StrFixedLenField(name, bytes(size), size)])


def counted(count: str, reserved_after_count: bool = False) -> Any:
    """Octets preceded by their one-octet count (and optionally one reserved octet between the two)."""

    def make(name: str) -> list[Field]:
        length = FieldLenField(count, None, length_of=name, fmt="B")
        data = StrLenField(name, b"", length_from=lambda pkt: getattr(pkt, count))
        return [length, ByteField("RSVD", 0), data] if reserved_after_count else [length, data]

    return _wire(b"", make, count)


# --- registry ----------------------------------------------------------------------------------------
_BY_MMTYPE: dict[int, type["Message"]] = {}


class Message:
    """Base of all messages; subclasses are dataclasses registered by `message()`."""

    MMTYPE: ClassVar[int]
    MMV: ClassVar[int]
    LAYER: ClassVar[type[Packet]]
    MIN_PAYLOAD: ClassVar[int]
    FULL_PAYLOAD: ClassVar[int]
    # set by dataclass() in `message()`; declared so the type checker sees every Message as a dataclass
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]

    def layer(self) -> Packet:
        return self.LAYER(**{f.name: getattr(self, f.name) for f in dataclasses.fields(self)})


_M = TypeVar("_M", bound=Message)


@dataclass_transform(field_specifiers=(field,))
def message(
    mmtype: int, mmv: int = c.MMV_HOMEPLUG_AV11, min_payload: int | None = None
) -> Callable[[type[_M]], type[_M]]:
    """Register a message; `min_payload` accepts senders that cut the tail (zeros stand in for it)."""

    def register(cls: type[_M]) -> type[_M]:
        cls = dataclass(cls)
        wire: list[Field] = []
        for f in dataclasses.fields(cls):
            wire.extend(f.metadata["wire"](f.name))
        cls.LAYER = type(cls.__name__ + "_Layer", (Packet,), {"name": cls.__name__, "fields_desc": wire})
        cls.MMTYPE, cls.MMV = mmtype, mmv
        cls.FULL_PAYLOAD = len(bytes(cls.LAYER()))
        cls.MIN_PAYLOAD = cls.FULL_PAYLOAD if min_payload is None else min_payload
        _BY_MMTYPE[mmtype] = cls
        return cls

    return register


# --- ISO 15118-3 / HomePlug Green PHY SLAC messages --------------------------------------------------
@message(c.CM_SLAC_PARM | c.MMTYPE_REQ)
class CM_SLAC_PARM_REQ(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    RunID: bytes = octets(c.RUN_ID_LEN)


@message(c.CM_SLAC_PARM | c.MMTYPE_CNF)
class CM_SLAC_PARM_CNF(Message):
    M_SOUND_TARGET: str = mac(c.BROADCAST)
    NUM_SOUNDS: int = u8(c.C_EV_match_MNBC)
    Time_Out: int = u8(6)
    RESP_TYPE: int = u8(c.RESP_TYPE_OTHER_GP_STA)
    FORWARDING_STA: str = mac()
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    RunID: bytes = octets(c.RUN_ID_LEN)


@message(c.CM_START_ATTEN_CHAR | c.MMTYPE_IND)
class CM_START_ATTEN_CHAR_IND(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    NUM_SOUNDS: int = u8(c.C_EV_match_MNBC)
    Time_Out: int = u8(6)
    RESP_TYPE: int = u8(c.RESP_TYPE_OTHER_GP_STA)
    FORWARDING_STA: str = mac()
    RunID: bytes = octets(c.RUN_ID_LEN)


@message(c.CM_MNBC_SOUND | c.MMTYPE_IND, min_payload=2 + c.STATION_ID_LEN + 1 + c.RUN_ID_LEN)
class CM_MNBC_SOUND_IND(Message):
    """open-plc-utils' pev (Debian build) sends 17 octets after RunID instead of RSVD(8)+Rnd(16)."""

    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    SenderID: bytes = octets(c.STATION_ID_LEN)
    Cnt: int = u8()
    RunID: bytes = octets(c.RUN_ID_LEN)
    RSVD: bytes = octets(8)
    Rnd: bytes = octets(16)


@message(c.CM_ATTEN_PROFILE | c.MMTYPE_IND)
class CM_ATTEN_PROFILE_IND(Message):
    """Sent by a modem to its own host for each M-Sound it heard (HPGP; absent from scapy)."""

    PEV_MAC: str = mac()
    AAG: bytes = counted("NumGroups", reserved_after_count=True)


@message(c.CM_ATTEN_CHAR | c.MMTYPE_IND)
class CM_ATTEN_CHAR_IND(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    SOURCE_ADDRESS: str = mac()
    RunID: bytes = octets(c.RUN_ID_LEN)
    SOURCE_ID: bytes = octets(c.STATION_ID_LEN)
    RESP_ID: bytes = octets(c.STATION_ID_LEN)
    NumSounds: int = u8()
    AAG: bytes = counted("NumGroups")


@message(c.CM_ATTEN_CHAR | c.MMTYPE_RSP)
class CM_ATTEN_CHAR_RSP(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    SOURCE_ADDRESS: str = mac()
    RunID: bytes = octets(c.RUN_ID_LEN)
    SOURCE_ID: bytes = octets(c.STATION_ID_LEN)
    RESP_ID: bytes = octets(c.STATION_ID_LEN)
    Result: int = u8()


@message(c.CM_VALIDATE | c.MMTYPE_REQ)
class CM_VALIDATE_REQ(Message):
    SignalType: int = u8()
    Timer: int = u8()
    Result: int = u8()


@message(c.CM_VALIDATE | c.MMTYPE_CNF)
class CM_VALIDATE_CNF(Message):
    SignalType: int = u8()
    ToggleNum: int = u8()
    Result: int = u8()


MATCH_REQ_MVF_LENGTH = 0x3E
MATCH_CNF_MVF_LENGTH = 0x56


@message(c.CM_SLAC_MATCH | c.MMTYPE_REQ)
class CM_SLAC_MATCH_REQ(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    MVFLength: int = u16le(MATCH_REQ_MVF_LENGTH)
    PEV_ID: bytes = octets(c.STATION_ID_LEN)
    PEV_MAC: str = mac()
    EVSE_ID: bytes = octets(c.STATION_ID_LEN)
    EVSE_MAC: str = mac()
    RunID: bytes = octets(c.RUN_ID_LEN)
    RSVD: bytes = octets(8)


@message(c.CM_SLAC_MATCH | c.MMTYPE_CNF)
class CM_SLAC_MATCH_CNF(Message):
    APPLICATION_TYPE: int = u8()
    SECURITY_TYPE: int = u8()
    MVFLength: int = u16le(MATCH_CNF_MVF_LENGTH)
    PEV_ID: bytes = octets(c.STATION_ID_LEN)
    PEV_MAC: str = mac()
    EVSE_ID: bytes = octets(c.STATION_ID_LEN)
    EVSE_MAC: str = mac()
    RunID: bytes = octets(c.RUN_ID_LEN)
    RSVD1: bytes = octets(8)
    NID: bytes = octets(c.NID_LEN)
    RSVD2: int = u8()
    NMK: bytes = octets(c.NMK_LEN)


@message(c.CM_SET_KEY | c.MMTYPE_REQ)
class CM_SET_KEY_REQ(Message):
    KeyType: int = u8(c.CM_SET_KEY_TYPE_NMK)
    MyNonce: bytes = octets(4)
    YourNonce: bytes = octets(4)
    PID: int = u8(c.CM_SET_KEY_PID_HLE)
    PRN: int = u16le()
    PMN: int = u8()
    CCoCapability: int = u8()
    NID: bytes = octets(c.NID_LEN)
    NewEKS: int = u8(0x01)
    NewKey: bytes = octets(c.NMK_LEN)


@message(c.CM_SET_KEY | c.MMTYPE_CNF)
class CM_SET_KEY_CNF(Message):
    Result: int = u8(c.CM_SET_KEY_RESULT_SUCCESS)
    MyNonce: bytes = octets(4)
    YourNonce: bytes = octets(4)
    PID: int = u8(c.CM_SET_KEY_PID_HLE)
    PRN: int = u16le()
    PMN: int = u8()
    CCoCapability: int = u8()


# --- Qualcomm QCA7000/7005/AR7420 local management (MMV 0, OUI 00:B0:52) -----------------------------
@message(c.VS_SW_VER | c.MMTYPE_REQ, mmv=c.MMV_VENDOR)
class VS_SW_VER_REQ(Message):
    """Firmware version request: the OUI is the whole body."""


@message(c.VS_SW_VER | c.MMTYPE_CNF, mmv=c.MMV_VENDOR)
class VS_SW_VER_CNF(Message):
    MSTATUS: int = u8()
    MDEVICEID: int = u8()
    MVERSION: bytes = counted("MVERLENGTH")


@message(c.VS_RS_DEV | c.MMTYPE_REQ, mmv=c.MMV_VENDOR)
class VS_RS_DEV_REQ(Message):
    """Reset the modem (it forgets a key set without writing its PIB)."""


@message(c.VS_RS_DEV | c.MMTYPE_CNF, mmv=c.MMV_VENDOR)
class VS_RS_DEV_CNF(Message):
    MSTATUS: int = u8()


@message(c.VS_PL_LNK_STATUS | c.MMTYPE_REQ, mmv=c.MMV_VENDOR)
class VS_PL_LNK_STATUS_REQ(Message):
    """Is the modem in a logical network with another station?"""


LINK_STATUS_NO_LINK = 0x00
LINK_STATUS_LINK = 0x01


@message(c.VS_PL_LNK_STATUS | c.MMTYPE_CNF, mmv=c.MMV_VENDOR)
class VS_PL_LNK_STATUS_CNF(Message):
    MSTATUS: int = u8()
    LINK_STATUS: int = u8()


# --- frames ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    """One received or to-be-sent MME with its Ethernet addresses."""

    dst: str
    src: str
    message: Message

    def to_bytes(self) -> bytes:
        # Layers serialised one by one and joined: stacking scapy packets with "/" costs ~5x more.
        msg = self.message
        ethernet = _mac(self.dst) + _mac(self.src) + c.ETH_P_HOMEPLUG.to_bytes(2, "big")
        raw = ethernet + _homeplug_header(msg.MMV, msg.MMTYPE) + bytes(msg.layer())
        return raw.ljust(MIN_FRAME_LEN, b"\x00")


def _mac(text: str) -> bytes:
    octets = bytes.fromhex(text.replace(":", ""))
    if len(octets) != 6:
        raise ValueError(f"not a MAC address: {text!r}")
    return octets


@functools.lru_cache(maxsize=64)
def _homeplug_header(mmv: int, mmtype: int) -> bytes:
    """MMV, MMTYPE and the fragmentation field (MMV 1) or the QCA OUI (MMV 0), from scapy's layer."""
    return bytes(HomePlugAV(version=mmv, HPtype=mmtype))


def encode(dst: str, src: str, msg: Message) -> bytes:
    return Frame(dst, src, msg).to_bytes()


def ethertype(raw: bytes) -> int:
    """The EtherType without parsing the frame (hot path of the simulator)."""
    return int.from_bytes(raw[12:14], "big") if len(raw) >= 14 else -1


def mmtype_of(raw: bytes) -> int | None:
    """The MMTYPE of a HomePlug frame, or None: lets the simulator route without a full parse."""
    if ethertype(raw) != c.ETH_P_HOMEPLUG or len(raw) < 17:
        return None
    return int.from_bytes(raw[15:17], "little")


def decode(raw: bytes) -> Frame:
    """Parse one Ethernet frame into a typed message; raises a FrameError subclass otherwise."""
    if ethertype(raw) != c.ETH_P_HOMEPLUG:
        raise UnsupportedMessage(f"EtherType 0x{ethertype(raw):04X} is not HomePlug")
    if len(raw) < 17:
        raise MalformedFrame(f"{len(raw)} octets is shorter than a HomePlug header")
    eth = Ether(raw)
    hp = eth.getlayer(HomePlugAV)
    if hp is None:
        raise MalformedFrame("no HomePlug AV header")
    cls = _BY_MMTYPE.get(hp.HPtype)
    if cls is None:
        raise UnsupportedMessage(f"MMTYPE 0x{hp.HPtype:04X} not handled")
    if hp.version != cls.MMV:
        raise MalformedFrame(f"{cls.__name__} with MMV {hp.version}, expected {cls.MMV}")
    if cls.MMV == c.MMV_VENDOR and (not hp.VendorField or hp.VendorField[0].OUI != c.QCA_OUI):
        raise UnsupportedMessage(f"{cls.__name__} not from the QCA OUI")
    payload = hp.payload
    body = bytes(payload.load) if isinstance(payload, Raw) else bytes(payload)
    if len(body) < cls.MIN_PAYLOAD:
        raise MalformedFrame(f"{cls.__name__}: {len(body)} octets, needs {cls.MIN_PAYLOAD}")
    layer = cls.LAYER(body.ljust(cls.FULL_PAYLOAD, b"\x00"))
    values = {f.name: layer.getfieldval(f.name) for f in dataclasses.fields(cls)}
    for f in dataclasses.fields(cls):
        count = f.metadata["count"]
        if count and len(values[f.name]) != layer.getfieldval(count):
            raise MalformedFrame(f"{cls.__name__}.{count} larger than the frame")
    return Frame(dst=eth.dst, src=eth.src, message=cls(**values))
