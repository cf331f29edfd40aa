"""DIN 70121 and ISO 15118-2 in captures: the SupportedAppProtocol handshake picks the namespace, and the
0x8001 payloads after it decode as that generation's V2G_Message (one connection each)."""
from __future__ import annotations

from pathlib import Path

from scapy.layers.inet import TCP
from scapy.layers.inet6 import IPv6
from scapy.layers.l2 import Ether
from scapy.packet import Raw
from scapy.utils import wrpcap

from iso15118 import exi, v2gtp
from iso15118.capture import ConnectionEvent, V2GEvent, read_capture, summarize_sessions
from iso15118.capture.report import message_name
from iso15118.messages import APP_PROTOCOL
from iso15118.v2gtp import PayloadType

_ETH = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")  # explicit: scapy would resolve a neighbour
DIN = "urn:din:70121:2012:MsgDef"
ISO2 = "urn:iso:15118:2:2013:MsgDef"


def _sap(namespace: str) -> list[bytes]:
    req = exi.from_json({"supportedAppProtocolReq": {"AppProtocol": [
        {"ProtocolNamespace": "urn:iso:std:iso:15118:-20:DC", "VersionNumberMajor": 1, "VersionNumberMinor": 0,
         "SchemaID": 1, "Priority": 1},
        {"ProtocolNamespace": namespace, "VersionNumberMajor": 2, "VersionNumberMinor": 0, "SchemaID": 7,
         "Priority": 2}]}}, APP_PROTOCOL)
    res = exi.from_json({"supportedAppProtocolRes": {"ResponseCode": "OK_SuccessfulNegotiation", "SchemaID": 7}},
                        APP_PROTOCOL)
    return [v2gtp.pack(PayloadType.SAP, exi.encode(m)) for m in (req, res)]


def _message(namespace: str, session_id: str, name: str, body: dict) -> bytes:
    message = exi.from_json({"V2G_Message": {"Header": {"SessionID": session_id}, "Body": {name: body}}}, namespace)
    return v2gtp.pack(PayloadType.SAP, exi.encode(message))  # DIN/-2 ride on 0x8001 too


def _conversation(port: int, frames: list[bytes], split: bool = True) -> list:
    ev, secc = ("fe80::1", port + 1000), ("fe80::2", port)
    seq = {True: 1000, False: 9000}
    packets = [_ETH / IPv6(src=ev[0], dst=secc[0]) / TCP(sport=ev[1], dport=secc[1], flags="S", seq=seq[True] - 1),
               _ETH / IPv6(src=secc[0], dst=ev[0]) / TCP(sport=secc[1], dport=ev[1], flags="SA", seq=seq[False] - 1,
                                                             ack=seq[True])]
    for index, frame in enumerate(frames):
        from_ev = index % 2 == 0
        (src, dst) = (ev, secc) if from_ev else (secc, ev)
        # each frame split in two segments, the second sent first: reassembly puts them in order
        half = len(frame) // 2 if split else 0
        for offset, chunk in ((half, frame[half:]), (0, frame[:half])) if split else ((0, frame),):
            packets.append(_ETH / IPv6(src=src[0], dst=dst[0])
                           / TCP(sport=src[1], dport=dst[1], flags="PA", seq=seq[from_ev] + offset) / Raw(chunk))
        seq[from_ev] += len(frame)
    return packets


def test_din_and_iso2_sessions_decode_in_their_namespaces(tmp_path: Path) -> None:
    din = _sap(DIN) + [_message(DIN, "00", "SessionSetupReq", {"EVCCID": "020000000001"}),
                       _message(DIN, "06ef0071", "SessionSetupRes",
                                {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": "49"})]
    iso2 = _sap(ISO2) + [_message(ISO2, "00", "SessionSetupReq", {"EVCCID": "020000000002"}),
                         _message(ISO2, "0102030405060708", "SessionSetupRes",
                                  {"ResponseCode": "OK_NewSessionEstablished", "EVSEID": "DE*PNX*E1"})]
    wrpcap(str(tmp_path / "old.pcap"), _conversation(61001, din) + _conversation(61002, iso2))
    events = list(read_capture(tmp_path / "old.pcap"))
    decoded = [(e.connection.index, e.namespace, message_name(e.message)) for e in events if isinstance(e, V2GEvent)]
    assert decoded == [
        (1, APP_PROTOCOL, "supportedAppProtocolReq"), (1, APP_PROTOCOL, "supportedAppProtocolRes"),
        (1, DIN, "SessionSetupReq"), (1, DIN, "SessionSetupRes"),
        (2, APP_PROTOCOL, "supportedAppProtocolReq"), (2, APP_PROTOCOL, "supportedAppProtocolRes"),
        (2, ISO2, "SessionSetupReq"), (2, ISO2, "SessionSetupRes"),
    ]
    assert [s.protocol for s in summarize_sessions(events)] == ["DIN SPEC 70121", "ISO 15118-2"]
    # the 4-byte SessionID a Tesla Supercharger assigns is read as sent
    din_ids = [e.message.Header.SessionID for e in events if isinstance(e, V2GEvent) and e.namespace == DIN]
    assert din_ids == [b"\x00", bytes.fromhex("06ef0071")]


def test_old_generation_without_its_handshake_is_guessed(tmp_path: Path) -> None:
    """A capture that starts after SupportedAppProtocol still decodes DIN/-2 (tried in turn)."""
    frames = [_message(ISO2, "00", "SessionSetupReq", {"EVCCID": "020000000002"})]
    wrpcap(str(tmp_path / "late.pcap"), _conversation(61003, frames, split=False)[2:])  # no SYN either
    events = list(read_capture(tmp_path / "late.pcap"))
    [event] = [e for e in events if isinstance(e, V2GEvent)]
    assert event.namespace == ISO2 and message_name(event.message) == "SessionSetupReq"
    assert any(isinstance(e, ConnectionEvent) and "namespace guessed" in e.text for e in events)
