"""Pure state-machine tests: no sockets, fake clock, the simulator's pure powerline model in between."""
from __future__ import annotations

from dataclasses import replace

import pytest

from iso15118.slac import constants as c
from iso15118.slac import messages as m
from iso15118.slac.fsm import (
    EvSlac,
    EvseSlac,
    EvseState,
    EvState,
    Matched,
    MatchingFailed,
    Send,
    SetKey,
    SlacConfig,
    StepEF,
)
from iso15118.slac.keys import nid_from_nmk
from iso15118.slac.messages import Frame

from iso15118.slac.plcsim import PowerlineModel

from .harness import MAC_EV, MAC_EVSE1, MAC_EVSE2, Bench


def bench(evses: int = 1, ev_config: SlacConfig | None = None, evse_config: SlacConfig | None = None,
          attenuation: tuple[float, ...] = (10.0, 30.0)) -> Bench:
    b = Bench()
    b.add("ev", EvSlac(MAC_EV, ev_config))
    for i, mac in enumerate([MAC_EVSE1, MAC_EVSE2][:evses]):
        b.add(f"evse{i + 1}", EvseSlac(mac, evse_config))
        b.model.set_attenuation("ev", f"evse{i + 1}", attenuation[i])
    return b


def plug_in(b: Bench) -> None:
    for name, machine in b.machines.items():
        if name != "ev":
            b.handle(name, machine.start(b.now))
    b.handle("ev", b.machines["ev"].start(b.now))


def test_ev_and_evse_match_with_one_fresh_key_and_its_nid() -> None:
    b = bench()
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    (ev_match,), (evse_match,) = b.matched("ev"), b.matched("evse1")
    assert ev_match.peer_mac == MAC_EVSE1 and evse_match.peer_mac == MAC_EV
    assert ev_match.nmk == evse_match.nmk and ev_match.nid == nid_from_nmk(ev_match.nmk)
    assert ev_match.attenuation_db == pytest.approx(10.0)
    assert b.machines["ev"].state == EvState.MATCHED and b.machines["evse1"].state == EvseState.MATCHED
    # the EVSE programmed its modem with the session key before plug-in, the EV after the match
    assert [o.nmk for o in b.outputs("evse1", SetKey)] == [ev_match.nmk]
    assert b.outputs("ev", SetKey)[-1].nmk == ev_match.nmk
    assert not b.model.link_up("ev", b.now) and b.model.link_up("ev", b.now + b.model.join_delay)
    # nothing but the mandated spacing of 3 start indications and 10 sounds costs time
    assert b.now == pytest.approx(c.minimum_standard_wait())
    assert len(b.sent("ev", m.CM_START_ATTEN_CHAR_IND)) == c.C_EV_start_atten_char_inds
    assert len(b.sent("ev", m.CM_MNBC_SOUND_IND)) == c.C_EV_match_MNBC
    (char,) = b.sent("evse1", m.CM_ATTEN_CHAR_IND)
    assert char.NumSounds == 10 and len(char.AAG) == c.SLAC_GROUPS


def test_ev_chooses_the_lower_attenuation_and_the_neighbour_never_matches() -> None:
    b = bench(evses=2, attenuation=(32.0, 14.0))  # the EV is plugged into evse2; evse1 hears crosstalk
    plug_in(b)
    b.run(until=30.0)
    assert [x.peer_mac for x in b.matched("ev")] == [MAC_EVSE2]
    assert b.matched("evse1") == []
    assert b.machines["evse1"].state != EvseState.MATCHED
    reasons = [f.reason for f in b.failures("evse1")]
    assert any("TT_EVSE_match_session" in r for r in reasons)
    assert not b.model.same_network(b.model.modems["ev"], b.model.modems["evse1"], b.now)


