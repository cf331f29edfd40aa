"""The capture reader on captures of our own sessions: every message the EV saw appears, decoded, in order;
TLS 1.3 is read through the key log; segmentation, reordering and loss are reassembled or reported."""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from scapy.layers.inet import TCP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.utils import PcapNgWriter, PcapReader, wrpcap

from iso15118.capture import ConnectionEvent, KeyLog, SDPEvent, V2GEvent, read_capture, summarize_sessions
from iso15118.capture.report import message_name
from iso15118.sdp import SDPRequest, SDPResponse
from tests.capture.conftest import CapturedSession, capture_session, requires_tcpdump
from tests.netns_helpers import NETNS_MARKS

pytestmark = [*NETNS_MARKS, requires_tcpdump]


@pytest.fixture(scope="module")
def tls_session(tmp_path_factory: pytest.TempPathFactory) -> CapturedSession:
    import asyncio

    return asyncio.run(capture_session(tmp_path_factory.mktemp("tls"), use_tls=True))


@pytest.fixture(scope="module")
def plain_session(tmp_path_factory: pytest.TempPathFactory) -> CapturedSession:
    import asyncio

    return asyncio.run(capture_session(tmp_path_factory.mktemp("plain"), use_tls=False))


def _v2g(events: list) -> list[V2GEvent]:
    return [e for e in events if isinstance(e, V2GEvent)]


def _errors(events: list) -> list:
    return [e for e in events if (e.error if isinstance(e, ConnectionEvent) else getattr(e, "error", None))]


def test_tls13_session_decrypted_with_the_ev_key_log(tls_session: CapturedSession) -> None:
    assert tls_session.report.end is not None and not tls_session.report.end.error
    events = list(read_capture(tls_session.pcap, KeyLog.load(tls_session.keylog)))
    assert _errors(events) == []
    sdp = [e for e in events if isinstance(e, SDPEvent)]
    assert any(isinstance(e.message, SDPRequest) for e in sdp) and any(isinstance(e.message, SDPResponse) for e in sdp)
    messages = _v2g(events)
    assert [message_name(e.message) for e in messages] == tls_session.ev_messages()
    assert all(e.from_ev == e.name.endswith("Req") for e in messages if e.name != "supportedAppProtocolReq")
    [summary] = summarize_sessions(events)
    assert summary.protocol == "ISO 15118-20" and summary.tls is not None and summary.tls.startswith("TLS 1.3")
    assert summary.messages == len(messages) and summary.codes == [] and summary.errors == []
    assert summary.ended.startswith("closed by the") and "SessionStopRes" in summary.ended


def test_tls13_session_without_the_key_log_says_so(tls_session: CapturedSession) -> None:
    events = list(read_capture(tls_session.pcap))
    assert _v2g(events) == []
    assert any(isinstance(e, ConnectionEvent) and "HANDSHAKE_TRAFFIC_SECRET in the key log" in e.text for e in events)
    assert any(isinstance(e, ConnectionEvent) and e.error and "TLS records not decrypted" in e.text for e in events)


def test_plain_session(plain_session: CapturedSession) -> None:
    events = list(read_capture(plain_session.pcap))
    assert _errors(events) == []
    assert [message_name(e.message) for e in _v2g(events)] == plain_session.ev_messages()


