"""Session glue shared by the SECC and the EVCC: timers, framing, SupportedAppProtocol, traces.

Modules: timers (the -20 timeouts), units (RationalNumber, headers, SessionID), framing (message
<-> V2GTP frame), app_protocol (SupportedAppProtocol negotiation), trace (trace lines, JSON-lines log).
"""