def test_evse_ignores_match_request_naming_another_evse_and_frames_of_other_runs() -> None:
    b = bench(evses=2)
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    evse2 = b.machines["evse2"]
    state, ignored = evse2.state, evse2.ignored
    forged = m.CM_SLAC_MATCH_REQ(PEV_MAC=MAC_EV, EVSE_MAC=MAC_EVSE1, RunID=b.machines["ev"].run_id)
    assert evse2.receive(Frame(MAC_EVSE2, MAC_EV, forged), b.now) == []
    other_run = m.CM_START_ATTEN_CHAR_IND(RunID=b"otherrun")
    assert evse2.receive(Frame(c.BROADCAST, MAC_EV, other_run), b.now) == []
    stranger = m.CM_ATTEN_CHAR_RSP(RunID=b.machines["ev"].run_id)
    assert evse2.receive(Frame(MAC_EVSE2, "02:11:22:33:44:55", stranger), b.now) == []
    assert (evse2.state, evse2.ignored) == (state, ignored + 3)


def test_ev_ignores_frames_of_another_run() -> None:
    b = bench()
    ev = b.machines["ev"]
    b.handle("ev", ev.start(b.now))  # the EVSE is not listening yet: no confirmation
    assert ev.state == EvState.WAIT_SLAC_PARM_CNF
    stale = m.CM_SLAC_PARM_CNF(RunID=b"oldrunid")
    assert ev.receive(Frame(MAC_EV, MAC_EVSE1, stale), b.now) == [] and ev.ignored == 1
    assert ev.state == EvState.WAIT_SLAC_PARM_CNF
    b.handle("evse1", b.machines["evse1"].start(b.now))  # the EV's repeated request reaches it
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev")


def test_all_evses_above_threshold_retries_the_matching_process_c_conn_max_match_times_then_gives_up() -> None:
    b = bench(evses=2, attenuation=(45.0, 50.0))
    plug_in(b)
    b.run(until=120.0, stop=lambda: any(f.final for f in b.failures("ev")))
    failures = b.failures("ev")
    assert failures[-1].final and "above threshold" in failures[-1].reason
    assert all(not f.final for f in failures[:-1])
    ev = b.machines["ev"]
    processes = 1 + c.C_conn_max_match  # the first matching process and its retries
    assert ev.processes == processes
    assert len([f for f in failures if "retry" in f.reason]) == processes - 1
    assert len(failures) >= processes * c.C_conn_max_match  # C_conn_max_match attempts within each process
    per_process = c.TT_matching_repetition + c.TT_matching_rate + c.TT_EV_atten_results
    assert b.now <= processes * per_process
    assert ev.state == EvState.UNMATCHED and b.matched("ev") == []
    # each attempt uses a new RunID
    run_ids = {req.RunID for req in b.sent("ev", m.CM_SLAC_PARM_REQ)}
    assert len(run_ids) == len(failures)


def test_threshold_is_configurable() -> None:
    b = bench(attenuation=(45.0,), ev_config=SlacConfig(attenuation_threshold_db=50))
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev")[0].attenuation_db == pytest.approx(45.0)


def test_ev_without_any_evse_repeats_parm_req_then_retries_then_fails() -> None:
    timers = c.SlacTimers()
    b = Bench()
    b.add("ev", EvSlac(MAC_EV))
    b.handle("ev", b.machines["ev"].start(0.0))
    b.run(until=120.0)
    reqs = b.sent("ev", m.CM_SLAC_PARM_REQ)
    failures = b.failures("ev")
    assert failures[-1].final and [f.final for f in failures].count(True) == 1
    # every attempt: the request plus C_EV_match_retry repetitions, TT_match_response apart
    assert len(reqs) == len(failures) * (1 + c.C_EV_match_retry)
    attempt = (1 + c.C_EV_match_retry) * timers.TT_match_response + timers.TT_matching_rate
    processes = 1 + c.C_conn_max_match
    assert len(failures) == pytest.approx(processes * timers.TT_matching_repetition / attempt, abs=processes)
    # the processes follow each other TT_matching_rate apart: no pause longer than that between attempts
    times = [t for t, name, o in b.log if name == "ev" and isinstance(o, Send)
             and isinstance(o.message, m.CM_SLAC_PARM_REQ)]
    gaps = [t2 - t1 for t1, t2 in zip(times, times[1:])]
    assert max(gaps) == pytest.approx(timers.TT_match_response + timers.TT_matching_rate)


