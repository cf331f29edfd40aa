"""The simulated modem against what QCA firmware does (pure model, no sockets)."""
from __future__ import annotations

import pytest

from iso15118.slac import constants as c
from iso15118.slac import messages as m
from iso15118.slac.fsm import EvSlac, EvseSlac
from iso15118.slac.keys import random_nmk
from iso15118.slac.plcsim import PowerlineModel

from .harness import MAC_EV, MAC_EVSE1, MAC_EVSE2, Bench


def set_key(model: PowerlineModel, name: str, dst: str, now: float = 0.0) -> list:
    nmk = random_nmk()
    raw = m.encode(dst, model.modems[name].host_mac, m.CM_SET_KEY_REQ(NewKey=nmk))
    return model.from_host(name, raw, now)


def line() -> PowerlineModel:
    model = PowerlineModel(seed=1)
    model.add("ev", MAC_EV)
    model.add("evse", MAC_EVSE1)
    return model


def test_defaults_are_qca_firmwares_behaviour() -> None:
    model = line()
    assert model.join_delay == pytest.approx(c.QCA_JOIN_TIME) and model.set_key_result == 1
    for dst in (c.QCA_LOCALCAST, model.modems["ev"].modem_mac):
        (reply,) = set_key(model, "ev", dst)
        assert reply.station == "ev"
        frame = m.decode(reply.frame)
        assert isinstance(frame.message, m.CM_SET_KEY_CNF) and frame.message.Result == 1
        assert frame.dst == MAC_EV and frame.src == model.modems["ev"].modem_mac


def test_set_key_sent_anywhere_else_gets_no_answer_and_changes_no_key() -> None:
    model = line()
    before = model.modems["ev"].nmk
    for dst in (c.BROADCAST, MAC_EVSE1, model.modems["evse"].modem_mac):
        assert set_key(model, "ev", dst) == []
    assert model.modems["ev"].nmk == before and model.modems["evse"].nmk != before
    assert model.stats["management_not_for_modem"] == 3
    vendor = m.encode(MAC_EVSE1, MAC_EV, m.VS_PL_LNK_STATUS_REQ())
    assert model.from_host("ev", vendor, 0.0) == []


def test_network_forms_join_delay_after_the_keys_match() -> None:
    model = line()
    nmk = random_nmk()
    for name in ("ev", "evse"):
        model.from_host(name, m.encode(c.QCA_LOCALCAST, model.modems[name].host_mac, m.CM_SET_KEY_REQ(NewKey=nmk)), 5.0)
    assert not model.link_up("ev", 5.0 + c.QCA_JOIN_TIME * 0.9)
    assert model.link_up("ev", 5.0 + c.QCA_JOIN_TIME)


def test_loss_and_reordering_options() -> None:
    model = PowerlineModel(loss=0.3, reorder=0.3, seed=7)
    for name, mac in (("ev", MAC_EV), ("a", MAC_EVSE1), ("b", MAC_EVSE2)):
        model.add(name, mac)
    delays = []
    for i in range(300):
        raw = m.encode(c.BROADCAST, MAC_EV, m.CM_SLAC_PARM_REQ(RunID=i.to_bytes(8, "big")))
        delays += [d.delay for d in model.from_host("ev", raw, 0.0)]
    assert model.stats["lost"] == pytest.approx(600 * 0.3, rel=0.25)
    assert len(delays) == 600 - model.stats["lost"]
    assert delays.count(0.0) == pytest.approx(len(delays) * 0.7, rel=0.2)  # the rest is overtaken
    with pytest.raises(ValueError):
        PowerlineModel(loss=1.0)


def test_ar7420_modem_forwards_sounds_but_reports_no_profile() -> None:
    model = PowerlineModel(without_attenuation_profile={"evse"}, seed=1)
    model.add("ev", MAC_EV)
    model.add("evse", MAC_EVSE1)
    model.add("other", MAC_EVSE2)
    sound = m.encode(c.BROADCAST, MAC_EV, m.CM_MNBC_SOUND_IND())
    kinds = {(d.station, type(m.decode(d.frame).message).__name__) for d in model.from_host("ev", sound, 0.0)}
    assert kinds == {("evse", "CM_MNBC_SOUND_IND"), ("other", "CM_MNBC_SOUND_IND"), ("other", "CM_ATTEN_PROFILE_IND")}


@pytest.mark.parametrize("seed", range(5))
def test_slac_matches_on_a_lossy_reordering_line(seed: int) -> None:
    b = Bench(model=PowerlineModel(noise_db=1.0, loss=0.1, reorder=0.3, seed=seed))
    b.add("ev", EvSlac(MAC_EV))
    b.add("evse1", EvseSlac(MAC_EVSE1))
    b.add("evse2", EvseSlac(MAC_EVSE2))
    b.model.set_attenuation("ev", "evse1", 10.0)
    b.model.set_attenuation("ev", "evse2", 30.0)
    for name in ("evse1", "evse2", "ev"):
        b.handle(name, b.machines[name].start(0.0))
    b.run(until=60.0, stop=lambda: bool(b.matched("ev")))
    assert [x.peer_mac for x in b.matched("ev")] == [MAC_EVSE1] and not b.matched("evse2")
    assert b.model.stats["lost"] > 0 and b.model.stats["reordered"] > 0
