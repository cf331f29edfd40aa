"""Fixtures: a throwaway test PKI and in-process SECC servers over loopback TLS 1.3."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from e2e_harness import Certificates, SECCHarness, make_certificates

from iso15118 import tls, v2gtp
from secc.config import SECCConfig
from secc.session import PausedSessionStore, SECCSession, SessionCallbacks
from secc.simulator import SimulatedEVSE, SimulatorSettings


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("pki"))


@pytest.fixture
async def secc_server(certificates: Certificates) -> AsyncIterator[Callable[..., Any]]:
    servers: list[v2gtp.V2GServer] = []

    async def start(config: SECCConfig | None = None, settings: SimulatorSettings | None = None) -> SECCHarness:
        config = config or SECCConfig()
        harness = SECCHarness(config=config, evse=SimulatedEVSE(settings or SimulatorSettings()))
        paused = PausedSessionStore(config.paused_session_expiry_s)
        ctx = tls.secc_server_context(
            certificates.secc_chain, certificates.secc_key, client_auth=tls.ClientAuth.NONE
        )

        async def handle(conn: v2gtp.V2GTPConnection) -> None:
            session: SECCSession

            def trace(line: str) -> None:
                parts = line.split()
                if len(parts) > 3 and parts[2] == "<-":
                    name = parts[3]
                    harness.requests.append(name)
                    if harness.on_request is not None:
                        harness.on_request(session, name, harness.count(name))

            session = SECCSession(
                conn,
                config,
                harness.evse,
                paused=paused,
                callbacks=SessionCallbacks(trace=trace, session_ended=harness.summaries.append),
            )
            harness.sessions.append(session)
            await session.run()

        server = await v2gtp.start_server(handle, "::1", 0, ssl_context=ctx)
        servers.append(server)
        harness.port = server.port
        return harness

    yield start
    for server in servers:
        await server.close()


