"""-2 renegotiation (EVSENotification ReNegotiation, SAScheduleList again), grid caps, pause and resume."""
from __future__ import annotations

import iso2_ev as ev
from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso2_driver import Driver
from secc.grid.model import GridLimits
from secc.context import SetACPower, SetDCOutput
from secc.config import SECCConfig
from secc.controller import EnergyService, EVSENotification, MeterReading
from secc.session import PausedSessionStore
from test_iso2_errors import dc_until_precharge
from test_iso2_sessions import setup_eim

R = t.responseCodeType
N = t.EVSENotificationType
DC_ONLY = SECCConfig(services=(EnergyService.DC,))
F = lambda v: v.Value * 10.0 ** v.Multiplier  # noqa: E731


async def ac_charging(d: Driver) -> None:
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start"))


async def test_grid_cap_lowers_evse_max_current_in_charging_status() -> None:
    d = Driver()
    await ac_charging(d)
    d.ctx.grid.limits = GridLimits.flat(1, 6900.0)
    res = await d.send(ev.charging_status(d.sid))
    assert abs(F(res.EVSEMaxCurrent) - 10.0) < 0.01
    assert d.evse.ac_power_w <= 6900.0 or d.last.actions[0] == SetACPower(6900.0)


async def test_grid_cap_lowers_evse_maximum_limits_and_output_in_current_demand() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    d.ctx.grid.limits = GridLimits.flat(1, 20000.0)
    res = await d.send(ev.current_demand(d.sid, 400, 150))
    assert F(res.EVSEMaximumPowerLimit) == 20000 and res.EVSEPowerLimitAchieved
    assert d.last.actions[0] == SetDCOutput(400.0, 50.0)


async def test_evse_renegotiation_offers_a_new_sa_schedule_list() -> None:
    d = Driver()
    await ac_charging(d)
    d.ctx.pending_notification = (EVSENotification.ScheduleRenegotiation, 10)
    res = await d.send(ev.charging_status(d.sid))
    assert res.AC_EVSEStatus.EVSENotification is N.ReNegotiation and res.AC_EVSEStatus.NotificationMaxDelay == 10
    res = await d.send(ev.power_delivery(d.sid, "Renegotiate"))
    assert res.ResponseCode is R.OK and d.evse.contactors_closed
    assert res.EVSEStatus.EVSENotification is N._None
    d.ctx.grid.limits = GridLimits.flat(1, 11000.0)
    res = await d.send(ev.ac_cpd(d.sid))
    assert F(res.SASchedules.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0].PMax) == 11000
    res = await d.send(ev.power_delivery(d.sid, "Start"))
    assert res.ResponseCode is R.OK and d.ctx.selected_schedule.charge_power_w == 11000
    res = await d.send(ev.charging_status(d.sid))
    assert res.ResponseCode is R.OK and res.AC_EVSEStatus.EVSENotification is N._None


async def test_dc_renegotiation_skips_cable_check_with_contactors_closed() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    await d.send(ev.current_demand(d.sid))
    await d.send(ev.power_delivery(d.sid, "Renegotiate", dc=True))
    await d.send(ev.dc_cpd(d.sid))
    res = await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    assert res.ResponseCode is R.OK
    res = await d.send(ev.current_demand(d.sid))
    assert res.ResponseCode is R.OK


async def test_renegotiation_may_not_switch_ac_to_dc() -> None:
    d = Driver()
    await ac_charging(d)
    await d.send(ev.power_delivery(d.sid, "Renegotiate"))
    res = await d.send(ev.ac_cpd(d.sid, mode=t.EnergyTransferModeType.AC_single_phase_core))
    assert res.ResponseCode is R.FAILED_WrongEnergyTransferMode and d.ended


async def test_evse_terminate_is_stop_charging_with_its_deadline() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    d.ctx.pending_notification = (EVSENotification.Terminate, 5)
    res = await d.send(ev.current_demand(d.sid))
    assert res.DC_EVSEStatus.EVSENotification is N.StopCharging
    assert res.DC_EVSEStatus.EVSEStatusCode is t.DC_EVSEStatusCodeType.EVSE_Shutdown
    assert d.ctx.notification_deadline == d.now + 5
    await d.send(ev.power_delivery(d.sid, "Stop", dc=True))
    assert d.ctx.notification_deadline is None and not d.evse.contactors_closed


