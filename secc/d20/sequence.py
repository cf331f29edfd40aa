"""The allowed ISO 15118-20 request sequence on the SECC, in one table keyed by message classes.

A state answers a request and names where the session now is (`When`); NEXT gives the requests
allowed after that answer. Entries list AC and DC requests together: `next_allowed` keeps those of the
session's energy domain (ac.* when AC, dc.* when DC). `precheck` applies the table plus the leniencies
below, and nothing else.

Leniencies: each is kept because the standard allows it or because real vehicles or other stacks need
it (docs/interop.md lists them with the deviations of other stacks):
 1. SessionStopReq (Terminate/Pause) whenever no energy flows, from SessionSetupRes on, except inside a
    pre-charge loop and after an Ongoing DC_WeldingDetectionRes (ctx.session_stop_barred: there -20
    names the next request; EVerest answers FAILED_SequenceError in both, Josev in the pre-charge loop).
    Standard: the EV may end the session before energy transfer when no service, authorization or
    schedule fits; Josev 0.31.2 accepts SessionStopReq in every such state.
    Real vehicles: Audi Q4 e-tron sends SessionStopReq right after SessionSetupRes (Josev issue 432).
    While energy flows: PowerDeliveryReq Stop first, else FAILED_SequenceError (SessionStop state).
 2. After OK_OldSessionJoined: AuthorizationSetupReq besides [V2G20-1032]'s ChargeParameterDiscoveryReq
    (SessionSetupReq RESUMED), and after that re-authorization ChargeParameterDiscoveryReq as well as
    ServiceDiscoveryReq (AuthorizationReq ACCEPTED_RESUMED). Other implementations: Josev 0.31.2's EV
    and SECC re-authorize on resume, as -2 requires.
 3. PowerDeliveryReq after an Ongoing DC_PreChargeReq, without a Finished one (DC_PreChargeReq ONGOING).
    Real vehicles: -2/DIN cars end pre-charge this way (no EVProcessing there); Josev and EVerest
    accept it.
"""
from __future__ import annotations

import enum
from typing import Any

from iso15118.messages import ac, common_messages as cm, dc
from iso15118.messages.common_types import responseCodeType
from secc.context import Outcome, SessionContext
from secc.d20.context import D20Context
from secc.d20.responses import fail


class When(enum.Enum):
    """Where an answer leaves the session (the second half of a NEXT key)."""

    DONE = "done"
    NEW = "new session"
    RESUMED = "old session joined"
    INSTALLATION_OFFERED = "certificate installation offered"
    ONGOING = "EVSEProcessing/EVProcessing Ongoing"
    ACCEPTED = "authorization accepted"
    ACCEPTED_RESUMED = "authorization accepted in a resumed session"
    RETRY = "ask again"
    REFUSED = "refused: only SessionStopReq"
    CONTACTORS_OPEN = "DC with contactors open: isolation check and pre-charge again"
    POWER_DELIVERY = "on to PowerDelivery"
    ENERGY_TRANSFER = "energy transfer (charge loop)"
    METERING_PENDING = "energy transfer, MeteringConfirmation notification sent"
    STOPPED = "energy transfer stopped"
    RENEGOTIATION = "schedule renegotiation"
    SERVICE_RENEGOTIATION = "service renegotiation"


_CPD = (ac.AC_ChargeParameterDiscoveryReq, dc.DC_ChargeParameterDiscoveryReq)
_LOOP = (ac.AC_ChargeLoopReq, dc.DC_ChargeLoopReq)

