"""A scripted minimal EV for probing a SECC: smoke tests of an installation, negative tests, load.

Not the EVCC's session (evcc/d20): it sends fixed, valid -20 requests in the standard order and returns
the responses, so tests and benchmarks can drive a SECC to any state and then misbehave on purpose
(a power beyond every limit, a request out of sequence). Its messages are put together by the EV's own
builders (evcc.d20.requests) from the explicit values below.
"""
from __future__ import annotations

import asyncio
from functools import cache
from typing import Any

from evcc.controller import EnergyTransfer
from evcc.d20.requests import charge_loop_req, charge_parameter_discovery_req, schedule_exchange_req
from iso15118 import exi, v2gtp
from iso15118.messages import common_messages as cm, dc
from iso15118.messages.common_types import processingType
from iso15118.session.app_protocol import ISO15118_20_AC, ISO15118_20_DC, build_request
from iso15118.session.framing import decode_payload, payload_type_of
from iso15118.session.units import NO_SESSION_ID, from_rational, header, to_rational as R
from iso15118.session.vocabulary import ControlMode, EnergyService

FINISHED = processingType.Finished


def sap_request(dc_domain: bool) -> Any:
    return build_request([ISO15118_20_DC if dc_domain else ISO15118_20_AC])


def session_setup(evcc_id: str = "WMIV1234567890ABC", session_id: bytes = NO_SESSION_ID) -> cm.SessionSetupReq:
    return cm.SessionSetupReq(Header=header(session_id), EVCCID=evcc_id)


def authorization_setup(sid: bytes) -> cm.AuthorizationSetupReq:
    return cm.AuthorizationSetupReq(Header=header(sid))


def authorization_eim(sid: bytes) -> cm.AuthorizationReq:
    return cm.AuthorizationReq(
        Header=header(sid),
        SelectedAuthorizationService=cm.authorizationType.EIM,
        EIM_AReqAuthorizationMode=cm.EIM_AReqAuthorizationModeType(),
    )


def service_discovery(sid: bytes) -> cm.ServiceDiscoveryReq:
    return cm.ServiceDiscoveryReq(Header=header(sid))


def service_detail(sid: bytes, service: EnergyService) -> cm.ServiceDetailReq:
    return cm.ServiceDetailReq(Header=header(sid), ServiceID=int(service))


def service_selection(sid: bytes, service: EnergyService, mode: ControlMode) -> cm.ServiceSelectionReq:
    return cm.ServiceSelectionReq(
        Header=header(sid),
        SelectedEnergyTransferService=cm.SelectedServiceType(ServiceID=int(service), ParameterSetID=int(mode)),
    )


def _transfer(service: EnergyService) -> EnergyTransfer:
    return EnergyTransfer.DC if service.is_dc else EnergyTransfer.AC


def charge_parameter_discovery(sid: bytes, service: EnergyService) -> Any:
    if service.is_dc:
        limits: dict[str, Any] = dict(
            EVMaximumChargePower=R(100000), EVMinimumChargePower=R(0), EVMaximumChargeCurrent=R(250),
            EVMinimumChargeCurrent=R(0), EVMaximumVoltage=R(500), EVMinimumVoltage=R(200),
        )
        if service.is_bpt:
            limits.update(EVMaximumDischargePower=R(30000), EVMinimumDischargePower=R(0),
                          EVMaximumDischargeCurrent=R(100), EVMinimumDischargeCurrent=R(0))
    else:
        limits = dict(EVMaximumChargePower=R(11000), EVMinimumChargePower=R(1400))
        if service.is_bpt:
            limits.update(EVMaximumDischargePower=R(7000), EVMinimumDischargePower=R(1400))
    return charge_parameter_discovery_req(header(sid), _transfer(service), service.is_bpt, **limits)


def schedule_exchange(sid: bytes, mode: ControlMode, departure_s: int = 7200) -> cm.ScheduleExchangeReq:
    if mode is ControlMode.Scheduled:
        return schedule_exchange_req(header(sid), mode, 24, DepartureTime=departure_s)
    return schedule_exchange_req(
        header(sid), mode, 24, DepartureTime=departure_s, MinimumSOC=30, TargetSOC=80,
        EVTargetEnergyRequest=R(40000), EVMaximumEnergyRequest=R(60000), EVMinimumEnergyRequest=R(5000),
    )


