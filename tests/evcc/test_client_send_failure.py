"""The client's edge: a send on a connection the SECC already closed ends the session, never raises."""
from __future__ import annotations

import time

from evcc.client import EVCCClient, SessionReport
from evcc.config import EVCCConfig
from evcc.d20.session import D20Session
from evcc.simulator import BatteryModel, SimulatedEV
from iso15118 import v2gtp


class ClosedConnection:
    async def send(self, payload_type: int, payload: bytes) -> None:
        raise v2gtp.V2GTPConnectionClosed(0, 0, "send on a closed connection")


async def test_send_on_a_connection_the_charger_closed_aborts_the_session() -> None:
    config = EVCCConfig(allow_plain_tcp=True)
    ev = SimulatedEV(battery=BatteryModel(soc=50.0), settings=config.settings,
                     energy_transfer=config.energy_transfer, time_scale=config.time_scale)
    client = EVCCClient(ev, config, ssl_context=None)
    session = D20Session(config)
    first = session.start_after_negotiation(await ev.status(), await ev.user_settings(), time.monotonic())
    step = await client._exchange(ClosedConnection(), session, first.request, 1.0, SessionReport(), None)
    assert step.end is not None and step.end.error
    assert "closed" in step.end.reason
