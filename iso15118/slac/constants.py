"""ISO 15118-3 (Annex A, table A.1) timers and parameters, and the HomePlug Green PHY codes SLAC uses.

Names follow the standard. Times are seconds. `SlacTimers` holds the values a run actually uses:
its defaults are the standard's, tests scale them down through configuration.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace

# --- ISO 15118-3 timers (seconds) -------------------------------------------------------------
TT_EVSE_SLAC_init = 50.0           # EVSE: state B detected -> CM_SLAC_PARM.REQ received (20 s .. 50 s)
TT_EVSE_SLAC_init_min = 20.0
TT_match_sequence = 0.4            # waiting for the next request of a sequence (max 400 ms)
TT_match_response = 0.2            # EV waiting for a response (max 200 ms)
TT_EV_atten_results = 1.2          # EV: first CM_START_ATTEN_CHAR.IND -> CM_ATTEN_CHAR.IND received (max 1200 ms)
TT_EVSE_match_MNBC = 0.6           # EVSE: collecting M-Sounds after CM_START_ATTEN_CHAR.IND (min 600 ms)
TT_EVSE_match_session = 10.0       # EVSE: CM_ATTEN_CHAR.RSP -> CM_SLAC_MATCH.REQ / CM_VALIDATE.REQ (max 10 s)
TT_matching_repetition = 10.0      # EV: all retries of one matching process must start within this time
TT_matching_rate = 0.4             # EV: pause after a failed matching attempt before the next one
TT_match_join = 12.0               # CM_SLAC_MATCH.CNF -> logical network joined (max 12 s)
TP_EV_batch_msg_interval = 0.02    # EV: gap between CM_START_ATTEN_CHAR.IND / CM_MNBC_SOUND.IND (20 .. 50 ms)
TP_EV_batch_msg_interval_max = 0.05
TT_amp_map_exchange = 0.1          # optional amplitude map exchange (max 100 ms)
T_step_EF = 4.0                    # minimum time in CP state E/F for a retry sequence
TP_match_leave = 1.0               # time to leave the logical network after unplug (max 1 s)
TT_EVSE_vald_toggle = 3.5          # EVSE: duration of a BCB toggle sequence during CM_VALIDATE (max 3.5 s)
TP_EV_vald_state_duration = 0.2    # EV: duration of each B/C state of a BCB toggle (200 .. 400 ms)
T_vald_detect_time = 0.2           # EVSE: time to detect a CP state variation

# --- ISO 15118-3 counters ---------------------------------------------------------------------
C_EV_match_MNBC = 10               # number of M-Sounds (CM_MNBC_SOUND.IND)
C_EV_start_atten_char_inds = 3     # repetitions of CM_START_ATTEN_CHAR.IND
C_EV_match_retry = 2               # EV retries of a request that got no response
C_sequ_retry = 2                   # EVSE repetitions of the E/F -> B sequence after TT_EVSE_SLAC_init
C_conn_max_match = 3               # retries of the whole matching process (Table 3: min 3)
C_EVSE_match_parallel = 5          # EVSE: matching runs of different EVs it keeps open at once
C_EV_match_signalattn_direct = 10  # dB; attenuation below which an EVSE is plainly the one we are plugged into
C_EV_match_signalattn_indirect = 20  # dB; above it the EVSE is a neighbour heard through crosstalk

# --- Attenuation profile -----------------------------------------------------------------------
SLAC_GROUPS = 58                   # carrier groups in an HPGP attenuation profile
DEFAULT_ATTENUATION_THRESHOLD = 40  # dB average; above it the EV does not match (open-plc-utils default)

# --- HomePlug frames ---------------------------------------------------------------------------
ETH_P_HOMEPLUG = 0x88E1
ETH_P_IPV6 = 0x86DD
ETH_P_ALL = 0x0003
BROADCAST = "ff:ff:ff:ff:ff:ff"
QCA_OUI = 0x00B052
QCA_LOCALCAST = "00:b0:52:00:00:01"   # any local QCA modem answers frames sent to this address
MMV_HOMEPLUG_AV11 = 0x01             # SLAC messages carry MMV 1 with a fragmentation field
MMV_VENDOR = 0x00                    # QCA vendor messages carry MMV 0 with the OUI

MMTYPE_REQ, MMTYPE_CNF, MMTYPE_IND, MMTYPE_RSP = 0, 1, 2, 3
CM_SET_KEY = 0x6008
CM_SLAC_PARM = 0x6064
CM_START_ATTEN_CHAR = 0x6068
CM_ATTEN_CHAR = 0x606C
CM_MNBC_SOUND = 0x6074
CM_VALIDATE = 0x6078
CM_SLAC_MATCH = 0x607C
CM_ATTEN_PROFILE = 0x6084
VS_SW_VER = 0xA000
VS_RS_DEV = 0xA01C
VS_PL_LNK_STATUS = 0xA0B8

APPLICATION_TYPE_PEV_EVSE = 0x00
SECURITY_TYPE_NONE = 0x00
RESP_TYPE_HLE = 0x00               # sound recipients report the profile to their host (what modems do)
RESP_TYPE_OTHER_GP_STA = 0x01      # the value ISO 15118-3 names
CM_SET_KEY_TYPE_NMK = 0x01
CM_SET_KEY_PID_HLE = 0x04
CM_SET_KEY_RESULT_SUCCESS = 0x00       # HomePlug AV's "success"
CM_SET_KEY_RESULT_QCA_ACCEPTED = 0x01  # what QCA firmware answers when it takes the key and restarts
                                       # (open-plc-utils' evse/pev: 0 = "Device refused request"; pyPLC)
QCA_JOIN_TIME = 1.0                    # s from CM_SET_KEY to a formed logical network: about a second on real modems
NID_SECURITY_LEVEL_SIMPLE_CONNECT = 0x00

RUN_ID_LEN = 8
STATION_ID_LEN = 17
NMK_LEN = 16
NID_LEN = 7


@dataclass(frozen=True)
class SlacTimers:
    """The timer set one SLAC run uses; defaults are ISO 15118-3's values."""

    TT_EVSE_SLAC_init: float = TT_EVSE_SLAC_init
    TT_match_sequence: float = TT_match_sequence
    TT_match_response: float = TT_match_response
    TT_EV_atten_results: float = TT_EV_atten_results
    TT_EVSE_match_MNBC: float = TT_EVSE_match_MNBC
    TT_EVSE_match_session: float = TT_EVSE_match_session
    TT_matching_repetition: float = TT_matching_repetition
    TT_matching_rate: float = TT_matching_rate
    TT_match_join: float = TT_match_join
    TP_EV_batch_msg_interval: float = TP_EV_batch_msg_interval
    TT_EVSE_vald_toggle: float = TT_EVSE_vald_toggle
    T_step_EF: float = T_step_EF

    def scaled(self, factor: float) -> "SlacTimers":
        """All timers multiplied by factor: lets tests run the same paths in a fraction of the time."""
        return replace(self, **{f.name: getattr(self, f.name) * factor for f in fields(self)})

    @property
    def time_out_field(self) -> int:
        """TT_EVSE_match_MNBC as CM_SLAC_PARM.CNF / CM_START_ATTEN_CHAR.IND carry it: multiples of 100 ms."""
        return max(1, min(255, round(self.TT_EVSE_match_MNBC / 0.1)))


def minimum_standard_wait(timers: SlacTimers = SlacTimers(), sounds: int = C_EV_match_MNBC) -> float:
    """The least time ISO 15118-3 makes a plug-in take before the link can be up.

    The EV must space its C_EV_start_atten_char_inds start indications and its M-Sounds by at least
    TP_EV_batch_msg_interval; every other step may complete as fast as the frames travel.
    """
    return (C_EV_start_atten_char_inds + sounds - 1) * timers.TP_EV_batch_msg_interval
