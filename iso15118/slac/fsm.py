"""The EVSE and EV SLAC state machines of ISO 15118-3, without I/O.

Each machine takes received frames (`receive`) and the passage of time (`timeout` once `deadline`
is reached) and answers with outputs: frames to send, a key for the local modem, and the outcome.
The asyncio driver in `station.py` does the sockets; tests drive the machines directly with a
fake clock. Frames of another run, another station or an unexpected type are counted in `ignored`
and never change the state.
"""
from __future__ import annotations

import enum
import logging
import secrets
from dataclasses import dataclass, field
from statistics import fmean
from typing import Union

from . import constants as c
from .keys import nid_from_nmk, random_nmk
from .messages import (
    CM_ATTEN_CHAR_IND,
    CM_ATTEN_CHAR_RSP,
    CM_ATTEN_PROFILE_IND,
    CM_MNBC_SOUND_IND,
    CM_SLAC_MATCH_CNF,
    CM_SLAC_MATCH_REQ,
    CM_SLAC_PARM_CNF,
    CM_SLAC_PARM_REQ,
    CM_START_ATTEN_CHAR_IND,
    CM_VALIDATE_CNF,
    CM_VALIDATE_REQ,
    Frame,
    Message,
)

log = logging.getLogger(__name__)


# --- outputs -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Send:
    """Send this message on the powerline to dst."""

    dst: str
    message: Message


@dataclass(frozen=True)
class SetKey:
    """Program the local modem with this NMK/NID (CM_SET_KEY.REQ): joins or forms the logical network."""

    nmk: bytes
    nid: bytes


@dataclass(frozen=True)
class Matched:
    """SLAC is complete; the data link comes up once the modems have joined (TT_match_join)."""

    peer_mac: str
    nmk: bytes
    nid: bytes
    run_id: bytes
    attenuation_db: float | None = None


@dataclass(frozen=True)
class MatchingFailed:
    """One EV's matching run (EVSE), an attempt (EV) or, `final`, the whole matching (after all retries)."""

    reason: str
    final: bool


@dataclass(frozen=True)
class ValidateToggles:
    """EV: toggle the control pilot B->C->B this many times now (CM_VALIDATE)."""

    count: int


@dataclass(frozen=True)
class StepEF:
    """EVSE: hold the control pilot in E/F for `duration` then return to B ([V2G3-M06-07]), so the EV
    starts over; the EVSE's own SLAC keeps running across this self-made transition."""

    duration: float


Output = Union[Send, SetKey, Matched, MatchingFailed, ValidateToggles, StepEF]


@dataclass
class SlacConfig:
    """Per-station SLAC parameters; defaults are ISO 15118-3's."""

    timers: c.SlacTimers = field(default_factory=c.SlacTimers)
    station_id: bytes = bytes(c.STATION_ID_LEN)  # EVSE_ID / PEV_ID in CM_SLAC_MATCH
    num_sounds: int = c.C_EV_match_MNBC  # EVSE: asked for in CM_SLAC_PARM.CNF
    resp_type: int = c.RESP_TYPE_OTHER_GP_STA
    attenuation_threshold_db: float = c.DEFAULT_ATTENUATION_THRESHOLD  # EV: above it, never match
    validate: bool = False  # EV: run CM_VALIDATE before CM_SLAC_MATCH; EVSE: answer it with toggle counting
    validate_toggles: int = 1
    decide_when_all_answered: bool = True  # EV: stop waiting once every EVSE that answered PARM has reported
    nmk: bytes | None = None  # EVSE: fixed NMK (interop/testing); None draws a random one per session
    match_process_retries: int = c.C_conn_max_match  # EV: whole matching processes retried after a failed one
    assumed_attenuation_db: float | None = None  # EVSE: report this for sounds heard without any
    # CM_ATTEN_PROFILE.IND (an AR7420/QCA7420 modem sends none); None fails such attempts. A guess:
    # it makes a neighbour's EVSE look as close as the right one, so use it only without crosstalk.


class MachineBase:
    """Shared bookkeeping: outputs, one deadline, ignored-frame counting."""

    def __init__(self, mac: str, config: SlacConfig) -> None:
        self.mac = mac.lower()
        self.config = config
        self.deadline: float | None = None
        self.ignored = 0
        self._out: list[Output] = []

    @property
    def timers(self) -> c.SlacTimers:
        return self.config.timers

    def prepare(self) -> list[Output]:
        """Outputs when the station starts, before any plug-in."""
        return []

    def _ignore(self, frame: Frame, why: str) -> list[Output]:
        self.ignored += 1
        log.debug("%s ignores %s from %s: %s", type(self).__name__, type(frame.message).__name__, frame.src, why)
        return self._flush()

    def _flush(self) -> list[Output]:
        out, self._out = self._out, []
        return out

    def _send(self, dst: str, msg: Message) -> None:
        self._out.append(Send(dst, msg))


