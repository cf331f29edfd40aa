"""The real clients' translations into the adapters' shapes: openleadr event dicts and 2030.5 DERControlBase."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("envoy_schema", reason="the grid extra is not installed")

from envoy_schema.server.schema.sep2.der import DERControlBase  # noqa: E402

from secc.grid.clients.csip_client import CSIPError, control_base, parse  # noqa: E402
from secc.grid.clients.openadr_ven import oadr_event  # noqa: E402
from secc.grid.model import GridDataError  # noqa: E402

SEP = 'xmlns="urn:ieee:std:2030.5:ns" xmlns:csipaus="https://csipaus.org/ns"'


def _base(body: str) -> DERControlBase:
    return parse(f"<DERControlBase {SEP}>{body}</DERControlBase>".encode(), DERControlBase, "test")


def test_charge_and_discharge_limits_of_the_device_cap_import_and_export() -> None:
    base = _base("<csipaus:opModImpLimW><multiplier>3</multiplier><value>8</value></csipaus:opModImpLimW>"
                 "<csipaus:opModLoadLimW><multiplier>0</multiplier><value>5000</value></csipaus:opModLoadLimW>"
                 "<csipaus:opModGenLimW><multiplier>0</multiplier><value>1500</value></csipaus:opModGenLimW>")
    assert control_base(base, "t") == {"opModImpLimW": {"value": 5000, "multiplier": 0},
                                       "opModExpLimW": {"value": 1500, "multiplier": 0}}


def test_de_energise_disconnects_and_unsupported_controls_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    base = _base("<opModEnergize>false</opModEnergize><opModMaxLimW>5000</opModMaxLimW>")
    assert control_base(base, "DERControl X") == {"opModConnect": False}
    assert "opModMaxLimW not supported" in caplog.text


def test_malformed_resources_are_csip_errors() -> None:
    with pytest.raises(CSIPError, match="not a valid DERControlBase"):
        parse(b"<DERControlBase", DERControlBase, "GET /x")
    with pytest.raises(CSIPError, match="DOCTYPE"):
        parse(b'<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><DERControlBase xmlns="urn:ieee:std:2030.5:ns">&e;</DERControlBase>',
              DERControlBase, "GET /x")


def _event(**descriptor: object) -> dict[str, object]:
    start = dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)
    return {
        "event_descriptor": {"event_id": "e1", "modification_number": 2, "priority": 1, "event_status": "far", **descriptor},
        "active_period": {"dtstart": start, "duration": dt.timedelta(hours=1)},
        "event_signals": [{"signal_name": "LOAD_CONTROL", "signal_type": "x-loadControlCapacity", "signal_id": "s1",
                           "intervals": [{"dtstart": start, "duration": dt.timedelta(minutes=30), "signal_payload": 0.4, "uid": 0},
                                         {"dtstart": start, "duration": dt.timedelta(minutes=30), "signal_payload": 0.7, "uid": 1}]}],
    }


def test_openleadr_event_dict_becomes_an_oadr_event() -> None:
    event = oadr_event(_event())
    assert (event.eventID, event.modificationNumber, event.priority, event.eventStatus) == ("e1", 2, 1, "far")
    assert event.dtstart == dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc).timestamp() and event.duration_s == 3600
    assert [(i.duration_s, i.value, i.uid) for i in event.signals[0].intervals] == [(1800, 0.4, "0"), (1800, 0.7, "1")]
    assert oadr_event(_event(test_event="true")).testEvent


def test_malformed_openleadr_event_is_a_grid_data_error() -> None:
    broken = _event()
    del broken["active_period"]
    with pytest.raises(GridDataError, match="malformed event"):
        oadr_event(broken)


def test_gpio_dred_on_a_missing_chip_is_an_input_error_and_the_station_lives_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("gpiod", reason="the gpio extra is not installed")
    from secc.grid.settings import parse_grid_table
    from secc.grid.sources.dred import DREDInputError
    from secc.grid.station import GridStation

    chip = tmp_path / "gpiochip9"
    station = GridStation(parse_grid_table({"import_w": 7400, "dred": {"input": "gpio", "chip": str(chip),
                                                                        "lines": {"DRM0": 0, "DRM2": 2}}}, tmp_path))
    assert station.dred is not None
    with pytest.raises(DREDInputError, match="gpiochip9: line request failed"):
        station.dred.input.read()
    assert station.dred.poll() is False  # logged; the source only misses its heartbeat
    assert station.manager.current_limits().import_limit_w == 7400


def test_without_gpiod_the_gpio_dred_uses_the_kernel_uapi(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    from secc.grid.settings import parse_grid_table
    from secc.grid.sources.dred import CharDevGPIODRMInput, GpiodDRMInput
    from secc.grid.station import GridStation

    table = {"import_w": 7400, "dred": {"input": "gpio", "chip": str(tmp_path / "gpiochip0"), "lines": {"DRM0": 0}}}
    monkeypatch.setitem(sys.modules, "gpiod", None)
    station = GridStation(parse_grid_table(table, tmp_path))
    assert isinstance(station.dred.input, CharDevGPIODRMInput)  # type: ignore[union-attr]
    monkeypatch.delitem(sys.modules, "gpiod")
    pytest.importorskip("gpiod", reason="the gpio extra is not installed")
    assert isinstance(GridStation(parse_grid_table(table, tmp_path)).dred.input, GpiodDRMInput)  # type: ignore[union-attr]


async def test_a_failing_source_is_restarted_and_the_others_keep_running(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from secc.grid.settings import parse_grid_table
    from secc.grid.station import GridStation

    runs: list[int] = []

    class Flaky:
        async def run(self) -> None:
            runs.append(1)
            if len(runs) == 1:
                raise ConnectionError("peer down")
            await asyncio.Event().wait()

    (tmp_path / "drm").write_text("none")
    station = GridStation(parse_grid_table({"import_w": 7400, "dred": {"input": "file", "path": "drm"}}, tmp_path),
                          extra_sources=[lambda station: Flaky()])
    await station.start()
    try:
        (tmp_path / "drm").write_text("DRM2")
        for _ in range(200):  # the DRED keeps being polled while the flaky source waits for its restart
            if station.manager.current_limits().import_limit_w == 3700:
                break
            await asyncio.sleep(0.01)
        assert station.manager.current_limits().import_limit_w == 3700
        for _ in range(300):  # restarted after the first backoff (1 s)
            if len(runs) == 2:
                break
            await asyncio.sleep(0.01)
        assert len(runs) == 2
    finally:
        await station.close()


@pytest.mark.parametrize("consent", [True, False])
def test_configured_consent_decides_whether_drm4_asks_the_ev_for_more(tmp_path, consent: bool) -> None:  # type: ignore[no-untyped-def]
    from secc.grid.settings import parse_grid_table
    from secc.grid.station import GridStation

    (tmp_path / "drm").write_text("DRM4")
    station = GridStation(parse_grid_table({"import_w": 7400, "import_increase_consent": consent,
                                            "dred": {"input": "file", "path": "drm"}}, tmp_path))
    assert station.dred is not None and station.dred.poll()
    limits = station.manager.current_limits()
    assert limits.import_increase_requested is consent
    assert limits.active_modes[0].honoured is consent


def test_ended_openadr_events_are_forgotten(make_manager) -> None:  # type: ignore[no-untyped-def]
    from secc.grid.sources.openadr import OadrEvent, OadrEventSignal, OadrInterval, OpenADRAdapter

    adapter = OpenADRAdapter(make_manager())
    signal = OadrEventSignal("LOAD_CONTROL", "x-loadControlCapacity", (OadrInterval(600, 0.5),))
    events = [OadrEvent(f"e{i}", 0, 1, "active", 1_800_000_000.0 + 1000 * i, 600, (signal,)) for i in range(3)]
    adapter.distribute_event(events, now=1_800_000_000.0)
    adapter.forget_ended(1_800_001_700.0)  # e0 and e1 are over, e2 runs until ...2600
    adapter.distribute_event([], now=1_800_001_700.0)
    assert {r.key.split(":")[0] for r in adapter.manager._requests["openadr"]} == {"e2"}
