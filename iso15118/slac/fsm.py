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
    """This matching attempt (EVSE) or the whole matching process (EV, after all retries) failed."""

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


class EvseSlac(MachineBase):
    """EVSE side: answers one EV's matching run at a time; never matches a frame of another run or EV."""

    def __init__(self, mac: str, config: SlacConfig | None = None) -> None:
        super().__init__(mac, config or SlacConfig())
        self.state = EvseState.IDLE
        self.nmk = self.config.nmk or random_nmk()
        self.nid = nid_from_nmk(self.nmk)
        self._keyed = False  # the modem holds self.nmk
        self._early_parm: tuple[Frame, float] | None = None
        self.init_retries = 0
        self._reset_run()

    def _reset_run(self) -> None:
        self.pev_mac = ""
        self.run_id = b""
        self.num_sounds = 0
        self.sounds = 0
        self.profiles = 0
        self._aag_sum: list[int] = []
        self._atten_char: CM_ATTEN_CHAR_IND | None = None
        self._atten_char_sent = 0
        self._match_cnf: CM_SLAC_MATCH_CNF | None = None
        self.toggles = 0
        self._validate_requests = 0
        self._validating = False

    def prepare(self) -> list[Output]:
        """Key the modem with the first session's NMK now: a QCA modem restarts on a new key, and a car
        may send CM_SLAC_PARM.REQ the moment the PWM starts (Tesla), so plug-in must not wait for a key."""
        self._key_modem()
        return self._flush()

    def _key_modem(self) -> None:
        self._out.append(SetKey(self.nmk, self.nid))
        self._keyed = True

    # control-pilot driven
    def start(self, now: float) -> list[Output]:
        """CP entered B/C/D: wait TT_EVSE_SLAC_init for the EV; the modem already holds this session's key.

        A CM_SLAC_PARM.REQ heard within TT_match_response before (the car reacted to the PWM before
        the pilot's state B reached us) is answered at once."""
        self.init_retries = 0
        if not self._keyed:
            self._key_modem()
        self._wait_parm(now)
        early, self._early_parm = self._early_parm, None
        if early is not None and now - early[1] <= self.timers.TT_match_response:
            assert isinstance(early[0].message, CM_SLAC_PARM_REQ)
            return self._on_parm_req(early[0], early[0].message, now)  # flushes the outputs above too
        return self._flush()

    def stop(self) -> list[Output]:
        """CP went to A/E/F: forget the run; the next session's key makes the modem leave the EV's network."""
        was_active = self.state != EvseState.IDLE
        self.state, self.deadline = EvseState.IDLE, None
        self._reset_run()
        if was_active:  # (an idle EVSE keeps a request heard just before its plug-in)
            self._early_parm = None
            self.nmk = self.config.nmk or random_nmk()
            self.nid = nid_from_nmk(self.nmk)
            self._key_modem()
        return self._flush()

    def join_failed(self, now: float, run_id: bytes) -> list[Output]:
        """The matched EV's network did not form within TT_match_join: reset and listen for its retry."""
        if self.state == EvseState.MATCHED and run_id == self.run_id:
            self._fail(now, "TT_match_join expired: the logical network did not form")
        return self._flush()

    def cp_toggle(self) -> None:
        """One B->C->B toggle seen on the control pilot while validating."""
        self.toggles += 1

    def _wait_parm(self, now: float) -> None:
        self._reset_run()
        self.state = EvseState.WAIT_SLAC_PARM_REQ
        self.deadline = now + self.timers.TT_EVSE_SLAC_init

    def _fail(self, now: float, reason: str) -> None:
        """A failed attempt: the EV will retry with a new RunID, so listen again."""
        log.info("EVSE %s: matching attempt failed: %s", self.mac, reason)
        self._out.append(MatchingFailed(reason, final=False))
        self._wait_parm(now)

    def receive(self, frame: Frame, now: float) -> list[Output]:
        msg, src = frame.message, frame.src.lower()
        if isinstance(msg, CM_SLAC_PARM_REQ):
            return self._on_parm_req(frame, msg, now)
        if self.state in (EvseState.IDLE, EvseState.WAIT_SLAC_PARM_REQ, EvseState.UNMATCHED):
            return self._ignore(frame, f"no run in state {self.state.name}")
        if isinstance(msg, CM_ATTEN_PROFILE_IND):
            # From our own modem: the EV's MAC identifies the run.
            if msg.PEV_MAC.lower() != self.pev_mac or self.state != EvseState.SOUNDING:
                return self._ignore(frame, "profile of another EV or outside sounding")
            return self._on_profile(msg, now)
        if src != self.pev_mac:
            return self._ignore(frame, "another EV")
        if getattr(msg, "RunID", self.run_id) != self.run_id:
            return self._ignore(frame, "another RunID")
        if isinstance(msg, CM_START_ATTEN_CHAR_IND):
            if self.state == EvseState.WAIT_START_ATTEN_CHAR:
                self.num_sounds = min(msg.NUM_SOUNDS, self.config.num_sounds) or self.config.num_sounds
                self._start_sounding(now, msg.Time_Out * 0.1 if msg.Time_Out else self.timers.TT_EVSE_match_MNBC)
                return self._flush()
            return self._ignore(frame, "repeated CM_START_ATTEN_CHAR.IND")
        if isinstance(msg, CM_MNBC_SOUND_IND):
            if self.state == EvseState.WAIT_START_ATTEN_CHAR:  # all start indications lost
                self.num_sounds = self.config.num_sounds
                self._start_sounding(now, self.timers.TT_EVSE_match_MNBC)
            if self.state != EvseState.SOUNDING:
                return self._ignore(frame, "sound after sounding")
            self.sounds += 1
            return self._flush()
        if isinstance(msg, CM_ATTEN_CHAR_RSP):
            if self.state != EvseState.WAIT_ATTEN_CHAR_RSP:
                return self._ignore(frame, "unexpected CM_ATTEN_CHAR.RSP")
            if msg.Result != 0:
                self._fail(now, f"EV refused the attenuation profile (Result {msg.Result})")
                return self._flush()
            self.state = EvseState.WAIT_SLAC_MATCH_REQ
            self.deadline = now + self.timers.TT_EVSE_match_session
            return self._flush()
        if isinstance(msg, CM_VALIDATE_REQ):
            return self._on_validate(frame, msg, now)
        if isinstance(msg, CM_SLAC_MATCH_REQ):
            return self._on_match_req(frame, msg, now)
        return self._ignore(frame, "not an EVSE-side message")

    def _on_parm_req(self, frame: Frame, msg: CM_SLAC_PARM_REQ, now: float) -> list[Output]:
        src = frame.src.lower()
        if msg.APPLICATION_TYPE != c.APPLICATION_TYPE_PEV_EVSE or msg.SECURITY_TYPE != c.SECURITY_TYPE_NONE:
            return self._ignore(frame, "unsupported application or security type")
        if self.state == EvseState.IDLE:  # kept for a moment: our state B may be just behind the car's request
            self._early_parm = (frame, now)
            return self._ignore(frame, "CM_SLAC_PARM.REQ before plug-in")
        # UNMATCHED too: a car may still try after our last E/F retry, or resend straight after an abort
        busy = self.state not in (EvseState.WAIT_SLAC_PARM_REQ, EvseState.MATCHED, EvseState.UNMATCHED)
        if busy and src != self.pev_mac:
            return self._ignore(frame, "busy with another EV")
        if self.state == EvseState.MATCHED and src != self.pev_mac:
            return self._ignore(frame, "matched to another EV")
        repeated = src == self.pev_mac and msg.RunID == self.run_id and self.state == EvseState.WAIT_START_ATTEN_CHAR
        if not repeated:  # a repeat means our confirmation was lost: confirm again, same run
            self._reset_run()
            self.pev_mac, self.run_id = src, msg.RunID
        self._send(src, CM_SLAC_PARM_CNF(
            M_SOUND_TARGET=c.BROADCAST,
            NUM_SOUNDS=self.config.num_sounds,
            Time_Out=self.timers.time_out_field,
            RESP_TYPE=self.config.resp_type,
            FORWARDING_STA=src,
            RunID=self.run_id,
        ))
        self.state = EvseState.WAIT_START_ATTEN_CHAR
        self.deadline = now + self.timers.TT_match_sequence
        return self._flush()

    def _start_sounding(self, now: float, window: float) -> None:
        self.state = EvseState.SOUNDING
        self.deadline = now + max(window, self.timers.TT_EVSE_match_MNBC)
        self._aag_sum = [0] * c.SLAC_GROUPS

    def _on_profile(self, msg: CM_ATTEN_PROFILE_IND, now: float) -> list[Output]:
        groups = min(len(msg.AAG), c.SLAC_GROUPS)
        for g in range(groups):
            self._aag_sum[g] += msg.AAG[g]
        self.profiles += 1
        if self.profiles >= self.num_sounds:
            self._send_atten_char(now)
        return self._flush()

    def _send_atten_char(self, now: float) -> None:
        """Average the profiles per group (ISO 15118-3: arithmetic mean over the received sounds); with
        sounds but no profile at all (AR7420), the configured assumption, if any."""
        if self.profiles:
            aag = bytes(min(255, round(total / self.profiles)) for total in self._aag_sum)
            count = self.profiles
        else:
            assert self.config.assumed_attenuation_db is not None
            aag = bytes([max(0, min(255, round(self.config.assumed_attenuation_db)))] * c.SLAC_GROUPS)
            count = self.sounds
        self._atten_char = CM_ATTEN_CHAR_IND(SOURCE_ADDRESS=self.pev_mac, RunID=self.run_id, NumSounds=count, AAG=aag)
        self._resend_atten_char(now)

    def _resend_atten_char(self, now: float) -> None:
        assert self._atten_char is not None
        self._atten_char_sent += 1
        self._send(self.pev_mac, self._atten_char)
        self.state = EvseState.WAIT_ATTEN_CHAR_RSP
        self.deadline = now + self.timers.TT_match_response

    def _on_validate(self, frame: Frame, msg: CM_VALIDATE_REQ, now: float) -> list[Output]:
        if self.state != EvseState.WAIT_SLAC_MATCH_REQ:
            return self._ignore(frame, "CM_VALIDATE.REQ out of sequence")
        if not self.config.validate:
            self._send(self.pev_mac, CM_VALIDATE_CNF(SignalType=0, ToggleNum=0, Result=VALIDATE_NOT_REQUIRED))
        elif self._validate_requests == 0:
            self._validate_requests += 1
            self._send(self.pev_mac, CM_VALIDATE_CNF(SignalType=0, ToggleNum=0, Result=VALIDATE_READY))
        else:
            # Second request: the EV toggles now; count for Timer (x100 ms + 100 ms) then answer.
            self._validate_requests += 1
            self._validating = True
            self.toggles = 0
            self.deadline = now + min((msg.Timer + 1) * 0.1, self.timers.TT_EVSE_vald_toggle)
            return self._flush()
        self.deadline = now + self.timers.TT_EVSE_match_session
        return self._flush()

    def _on_match_req(self, frame: Frame, msg: CM_SLAC_MATCH_REQ, now: float) -> list[Output]:
        if msg.EVSE_MAC.lower() != self.mac or msg.PEV_MAC.lower() != self.pev_mac:
            return self._ignore(frame, "CM_SLAC_MATCH.REQ names another station")
        if self.state == EvseState.MATCHED and self._match_cnf is not None:
            self._send(self.pev_mac, self._match_cnf)  # our confirmation was lost
            return self._flush()
        if self.state not in (EvseState.WAIT_SLAC_MATCH_REQ, EvseState.WAIT_ATTEN_CHAR_RSP):
            return self._ignore(frame, "CM_SLAC_MATCH.REQ out of sequence")
        self._match_cnf = CM_SLAC_MATCH_CNF(
            PEV_ID=msg.PEV_ID, PEV_MAC=self.pev_mac, EVSE_ID=self.config.station_id, EVSE_MAC=self.mac,
            RunID=self.run_id, NID=self.nid, NMK=self.nmk,
        )
        self._send(self.pev_mac, self._match_cnf)
        self.state, self.deadline = EvseState.MATCHED, None
        self._out.append(Matched(self.pev_mac, self.nmk, self.nid, self.run_id))
        return self._flush()

    def timeout(self, now: float) -> list[Output]:
        if self.deadline is None or now < self.deadline:
            return []
        state = self.state
        if state == EvseState.WAIT_SLAC_PARM_REQ:
            self.init_retries += 1
            if self.init_retries > c.C_sequ_retry:
                self.state, self.deadline = EvseState.UNMATCHED, None
                self._out.append(MatchingFailed("TT_EVSE_SLAC_init expired", final=True))
            else:
                self._out.append(MatchingFailed("TT_EVSE_SLAC_init expired", final=False))
                self._out.append(StepEF(self.timers.T_step_EF))
                self._wait_parm(now + self.timers.T_step_EF)  # TT_EVSE_SLAC_init restarts back in B
        elif state == EvseState.WAIT_START_ATTEN_CHAR:
            self._fail(now, "TT_match_sequence expired waiting for CM_START_ATTEN_CHAR.IND")
        elif state == EvseState.SOUNDING:
            if self.profiles or (self.sounds and self.config.assumed_attenuation_db is not None):
                self._send_atten_char(now)
            elif self.sounds:
                self._fail(now, f"{self.sounds} sounds heard but no CM_ATTEN_PROFILE.IND from the modem (AR7420?); "
                                "set assumed_attenuation_db to match anyway")
            else:
                self._fail(now, "TT_EVSE_match_MNBC expired without an attenuation profile")
        elif state == EvseState.WAIT_ATTEN_CHAR_RSP:
            if self._atten_char_sent <= c.C_EV_match_retry:
                self._resend_atten_char(now)
            else:
                self._fail(now, "no CM_ATTEN_CHAR.RSP")
        elif state == EvseState.WAIT_SLAC_MATCH_REQ:
            if self._validating:
                self._validating = False
                self._send(self.pev_mac, CM_VALIDATE_CNF(
                    SignalType=0, ToggleNum=self.toggles,
                    Result=VALIDATE_SUCCESS if self.toggles else VALIDATE_FAILURE,
                ))
                self.deadline = now + self.timers.TT_EVSE_match_session
            else:
                self._fail(now, "TT_EVSE_match_session expired waiting for CM_SLAC_MATCH.REQ")
        return self._flush()


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
