"""The typed state one -2 session carries from phase to phase (what the EV agreed and what it did)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from evcc.controller import EnergyTransfer, EVSELimits
from evcc.iso2.credentials import ISO2Credentials
from evcc.phase import Action, EVContext, Phase, Step
from iso15118.messages.iso2_msg_data_types import (
    EnergyTransferModeType,
    SAScheduleTupleType,
    SelectedServiceType,
    chargingSessionType,
    paymentOptionType,
)
from iso15118.messages.xmldsig import SignatureType
from iso15118.session.timers import ISO15118_2_EVCC_Msg_Timeout
from iso15118.session.v2g_message import ISO2

EVCCID_LENGTH = 6  # evccIDType: the EV's MAC address (hexBinary, at most 6 bytes)

# EnergyTransferModes the EV asks for, in its order of preference.
AC_MODES = (EnergyTransferModeType.AC_three_phase_core, EnergyTransferModeType.AC_single_phase_core)
DC_MODES = (EnergyTransferModeType.DC_extended, EnergyTransferModeType.DC_core,
            EnergyTransferModeType.DC_combo_core, EnergyTransferModeType.DC_unique)


def evcc_id(configured: str) -> bytes:
    """-2 carries the EVCCID as a MAC (6 bytes): a MAC-form `evcc_id` ("02:00:00:00:00:01" or 12 hex
    digits) is sent as is; any other string maps to 6 stable bytes (SHA-256), so one config serves
    -20 (a string) and -2."""
    digits = configured.replace(":", "").replace("-", "")
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        raw = b""
    if 0 < len(raw) <= EVCCID_LENGTH:
        return raw
    return hashlib.sha256(configured.encode()).digest()[:EVCCID_LENGTH]


@dataclass
class ISO2Context(EVContext):
    envelope: Any = ISO2
    msg_timeouts: Any = field(default_factory=lambda: ISO15118_2_EVCC_Msg_Timeout)
    pnc: ISO2Credentials | None = None
    resume_session_id: bytes | None = None
    departure_at: float = 0.0  # monotonic; a resumed session keeps the paused one's
    paused_before: bool = False  # an EV-initiated pause happens once per charging session
    response_signature: SignatureType | None = None  # Header.Signature of the response being handled
    evse_id: str = ""
    energy_mode: EnergyTransferModeType | None = None
    payment: paymentOptionType | None = None
    charge_service_id: int = 1
    certificate_service: SelectedServiceType | None = None  # ParameterSetID 1 installation, 2 update
    gen_challenge: bytes | None = None
    contract_authorized: bool = False  # PnC: MeteringReceiptReq is signed with the contract key
    evse_limits: EVSELimits = field(default_factory=EVSELimits)
    evse_nominal_voltage_v: float = 230.0
    schedule: SAScheduleTupleType | None = None
    schedule_started: float = 0.0
    renegotiating: bool = False
    energized: bool = False  # contactors closed in this session: the welding check is due (DC)
    charging: bool = False
    charge_loops: int = 0
    welding_tries: int = 0
    ending: chargingSessionType | None = None
    end_reason: str = ""
    end_error: bool = False

    @property
    def dc(self) -> bool:
        return self.config.energy_transfer is EnergyTransfer.DC

    @property
    def phases_in_use(self) -> int:
        return 1 if self.energy_mode is EnergyTransferModeType.AC_single_phase_core else 3

    def remaining_departure(self, now: float) -> int:
        return max(0, int((self.departure_at - now) * self.config.time_scale))

    @property
    def schedule_id(self) -> int:
        assert self.schedule is not None, "the schedule is chosen in ChargeParameterDiscovery"
        return self.schedule.SAScheduleTupleID

    def send(self, request: Any, then: Phase[Any, Any], *, delay: float = 0.0, actions: tuple[Action, ...] = (),
             signature: SignatureType | None = None) -> Step:
        """EVContext.send; `signature` goes into the Header (AuthorizationReq, MeteringReceiptReq, certificates)."""
        step = super().send(request, then, delay=delay, actions=actions)
        if signature is None:
            return step
        return replace(step, request=ISO2.wrap(request, self.session_id, signature=signature))

    def power_off(self) -> tuple[Action, ...]:
        self.charging = False
        return super().power_off()

    def fail(self, reason: str) -> Step:
        """EVContext.fail; when an orderly stop was under way, its cause stays first in the reason."""
        if self.ending is not None and self.end_reason:
            reason = f"{self.end_reason}; then {reason}"
        return super().fail(reason)
