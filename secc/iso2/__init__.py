"""ISO 15118-2:2013 SECC: one pure state per message pair (setup.py, charging.py), the sequence table and
the runner's hooks (protocol.py), -2 PnC (pnc.py), error responses (messages.py).

The EVSE controller stays protocol-neutral; -2 maps onto it like this:
- authorize(): ExternalPayment -> AuthorizationRequest("EIM"); Contract -> ("PnC", eMAID of PaymentDetails),
  asked only after the chain and the EV's signature verified.
- ac_limits()/dc_limits(), schedule_offers(), ev_charge_needs(), ev_power_profile(): ChargeParameterDiscovery
  and PowerDelivery (SAScheduleList, ChargingProfile). -2 is Scheduled mode only.
- start_cable_check()/isolation_status(), set_dc_output()/present_dc(), close_contactors(), power_off(),
  set_ac_power()/present_ac_power(), meter_reading(), metering_confirmed(): as in -20.
- Notifications: Terminate -> StopCharging, ScheduleRenegotiation/ServiceRenegotiation -> ReNegotiation,
  MeteringConfirmation -> ReceiptRequired (PnC only).

What -2 cannot express (documented, not faked):
- Dynamic control mode, mobility needs, dynamic_setpoint(): -2 has schedules only.
- Bidirectional power transfer (BPT services, discharge limits): -2:2013 has none.
- EVSE-initiated Pause: sent as StopCharging (the EV may then pause itself); ExitStandby and standby: dropped.
- A per-phase current limit of the EVSE's own: EVSEMaxCurrent is derived from the power cap over the nominal
  voltage and the phases in use (ACLimits carries power, not current).
- SalesTariff in PnC sessions: -2 wants it signed; with `pricing.kind = "levels"` the SECC signs it with the
  [pnc] iso2_tariff_key/iso2_tariff_chain (MO Sub-CA 2) in the Header Signature, else sends PMax schedules only
  (logged once). EIM sessions get an unsigned price-level SalesTariff.
- MeterInfo outside ReceiptRequired: sent only with a receipt request (meter read on demand, not every loop).
- Refusing a pause: -2 has no code for it; with pause_allowed = false the SECC answers OK and keeps nothing.
"""
from __future__ import annotations

from iso15118.session.app_protocol import ISO15118_2, Transport
from secc.iso2 import protocol as _p
from secc.protocols import SECCProtocol

PROTOCOL = SECCProtocol(
    name="ISO15118-2",
    app_protocols=(ISO15118_2,),
    # PnC (Contract) over TLS 1.2 with -2's cipher suites; EIM (ExternalPayment) also over plain TCP, as in the field.
    transport=Transport(tls_versions=frozenset({"TLSv1.2"}), plain_tcp=True),
    offer=_p.offer,
    new_context=_p.new_context,
    decode=_p.decode,
    request_of=_p.request_of,
    states=_p.STATES,
    precheck=_p.precheck,
    fail=_p.fail_by_name,
    can_answer=_p.can_answer,
    performance_time=lambda ctx, req: _p.performance_time(req, ctx.config.timing),
    winding_down=_p.winding_down,
    charge_loop=_p.CHARGE_LOOP,
    charge_loop_power=_p.charge_loop_power,
    ev_soc=_p.ev_soc,
)
