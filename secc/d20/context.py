"""What a -20 session knows beyond the fields all protocols share (secc.context.SessionContext)."""
from __future__ import annotations

from dataclasses import dataclass

from secc.context import SessionContext


@dataclass
class D20Context(SessionContext):
    offered_authorization: tuple[str, ...] = ()  # AuthorizationSetupRes AuthorizationServices
    parameter_set_id: int | None = None  # ServiceSelectionReq (= the ControlMode value)
    minimum_soc: int | None = None  # Dynamic mode: the EV's (or the SECC's mobility needs')
    discharge_selected: bool = False  # PowerDeliveryReq BPT_ChannelSelection Discharge
    # In a DC_PreCharge or an Ongoing DC_WeldingDetection loop: -20 names the next request there, so
    # leniency 1 (SessionStopReq, secc.d20.sequence) does not apply.
    session_stop_barred: bool = False

    def resume_from(self, paused: D20Context) -> None:
        """Take over what a paused session agreed (same SessionID): service, mode, EV parameters."""
        self.session_id = paused.session_id
        self.service = paused.service
        self.control_mode = paused.control_mode
        self.parameter_set_id = paused.parameter_set_id
        self.offered_services = paused.offered_services
        self.ev = paused.ev
        # The paused session's authorization stays valid for the whole service session ([V2G20-1844]).
        self.authorized = paused.authorized
        self.contract_certificate = paused.contract_certificate
        self.resumed = True
