"""An EV that hangs up while the SECC is answering: a connection close with a one-line reason and power off,
never an "internal error" with a traceback."""
from __future__ import annotations

import asyncio
import logging
import socket
import struct

import pytest
from test_secc_negative import pki_files, secc  # noqa: F401 - the fixtures of the negative suite

from iso15118 import exi
from evcc import probe as p
from secc.controller import ControlMode as M, EnergyService as S
from secc.session import payload_type_of


@pytest.mark.parametrize("service", [S.DC, S.AC])
async def test_peer_that_resets_while_the_secc_sends_is_a_connection_close(
        secc, service: S, caplog: pytest.LogCaptureFixture) -> None:  # noqa: F811
    caplog.set_level(logging.INFO)
    h = await secc()
    c = await h.probe()
    await c.start_charging(service, M.Dynamic)
    evse = h.evses[0]
    assert evse.contactors_closed
    evse.settings.response_delay_s = 0.3  # the next answer is still being prepared when the EV resets
    request = p.charge_loop(c.session_id, service, M.Dynamic)
    await c.conn.send(payload_type_of(request), exi.encode(request))
    sock = c.conn._writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.conn._writer.transport.abort()  # RST
    await h.ended()
    response = type(request).__name__.replace("Req", "Res")
    assert h.reason.startswith(f"connection closed while sending {response}"), h.reason
    h.assert_power_off()
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert bad == [], [r.getMessage() for r in bad]
    await asyncio.sleep(0)
