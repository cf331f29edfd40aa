"""Handlers read no wall clock and no random source of their own: the session injects both."""
from __future__ import annotations

from secc_driver import Driver
from test_pnc_hook import FakePnC

from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import responseCodeType as RC
from evcc import probe as p
from secc.config import SECCConfig
from secc.controller import ControlMode as M, EnergyService as S


def counting_bytes() -> object:
    calls: list[int] = []

    def random_bytes(n: int) -> bytes:
        calls.append(n)
        return bytes([len(calls)]) * n

    return random_bytes


async def test_session_id_challenge_and_timestamps_come_from_the_injected_sources() -> None:
    d = Driver(SECCConfig(authorization_methods=("PnC", "EIM")), wall_clock=lambda: 1_700_000_000.9,
               random_bytes=counting_bytes())  # type: ignore[arg-type]
    await d.send(p.sap_request(True))
    setup = (await d.send(p.session_setup())).response
    assert setup.ResponseCode is RC.OK_NewSessionEstablished and setup.Header.SessionID == b"\x01" * 8
    assert setup.Header.TimeStamp == 1_700_000_000
    d.env.pnc = FakePnC()
    res = (await d.send(p.authorization_setup(d.sid))).response
    assert res.Header.TimeStamp == 1_700_000_000
    assert res.PnC_ASResAuthorizationMode.GenChallenge == b"\x02" * 16  # the second draw: after the SessionID
    wrong = (await d.send(p.service_discovery(d.sid))).response  # out of sequence: the error answer too
    assert wrong.ResponseCode is RC.FAILED_SequenceError and wrong.Header.TimeStamp == 1_700_000_000


async def test_schedule_anchor_uses_the_injected_wall_clock() -> None:
    d = Driver(wall_clock=lambda: 1_800_000_000.0)
    for req in (p.sap_request(True), p.session_setup()):
        await d.send(req)
    sid = d.sid
    for req in (p.authorization_setup(sid), p.authorization_eim(sid), p.service_discovery(sid),
                p.service_detail(sid, S.DC), p.service_selection(sid, S.DC, M.Scheduled),
                p.charge_parameter_discovery(sid, S.DC)):
        assert (await d.send(req)).response.ResponseCode is RC.OK
    res = (await d.send(p.schedule_exchange(sid, M.Scheduled))).response
    assert isinstance(res, cm.ScheduleExchangeRes)
    tuples = res.Scheduled_SEResControlMode.ScheduleTuple
    assert tuples and all(t.ChargingSchedule.PowerSchedule.TimeAnchor == 1_800_000_000 for t in tuples)