# --- EVSE ------------------------------------------------------------------------------------------------
class EvseState(enum.Enum):
    IDLE = "idle"
    WAIT_SLAC_PARM_REQ = "wait CM_SLAC_PARM.REQ"
    WAIT_START_ATTEN_CHAR = "wait CM_START_ATTEN_CHAR.IND"
    SOUNDING = "collect CM_MNBC_SOUND.IND / CM_ATTEN_PROFILE.IND"
    WAIT_ATTEN_CHAR_RSP = "wait CM_ATTEN_CHAR.RSP"
    WAIT_SLAC_MATCH_REQ = "wait CM_SLAC_MATCH.REQ"
    MATCHED = "matched"
    UNMATCHED = "unmatched"


RUN_STATES = (EvseState.WAIT_START_ATTEN_CHAR, EvseState.SOUNDING, EvseState.WAIT_ATTEN_CHAR_RSP,
              EvseState.WAIT_SLAC_MATCH_REQ)  # in the order a run goes through them


@dataclass
class EvseRun:
    """One EV's matching run at this EVSE: the EV on our cable and neighbours' EVs heard through crosstalk
    all get one, up to C_EVSE_match_parallel at once, so a neighbour's car cannot keep ours waiting."""

    pev_mac: str
    run_id: bytes
    state: EvseState
    deadline: float
    num_sounds: int = 0
    sounds: int = 0
    profiles: int = 0
    aag_sum: list[int] = field(default_factory=lambda: [0] * c.SLAC_GROUPS)
    atten_char: CM_ATTEN_CHAR_IND | None = None
    atten_char_sent: int = 0
    match_cnf: CM_SLAC_MATCH_CNF | None = None
    validate_requests: int = 0
    validating: bool = False


