"""The -2 SECC through the real runner: a scripted EV sends encoded -2 requests over TCP to a running
SECCServer. SupportedAppProtocol picks -2, the runner's safety rules apply (emergency stop, DRM0-style
grid disconnect, charge-loop watchdog, stop is final), power is off at every end."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import iso2_ev as ev
from iso15118 import exi, v2gtp
from iso15118.messages import APP_PROTOCOL, ISO2_MSG_DEF
from iso15118.messages import iso2_msg_body as b
from iso15118.messages import iso2_msg_data_types as t
from iso15118.session.app_protocol import DIN70121, ISO15118_2, ISO15118_20_DC, build_request
from iso15118.v2gtp import PayloadType
from secc.grid.model import GridLimits
from secc.config import SECCConfig
from secc.controller import EnergyService
from secc.server import SECCServer
from secc.simulator import SimulatedEVSE, SimulatorSettings

R = t.responseCodeType
N = t.EVSENotificationType
F = lambda v: v.Value * 10.0 ** v.Multiplier  # noqa: E731
CONFIG = SECCConfig(services=(EnergyService.AC, EnergyService.DC), protocols=("ISO15118-20", "ISO15118-2"),
                    charge_loop_watchdog_s=0.5)


@dataclass
class Station:
    server: SECCServer
    evses: list[SimulatedEVSE] = field(default_factory=list)

    @property
    def evse(self) -> SimulatedEVSE:
        return self.evses[-1]

    async def summary(self, n: int = 1, timeout: float = 5.0) -> Any:
        async with asyncio.timeout(timeout):
            while len(self.server.summaries) < n:
                await asyncio.sleep(0.01)
        return self.server.summaries[n - 1]


@asynccontextmanager
async def station(config: SECCConfig = CONFIG, *, ssl_context: Any = None, pnc: Any = None,
                  settings: SimulatorSettings | None = None,
                  evse: type[SimulatedEVSE] = SimulatedEVSE) -> AsyncIterator[Station]:
    st = Station(server=None)  # type: ignore[arg-type]

    def factory() -> SimulatedEVSE:
        st.evses.append(evse(settings))
        return st.evses[-1]

    st.server = SECCServer(config, factory, ssl_context=ssl_context, allow_plain_tcp=ssl_context is None, pnc=pnc)
    await st.server.start("::1", 0, sdp_server=False)
    try:
        yield st
    finally:
        await st.server.close()


class EV:
    """A scripted -2 EV on one TCP connection."""

    def __init__(self, conn: v2gtp.V2GTPConnection) -> None:
        self.conn = conn
        self.sid = b"\x00"

    @classmethod
    async def connect(cls, st: Station, offers=(ISO15118_2,), ssl_context: Any = None) -> tuple["EV", Any]:
        conn = await v2gtp.open_connection("::1", st.server.port, ssl_context=ssl_context,
                                           allow_plain_tcp=ssl_context is None)
        ev_ = cls(conn)
        await conn.send(PayloadType.SAP, exi.encode(build_request(list(offers))))
        _, payload = await conn.receive(timeout=5)
        return ev_, exi.decode(payload, APP_PROTOCOL)

    async def send(self, message: Any) -> Any:
        await self.conn.send(PayloadType.SAP, exi.encode(message))
        return await self.receive()

    async def receive(self, timeout: float = 5.0) -> Any:
        _, payload = await self.conn.receive(timeout=timeout)
        res = exi.decode(payload, ISO2_MSG_DEF)
        self.sid = res.Header.SessionID
        return res.Body.BodyElement

    async def closed(self, timeout: float = 5.0) -> bool:
        try:
            await self.conn.receive(timeout=timeout)
        except v2gtp.V2GTPConnectionClosed:
            return True
        return False

    async def setup(self, sid: bytes = b"\x00") -> None:
        res = await self.send(ev.session_setup(sid))
        assert res.ResponseCode in (R.OK_NewSessionEstablished, R.OK_OldSessionJoined)
        for req in (ev.service_discovery, ev.payment_selection, ev.authorization):
            res = await self.send(req(self.sid))
            assert res.ResponseCode is R.OK, res

    async def ac_charging(self) -> None:
        await self.setup()
        assert (await self.send(ev.ac_cpd(self.sid))).ResponseCode is R.OK
        assert (await self.send(ev.power_delivery(self.sid, "Start"))).ResponseCode is R.OK

    async def dc_charging(self) -> None:
        await self.setup()
        for req in (ev.dc_cpd(self.sid), ev.cable_check(self.sid), ev.pre_charge(self.sid),
                    ev.power_delivery(self.sid, "Start", dc=True)):
            assert (await self.send(req)).ResponseCode is R.OK


async def test_ev_offering_2_first_gets_2_and_charges_ac_to_session_stop() -> None:
    async with station() as st:
        car, sap = await EV.connect(st, offers=(ISO15118_2, ISO15118_20_DC))
        assert sap.SchemaID == 1
        await car.ac_charging()
        for _ in range(3):
            res = await car.send(ev.charging_status(car.sid))
            assert res.ResponseCode is R.OK and F(res.EVSEMaxCurrent) > 30
        assert st.evse.contactors_closed
        await car.send(ev.power_delivery(car.sid, "Stop"))
        res = await car.send(ev.session_stop(car.sid))
        assert res.ResponseCode is R.OK
        summary = await st.summary()
        assert summary.end_reason == "terminated by the EV" and not st.evse.contactors_closed


async def test_dc_session_over_tcp_with_repeated_welding_detection() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.dc_charging()
        res = await car.send(ev.current_demand(car.sid, 400, 100))
        assert res.ResponseCode is R.OK and st.evse.current_a == 100
        await car.send(ev.power_delivery(car.sid, "Stop", dc=True))
        for _ in range(3):
            assert (await car.send(ev.welding_detection(car.sid))).ResponseCode is R.OK
        assert (await car.send(ev.session_stop(car.sid))).ResponseCode is R.OK
        assert (await st.summary()).end_reason == "terminated by the EV"


async def test_protocol_not_configured_is_not_negotiated() -> None:
    async with station(SECCConfig(protocols=("ISO15118-20",))) as st:
        car, sap = await EV.connect(st, offers=(ISO15118_2, DIN70121))
        assert sap.ResponseCode.value == "Failed_NoNegotiation"


async def test_sequence_error_on_the_wire_ends_with_power_off() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.send(ev.session_setup())
        res = await car.send(ev.current_demand(car.sid))
        assert isinstance(res, b.CurrentDemandRes) and res.ResponseCode is R.FAILED_SequenceError
        assert await car.closed()
        summary = await st.summary()
        assert summary.end_reason.startswith("FAILED_SequenceError") and st.evse.power_off_calls >= 1


async def test_bmw_zero_padded_service_discovery_over_the_wire() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.send(ev.session_setup())
        data = exi.encode(ev.service_discovery(car.sid))
        await car.conn.send(PayloadType.SAP, data + bytes(80 - len(data)))
        res = await car.receive()
        assert isinstance(res, b.ServiceDiscoveryRes) and res.ResponseCode is R.OK


async def test_emergency_stop_in_current_demand_is_final() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.dc_charging()
        await car.send(ev.current_demand(car.sid))
        st.evse.handle.emergency_stop("emergency button")
        res = await car.send(ev.current_demand(car.sid, 400, 100))
        assert res.DC_EVSEStatus.EVSENotification is N.StopCharging
        assert res.DC_EVSEStatus.EVSEStatusCode is t.DC_EVSEStatusCodeType.EVSE_EmergencyShutdown
        assert F(res.EVSEMaximumPowerLimit) == 0 and not st.evse.contactors_closed
        assert (await car.send(ev.power_delivery(car.sid, "Stop", dc=True))).ResponseCode is R.OK
        assert (await car.send(ev.session_stop(car.sid))).ResponseCode is R.OK
        assert (await st.summary()).end_reason == "emergency button"


async def test_emergency_stop_outside_the_loop_answers_failed() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.setup()
        st.evse.handle.emergency_stop("emergency button")
        res = await car.send(ev.ac_cpd(car.sid))
        assert isinstance(res, b.ChargeParameterDiscoveryRes) and res.ResponseCode is R.FAILED
        assert (await st.summary()).end_reason == "emergency button"


async def test_grid_cap_below_the_schedule_renegotiates() -> None:
    from secc.session import GridLimitsChanged

    async with station() as st:
        car, _ = await EV.connect(st)
        await car.ac_charging()
        await car.send(ev.charging_status(car.sid))
        st.server.apply_grid_limits(GridLimits.flat(1, 6900.0))
        res = await car.send(ev.charging_status(car.sid))
        assert res.AC_EVSEStatus.EVSENotification is N.ReNegotiation and abs(F(res.EVSEMaxCurrent) - 10) < 0.01
        assert (await car.send(ev.power_delivery(car.sid, "Renegotiate"))).ResponseCode is R.OK
        res = await car.send(ev.ac_cpd(car.sid))
        assert F(res.SASchedules.SAScheduleTuple[0].PMaxSchedule.PMaxScheduleEntry[0].PMax) == 6900
        assert (await car.send(ev.power_delivery(car.sid, "Start"))).ResponseCode is R.OK
        res = await car.send(ev.charging_status(car.sid))
        assert res.AC_EVSEStatus.EVSENotification is N._None
        st.server.apply_grid_limits(GridLimits.flat(2, 0.0, disconnect=True))
        res = await car.send(ev.charging_status(car.sid))
        assert res.AC_EVSEStatus.EVSENotification is N.StopCharging and F(res.EVSEMaxCurrent) == 0
        assert GridLimitsChanged  # the runner's event type carries these limits


async def test_silent_ev_with_contactors_closed_loses_power_after_the_watchdog() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.dc_charging()
        await car.send(ev.current_demand(car.sid))
        summary = await st.summary(timeout=CONFIG.charge_loop_watchdog_s + 5)
        assert summary.end_reason.startswith("charge-loop watchdog") and not st.evse.contactors_closed


async def test_pause_then_resume_on_a_new_connection() -> None:
    async with station() as st:
        car, _ = await EV.connect(st)
        await car.ac_charging()
        await car.send(ev.power_delivery(car.sid, "Stop"))
        assert (await car.send(ev.session_stop(car.sid, "Pause"))).ResponseCode is R.OK
        paused = car.sid
        assert (await st.summary()).paused
        again, _ = await EV.connect(st)
        res = await again.send(ev.session_setup(paused))
        assert res.ResponseCode is R.OK_OldSessionJoined and again.sid == paused


async def test_pnc_ac_session_over_tls_1_2_with_a_signed_metering_receipt(tmp_path) -> None:
    """-2 Plug & Charge as deployed: TLS 1.2 with -2's suite and P-256 chain, the SECC's ContractAuthorizer
    with the MO root, the EV's signed AuthorizationReq and MeteringReceiptReq."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from iso15118 import tls
    from iso15118.security import iso2 as security
    from iso15118.session.v2g_message import ISO2
    from pki.profiles import Role, Suite
    from pki.testpki import build_pki, write_pki
    from secc.authorization import ContractAuthorizer
    from secc.controller import EVSENotification

    pki = build_pki(Suite.ISO2)
    write_pki(pki, tmp_path)
    server_tls = tls.secc_iso2_server_context(tmp_path / "secc/chain.pem", tmp_path / "secc/leaf.key.pem")
    config = SECCConfig(services=(EnergyService.AC,), protocols=("ISO15118-2",), authorization_methods=("EIM", "PnC"))
    pnc = ContractAuthorizer([pki.root(Role.CONTRACT)])
    async with station(config, ssl_context=server_tls, pnc=pnc) as st:
        client_tls = tls.evcc_iso2_client_context([tmp_path / "trust/v2g-roots.pem"])
        car, sap = await EV.connect(st, ssl_context=client_tls)
        assert sap.ResponseCode.value.startswith("OK")
        assert car.conn.tls is not None and car.conn.tls.version == "TLSv1.2"
        await car.send(ev.session_setup())
        res = await car.send(ev.service_discovery(car.sid))
        assert t.paymentOptionType.Contract in res.PaymentOptionList.PaymentOption
        await car.send(ev.payment_selection(car.sid, "Contract"))
        chain = [c.public_bytes(Encoding.DER) for c in pki.chain(Role.CONTRACT)]
        res = await car.send(ev.msg(b.PaymentDetailsReq(eMAID=pki.emaid, ContractSignatureCertChain=t.CertificateChainType(
            Certificate=chain[0], SubCertificates=t.SubCertificatesType(Certificate=chain[1:]))), car.sid))
        assert res.ResponseCode is R.OK
        req, signature = security.authorization_req(res.GenChallenge, pki[Role.CONTRACT].key)
        res = await car.send(ISO2.wrap(req, car.sid, signature=signature))
        assert res.ResponseCode is R.OK and res.EVSEProcessing is t.EVSEProcessingType.Finished
        assert (await car.send(ev.ac_cpd(car.sid))).ResponseCode is R.OK
        assert (await car.send(ev.power_delivery(car.sid, "Start"))).ResponseCode is R.OK
        st.evse.handle.notify(EVSENotification.MeteringConfirmation)
        res = await car.send(ev.charging_status(car.sid))
        assert res.ReceiptRequired is True
        receipt = b.MeteringReceiptReq(Id="ID2", SessionID=car.sid, SAScheduleTupleID=1, MeterInfo=res.MeterInfo)
        res = await car.send(ISO2.wrap(receipt, car.sid, signature=security.sign(receipt, pki[Role.CONTRACT].key)))
        assert res.ResponseCode is R.OK
        await car.send(ev.power_delivery(car.sid, "Stop"))
        assert (await car.send(ev.session_stop(car.sid))).ResponseCode is R.OK
        assert (await st.summary()).end_reason == "terminated by the EV"