def test_ev_retries_processes_only_as_configured() -> None:
    b = Bench()
    b.add("ev", EvSlac(MAC_EV, SlacConfig(match_process_retries=0)))
    b.handle("ev", b.machines["ev"].start(0.0))
    b.run(until=60.0)
    assert b.failures("ev")[-1].final and b.machines["ev"].processes == 1
    assert b.now <= c.TT_matching_repetition + c.TT_matching_rate


def test_ev_plugged_in_while_the_evse_still_settles_matches_in_a_later_process() -> None:
    """pyslac's EVSE listens only 10 s after keying its modem; the EV's first process is over by then."""
    b = bench()
    b.handle("ev", b.machines["ev"].start(0.0))
    settle = 12.0
    b.run(until=settle)
    assert b.failures("ev") and not any(f.final for f in b.failures("ev"))
    b.handle("evse1", b.machines["evse1"].start(b.now))
    b.run(until=60.0, stop=lambda: bool(b.matched("ev")))
    (match,) = b.matched("ev")
    assert match.peer_mac == MAC_EVSE1 and b.matched("evse1")
    assert b.machines["ev"].processes == 2
    assert b.now < settle + c.TT_matching_repetition  # the next attempt after the EVSE listens matches


def test_join_failure_makes_both_sides_retry_and_the_retry_matches() -> None:
    b = bench()
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    ev, evse = b.machines["ev"], b.machines["evse1"]
    first = ev.run_id
    b.now += c.TT_match_join  # the network never formed
    b.handle("evse1", evse.join_failed(b.now, first))
    assert evse.state == EvseState.WAIT_SLAC_PARM_REQ  # reset: listening for the EV's retry
    assert evse.deadline == pytest.approx(b.now + c.TT_EVSE_SLAC_init)
    b.handle("ev", ev.join_failed(b.now, first))
    assert ev.state == EvState.WAIT_RETRY and "TT_match_join" in b.failures("ev")[-1].reason
    assert b.outputs("ev", SetKey)[-1].nmk != b.matched("ev")[0].nmk  # left the network it could not join
    b.run(until=b.now + 5.0, stop=lambda: len(b.matched("ev")) == 2)
    second = b.matched("ev")[1]
    assert second.run_id != first and second.nmk == b.matched("evse1")[1].nmk
    assert ev.processes == 2  # TT_match_join outlasts TT_matching_repetition: a new matching process


def test_join_failure_of_a_superseded_run_changes_nothing() -> None:
    b = bench()
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    ev, evse = b.machines["ev"], b.machines["evse1"]
    assert ev.join_failed(b.now, b"oldrunid") == [] and evse.join_failed(b.now, b"oldrunid") == []
    assert ev.state == EvState.MATCHED and evse.state == EvseState.MATCHED


def test_repeated_join_failures_end_unmatched() -> None:
    b = bench()
    plug_in(b)
    ev, evse = b.machines["ev"], b.machines["evse1"]
    for _ in range(20):
        b.run(until=b.now + 60.0, stop=lambda: ev.state in (EvState.MATCHED, EvState.UNMATCHED))
        if ev.state == EvState.UNMATCHED:
            break
        b.now += c.TT_match_join
        b.handle("evse1", evse.join_failed(b.now, evse.run_id))
        b.handle("ev", ev.join_failed(b.now, ev.run_id))
    assert ev.state == EvState.UNMATCHED and b.failures("ev")[-1].final
    assert len(b.matched("ev")) == 1 + c.C_conn_max_match


