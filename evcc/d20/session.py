"""The EVCC's -20 state machine after SupportedAppProtocol chose -20: response in, next request (or the end) out. No I/O here.

One phase per request/response pair, like libiso15118 and h11: `EVCCSession.receive(response,
ev_status, now)` checks the response against the phase (type, SessionID, ResponseCode, ongoing
timers) and returns a `Step`: the actions for the EV controller (contactors, power, limits,
events), the next request with its V2G_EVCC_Msg_Timeout and the delay before sending it, or the
end of the session. The asyncio client (evcc/client.py) does the I/O around it.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from evcc.config import EVCCConfig
from evcc.controller import (
    Authorization,
    ControlMode,
    EnergyTransfer,
    EVSELimits,
    EVStatus,
    PnCCredentials,
    UserSettings,
)
from iso15118.messages import ac as msg_ac
from iso15118.messages import common_messages as cm
from iso15118.messages import dc as msg_dc
from iso15118.messages.common_types import (
    DisplayParametersType,
    EVSEStatusType,
    evseNotificationType,
    processingType,
    responseCodeType,
)
from iso15118.security.errors import SecurityError
from evcc.phase import (
    Action,
    ContractInstalled,
    EndKind,
    Event,
    EVSELimitsChanged,
    PowerTransfer,
    ProtocolViolation,
    SessionEnd,
    SetContactors,
    Step,
)
from iso15118.session.units import (
    GEN_CHALLENGE_LENGTH,
    NO_SESSION_ID,
    SESSION_ID_LENGTH,
    discharge_magnitude,
    from_rational,
    header,
    to_rational,
)


class Phase(enum.Enum):
    """Which response the EVCC is waiting for."""

    SessionSetup = "SessionSetup"
    AuthorizationSetup = "AuthorizationSetup"
    CertificateInstallation = "CertificateInstallation"
    Authorization = "Authorization"
    ServiceDiscovery = "ServiceDiscovery"
    ServiceDetail = "ServiceDetail"
    ServiceSelection = "ServiceSelection"
    ChargeParameterDiscovery = "ChargeParameterDiscovery"
    ScheduleExchange = "ScheduleExchange"
    CableCheck = "DC_CableCheck"
    PreCharge = "DC_PreCharge"
    PowerDelivery = "PowerDelivery"
    ChargeLoop = "ChargeLoop"
    MeteringConfirmation = "MeteringConfirmation"
    WeldingDetection = "DC_WeldingDetection"
    SessionStop = "SessionStop"
    Ended = "Ended"


# -20 ServiceIDs of the energy transfer services (ServiceDiscovery).
SERVICE_AC, SERVICE_DC, SERVICE_AC_BPT, SERVICE_DC_BPT = 1, 2, 5, 6
CONTROL_MODE_PARAMETER = {ControlMode.Scheduled: 1, ControlMode.Dynamic: 2}
MAX_WELDING_DETECTION_REQUESTS = 20  # then stop anyway: power is off, the EVSE may just read slowly


@dataclass(frozen=True)
class AgreedService:
    """What a paused session agreed and a resumed one keeps ([V2G20-1032], [V2G20-1844]): after
    OK_OldSessionJoined the EV goes straight to ChargeParameterDiscovery with these."""

    service_id: int
    parameter_set_id: int
    parameters: dict[str, Any]
    bpt_active: bool
    service_renegotiation_supported: bool
    contract_authorized: bool


def _param_value(p: cm.ParameterType) -> Any:
    for name in ("boolValue", "byteValue", "shortValue", "intValue", "finiteString"):
        value = getattr(p, name)
        if value is not None:
            return value
    return from_rational(p.rationalNumber) if p.rationalNumber is not None else None


def schedule_power_at(schedule: cm.ChargingScheduleType | None, elapsed_s: float) -> float | None:
    """The PowerSchedule entry active `elapsed_s` after the schedule's start (None past its end)."""
    if schedule is None:
        return None
    t = 0.0
    for entry in schedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry:
        t += entry.Duration
        if elapsed_s < t:
            return from_rational(entry.Power)
    return None


def _clip(x: float, low: float, high: float) -> float:
    return max(low, min(high, x))


