"""A phone number or e-mail address typed into free text is caught at entry."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from cocreatie.models import Actor, Session, Wish
from cocreatie.privacy.freetext import added_contact_problems, contact_problems
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.problem_line import ProblemLine

from .conftest import type_text

PHONE_TEXT = "Bel Anja op 06-12345678 over de lampen"
EMAIL_TEXT = "Mail piet@voorbeeld.nl als het weer gebeurt"


def test_the_rule_names_the_field_and_the_kind() -> None:
    assert contact_problems({"text": PHONE_TEXT}) == [
        "Tekst: een telefoonnummer hoort niet in vrije tekst. Zet het bij de deelnemer "
        "(met toestemming) of bij het aanspreekpunt onder 'Kanaal', en haal het hier weg."
    ]
    assert contact_problems({"remarks": EMAIL_TEXT})[0].startswith(
        "Opmerkingen: een e-mailadres hoort niet in vrije tekst."
    )
    # Where a channel is the point of the field, it stays allowed.
    assert contact_problems({"channel": "06-12345678", "phone": "06-12345678"}) == []
    # A date is not a phone number.
    assert contact_problems({"text": "Klaar op 01-04-2026"}) == []


def test_only_newly_typed_text_counts() -> None:
    before = {"wishes": [{"text": PHONE_TEXT, "votes": 1}]}
    after = {"wishes": [{"text": PHONE_TEXT, "votes": 2}]}
    assert added_contact_problems(before, after) == []
    after["wishes"].append({"text": EMAIL_TEXT})
    assert [p.split(":")[0] for p in added_contact_problems(before, after)] == ["Tekst"]


async def test_a_wish_with_a_phone_number_is_not_saved(run_step, session: Session) -> None:
    async with run_step(StepType.WISHES, session) as (app, pilot, _view):
        await pilot.press("n", "ctrl+f")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await type_text(pilot, "Meer licht")
        form.query_one("#field-location_text", Input).value = "Molenweg, bel 0612345678"
        await pilot.press("ctrl+s")
        await pilot.pause()
        # The form stays open with the typed text and the reason.
        assert app.screen is form
        assert form.messages[0].startswith("Locatie: een telefoonnummer hoort niet in vrije tekst")
        assert session.wishes == []
        form.query_one("#field-location_text", Input).value = "Molenweg"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
        assert [w.location.text for w in session.wishes] == ["Molenweg"]


async def test_a_contribution_typed_with_an_address_stays_in_the_input(
    run_step, session: Session
) -> None:
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        await type_text(pilot, "Mail me op jan@voorbeeld.nl")
        await pilot.press("enter")
        await pilot.pause()
        assert session.veiligheid.contributions == []
        assert view.query_one("#contribution-input", Input).value == "Mail me op jan@voorbeeld.nl"
        assert view.query_one(ProblemLine).messages[0].startswith("Tekst: een e-mailadres")
        assert app.invalid and app.changed == 0


async def test_closing_remarks_and_place_say_why_and_keep_a_mark_instead(
    run_step, session: Session
) -> None:
    async with run_step(StepType.CLOSING, session) as (_app, pilot, view):
        remarks = view.query_one("#closing-remarks", TextArea)
        remarks.focus()
        remarks.text = "Fijne avond"
        await pilot.pause()
        assert session.closing.remarks == "Fijne avond"
        remarks.text = "Fijne avond, bel 020-1234567 voor de sleutel"
        await pilot.pause()
        # Saved as typed are the words, not the number: no digit of it stays.
        assert session.closing.remarks == "Fijne avond, bel [telefoon] voor de sleutel"
        line = view.query_one("#closing-remarks-error", ProblemLine)
        assert line.messages[0].startswith("Opmerkingen: een telefoonnummer")
        # Fixed by the facilitator: saved, and the line clears.
        remarks.text = "Fijne avond, sleutel bij de beheerder"
        await pilot.pause()
        assert session.closing.remarks == "Fijne avond, sleutel bij de beheerder"
        assert line.messages == []
        place = view.query_one("#closing-next-place", Input)
        place.value = "Buurthuis, info@buurthuis.nl"
        await pilot.pause()
        assert session.closing.next_meeting.place == "Buurthuis, [e-mail]"
        error = view.query_one("#closing-next-error", ProblemLine)
        assert error.messages[0].startswith("Plaats: een e-mailadres")


async def test_the_preparation_place_is_masked_with_the_reason(run_step, session: Session) -> None:
    async with run_step(StepType.PREPARATION, session) as (_app, pilot, view):
        place = view.query_one("#prep-place", Input)
        # Typed key by key, as in the room: the number is whole only at the end.
        place.focus()
        await type_text(pilot, "Buurthuis 036-5391234")
        await pilot.pause()
        assert session.meta.place == "Buurthuis [telefoon]"
        error = view.query_one("#prep-place-error", ProblemLine)
        assert error.messages[0].startswith("Plaats: een telefoonnummer")
        assert place.value == "Buurthuis 036-5391234", "the field keeps what was typed"


async def test_a_contact_persons_work_channel_stays_allowed(run_step, session: Session) -> None:
    session.add(Wish(text="Drempels", prioritised=True))
    session.add(Actor(function="Wijkagent"))
    async with run_step(StepType.CONTACTS, session) as (app, pilot, _view):
        await pilot.press("escape", "w")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-person_name", Input).value = "Bram"
        form.query_one("#field-channel", Input).value = "06-11223344 (werk)"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
        assert [c.channel for c in session.contacts] == ["06-11223344 (werk)"]


async def test_old_text_does_not_block_an_edit_elsewhere(run_step, session: Session) -> None:
    # Saved before the rule existed: it opens, and voting still works.
    wish = session.add(Wish(text=PHONE_TEXT))
    async with run_step(StepType.WISHES, session) as (app, pilot, _view):
        await pilot.press("escape", "plus")
        await pilot.pause()
        assert session.get(Wish, wish.id).votes == 1
        assert app.changed == 1


async def test_a_street_or_name_with_contact_details_is_refused(run_step, session: Session) -> None:
    async with run_step(StepType.PARTICIPANTS, session) as (app, pilot, view):
        name = view.query_one("#participant-name", Input)
        name.value = "Piet piet@voorbeeld.nl"
        name.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert len(session.participants) == 3
        problem = view.query_one("#participant-error", ProblemLine)
        assert problem.messages[0].startswith("Naam: een e-mailadres")
        assert name.value == "Piet piet@voorbeeld.nl", "the typed text stays to be fixed"
        # The street of someone already there.
        view.table.focus()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-area", Input).value = "Molenweg 12, tel. 0612345678"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        assert form.messages[0].startswith("Straat of buurtdeel: een telefoonnummer")
        assert session.participants[0].area == ""