def test_evse_slac_init_timeout_retries_c_sequ_retry_times_then_unmatched() -> None:
    timers = c.SlacTimers().scaled(0.01)
    b = Bench()
    b.add("evse1", EvseSlac(MAC_EVSE1, SlacConfig(timers=timers)))
    b.handle("evse1", b.machines["evse1"].start(0.0))
    b.run(until=10.0)
    failures = b.failures("evse1")
    assert [f.final for f in failures] == [False] * c.C_sequ_retry + [True]
    assert all("TT_EVSE_SLAC_init" in f.reason for f in failures)
    # each retry: the pilot held in E/F for T_step_EF, then a fresh TT_EVSE_SLAC_init in B
    assert [o.duration for o in b.outputs("evse1", StepEF)] == [timers.T_step_EF] * c.C_sequ_retry
    assert b.now == pytest.approx((c.C_sequ_retry + 1) * timers.TT_EVSE_SLAC_init + c.C_sequ_retry * timers.T_step_EF)
    assert b.machines["evse1"].state == EvseState.UNMATCHED


def test_defaults_are_the_standards_values_and_scaling_keeps_ratios() -> None:
    t = c.SlacTimers()
    assert (t.TT_EVSE_SLAC_init, t.TT_match_sequence, t.TT_match_response, t.TT_EV_atten_results) == (
        50.0, 0.4, 0.2, 1.2)
    assert (t.TT_EVSE_match_MNBC, t.TT_EVSE_match_session, t.TT_matching_repetition, t.TT_match_join) == (
        0.6, 10.0, 10.0, 12.0)
    assert t.time_out_field == 6
    s = t.scaled(0.1)
    assert s.TT_match_response == pytest.approx(0.02) and s.TT_matching_repetition == pytest.approx(1.0)


def drop_type(message_type: type, at: str | None = None, times: int = 10**9):
    left = [times]

    def drop(name: str, frame: Frame) -> bool:
        if isinstance(frame.message, message_type) and (at is None or name == at) and left[0] > 0:
            left[0] -= 1
            return True
        return False

    return drop


def test_lost_parm_cnf_is_repeated_with_same_run_id_and_still_matches() -> None:
    b = bench()
    b.drop = drop_type(m.CM_SLAC_PARM_CNF, times=1)
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    reqs = b.sent("ev", m.CM_SLAC_PARM_REQ)
    assert len(reqs) == 2 and reqs[0].RunID == reqs[1].RunID
    assert len(b.sent("evse1", m.CM_SLAC_PARM_CNF)) == 2 and b.matched("evse1")


def test_evse_waiting_for_start_atten_char_times_out_and_listens_again() -> None:
    b = bench()
    b.drop = lambda name, frame: isinstance(frame.message, (m.CM_START_ATTEN_CHAR_IND, m.CM_MNBC_SOUND_IND,
                                                             m.CM_ATTEN_PROFILE_IND))
    plug_in(b)
    b.run(until=0.5)
    reasons = [f.reason for f in b.failures("evse1")]
    assert any("CM_START_ATTEN_CHAR" in r for r in reasons)
    assert b.machines["evse1"].state == EvseState.WAIT_SLAC_PARM_REQ


def test_lost_start_indications_are_covered_by_the_sounds() -> None:
    b = bench()
    b.drop = drop_type(m.CM_START_ATTEN_CHAR_IND)
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev")


def test_evse_reports_partial_profile_when_sounds_are_lost() -> None:
    b = bench()
    b.drop = drop_type(m.CM_ATTEN_PROFILE_IND, times=4)
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    (char,) = b.sent("evse1", m.CM_ATTEN_CHAR_IND)
    assert char.NumSounds == 6  # sent at TT_EVSE_match_MNBC, not after all ten
    assert b.matched("ev")


def test_evse_without_sounds_or_profiles_fails_the_attempt() -> None:
    b = bench()
    b.drop = lambda name, frame: isinstance(frame.message, (m.CM_ATTEN_PROFILE_IND, m.CM_MNBC_SOUND_IND))
    plug_in(b)
    b.run(until=1.0)
    assert any("TT_EVSE_match_MNBC" in f.reason for f in b.failures("evse1"))
    assert b.sent("evse1", m.CM_ATTEN_CHAR_IND) == []


