"""The -2 sequence table, request decoding and what the runner asks of the protocol for safety.

Sequence leniencies, each kept because the standard allows it or real vehicles need it:
 1. SessionStopReq whenever no energy flows, from SessionSetupRes on (Audi Q4 e-tron sends it right
    after SessionSetupRes on -2, Josev issue 432). While energy flows: PowerDelivery Stop first.
 2. SessionSetupReq with a 1-byte 00, six zero bytes or an empty SessionID opens a new session
    (EVerest/logfiles captures: VW, Audi, BMW, Seres, Subaru); an unknown non-zero one too ([V2G2-755]).
 3. Trailing bytes after the EXI document are ignored by the decoder (BMW iX pads ServiceDiscoveryReq
    to 80 bytes).
 4. PreChargeReq and WeldingDetectionReq repeat as long as the EV wants.
"""
from __future__ import annotations

from typing import Any

from iso15118 import exi
from iso15118.messages import ISO2_MSG_DEF
from iso15118.messages import iso2_msg_body as iso2
from iso15118.messages import iso2_msg_data_types as t
from iso15118.session.framing import FramingError
from iso15118.session.timers import (
    ISO15118_2_SECC_Msg_Performance_Time, V2G_SECC_Msg_Performance_Time, V2G_SECC_Msg_Performance_Time_Default,
    SessionTiming,
)
from iso15118.session.units import from_physical as F
from iso15118.session.v2g_message import unwrap
from iso15118.v2gtp import PayloadType
from iso15118.session.app_protocol import ISO15118_2, AppProtocol
from secc.config import SECCConfig
from secc.context import Outcome, SessionContext
from secc.iso2 import charging, setup
from secc.iso2.context import ISO2Context
from secc.iso2.messages import can_answer, fail
from secc.state import State, allow

R = t.responseCodeType
STATES: dict[type, State] = {
    s.request: s  # type: ignore[misc]
    for s in (
        setup.SessionSetup(), setup.ServiceDiscovery(), setup.ServiceDetail(), setup.PaymentServiceSelection(),
        setup.PaymentDetails(), setup.Authorization(), setup.CertificateInstallation(), setup.CertificateUpdate(),
         charging.ChargeParameterDiscovery(), charging.CableCheck(),
        charging.PreCharge(), charging.PowerDelivery(), charging.ChargingStatus(), charging.CurrentDemand(),
        charging.MeteringReceipt(), charging.WeldingDetection(), charging.SessionStop(),
    )
}
CHARGE_LOOP = frozenset({iso2.ChargingStatusReq, iso2.CurrentDemandReq})
# What a stopped session still answers through its states: the EV winding the charge loop down (its
# responses carry StopCharging and zero limits). PowerDeliveryReq only with Stop (see winding_down).
WINDING_DOWN = frozenset({iso2.ChargingStatusReq, iso2.CurrentDemandReq, iso2.WeldingDetectionReq, iso2.SessionStopReq})


def new_context(base: SessionContext) -> ISO2Context:
    """The -2 context of a session the runner opened: everything it knew (config, TLS, grid limits and
    events that came before SupportedAppProtocol) carried over."""
    ctx = ISO2Context(**base.carried_over())
    ctx.allowed = allow(iso2.SessionSetupReq)
    return ctx


def decode(payload_type: PayloadType, payload: bytes) -> Any:
    """-2 travels as V2GTP 0x8001 (as SupportedAppProtocol does) in the MsgDef namespace; trailing padding is ignored (leniency 3)."""
    if payload_type is not PayloadType.SAP:
        raise FramingError(f"payload type {payload_type!r} carries no -2 message")
    return exi.decode(payload, ISO2_MSG_DEF)


def request_of(message: Any) -> Any:
    """The body element, with the envelope's Header attached as `.Header` (as -20 requests carry theirs),
    so SessionID and signature checks read `req.Header` the same way in every protocol."""
    header, body = unwrap(message)
    body.Header = header
    return body


def precheck(ctx: ISO2Context, req: Any) -> Outcome | None:
    """SessionID and sequence: the checks every request passes before its state sees it."""
    cls = type(req)
    if cls is not iso2.SessionSetupReq and ctx.established and req.Header.SessionID != ctx.session_id:
        return fail(req, ctx, R.FAILED_UnknownSession, f"SessionID {req.Header.SessionID.hex()} unknown")
    allowed = ctx.allowed
    if ctx.established and not ctx.power_flowing:
        allowed = allowed | {iso2.SessionStopReq}  # leniency 1
    if cls not in allowed:
        names = sorted(getattr(a, "__name__", str(a)) for a in allowed)
        return fail(req, ctx, R.FAILED_SequenceError, f"{cls.__name__} not allowed now (expected {names})")
    if ctx.terminate_requested:
        return fail(req, ctx, R.FAILED, "the EVSE terminated the session")
    return None


def winding_down(req: Any) -> bool:
    """Requests a stopped session still answers (charge loop with StopCharging, PowerDelivery Stop, ...)."""
    return type(req) in WINDING_DOWN or (
        isinstance(req, iso2.PowerDeliveryReq) and req.ChargeProgress is t.chargeProgressType.Stop)


def charge_loop_power(req: Any, snap: Any) -> float | None:
    """The power the EV asks for in its loop request (W): DC target voltage x target current. An AC -2 EV
    reports no power in ChargingStatusReq: None (the EVSE enforces EVSEMaxCurrent in hardware)."""
    if isinstance(req, iso2.CurrentDemandReq):
        return F(req.EVTargetVoltage) * F(req.EVTargetCurrent)
    return None


def ev_soc(req: Any) -> float | None:
    """DC_EVStatus.EVRESSSOC of a CurrentDemandReq. AC -2 has no SoC anywhere in its messages (ChargingStatusReq
    carries none): None, so DRM8 discharge stays refused and DRM4 is not held back by a target SoC."""
    if isinstance(req, iso2.CurrentDemandReq):
        return float(req.DC_EVStatus.EVRESSSOC)
    return None


def performance_time(req: Any, timing: SessionTiming | None = None) -> float:
    """-2's V2G_SECC_Msg_Performance_Time (Table 109), scaled as the configured SessionTiming is
    (SessionTiming.scaled shortens every table alike; the default timing leaves -2's values as they are)."""
    standard = ISO15118_2_SECC_Msg_Performance_Time.get(type(req).__name__, V2G_SECC_Msg_Performance_Time_Default)
    if timing is None:
        return standard
    return standard * timing.secc_performance("SessionSetupReq") / V2G_SECC_Msg_Performance_Time["SessionSetupReq"]


def offer(config: SECCConfig) -> tuple[AppProtocol, ...]:
    """-2 covers AC and DC in one namespace: offered whenever the EVSE has a service."""
    return (ISO15118_2,) if config.services else ()


def fail_by_name(ctx: Any, req: Any, code: str, reason: str) -> Outcome:
    """The runner's failures by code name; -2 has FAILED_SequenceError, FAILED_ContactorError and FAILED."""
    return fail(req, ctx, t.responseCodeType[code] if code in t.responseCodeType.__members__ else R.FAILED, reason)

