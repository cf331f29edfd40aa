"""DRM script player (text and TOML) and the asyncio service that drives the manager."""
import asyncio
from pathlib import Path

import pytest

import secc.grid
from secc.grid import DRM, GridConfig, GridDataError, GridLimitManager, GridService, Ratings
from secc.grid.script import DRMScriptPlayer, load_script, parse_text, parse_toml
from secc.grid.sources.dred import DREDAdapter, SimulatedDRMInput

EXAMPLES = Path(secc.grid.__file__).parent / "examples"


def test_text_and_toml_examples_agree():
    text, toml = load_script(EXAMPLES / "demo.drm"), load_script(EXAMPLES / "demo.toml")
    assert [s.at_s for s in text] == [s.at_s for s in toml] == [10, 20, 30, 40]
    modes = frozenset()
    for a, b in zip(text, toml):
        assert a.apply(modes) == b.apply(modes)
        modes = a.apply(modes)


@pytest.mark.parametrize(
    "text",
    ["10", "x DRM2", "-1 DRM2", "10 DRM9", "10 DRM2 +DRM5"],
)
def test_bad_text_scripts(text):
    with pytest.raises(GridDataError):
        parse_text(text)


@pytest.mark.parametrize(
    "text",
    ["step = 1", "[[step]]\nset = ['DRM2']", "[[step]]\nat = 1\nset = ['DRM2']\nadd = ['DRM5']", "[[step]]\nat = 1",
     "[[step]]\nat = 1\nset = 'DRM2'", "[[step]]\nat = 1\nfoo = 2", "not toml ["],
)
def test_bad_toml_scripts(text):
    with pytest.raises(GridDataError):
        parse_toml(text)


async def test_player_drives_dred_on_a_manual_clock(make_manager, clock):
    manager = make_manager()
    drm_input = SimulatedDRMInput()
    adapter = DREDAdapter(manager, drm_input)
    player = DRMScriptPlayer(load_script(EXAMPLES / "demo.drm"), drm_input)
    seen = []

    def on_step(step):
        adapter.poll()
        limits = manager.current_limits()
        seen.append((clock.time() - start, limits.import_limit_w, limits.export_limit_w, limits.disconnect))

    start = clock.time()
    await player.run(clock, on_step)
    assert seen == [
        (10, 5000.0, 8000.0, False),
        (20, 5000.0, 0.0, False),
        (30, 0.0, 0.0, True),
        (40, 10_000.0, 8000.0, False),
    ]
    assert player.finished and player.next_time() is None


def test_player_advance_applies_all_due_steps(clock):
    drm_input = SimulatedDRMInput()
    player = DRMScriptPlayer(parse_text("1 DRM2\n2 +DRM6\n3 -DRM2"), drm_input)
    with pytest.raises(GridDataError):
        player.advance(clock.time())
    player.start(clock.time())
    assert player.advance(clock.time() + 2.5) == player.steps[:2]
    assert drm_input.read() == {DRM.DRM2, DRM.DRM6}
    player.advance(clock.time() + 3)
    assert drm_input.read() == {DRM.DRM6}


async def test_service_publishes_to_async_subscribers():
    manager = GridLimitManager(GridConfig(Ratings(10_000.0, 8_000.0), randomisation_enabled=False))
    drm_input = SimulatedDRMInput()
    service = GridService(manager, [DREDAdapter(manager, drm_input)], poll_interval_s=0.01)
    queue = service.queue()
    task = asyncio.create_task(service.run())
    try:
        first = await asyncio.wait_for(queue.get(), 1.0)
        assert first.import_limit_w == 10_000.0
        drm_input.set([DRM.DRM2])
        limits = await asyncio.wait_for(queue.get(), 1.0)
        assert limits.import_limit_w == 5000.0 and limits.revision == first.revision + 1
    finally:
        service.stop()
        await asyncio.wait_for(task, 1.0)


async def test_service_runs_timers_without_pollers(make_manager, clock):
    manager = make_manager(seed=1, randomisation_enabled=True, randomised_delay_max_s=100)
    service = GridService(manager)
    queue = service.queue(maxsize=1)
    manager.submit("x", [secc.grid.LimitRequest(source="x", key="k", import_limit_w=1000.0)])
    manager.submit("x", [])
    assert queue.get_nowait().import_limit_w == 1000.0
    timeout = service.step()
    assert timeout is not None and 0 < timeout <= 100
    await clock.sleep(timeout)
    assert service.step() is None
    assert queue.get_nowait().import_limit_w == 10_000.0


def test_cli_plays_a_script_instantly(capsys):
    import json

    from secc.grid.__main__ import main

    assert main([str(EXAMPLES / "demo.drm"), "--import-w", "11000", "--export-w", "11000"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(x["t"], x["import_limit_w"], x["export_limit_w"], x["disconnect"]) for x in lines] == [
        (0.0, 11000.0, 11000.0, False), (10.0, 5500.0, 11000.0, False), (20.0, 5500.0, 0.0, False),
        (30.0, 0.0, 0.0, True), (40.0, 11000.0, 11000.0, False),
    ]
    assert main([str(EXAMPLES / "demo.toml"), "--max-delay-s", "600", "--seed", "3"]) == 0
    last = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert 40.0 <= last["t"] <= 640.0 and last["import_limit_w"] == 11000.0


def test_cli_errors(tmp_path, capsys):
    from secc.grid.__main__ import main

    assert main([str(tmp_path / "missing.drm")]) == 2
    bad = tmp_path / "bad.drm"
    bad.write_text("10 DRM9\n")
    assert main([str(bad)]) == 2
    assert "error" in capsys.readouterr().err


def test_a_failing_poller_does_not_stop_the_others(make_manager, clock):
    class Broken:
        def poll(self, now=None):
            raise RuntimeError("driver crashed")

    manager = make_manager()
    drm_input = SimulatedDRMInput([DRM.DRM1])
    service = GridService(manager, [Broken(), DREDAdapter(manager, drm_input)])
    service.step()
    assert manager.current_limits().import_limit_w == 0.0