def energy_offer_schedule_exchange(sid: bytes, price_rule_stacks: int, departure_s: int = 7200) -> cm.ScheduleExchangeReq:
    """A Scheduled ScheduleExchangeReq with the EV's full energy offer: 1024 power schedule entries and
    `price_rule_stacks` stacks of 8 price rules (the XSD's maxima are 1024 and 1024 x 8)."""
    rules = [cm.EVPriceRuleType(EnergyFee=R(0.25 + j / 100), PowerRangeStart=R(1000 * j)) for j in range(8)]
    offer = cm.EVEnergyOfferType(
        EVPowerSchedule=cm.EVPowerScheduleType(TimeAnchor=0, EVPowerScheduleEntries=cm.EVPowerScheduleEntryListType(
            EVPowerScheduleEntry=[cm.EVPowerScheduleEntryType(Duration=60, Power=R(11000 - i)) for i in range(1024)])),
        EVAbsolutePriceSchedule=cm.EVAbsolutePriceScheduleType(
            TimeAnchor=0, Currency="EUR", PriceAlgorithm="urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power",
            EVPriceRuleStacks=cm.EVPriceRuleStackListType(
                EVPriceRuleStack=[cm.EVPriceRuleStackType(Duration=60, EVPriceRule=rules) for _ in range(price_rule_stacks)])),
    )
    return schedule_exchange_req(header(sid), ControlMode.Scheduled, 1024, DepartureTime=departure_s, EVEnergyOffer=offer)


@cache
def _stacks_that_fit(max_payload: int) -> int:
    low, high = 1, 1024  # the largest stack count whose message still fits (the SessionID's size is fixed)
    while low < high:
        middle = (low + high + 1) // 2
        if len(exi.encode(energy_offer_schedule_exchange(NO_SESSION_ID, middle))) <= max_payload:
            low = middle
        else:
            high = middle - 1
    return low


def largest_schedule_exchange(sid: bytes, max_payload: int = v2gtp.DEFAULT_MAX_PAYLOAD_LENGTH) -> cm.ScheduleExchangeReq:
    """A valid ScheduleExchangeReq as close to `max_payload` EXI bytes as the energy offer allows: what a
    peer can send to make the SECC decode (and log) as much as possible in one message."""
    return energy_offer_schedule_exchange(sid, _stacks_that_fit(max_payload))


def cable_check(sid: bytes) -> dc.DC_CableCheckReq:
    return dc.DC_CableCheckReq(Header=header(sid))


def pre_charge(sid: bytes, voltage: float = 400.0, processing: processingType = FINISHED) -> dc.DC_PreChargeReq:
    return dc.DC_PreChargeReq(Header=header(sid), EVProcessing=processing, EVPresentVoltage=R(voltage),
                              EVTargetVoltage=R(voltage))


def power_delivery(sid: bytes, progress: cm.chargeProgressType, *, schedule_tuple_id: int | None = None,
                   power_w: float = 11000) -> cm.PowerDeliveryReq:
    profile = None
    if schedule_tuple_id is not None:
        profile = cm.EVPowerProfileType(
            TimeAnchor=0,
            Scheduled_EVPPTControlMode=cm.Scheduled_EVPPTControlModeType(SelectedScheduleTupleID=schedule_tuple_id),
            EVPowerProfileEntries=cm.EVPowerProfileEntryListType(
                EVPowerProfileEntry=[cm.PowerScheduleEntryType(Duration=3600, Power=R(power_w))]
            ),
        )
    return cm.PowerDeliveryReq(Header=header(sid), EVProcessing=FINISHED, ChargeProgress=progress,
                               EVPowerProfile=profile)


