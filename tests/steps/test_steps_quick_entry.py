"""Quick entry: one line per item, questions through the picker, focus kept."""

from __future__ import annotations

from cocreatie.models import Participant, Session, TimeOfDay
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.templating.model import StepType
from cocreatie.widgets.quick_entry import QuickEntry, QuickLine

from .conftest import people, type_text


async def test_wishes_one_line_each_and_focus_stays_in_the_line(run_step, session: Session) -> None:
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        await pilot.press("n")
        line = view.query_one(QuickLine)
        assert app.focused is line
        hint = view.query_one(".quick-hint")
        assert "@plek" in str(hint.render())  # the syntax is explained
        await type_text(pilot, "Anja: Betere verlichting fietspad @De Bazuin #73ak")
        assert "De Bazuin" in str(hint.render())  # what Enter will save
        await pilot.press("enter")
        await pilot.pause()
        [wish] = session.wishes
        assert wish.text == "Betere verlichting fietspad"
        assert wish.participant_ids == [people(session)["Anja"]]
        assert wish.location.text == "De Bazuin"
        assert len(wish.factor_ids) == 2 and wish.time_of_day is TimeOfDay.EVENING
        assert line.value == "" and app.focused is line, "ready for the next wish"
        await type_text(pilot, "Bankje bij het speelveld #hallo")
        await pilot.press("enter")
        await pilot.pause()
        assert session.wishes[1].text == "Bankje bij het speelveld #hallo"
        await pilot.press("escape")
        assert app.focused is view.table
        assert app.changed == 2


async def test_an_ambiguous_name_is_asked_with_the_picker(run_step, session: Session) -> None:
    session.add(Participant(display_name="Henk"))
    hester = session.add(Participant(display_name="Hester"))
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        await pilot.press("n")
        await type_text(pilot, "H: donker pad")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePicker)
        await type_text(pilot, "es")
        await pilot.press("enter")
        await pilot.pause()
        [wish] = session.wishes
        assert wish.participant_ids == [hester.id]
        assert app.focused is view.query_one(QuickLine)


async def test_a_refused_line_stays_with_the_reason(run_step, session: Session) -> None:
    async with run_step(StepType.WISHES, session) as (_app, pilot, view):
        await pilot.press("n")
        await type_text(pilot, "Licht #a #n")
        await pilot.press("enter")
        await pilot.pause()
        assert session.wishes == []
        line = view.query_one(QuickLine)
        assert line.value == "Licht #a #n", "nothing typed is lost"
        assert view.query_one(QuickEntry).query_one(".quick-hint").has_class("-problem")
