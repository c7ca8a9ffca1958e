"""Forms and quick lines typed into but not saved come back on reopen."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from cocreatie.models.draft import Draft
from cocreatie.screens.dialogs.draft_offer import DraftOffer
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.store import SessionRepository
from cocreatie.store.drafts import read_drafts, write_drafts
from cocreatie.widgets.quick_entry import QuickEntry

from .conftest import SIZE, demo, flush, goto_step, make_app, settle, stored, wait_for_session

WISHES = 3  # the demo's wishes step (index)
TYPED = "Meer licht op het fietspad en bij de bushalte"


def drafts_of(data_dir: Path, session_id: str) -> list[Draft]:
    return read_drafts(SessionRepository(data_dir).layout, session_id)


async def offer(pilot: Pilot) -> DraftOffer:
    for _ in range(50):
        await settle(pilot, 1)
        if isinstance(pilot.app.screen, DraftOffer):
            return pilot.app.screen
    raise AssertionError(f"no draft offered; on {pilot.app.screen!r}")


def question_of(dialog: DraftOffer) -> str:
    return str(dialog.query_one(".dialog-question", Static).content)


async def type_into_new_wish(data_dir: Path, session_id: str) -> None:
    """Open the new-wish form, type, and leave the app with the form open."""
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        view = (await goto_step(pilot, WISHES)).step_view
        assert view is not None
        view.action_new()  # type: ignore[attr-defined]
        await settle(pilot)
        assert isinstance(app.screen, ItemForm)
        await pilot.press(*TYPED)
        await settle(pilot)


async def test_a_wish_form_left_open_is_offered_and_restored_exactly(data_dir: Path) -> None:
    session_id = demo(data_dir)
    await type_into_new_wish(data_dir, session_id)
    [draft] = drafts_of(data_dir, session_id)
    assert (draft.step, draft.form, draft.item_id) == ("wishes", "new", None)
    assert draft.fields["text"] == TYPED

    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await offer(pilot)
        question = question_of(dialog)
        assert "niet-opgeslagen concept" in question and "Nieuwe wens" in question
        assert "terugzetten?" in question
        # Nothing is in the record until the form is saved.
        assert TYPED not in [w.text for w in stored(data_dir, session_id).wishes]
        await pilot.press("enter")  # Terugzetten has the focus
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemForm)
        assert form.query_one("#field-text", Input).value == TYPED
        await pilot.press("ctrl+s")
        await settle(pilot)
        flush(app)
        assert not isinstance(app.screen, ItemForm)
    assert TYPED in [w.text for w in stored(data_dir, session_id).wishes]
    assert drafts_of(data_dir, session_id) == []


async def test_discarding_the_offer_removes_the_draft(data_dir: Path) -> None:
    session_id = demo(data_dir)
    await type_into_new_wish(data_dir, session_id)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await offer(pilot)
        await pilot.click("#discard")
        await settle(pilot)
        assert not isinstance(app.screen, DraftOffer | ItemForm)
        flush(app)
        assert drafts_of(data_dir, session_id) == []
    assert TYPED not in [w.text for w in stored(data_dir, session_id).wishes]


async def test_a_quick_line_is_kept_restored_and_removed_once_saved(data_dir: Path) -> None:
    session_id = demo(data_dir)
    line = "Drempels bij de basisschool @Wipmolenweg"
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        await goto_step(pilot, WISHES)  # the step opens on its quick line
        await pilot.press(*line)
        await settle(pilot)
    [draft] = drafts_of(data_dir, session_id)
    assert (draft.step, draft.form) == ("wishes", "quick")

    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await offer(pilot)
        assert "invoerregel" in question_of(dialog)
        await pilot.press("enter")
        await settle(pilot)
        entry = app.screen.query_one(QuickEntry)
        assert entry.line.value == line
        assert app.screen.focused is entry.line
        await pilot.press("enter")
        await settle(pilot)
        flush(app)
        assert drafts_of(data_dir, session_id) == []
    assert "Drempels bij de basisschool" in [w.text for w in stored(data_dir, session_id).wishes]


async def test_an_edit_whose_item_is_gone_can_come_back_as_a_new_item(data_dir: Path) -> None:
    session_id = demo(data_dir)
    gone = Draft(step="wishes", form="edit", item_id="w-bestaat-niet", fields={"text": TYPED})
    write_drafts(SessionRepository(data_dir).layout, session_id, [gone])
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await offer(pilot)
        await pilot.press("enter")
        dialog = await offer(pilot)
        assert "bestaat niet meer" in question_of(dialog)
        await pilot.press("enter")  # as a new item
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ItemForm) and form.form_title == "Nieuwe wens"
        assert form.query_one("#field-text", Input).value == TYPED
        await settle(pilot)
        flush(app)
        [kept] = drafts_of(data_dir, session_id)
        assert (kept.form, kept.item_id) == ("new", None)


async def test_a_read_only_open_neither_offers_nor_writes_drafts(data_dir: Path) -> None:
    session_id = demo(data_dir)
    await type_into_new_wish(data_dir, session_id)
    before = drafts_of(data_dir, session_id)
    app = make_app(data_dir, session_id, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, DraftOffer)
    assert drafts_of(data_dir, session_id) == before


async def test_a_draft_left_for_later_survives_visiting_its_empty_form_and_line(
    data_dir: Path,
) -> None:
    session_id = demo(data_dir)
    waiting = [
        Draft(step="wishes", form="quick", fields={"line": "Bankjes bij de vijver"}),
        Draft(step="wishes", form="new", fields={"text": TYPED}),
    ]
    write_drafts(SessionRepository(data_dir).layout, session_id, waiting)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        for _ in waiting:
            await offer(pilot)
            await pilot.press("escape")  # later
        view = (await goto_step(pilot, WISHES)).step_view
        assert view is not None
        await pilot.press("escape")  # out of the empty line the step opens on
        view.action_new()  # type: ignore[attr-defined]
        await settle(pilot)
        await pilot.press("escape")  # the untouched form closes at once
        await settle(pilot)
        assert not isinstance(app.screen, ItemForm)
    assert sorted(d.key for d in drafts_of(data_dir, session_id)) == sorted(d.key for d in waiting)


async def test_a_draft_naming_another_action_does_not_run_it(data_dir: Path) -> None:
    session_id = demo(data_dir)
    hostile = Draft(step="wishes", form="remove", item_id="w-snelheid", fields={"text": "x"})
    write_drafts(SessionRepository(data_dir).layout, session_id, [hostile])
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await offer(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, DraftOffer | ItemForm)
        shown = [n.message for n in app._notifications]
        assert any("kan hier niet worden teruggezet" in m for m in shown), shown
    assert "w-snelheid" in [w.id for w in stored(data_dir, session_id).wishes]
