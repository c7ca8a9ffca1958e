"""Pilot tests of the "Vaste aanspreekpunten" step."""

from __future__ import annotations

from textual.widgets import Input

from cocreatie.models import Actor, ContactPerson, ContactSubject, Session, Wish
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.record_table import RecordTable
from cocreatie.widgets.single_choice import SingleChoice
from cocreatie.widgets.warning_list import WarningList


def _setup(session: Session) -> tuple[Wish, Wish, Actor]:
    drempels = session.add(Wish(text="Drempels", prioritised=True))
    licht = session.add(Wish(text="Licht", prioritised=True))
    agent = session.add(Actor(function="Wijkagent", person_name="Marloes"))
    return drempels, licht, agent


async def test_a_contact_person_for_a_wish_without_one(run_step, session: Session) -> None:
    drempels, _licht, agent = _setup(session)
    async with run_step(StepType.CONTACTS, session) as (app, pilot, view):
        warnings = view.query_one(WarningList)
        assert warnings.lines == [
            "Wens zonder vast aanspreekpunt: Drempels",
            "Wens zonder vast aanspreekpunt: Licht",
        ]
        await pilot.press("escape", "w")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        # Prefilled: a contact for the first wish that has none.
        assert form.query_one("#field-subject_kind", SingleChoice).value == "wish"
        assert form.query_one("#field-wish_id", SingleChoice).value == drempels.id
        form.query_one("#field-actor_id", SingleChoice).value = agent.id
        form.query_one("#field-channel", Input).value = "spreekuur in het buurthuis"
        form.query_one("#field-feedback_days", Input).value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        [contact] = session.contacts
        assert (contact.wish_id, contact.actor_id, contact.feedback_days) == (
            drempels.id,
            agent.id,
            3,
        )
        assert contact.channel == "spreekuur in het buurthuis"
        assert warnings.lines == [
            "Wens zonder vast aanspreekpunt: Licht",
            "Wijkagent – Marloes heeft nog niet ingestemd als aanspreekpunt",
        ]
        # a: the person agreed.
        await pilot.press("a")
        await pilot.pause()
        assert session.contacts[0].agreed is True
        assert warnings.lines == ["Wens zonder vast aanspreekpunt: Licht"]
        assert app.changed == 2


async def test_a_person_with_too_many_items_is_flagged(run_step, session: Session) -> None:
    _setup(session)
    for subject in ("Verkeer", "Groen", "Afval"):
        session.add(
            ContactPerson(subject=subject, person_name="Karin", agreed=True),
        )
    async with run_step(StepType.CONTACTS, session) as (app, pilot, view):
        table = view.query_one(RecordTable)
        warnings = view.query_one(WarningList)
        assert not any("zaken" in line for line in warnings.lines)
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        assert form.query_one("#field-subject_kind", SingleChoice).value == "theme"
        form.query_one("#field-subject", Input).value = "Jongeren"
        form.query_one("#field-person_name", Input).value = "Karin"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert len(session.contacts) == 4
        assert "Karin is aanspreekpunt voor 4 zaken (meer dan 3)" in warnings.lines
        assert str(table.get_row(session.contacts[0].id)[1]) == "⚠ Karin"
        assert session.contacts[-1].subject_kind is ContactSubject.THEME


async def test_bad_contact_input_is_refused_in_the_form(run_step, session: Session) -> None:
    _setup(session)
    async with run_step(StepType.CONTACTS, session) as (app, pilot, view):
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-subject", Input).value = "Verkeer"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.messages == ["Naam persoon: kies een actor of vul een naam in"]
        form.query_one("#field-person_name", Input).value = "Karin"
        form.query_one("#field-feedback_days", Input).value = "vijf"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.messages == [
            "Terugkoppeling binnen (werkdagen): vul een heel getal in (ingevuld: vijf)"
        ]
        form.query_one("#field-feedback_days", Input).value = "99"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.messages == [
            "Terugkoppeling binnen (werkdagen): mag hoogstens 60 zijn (ingevuld: 99)"
        ]
        assert session.contacts == []
        assert app.changed == 0
        form.query_one("#field-feedback_days", Input).value = "10"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [c.feedback_days for c in session.contacts] == [10]
        assert app.changed == 1
        assert "Verkeer: Karin · via — · u hoort binnen 10 werkdagen iets terug" in (
            view.presentation_lines()
        )