def charge_loop(sid: bytes, service: EnergyService, mode: ControlMode, *, power_w: float = 11000,
                voltage: float = 400.0, meter: bool = False) -> Any:
    """`power_w` as asked, whatever the limits: the probe may exceed them on purpose."""
    bpt = service.is_bpt
    energy = dict(EVTargetEnergyRequest=R(40000), EVMaximumEnergyRequest=R(60000), EVMinimumEnergyRequest=R(5000))
    control: dict[str, Any]
    if service.is_dc:
        if mode is ControlMode.Scheduled:
            control = dict(EVTargetCurrent=R(power_w / voltage), EVTargetVoltage=R(voltage))
        else:
            control = dict(**energy, EVMaximumChargePower=R(100000), EVMinimumChargePower=R(0),
                           EVMaximumChargeCurrent=R(250), EVMaximumVoltage=R(500), EVMinimumVoltage=R(200))
            if bpt:
                control.update(EVMaximumDischargePower=R(30000), EVMinimumDischargePower=R(0),
                               EVMaximumDischargeCurrent=R(100))
        return charge_loop_req(header(sid), EnergyTransfer.DC, mode, bpt, control, MeterInfoRequested=meter,
                               EVPresentVoltage=R(voltage))
    if mode is ControlMode.Scheduled:
        control = dict(EVPresentActivePower=R(power_w))
    else:
        control = dict(**energy, EVMaximumChargePower=R(11000), EVMinimumChargePower=R(1400),
                       EVPresentActivePower=R(power_w), EVPresentReactivePower=R(0))
        if bpt:
            control.update(EVMaximumDischargePower=R(7000), EVMinimumDischargePower=R(1400))
    return charge_loop_req(header(sid), EnergyTransfer.AC, mode, bpt, control, MeterInfoRequested=meter)


def welding_detection(sid: bytes, processing: processingType = FINISHED) -> dc.DC_WeldingDetectionReq:
    return dc.DC_WeldingDetectionReq(Header=header(sid), EVProcessing=processing)


def session_stop(sid: bytes, kind: cm.chargingSessionType = cm.chargingSessionType.Terminate) -> cm.SessionStopReq:
    return cm.SessionStopReq(Header=header(sid), ChargingSession=kind)


class ProbeClient:
    """Sends typed requests over a V2GTPConnection and decodes the answers."""

    def __init__(self, conn: v2gtp.V2GTPConnection, timeout: float = 5.0) -> None:
        self.conn = conn
        self.timeout = timeout
        self.session_id = NO_SESSION_ID

    async def request(self, message: Any) -> Any:
        await self.conn.send(payload_type_of(message), exi.encode(message))
        payload_type, payload = await self.conn.receive(timeout=self.timeout)
        response = decode_payload(payload_type, payload)
        if isinstance(response, cm.SessionSetupRes):
            self.session_id = response.Header.SessionID
        return response

    async def setup(self, service: EnergyService, mode: ControlMode) -> list[Any]:
        """SupportedAppProtocol up to and including ServiceSelection."""
        responses = [await self.request(sap_request(service.is_dc)), await self.request(session_setup())]
        sid = self.session_id
        for req in (authorization_setup(sid), authorization_eim(sid), service_discovery(sid),
                    service_selection(sid, service, mode)):
            responses.append(await self.request(req))
        return responses

    async def start_charging(self, service: EnergyService, mode: ControlMode) -> list[Any]:
        """A full session up to (and including) PowerDelivery Start."""
        responses = await self.setup(service, mode)
        sid = self.session_id
        responses.append(await self.request(charge_parameter_discovery(sid, service)))
        responses.append(await self.request(schedule_exchange(sid, mode)))
        if service.is_dc:
            for _ in range(200):  # cable check: poll while the EVSE answers Ongoing
                responses.append(await self.request(cable_check(sid)))
                if responses[-1].EVSEProcessing is FINISHED:
                    break
                await asyncio.sleep(0.05)
            for _ in range(20):  # pre-charge (Ongoing) until the EVSE output matches the battery voltage
                responses.append(await self.request(pre_charge(sid, processing=processingType.Ongoing)))
                if abs(from_rational(responses[-1].EVSEPresentVoltage) - 400.0) < 10:
                    break
            responses.append(await self.request(pre_charge(sid)))  # Finished: PowerDeliveryReq next
        tuple_id = 1 if mode is ControlMode.Scheduled else None
        responses.append(await self.request(power_delivery(sid, cm.chargeProgressType.Start,
                                                           schedule_tuple_id=tuple_id, power_w=0)))
        return responses

    async def stop(self, service: EnergyService, kind: cm.chargingSessionType = cm.chargingSessionType.Terminate) -> list[Any]:
        sid = self.session_id
        responses = [await self.request(power_delivery(sid, cm.chargeProgressType.Stop))]
        if service.is_dc:
            responses.append(await self.request(welding_detection(sid)))
        responses.append(await self.request(session_stop(sid, kind)))
        return responses
