"""Pilot tests of the "Wensen" step: capture, dot voting, order, priority, matrix."""

from __future__ import annotations

from textual.widgets import Input

from cocreatie.models import Quadrant, Session, Wish, Worry
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.multi_choice import MultiChoice
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.quadrant_view import QuadrantView
from cocreatie.widgets.record_table import RecordTable

from .conftest import people, type_text


def _wishes(session: Session, *texts: str) -> list[Wish]:
    return [session.add(Wish(text=text)) for text in texts]


async def test_a_wish_is_captured_with_people_factors_and_place(run_step, session: Session) -> None:
    names = people(session)
    [earlier] = _wishes(session, "Bestaande wens")
    async with run_step(StepType.WISHES, session) as (app, pilot, _view):
        await pilot.press("ctrl+f")  # the step opens on the quick line; its full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await type_text(pilot, "Meer licht op het fietspad")
        # Participants: open the picker, Space on the first, Enter.
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.press("space", "enter")
        await pilot.pause()
        # Factors: the picker takes the factor number keys.
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.press("7", "8", "enter")
        await pilot.pause()
        assert form.query_one("#field-factor_ids", MultiChoice).values == [
            "inrichting",
            "toezicht",
        ]
        form.query_one("#field-location_text", Input).value = "Fietspad Rosmolenstraat"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
        assert session.wishes[0] == earlier
        wish = session.wishes[1]
        assert wish.text == "Meer licht op het fietspad"
        assert wish.participant_ids == [names["Anja"]]
        assert wish.factor_ids == ["inrichting", "toezicht"]
        assert wish.location.text == "Fietspad Rosmolenstraat"
        # The new wish is selected: the room's dots go to it (from the list:
        # after a save the quick line waits for the next wish).
        await pilot.press("escape", "plus")
        await pilot.pause()
        assert [w.votes for w in session.wishes] == [0, 1]
        assert app.changed == 2


async def test_dot_voting_sorting_and_priority(run_step, session: Session, greenfield) -> None:
    first, second, third = _wishes(session, "Drempels", "Licht", "Spreekuur")
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        table = view.query_one("#wishes", RecordTable)
        table.focus()
        await pilot.press("down", "plus", "plus", "plus", "minus")  # Licht: 2
        await pilot.press("down", "plus", "plus", "plus")  # Spreekuur: 3
        await pilot.press("up", "up", "equals_sign")  # Drempels: 1 (= is + unshifted)
        await pilot.pause()
        assert [w.votes for w in session.wishes] == [1, 2, 3]
        assert table.row_keys == [first.id, second.id, third.id], "order of entry first"
        await pilot.press("o")
        await pilot.pause()
        assert table.row_keys == [third.id, second.id, first.id], "sorted by votes"
        assert table.selected_key == first.id, "the cursor stays on the same wish"
        await pilot.press("p")
        await pilot.pause()
        assert [w.prioritised for w in session.wishes] == [True, False, False]
        # Prioritise the top N of the template at once (5 here, so all three).
        await pilot.press("t")
        await pilot.pause()
        assert all(w.prioritised for w in session.wishes)
        assert app.changed == 8 + 1 + 1  # votes, priority, top N


async def test_minus_below_zero_is_refused_with_a_message(run_step, session: Session) -> None:
    _wishes(session, "Drempels")
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        await pilot.press("escape", "minus")
        await pilot.pause()
        assert session.wishes[0].votes == 0
        assert view.query_one(ProblemLine).messages == [
            "Stemmen: moet minstens 0 zijn (ingevuld: -1)"
        ]
        assert app.changed == 0


async def test_worry_and_visible_action_place_the_wish_in_the_matrix(
    run_step, session: Session
) -> None:
    first, second = _wishes(session, "Drempels", "Licht")
    async with run_step(StepType.WISHES, session) as (_app, pilot, view):
        quadrants = view.query_one(QuadrantView)
        await pilot.press("escape", "b", "z", "z")  # Drempels: high worry, no visible action
        await pilot.press("down", "b", "b", "z")  # Licht: low worry, visible action
        await pilot.pause()
        assert session.wishes[0].worry is Worry.HIGH
        assert session.wishes[0].visible_action is False
        assert quadrants.placement() == {
            first.id: Quadrant.ACT_OR_EXPLAIN,
            second.id: Quadrant.ACT_QUIETLY,
        }
        # The matrix tab keeps the keys working; ↑ selects the other wish.
        await pilot.press("f3")
        await pilot.pause()
        assert quadrants.has_focus
        await pilot.press("up", "z", "z")  # Drempels: nee → — → ja: act and tell
        await pilot.pause()
        assert quadrants.placement()[first.id] is Quadrant.ACT_AND_TELL
        lines = view.presentation_lines()
        assert any("Aanpakken en laten zien" in line for line in lines)


async def test_a_bad_wish_stays_in_the_form_and_is_not_saved(run_step, session: Session) -> None:
    async with run_step(StepType.WISHES, session) as (app, pilot, _view):
        await pilot.press("ctrl+f")  # the step opens on the quick line; its full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await pilot.press("enter")  # empty text
        await pilot.pause()
        assert form.messages == ["Tekst: mag niet leeg zijn"]
        form.query_one("#field-text", Input).value = "Licht"
        form.query_one("#field-location_text", Input).value = "x" * 10_000
        await pilot.press("enter")
        await pilot.pause()
        assert form.messages == ["Tekst: mag hoogstens 200 tekens lang zijn (nu 10000)"]
        assert app.screen is form
        await pilot.press("escape", "j")  # typed text: Esc asks first
        await pilot.pause()
        assert app.screen is not form
        assert session.wishes == []
        assert app.changed == 0
