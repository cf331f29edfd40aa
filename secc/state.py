"""What every protocol's SECC states share: the State base, what gather() may use, the Ongoing timer.

A state has two steps, in every protocol (secc/d20, secc/din, secc/iso2):
  gather(env, ctx, req)  -> snapshot     async; the only place that asks the EVSE controller
  handle(ctx, req, snap, now) -> Outcome pure: response, next allowed requests, actions, end
The runner (secc.session) checks SessionID and sequence (the protocol's precheck) before calling a
state, runs the actions on the controller, sends the response and ends the session when told.

Commands to the hardware are typed Actions (secc.context: SetDCOutput, SetACPower, CloseContactors,
PowerOff, MeteringConfirmed, SessionStarted), run by the runner after handle() and guarded by the
stopped state. gather() only reads, with three sanctioned exceptions, each a request whose answer
*is* the reading and which is safe to repeat (no power flows from them):
- start_cable_check (the first CableCheck request of any protocol, cable_check_status): the isolation reading of the
  same request must come after it, so it cannot wait for the actions after handle();
- authorize: asking the controller is how its decision (Accepted / Ongoing / Rejected) is read; it is
  asked again on every Ongoing retry;
- the PnC certificate-installation backend call: a CPS round trip that spans several requests
  (Env.installation), answered Ongoing meanwhile and cancelled when the session ends.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from secc.authorization import PnCAuthorizer
from secc.context import Outcome, SessionContext
from secc.controller import ACLimits, ControlMode, DCLimits, DCMeasurement, EVSEController, IsolationStatus
from secc.grid.chargeloop import EVSEPowerLimits, PowerCaps, power_caps


class PausedSessions(Protocol):
    def take(self, session_id: bytes) -> SessionContext | None: ...


@dataclass
class Env:
    """What gather() may use: the EVSE controller, the PnC hook and the server's paused sessions."""

    controller: EVSEController
    paused: PausedSessions
    pnc: PnCAuthorizer | None = None
    installation: asyncio.Future[Any] | None = None  # the CPS call, which may span several requests


def allow(*requests: type) -> frozenset[type]:
    """The requests allowed next, by message class (names collide across protocols)."""
    return frozenset(requests)


def evse_power_limits(ctx: SessionContext) -> EVSEPowerLimits:
    """The charger's side of the caps: its maximums now (ctx.evse_limits), within the selected schedule in
    Scheduled mode; no discharge without BPT; nothing before the EVSE's limits are known or once stopped.
    AC: the EVSE's power rating also bounds the reactive power (ACLimits has no separate rating)."""
    limits = ctx.evse_limits
    if limits is None or ctx.stopped:
        return _NOTHING
    charge = limits.max_charge_power_w
    discharge = limits.max_discharge_power_w if ctx.bpt else 0.0
    schedule = ctx.selected_schedule
    if ctx.control_mode is ControlMode.Scheduled and schedule is not None:
        charge, discharge = min(charge, schedule.charge_power_w), min(discharge, schedule.discharge_power_w)
    reactive = limits.max_charge_power_w if isinstance(limits, ACLimits) else 0.0
    return EVSEPowerLimits(max_charge_power_w=max(charge, 0.0), max_discharge_power_w=max(discharge, 0.0),
                           max_reactive_power_var=max(reactive, 0.0))


_NOTHING = EVSEPowerLimits(max_charge_power_w=0.0)


def session_caps(ctx: SessionContext) -> PowerCaps:
    """What may flow now, in every protocol: the grid limits within the charger's (secc.grid power_caps)."""
    return power_caps(ctx.grid.limits, evse_power_limits(ctx))


Ctx = TypeVar("Ctx", bound=SessionContext)


class State(Generic[Ctx]):
    """One message pair. `request` is the request class the protocol's table keys the state by; Ctx is
    the protocol's context class (a SessionContext subclass, e.g. DINContext)."""

    request: ClassVar[type]

    async def gather(self, env: Env, ctx: Ctx, req: Any) -> Any:
        return None

    def handle(self, ctx: Ctx, req: Any, snap: Any, now: float) -> Outcome:
        raise AssertionError(f"{type(self).__name__} has no handler")


async def cable_check_status(env: Env, ctx: SessionContext, step: str) -> IsolationStatus:
    """The isolation reading of a CableCheck request (every protocol's); its first request starts the
    check at the voltage both sides allow (500 V before the EVSE's DC limits are known)."""
    if step not in ctx.ongoing_since:
        limits = ctx.evse_limits
        await env.controller.start_cable_check(
            min(ctx.ev.max_voltage_v, limits.max_voltage_v if isinstance(limits, DCLimits) else 500.0))
    return await env.controller.isolation_status()


async def loop_readings(env: Env, ctx: SessionContext) -> tuple[ACLimits | DCLimits, DCMeasurement | float]:
    """The charge loop's controller reads, the same in every protocol: the EVSE's limits now and what flows
    (DC: voltage and current; AC: active power W)."""
    c = env.controller
    if ctx.is_dc:
        return await c.dc_limits(), await c.present_dc()
    return await c.ac_limits(), await c.present_ac_power()
