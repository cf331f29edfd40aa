"""DIN SPEC 70121 on the SECC: DC charging with ExternalPayment (EIM) over plain TCP, as used in the field.

states.py holds one pure state per message pair, precheck (the sequence table) and what DIN cannot
express; responses.py the error answer of every DIN request. This module registers them with the
runner's hooks as the "DIN70121" protocol.
"""
from __future__ import annotations

from typing import Any

from iso15118.messages import din_msg_body as din
from iso15118.messages import din_msg_data_types as dt
from iso15118.session import app_protocol
from iso15118.session.app_protocol import Transport
from iso15118.session.timers import DIN70121_SECC_Msg_Performance_Time
from iso15118.session.v2g_message import DIN
from secc.context import Outcome
from secc.din.responses import can_answer
from secc.din.states import CHARGE_LOOP, STATES, DINContext, ev_requested_power_w, fail, precheck, request_of, winds_down
from secc.protocols import SECCProtocol


def _fail(ctx: Any, req: Any, code: str, reason: str) -> Outcome:
    """The runner's codes by name; DIN has no FAILED_ContactorError: FAILED."""
    return fail(req, ctx, dt.responseCodeType.__members__.get(code, dt.responseCodeType.FAILED), reason)


def _performance_time(ctx: Any, req: Any) -> float:
    """DIN's answer budget for this request, shortened like every timer by the config's timing scale."""
    return DIN70121_SECC_Msg_Performance_Time.get(type(req).__name__, 1.5) * ctx.config.timing.scale


PROTOCOL = SECCProtocol(
    name="DIN70121",
    app_protocols=(app_protocol.DIN70121,),
    transport=Transport(tls_versions=frozenset(), plain_tcp=True),
    offer=lambda config: (app_protocol.DIN70121,) if config.offers_dc else (),
    new_context=DINContext.after_negotiation,
    decode=DIN.decode,
    request_of=request_of,
    states=STATES,
    precheck=precheck,
    fail=_fail,
    can_answer=can_answer,
    performance_time=_performance_time,
    winding_down=winds_down,
    charge_loop=CHARGE_LOOP,
    charge_loop_power=lambda req, snap: ev_requested_power_w(req, snap.present),
    ev_soc=lambda req: float(req.DC_EVStatus.EVRESSSOC) if isinstance(req, din.CurrentDemandReq) else None,
)
