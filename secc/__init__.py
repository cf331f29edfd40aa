"""Charger side of ISO 15118-20: the SECC.

secc.controller  the EVSE controller interface a charger maker implements (read this first)
secc.server      SECCServer: SDP + TLS/TCP server, one session per connection
secc.session     SECCSession: runner of one session (timers, control events, feedback callbacks)
secc.protocols   the protocols it hosts (SupportedAppProtocol); secc/d20 the -20 states, secc.state and
                 secc.context what every protocol's states share
secc.simulator   a simulated EVSE (evcc.probe is the scripted EV for smoke/negative/load tests)
secc.cli         the `secc` command (TOML config, see secc/examples/secc.toml)
"""
