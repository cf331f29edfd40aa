"""Drive the -2 SECC through the runner's own pipeline (SECCSession.process), every message through EXI.

The first request negotiates ISO 15118-2 in SupportedAppProtocol, as a car does; from then on each
V2G_Message is encoded, decoded by the negotiated protocol and handed to the pipeline (precheck, the
stopped-session rule, gather, grid check, handle, actions, the mapping of timeouts and faults).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from iso15118 import exi
from iso15118.session.app_protocol import ISO15118_2
from iso15118.session.v2g_message import ISO2, PAYLOAD_TYPE
from secc.authorization import PnCAuthorizer
from secc.config import SECCConfig
from secc.context import Outcome
from secc.iso2.context import ISO2Context
from secc.session import PausedSessionStore
from secc.simulator import SimulatedEVSE, SimulatorSettings

sys.path.insert(0, str(Path(__file__).parent.parent))  # tests/secc: the one driver of SECCSession.process
import secc_driver  # noqa: E402


class Driver(secc_driver.Driver):
    def __init__(self, config: SECCConfig | None = None, settings: SimulatorSettings | None = None, *,
                 pnc: PnCAuthorizer | None = None, tls: bool = False, paused: PausedSessionStore | None = None,
                 evse: SimulatedEVSE | None = None) -> None:
        super().__init__(config, settings, tls_version="TLSv1.2" if tls else None, pnc=pnc, paused=paused, evse=evse)
        self.ended: str | None = None

    @property
    def ctx(self) -> ISO2Context:
        ctx = self.session.ctx
        assert isinstance(ctx, ISO2Context), "ISO 15118-2 not negotiated yet: send a request first"
        return ctx

    @property
    def sid(self) -> bytes:
        return self.session.ctx.session_id


    async def send(self, message: Any, now: float | None = None) -> Any:  # type: ignore[override]
        """The decoded response body; `self.last` keeps the Outcome."""
        return await self.send_raw(exi.encode(message), now)

    async def send_raw(self, data: bytes, now: float | None = None) -> Any:
        """As a car's encoder wrote it (values outside the schema's facets included)."""
        assert self.ended is None, f"session already ended: {self.ended}"
        if self.session.protocol is None:
            await self.negotiate(ISO15118_2)
        protocol = self.session.protocol
        assert protocol is not None
        req = protocol.request_of(protocol.decode(PAYLOAD_TYPE, data))
        outcome = await super().send(req, now)
        self.last: Outcome = outcome
        self.ended = outcome.end
        response = exi.decode(exi.encode(outcome.response), ISO2.namespace)
        assert response.Header.SessionID == self.ctx.session_id
        return response.Body.BodyElement
