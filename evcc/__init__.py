"""The EV side (EVCC): ISO 15118-20 today, DIN 70121 and ISO 15118-2 beside it (negotiated per connection).

    evcc.controller   the async, protocol-neutral EV controller interface a vehicle / lab implements
    evcc.simulator    SimulatedEV: battery model (SoC, power curves, voltage) behind that interface
    evcc.config       EVCCConfig (preferences, protocols offered) and EVCCFile: the TOML file, typed
    evcc.protocols    registry: protocol name -> EVCCProtocol; the SupportedAppProtocol offer
    evcc.phase        Step, actions, SessionEnd, EVContext, Phase and the PhaseSession driver all protocols share
    evcc.d20          ISO 15118-20: context, one phase per awaited response, request builders, D20Session
    evcc.client       EVCCClient: SDP -> TLS/TCP -> V2GTP -> SupportedAppProtocol -> the negotiated session
    evcc.pnc          ContractCredentials: Plug & Charge signing of AuthorizationReq
    evcc.probe        a scripted -20 EV that probes a SECC (smoke, negative and load tests; built on evcc.d20.requests)
    evcc.cli          the `evcc` command (run, fleet); the demo is v2g_demo (`v2g-demo`), above evcc
"""
