"""HomePlug/SLAC frame building and parsing, key derivation."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iso15118.slac import constants as c
from iso15118.slac import messages as m
from iso15118.slac.keys import nid_from_nmk, random_nmk

SRC, DST = "02:00:00:00:00:aa", "02:00:00:00:00:bb"

EXAMPLES: list[m.Message] = [
    m.CM_SLAC_PARM_REQ(RunID=b"12345678"),
    m.CM_SLAC_PARM_CNF(M_SOUND_TARGET=c.BROADCAST, NUM_SOUNDS=10, Time_Out=6, FORWARDING_STA=SRC, RunID=b"abcdefgh"),
    m.CM_START_ATTEN_CHAR_IND(NUM_SOUNDS=10, Time_Out=6, FORWARDING_STA=SRC, RunID=b"abcdefgh"),
    m.CM_MNBC_SOUND_IND(SenderID=b"V" * 17, Cnt=9, RunID=b"abcdefgh", Rnd=bytes(range(16))),
    m.CM_ATTEN_PROFILE_IND(PEV_MAC=SRC, AAG=bytes(range(58))),
    m.CM_ATTEN_CHAR_IND(SOURCE_ADDRESS=SRC, RunID=b"abcdefgh", NumSounds=10, AAG=bytes([12] * 58)),
    m.CM_ATTEN_CHAR_RSP(SOURCE_ADDRESS=SRC, RunID=b"abcdefgh", Result=0),
    m.CM_VALIDATE_REQ(SignalType=0, Timer=34, Result=1),
    m.CM_VALIDATE_CNF(SignalType=0, ToggleNum=2, Result=2),
    m.CM_SLAC_MATCH_REQ(PEV_ID=b"P" * 17, PEV_MAC=SRC, EVSE_MAC=DST, RunID=b"abcdefgh"),
    m.CM_SLAC_MATCH_CNF(PEV_MAC=SRC, EVSE_ID=b"E" * 17, EVSE_MAC=DST, RunID=b"abcdefgh", NID=b"\x01" * 7,
                        NMK=b"\x02" * 16),
    m.CM_SET_KEY_REQ(MyNonce=b"\xaa" * 4, NID=b"\x01" * 7, NewKey=b"\x02" * 16),
    m.CM_SET_KEY_CNF(Result=0, MyNonce=b"\x01" * 4),
    m.VS_SW_VER_REQ(),
    m.VS_SW_VER_CNF(MDEVICEID=0x20, MVERSION=b"MAC-QCA7000-1.1.0"),
    m.VS_RS_DEV_REQ(),
    m.VS_RS_DEV_CNF(MSTATUS=0),
    m.VS_PL_LNK_STATUS_REQ(),
    m.VS_PL_LNK_STATUS_CNF(LINK_STATUS=1),
]


@pytest.mark.parametrize("msg", EXAMPLES, ids=lambda msg: type(msg).__name__)
def test_round_trip(msg: m.Message) -> None:
    raw = m.encode(DST, SRC, msg)
    assert len(raw) >= m.MIN_FRAME_LEN
    frame = m.decode(raw)
    assert (frame.dst, frame.src, frame.message) == (DST, SRC, msg)


def test_wire_layout_of_slac_parm_req_and_vendor_header() -> None:
    raw = m.encode(c.BROADCAST, SRC, m.CM_SLAC_PARM_REQ(RunID=bytes(range(1, 9))))
    # Ethernet, EtherType 88E1, MMV 1, MMTYPE 6064 little-endian, FMI 0000, app 0, security 0, RunID
    assert raw[:29].hex() == "ffffffffffff0200000000aa88e1" "01" "6460" "0000" "00" "00" "0102030405060708"
    raw = m.encode(c.QCA_LOCALCAST, SRC, m.VS_PL_LNK_STATUS_REQ())
    assert raw[14:20].hex() == "00" "b8a0" "00b052"  # MMV 0, MMTYPE A0B8, QCA OUI


def test_match_cnf_layout_matches_iso_lengths() -> None:
    raw = m.encode(DST, SRC, m.CM_SLAC_MATCH_CNF())
    assert len(raw) == 19 + 2 + 2 + m.MATCH_CNF_MVF_LENGTH
    raw = m.encode(DST, SRC, m.CM_SLAC_MATCH_REQ())
    assert len(raw) == 19 + 2 + 2 + m.MATCH_REQ_MVF_LENGTH


def test_open_plc_utils_sized_atten_char_with_trailing_octets_is_accepted() -> None:
    """open-plc-utils sends its whole 255-group buffer; NumGroups tells what counts."""
    raw = m.encode(DST, SRC, m.CM_ATTEN_CHAR_IND(SOURCE_ADDRESS=SRC, RunID=b"abcdefgh", NumSounds=10,
                                                 AAG=bytes([20] * 58))) + bytes(255 - 58)
    assert m.decode(raw).message.AAG == bytes([20] * 58)


@pytest.mark.parametrize("cut", [10, 16, 20, 40])
def test_truncated_frames_are_malformed(cut: int) -> None:
    raw = m.encode(DST, SRC, m.CM_ATTEN_CHAR_IND(AAG=bytes(58)))
    with pytest.raises(m.FrameError):
        m.decode(raw[:cut])


def test_wrong_mmv_unknown_type_and_foreign_vendor_are_typed_errors() -> None:
    raw = bytearray(m.encode(DST, SRC, m.CM_SLAC_PARM_REQ()))
    raw[14] = 0x00
    with pytest.raises(m.MalformedFrame, match="MMV"):
        m.decode(bytes(raw))
    raw = bytearray(m.encode(DST, SRC, m.CM_SLAC_PARM_REQ()))
    raw[15:17] = (0x6100).to_bytes(2, "little")
    with pytest.raises(m.UnsupportedMessage):
        m.decode(bytes(raw))
    raw = bytearray(m.encode(DST, SRC, m.VS_RS_DEV_CNF()))
    raw[17:20] = b"\x00\x11\x22"
    with pytest.raises(m.UnsupportedMessage, match="OUI"):
        m.decode(bytes(raw))
    ipv6 = bytes(12) + b"\x86\xdd" + bytes(60)
    with pytest.raises(m.UnsupportedMessage):
        m.decode(ipv6)


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=0, max_size=200))
def test_arbitrary_bytes_never_escape_as_untyped_errors(body: bytes) -> None:
    raw = bytes.fromhex("ffffffffffff0200000000aa88e1") + body
    try:
        m.decode(raw)
    except m.FrameError:
        pass


def test_nid_derivation_matches_open_plc_utils_defaults() -> None:
    # evse.ini / pev.ini defaults of open-plc-utils: NMK and the NID it derives for it
    assert nid_from_nmk(bytes.fromhex("B59319D7E8157BA001B018669CCEE30D")).hex() == "026bcba5354e08"
    assert nid_from_nmk(bytes.fromhex("50D3E4933F855B7040784DF815AA8DB7")).hex() == "b0f2e695666b03"
    nmk = random_nmk()
    assert len(nmk) == 16 and nid_from_nmk(nmk)[6] >> 4 == 0  # simple-connect security level
    assert random_nmk() != nmk
    with pytest.raises(ValueError):
        nid_from_nmk(b"short")


def test_every_message_declares_only_wire_fields() -> None:
    for msg in EXAMPLES:
        assert all("wire" in f.metadata for f in dataclasses.fields(msg))


def test_short_sound_as_open_plc_utils_sends_it_is_accepted() -> None:
    """Their pev ends CM_MNBC_SOUND.IND 17 octets after RunID; RunID is what counts."""
    full = m.encode(c.BROADCAST, SRC, m.CM_MNBC_SOUND_IND(Cnt=9, RunID=b"abcdefgh"))
    frame = m.decode(full[:64])
    assert frame.message.RunID == b"abcdefgh" and frame.message.Cnt == 9
    with pytest.raises(m.MalformedFrame):
        m.decode(full[: 19 + 27])  # RunID itself cut
