"""The EV reads what the reference reads, but never sends what it cannot: a SECC that assigns a SessionID of
the wrong length (as Tesla does on DIN/-2 with 4 bytes) or sends a GenChallenge of the wrong length gets a
clear end or an EIM fallback, not an encoder exception on the next request."""
from __future__ import annotations

import dataclasses

from evcc_fakes import FakeSECC, drive

from evcc.config import EVCCConfig
from evcc.controller import Authorization
from evcc.d20.session import D20Session
from evcc.phase import EndKind, Event
from iso15118 import exi
from iso15118.messages import common_messages as cm
from test_session_extras import FakeContract


async def test_session_setup_res_with_a_4_byte_session_id_ends_with_its_reason(make_ev, clock) -> None:
    def mutate(res):
        if isinstance(res, cm.SessionSetupRes):
            return dataclasses.replace(res, Header=dataclasses.replace(res.Header, SessionID=b"\x01\x02\x03\x04"))
        return res

    run = await drive(D20Session(EVCCConfig()), FakeSECC(), make_ev(), clock, mutate=mutate)
    assert run.end.kind is EndKind.Failed and run.end.error
    assert "4-byte SessionID 01020304" in run.end.reason and "requires 8" in run.end.reason
    assert run.names == ["supportedAppProtocolReq", "SessionSetupReq"]
    for request in run.requests:
        exi.encode(request)


async def test_gen_challenge_of_the_wrong_length_falls_back_to_eim(make_ev, clock) -> None:
    def mutate(res):
        if isinstance(res, cm.AuthorizationSetupRes) and res.PnC_ASResAuthorizationMode is not None:
            return dataclasses.replace(res, PnC_ASResAuthorizationMode=cm.PnC_ASResAuthorizationModeType(
                GenChallenge=b"C" * 12))
        return res

    contract = FakeContract()
    config = EVCCConfig(authorization=Authorization.PnC, max_charge_loops=1)
    run = await drive(D20Session(config, pnc=contract), FakeSECC(offer_pnc=True), make_ev(), clock, mutate=mutate)
    auth = run.requests[run.names.index("AuthorizationReq")]
    assert auth.SelectedAuthorizationService is cm.authorizationType.EIM and contract.signed == []
    assert any(e.name == "PnCUnavailable" and "12 bytes" in e.detail for e in run.actions(Event))
    assert run.end.kind is EndKind.Terminated
    for request in run.requests:
        exi.encode(request)
