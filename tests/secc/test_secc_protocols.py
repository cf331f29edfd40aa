"""The SECC's protocol registry, the SupportedAppProtocol choice above the protocols, the shared vocabulary."""
from __future__ import annotations

from pathlib import Path

import pytest

from iso15118.messages import app_protocol, common_messages as cm, dc
from iso15118.session import vocabulary
from iso15118.session.app_protocol import DIN70121, ISO15118_20_DC, build_request
from secc import controller, protocols
from secc.config import ConfigError, SECCConfig, load_config
from secc.controller import EnergyService as S
from secc.d20 import PROTOCOL as D20

OK = app_protocol.responseCodeType.OK_SuccessfulNegotiation
NO = app_protocol.responseCodeType.Failed_NoNegotiation


def test_one_vocabulary_re_exported_for_integrators() -> None:
    assert controller.ControlMode is vocabulary.ControlMode and controller.EnergyService is vocabulary.EnergyService
    assert ConfigError is vocabulary.ConfigError  # one ConfigError base for both sides
    S = vocabulary.EnergyService
    assert (int(S.AC), int(S.DC), int(S.AC_BPT), int(S.DC_BPT)) == (1, 2, 5, 6)
    assert [m.name for m in vocabulary.ControlMode] == ["Scheduled", "Dynamic"]


def test_registry_has_d20_and_config_defaults_to_every_registered_protocol() -> None:
    assert set(protocols.names()) == {"ISO15118-20", "ISO15118-2", "DIN70121"}
    assert protocols.protocol("ISO15118-20") is D20
    assert SECCConfig().protocols == protocols.names()
    with pytest.raises(protocols.UnknownProtocolError, match="DIN70999"):
        protocols.protocol("DIN70999")


def test_protocols_toml_key(tmp_path: Path) -> None:
    path = tmp_path / "secc.toml"
    path.write_text('[server]\nallow_plain_tcp = true\n[secc]\nprotocols = ["ISO15118-20"]\n')
    assert load_config(path)[0].protocols == ("ISO15118-20",)
    path.write_text('[server]\nallow_plain_tcp = true\n[secc]\nprotocols = ["CHAdeMO"]\n')
    with pytest.raises(ConfigError, match="CHAdeMO"):
        load_config(path)


def test_d20_only_over_tls13_or_the_lab_flag() -> None:
    req = build_request([ISO15118_20_DC])
    for tls_version, lab, chosen in [("TLSv1.3", False, D20), ("TLSv1.2", False, None), (None, False, None),
                                     (None, True, D20)]:
        result = protocols.negotiate(req, SECCConfig(), tls_version, lab)
        assert result.protocol is chosen, (tls_version, lab)
        assert result.response.ResponseCode is (OK if chosen else NO)


def test_choice_follows_the_ev_priority_among_what_is_offered() -> None:
    # DIN runs over plain TCP only: on TLS 1.3 the EV's first choice is skipped, -20 DC is selected.
    req = build_request([DIN70121, ISO15118_20_DC])
    result = protocols.negotiate(req, SECCConfig(), "TLSv1.3", False)
    assert result.protocol is D20 and result.response.SchemaID == 2
    # -20 DC is not offered without a DC service
    assert protocols.negotiate(req, SECCConfig(services=(S.AC,)), "TLSv1.3", False).protocol is None


def test_d20_safety_hooks_are_keyed_by_class() -> None:
    stop = cm.PowerDeliveryReq.__new__(cm.PowerDeliveryReq)
    stop.ChargeProgress = cm.chargeProgressType.Stop
    start = cm.PowerDeliveryReq.__new__(cm.PowerDeliveryReq)
    start.ChargeProgress = cm.chargeProgressType.Start
    assert D20.winding_down(stop) and not D20.winding_down(start)
    assert D20.winding_down(dc.DC_ChargeLoopReq.__new__(dc.DC_ChargeLoopReq))
    assert not D20.winding_down(cm.ServiceDiscoveryReq.__new__(cm.ServiceDiscoveryReq))
    assert dc.DC_ChargeLoopReq in D20.charge_loop and set(D20.states) >= {cm.SessionSetupReq, dc.DC_ChargeLoopReq}
