"""ISO 15118-20 on the SECC: AC and DC (BPT, Scheduled and Dynamic), TLS 1.3 only ([V2G20-2356]).

states.py holds one pure state per message pair and precheck (the sequence table); responses.py the
error responses. This module registers them with the runner's hooks as the "ISO15118-20" protocol.
"""
from __future__ import annotations

from typing import Any

from iso15118.messages import ac, common_messages as cm, dc
from iso15118.messages.common_messages import chargeProgressType
from iso15118.messages.common_types import responseCodeType
from iso15118.session import app_protocol, framing
from iso15118.session.app_protocol import Transport
from iso15118.session.units import from_rational as F
from secc.config import SECCConfig
from secc.context import Outcome, SessionContext
from secc.d20.responses import can_answer
from secc.d20.context import D20Context
from secc.d20.responses import fail
from secc.d20.sequence import precheck
from secc.d20.states import STATES
from secc.protocols import SECCProtocol

CHARGE_LOOP: frozenset[type] = frozenset({ac.AC_ChargeLoopReq, dc.DC_ChargeLoopReq})
# Requests a stopped session still answers through its states: the EV winding down the charge loop
# (the ChargeLoopRes carries EVSENotification Terminate and zero limits). Any other request gets FAILED.
WINDING_DOWN: frozenset[type] = CHARGE_LOOP | {dc.DC_WeldingDetectionReq, cm.SessionStopReq}


def _offer(config: SECCConfig) -> tuple[app_protocol.AppProtocol, ...]:
    offered = []
    if config.offers_ac:
        offered.append(app_protocol.ISO15118_20_AC)
    if config.offers_dc:
        offered.append(app_protocol.ISO15118_20_DC)
    return tuple(offered)


def _new_context(base: SessionContext) -> D20Context:
    """The runner's pre-negotiation context (config, TLS, grid limits and events so far) as a -20 one."""
    ctx = D20Context(**base.carried_over())
    ctx.allowed = frozenset({cm.SessionSetupReq})
    return ctx


def _fail(ctx: SessionContext, req: Any, code: str, reason: str) -> Outcome:
    return fail(req, ctx, responseCodeType[code], reason)


def _winding_down(req: Any) -> bool:
    return type(req) in WINDING_DOWN or (isinstance(req, cm.PowerDeliveryReq) and req.ChargeProgress is chargeProgressType.Stop)


def _charge_loop_power(req: Any, snap: Any) -> float | None:
    """The power the EV asks for or draws, from its ChargeLoopReq (W, < 0: discharge).

    AC: EVPresentActivePower (the on-board charger draws it). DC Scheduled: EVPresentVoltage x
    EVTargetCurrent. DC Dynamic: the SECC sets the current, so the EV cannot exceed; the measured power
    (present voltage x current from the controller) is compared instead.
    """
    mode = req.CLReqControlMode
    value = getattr(mode, "EVPresentActivePower", None)
    if value is not None:
        return F(value)
    current = getattr(mode, "EVTargetCurrent", None)
    voltage = getattr(req, "EVPresentVoltage", None)
    if current is not None and voltage is not None:
        return F(current) * F(voltage)
    present = snap.present
    if hasattr(present, "voltage_v"):
        return float(present.voltage_v * present.current_a)
    return None


def _ev_soc(req: Any) -> float | None:
    """DisplayParameters.PresentSOC of a DC_/AC_ChargeLoopReq (optional in -20)."""
    display = getattr(req, "DisplayParameters", None) if type(req) in CHARGE_LOOP else None
    soc = display.PresentSOC if display is not None else None
    return None if soc is None else float(soc)


PROTOCOL = SECCProtocol(
    name="ISO15118-20",
    app_protocols=(app_protocol.ISO15118_20_AC, app_protocol.ISO15118_20_DC),
    transport=Transport(tls_versions=frozenset({"TLSv1.3"}), plain_tcp=False),
    offer=_offer,
    new_context=_new_context,
    decode=framing.decode_payload,
    request_of=lambda message: message,
    states=STATES,
    precheck=precheck,
    fail=_fail,
    can_answer=can_answer,
    performance_time=lambda ctx, req: ctx.config.timing.secc_performance(type(req).__name__),
    winding_down=_winding_down,
    charge_loop=CHARGE_LOOP,
    charge_loop_power=_charge_loop_power,
    ev_soc=_ev_soc,
)
