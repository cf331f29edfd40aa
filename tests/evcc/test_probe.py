"""evcc.probe, the scripted EV: its requests are the EV's own -20 messages (evcc.d20.requests), schema-valid,
and carry what the probe asks for even beyond every limit (negative tests depend on that)."""
from __future__ import annotations

import pytest

from evcc import probe
from evcc.controller import EnergyTransfer
from evcc.d20 import requests
from iso15118 import exi
from iso15118.session.framing import decode_payload, payload_type_of
from iso15118.session.units import from_rational as F
from iso15118.session.vocabulary import ControlMode, EnergyService

SID = bytes(range(8))
SERVICES = [EnergyService.AC, EnergyService.DC, EnergyService.AC_BPT, EnergyService.DC_BPT]


def _roundtrip(message: object) -> object:
    decoded = decode_payload(payload_type_of(message), exi.encode(message))
    assert decoded == message
    return decoded


@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda m: m.name)
@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_every_request_of_a_session_is_schema_valid(service: EnergyService, mode: ControlMode) -> None:
    for message in (probe.session_setup(), probe.authorization_setup(SID), probe.authorization_eim(SID),
                    probe.service_discovery(SID), probe.service_detail(SID, service),
                    probe.service_selection(SID, service, mode), probe.charge_parameter_discovery(SID, service),
                    probe.schedule_exchange(SID, mode), probe.charge_loop(SID, service, mode, meter=True)):
        _roundtrip(message)


@pytest.mark.parametrize("mode", list(ControlMode), ids=lambda m: m.name)
@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name)
def test_charge_loop_takes_the_element_the_ev_would(service: EnergyService, mode: ControlMode) -> None:
    transfer = EnergyTransfer.DC if service.is_dc else EnergyTransfer.AC
    element = probe.charge_loop(SID, service, mode).CLReqControlMode
    assert type(element) is requests._CL_MODE[(transfer, mode, service.is_bpt)]


def test_charge_loop_power_is_sent_as_asked_beyond_every_limit() -> None:
    ac = _roundtrip(probe.charge_loop(SID, EnergyService.AC, ControlMode.Scheduled, power_w=1e6))
    assert F(ac.CLReqControlMode.EVPresentActivePower) == pytest.approx(1e6)  # type: ignore[attr-defined]
    dc = _roundtrip(probe.charge_loop(SID, EnergyService.DC, ControlMode.Scheduled, power_w=400_000, voltage=400))
    assert F(dc.CLReqControlMode.EVTargetCurrent) == pytest.approx(1000)  # type: ignore[attr-defined]
