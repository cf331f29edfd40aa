"""SECC behaviour other -20 stacks depend on (issue 11): tariffs on every schedule, the sequence after a
resumed SessionSetup, welding detection and pre-charge loops, the sequence leniencies we keep, and
real vehicles' quirks. Pure states through the Driver (no sockets)."""
from __future__ import annotations

import pytest
from secc_driver import Driver

from iso15118 import exi
from iso15118.messages import common_messages as cm
from iso15118.session.framing import namespace_of
from iso15118.session.units import from_rational as F
from secc import probe as p
from secc.config import PricingConfig, SECCConfig
from secc.controller import ControlMode as M, EnergyService as S
from iso15118.messages.common_types import processingType, responseCodeType as RC

Progress = cm.chargeProgressType
ONGOING, FINISHED = processingType.Ongoing, processingType.Finished


async def until_cpd(d: Driver, service: S, mode: M) -> None:
    for req in (p.sap_request(service.is_dc), p.session_setup()):
        await d.send(req)
    for req in (p.authorization_setup(d.sid), p.authorization_eim(d.sid), p.service_discovery(d.sid),
                p.service_selection(d.sid, service, mode)):
        assert (await d.send(req)).end is None


@pytest.mark.parametrize("kind", ["absolute", "levels"])
async def test_discharging_schedule_carries_the_tariff_too(kind: str) -> None:
    d = Driver(SECCConfig(pricing=PricingConfig(kind=kind)))
    await until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    out = await d.send(p.schedule_exchange(d.sid, M.Scheduled))
    tup = out.response.Scheduled_SEResControlMode.ScheduleTuple[0]
    field = "AbsolutePriceSchedule" if kind == "absolute" else "PriceLevelSchedule"
    charging, discharging = getattr(tup.ChargingSchedule, field), getattr(tup.DischargingSchedule, field)
    assert charging is not None and discharging is not None
    assert discharging.PriceScheduleID != charging.PriceScheduleID
    exi.decode(exi.encode(out.response), namespace_of(out.response))  # still valid -20 EXI


async def test_no_pricing_means_no_price_schedule_anywhere() -> None:
    d = Driver(SECCConfig(pricing=PricingConfig(kind="none")))
    await until_cpd(d, S.AC_BPT, M.Scheduled)
    await d.send(p.charge_parameter_discovery(d.sid, S.AC_BPT))
    tup = (await d.send(p.schedule_exchange(d.sid, M.Scheduled))).response.Scheduled_SEResControlMode.ScheduleTuple[0]
    for schedule in (tup.ChargingSchedule, tup.DischargingSchedule):
        assert schedule.AbsolutePriceSchedule is None and schedule.PriceLevelSchedule is None
