"""EVCC sequences that other -20 stacks check (issue 11): PowerTolerance answer, welding detection,
non-converging pre-charge, resume after OK_OldSessionJoined. Pure state machine, scripted SECC."""
from __future__ import annotations

import pytest
from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import ControlMode, EnergyTransfer
from evcc.session import EndKind, EVCCSession
from iso15118.messages import common_messages as cm

ACCEPTANCE = cm.powerToleranceAcceptanceType


def cfg(**kw: object) -> EVCCConfig:
    return EVCCConfig(**{"max_charge_loops": 3, "charge_loop_interval_s": 1.0, **kw})  # type: ignore[arg-type]


def start_request(run) -> cm.PowerDeliveryReq:  # type: ignore[no-untyped-def]
    return next(r for r in run.requests if isinstance(r, cm.PowerDeliveryReq)
                and r.ChargeProgress is cm.chargeProgressType.Start)


@pytest.mark.parametrize(
    ("tolerance", "accept", "expected"),
    [
        (2000.0, True, ACCEPTANCE.PowerToleranceConfirmed),
        (2000.0, False, ACCEPTANCE.PowerToleranceNotConfirmed),
        (None, True, None),  # nothing offered: nothing to answer (the element is optional)
    ],
)
async def test_power_tolerance_is_answered_in_scheduled_power_delivery(make_ev, clock, tolerance, accept, expected) -> None:
    config = cfg(energy_transfer=EnergyTransfer.AC, control_mode=ControlMode.Scheduled, accept_power_tolerance=accept)
    run = await drive(EVCCSession(config), FakeSECC(power_tolerance_w=tolerance), make_ev(EnergyTransfer.AC), clock)
    assert run.end.kind is EndKind.Terminated and not run.end.error
    mode = start_request(run).EVPowerProfile.Scheduled_EVPPTControlMode
    assert mode.PowerToleranceAcceptance is expected
