"""Every request the EVCC builds (and every scripted response) survives the EXI codec unchanged."""
from __future__ import annotations

from typing import Any

import pytest
from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer
from evcc.d20.session import D20Session
from evcc.phase import EndKind
from iso15118 import exi
from iso15118.messages.common_types import evseNotificationType as N
from iso15118.session import framing


def roundtrip(message: Any) -> Any:
    back = exi.decode(exi.encode(message), framing.namespace_of(message))
    assert back == message
    return back


@pytest.mark.parametrize("energy", list(EnergyTransfer), ids=lambda e: e.value)
@pytest.mark.parametrize("bpt", [False, True], ids=["charge", "bpt"])
@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda m: m.name)
async def test_all_messages_encode(make_ev, clock, energy, bpt, mode) -> None:
    ev = make_ev(energy, discharge_allowed=True)
    secc = FakeSECC(notification_at_loop={2: N.ScheduleRenegotiation, 4: N.ServiceRenegotiation})
    config = EVCCConfig(energy_transfer=energy, bpt=bpt, control_mode=mode, max_charge_loops=6)
    run = await drive(D20Session(config), secc, ev, clock, mutate=roundtrip)
    for request in run.requests:
        roundtrip(request)
    assert run.end.kind is EndKind.Terminated