class EvseSlac(MachineBase):
    """EVSE side: answers up to C_EVSE_match_parallel EVs' runs at once and matches the one EV that asks;
    never matches a frame of another run or EV.

    `state` is the EVSE's (idle, listening, matched, unmatched) or, while runs are open, the state of
    the most advanced one; `deadline` the earliest of TT_EVSE_SLAC_init and the runs' timers."""

    def __init__(self, mac: str, config: SlacConfig | None = None) -> None:
        super().__init__(mac, config or SlacConfig())
        self._state = EvseState.IDLE
        self.runs: dict[str, EvseRun] = {}
        self.matched: EvseRun | None = None
        self._init_deadline: float | None = None
        self.nmk = self.config.nmk or random_nmk()
        self.nid = nid_from_nmk(self.nmk)
        self._keyed = False  # the modem holds self.nmk
        self._early_parm: tuple[Frame, float] | None = None
        self.init_retries = 0
        self.toggles = 0  # B->C->B toggles seen on our pilot while a run validates

    # --- views --------------------------------------------------------------------------------------------
    @property
    def current(self) -> EvseRun | None:
        """The matched run, else the most advanced open one."""
        if self.matched is not None:
            return self.matched
        return max(self.runs.values(), key=lambda run: RUN_STATES.index(run.state), default=None)

    @property
    def state(self) -> EvseState:
        run = self.current
        return run.state if self._state == EvseState.WAIT_SLAC_PARM_REQ and run is not None else self._state

    @property
    def pev_mac(self) -> str:
        run = self.current
        return run.pev_mac if run is not None else ""

    @property
    def run_id(self) -> bytes:
        run = self.current
        return run.run_id if run is not None else b""

    def _flush(self) -> list[Output]:
        """Every entry point ends here: the one deadline the driver waits for is recomputed first."""
        deadlines = [run.deadline for run in self.runs.values()]
        if self._init_deadline is not None:
            deadlines.append(self._init_deadline)
        self.deadline = min(deadlines, default=None)
        return super()._flush()

    # --- control pilot and station ------------------------------------------------------------------------
    def prepare(self) -> list[Output]:
        """Key the modem with the first session's NMK now: a QCA modem restarts on a new key, and a car
        may send CM_SLAC_PARM.REQ the moment the PWM starts (Tesla), so plug-in must not wait for a key."""
        self._key_modem()
        return self._flush()

    def _key_modem(self) -> None:
        self._out.append(SetKey(self.nmk, self.nid))
        self._keyed = True

    def start(self, now: float) -> list[Output]:
        """CP entered B/C/D: wait TT_EVSE_SLAC_init for the EV; the modem already holds this session's key.

        A CM_SLAC_PARM.REQ heard within TT_match_response before (the car reacted to the PWM before
        the pilot's state B reached us) is answered at once."""
        self.init_retries = 0
        if not self._keyed:
            self._key_modem()
        self._listen(now)
        early, self._early_parm = self._early_parm, None
        if early is not None and now - early[1] <= self.timers.TT_match_response:
            assert isinstance(early[0].message, CM_SLAC_PARM_REQ)
            return self._on_parm_req(early[0], early[0].message, now)  # flushes the outputs above too
        return self._flush()

    def stop(self) -> list[Output]:
        """CP went to A/E/F: forget the runs; the next session's key makes the modem leave the EV's network."""
        was_active = self._state != EvseState.IDLE
        self._state, self._init_deadline, self.matched = EvseState.IDLE, None, None
        self.runs.clear()
        if was_active:  # (an idle EVSE keeps a request heard just before its plug-in)
            self._early_parm = None
            self.nmk = self.config.nmk or random_nmk()
            self.nid = nid_from_nmk(self.nmk)
            self._key_modem()
        return self._flush()

    def join_failed(self, now: float, run_id: bytes) -> list[Output]:
        """The matched EV's network did not form within TT_match_join: reset and listen for its retry."""
        if self.matched is not None and self.matched.run_id == run_id:
            self._fail(now, self.matched, "TT_match_join expired: the logical network did not form")
        return self._flush()

    def cp_toggle(self) -> None:
        """One B->C->B toggle seen on the control pilot while validating."""
        self.toggles += 1

    def _listen(self, now: float) -> None:
        """Wait TT_EVSE_SLAC_init for a CM_SLAC_PARM.REQ, with no run open."""
        self._state, self.matched = EvseState.WAIT_SLAC_PARM_REQ, None
        self.runs.clear()
        self._init_deadline = now + self.timers.TT_EVSE_SLAC_init

    def _fail(self, now: float, run: EvseRun, reason: str) -> None:
        """A failed run: that EV retries with a new RunID; with no run left, TT_EVSE_SLAC_init starts over."""
        log.info("EVSE %s: matching run of %s failed: %s", self.mac, run.pev_mac, reason)
        self._out.append(MatchingFailed(reason, final=False))
        self.runs.pop(run.pev_mac, None)
        if run is self.matched or not self.runs:
            self._listen(now)

    # --- frames -------------------------------------------------------------------------------------------
    def receive(self, frame: Frame, now: float) -> list[Output]:
        msg, src = frame.message, frame.src.lower()
        if isinstance(msg, CM_SLAC_PARM_REQ):
            return self._on_parm_req(frame, msg, now)
        if isinstance(msg, CM_ATTEN_PROFILE_IND):
            # From our own modem: the EV's MAC identifies the run.
            run = self.runs.get(msg.PEV_MAC.lower())
            if run is None or run.state != EvseState.SOUNDING or self.matched is not None:
                return self._ignore(frame, "profile of no EV we sound with")
            return self._on_profile(run, msg, now)
        run = self.matched if self.matched is not None else self.runs.get(src)
        if run is None or run.pev_mac != src:
            return self._ignore(frame, f"no run of this EV in state {self.state.name}")
        if getattr(msg, "RunID", run.run_id) != run.run_id:
            return self._ignore(frame, "another RunID")
        if isinstance(msg, CM_START_ATTEN_CHAR_IND):
            if run.state == EvseState.WAIT_START_ATTEN_CHAR:
                run.num_sounds = min(msg.NUM_SOUNDS, self.config.num_sounds) or self.config.num_sounds
                self._start_sounding(run, now, msg.Time_Out * 0.1 if msg.Time_Out else self.timers.TT_EVSE_match_MNBC)
                return self._flush()
            return self._ignore(frame, "repeated CM_START_ATTEN_CHAR.IND")
        if isinstance(msg, CM_MNBC_SOUND_IND):
            if run.state == EvseState.WAIT_START_ATTEN_CHAR:  # all start indications lost
                run.num_sounds = self.config.num_sounds
                self._start_sounding(run, now, self.timers.TT_EVSE_match_MNBC)
            if run.state != EvseState.SOUNDING:
                return self._ignore(frame, "sound after sounding")
            run.sounds += 1
            return self._flush()
        if isinstance(msg, CM_ATTEN_CHAR_RSP):
            if run.state != EvseState.WAIT_ATTEN_CHAR_RSP:
                return self._ignore(frame, "unexpected CM_ATTEN_CHAR.RSP")
            if msg.Result != 0:
                self._fail(now, run, f"EV refused the attenuation profile (Result {msg.Result})")
                return self._flush()
            run.state, run.deadline = EvseState.WAIT_SLAC_MATCH_REQ, now + self.timers.TT_EVSE_match_session
            return self._flush()
        if isinstance(msg, CM_VALIDATE_REQ):
            return self._on_validate(run, frame, msg, now)
        if isinstance(msg, CM_SLAC_MATCH_REQ):
            return self._on_match_req(run, frame, msg, now)
        return self._ignore(frame, "not an EVSE-side message")

    def _on_parm_req(self, frame: Frame, msg: CM_SLAC_PARM_REQ, now: float) -> list[Output]:
        src = frame.src.lower()
        if msg.APPLICATION_TYPE != c.APPLICATION_TYPE_PEV_EVSE or msg.SECURITY_TYPE != c.SECURITY_TYPE_NONE:
            return self._ignore(frame, "unsupported application or security type")
        if self._state == EvseState.IDLE:  # kept for a moment: our state B may be just behind the car's request
            self._early_parm = (frame, now)
            return self._ignore(frame, "CM_SLAC_PARM.REQ before plug-in")
        if self.matched is not None:
            if src != self.matched.pev_mac:
                return self._ignore(frame, "matched to another EV")
            self._listen(now)  # our EV starts over (a failed join on its side): a new run
        elif self._state == EvseState.UNMATCHED:
            self._listen(now)  # a car may still try after our last E/F retry, or resend straight after an abort
        run = self.runs.get(src)
        if run is None or msg.RunID != run.run_id or run.state != EvseState.WAIT_START_ATTEN_CHAR:
            # a repeat of the run's request means our confirmation was lost: confirm again, same run
            if run is None and len(self.runs) >= c.C_EVSE_match_parallel:
                return self._ignore(frame, f"already {len(self.runs)} runs open (C_EVSE_match_parallel)")
            run = self.runs[src] = EvseRun(src, msg.RunID, EvseState.WAIT_START_ATTEN_CHAR, now)
        self._init_deadline = None  # TT_EVSE_SLAC_init ends with the first request
        self._send(src, CM_SLAC_PARM_CNF(
            M_SOUND_TARGET=c.BROADCAST,
            NUM_SOUNDS=self.config.num_sounds,
            Time_Out=self.timers.time_out_field,
            RESP_TYPE=self.config.resp_type,
            FORWARDING_STA=src,
            RunID=run.run_id,
        ))
        run.deadline = now + self.timers.TT_match_sequence
        return self._flush()

    def _start_sounding(self, run: EvseRun, now: float, window: float) -> None:
        run.state = EvseState.SOUNDING
        run.deadline = now + max(window, self.timers.TT_EVSE_match_MNBC)

    def _on_profile(self, run: EvseRun, msg: CM_ATTEN_PROFILE_IND, now: float) -> list[Output]:
        groups = min(len(msg.AAG), c.SLAC_GROUPS)
        for g in range(groups):
            run.aag_sum[g] += msg.AAG[g]
        run.profiles += 1
        if run.profiles >= run.num_sounds:
            self._send_atten_char(run, now)
        return self._flush()

    def _send_atten_char(self, run: EvseRun, now: float) -> None:
        """Average the profiles per group (ISO 15118-3: arithmetic mean over the received sounds); with
        sounds but no profile at all (AR7420), the configured assumption, if any."""
        if run.profiles:
            aag = bytes(min(255, round(total / run.profiles)) for total in run.aag_sum)
            count = run.profiles
        else:
            assert self.config.assumed_attenuation_db is not None
            aag = bytes([max(0, min(255, round(self.config.assumed_attenuation_db)))] * c.SLAC_GROUPS)
            count = run.sounds
        run.atten_char = CM_ATTEN_CHAR_IND(SOURCE_ADDRESS=run.pev_mac, RunID=run.run_id, NumSounds=count, AAG=aag)
        self._resend_atten_char(run, now)

    def _resend_atten_char(self, run: EvseRun, now: float) -> None:
        assert run.atten_char is not None
        run.atten_char_sent += 1
        self._send(run.pev_mac, run.atten_char)
        run.state, run.deadline = EvseState.WAIT_ATTEN_CHAR_RSP, now + self.timers.TT_match_response

    def _on_validate(self, run: EvseRun, frame: Frame, msg: CM_VALIDATE_REQ, now: float) -> list[Output]:
        if run.state != EvseState.WAIT_SLAC_MATCH_REQ:
            return self._ignore(frame, "CM_VALIDATE.REQ out of sequence")
        if not self.config.validate:
            self._send(run.pev_mac, CM_VALIDATE_CNF(SignalType=0, ToggleNum=0, Result=VALIDATE_NOT_REQUIRED))
        elif run.validate_requests == 0:
            run.validate_requests += 1
            self._send(run.pev_mac, CM_VALIDATE_CNF(SignalType=0, ToggleNum=0, Result=VALIDATE_READY))
        else:
            # Second request: the EV toggles now; count for Timer (x100 ms + 100 ms) then answer.
            run.validate_requests += 1
            run.validating = True
            self.toggles = 0
            run.deadline = now + min((msg.Timer + 1) * 0.1, self.timers.TT_EVSE_vald_toggle)
            return self._flush()
        run.deadline = now + self.timers.TT_EVSE_match_session
        return self._flush()

    def _on_match_req(self, run: EvseRun, frame: Frame, msg: CM_SLAC_MATCH_REQ, now: float) -> list[Output]:
        if msg.EVSE_MAC.lower() != self.mac or msg.PEV_MAC.lower() != run.pev_mac:
            return self._ignore(frame, "CM_SLAC_MATCH.REQ names another station")
        if run is self.matched and run.match_cnf is not None:
            self._send(run.pev_mac, run.match_cnf)  # our confirmation was lost
            return self._flush()
        if run.state not in (EvseState.WAIT_SLAC_MATCH_REQ, EvseState.WAIT_ATTEN_CHAR_RSP):
            return self._ignore(frame, "CM_SLAC_MATCH.REQ out of sequence")
        run.match_cnf = CM_SLAC_MATCH_CNF(
            PEV_ID=msg.PEV_ID, PEV_MAC=run.pev_mac, EVSE_ID=self.config.station_id, EVSE_MAC=self.mac,
            RunID=run.run_id, NID=self.nid, NMK=self.nmk,
        )
        self._send(run.pev_mac, run.match_cnf)
        run.state = EvseState.MATCHED
        self._state, self.matched = EvseState.MATCHED, run
        self.runs.clear()  # the other EVs were neighbours' cars
        self._out.append(Matched(run.pev_mac, self.nmk, self.nid, run.run_id))
        return self._flush()

    # --- time ---------------------------------------------------------------------------------------------
    def timeout(self, now: float) -> list[Output]:
        if self.deadline is None or now < self.deadline:
            return []
        if self._init_deadline is not None and now >= self._init_deadline:
            self._init_expired(now)
        for run in [run for run in self.runs.values() if now >= run.deadline]:
            self._run_timeout(run, now)
        return self._flush()

    def _init_expired(self, now: float) -> None:
        self.init_retries += 1
        if self.init_retries > c.C_sequ_retry:
            self._state, self._init_deadline = EvseState.UNMATCHED, None
            self._out.append(MatchingFailed("TT_EVSE_SLAC_init expired", final=True))
        else:
            self._out.append(MatchingFailed("TT_EVSE_SLAC_init expired", final=False))
            self._out.append(StepEF(self.timers.T_step_EF))
            self._listen(now + self.timers.T_step_EF)  # TT_EVSE_SLAC_init restarts back in B

    def _run_timeout(self, run: EvseRun, now: float) -> None:
        if run.state == EvseState.WAIT_START_ATTEN_CHAR:
            self._fail(now, run, "TT_match_sequence expired waiting for CM_START_ATTEN_CHAR.IND")
        elif run.state == EvseState.SOUNDING:
            if run.profiles or (run.sounds and self.config.assumed_attenuation_db is not None):
                self._send_atten_char(run, now)
            elif run.sounds:
                self._fail(now, run, f"{run.sounds} sounds heard but no CM_ATTEN_PROFILE.IND from the modem "
                                     "(AR7420?); set assumed_attenuation_db to match anyway")
            else:
                self._fail(now, run, "TT_EVSE_match_MNBC expired without an attenuation profile")
        elif run.state == EvseState.WAIT_ATTEN_CHAR_RSP:
            if run.atten_char_sent <= c.C_EV_match_retry:
                self._resend_atten_char(run, now)
            else:
                self._fail(now, run, "no CM_ATTEN_CHAR.RSP")
        elif run.state == EvseState.WAIT_SLAC_MATCH_REQ:
            if run.validating:
                run.validating = False
                self._send(run.pev_mac, CM_VALIDATE_CNF(
                    SignalType=0, ToggleNum=self.toggles,
                    Result=VALIDATE_SUCCESS if self.toggles else VALIDATE_FAILURE,
                ))
                run.deadline = now + self.timers.TT_EVSE_match_session
            else:
                self._fail(now, run, "TT_EVSE_match_session expired waiting for CM_SLAC_MATCH.REQ")


