"""Reassembly, SDP and SLAC frames in captures, without namespaces."""
from __future__ import annotations

from pathlib import Path

from scapy.layers.inet import UDP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.packet import Raw
from scapy.utils import wrpcap

from iso15118.capture import SDPEvent, SLACEvent, read_capture, trace_line
from iso15118.capture.tcp import Gap, HalfStream
from iso15118.sdp import SDPRequest, Security, TransportProtocol
from iso15118.slac import messages as slac


def test_reassembly_orders_trims_and_wraps() -> None:
    h = HalfStream()
    h.add(2**32 - 3, b"", syn=True)  # next byte at 2**32 - 2: the stream wraps after two bytes
    assert h.add(2**32 - 2, b"ab") == [b"ab"]
    assert h.add(3, b"fg") == []  # out of order: held
    assert h.add(0, b"cd") == [b"cd"]
    # 'd' was delivered already; 'exyz' covers 2..5, so the held 'fg' (3..4) becomes a duplicate
    assert h.add(1, b"dexyz") == [b"exyz"]
    assert h.offset == 8 and h.retransmitted == 3 and h.next_seq == 6


def test_overlapping_retransmission_keeps_first_copy() -> None:
    h = HalfStream()
    h.add(0, b"", syn=True)
    assert h.add(1, b"abc") == [b"abc"]
    assert h.add(2, b"XXdef") == [b"def"]  # the 2 known bytes are trimmed, not replaced
    assert h.retransmitted == 2


def test_hole_acknowledged_by_the_peer_is_reported_at_once() -> None:
    h = HalfStream()
    h.add(0, b"", syn=True)
    h.add(1, b"ab")
    assert h.add(10, b"late") == []
    assert h.acknowledged(5) == [Gap(offset=2, length=7), b"late"]


def test_sdp_and_slac_frames(tmp_path: Path) -> None:
    ev_mac, evse_mac = "02:00:00:00:00:01", "02:00:00:00:00:02"
    slac_frame = slac.encode("ff:ff:ff:ff:ff:ff", ev_mac, slac.CM_SLAC_PARM_REQ(RunID=b"\x01" * 8))
    packets = [
        Ether(slac_frame),
        Ether(src=ev_mac, dst="33:33:00:00:00:01") / IPv6(src="fe80::1", dst="ff02::1") / UDP(sport=50000, dport=15118)
        / Raw(SDPRequest(Security.TLS, TransportProtocol.TCP).to_datagram()),
        Ether(src=ev_mac, dst="33:33:00:00:00:01") / IPv6(src="fe80::1", dst="ff02::1") / UDP(sport=50000, dport=15118)
        / Raw(b"\x01\xfe\x90\x00\x00\x00\x00\x02\x07\x07"),  # invalid Security value
        Ether(src=ev_mac, dst=evse_mac, type=0x88E1) / Raw(b"\x01\xff\xff" + b"\x00" * 40),  # unknown MMTYPE
    ]
    out = tmp_path / "mixed.pcap"
    wrpcap(str(out), packets)
    events = list(read_capture(out))
    assert isinstance(events[0], SLACEvent) and events[0].name == "CM_SLAC_PARM_REQ" and events[0].error is None
    assert isinstance(events[1], SDPEvent) and events[1].message == SDPRequest(Security.TLS, TransportProtocol.TCP)
    assert isinstance(events[2], SDPEvent) and events[2].message is None and "Security" in (events[2].error or "")
    assert isinstance(events[3], SLACEvent) and events[3].error
    assert "ERROR" in trace_line(events[2]) and "CM_SLAC_PARM_REQ" in trace_line(events[0])