async def test_stopped_session_offers_zero_and_says_emergency_shutdown() -> None:
    d = Driver(DC_ONLY)
    await dc_until_precharge(d)
    await d.send(ev.power_delivery(d.sid, "Start", dc=True))
    d.ctx.stopped = True
    d.ctx.pending_notification = (EVSENotification.Terminate, 0)
    res = await d.send(ev.current_demand(d.sid))
    assert F(res.EVSEMaximumPowerLimit) == 0 and F(res.EVSEMaximumCurrentLimit) == 0 and getattr(d.last.actions[0], "current_a") == 0
    assert res.DC_EVSEStatus.EVSEStatusCode is t.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown


async def test_exit_standby_cannot_be_said_in_2_and_is_dropped() -> None:
    d = Driver()
    await ac_charging(d)
    d.ctx.pending_notification = (EVSENotification.ExitStandby, 5)
    res = await d.send(ev.charging_status(d.sid))
    assert res.AC_EVSEStatus.EVSENotification is N._None and d.ctx.pending_notification is None


async def test_metering_confirmation_in_an_eim_session_is_dropped() -> None:
    d = Driver()
    await ac_charging(d)
    d.ctx.pending_notification = (EVSENotification.MeteringConfirmation, 5)
    res = await d.send(ev.charging_status(d.sid))
    assert res.ReceiptRequired is None and d.ctx.pending_notification is None


async def test_pause_and_resume_by_session_id() -> None:
    store = PausedSessionStore(3600)
    d = Driver(paused=store)
    await ac_charging(d)
    await d.send(ev.power_delivery(d.sid, "Stop"))
    res = await d.send(ev.session_stop(d.sid, "Pause"))
    assert res.ResponseCode is R.OK and d.last.pause
    sid = d.sid
    again = Driver(paused=store)
    res = await again.send(ev.session_setup(sid))
    assert res.ResponseCode is R.OK_OldSessionJoined and again.sid == sid
    await setup_eim_after_setup(again)
    res = await again.send(ev.ac_cpd(sid))
    assert res.ResponseCode is R.OK


async def test_resume_with_an_expired_session_id_is_a_new_session() -> None:
    store = PausedSessionStore(0)
    d = Driver(paused=store)
    await d.send(ev.session_setup())
    await d.send(ev.session_stop(d.sid, "Pause"))
    again = Driver(paused=store)
    res = await again.send(ev.session_setup(d.sid))
    assert res.ResponseCode is R.OK_NewSessionEstablished and again.sid != d.sid


async def test_pause_not_allowed_ends_without_keeping_the_session() -> None:
    d = Driver(SECCConfig(pause_allowed=False))
    await d.send(ev.session_setup())
    res = await d.send(ev.session_stop(d.sid, "Pause"))
    assert res.ResponseCode is R.OK and not d.last.pause and d.sid not in d.paused


async def setup_eim_after_setup(d: Driver) -> None:
    await d.send(ev.service_discovery(d.sid))
    await d.send(ev.payment_selection(d.sid))
    res = await d.send(ev.authorization(d.sid))
    assert res.EVSEProcessing is t.EVSEProcessingType.Finished


async def test_schedule_offers_of_the_controller_become_sa_schedule_tuples() -> None:
    from secc.controller import ScheduleOffer
    from secc.simulator import SimulatorSettings

    offers = [ScheduleOffer(charge=((3600, 11000), (3600, 22000), (3600, 7000))), ScheduleOffer(charge=((7200, 4000),))]
    d = Driver(settings=SimulatorSettings(schedule_offers=offers))
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid, max_entries=2))
    tuples = res.SASchedules.SAScheduleTuple
    assert [x.SAScheduleTupleID for x in tuples] == [1, 2]
    entries = tuples[0].PMaxSchedule.PMaxScheduleEntry
    assert [(e.TimeInterval.start, e.TimeInterval.duration, F(e.PMax)) for e in entries] == [(0, None, 11000), (3600, 3600, 22000)]
    res = await d.send(ev.power_delivery(d.sid, "Start", tuple_id=1, profile=[(0, 11000, 3), (3600, 22000, 3)]))
    assert res.ResponseCode is R.OK and d.ctx.selected_schedule.charge_power_w == 22000


