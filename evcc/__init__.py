"""The EV side of ISO 15118-20 (EVCC).

    evcc.controller   the async EV controller interface a vehicle / lab implements
    evcc.simulator    SimulatedEV: battery model (SoC, power curves, voltage) behind that interface
    evcc.config       EVCCConfig: preferences (AC/DC, BPT, control mode, EIM/PnC, user settings), TOML
    evcc.protocols    registry: protocol name -> EVCCProtocol (evcc.d20: ISO 15118-20)
    evcc.phase        Step, actions, SessionEnd, the phase driver shared by the protocols
    evcc.client       EVCCClient: SDP -> TLS 1.3 -> V2GTP around the state machine, pause/resume
    evcc.pnc          ContractCredentials: Plug & Charge signing of AuthorizationReq
    evcc.cli          the `evcc` command (run, fleet); the demo is v2g_demo (`v2g-demo`), above evcc
"""