def ar7420_bench(evse_config: SlacConfig | None = None) -> Bench:
    b = Bench(model=PowerlineModel(noise_db=0.0, seed=1, without_attenuation_profile={"evse1"}))
    b.add("ev", EvSlac(MAC_EV))
    b.add("evse1", EvseSlac(MAC_EVSE1, evse_config))
    b.model.set_attenuation("ev", "evse1", 10.0)
    return b


def test_evse_on_an_ar7420_modem_says_why_it_cannot_match() -> None:
    b = ar7420_bench()
    plug_in(b)
    b.run(until=2.0)
    reasons = [f.reason for f in b.failures("evse1")]
    assert reasons and all("no CM_ATTEN_PROFILE.IND" in r and "AR7420" in r for r in reasons)
    assert b.sent("evse1", m.CM_ATTEN_CHAR_IND) == [] and not b.matched("ev")


def test_evse_on_an_ar7420_modem_matches_with_an_assumed_attenuation() -> None:
    b = ar7420_bench(SlacConfig(assumed_attenuation_db=15.0))
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    (char,) = b.sent("evse1", m.CM_ATTEN_CHAR_IND)
    assert char.NumSounds == c.C_EV_match_MNBC and set(char.AAG) == {15}
    assert b.matched("ev")[0].attenuation_db == pytest.approx(15.0)


def test_ev_without_atten_char_fails_the_attempt_after_tt_ev_atten_results() -> None:
    b = bench()
    b.drop = drop_type(m.CM_ATTEN_CHAR_IND, at="ev")
    plug_in(b)
    b.run(until=2.0, stop=lambda: bool(b.failures("ev")))
    (failure,) = b.failures("ev")
    assert "TT_EV_atten_results" in failure.reason and not failure.final
    assert b.now == pytest.approx(c.TT_EV_atten_results)
    assert b.machines["ev"].state == EvState.WAIT_RETRY


def test_lost_atten_char_rsp_makes_the_evse_repeat_then_give_up() -> None:
    b = bench()
    b.drop = lambda name, frame: isinstance(frame.message, (m.CM_ATTEN_CHAR_RSP, m.CM_SLAC_MATCH_REQ))
    plug_in(b)
    b.run(until=3.0)
    first_run = b.sent("ev", m.CM_SLAC_PARM_REQ)[0].RunID
    indications = [i for i in b.sent("evse1", m.CM_ATTEN_CHAR_IND) if i.RunID == first_run]
    assert len(indications) == 1 + c.C_EV_match_retry
    assert any("CM_ATTEN_CHAR.RSP" in f.reason for f in b.failures("evse1"))


def test_lost_match_cnf_is_repeated_and_the_evse_confirms_again() -> None:
    b = bench()
    b.drop = drop_type(m.CM_SLAC_MATCH_CNF, times=1)
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert len(b.sent("ev", m.CM_SLAC_MATCH_REQ)) == 2
    assert len(b.sent("evse1", m.CM_SLAC_MATCH_CNF)) == 2
    assert len(b.matched("evse1")) == 1 and b.matched("ev")[0].nmk == b.matched("evse1")[0].nmk


def test_evse_match_session_timeout() -> None:
    b = bench()
    evse = b.machines["evse1"]
    b.drop = drop_type(m.CM_SLAC_MATCH_REQ)
    plug_in(b)
    b.run(until=2.0, stop=lambda: evse.state == EvseState.WAIT_SLAC_MATCH_REQ)
    entered = b.now
    del b.machines["ev"]  # the EV goes silent after CM_ATTEN_CHAR.RSP
    b.run(until=20.0, stop=lambda: bool(b.failures("evse1")))
    assert "TT_EVSE_match_session" in b.failures("evse1")[0].reason
    assert b.now == pytest.approx(entered + c.TT_EVSE_match_session)


