"""Create a session from the home screen, fill it in, and find it all again."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from cocreatie.analysis.step_states import StepState
from cocreatie.screens.home import HomeScreen
from cocreatie.screens.session import SessionScreen
from cocreatie.store import SessionRepository
from cocreatie.widgets.step_list import StepList

from .conftest import SIZE, flush, make_app, settle, stored, wait_for_session


async def _new_session(pilot: Pilot, title: str) -> SessionScreen:
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    await pilot.press(*title, "enter")  # title, then on to the template list
    await pilot.press("enter")  # the first template: the greenfield session
    return await wait_for_session(pilot)


async def test_create_fill_in_and_reopen(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _new_session(pilot, "Buurtavond Noord")
        session_id = screen.session.id
        # Step 1, preparation: the title field has the focus.
        neighbourhood = screen.query_one("#prep-neighbourhood", Input)
        neighbourhood.focus()
        await pilot.press(*"Molenbuurt")
        streets = screen.query_one("#prep-greenfield_area", Input)
        streets.focus()
        await pilot.press(*"Wipmolenweg, Rosmolenstraat")
        date = screen.query_one("#prep-date", Input)
        date.focus()
        await pilot.press(*"2026-03-12", "enter")
        # Step 2, participants: type, Enter, next.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        for name in ("Anja", "Henk", "Karin de Boer, gebiedsmanager, Gemeente"):
            await pilot.press(*name, "enter")
        await settle(pilot)
        flush(app)

    on_disk = stored(data_dir, session_id)
    assert on_disk.meta.title == "Buurtavond Noord"
    assert on_disk.meta.neighbourhood == "Molenbuurt"
    assert on_disk.meta.greenfield_area == ["Wipmolenweg", "Rosmolenstraat"]
    assert str(on_disk.meta.date) == "2026-03-12"
    # Retention follows the date: date + the template's 365 days.
    assert str(on_disk.privacy.retention_until) == "2027-03-12"
    people = {p.display_name: p for p in on_disk.participants}
    assert set(people) == {"Anja", "Henk", "Karin de Boer"}
    assert people["Karin de Boer"].kind == "professional"
    assert people["Karin de Boer"].function == "gebiedsmanager"
    assert people["Anja"].kind == "resident"
    assert on_disk.progress.current_step == 1

    # A new app on the same folder: the session is listed and opens where we left.
    again = make_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        assert [s.id for s in home.summaries] == [session_id]
        await pilot.press("enter")
        screen = await wait_for_session(pilot)
        assert screen.current == 1
        names = [p.display_name for p in screen.session.participants]
        assert names == ["Anja", "Henk", "Karin de Boer"]


async def test_steps_move_by_keyboard_and_mark_done(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        last = len(screen.template.steps) - 1
        assert screen.current == last  # the demo stopped at its closing step
        await pilot.press("ctrl+pageup")
        await settle(pilot)
        assert screen.current == last - 1
        await pilot.press("alt+left", "alt+left")
        await settle(pilot)
        assert screen.current == last - 3
        await pilot.press("alt+right")
        await settle(pilot)
        assert screen.current == last - 2
        # Jump anywhere through "ga naar stap…": no order is forced.
        await pilot.press("ctrl+g")
        await settle(pilot)
        await pilot.press(*"stap 1", "enter")
        await settle(pilot)
        assert screen.current == 0
        # The closing step is not done in the demo; F4 marks it done.
        screen.action_goto(last)
        await settle(pilot)
        closing_id = screen.template.steps[last].id
        assert closing_id not in screen.session.progress.done
        await pilot.press("f4")
        await settle(pilot)
        flush(app)
        step_list = screen.query_one(StepList)
        assert step_list.get_option_at_index(last).prompt.plain.startswith("▶✓")
    assert closing_id in stored(data_dir, demo_id).progress.done


async def test_step_list_shows_states_in_symbols_and_words(data_dir: Path) -> None:
    repository = SessionRepository(data_dir)
    from cocreatie.followup import fresh_session
    from cocreatie.templating import load_template

    template = load_template("greenfield-buurt")
    opened = repository.create(fresh_session(template, "Leeg"))
    session_id = opened.id
    opened.close()
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        prompts = [o.prompt.plain for o in screen.query_one(StepList).options]
    assert StepState.BUSY.symbol in prompts[0] and StepState.BUSY.label in prompts[0]
    assert all(StepState.NOT_STARTED.label in p for p in prompts[1:])
    assert all("○" in p for p in prompts[1:])
