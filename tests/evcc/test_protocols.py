"""The EV's protocol registry and its SupportedAppProtocol offer (evcc/protocols.py), and EVCCConfig.protocols."""
from __future__ import annotations

from dataclasses import replace

import pytest

from evcc import protocols
from evcc.config import ConfigError, EVCCConfig, config_from_dict
from evcc.controller import EnergyTransfer
from iso15118.session import app_protocol


def test_registry_knows_iso15118_20_and_names_the_unknown() -> None:
    assert "ISO15118-20" in protocols.names()
    d20 = protocols.protocol("ISO15118-20")
    assert d20.name == "ISO15118-20"
    assert set(d20.app_protocols) == {app_protocol.ISO15118_20_AC, app_protocol.ISO15118_20_DC}
    with pytest.raises(protocols.UnknownProtocolError, match="CHAdeMO"):
        protocols.protocol("CHAdeMO")


@pytest.mark.parametrize("transfer, expected", [(EnergyTransfer.DC, app_protocol.ISO15118_20_DC),
                                                (EnergyTransfer.AC, app_protocol.ISO15118_20_AC)])
def test_iso15118_20_offer_follows_energy_transfer(transfer: EnergyTransfer, expected: app_protocol.AppProtocol) -> None:
    offer = protocols.make_offer(EVCCConfig(energy_transfer=transfer), "TLSv1.3")
    assert [a.ProtocolNamespace for a in offer.request.AppProtocol] == [expected.namespace]
    assert offer.by_namespace[expected.namespace].name == "ISO15118-20"


def test_iso15118_20_needs_tls_13_unless_lab_plain_tcp() -> None:
    with pytest.raises(app_protocol.NegotiationError, match="plain TCP"):
        protocols.make_offer(EVCCConfig(), None)
    with pytest.raises(app_protocol.NegotiationError, match="TLSv1.2"):
        protocols.make_offer(EVCCConfig(), "TLSv1.2")
    assert protocols.make_offer(EVCCConfig(allow_plain_tcp=True), None).request.AppProtocol
    assert not protocols.any_runs_over_plain_tcp(EVCCConfig())
    assert protocols.any_runs_over_tls(EVCCConfig())


def test_offer_chosen_maps_the_secc_answer_back_to_the_protocol() -> None:
    offer = protocols.make_offer(EVCCConfig(), "TLSv1.3")
    secc = app_protocol.negotiate(offer.request, [app_protocol.ISO15118_20_DC])
    proto, chosen = offer.chosen(secc.response)
    assert proto.name == "ISO15118-20" and chosen == app_protocol.ISO15118_20_DC
    refused = app_protocol.negotiate(offer.request, [app_protocol.DIN70121])
    with pytest.raises(app_protocol.NegotiationError):
        offer.chosen(refused.response)


def test_config_protocols_default_and_errors() -> None:
    assert EVCCConfig().protocols == ("ISO15118-20",)
    assert config_from_dict({"protocols": ["ISO15118-20"]}).protocols == ("ISO15118-20",)
    for bad, why in [([], "non-empty list"), ("ISO15118-20", "non-empty list"), ([1], "non-empty list"),
                     (["ISO15118-20", "ISO15118-20"], "twice"), (["CHAdeMO"], "unknown")]:
        with pytest.raises(ConfigError, match=why):
            config_from_dict({"protocols": bad})


def test_offer_keeps_priority_and_drops_what_the_transport_cannot_carry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain-TCP protocol (as DIN 70121 is) beside -20: TLS 1.3 carries -20 only if it allows it,
    plain TCP carries only the plain one; the SECC's choice maps back to the right package."""
    import sys
    import types

    from iso15118.session import framing

    din_like = protocols.EVCCProtocol(
        name="DIN-LIKE", app_protocols=(app_protocol.DIN70121,),
        transport=protocols.Transport(tls_versions=frozenset(), plain_tcp=True),
        decode=framing.decode_payload, payload_type_of=framing.payload_type_of,
        new_session=lambda config, **kw: None,  # type: ignore[arg-type,return-value]
        offer=lambda config: (app_protocol.DIN70121,),
    )
    module = types.ModuleType("fake_din_like")
    module.PROTOCOL = din_like  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_din_like", module)
    monkeypatch.setitem(protocols._PACKAGES, "DIN-LIKE", "fake_din_like")
    config = EVCCConfig(protocols=("ISO15118-20", "DIN-LIKE"))
    assert protocols.any_runs_over_plain_tcp(config) and protocols.any_runs_over_tls(config)
    plain = protocols.make_offer(config, None)
    assert [a.ProtocolNamespace for a in plain.request.AppProtocol] == [app_protocol.DIN70121.namespace]
    both = protocols.make_offer(replace(config, allow_plain_tcp=True), None)
    assert [(a.ProtocolNamespace, a.Priority) for a in both.request.AppProtocol] == [
        (app_protocol.ISO15118_20_DC.namespace, 1), (app_protocol.DIN70121.namespace, 2)]
    secc = app_protocol.negotiate(both.request, [app_protocol.DIN70121, app_protocol.ISO15118_20_AC])
    assert both.chosen(secc.response)[0] is din_like