@dataclass
class EVCCSession:
    """One -20 communication session seen from the EV (one TCP/TLS connection).

    `resume_session_id` continues a paused session (`resume_service`: what it agreed). `pnc` plugs
    in Plug & Charge (issue 5); without it the EVCC uses EIM.
    """

    config: EVCCConfig
    resume_session_id: bytes | None = None
    resume_service: AgreedService | None = None
    pnc: PnCCredentials | None = None
    paused_before: bool = False  # an EV-initiated pause happens once per charging session
    phase: Phase = Phase.SessionSetup
    session_id: bytes = NO_SESSION_ID
    evse_id: str = ""
    settings: UserSettings = field(default_factory=UserSettings)
    service_id: int | None = None
    parameter_set_id: int | None = None
    service_parameters: dict[str, Any] = field(default_factory=dict)
    service_renegotiation_supported: bool = False
    bpt_active: bool = False
    evse_limits: EVSELimits = field(default_factory=EVSELimits)
    schedule: cm.ScheduleTupleType | None = None
    schedule_started: float = 0.0
    dynamic_targets: cm.Dynamic_SEResControlModeType | None = None
    contactors_closed: bool = False
    charging: bool = False
    renegotiating: bool = False
    ending: cm.chargingSessionType | None = None
    end_reason: str = ""
    end_error: bool = False
    power_w: float = 0.0
    charge_loops: int = 0
    standby: bool = False
    _standby_done: bool = False
    _standby_since: int = 0
    departure_at: float | None = None  # monotonic; a resumed session keeps the paused one's
    _last_request: Any = None
    _ongoing_since: float | None = None
    _gen_challenge: bytes | None = None
    _contract_authorized: bool = False  # PnC: the contract key can sign MeteringConfirmationReq
    _progress: cm.chargeProgressType | None = None
    _precharge_done: bool = False
    _precharge_failure: str | None = None  # why the EV gave up pre-charge (reported as the end reason)
    _energized: bool = False  # contactors were closed in this session: the welding check is due
    _welding_tries: int = 0
    _unanswered: set[evseNotificationType] = field(default_factory=set)
    _offered_authorization: set[cm.authorizationType] = field(default_factory=set)

    # ------------------------------------------------------------------ entry points

    def start_after_negotiation(self, ev: EVStatus, settings: UserSettings, now: float) -> Step:
        """The first request after SupportedAppProtocol chose -20: SessionSetupReq (the paused SessionID to resume)."""
        self.settings = settings
        if self.departure_at is None:
            self.departure_at = now + settings.departure_time_s / self.config.time_scale
        req = cm.SessionSetupReq(
            Header=header(self.resume_session_id or NO_SESSION_ID), EVCCID=self.config.evcc_id
        )
        return self._send(req, Phase.SessionSetup)

    def receive(self, response: Any, ev: EVStatus, now: float) -> Step:
        """Handle the SECC's response to our last request."""
        if self.phase is Phase.Ended:
            raise ProtocolViolation(f"session already ended, got {type(response).__name__}")
        expected = _EXPECTED[self.phase](self)
        if not isinstance(response, expected):
            return self._fail(
                f"expected {expected.__name__} in phase {self.phase.value}, got {type(response).__name__}"
            )
        code: responseCodeType = response.ResponseCode
        if self.phase is not Phase.SessionSetup and response.Header.SessionID != self.session_id:
            return self._fail(f"{type(response).__name__} for SessionID {response.Header.SessionID.hex()}")
        if code.value.startswith("FAILED"):
            return self._fail(f"{type(response).__name__}: {code.value}")
        return _HANDLERS[self.phase](self, response, ev, now)

    def timeout(self) -> Step:
        """V2G_EVCC_Msg_Timeout expired waiting for the response: stop without further messages."""
        name = type(self._last_request).__name__
        return self._fail(f"V2G_EVCC_Msg_Timeout ({self.config.timing.evcc_timeout(name)} s) waiting for the answer to {name}")

    def abort(self, reason: str) -> Step:
        """The connection broke or the response could not be decoded: stop, power off."""
        return self._fail(reason)

    # ------------------------------------------------------------------ helpers

    def _send(
        self, request: Any, phase: Phase, *, delay: float = 0.0, actions: tuple[Action, ...] = ()
    ) -> Step:
        self.phase = phase
        self._last_request = request
        timeout = self.config.timing.evcc_timeout(type(request).__name__)
        return Step(request=request, timeout_s=timeout, delay_s=delay, actions=actions)

    def _safe_actions(self) -> tuple[Action, ...]:
        actions: list[Action] = []
        if self.power_w:
            actions.append(PowerTransfer(0.0))
        if self.contactors_closed:
            actions.append(SetContactors(False))
        self.power_w = 0.0
        self.contactors_closed = False
        self.charging = False
        return tuple(actions)

    def _fail(self, reason: str) -> Step:
        """End now, without SessionStop: a FAILED response or a broken peer. Power off first.

        When an orderly stop was already under way, its cause stays first in the reason: the later
        error (e.g. the SECC refusing our SessionStopReq) is a consequence, not the story."""
        if self.ending is not None and self.end_reason:
            reason = f"{self.end_reason}; then {reason}"
        actions = self._safe_actions() + (Event("SessionFailed", reason),)
        self.phase = Phase.Ended
        return Step(actions=actions, end=SessionEnd(EndKind.Failed, reason, self.session_id, error=True))

    def _ongoing(self, now: float, limit: float, what: str) -> str | None:
        if self._ongoing_since is None:
            self._ongoing_since = now
        if now - self._ongoing_since > limit:
            return f"{what} still Ongoing after {limit:g} s"
        return None

    def _hdr(self) -> Any:
        return header(self.session_id)

    def _remaining_departure(self, now: float) -> int:
        assert self.departure_at is not None, "start() sets the departure time"
        return max(0, int((self.departure_at - now) * self.config.time_scale))

    def _energy_requests(self, ev: EVStatus) -> dict[str, Any]:
        """-20 energy requests in Wh: target, maximum (full) and minimum (to the minimum SoC)."""
        cap, soc = ev.battery_capacity_wh, ev.present_soc
        target = self.settings.target_soc
        if self.dynamic_targets is not None and self.dynamic_targets.TargetSOC is not None:
            target = self.dynamic_targets.TargetSOC
        req = {
            "EVTargetEnergyRequest": to_rational(max(0.0, (target - soc) / 100 * cap)),
            "EVMaximumEnergyRequest": to_rational(max(0.0, (100 - soc) / 100 * cap)),
            "EVMinimumEnergyRequest": to_rational(max(0.0, (self.settings.minimum_soc - soc) / 100 * cap)),
        }
        return req

    def _v2x_requests(self, ev: EVStatus) -> dict[str, Any]:
        """BPT: how far the EVSE may move the battery (negative minimum: energy we can give back)."""
        cap, soc = ev.battery_capacity_wh, ev.present_soc
        floor = self.settings.discharge_soc_floor if self.settings.discharge_allowed else soc
        return {
            "EVMaximumV2XEnergyRequest": to_rational(max(0.0, (100 - soc) / 100 * cap)),
            "EVMinimumV2XEnergyRequest": to_rational((min(floor, soc) - soc) / 100 * cap),
        }

    def _discharge_limit(self, ev: EVStatus) -> float:
        if not (self.bpt_active and self.settings.discharge_allowed):
            return 0.0
        if ev.present_soc <= self.settings.discharge_soc_floor:
            return 0.0
        return ev.limits.max_discharge_power_w

    def _begin_stop(
        self, kind: cm.chargingSessionType, reason: str, *, error: bool = False, power_delivery: bool = False
    ) -> Step:
        """Orderly end: PowerDelivery Stop (if power was on, or `power_delivery`: the sequence requires
        it, as after a Finished DC_PreChargeReq), welding check (DC, contactors used), SessionStop."""
        self.ending = kind
        self.end_reason = reason
        self.end_error = error
        actions = (Event("Stopping", f"{kind.value}: {reason}"),)
        if power_delivery or self.charging or self.contactors_closed:
            return self._power_delivery(cm.chargeProgressType.Stop, actions=actions)
        return self._session_stop(actions)

    def _session_stop(self, actions: tuple[Action, ...] = ()) -> Step:
        assert self.ending is not None
        req = cm.SessionStopReq(
            Header=self._hdr(),
            ChargingSession=self.ending,
            EVTerminationExplanation=self.end_reason[:160] or None,
        )
        return self._send(req, Phase.SessionStop, actions=actions)

    # ------------------------------------------------------------------ handshake and services

    def _on_session_setup(self, res: cm.SessionSetupRes, ev: EVStatus, now: float) -> Step:
        if len(res.Header.SessionID) != SESSION_ID_LENGTH:  # read liberally, but every request must carry it
            return self._fail(f"SessionSetupRes assigned a {len(res.Header.SessionID)}-byte SessionID "
                              f"{res.Header.SessionID.hex()} (-20 requires {SESSION_ID_LENGTH} bytes)")
        self.session_id = res.Header.SessionID
        self.evse_id = res.EVSEID
        actions: tuple[Action, ...] = ()
        if self.resume_session_id is not None:
            joined = res.ResponseCode is responseCodeType.OK_OldSessionJoined
            if joined and self.session_id != self.resume_session_id:
                return self._fail("OK_OldSessionJoined with a different SessionID")
            actions = (Event("Resumed" if joined else "ResumeRefused", self.session_id.hex()),)
            agreed = self.resume_service
            if joined and agreed is not None:
                # [V2G20-1032]: the next request is ChargeParameterDiscoveryReq; authorization and the
                # selected service hold for the whole service session ([V2G20-1844]).
                self.service_id, self.parameter_set_id = agreed.service_id, agreed.parameter_set_id
                self.service_parameters = dict(agreed.parameters)
                self.bpt_active = agreed.bpt_active
                self.service_renegotiation_supported = agreed.service_renegotiation_supported
                self._contract_authorized = agreed.contract_authorized
                return self._charge_parameter_discovery(ev, actions=actions)
            # OK_NewSessionEstablished: nothing of the paused session holds, start over.
        return self._send(cm.AuthorizationSetupReq(Header=self._hdr()), Phase.AuthorizationSetup, actions=actions)

    def agreed_service(self) -> AgreedService | None:
        """What a resumed session may keep (None before ServiceSelection)."""
        if self.service_id is None or self.parameter_set_id is None:
            return None
        return AgreedService(
            self.service_id, self.parameter_set_id, dict(self.service_parameters), self.bpt_active,
            self.service_renegotiation_supported, self._contract_authorized,
        )

    def _on_authorization_setup(self, res: cm.AuthorizationSetupRes, ev: EVStatus, now: float) -> Step:
        offered = set(res.AuthorizationServices)
        self._offered_authorization = offered
        self._ongoing_since = None
        pnc_wanted = self.config.authorization is Authorization.PnC and self.pnc is not None
        pnc_mode = res.PnC_ASResAuthorizationMode
        if pnc_wanted and pnc_mode is not None and len(pnc_mode.GenChallenge) != GEN_CHALLENGE_LENGTH:
            # we would sign a challenge no SECC can have sent: EIM if offered, else stop
            return self._authorize((Event("PnCUnavailable", f"GenChallenge of {len(pnc_mode.GenChallenge)} bytes "
                                                            f"({GEN_CHALLENGE_LENGTH} required)"),))
        if pnc_wanted and cm.authorizationType.PnC in offered and pnc_mode is not None:
            assert self.pnc is not None
            self._gen_challenge = pnc_mode.GenChallenge
            policy = self.config.certificate_installation
            if res.CertificateInstallationService and policy != "never":
                req = self.pnc.installation_request(self._hdr(), always=policy == "always")
                if req is not None:
                    return self._send(req, Phase.CertificateInstallation)
        return self._authorize()

    def _authorize(self, actions: tuple[Action, ...] = ()) -> Step:
        """PnC with a usable contract when the SECC offers it, else EIM, else stop."""
        offered = self._offered_authorization
        if self._gen_challenge is not None and self.pnc is not None and self.pnc.has_contract():
            req = self._authorization_request(cm.authorizationType.PnC)
        elif cm.authorizationType.EIM in offered:
            if self._gen_challenge is not None:
                actions += (Event("PnCUnavailable", "no usable contract certificate: EIM"),)
            req = self._authorization_request(cm.authorizationType.EIM)
        else:
            step = self._begin_stop(cm.chargingSessionType.Terminate, "no usable authorization service", error=True)
            return replace(step, actions=actions + step.actions)
        self._ongoing_since = None
        return self._send(req, Phase.Authorization, actions=actions)

    def _on_certificate_installation(self, res: cm.CertificateInstallationRes, ev: EVStatus, now: float) -> Step:
        assert self.pnc is not None
        if res.ResponseCode.value.startswith("WARNING"):
            return self._authorize((Event("CertificateInstallationFailed", res.ResponseCode.value),))
        if res.EVSEProcessing is not processingType.Finished:
            late = self._ongoing(now, self.config.timing.evcc_ongoing_timeout, "CertificateInstallation")
            if late:
                return self._authorize((Event("CertificateInstallationFailed", late),))
            req = self.pnc.installation_request(self._hdr(), always=True)
            return self._send(req, Phase.CertificateInstallation, delay=self.config.ongoing_poll_interval_s)
        try:
            emaid = self.pnc.install(res)
        except SecurityError as error:  # a contract we cannot trust is never used
            return self._authorize((Event("CertificateInstallationFailed", str(error)),))
        return self._authorize((ContractInstalled(emaid), Event("ContractInstalled", emaid)))

    def _authorization_request(self, service: cm.authorizationType) -> cm.AuthorizationReq:
        if service is cm.authorizationType.EIM:
            return cm.AuthorizationReq(
                Header=self._hdr(),
                SelectedAuthorizationService=service,
                EIM_AReqAuthorizationMode=cm.EIM_AReqAuthorizationModeType(),
            )
        assert self.pnc is not None and self._gen_challenge is not None
        req = cm.AuthorizationReq(
            Header=self._hdr(),
            SelectedAuthorizationService=service,
            PnC_AReqAuthorizationMode=cm.PnC_AReqAuthorizationModeType(
                Id="id1",
                GenChallenge=self._gen_challenge,
                ContractCertificateChain=self.pnc.contract_certificate_chain(),
            ),
        )
        return self.pnc.sign(req)

    def _on_authorization(self, res: cm.AuthorizationRes, ev: EVStatus, now: float) -> Step:
        selected = self._last_request.SelectedAuthorizationService
        if (
            res.ResponseCode is responseCodeType.WARNING_AuthorizationSelectionInvalid
            and selected is cm.authorizationType.PnC
            and cm.authorizationType.EIM in self._offered_authorization
        ):
            # The SECC lets the EV choose again: fall back to external identification.
            req = self._authorization_request(cm.authorizationType.EIM)
            return self._send(req, Phase.Authorization, actions=(Event("PnCRefused", res.ResponseCode.value),))
        if res.ResponseCode.value.startswith("WARNING"):
            return self._begin_stop(
                cm.chargingSessionType.Terminate, f"authorization refused: {res.ResponseCode.value}", error=True
            )
        if res.EVSEProcessing is not processingType.Finished:
            late = self._ongoing(now, self.config.timing.evcc_ongoing_timeout, "Authorization")
            if late:
                return self._begin_stop(cm.chargingSessionType.Terminate, late, error=True)
            # Build (and for PnC sign) again: the signature travels in the header.
            req = self._authorization_request(selected)
            return self._send(req, Phase.Authorization, delay=self.config.ongoing_poll_interval_s)
        self._ongoing_since = None
        self._contract_authorized = selected is cm.authorizationType.PnC
        return self._send(cm.ServiceDiscoveryReq(Header=self._hdr()), Phase.ServiceDiscovery)

    def _on_service_discovery(self, res: cm.ServiceDiscoveryRes, ev: EVStatus, now: float) -> Step:
        self.service_renegotiation_supported = res.ServiceRenegotiationSupported
        offered = {s.ServiceID for s in res.EnergyTransferServiceList.Service}
        dc = self.config.energy_transfer is EnergyTransfer.DC
        base, bpt = (SERVICE_DC, SERVICE_DC_BPT) if dc else (SERVICE_AC, SERVICE_AC_BPT)
        actions: tuple[Action, ...] = ()
        if self.config.bpt and bpt in offered:
            chosen, self.bpt_active = bpt, True
        elif base in offered and (not self.config.bpt or self.config.bpt_fallback_to_charge_only):
            chosen, self.bpt_active = base, False
            if self.config.bpt:
                actions = (Event("BPTUnavailable", f"EVSE offers services {sorted(offered)}; charging only"),)
        else:
            want = bpt if self.config.bpt else base
            return self._begin_stop(
                cm.chargingSessionType.Terminate, f"EVSE offers services {sorted(offered)}, not {want}", error=True
            )
        self.service_id = chosen
        return self._send(
            cm.ServiceDetailReq(Header=self._hdr(), ServiceID=chosen), Phase.ServiceDetail, actions=actions
        )

    def _on_service_detail(self, res: cm.ServiceDetailRes, ev: EVStatus, now: float) -> Step:
        wanted_mode = CONTROL_MODE_PARAMETER[self.config.control_mode]
        for parameter_set in res.ServiceParameterList.ParameterSet:
            params = {p.Name: _param_value(p) for p in parameter_set.Parameter}
            if params.get("ControlMode") == wanted_mode:
                self.parameter_set_id = parameter_set.ParameterSetID
                self.service_parameters = params
                break
        else:
            return self._begin_stop(
                cm.chargingSessionType.Terminate,
                f"service {res.ServiceID} has no parameter set with {self.config.control_mode.value} control mode",
                error=True,
            )
        assert self.service_id is not None
        req = cm.ServiceSelectionReq(
            Header=self._hdr(),
            SelectedEnergyTransferService=cm.SelectedServiceType(
                ServiceID=self.service_id, ParameterSetID=self.parameter_set_id
            ),
        )
        return self._send(req, Phase.ServiceSelection)

    def _on_service_selection(self, res: cm.ServiceSelectionRes, ev: EVStatus, now: float) -> Step:
        return self._charge_parameter_discovery(ev)

    # ------------------------------------------------------------------ parameters and schedules

    def _charge_parameter_discovery(self, ev: EVStatus, actions: tuple[Action, ...] = ()) -> Step:
        lim = ev.limits
        discharge = self._discharge_limit(ev)
        if self.config.energy_transfer is EnergyTransfer.DC:
            common = dict(
                EVMaximumChargePower=to_rational(lim.max_charge_power_w),
                EVMinimumChargePower=to_rational(lim.min_charge_power_w),
                EVMaximumChargeCurrent=to_rational(lim.max_charge_current_a),
                EVMinimumChargeCurrent=to_rational(lim.min_charge_current_a),
                EVMaximumVoltage=to_rational(lim.max_voltage_v),
                EVMinimumVoltage=to_rational(lim.min_voltage_v),
                TargetSOC=round(self.settings.target_soc),
            )
            if self.bpt_active:
                mode: Any = msg_dc.BPT_DC_CPDReqEnergyTransferMode(
                    **common,
                    EVMaximumDischargePower=to_rational(discharge),
                    EVMinimumDischargePower=to_rational(lim.min_discharge_power_w),
                    EVMaximumDischargeCurrent=to_rational(lim.max_discharge_current_a if discharge else 0.0),
                    EVMinimumDischargeCurrent=to_rational(lim.min_discharge_current_a),
                )
            else:
                mode = msg_dc.DC_CPDReqEnergyTransferMode(**common)
            req: Any = msg_dc.DC_ChargeParameterDiscoveryReq(Header=self._hdr(), DC_CPDReqEnergyTransferMode=mode)
        else:
            common = dict(
                EVMaximumChargePower=to_rational(lim.max_charge_power_w),
                EVMinimumChargePower=to_rational(lim.min_charge_power_w),
            )
            if self.bpt_active:
                mode = msg_ac.BPT_AC_CPDReqEnergyTransferMode(
                    **common,
                    EVMaximumDischargePower=to_rational(discharge),
                    EVMinimumDischargePower=to_rational(lim.min_discharge_power_w),
                )
            else:
                mode = msg_ac.AC_CPDReqEnergyTransferMode(**common)
            req = msg_ac.AC_ChargeParameterDiscoveryReq(Header=self._hdr(), AC_CPDReqEnergyTransferMode=mode)
        return self._send(req, Phase.ChargeParameterDiscovery, actions=actions)

    def _on_charge_parameter_discovery(self, res: Any, ev: EVStatus, now: float) -> Step:
        if self.config.energy_transfer is EnergyTransfer.DC:
            m = res.DC_CPDResEnergyTransferMode
            limits = EVSELimits(
                max_charge_power_w=from_rational(m.EVSEMaximumChargePower),
                min_charge_power_w=from_rational(m.EVSEMinimumChargePower),
                max_charge_current_a=from_rational(m.EVSEMaximumChargeCurrent),
                max_voltage_v=from_rational(m.EVSEMaximumVoltage),
                min_voltage_v=from_rational(m.EVSEMinimumVoltage),
                max_discharge_power_w=discharge_magnitude(getattr(m, "EVSEMaximumDischargePower", None)),
                max_discharge_current_a=discharge_magnitude(getattr(m, "EVSEMaximumDischargeCurrent", None)),
            )
        else:
            m = res.AC_CPDResEnergyTransferMode
            limits = EVSELimits(
                max_charge_power_w=from_rational(m.EVSEMaximumChargePower),
                min_charge_power_w=from_rational(m.EVSEMinimumChargePower),
                max_discharge_power_w=discharge_magnitude(getattr(m, "EVSEMaximumDischargePower", None)),
                extra={"EVSENominalFrequency": from_rational(m.EVSENominalFrequency)},
            )
        self.evse_limits = limits
        self._ongoing_since = None
        return self._send(
            self._schedule_exchange_request(ev, now), Phase.ScheduleExchange, actions=(EVSELimitsChanged(limits),)
        )

    def _schedule_exchange_request(self, ev: EVStatus, now: float) -> cm.ScheduleExchangeReq:
        departure = self._remaining_departure(now)
        energy = self._energy_requests(ev)
        if self.config.control_mode is ControlMode.Dynamic:
            v2x = self._v2x_requests(ev) if self.bpt_active else {}
            mode = cm.Dynamic_SEReqControlModeType(
                DepartureTime=departure,
                MinimumSOC=round(self.settings.minimum_soc),
                TargetSOC=round(self.settings.target_soc),
                **energy,
                **v2x,
            )
            return cm.ScheduleExchangeReq(
                Header=self._hdr(),
                MaximumSupportingPoints=self.config.max_supporting_points,
                Dynamic_SEReqControlMode=mode,
            )
        return cm.ScheduleExchangeReq(
            Header=self._hdr(),
            MaximumSupportingPoints=self.config.max_supporting_points,
            Scheduled_SEReqControlMode=cm.Scheduled_SEReqControlModeType(DepartureTime=departure, **energy),
        )

    def _on_schedule_exchange(self, res: cm.ScheduleExchangeRes, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not processingType.Finished:
            late = self._ongoing(now, self.config.timing.evcc_ongoing_timeout, "ScheduleExchange")
            if late:
                return self._begin_stop(cm.chargingSessionType.Terminate, late, error=True)
            return self._send(
                self._schedule_exchange_request(ev, now),
                Phase.ScheduleExchange,
                delay=self.config.ongoing_poll_interval_s,
            )
        self._ongoing_since = None
        if res.GoToPause:
            return self._begin_stop(cm.chargingSessionType.Pause, "EVSE asked to pause (GoToPause)")
        if self.config.control_mode is ControlMode.Scheduled:
            if res.Scheduled_SEResControlMode is None or not res.Scheduled_SEResControlMode.ScheduleTuple:
                return self._begin_stop(cm.chargingSessionType.Terminate, "no schedule offered", error=True)
            self.schedule = self._choose_schedule(res.Scheduled_SEResControlMode.ScheduleTuple)
            self.schedule_started = now
        else:
            self.dynamic_targets = res.Dynamic_SEResControlMode
        actions = (Event("ScheduleSelected", str(self.schedule.ScheduleTupleID)),) if self.schedule else ()
        if self.renegotiating:
            self.renegotiating = False
            return self._power_delivery(cm.chargeProgressType.Start, ev=ev, now=now, actions=actions)
        if self.config.energy_transfer is EnergyTransfer.DC:
            return self._send(msg_dc.DC_CableCheckReq(Header=self._hdr()), Phase.CableCheck, actions=actions)
        return self._power_delivery(
            cm.chargeProgressType.Start, ev=ev, now=now, actions=actions + (SetContactors(True),)
        )

    def _choose_schedule(self, tuples: list[cm.ScheduleTupleType]) -> cm.ScheduleTupleType:
        """The EVSE lists tuples in its order of preference; a discharging EV wants one that allows it."""
        if self.bpt_active and self.settings.discharge_allowed:
            for t in tuples:
                if t.DischargingSchedule is not None:
                    return t
        return tuples[0]

    # ------------------------------------------------------------------ DC preparation

    def _on_cable_check(self, res: Any, ev: EVStatus, now: float) -> Step:
        if res.EVSEProcessing is not processingType.Finished:
            late = self._ongoing(now, self.config.timing.evcc_cable_check_timeout, "DC_CableCheck")
            if late:
                return self._begin_stop(cm.chargingSessionType.Terminate, late, error=True)
            return self._send(
                msg_dc.DC_CableCheckReq(Header=self._hdr()), Phase.CableCheck, delay=self.config.ongoing_poll_interval_s
            )
        self._ongoing_since = None
        self._precharge_done = False
        return self._send(self._precharge_request(ev, processingType.Ongoing), Phase.PreCharge)

    def _precharge_request(self, ev: EVStatus, processing: processingType) -> Any:
        return msg_dc.DC_PreChargeReq(
            Header=self._hdr(),
            EVProcessing=processing,
            EVPresentVoltage=to_rational(ev.present_voltage_v),
            EVTargetVoltage=to_rational(ev.present_voltage_v),
        )

    def _on_precharge(self, res: Any, ev: EVStatus, now: float) -> Step:
        if self._precharge_done:
            self._ongoing_since = None
            if self._precharge_failure is not None:
                # Out of the loop the way -20 allows: Finished, then PowerDelivery Stop, then SessionStop
                # (SessionStopReq straight after an Ongoing DC_PreChargeReq is a sequence error).
                return self._begin_stop(
                    cm.chargingSessionType.Terminate, self._precharge_failure, error=True, power_delivery=True
                )
            # The EVSE confirmed our Finished: voltages match, close the contactors, start power.
            return self._power_delivery(cm.chargeProgressType.Start, ev=ev, now=now, actions=(SetContactors(True),))
        evse_voltage = from_rational(res.EVSEPresentVoltage)
        if abs(evse_voltage - ev.present_voltage_v) <= self.config.precharge_tolerance_v:
            self._precharge_done = True
            return self._send(self._precharge_request(ev, processingType.Finished), Phase.PreCharge)
        limit = self.config.timing.evcc_pre_charge_timeout
        if self._ongoing(now, limit, "DC_PreCharge"):
            self._precharge_done = True
            self._precharge_failure = (
                f"pre-charge did not converge: EVSE stayed at {evse_voltage:g} V, battery at "
                f"{ev.present_voltage_v:g} V (tolerance {self.config.precharge_tolerance_v:g} V) for {limit:g} s"
            )
            event = Event("PreChargeFailed", self._precharge_failure)
            return self._send(self._precharge_request(ev, processingType.Finished), Phase.PreCharge, actions=(event,))
        return self._send(
            self._precharge_request(ev, processingType.Ongoing),
            Phase.PreCharge,
            delay=self.config.ongoing_poll_interval_s,
        )

    # ------------------------------------------------------------------ power delivery

    def _wants_discharge(self, ev: EVStatus) -> bool:
        return self.bpt_active and ev.desired_power_w < 0 and self._discharge_limit(ev) > 0

    def _power_profile(self, ev: EVStatus, now: float) -> cm.EVPowerProfileType:
        """What the EV plans: in Scheduled mode the selected schedule (the discharging one when the EV
        starts by giving energy back) capped by our limits; in Dynamic mode our maximum until departure."""
        max_power = ev.limits.max_charge_power_w
        if self.schedule is not None:
            schedule, sign, cap = self.schedule.ChargingSchedule, 1.0, max_power
            if self._wants_discharge(ev) and self.schedule.DischargingSchedule is not None:
                schedule, sign, cap = self.schedule.DischargingSchedule, -1.0, self._discharge_limit(ev)
            entries = [
                cm.PowerScheduleEntryType(
                    Duration=e.Duration, Power=to_rational(sign * min(abs(from_rational(e.Power)), cap))
                )
                for e in schedule.PowerSchedule.PowerScheduleEntries.PowerScheduleEntry
            ]
            return cm.EVPowerProfileType(
                TimeAnchor=header(self.session_id).TimeStamp,
                Scheduled_EVPPTControlMode=cm.Scheduled_EVPPTControlModeType(
                    SelectedScheduleTupleID=self.schedule.ScheduleTupleID,
                    PowerToleranceAcceptance=self._power_tolerance_acceptance(),
                ),
                EVPowerProfileEntries=cm.EVPowerProfileEntryListType(EVPowerProfileEntry=entries),
            )
        duration = max(1, self._remaining_departure(now))
        return cm.EVPowerProfileType(
            TimeAnchor=header(self.session_id).TimeStamp,
            Dynamic_EVPPTControlMode=cm.Dynamic_EVPPTControlModeType(),
            EVPowerProfileEntries=cm.EVPowerProfileEntryListType(
                EVPowerProfileEntry=[cm.PowerScheduleEntryType(Duration=duration, Power=to_rational(max_power))]
            ),
        )

    def _power_tolerance_acceptance(self) -> cm.powerToleranceAcceptanceType | None:
        """Our answer to a PowerTolerance in the selected tuple; None (omitted) when none was offered.

        The XSD makes the element optional, but a SECC that offered a tolerance waits for the answer
        (Josev's validator refuses a Scheduled PowerDeliveryReq without it)."""
        assert self.schedule is not None
        offered = any(
            s is not None and s.PowerSchedule.PowerTolerance is not None
            for s in (self.schedule.ChargingSchedule, self.schedule.DischargingSchedule)
        )
        if not offered:
            return None
        if self.config.accept_power_tolerance:
            return cm.powerToleranceAcceptanceType.PowerToleranceConfirmed
        return cm.powerToleranceAcceptanceType.PowerToleranceNotConfirmed

    def _power_delivery(
        self,
        progress: cm.chargeProgressType,
        *,
        ev: EVStatus | None = None,
        now: float = 0.0,
        actions: tuple[Action, ...] = (),
    ) -> Step:
        self._progress = progress
        profile = None
        channel = None
        if progress is cm.chargeProgressType.Start:
            assert ev is not None
            profile = self._power_profile(ev, now)
            if self.bpt_active:
                out = self._wants_discharge(ev)
                channel = cm.channelSelectionType.Discharge if out else cm.channelSelectionType.Charge
            if any(isinstance(a, SetContactors) and a.closed for a in actions):
                self.contactors_closed = self._energized = True
        req = cm.PowerDeliveryReq(
            Header=self._hdr(),
            EVProcessing=processingType.Finished,
            ChargeProgress=progress,
            EVPowerProfile=profile,
            BPT_ChannelSelection=channel,
        )
        return self._send(req, Phase.PowerDelivery, actions=actions)

    def _on_power_delivery(self, res: cm.PowerDeliveryRes, ev: EVStatus, now: float) -> Step:
        progress = self._progress
        if progress is cm.chargeProgressType.Standby:
            refused = res.ResponseCode is responseCodeType.WARNING_StandbyNotAllowed
            self.standby = not refused
            self._standby_since = self.charge_loops
            event = Event("StandbyRefused" if refused else "Standby")
            return self._charge_loop(ev, now, actions=(event,))
        if progress is cm.chargeProgressType.Start:
            resumed = self.standby
            self.charging, self.standby = True, False
            actions: tuple[Action, ...] = (Event("StandbyEnded" if resumed else "PowerDeliveryStarted", self.evse_id),)
            notified = self._notification(res.EVSEStatus, ev, now)
            if notified is not None:
                return notified
            return self._charge_loop(ev, now, actions=actions)
        if progress is cm.chargeProgressType.ScheduleRenegotiation:
            self.renegotiating = True
            return self._charge_parameter_discovery(ev, actions=(Event("ScheduleRenegotiation"),))
        # Stop: power off, contactors open, then the welding check (DC, if they were ever closed)
        # before SessionStop.
        self.charging = False
        actions = self._safe_actions()
        if (
            self.config.energy_transfer is EnergyTransfer.DC
            and self._energized
            and self.ending is not cm.chargingSessionType.ServiceRenegotiation
        ):
            self._welding_tries = 0
            return self._send(self._welding_request(processingType.Ongoing), Phase.WeldingDetection, actions=actions)
        return self._session_stop(actions)

    def _welding_request(self, processing: processingType) -> Any:
        return msg_dc.DC_WeldingDetectionReq(Header=self._hdr(), EVProcessing=processing)

    def _on_welding_detection(self, res: Any, ev: EVStatus, now: float) -> Step:
        """Ongoing until the EVSE reads below welding_voltage_v (or enough tries), then one Finished:
        only after that may SessionStopReq follow (-20 sequence; Josev issue 212, EVerest)."""
        voltage = from_rational(res.EVSEPresentVoltage)
        if self._last_request.EVProcessing is processingType.Finished:
            if ev.contactor_welded:
                # Power is already off on both sides; the session still ends, flagged for service.
                self.end_error = True
                self.end_reason = f"{self.end_reason}; EV contactor welded".lstrip("; ")
                return self._session_stop((Event("ContactorWelded", f"EVSE at {voltage:g} V"),))
            return self._session_stop((Event("WeldingDetection", f"EVSE at {voltage:g} V"),))
        self._welding_tries += 1
        done = voltage <= self.config.welding_voltage_v or self._welding_tries >= MAX_WELDING_DETECTION_REQUESTS
        processing = processingType.Finished if done else processingType.Ongoing
        return self._send(
            self._welding_request(processing), Phase.WeldingDetection,
            delay=0.0 if done else self.config.ongoing_poll_interval_s,
        )

    def _on_session_stop(self, res: cm.SessionStopRes, ev: EVStatus, now: float) -> Step:
        kind = self.ending
        if kind is cm.chargingSessionType.ServiceRenegotiation:
            self.ending = None
            self.schedule = None
            return self._send(
                cm.ServiceDiscoveryReq(Header=self._hdr()), Phase.ServiceDiscovery, actions=(Event("ServiceRenegotiation"),)
            )
        self.phase = Phase.Ended
        end_kind = EndKind.Paused if kind is cm.chargingSessionType.Pause else EndKind.Terminated
        return Step(
            actions=(Event("SessionStopped", f"{end_kind.value}: {self.end_reason}"),),
            end=SessionEnd(end_kind, self.end_reason, self.session_id, error=self.end_error),
        )

    # ------------------------------------------------------------------ charge loop

    def _notification(self, status: EVSEStatusType | None, ev: EVStatus, now: float) -> Step | None:
        """React to an EVSE notification; None when there is nothing to do."""
        if status is None:
            return None
        n = status.EVSENotification
        if n is evseNotificationType.Terminate:
            return self._begin_stop(cm.chargingSessionType.Terminate, "EVSE notification Terminate")
        if n is evseNotificationType.Pause:
            return self._begin_stop(cm.chargingSessionType.Pause, "EVSE notification Pause")
        if n is evseNotificationType.ServiceRenegotiation:
            return self._begin_stop(cm.chargingSessionType.ServiceRenegotiation, "EVSE notification ServiceRenegotiation")
        if n is evseNotificationType.ExitStandby and self.standby:
            return self._power_delivery(
                cm.chargeProgressType.Start, ev=ev, now=now, actions=(Event("EVSENotification", n.value),)
            )
        if n is evseNotificationType.ScheduleRenegotiation:
            return self._power_delivery(
                cm.chargeProgressType.ScheduleRenegotiation, actions=(Event("EVSENotification", n.value),)
            )
        return None

    def _charge_loop(self, ev: EVStatus, now: float, *, delay: float = 0.0, actions: tuple[Action, ...] = ()) -> Step:
        display = DisplayParametersType(
            PresentSOC=int(ev.present_soc),
            MinimumSOC=round(self.settings.minimum_soc),
            TargetSOC=round(self.settings.target_soc),
            BatteryEnergyCapacity=to_rational(ev.battery_capacity_wh),
            ChargingComplete=ev.present_soc >= self.settings.target_soc,
            InletHot=ev.inlet_hot,
        )
        mode = _CL_MODE[(self.config.energy_transfer, self.config.control_mode)](self, ev, now)
        if self.config.energy_transfer is EnergyTransfer.DC:
            req: Any = msg_dc.DC_ChargeLoopReq(
                Header=self._hdr(),
                DisplayParameters=display,
                MeterInfoRequested=False,
                EVPresentVoltage=to_rational(ev.present_voltage_v),
                CLReqControlMode=mode,
            )
        else:
            req = msg_ac.AC_ChargeLoopReq(
                Header=self._hdr(), DisplayParameters=display, MeterInfoRequested=False, CLReqControlMode=mode
            )
        return self._send(req, Phase.ChargeLoop, delay=delay, actions=actions)

    def _scheduled_power(self, ev: EVStatus, now: float) -> float:
        """Scheduled mode: what the EV wants, within the schedule and both sides' limits."""
        if self.standby:
            return 0.0
        elapsed = (now - self.schedule_started) * self.config.time_scale
        assert self.schedule is not None
        charge_cap = schedule_power_at(self.schedule.ChargingSchedule, elapsed)
        charge_cap = ev.limits.max_charge_power_w if charge_cap is None else min(charge_cap, ev.limits.max_charge_power_w)
        if self.evse_limits.max_charge_power_w is not None:
            charge_cap = min(charge_cap, self.evse_limits.max_charge_power_w)
        discharge_cap = 0.0
        if self.bpt_active:
            allowed = schedule_power_at(self.schedule.DischargingSchedule, elapsed)
            discharge_cap = min(abs(allowed or 0.0), self._discharge_limit(ev))
            if self.evse_limits.max_discharge_power_w is not None:
                discharge_cap = min(discharge_cap, self.evse_limits.max_discharge_power_w)
        return _clip(ev.desired_power_w, -discharge_cap, max(0.0, charge_cap))

    def _dc_limits(self, ev: EVStatus, bpt: bool) -> dict[str, Any]:
        lim = ev.limits
        out = dict(
            EVMaximumChargePower=to_rational(lim.max_charge_power_w),
            EVMinimumChargePower=to_rational(lim.min_charge_power_w),
            EVMaximumChargeCurrent=to_rational(lim.max_charge_current_a),
            EVMaximumVoltage=to_rational(lim.max_voltage_v),
            EVMinimumVoltage=to_rational(lim.min_voltage_v),
        )
        if bpt:
            discharge = self._discharge_limit(ev)
            out.update(
                EVMaximumDischargePower=to_rational(discharge),
                EVMinimumDischargePower=to_rational(0.0),
                EVMaximumDischargeCurrent=to_rational(lim.max_discharge_current_a if discharge else 0.0),
            )
        return out

    def _dc_dynamic(self, ev: EVStatus, now: float) -> Any:
        fields_ = dict(DepartureTime=self._remaining_departure(now), **self._energy_requests(ev))
        fields_.update(self._dc_limits(ev, self.bpt_active))
        if self.bpt_active:
            return msg_dc.BPT_Dynamic_DC_CLReqControlMode(**fields_, **self._v2x_requests(ev))
        return msg_dc.Dynamic_DC_CLReqControlMode(**fields_)

    def _dc_scheduled(self, ev: EVStatus, now: float) -> Any:
        power = self._scheduled_power(ev, now)
        current = power / max(ev.present_voltage_v, 1.0)
        if self.evse_limits.max_charge_current_a is not None and current > 0:
            current = min(current, self.evse_limits.max_charge_current_a)
        if self.evse_limits.max_discharge_current_a is not None and current < 0:
            current = max(current, -self.evse_limits.max_discharge_current_a)
        fields_ = dict(
            EVTargetCurrent=to_rational(current),
            EVTargetVoltage=to_rational(ev.target_voltage_v),
            **self._energy_requests(ev),
        )
        fields_.update(self._dc_limits(ev, self.bpt_active))
        if self.bpt_active:
            return msg_dc.BPT_Scheduled_DC_CLReqControlMode(**fields_)
        for key in ("EVMaximumDischargePower", "EVMinimumDischargePower", "EVMaximumDischargeCurrent"):
            fields_.pop(key, None)
        return msg_dc.Scheduled_DC_CLReqControlMode(**fields_)

    def _ac_common(self, ev: EVStatus) -> dict[str, Any]:
        lim = ev.limits
        out = dict(
            EVMaximumChargePower=to_rational(lim.max_charge_power_w),
            EVMinimumChargePower=to_rational(lim.min_charge_power_w),
            EVPresentActivePower=to_rational(self.power_w),
        )
        if self.bpt_active:
            out.update(
                EVMaximumDischargePower=to_rational(self._discharge_limit(ev)),
                EVMinimumDischargePower=to_rational(lim.min_discharge_power_w),
            )
        return out

    def _ac_dynamic(self, ev: EVStatus, now: float) -> Any:
        fields_ = dict(
            DepartureTime=self._remaining_departure(now),
            EVPresentReactivePower=to_rational(0.0),
            **self._energy_requests(ev),
            **self._ac_common(ev),
        )
        if self.bpt_active:
            return msg_ac.BPT_Dynamic_AC_CLReqControlMode(**fields_, **self._v2x_requests(ev))
        return msg_ac.Dynamic_AC_CLReqControlMode(**fields_)

    def _ac_scheduled(self, ev: EVStatus, now: float) -> Any:
        fields_ = dict(**self._energy_requests(ev), **self._ac_common(ev))
        if self.bpt_active:
            return msg_ac.BPT_Scheduled_AC_CLReqControlMode(**fields_)
        return msg_ac.Scheduled_AC_CLReqControlMode(**fields_)

    def _loop_power(self, res: Any, ev: EVStatus, now: float) -> PowerTransfer:
        """The power flowing after this response (positive into the battery)."""
        if self.config.energy_transfer is EnergyTransfer.DC:
            voltage = from_rational(res.EVSEPresentVoltage)
            return PowerTransfer(voltage * from_rational(res.EVSEPresentCurrent), voltage)
        mode = res.CLResControlMode
        target = getattr(mode, "EVSETargetActivePower", None)
        charge_cap = ev.limits.max_charge_power_w
        discharge_cap = self._discharge_limit(ev)
        if self.config.control_mode is ControlMode.Dynamic:
            wanted = from_rational(target) if target is not None else 0.0
        else:
            wanted = self._scheduled_power(ev, now)
            if target is not None:
                # In Scheduled mode the EVSE's target only caps power in the direction we draw.
                t = from_rational(target)
                if wanted >= 0 and t >= 0:
                    wanted = min(wanted, t)
                elif wanted < 0 and t < 0:
                    wanted = max(wanted, t)
        return PowerTransfer(_clip(wanted, -discharge_cap, charge_cap))

    def _loop_limits(self, res: Any) -> EVSELimits | None:
        mode = res.CLResControlMode
        names = {
            "max_charge_power_w": "EVSEMaximumChargePower",
            "min_charge_power_w": "EVSEMinimumChargePower",
            "max_charge_current_a": "EVSEMaximumChargeCurrent",
            "max_voltage_v": "EVSEMaximumVoltage",
            "max_discharge_power_w": "EVSEMaximumDischargePower",
            "max_discharge_current_a": "EVSEMaximumDischargeCurrent",
            "target_active_power_w": "EVSETargetActivePower",
        }
        updates = {
            k: (discharge_magnitude if "discharge" in k else from_rational)(getattr(mode, v))
            for k, v in names.items()
            if getattr(mode, v, None) is not None
        }
        if not updates:
            return None
        limits = replace(self.evse_limits, **updates)
        if limits == self.evse_limits:
            return None
        self.evse_limits = limits
        return limits

    def _on_charge_loop(self, res: Any, ev: EVStatus, now: float) -> Step:
        self.charge_loops += 1
        power = self._loop_power(res, ev, now)
        self.power_w = power.power_w
        actions: list[Action] = [power]
        limits = self._loop_limits(res)
        if limits is not None:
            actions.append(EVSELimitsChanged(limits))
        notified = self._notification(res.EVSEStatus, ev, now)
        if notified is None and res.EVSEStatus is not None:
            notified = self._metering_confirmation(res.EVSEStatus.EVSENotification, res.MeterInfo)
        if notified is not None:
            return replace(notified, actions=tuple(actions) + notified.actions)
        if res.EVSEStatus is not None and res.EVSEStatus.EVSENotification not in self._unanswered:
            # MeteringConfirmation without a PnC contract; ExitStandby outside standby is moot.
            self._unanswered.add(res.EVSEStatus.EVSENotification)
            actions.append(Event("EVSENotificationIgnored", res.EVSEStatus.EVSENotification.value))
        cfg = self.config
        if cfg.pause_after_loops is not None and not self.paused_before and self.charge_loops >= cfg.pause_after_loops:
            step = self._begin_stop(cm.chargingSessionType.Pause, "EV pauses (pause_after_loops)")
        elif self.standby and self.charge_loops - self._standby_since >= cfg.standby_loops:
            step = self._power_delivery(cm.chargeProgressType.Start, ev=ev, now=now)
        elif (
            cfg.standby_after_loops is not None
            and not self._standby_done
            and self.charge_loops >= cfg.standby_after_loops
        ):
            self._standby_done = True
            step = self._power_delivery(cm.chargeProgressType.Standby, actions=(Event("EnteringStandby"),))
        elif cfg.max_charge_loops is not None and self.charge_loops >= cfg.max_charge_loops:
            step = self._begin_stop(cm.chargingSessionType.Terminate, f"EV done after {self.charge_loops} loops")
        elif cfg.stop_at_target_soc and self._battery_done(ev):
            step = self._begin_stop(cm.chargingSessionType.Terminate, f"target SoC {self.settings.target_soc:g} % reached")
        else:
            return self._charge_loop(ev, now, delay=cfg.charge_loop_interval_s, actions=tuple(actions))
        return replace(step, actions=tuple(actions) + step.actions)

    def _metering_confirmation(self, notification: evseNotificationType, meter: Any) -> Step | None:
        """Sign the MeterInfo of this ChargeLoopRes with the contract key (PnC sessions only)."""
        if notification is not evseNotificationType.MeteringConfirmation or meter is None:
            return None
        if not self._contract_authorized or self.pnc is None:
            return None
        mode: dict[str, Any] = {"Dynamic_SMDTControlMode": cm.Dynamic_SMDTControlModeType()}
        if self.config.control_mode is ControlMode.Scheduled and self.schedule is not None:
            selected = cm.Scheduled_SMDTControlModeType(SelectedScheduleTupleID=self.schedule.ScheduleTupleID)
            mode = {"Scheduled_SMDTControlMode": selected}
        data = cm.SignedMeteringDataType(Id="SignedMeteringData", SessionID=self.session_id, MeterInfo=meter, **mode)
        req = self.pnc.sign(cm.MeteringConfirmationReq(Header=self._hdr(), SignedMeteringData=data))
        event = Event("MeteringConfirmation", str(meter.ChargedEnergyReadingWh))
        return self._send(req, Phase.MeteringConfirmation, actions=(event,))

    def _on_metering_confirmation(self, res: cm.MeteringConfirmationRes, ev: EVStatus, now: float) -> Step:
        return self._charge_loop(ev, now, delay=self.config.charge_loop_interval_s)

    def _battery_done(self, ev: EVStatus) -> bool:
        """Full, or at target with nothing left to give back."""
        if ev.present_soc >= 100.0:
            return True
        return ev.present_soc >= self.settings.target_soc and self._discharge_limit(ev) == 0.0


def _cpd_res(session: EVCCSession) -> type:
    dc = session.config.energy_transfer is EnergyTransfer.DC
    return msg_dc.DC_ChargeParameterDiscoveryRes if dc else msg_ac.AC_ChargeParameterDiscoveryRes


def _cl_res(session: EVCCSession) -> type:
    dc = session.config.energy_transfer is EnergyTransfer.DC
    return msg_dc.DC_ChargeLoopRes if dc else msg_ac.AC_ChargeLoopRes


_EXPECTED: dict[Phase, Callable[[EVCCSession], type]] = {
    Phase.SessionSetup: lambda s: cm.SessionSetupRes,
    Phase.AuthorizationSetup: lambda s: cm.AuthorizationSetupRes,
    Phase.CertificateInstallation: lambda s: cm.CertificateInstallationRes,
    Phase.Authorization: lambda s: cm.AuthorizationRes,
    Phase.ServiceDiscovery: lambda s: cm.ServiceDiscoveryRes,
    Phase.ServiceDetail: lambda s: cm.ServiceDetailRes,
    Phase.ServiceSelection: lambda s: cm.ServiceSelectionRes,
    Phase.ChargeParameterDiscovery: _cpd_res,
    Phase.ScheduleExchange: lambda s: cm.ScheduleExchangeRes,
    Phase.CableCheck: lambda s: msg_dc.DC_CableCheckRes,
    Phase.PreCharge: lambda s: msg_dc.DC_PreChargeRes,
    Phase.PowerDelivery: lambda s: cm.PowerDeliveryRes,
    Phase.ChargeLoop: _cl_res,
    Phase.MeteringConfirmation: lambda s: cm.MeteringConfirmationRes,
    Phase.WeldingDetection: lambda s: msg_dc.DC_WeldingDetectionRes,
    Phase.SessionStop: lambda s: cm.SessionStopRes,
}

_HANDLERS: dict[Phase, Callable[[EVCCSession, Any, EVStatus, float], Step]] = {
    Phase.SessionSetup: EVCCSession._on_session_setup,
    Phase.AuthorizationSetup: EVCCSession._on_authorization_setup,
    Phase.CertificateInstallation: EVCCSession._on_certificate_installation,
    Phase.Authorization: EVCCSession._on_authorization,
    Phase.ServiceDiscovery: EVCCSession._on_service_discovery,
    Phase.ServiceDetail: EVCCSession._on_service_detail,
    Phase.ServiceSelection: EVCCSession._on_service_selection,
    Phase.ChargeParameterDiscovery: EVCCSession._on_charge_parameter_discovery,
    Phase.ScheduleExchange: EVCCSession._on_schedule_exchange,
    Phase.CableCheck: EVCCSession._on_cable_check,
    Phase.PreCharge: EVCCSession._on_precharge,
    Phase.PowerDelivery: EVCCSession._on_power_delivery,
    Phase.ChargeLoop: EVCCSession._on_charge_loop,
    Phase.MeteringConfirmation: EVCCSession._on_metering_confirmation,
    Phase.WeldingDetection: EVCCSession._on_welding_detection,
    Phase.SessionStop: EVCCSession._on_session_stop,
}

_CL_MODE: dict[tuple[EnergyTransfer, ControlMode], Callable[[EVCCSession, EVStatus, float], Any]] = {
    (EnergyTransfer.DC, ControlMode.Dynamic): EVCCSession._dc_dynamic,
    (EnergyTransfer.DC, ControlMode.Scheduled): EVCCSession._dc_scheduled,
    (EnergyTransfer.AC, ControlMode.Dynamic): EVCCSession._ac_dynamic,
    (EnergyTransfer.AC, ControlMode.Scheduled): EVCCSession._ac_scheduled,
}
