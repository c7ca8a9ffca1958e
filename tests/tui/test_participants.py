"""The participants step: fast adding, consent before contact, withdrawing, erasing."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from cocreatie.followup import fresh_session
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.screens.steps.participants import ParticipantsView
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import RecordTable

from .conftest import SIZE, flush, goto_step, make_app, settle, stored, wait_for_session


def _new_session(data_dir: Path) -> str:
    template = load_template("greenfield-buurt")
    with SessionRepository(data_dir).create(fresh_session(template, "Deelnemers")) as opened:
        return opened.id


async def _participants(pilot) -> ParticipantsView:
    await wait_for_session(pilot)
    screen = await goto_step(pilot, 1)
    return screen.query_one(ParticipantsView)


async def test_bad_names_are_refused_inline_and_nothing_is_added(data_dir: Path) -> None:
    session_id = _new_session(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        view = await _participants(pilot)
        name = view.query_one("#participant-name", Input)
        assert name.has_focus  # typing can start at once
        await pilot.press("enter")  # empty name
        problem = view.query_one("#participant-error", ProblemLine)
        assert problem.messages == ["Typ eerst een naam."]
        name.value = "x" * 10_000  # an accidental huge paste
        await pilot.press("enter")
        assert any("hoogstens 80 tekens" in m for m in problem.messages)
        name.value = "Evil\x1b[2Jname"  # an escape sequence from a chat app
        await pilot.press("enter")
        assert any("stuurtekens" in m for m in problem.messages)
        assert view.session.participants == []
        name.value = "Anja"
        await pilot.press("enter")
        assert [p.display_name for p in view.session.participants] == ["Anja"]
        assert problem.messages == []
        assert name.value == ""  # ready for the next name


async def test_contact_details_need_recorded_consent(data_dir: Path) -> None:
    session_id = _new_session(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        view = await _participants(pilot)
        await pilot.press(*"Anja", "enter")
        await settle(pilot)
        view.query_one(RecordTable).focus()
        await pilot.press("c")  # contact first: refused, no form
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ItemForm)
        assert "toestemming" in view.query_one("#participant-error", ProblemLine).messages[0]

        await pilot.press("t")  # record consent; the scope is required
        await settle(pilot)
        assert isinstance(pilot.app.screen, ItemForm)
        await pilot.press("ctrl+s")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, ItemForm)
        assert form.messages == [
            "Waarvoor toestemming: vul in waarvoor de persoon toestemming geeft"
        ]
        await pilot.press(*"terugkoppeling over acties", "ctrl+s")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, ItemForm)
        anja = view.session.participants[0]
        assert anja.has_consent and anja.consent is not None
        assert anja.consent.scope == "terugkoppeling over acties"

        await pilot.press("c")  # now the contact form opens
        await settle(pilot)
        assert isinstance(pilot.app.screen, ItemForm)
        await pilot.press(*"06-12345678", "ctrl+s")
        await settle(pilot)
        flush(app)
        assert stored(data_dir, session_id).participants[0].contact.phone == "06-12345678"

        await pilot.press("w")  # withdraw: asks, then erases the contact at once
        await settle(pilot)
        await pilot.press("tab", "enter")  # from the safe "Nee" to "Ja"
        await settle(pilot)
        flush(app)
    anja = stored(data_dir, session_id).participants[0]
    assert not anja.has_consent
    assert anja.contact is None


async def test_erase_keeps_the_pseudonym_and_remove_asks_first(data_dir: Path) -> None:
    session_id = _new_session(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        view = await _participants(pilot)
        await pilot.press(*"Anja", "enter", *"Henk", "enter")
        await settle(pilot)
        view.query_one(RecordTable).focus()
        await pilot.press("up", "ctrl+e")  # the cursor was on Henk, the newest
        await settle(pilot)
        await pilot.press("escape")  # changed our mind: nothing happens
        await settle(pilot)
        assert not view.session.participants[0].erased
        await pilot.press("ctrl+e")
        await settle(pilot)
        await pilot.press("tab", "enter")
        await settle(pilot)
        first = view.session.participants[0]
        assert first.erased and first.display_name == first.pseudonym == "Bewoner 1"
        await pilot.press("down", "delete")
        await settle(pilot)
        await pilot.press("tab", "enter")
        await settle(pilot)
        flush(app)
    assert [p.display_name for p in stored(data_dir, session_id).participants] == ["Bewoner 1"]