def _resegment(pcap: Path, out: Path, *, seed: int, pcapng: bool) -> None:
    """Rewrite every TCP payload as tiny segments (1-7 bytes), some merged back, shuffled within a window,
    with retransmissions; other packets unchanged."""
    rng = random.Random(seed)
    packets = []
    with PcapReader(str(pcap)) as reader:
        for pkt in reader:
            if not (pkt.haslayer(TCP) and len(pkt[TCP].payload)):
                packets.append(pkt)
                continue
            data, seq = bytes(pkt[TCP].payload), pkt[TCP].seq
            pieces, pos = [], 0
            while pos < len(data):
                n = rng.randint(1, 7) if rng.random() < 0.8 else rng.randint(8, 200)
                pieces.append((seq + pos, data[pos:pos + n]))
                pos += n
            pieces += [rng.choice(pieces) for _ in range(len(pieces) // 10)]  # retransmissions
            window = pieces[:]
            rng.shuffle(window)
            for piece_seq, chunk in window:
                new = pkt.copy()
                new[TCP].remove_payload()
                new[TCP].seq = piece_seq % (1 << 32)
                new = new.__class__(bytes(Ether(src=pkt[Ether].src, dst=pkt[Ether].dst) / IPv6(src=pkt[IPv6].src, dst=pkt[IPv6].dst) / new[TCP] / chunk))
                new.time = pkt.time
                packets.append(new)
    if pcapng:
        with PcapNgWriter(str(out)) as writer:
            for pkt in packets:
                writer.write(pkt)
    else:
        wrpcap(str(out), packets)


@pytest.mark.parametrize("pcapng", [False, True])
def test_segments_split_shuffled_and_retransmitted_reassemble(plain_session: CapturedSession, tmp_path: Path, pcapng: bool) -> None:
    out = tmp_path / ("split.pcapng" if pcapng else "split.pcap")
    _resegment(plain_session.pcap, out, seed=7, pcapng=pcapng)
    events = list(read_capture(out))
    assert _errors(events) == []
    assert [message_name(e.message) for e in _v2g(events)] == plain_session.ev_messages()


def test_tls_segments_split_and_shuffled_still_decrypt(tls_session: CapturedSession, tmp_path: Path) -> None:
    out = tmp_path / "split.pcap"
    _resegment(tls_session.pcap, out, seed=3, pcapng=False)
    events = list(read_capture(out, KeyLog.load(tls_session.keylog)))
    assert _errors(events) == []
    assert [message_name(e.message) for e in _v2g(events)] == tls_session.ev_messages()


def test_lost_segment_and_corrupt_header_are_reported_and_reading_continues(plain_session: CapturedSession, tmp_path: Path) -> None:
    packets = list(PcapReader(str(plain_session.pcap)))
    data_packets = [i for i, p in enumerate(packets) if p.haslayer(TCP) and len(p[TCP].payload)]
    lost = data_packets[4]  # a whole message never captured
    corrupt = data_packets[8]
    raw = bytearray(bytes(packets[corrupt][TCP].payload))
    raw[0] = 0x02  # V2GTP version 2: not a header
    packets[corrupt][TCP].remove_payload()
    packets[corrupt] = packets[corrupt].__class__(bytes(packets[corrupt]) + bytes(raw))
    del packets[lost]
    out = tmp_path / "damaged.pcap"
    wrpcap(str(out), packets)
    events = list(read_capture(out))
    errors = [e.text for e in events if isinstance(e, ConnectionEvent) and e.error]
    assert any("bytes missing from the capture" in e for e in errors), errors
    assert any("bad V2GTP header" in e for e in errors), errors
    decoded = [message_name(e.message) for e in _v2g(events) if e.message is not None]
    assert decoded[-1] == plain_session.ev_messages()[-1]  # read on to the end
    assert len(decoded) == len(plain_session.ev_messages()) - 2


def test_cli_outputs(tls_session: CapturedSession) -> None:
    run = lambda *a: subprocess.run([sys.executable, "-m", "iso15118.capture", str(tls_session.pcap), *a],
                                    capture_output=True, text=True, timeout=120)
    trace = run("--keylog", str(tls_session.keylog))
    assert trace.returncode == 0, trace.stderr
    assert "EV -> SECC SessionSetupReq" in trace.stdout and "SDP" in trace.stdout
    summary = run("--keylog", str(tls_session.keylog), "--summary")
    assert "ISO 15118-20, TLS 1.3" in summary.stdout
    as_json = run("--keylog", str(tls_session.keylog), "--json")
    assert '"kind": "v2g"' in as_json.stdout and '"SessionSetupReq"' in as_json.stdout
    locked = run()
    assert locked.returncode == 1 and "TLS records not decrypted" in locked.stdout
    missing = subprocess.run([sys.executable, "-m", "iso15118.capture", "/nonexistent.pcap"], capture_output=True, text=True)
    assert missing.returncode == 2 and "v2g-capture:" in missing.stderr
