"""What an ISO 15118-2 session knows beyond the fields all protocols share (secc.context.SessionContext)."""
from __future__ import annotations

from dataclasses import dataclass, field

from iso15118.messages import iso2_msg_data_types as t
from iso15118.security.pnc import PnCAuthorization
from secc.context import SessionContext


@dataclass
class ISO2Context(SessionContext):
    """-2 reuses the shared fields (service AC/DC, control_mode Scheduled, schedules, selected_schedule,
    power_flowing, pending_notification, grid, stopped, ...) and adds these."""

    certificate_service: bool = False  # ServiceDiscoveryRes offered the ContractCertificate service
    offered_payment: tuple[t.paymentOptionType, ...] = ()
    payment_option: t.paymentOptionType | None = None
    offered_modes: tuple[t.EnergyTransferModeType, ...] = ()
    energy_transfer_mode: t.EnergyTransferModeType | None = None
    phases: int = 3  # AC phases in use: 1 for AC_single_phase_core
    max_schedule_entries: int | None = None  # ChargeParameterDiscoveryReq MaxEntriesSAScheduleTuple
    emaid: str | None = None  # PaymentDetailsReq: the contract the EV offered
    contract: PnCAuthorization | None = None  # its verified chain (PaymentDetails), for the signatures after
    tariff_unsigned_logged: bool = False  # PnC without a SalesTariff signer: said once
    receipt_required: bool = False  # ReceiptRequired=True sent: MeteringReceiptReq may follow
    precharged: bool = False  # PreCharge done since the contactors last opened (DC)
    renegotiating: bool = False  # PowerDelivery Renegotiate accepted: ChargeParameterDiscovery again
    welding_requests: int = 0
    sa_schedule_tuple_id: int | None = None  # chosen in PowerDeliveryReq Start
    offered_tuples: dict[int, list[tuple[int, float]]] = field(default_factory=dict)  # (start s, PMax W) per tuple
    ev_profile: tuple[tuple[int, float], ...] = ()  # PowerDeliveryReq Start's ChargingProfile: (start s, max W)
    ev_profile_since: float = 0.0  # when that PowerDeliveryReq came (session clock)

    @property
    def tls(self) -> bool:
        """Contract (PnC) is offered over TLS only."""
        return self.tls_version is not None

    def resume_from(self, paused: SessionContext) -> None:
        """A resumed -2 session keeps its SessionID, the payment option selected and the SAScheduleTuple
        chosen ([V2G2-741]); the EV goes through discovery, payment and authorization again."""
        self.session_id = paused.session_id
        self.resumed = True
        if isinstance(paused, ISO2Context):
            self.payment_option = paused.payment_option
            self.sa_schedule_tuple_id = paused.sa_schedule_tuple_id