# (answered request class, where it left the session) -> requests allowed next.
NEXT: dict[tuple[type, When], tuple[type, ...]] = {
    (cm.SessionSetupReq, When.NEW): (cm.AuthorizationSetupReq,),
    (cm.SessionSetupReq, When.RESUMED): (*_CPD, cm.AuthorizationSetupReq),  # leniency 2
    (cm.AuthorizationSetupReq, When.DONE): (cm.AuthorizationReq,),
    (cm.AuthorizationSetupReq, When.INSTALLATION_OFFERED): (cm.AuthorizationReq, cm.CertificateInstallationReq),
    (cm.CertificateInstallationReq, When.ONGOING): (cm.CertificateInstallationReq,),
    (cm.CertificateInstallationReq, When.DONE): (cm.AuthorizationReq, cm.CertificateInstallationReq),
    (cm.AuthorizationReq, When.RETRY): (cm.AuthorizationReq,),
    (cm.AuthorizationReq, When.REFUSED): (),
    (cm.AuthorizationReq, When.ACCEPTED): (cm.ServiceDiscoveryReq,),
    (cm.AuthorizationReq, When.ACCEPTED_RESUMED): (cm.ServiceDiscoveryReq, *_CPD),  # leniency 2
    (cm.ServiceDiscoveryReq, When.DONE): (cm.ServiceDetailReq, cm.ServiceSelectionReq),
    (cm.ServiceDetailReq, When.DONE): (cm.ServiceDetailReq, cm.ServiceSelectionReq),
    (cm.ServiceSelectionReq, When.DONE): _CPD,
    (ac.AC_ChargeParameterDiscoveryReq, When.DONE): (cm.ScheduleExchangeReq,),
    (dc.DC_ChargeParameterDiscoveryReq, When.DONE): (cm.ScheduleExchangeReq,),
    (cm.ScheduleExchangeReq, When.CONTACTORS_OPEN): (dc.DC_CableCheckReq,),
    (cm.ScheduleExchangeReq, When.POWER_DELIVERY): (cm.PowerDeliveryReq,),
    (dc.DC_CableCheckReq, When.ONGOING): (dc.DC_CableCheckReq,),
    (dc.DC_CableCheckReq, When.DONE): (dc.DC_PreChargeReq,),
    (dc.DC_PreChargeReq, When.ONGOING): (dc.DC_PreChargeReq, cm.PowerDeliveryReq),  # leniency 3
    (dc.DC_PreChargeReq, When.DONE): (cm.PowerDeliveryReq,),
    (cm.PowerDeliveryReq, When.ONGOING): (cm.PowerDeliveryReq,),  # EV not ready yet (EVProcessing Ongoing)
    (cm.PowerDeliveryReq, When.ENERGY_TRANSFER): (*_LOOP, cm.PowerDeliveryReq),  # Start, Standby
    (cm.PowerDeliveryReq, When.STOPPED): (dc.DC_WeldingDetectionReq, cm.SessionStopReq),
    (cm.PowerDeliveryReq, When.RENEGOTIATION): (*_CPD, cm.ScheduleExchangeReq),
    (ac.AC_ChargeLoopReq, When.ENERGY_TRANSFER): (*_LOOP, cm.PowerDeliveryReq),
    (dc.DC_ChargeLoopReq, When.ENERGY_TRANSFER): (*_LOOP, cm.PowerDeliveryReq),
    (ac.AC_ChargeLoopReq, When.METERING_PENDING): (*_LOOP, cm.PowerDeliveryReq, cm.MeteringConfirmationReq),
    (dc.DC_ChargeLoopReq, When.METERING_PENDING): (*_LOOP, cm.PowerDeliveryReq, cm.MeteringConfirmationReq),
    (cm.MeteringConfirmationReq, When.DONE): (*_LOOP, cm.PowerDeliveryReq),
    (dc.DC_WeldingDetectionReq, When.ONGOING): (dc.DC_WeldingDetectionReq,),
    (dc.DC_WeldingDetectionReq, When.DONE): (cm.SessionStopReq,),
    (cm.SessionStopReq, When.SERVICE_RENEGOTIATION): (cm.ServiceDiscoveryReq,),
}

_OTHER_DOMAIN = {True: ac.__name__, False: dc.__name__}  # is_dc -> the module whose requests do not apply
# (key, is_dc) -> the allowed set of that energy domain, computed once.
_BY_DOMAIN: dict[tuple[tuple[type, When], bool], frozenset[type]] = {
    (key, is_dc): frozenset(c for c in requests if c.__module__ != _OTHER_DOMAIN[is_dc])
    for key, requests in NEXT.items()
    for is_dc in (True, False)
}


def next_allowed(ctx: SessionContext, answered: type, when: When = When.DONE) -> frozenset[type]:
    """The requests allowed after answering `answered` with the session `when`, in ctx's energy domain."""
    return _BY_DOMAIN[(answered, when), ctx.is_dc]


def precheck(ctx: D20Context, req: Any) -> Outcome | None:
    """SessionID and sequence checks every request passes before its state sees it."""
    cls = type(req)
    if cls is not cm.SessionSetupReq and ctx.established and req.Header.SessionID != ctx.session_id:
        return fail(req, ctx, responseCodeType.FAILED_UnknownSession, f"SessionID {req.Header.SessionID.hex()} unknown")
    allowed = ctx.allowed
    if ctx.established and not ctx.power_flowing and not ctx.session_stop_barred:
        allowed = allowed | {cm.SessionStopReq}  # leniency 1
    if cls not in allowed:
        expected = sorted(a.__name__ for a in allowed)
        return fail(req, ctx, responseCodeType.FAILED_SequenceError, f"{cls.__name__} not allowed now (expected {expected})")
    if ctx.terminate_requested:
        return fail(req, ctx, responseCodeType.FAILED, "the EVSE terminated the session")
    return None
