"""Every list step opens on its quick-entry line, in the real app; and the
benchmark's quick scripts stay within issue 11's key targets."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from textual.pilot import Pilot

from cocreatie.models import Actor, ContactPerson, ContactSubject, Wish
from cocreatie.screens.session import SessionScreen
from cocreatie.widgets.quick_entry import QuickLine
from cocreatie.widgets.record_table import RecordTable

from .conftest import SIZE, goto_step, make_app, settle, wait_for_session

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "keystrokes.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("keystrokes", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["keystrokes"] = module
    spec.loader.exec_module(module)
    return module


def _index(screen: SessionScreen, step: str) -> int:
    return [s.type.value for s in screen.template.steps].index(step)


async def _type(pilot: Pilot, text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])
    await pilot.pause()


@pytest.mark.parametrize("step", ["definition", "wishes", "contacts", "actions"])
async def test_a_list_step_opens_on_its_line_and_esc_goes_to_the_list(
    data_dir: Path, demo_id: str, step: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await goto_step(pilot, _index(await wait_for_session(pilot), step))
        view = screen.step_view
        assert view is not None
        assert isinstance(app.focused, QuickLine), f"{step} opens on {app.focused!r}"
        assert view in app.focused.ancestors
        # Step keys work from the line: on to the next step and back.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        assert screen.current == _index(screen, step) + 1
        await pilot.press("ctrl+pageup")
        await settle(pilot)
        assert isinstance(app.focused, QuickLine), "back on the line"
        await pilot.press("escape")
        assert isinstance(app.focused, RecordTable), "Esc goes to the list"


async def test_ctrl_g_the_palette_and_f4_work_from_the_line(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await goto_step(pilot, _index(await wait_for_session(pilot), "wishes"))
        assert isinstance(app.focused, QuickLine)
        for key in ("ctrl+g", "ctrl+p"):
            await pilot.press(key)
            await settle(pilot)
            assert app.screen is not screen, f"{key} opens its dialog from the line"
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is screen
        step_id = screen.template.steps[screen.current].id
        was_done = step_id in screen.session.progress.done
        await pilot.press("f4")
        await settle(pilot)
        assert (step_id in screen.session.progress.done) is not was_done
        assert isinstance(app.focused, QuickLine) and app.focused.value == ""


async def test_the_actors_pane_opens_on_its_line(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await goto_step(pilot, _index(await wait_for_session(pilot), "roles"))
        assert not isinstance(app.focused, QuickLine), "the roles step opens on its matrix"
        await pilot.press("f3")  # the actors' pane
        await settle(pilot)
        assert isinstance(app.focused, QuickLine)
        await _type(pilot, "Jongerenwerker, Welzijn Almere")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.session.actors[-1].function == "Jongerenwerker"


async def test_an_action_line_with_bare_dates_takes_the_owner_from_the_wish(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        session = screen.session
        actor = session.add(Actor(function="Speeltuinvereniging", person_name="Ria"))
        wish = session.add(Wish(text="Hekwerk speeltuin dicht"))
        session.add(
            ContactPerson(subject_kind=ContactSubject.WISH, wish_id=wish.id, actor_id=actor.id)
        )
        await goto_step(pilot, _index(screen, "actions"))
        await _type(pilot, "=hekw 1-6-2031 15-6-2031")
        hint = str(screen.query_one(".quick-hint").render())
        assert "Speeltuinvereniging" in hint and "aanspreekpunt van de wens" in hint
        await pilot.press("enter")
        await settle(pilot)
        [action] = [a for a in session.actions if wish.id in a.wish_ids]
        assert action.owner_actor_id == actor.id
        assert (action.deadline, action.feedback_date) == (date(2031, 6, 1), date(2031, 6, 15))
        assert isinstance(app.focused, QuickLine) and app.focused.value == ""


async def test_the_quick_scripts_stay_within_the_key_targets() -> None:
    keystrokes = _benchmark()
    # Runs every task in the real app and checks its record (SystemExit if not done).
    counts = await keystrokes.drive("quick", keystrokes.QUICK)
    assert set(counts) == {task.step for task in keystrokes.TASKS}
    over = {s: (n, keystrokes.target(s)) for s, n in counts.items() if n > keystrokes.target(s)}
    assert not over, f"keys over target (count, target): {over}"
    assert counts["wishes"] <= 8, "a complete wish in at most 8 keys beyond its text"