VALIDATE_NOT_READY, VALIDATE_READY, VALIDATE_SUCCESS, VALIDATE_FAILURE, VALIDATE_NOT_REQUIRED = range(5)


# --- EV --------------------------------------------------------------------------------------------------
class EvState(enum.Enum):
    IDLE = "idle"
    WAIT_SLAC_PARM_CNF = "wait CM_SLAC_PARM.CNF"
    SOUNDING = "send CM_START_ATTEN_CHAR.IND / CM_MNBC_SOUND.IND"
    WAIT_ATTEN_CHAR = "collect CM_ATTEN_CHAR.IND"
    WAIT_VALIDATE_CNF = "wait CM_VALIDATE.CNF"
    WAIT_SLAC_MATCH_CNF = "wait CM_SLAC_MATCH.CNF"
    WAIT_RETRY = "TT_matching_rate pause"
    MATCHED = "matched"
    UNMATCHED = "unmatched"


@dataclass
class EvseReport:
    """What one EVSE measured of our sounds."""

    mac: str
    aag: bytes
    sounds: int

    @property
    def attenuation_db(self) -> float:
        return fmean(self.aag) if self.aag else float("inf")


class EvSlac(MachineBase):
    """EV side: sounds, collects every EVSE's profile, matches the closest one below the threshold."""

    def __init__(self, mac: str, config: SlacConfig | None = None) -> None:
        super().__init__(mac, config or SlacConfig())
        self.state = EvState.IDLE
        self.process_start = 0.0
        self.attempts = 0  # within the current matching process
        self.processes = 0  # matching processes since plug-in: the first plus its retries
        self._next_process = False
        self._new_run()

    def _new_run(self) -> None:
        self.run_id = b""
        self.responders: set[str] = set()
        self.reports: dict[str, EvseReport] = {}
        self.chosen: EvseReport | None = None
        self._parm: CM_SLAC_PARM_CNF | None = None
        self._batch: list[tuple[str, Message]] = []
        self._results_deadline = 0.0
        self._sent = 0
        self._validate_step = 0

    def start(self, now: float) -> list[Output]:
        """CP entered B: start the matching process (TT_matching_repetition runs from here)."""
        self.processes = 0
        self._start_process(now)
        return self._flush()

    def _start_process(self, now: float) -> None:
        self.processes += 1
        self.process_start = now
        self.attempts = 0
        self._attempt(now)

    def join_failed(self, now: float, run_id: bytes) -> list[Output]:
        """No logical network within TT_match_join after CM_SLAC_MATCH.CNF: leave it and retry matching."""
        if self.state == EvState.MATCHED and run_id == self.run_id:
            nmk = random_nmk()
            self._out.append(SetKey(nmk, nid_from_nmk(nmk)))
            self._attempt_failed(now, "TT_match_join expired: the logical network did not form")
        return self._flush()

    def stop(self) -> list[Output]:
        was_active = self.state != EvState.IDLE
        self.state, self.deadline = EvState.IDLE, None
        self._new_run()
        if was_active:  # leave the EVSE's network (TP_match_leave)
            nmk = random_nmk()
            self._out.append(SetKey(nmk, nid_from_nmk(nmk)))
        return self._flush()

    def _attempt(self, now: float) -> None:
        self._new_run()
        self.attempts += 1
        self.run_id = secrets.token_bytes(c.RUN_ID_LEN)
        self._request(now, EvState.WAIT_SLAC_PARM_CNF)

    def _request(self, now: float, state: EvState) -> None:
        """Send (or repeat) the request of `state` and wait TT_match_response for its confirmation."""
        self.state = state
        self._sent += 1
        if state == EvState.WAIT_SLAC_PARM_CNF:
            self._send(c.BROADCAST, CM_SLAC_PARM_REQ(RunID=self.run_id))
        elif state == EvState.WAIT_VALIDATE_CNF:
            assert self.chosen is not None
            timer = 0 if self._validate_step == 0 else max(0, round(self.timers.TT_EVSE_vald_toggle / 0.1) - 1)
            self._send(self.chosen.mac, CM_VALIDATE_REQ(SignalType=0, Timer=min(timer, 255), Result=VALIDATE_READY))
        else:
            assert self.chosen is not None
            self._send(self.chosen.mac, CM_SLAC_MATCH_REQ(
                PEV_ID=self.config.station_id, PEV_MAC=self.mac, EVSE_MAC=self.chosen.mac, RunID=self.run_id,
            ))
        self.deadline = now + self.timers.TT_match_response
        if state == EvState.WAIT_VALIDATE_CNF and self._validate_step == 1:
            self.deadline = now + self.timers.TT_EVSE_vald_toggle + self.timers.TT_match_response

    def _attempt_failed(self, now: float, reason: str) -> None:
        """[V2G3-A09-124/125]: after TT_matching_rate the next attempt, while TT_matching_repetition lasts;
        then the whole matching process again, match_process_retries times (C_conn_max_match)."""
        log.info("EV %s: matching attempt %d of process %d failed: %s", self.mac, self.attempts, self.processes, reason)
        retry_at = now + self.timers.TT_matching_rate
        self._next_process = retry_at >= self.process_start + self.timers.TT_matching_repetition
        if not self._next_process:
            self._out.append(MatchingFailed(reason, final=False))
        elif self.processes <= self.config.match_process_retries:
            self._out.append(MatchingFailed(
                f"{reason}; matching process {self.processes} failed (TT_matching_repetition), retry "
                f"{self.processes} of {self.config.match_process_retries}", final=False))
        else:
            self._out.append(MatchingFailed(
                f"{reason}; TT_matching_repetition exhausted in all {self.processes} matching processes", final=True))
            self.state, self.deadline = EvState.UNMATCHED, None
            return
        self._new_run()
        self.state, self.deadline = EvState.WAIT_RETRY, retry_at

    def receive(self, frame: Frame, now: float) -> list[Output]:
        msg, src = frame.message, frame.src.lower()
        run_id = getattr(msg, "RunID", self.run_id)
        if not self.run_id or run_id != self.run_id:
            return self._ignore(frame, "another RunID" if self.run_id else f"no run in state {self.state.name}")
        if isinstance(msg, CM_SLAC_PARM_CNF):
            self.responders.add(src)
            if self.state != EvState.WAIT_SLAC_PARM_CNF:
                return self._flush()  # a further EVSE answering: it will report too
            if msg.APPLICATION_TYPE != c.APPLICATION_TYPE_PEV_EVSE or msg.SECURITY_TYPE != c.SECURITY_TYPE_NONE:
                return self._ignore(frame, "unsupported application or security type")
            self._parm = msg
            self._start_sounding(now)
            return self._flush()
        if isinstance(msg, CM_ATTEN_CHAR_IND):
            if self.state not in (EvState.SOUNDING, EvState.WAIT_ATTEN_CHAR):
                return self._ignore(frame, "CM_ATTEN_CHAR.IND after the decision")
            if msg.SOURCE_ADDRESS.lower() != self.mac:
                return self._ignore(frame, "profile of another EV's sounds")
            self.responders.add(src)
            self.reports[src] = EvseReport(src, msg.AAG[: c.SLAC_GROUPS], msg.NumSounds)
            self._send(src, CM_ATTEN_CHAR_RSP(
                SOURCE_ADDRESS=self.mac, RunID=self.run_id, SOURCE_ID=msg.SOURCE_ID, RESP_ID=msg.RESP_ID, Result=0,
            ))
            if (self.state == EvState.WAIT_ATTEN_CHAR and self.config.decide_when_all_answered
                    and self.responders <= set(self.reports)):
                self._decide(now)
            return self._flush()
        if self.chosen is None or src != self.chosen.mac:
            return self._ignore(frame, "not from the chosen EVSE")
        if isinstance(msg, CM_VALIDATE_CNF) and self.state == EvState.WAIT_VALIDATE_CNF:
            return self._on_validate_cnf(msg, now)
        if isinstance(msg, CM_SLAC_MATCH_CNF) and self.state == EvState.WAIT_SLAC_MATCH_CNF:
            if msg.PEV_MAC.lower() != self.mac or msg.EVSE_MAC.lower() != src:
                return self._ignore(frame, "CM_SLAC_MATCH.CNF names another station")
            self.state, self.deadline = EvState.MATCHED, None
            self._out.append(SetKey(msg.NMK, msg.NID))
            self._out.append(Matched(src, msg.NMK, msg.NID, self.run_id, self.chosen.attenuation_db))
            return self._flush()
        return self._ignore(frame, f"unexpected in state {self.state.name}")

    def _start_sounding(self, now: float) -> None:
        assert self._parm is not None
        p = self._parm
        start = CM_START_ATTEN_CHAR_IND(
            NUM_SOUNDS=p.NUM_SOUNDS, Time_Out=p.Time_Out, RESP_TYPE=p.RESP_TYPE,
            FORWARDING_STA=p.FORWARDING_STA, RunID=self.run_id,
        )
        sound = [
            CM_MNBC_SOUND_IND(SenderID=self.config.station_id, Cnt=p.NUM_SOUNDS - 1 - i, RunID=self.run_id,
                              Rnd=secrets.token_bytes(16))
            for i in range(p.NUM_SOUNDS)
        ]
        target = p.M_SOUND_TARGET if p.M_SOUND_TARGET != "00:00:00:00:00:00" else c.BROADCAST
        self._batch = [(c.BROADCAST, start)] * c.C_EV_start_atten_char_inds + [(target, s) for s in sound]
        self.state = EvState.SOUNDING
        self._results_deadline = now + self.timers.TT_EV_atten_results
        self._send_next_of_batch(now)

    def _send_next_of_batch(self, now: float) -> None:
        dst, msg = self._batch.pop(0)
        self._send(dst, msg)
        if self._batch:
            self.deadline = now + self.timers.TP_EV_batch_msg_interval
        else:
            self.state, self.deadline = EvState.WAIT_ATTEN_CHAR, self._results_deadline
            if self.config.decide_when_all_answered and self.responders and self.responders <= set(self.reports):
                self._decide(now)

    def _decide(self, now: float) -> None:
        """Lowest average attenuation wins, if it is within the threshold."""
        candidates = sorted(self.reports.values(), key=lambda r: r.attenuation_db)
        if not candidates:
            self._attempt_failed(now, "no CM_ATTEN_CHAR.IND within TT_EV_atten_results")
            return
        best = candidates[0]
        if best.attenuation_db > self.config.attenuation_threshold_db:
            self._attempt_failed(now, f"lowest attenuation {best.attenuation_db:.1f} dB above threshold "
                                      f"{self.config.attenuation_threshold_db} dB")
            return
        self.chosen = best
        self._sent = 0
        log.info("EV %s: chose EVSE %s at %.1f dB among %d", self.mac, best.mac, best.attenuation_db, len(candidates))
        self._request(now, EvState.WAIT_VALIDATE_CNF if self.config.validate else EvState.WAIT_SLAC_MATCH_CNF)

    def _on_validate_cnf(self, msg: CM_VALIDATE_CNF, now: float) -> list[Output]:
        if msg.Result == VALIDATE_NOT_REQUIRED or (self._validate_step == 1 and msg.Result == VALIDATE_SUCCESS):
            self._sent = 0
            self._request(now, EvState.WAIT_SLAC_MATCH_CNF)
        elif self._validate_step == 0 and msg.Result == VALIDATE_READY:
            self._validate_step, self._sent = 1, 0
            self._request(now, EvState.WAIT_VALIDATE_CNF)
            self._out.append(ValidateToggles(self.config.validate_toggles))
        else:
            self._attempt_failed(now, f"CM_VALIDATE.CNF Result {msg.Result}")
        return self._flush()

    def timeout(self, now: float) -> list[Output]:
        if self.deadline is None or now < self.deadline:
            return []
        state = self.state
        if state == EvState.WAIT_RETRY:
            if self._next_process:
                self._start_process(now)
            else:
                self._attempt(now)
        elif state == EvState.SOUNDING:
            self._send_next_of_batch(now)
        elif state == EvState.WAIT_ATTEN_CHAR:
            self._decide(now)
        elif state in (EvState.WAIT_SLAC_PARM_CNF, EvState.WAIT_VALIDATE_CNF, EvState.WAIT_SLAC_MATCH_CNF):
            if self._sent <= c.C_EV_match_retry:
                self._request(now, state)
            else:
                self._attempt_failed(now, f"no response in state {state.name} after {self._sent} requests")
        return self._flush()
