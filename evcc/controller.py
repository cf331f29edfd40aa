"""The EV controller interface: what an automaker lab implements to drive our EVCC.

Read this one file to know what to implement. The EVCC state machine never talks to hardware:
before each message it asks the controller for an `EVStatus` snapshot (battery and limits), and
after each response it hands the controller what happened (`on_power_transfer`, contactors,
EVSE limits and notifications). All methods are async so a real implementation may talk to a
BMS over CAN, a HIL rig, or a fleet model without blocking the session loop.

Sign convention everywhere: power and current are positive when energy flows INTO the vehicle
(charging) and negative when it flows out (bidirectional power transfer, BPT).

    class LabCar(EVController):
        async def status(self) -> EVStatus: ...          # from the BMS / HIL model
        async def user_settings(self) -> UserSettings: ...
        async def set_contactors(self, closed: bool) -> None: ...
        async def on_power_transfer(self, power_w: float, voltage_v: float | None) -> None: ...

    config, _ = evcc.config.load_config(Path("ev.toml"))
    client = EVCCClient(LabCar(), config, ssl_context=iso15118.tls.evcc_client_context([v2g_root]))
    report = await client.run_discovered("eth1")         # SDP, TLS 1.3, the whole session
    print(report.summary())

evcc/simulator.py (SimulatedEV) is a complete implementation to copy from.
"""
from __future__ import annotations

import abc
import enum
from dataclasses import dataclass, field

from iso15118.security.errors import NoCertificateAvailableError
from iso15118.session.vocabulary import ControlMode as ControlMode  # the one definition; labs import it here


class EnergyTransfer(enum.Enum):
    AC = "AC"
    DC = "DC"


class Authorization(enum.Enum):
    EIM = "EIM"
    PnC = "PnC"


@dataclass(frozen=True, kw_only=True)
class EVLimits:
    """The vehicle's electrical limits; they go into ChargeParameterDiscovery and each ChargeLoop."""

    max_charge_power_w: float
    min_charge_power_w: float = 0.0
    max_charge_current_a: float
    min_charge_current_a: float = 0.0
    max_voltage_v: float
    min_voltage_v: float
    max_discharge_power_w: float = 0.0
    min_discharge_power_w: float = 0.0
    max_discharge_current_a: float = 0.0
    min_discharge_current_a: float = 0.0


@dataclass(frozen=True, kw_only=True)
class EVStatus:
    """A snapshot of the vehicle, read once per message so the handlers stay pure."""

    present_soc: float  # percent, 0..100
    present_voltage_v: float  # battery / inlet voltage
    battery_capacity_wh: float
    limits: EVLimits
    target_voltage_v: float  # what DC_PreCharge and DC_ChargeLoop ask for
    desired_power_w: float  # what the EV would like now in Scheduled mode (negative: discharge)
    present_active_power_w: float = 0.0  # AC: what the on-board charger draws now
    inlet_hot: bool = False
    contactor_welded: bool = False  # the EV's own check, read during DC_WeldingDetection


@dataclass(frozen=True, kw_only=True)
class UserSettings:
    """What the driver (or the lab's test plan) wants from this session."""

    target_soc: float = 80.0
    minimum_soc: float = 20.0  # the EV must reach at least this before departure
    departure_time_s: int = 7200  # seconds from now
    discharge_allowed: bool = False
    discharge_soc_floor: float = 40.0  # never discharge below this


@dataclass(frozen=True, kw_only=True)
class EVSELimits:
    """What the charger told us in ChargeParameterDiscovery or the latest ChargeLoop response."""

    max_charge_power_w: float | None = None
    min_charge_power_w: float | None = None
    max_charge_current_a: float | None = None
    max_voltage_v: float | None = None
    min_voltage_v: float | None = None
    max_discharge_power_w: float | None = None
    min_discharge_power_w: float | None = None
    max_discharge_current_a: float | None = None
    target_active_power_w: float | None = None  # AC: what the EVSE wants us to draw
    extra: dict[str, float] = field(default_factory=dict)


class EVController(abc.ABC):
    """Implement this to connect our EVCC to a vehicle (real, HIL or simulated)."""

    @abc.abstractmethod
    async def status(self) -> EVStatus:
        """Battery state and limits now; called before every request."""

    @abc.abstractmethod
    async def user_settings(self) -> UserSettings:
        """Target SoC, departure time, discharge consent and floor; read at each (re)negotiation."""

    @abc.abstractmethod
    async def set_contactors(self, closed: bool) -> None:
        """Close (after PreCharge / before PowerDelivery Start) or open (after Stop) the EV contactors.

        Must not return before the contactors have actually moved.
        """

    @abc.abstractmethod
    async def on_power_transfer(self, power_w: float, voltage_v: float | None) -> None:
        """Power the charger reports flowing now (DC: EVSEPresentVoltage x EVSEPresentCurrent;
        AC: the active power the EV draws at the EVSE's target). A simulator integrates it into
        the battery; a real EV may cross-check it against its own measurement."""

    async def on_evse_limits(self, limits: EVSELimits) -> None:
        """The EVSE's limits changed (ChargeParameterDiscovery, ChargeLoop, grid events)."""
        return None

    async def on_session_event(self, event: str, detail: str = "") -> None:
        """Session milestones and EVSE notifications (Pause, Terminate, renegotiation...) for HMI/logs."""
        return None


class PnCCredentials(abc.ABC):
    """Plug & Charge hook (issue 5): the contract chain and the key that signs the challenge, and
    optionally the OEM provisioning credentials that install a new contract.

    Our EVCC asks for PnC in AuthorizationReq only when the config says PnC and a
    PnCCredentials is given; without one (or without a contract) it falls back to EIM.
    evcc.pnc.ContractWallet is the implementation.
    """

    def has_contract(self) -> bool:
        """A contract that can sign an AuthorizationReq is at hand."""
        return True

    @abc.abstractmethod
    def contract_certificate_chain(self) -> object:
        """A ContractCertificateChainType for PnC_AReqAuthorizationMode."""

    @abc.abstractmethod
    def sign(self, request: object) -> object:
        """Return the request (AuthorizationReq, MeteringConfirmationReq) with the contract key's XML
        signature in its header."""

    def installation_request(self, header: object, *, always: bool) -> object | None:
        """A signed CertificateInstallationReq when the EV wants a (new) contract now, else None.

        `always`: install even if the current contract is good (EVCCConfig.certificate_installation).
        """
        return None

    def install(self, response: object) -> str:
        """Check a CertificateInstallationRes (CPS chain and signature), decrypt the contract key and
        use the new contract from now on; returns its EMAID. Raises iso15118.security SecurityError.

        Only called after installation_request() returned a request; credentials that never ask for
        a contract refuse one (the EVCC then goes on without it)."""
        raise NoCertificateAvailableError(f"{type(self).__name__} does not install contracts")

    def persist(self) -> None:
        """Store the contract installed last (I/O: the client calls it, not the state machine)."""