async def test_2_is_not_negotiated_over_tls_1_3(tmp_path) -> None:
    """-2 runs over TLS 1.2 (or plain TCP); an EV offering only -2 on a TLS 1.3 connection gets no protocol."""
    from iso15118 import tls
    from pki.testpki import build_pki, write_pki

    write_pki(build_pki(), tmp_path)
    server_tls = tls.secc_server_context(tmp_path / "secc/chain.pem", tmp_path / "secc/leaf.key.pem",
                                         client_auth=tls.ClientAuth.NONE)
    async with station(SECCConfig(protocols=("ISO15118-20", "ISO15118-2")), ssl_context=server_tls) as st:
        car, sap = await EV.connect(st, ssl_context=tls.evcc_client_context([tmp_path / "trust/v2g-roots.pem"]))
        assert sap.ResponseCode.value == "Failed_NoNegotiation"


async def test_contactor_fault_is_failed_contactor_error_with_power_off() -> None:
    async with station(settings=SimulatorSettings(contactor_fault=True)) as st:
        car, _ = await EV.connect(st)
        await car.setup()
        await car.send(ev.ac_cpd(car.sid))
        res = await car.send(ev.power_delivery(car.sid, "Start"))
        assert isinstance(res, b.PowerDeliveryRes) and res.ResponseCode is R.FAILED_ContactorError
        assert isinstance(res.EVSEStatus, t.AC_EVSEStatusType)
        summary = await st.summary()
        assert summary.end_reason.startswith("FAILED_ContactorError") and st.evse.power_off_calls >= 1


