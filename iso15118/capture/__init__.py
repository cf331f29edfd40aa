"""Read V2G captures: SDP, SLAC, and per TCP connection the V2GTP messages of DIN 70121, ISO 15118-2 and
-20, reassembled, decrypted with an NSS key log where TLS was used, decoded with our codec.

    from iso15118.capture import KeyLog, read_capture, trace_line
    for event in read_capture("session.pcapng", keylog=KeyLog.load("keys.log")):
        print(trace_line(event))

Command line: `v2g-capture FILE [--keylog F] [--json | --summary]` (see iso15118.capture.__main__).
"""
from iso15118.capture.events import (
    CaptureEvent,
    Connection,
    ConnectionEvent,
    Endpoint,
    SDPEvent,
    SLACEvent,
    V2GEvent,
)
from iso15118.capture.reader import CaptureReader, read_capture
from iso15118.capture.report import SessionSummary, json_line, summarize_sessions, trace_line
from iso15118.capture.tlsdecrypt import KeyLog, TLSDecryptError

__all__ = ["CaptureEvent", "CaptureReader", "Connection", "ConnectionEvent", "Endpoint", "KeyLog", "SDPEvent",
           "SLACEvent", "SessionSummary", "TLSDecryptError", "V2GEvent", "json_line", "read_capture",
           "summarize_sessions", "trace_line"]
