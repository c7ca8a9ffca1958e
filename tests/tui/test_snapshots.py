"""How the app looks: the home screen and every step, at 80×24 and 120×40.

Deterministic on purpose: frozen clock, UTC, fixed theme, the fixed demo
session, a data folder in tmp_path given as a relative path (so no machine
path appears), fixed file times, and no blinking cursors.
Regenerate after a deliberate change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox

from cocreatie.app import CocreatieApp
from cocreatie.demo import DEMO_ID
from cocreatie.templating import load_template

from .conftest import demo, goto_step, make_app, set_mtimes, settle, steady, wait_for_session

SIZES = [(80, 24), (120, 40)]
STEP_COUNT = len(load_template("greenfield-buurt").steps)


@pytest.fixture
def snapshot_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_clock: datetime, utc: None
) -> Path:
    monkeypatch.chdir(tmp_path)
    relative = Path("data")
    demo(relative)
    set_mtimes(relative)
    return relative


async def _home_ready(pilot: Pilot) -> None:
    await settle(pilot)
    steady(pilot)
    await settle(pilot)


def _at_step(index: int) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_session(pilot)
        await goto_step(pilot, index)
        app = pilot.app
        assert isinstance(app, CocreatieApp) and app.live is not None
        app.live.flush(10)  # the status line then reads "opgeslagen", not "opslaan…"
        await settle(pilot)
        steady(pilot)
        await settle(pilot)

    return run_before


class TestHomeSnapshots:
    @pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
    def test_home(self, snap_compare, snapshot_dir: Path, size: tuple[int, int]) -> None:
        app = make_app(snapshot_dir)
        assert snap_compare(app, terminal_size=size, run_before=_home_ready)


class TestStepSnapshots:
    @pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
    @pytest.mark.parametrize("step", range(STEP_COUNT), ids=lambda i: f"step{i + 1}")
    def test_step(self, snap_compare, snapshot_dir: Path, step: int, size: tuple[int, int]) -> None:
        app = make_app(snapshot_dir, DEMO_ID)
        assert snap_compare(app, terminal_size=size, run_before=_at_step(step))


class TestPresentationSnapshot:
    def test_presentation_of_wishes(self, snap_compare, snapshot_dir: Path) -> None:
        async def run_before(pilot: Pilot) -> None:
            await _at_step(3)(pilot)
            await pilot.press("f5")
            await settle(pilot)

        app = make_app(snapshot_dir, DEMO_ID)
        assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


class TestFormSnapshot:
    def test_action_form_shows_its_checkbox_by_shape(
        self, snap_compare, snapshot_dir: Path
    ) -> None:
        """ "[x] ja" / "[ ] nee": on and off differ in shape, not only colour."""

        async def run_before(pilot: Pilot) -> None:
            await _at_step(6)(pilot)
            await pilot.press("ctrl+f")  # the step opens on the quick line; its full form
            await settle(pilot)
            pilot.app.screen.query_one("#field-agreed", Checkbox).value = True
            steady(pilot)
            await settle(pilot)

        app = make_app(snapshot_dir, DEMO_ID)
        assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