async def test_evse_terminate_before_the_charge_loop_answers_failed() -> None:
    from secc.controller import EVSENotification

    async with station() as st:
        car, _ = await EV.connect(st)
        await car.setup()
        st.evse.handle.notify(EVSENotification.Terminate)
        res = await car.send(ev.ac_cpd(car.sid))
        assert isinstance(res, b.ChargeParameterDiscoveryRes) and res.ResponseCode is R.FAILED
        assert await car.closed()


async def test_slow_controller_in_current_demand_fails_within_the_2_performance_time() -> None:
    """CurrentDemand must be answered within -2's 0.25 s: a controller slower than that gets the EV a
    FAILED CurrentDemandRes (not silence) and the session ends with power off."""
    class Slow(SimulatedEVSE):
        async def present_dc(self):
            if self.contactors_closed:
                await asyncio.sleep(2)
            return await super().present_dc()

    async with station(evse=Slow) as st:
        car, _ = await EV.connect(st)
        await car.dc_charging()
        res = await car.send(ev.current_demand(car.sid))
        assert isinstance(res, b.CurrentDemandRes) and res.ResponseCode is R.FAILED
        summary = await st.summary()
        assert "V2G_SECC_Msg_Performance_Time (0.25 s)" in summary.end_reason and not st.evse.contactors_closed
