"""Fixtures: a throwaway test PKI and in-process SECC servers over loopback TLS 1.3."""
from __future__ import annotations

import dataclasses

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from e2e_harness import Certificates, SECCHarness, make_certificates

from iso15118 import tls
from secc.config import SECCConfig
from secc.server import SECCServer
from secc.session import SessionCallbacks
from secc.simulator import SimulatedEVSE, SimulatorSettings


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("pki"))


@pytest.fixture
async def secc_server(certificates: Certificates) -> AsyncIterator[Callable[..., Any]]:
    """Start our SECCServer on ::1 (TLS 1.3, or plain TCP with tls_on=False; simulated EVSE per session);
    closed after the test."""
    servers: list[SECCServer] = []

    async def start(
        config: SECCConfig | None = None, settings: SimulatorSettings | None = None, pnc: Any = None, *,
        tls_on: bool = True, lab_plain: bool = False, tcp_listener: bool = False,
    ) -> SECCHarness:
        config = config or SECCConfig()
        settings = settings or SimulatorSettings()
        harness = SECCHarness(config=config)

        def factory() -> SimulatedEVSE:
            evse = SimulatedEVSE(dataclasses.replace(settings))
            harness.evses.append(evse)
            return evse

        def trace(line: str) -> None:
            parts = line.split()
            if len(parts) > 3 and parts[2] == "<-":
                harness.requests.append(parts[3])
                if harness.on_request is not None and harness.evses and harness.evses[-1].handle is not None:
                    harness.on_request(harness.evses[-1].handle, parts[3], harness.count(parts[3]))

        ctx = (tls.secc_server_context(certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE)
               if tls_on else None)
        callbacks = SessionCallbacks(trace=trace, session_ended=harness.summaries.append)
        server = SECCServer(config, factory, ssl_context=ctx, callbacks=callbacks, pnc=pnc, allow_plain_tcp=lab_plain,
                            tcp_listener=tcp_listener)
        await server.start("::1", 0)
        servers.append(server)
        harness.port = server.port
        harness.tcp_port = server.tcp_port
        return harness

    yield start
    for server in servers:
        await server.close()