async def test_slow_schedule_offers_get_the_flat_cap_in_time() -> None:
    """A controller waiting for its CSMS must not cost the EV its ChargeParameterDiscoveryRes: after the
    budget the SECC offers the EVSE/grid cap (Finished) and can renegotiate once the profile arrives."""
    import asyncio

    from secc.simulator import SimulatedEVSE

    class WaitingForCSMS(SimulatedEVSE):
        async def schedule_offers(self, info, departure_time_s):
            await asyncio.sleep(3600)

    d = Driver(evse=WaitingForCSMS())
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid))
    assert res.ResponseCode is R.OK and res.EVSEProcessing is t.EVSEProcessingType.Finished
    assert F(res.SASchedules.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0].PMax) == 22000


async def test_resumed_session_offers_only_the_paused_payment_option() -> None:
    """[V2G2-741]: a resumed session reuses the payment option the paused one selected."""
    store = PausedSessionStore(3600)
    d = Driver(SECCConfig(authorization_methods=("EIM", "PnC")), paused=store, pnc=_authorizer(), tls=True)
    await d.send(ev.session_setup())
    res = await d.send(ev.service_discovery(d.sid))
    assert len(res.PaymentOptionList.PaymentOption) == 2
    await d.send(ev.payment_selection(d.sid))
    await d.send(ev.session_stop(d.sid, "Pause"))
    again = Driver(SECCConfig(authorization_methods=("EIM", "PnC")), paused=store, pnc=_authorizer(), tls=True)
    await again.send(ev.session_setup(d.sid))
    res = await again.send(ev.service_discovery(again.sid))
    assert res.PaymentOptionList.PaymentOption == [t.paymentOptionType.ExternalPayment]
    res = await again.send(ev.payment_selection(again.sid, "Contract"))
    assert res.ResponseCode is R.FAILED_PaymentSelectionInvalid


def _authorizer():
    from pki.profiles import Role, Suite
    from pki.testpki import build_pki
    from secc.authorization import ContractAuthorizer

    return ContractAuthorizer([build_pki(Suite.ISO2).root(Role.CONTRACT)])


async def test_price_levels_become_an_unsigned_sales_tariff_in_eim_only() -> None:
    from secc.config import PricingConfig

    d = Driver(SECCConfig(pricing=PricingConfig(kind="levels", price_levels=3)))
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid))
    tariff = res.SASchedules.SAScheduleTuple[0].SalesTariff
    assert tariff is not None and tariff.NumEPriceLevels == 3 and tariff.SalesTariffEntry[0].EPriceLevel == 1
    d = Driver(SECCConfig(pricing=PricingConfig(kind="absolute")))
    await setup_eim(d)
    res = await d.send(ev.ac_cpd(d.sid))
    assert res.SASchedules.SAScheduleTuple[0].SalesTariff is None


async def test_ac_power_follows_the_evs_charging_profile_under_the_cap() -> None:
    """ChargingStatusReq carries no present power: the EVSE plans with the EV's ChargingProfile (the charger's
    meter then agrees with the EV's) and never above the cap; without a profile the EV may take the cap."""
    d = Driver()
    await setup_eim(d)
    await d.send(ev.ac_cpd(d.sid))
    await d.send(ev.power_delivery(d.sid, "Start", profile=[(0, 3000.0, 3)]))
    await d.send(ev.charging_status(d.sid))
    assert d.last.actions == (SetACPower(3000.0),)
    d.ctx.grid.limits = GridLimits.flat(1, 2000.0)
    await d.send(ev.charging_status(d.sid))
    assert d.last.actions == (SetACPower(2000.0),)

    free = Driver()
    await ac_charging(free)
    free.ctx.grid.limits = GridLimits.flat(1, 6900.0)
    await free.send(ev.charging_status(free.sid))
    assert free.last.actions == (SetACPower(6900.0),)
