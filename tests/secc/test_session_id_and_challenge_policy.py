"""Liberal where a request's field is input, strict where we sign (README, codec section): SessionSetupReq
opens a new session whatever SessionID length a car sends, any other request with a SessionID that is not
the session's is FAILED_UnknownSession, and a GenChallenge of the wrong length is WARNING_ChallengeInvalid
before any verifier has to digest it."""
from __future__ import annotations

from typing import Any

import pytest

from secc_driver import Driver
from test_pnc_hook import FakePnC, pnc_request, setup

from iso15118 import exi
from iso15118.messages import COMMON_MESSAGES
from iso15118.messages.common_types import responseCodeType as RC
from evcc import probe as p
from secc.authorization import PnCResult
from secc.controller import SessionInfo

# the reference's bytes (exi-oracle encode) of SessionSetupReq with a 9-byte SessionID: beyond the facet
NINE_BYTE_SESSION_SETUP = "808c04800000000000000000080e2cfaa0620b2ba6a4ab1899199a1a9b1b9c1c9820a121a222ac00"


@pytest.mark.parametrize("session_id", [b"", b"\x00", bytes.fromhex("0a0b0c0d"), bytes(6), None],
                         ids=["empty", "1-byte", "4-byte", "6-byte", "9-byte-from-the-wire"])
async def test_session_setup_with_any_session_id_length_opens_a_new_session(session_id: bytes | None) -> None:
    if session_id is None:
        req = exi.decode(bytes.fromhex(NINE_BYTE_SESSION_SETUP), COMMON_MESSAGES)
        session_id = req.Header.SessionID
        assert len(session_id) == 9
    else:
        req = p.session_setup(session_id=session_id)
    d = Driver()
    await d.send(p.sap_request(True))
    out = await d.send(req)
    assert out.response.ResponseCode is RC.OK_NewSessionEstablished and out.end is None
    assert len(d.sid) == 8 and d.sid != session_id
    exi.decode(exi.encode(out.response), COMMON_MESSAGES)  # what we answer is valid on the wire
    late = await d.send(p.authorization_setup(session_id))  # the car kept its own SessionID
    assert late.response.ResponseCode is RC.FAILED_UnknownSession and late.end
    assert late.response.Header.SessionID == d.sid
    exi.encode(late.response)


class DigestingPnC(FakePnC):
    """A verifier that digests the signed element, as every real one does (re-encodes it as a fragment)."""

    async def verify(self, request: Any, gen_challenge: bytes, info: SessionInfo) -> PnCResult:
        exi.encode_fragment(request.PnC_AReqAuthorizationMode)
        return await super().verify(request, gen_challenge, info)


@pytest.mark.parametrize("size", [0, 12, 17])
async def test_gen_challenge_of_the_wrong_length_is_challenge_invalid(size: int) -> None:
    d, pnc, res = await setup(pnc=DigestingPnC())
    sent = res.PnC_ASResAuthorizationMode.GenChallenge
    out = await d.send(pnc_request(d.sid, sent[:size] if size <= 16 else sent + b"\x00"))
    assert out.response.ResponseCode is RC.WARNING_ChallengeInvalid
    assert pnc.challenges == [] and "ServiceDiscoveryReq" not in d.allowed_names
    exi.encode(out.response)
    stop = await d.send(p.session_stop(d.sid))  # the EV may still end the session cleanly
    assert stop.response.ResponseCode is RC.OK