def test_unplug_mid_slac_stops_both_and_leaves_the_network() -> None:
    b = bench()
    plug_in(b)
    b.run(until=0.1)  # sounding in progress
    ev, evse = b.machines["ev"], b.machines["evse1"]
    assert ev.state == EvState.SOUNDING
    b.handle("ev", ev.stop())
    b.handle("evse1", evse.stop())
    assert (ev.state, ev.deadline, evse.state, evse.deadline) == (EvState.IDLE, None, EvseState.IDLE, None)
    assert isinstance(b.log[-1][2], SetKey)  # a fresh key: the modem leaves whatever network it was in
    late = m.CM_ATTEN_CHAR_IND(SOURCE_ADDRESS=MAC_EV, RunID=b"whatever")
    assert ev.receive(Frame(MAC_EV, MAC_EVSE1, late), b.now) == []
    b.run(until=20.0)
    assert b.matched("ev") == [] and b.matched("evse1") == []
    # plugging in again starts over and matches
    plug_in(b)
    b.run(until=25.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev")


def test_unexpected_messages_in_every_state_never_raise() -> None:
    b = bench()
    plug_in(b)
    samples = [msg for msg in __import__("tests.slac.test_messages", fromlist=["EXAMPLES"]).EXAMPLES]
    for _ in range(40):
        b.run(until=b.now + 0.02)
        for machine in b.machines.values():
            for msg in samples:
                outs = machine.receive(Frame(machine.mac, MAC_EVSE2, msg), b.now)
                assert all(not isinstance(o, Matched) for o in outs)


def test_validation_with_bcb_toggles_then_match() -> None:
    b = bench(ev_config=SlacConfig(validate=True), evse_config=SlacConfig(validate=True))
    plug_in(b)
    b.run(until=10.0, stop=lambda: bool(b.matched("ev")))
    assert len(b.sent("ev", m.CM_VALIDATE_REQ)) == 2
    results = [cnf.Result for cnf in b.sent("evse1", m.CM_VALIDATE_CNF)]
    assert results == [1, 2]  # ready, then success with the toggles counted
    assert b.matched("ev")


def test_validation_request_to_an_evse_without_it_is_answered_not_required() -> None:
    b = bench(ev_config=SlacConfig(validate=True))
    plug_in(b)
    b.run(until=10.0, stop=lambda: bool(b.matched("ev")))
    assert [cnf.Result for cnf in b.sent("evse1", m.CM_VALIDATE_CNF)] == [4]
    assert b.matched("ev")


def test_fixed_evse_nmk_for_interop() -> None:
    nmk = bytes.fromhex("B59319D7E8157BA001B018669CCEE30D")
    b = bench(evse_config=SlacConfig(nmk=nmk))
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev")[0].nid.hex() == "026bcba5354e08"


def test_outputs_are_plain_data() -> None:
    b = bench()
    plug_in(b)
    assert all(isinstance(o, (Send, SetKey, Matched, MatchingFailed)) for _, _, o in b.log)


def test_evse_averages_each_group_over_the_sounds_and_the_ev_over_groups() -> None:
    evse = EvseSlac(MAC_EVSE1, SlacConfig(num_sounds=4))
    evse.start(0.0)
    run = b"run00001"
    evse.receive(Frame(MAC_EVSE1, MAC_EV, m.CM_SLAC_PARM_REQ(RunID=run)), 0.0)
    evse.receive(Frame(c.BROADCAST, MAC_EV, m.CM_START_ATTEN_CHAR_IND(NUM_SOUNDS=4, Time_Out=6, RunID=run)), 0.0)
    out = []
    for value in (0, 5, 10, 16):  # group g gets value + g
        profile = m.CM_ATTEN_PROFILE_IND(PEV_MAC=MAC_EV, AAG=bytes(value + g for g in range(c.SLAC_GROUPS)))
        out += evse.receive(Frame(MAC_EVSE1, "00:b0:52:00:00:99", profile), 0.01)
    (char,) = [o.message for o in out if isinstance(o, Send)]
    assert char.NumSounds == 4
    assert list(char.AAG) == [round(7.75 + g) for g in range(c.SLAC_GROUPS)]
    ev = EvSlac(MAC_EV)
    ev.run_id = run
    ev.state = EvState.WAIT_ATTEN_CHAR
    ev.receive(Frame(MAC_EV, MAC_EVSE1, char), 0.02)
    assert ev.chosen is not None and ev.chosen.mac == MAC_EVSE1
    assert ev.chosen.attenuation_db == pytest.approx(sum(char.AAG) / c.SLAC_GROUPS)


# --- field quirks (../shared/reference/real-world-quirks.md) ------------------------------------------------
def test_parm_req_sent_the_moment_the_pwm_starts_is_answered_at_once() -> None:
    """Tesla sends CM_SLAC_PARM.REQ as soon as the PWM starts, which can be before our CP state B
    reaches the EVSE's SLAC; the modem is keyed beforehand, so nothing else delays the answer."""
    b = bench()
    evse = b.machines["evse1"]
    keyed = b.model.modems["evse1"].nmk
    b.handle("ev", b.machines["ev"].start(0.0))  # the car's request reaches the EVSE while still IDLE
    assert evse.state == EvseState.IDLE and b.sent("evse1", m.CM_SLAC_PARM_CNF) == []
    b.now = c.TT_match_response / 4
    b.handle("evse1", evse.stop())  # what the station does on every plug-in
    b.handle("evse1", evse.start(b.now))
    (cnf,) = b.sent("evse1", m.CM_SLAC_PARM_CNF)
    assert cnf.RunID == b.machines["ev"].run_id
    assert b.outputs("evse1", SetKey)[-1].nmk == keyed == evse.nmk  # no new key at plug-in
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev") and len(b.sent("ev", m.CM_SLAC_PARM_REQ)) == 1  # no repetition was needed


def test_a_parm_req_heard_long_before_plug_in_is_not_answered() -> None:
    b = bench()
    evse = b.machines["evse1"]
    b.handle("ev", b.machines["ev"].stop())
    evse.receive(Frame(c.BROADCAST, MAC_EV, m.CM_SLAC_PARM_REQ(RunID=b"stalerun")), 0.0)
    b.handle("evse1", evse.start(c.TT_match_response * 2))
    assert b.sent("evse1", m.CM_SLAC_PARM_CNF) == [] and evse.state == EvseState.WAIT_SLAC_PARM_REQ


def test_car_resending_parm_req_straight_after_its_abort_is_answered() -> None:
    """Some cars send a new CM_SLAC_PARM.REQ right after aborting an attempt, without TT_matching_rate."""
    impatient = SlacConfig(timers=replace(c.SlacTimers(), TT_matching_rate=0.0))
    b = bench(ev_config=impatient)
    b.drop = drop_type(m.CM_ATTEN_CHAR_IND, at="ev", times=1 + c.C_EV_match_retry)  # the car's first attempt fails
    plug_in(b)
    b.run(until=5.0, stop=lambda: bool(b.matched("ev")))
    first, second = [r.RunID for r in b.sent("ev", m.CM_SLAC_PARM_REQ)][:2]
    assert first != second
    # the EVSE was still busy with the first run (repeating CM_ATTEN_CHAR.IND) when the new request came
    abort = next(t for t, name, o in b.log if name == "ev" and isinstance(o, MatchingFailed))
    resend = [t for t, name, o in b.log if name == "ev" and isinstance(o, Send)
              and isinstance(o.message, m.CM_SLAC_PARM_REQ) and o.message.RunID == second][0]
    assert resend == abort
    assert [x.run_id for x in b.matched("evse1")] == [second] and b.matched("ev")[0].run_id == second


def test_parm_req_after_the_evse_gave_up_is_still_answered() -> None:
    timers = c.SlacTimers().scaled(0.01)
    b = bench(ev_config=SlacConfig(timers=timers), evse_config=SlacConfig(timers=timers))
    evse = b.machines["evse1"]
    b.handle("evse1", evse.start(0.0))
    b.run(until=10.0)
    assert evse.state == EvseState.UNMATCHED and b.failures("evse1")[-1].final
    b.handle("ev", b.machines["ev"].start(b.now))  # a late car tries anyway
    b.run(until=b.now + 5.0, stop=lambda: bool(b.matched("ev")))
    assert b.matched("ev") and b.matched("evse1")


MAC_CAR2 = "02:00:00:00:00:e2"


def neighbouring_charge_points() -> Bench:
    """Our EV on evse1's cable, a second car on evse2's; each EVSE hears the other car at 30 dB."""
    b = Bench()
    b.add("ev", EvSlac(MAC_EV))
    b.add("car2", EvSlac(MAC_CAR2))
    b.add("evse1", EvseSlac(MAC_EVSE1))
    b.add("evse2", EvseSlac(MAC_EVSE2))
    for (x, y), db in {("ev", "evse1"): 10.0, ("car2", "evse2"): 10.0, ("ev", "evse2"): 30.0,
                       ("car2", "evse1"): 30.0, ("ev", "car2"): 30.0, ("evse1", "evse2"): 25.0}.items():
        b.model.set_attenuation(x, y, db)
    return b


@pytest.mark.parametrize("first", ["ev", "car2"])
def test_two_cars_plugged_in_at_once_at_neighbouring_charge_points_both_match_at_once(first: str) -> None:
    """Each EVSE answers both cars (C_EVSE_match_parallel runs): a neighbour's car heard through
    crosstalk no longer keeps the EVSE busy until TT_EVSE_match_session while its own car waits."""
    b = neighbouring_charge_points()
    for name in ("evse1", "evse2", first, "car2" if first == "ev" else "ev"):
        b.handle(name, b.machines[name].start(0.0))
    b.run(until=60.0, stop=lambda: bool(b.matched("ev")) and bool(b.matched("car2")))
    assert [x.peer_mac for x in b.matched("ev")] == [MAC_EVSE1]
    assert [x.peer_mac for x in b.matched("car2")] == [MAC_EVSE2]
    assert [x.peer_mac for x in b.matched("evse1")] == [MAC_EV] and [x.peer_mac for x in b.matched("evse2")] == [MAC_CAR2]
    assert b.now < c.TT_EV_atten_results + c.TT_match_response  # both in their first attempt
    assert b.machines["ev"].attempts == b.machines["car2"].attempts == 1
    # each EVSE ran with both cars (the crosstalk runs were real); a match closes the other runs
    for evse in ("evse1", "evse2"):
        assert {cnf.FORWARDING_STA for cnf in b.sent(evse, m.CM_SLAC_PARM_CNF)} == {MAC_EV, MAC_CAR2}
        assert b.machines[evse].runs == {} and b.machines[evse].state == EvseState.MATCHED


def test_evse_keeps_at_most_c_evse_match_parallel_runs() -> None:
    evse = EvseSlac(MAC_EVSE1)
    evse.start(0.0)
    cars = [f"02:00:00:00:01:{i:02x}" for i in range(c.C_EVSE_match_parallel + 1)]
    answered = []
    for i, car in enumerate(cars):
        out = evse.receive(Frame(c.BROADCAST, car, m.CM_SLAC_PARM_REQ(RunID=bytes([i]) * 8)), 0.0)
        answered += [o.dst for o in out if isinstance(o, Send)]
    assert answered == cars[:c.C_EVSE_match_parallel] and len(evse.runs) == c.C_EVSE_match_parallel
    assert evse.ignored == 1
    evse.timeout(c.TT_match_sequence)  # none of them went on: all runs fail, the EVSE listens again
    assert evse.runs == {} and evse.state == EvseState.WAIT_SLAC_PARM_REQ
    assert evse.deadline == pytest.approx(c.TT_match_sequence + c.TT_EVSE_SLAC_init)
