"""Quick entry: one line per item, questions through the picker, focus kept."""

from __future__ import annotations

from textual.widgets import Input

from cocreatie.models import Participant, Session, TimeOfDay, Wish
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.quick_entry import QuickEntry, QuickLine

from .conftest import people, type_text


async def test_wishes_one_line_each_and_focus_stays_in_the_line(run_step, session: Session) -> None:
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        line = view.query_one(QuickLine)
        assert app.focused is line, "the step opens on its quick-entry line"
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
        await type_text(pilot, "Licht #a #n")
        await pilot.press("enter")
        await pilot.pause()
        assert session.wishes == []
        line = view.query_one(QuickLine)
        assert line.value == "Licht #a #n", "nothing typed is lost"
        assert view.query_one(QuickEntry).query_one(".quick-hint").has_class("-problem")


async def test_contribution_names_its_speaker_and_factors(run_step, session: Session) -> None:
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        line = view.query_one(QuickLine)
        assert app.focused is line
        await type_text(pilot, "Piet: 's avonds fiets ik er niet #3 8")
        await pilot.press("enter")
        await pilot.pause()
        [said] = session.veiligheid.contributions
        assert said.participant_id == people(session)["Piet"]
        assert said.text == "'s avonds fiets ik er niet"
        assert said.factor_ids == ["onbekende-anderen", "toezicht"]
        assert line.value == "" and app.focused is line
        await pilot.press("escape")
        assert app.focused is view.table, "Esc goes to the contributions"


async def test_participant_with_street_years_and_consent(run_step, session: Session) -> None:
    session.meta = session.meta.model_copy(update={"greenfield_area": ["Wipmolenweg"]})
    async with run_step(StepType.PARTICIPANTS, session) as (app, pilot, view):
        await type_text(pilot, "Karin Bos, wijkagent, Politie")
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "Yvonne @wipm #27 +")
        await pilot.press("enter")
        await pilot.pause()
        karin, yvonne = session.participants[-2:]
        assert (karin.kind, karin.function, karin.organisation) == (
            "professional",
            "wijkagent",
            "Politie",
        )
        assert (yvonne.area, yvonne.years_in_neighbourhood) == ("Wipmolenweg", 27)
        assert yvonne.has_consent
        assert app.focused is view.query_one(QuickLine), "the next name can follow at once"


async def test_actor_contact_and_action_each_on_one_line(run_step, session: Session) -> None:
    licht = session.add(Wish(text="Betere verlichting fietspad", votes=4, prioritised=True))
    async with run_step(StepType.ROLES, session) as (_roles_app, pilot, view):
        await pilot.press("n")
        await type_text(pilot, "Jongerenwerker, Welzijn Almere, Sanne Vos #welzijn")
        await pilot.press("enter")
        await pilot.pause()
        worker = session.actors[-1]
        assert (worker.organisation, worker.person_name) == ("Welzijn Almere", "Sanne Vos")
    async with run_step(StepType.CONTACTS, session) as (contacts_app, pilot, view):
        assert contacts_app.focused is view.query_one(QuickLine), "the step opens on its line"
        hint = str(view.query_one(".quick-hint").render())
        assert "Betere verlichting" in hint, "the prompt names the wish an empty line is for"
        await type_text(pilot, "@jonger, buurtapp #3 +")
        await pilot.press("enter")
        await pilot.pause()
        [contact] = session.contacts
        assert (contact.wish_id, contact.actor_id) == (licht.id, worker.id)
        assert (contact.channel, contact.feedback_days, contact.agreed) == ("buurtapp", 3, True)
    async with run_step(StepType.ACTIONS, session) as (actions_app, pilot, view):
        assert actions_app.focused is view.query_one(QuickLine), "the step opens on its line"
        await type_text(pilot, "=verl @jonger !1-6-2030 ?15-6-2030")
        await pilot.press("enter")
        await pilot.pause()
        [action] = session.actions
        assert action.title == licht.text and action.wish_ids == [licht.id]
        assert action.owner_actor_id == worker.id
        assert action.contact_id == contact.id
        assert str(action.deadline) == "2030-06-01"
        assert str(action.feedback_date) == "2030-06-15"


async def test_one_key_changes_a_participants_kind(run_step, session: Session) -> None:
    async with run_step(StepType.PARTICIPANTS, session) as (_app, pilot, view):
        view.table.focus()
        await pilot.press("s")
        await pilot.pause()
        assert session.participants[0].kind == "professional"
        await pilot.press("s", "s")
        await pilot.pause()
        assert session.participants[0].kind == "resident"


async def test_one_key_and_a_few_letters_set_a_street(run_step, session: Session) -> None:
    session.meta = session.meta.model_copy(update={"greenfield_area": ["Wipmolenweg", "Kade"]})
    async with run_step(StepType.PARTICIPANTS, session) as (_app, pilot, view):
        view.table.focus()
        await pilot.press("a", *"wipm", "enter")
        await pilot.pause()
        assert session.participants[0].area == "Wipmolenweg"
        assert "Wipmolenweg" in str(view.table.get_row_at(0))


async def test_ctrl_f_adds_the_line_then_opens_the_full_form(run_step, session: Session) -> None:
    async with run_step(StepType.PARTICIPANTS, session) as (app, pilot, _view):
        await type_text(pilot, "Yvonne, buurtmoeder")
        await pilot.press("ctrl+f")
        await pilot.pause()
        await pilot.pause()
        assert session.participants[-1].display_name == "Yvonne"
        assert isinstance(app.screen, ItemForm)
        assert app.screen.query_one("#field-display_name", Input).value == "Yvonne"


async def test_read_only_opens_on_the_list_and_f3_comes_back_to_it(
    run_step, session: Session
) -> None:
    session.add(Wish(text="Drempels"))
    async with run_step(StepType.WISHES, session, read_only=True) as (app, pilot, view):
        assert view.query_one(QuickLine).disabled
        assert app.focused is view.table, "no line to type in: the list has the focus"
        await pilot.press("f3", "f3")  # the matrix, and back to the list
        await pilot.pause()
        assert app.focused is view.table
