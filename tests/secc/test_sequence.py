"""The one -20 sequence table (secc.d20.sequence): consistent with the states, split by energy domain."""
from __future__ import annotations

from iso15118.messages import ac, common_messages as cm, dc
from secc.config import SECCConfig
from secc.context import SessionContext
from secc.controller import EnergyService as S
from secc.d20.sequence import NEXT, When, next_allowed
from secc.d20.states import STATES


def test_every_request_in_the_table_has_a_state() -> None:
    for (answered, _), allowed in NEXT.items():
        assert answered in STATES and set(allowed) <= set(STATES), answered


def test_next_allowed_keeps_the_sessions_energy_domain() -> None:
    dc_ctx = SessionContext(config=SECCConfig(), service=S.DC)
    ac_ctx = SessionContext(config=SECCConfig(), service=S.AC_BPT)
    assert next_allowed(dc_ctx, cm.PowerDeliveryReq, When.STOPPED) == {dc.DC_WeldingDetectionReq, cm.SessionStopReq}
    assert next_allowed(ac_ctx, cm.PowerDeliveryReq, When.STOPPED) == {cm.SessionStopReq}
    assert next_allowed(ac_ctx, cm.ServiceSelectionReq) == {ac.AC_ChargeParameterDiscoveryReq}
    assert next_allowed(dc_ctx, dc.DC_ChargeLoopReq, When.METERING_PENDING) == {
        dc.DC_ChargeLoopReq, cm.PowerDeliveryReq, cm.MeteringConfirmationReq}
