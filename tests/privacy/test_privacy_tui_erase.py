"""Erasing a person and withdrawing consent in the running app, as a facilitator
would: afterwards no file in the data folder (session, backups, trashed and
damaged copies, log) holds what was removed."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from textual.pilot import Pilot

from cocreatie.crashlog import CrashLog
from cocreatie.models import Session
from cocreatie.screens.steps.participants import ParticipantsView
from cocreatie.store import SessionRepository
from cocreatie.store.paths import stamped_name
from cocreatie.templating import StepType, load_template
from cocreatie.widgets.record_table import RecordTable
from tests.privacy.conftest import CONTRIBUTION_TEXT, EMAIL, NAME, PHONE, files_holding
from tests.tui.conftest import goto_step, make_app, settle, wait_for_session

# Only the surname: the tool cannot tell it from a word, so it must say so.
SURNAME_ONLY = "Meneer Vries wil een drempel bij de school"


@pytest.fixture
def saved(repo: SessionRepository, session: Session) -> Session:
    """The session on disk with backups, a trashed and a damaged copy, and a
    log line: every place the person's data can linger."""
    session.add_contribution(SURNAME_ONLY, session.participants[0].id)
    with repo.create(session) as opened:
        for votes in (8, 9):
            changed = opened.session.model_copy(deep=True)
            changed.vote(changed.wishes[0].id, votes - changed.wishes[0].votes)
            opened.save(changed)
    source = repo.layout.session_file(session.id)
    for folder in (repo.layout.trash_dir, repo.layout.damaged_dir):
        folder.mkdir(mode=0o700, exist_ok=True)
        (folder / stamped_name(session.id)).write_bytes(source.read_bytes())
    crash = CrashLog(repo.data_dir)
    crash.start()
    logging.getLogger("cocreatie.test").error("could not save %s (%s)", NAME, PHONE)
    crash.stop()  # writes what is queued
    assert NAME.encode() in crash.path.read_bytes()
    return session


async def _on_first_participant(pilot: Pilot) -> ParticipantsView:
    await wait_for_session(pilot)
    steps = load_template("greenfield-buurt").steps
    index = next(i for i, s in enumerate(steps) if s.type is StepType.PARTICIPANTS)
    screen = await goto_step(pilot, index)
    view = screen.query_one(ParticipantsView)
    table = view.query_one(RecordTable)
    table.focus()
    table.move_cursor(row=0)
    await settle(pilot)
    assert view.selected() is not None and view.selected().display_name == NAME
    return view


async def _confirm(pilot: Pilot) -> None:
    await settle(pilot)
    await pilot.press("tab", "enter")  # from the safe "Nee" to "Ja"
    await settle(pilot)


async def test_erase_in_the_tui_leaves_no_byte_of_the_person(
    data_dir: Path, repo: SessionRepository, saved: Session
) -> None:
    for secret in (NAME, PHONE, EMAIL):
        assert files_holding(data_dir, secret), secret
    assert repo.backups.list_backups(saved.id)
    app = make_app(data_dir, saved.id, repository=repo)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _on_first_participant(pilot)
        await pilot.press("ctrl+e")
        await _confirm(pilot)
        person = view.session.participants[0]
        assert person.erased and person.display_name == "Bewoner 1"
        # The surname alone is still there: the facilitator is told to look.
        shown = [n.message for n in app._notifications]
        assert any("deel van de naam" in m for m in shown), shown
        await settle(pilot)
        # The name is gone from every file while the session is still open:
        # the copies are cleaned up once the change is saved, not at exit.
        for secret in (NAME, PHONE, EMAIL):
            assert files_holding(data_dir, secret) == [], secret
    for secret in (NAME, PHONE, EMAIL):
        assert files_holding(data_dir, secret) == [], secret
    # What was said stays, without the name; one clean backup is back.
    assert files_holding(data_dir, CONTRIBUTION_TEXT)
    assert len(repo.backups.list_backups(saved.id)) >= 1


async def test_withdrawing_consent_in_the_tui_clears_the_contact_from_every_copy(
    data_dir: Path, repo: SessionRepository, saved: Session
) -> None:
    app = make_app(data_dir, saved.id, repository=repo)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _on_first_participant(pilot)
        await pilot.press("w")
        await _confirm(pilot)
        person = view.session.participants[0]
        assert not person.has_consent and person.contact is None
        await settle(pilot)
        for secret in (PHONE, EMAIL):
            assert files_holding(data_dir, secret) == [], secret
    # Withdrawing consent is not an erasure: the name stays in the record.
    assert files_holding(data_dir, NAME)
    for secret in (PHONE, EMAIL):
        assert files_holding(data_dir, secret) == [], secret


async def test_removing_a_participant_in_the_tui_clears_them_from_every_copy(
    data_dir: Path, repo: SessionRepository, saved: Session
) -> None:
    app = make_app(data_dir, saved.id, repository=repo)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await _on_first_participant(pilot)
        await pilot.press("delete")
        await _confirm(pilot)
        assert NAME not in [p.display_name for p in view.session.participants]
        await settle(pilot)
        # Contact details lived only in the participant: no copy may keep
        # them. (Free text naming the person is what erase is for.)
        for secret in (PHONE, EMAIL):
            assert files_holding(data_dir, secret) == [], secret
    assert files_holding(data_dir, CONTRIBUTION_TEXT)


async def test_erasing_in_the_tui_removes_the_drafts_that_name_the_person(
    data_dir: Path, repo: SessionRepository, saved: Session
) -> None:
    from cocreatie.models.draft import Draft
    from cocreatie.screens.dialogs.draft_offer import DraftOffer
    from cocreatie.store.drafts import read_drafts, write_drafts

    about_jan = Draft(step="participants", form="quick", fields={"line": f"{NAME}, {PHONE}"})
    other = Draft(step="wishes", form="new", fields={"text": "Meer licht bij de vijver"})
    write_drafts(repo.layout, saved.id, [about_jan, other])
    app = make_app(data_dir, saved.id, repository=repo)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for _ in range(2):  # both offered; Escape: later
            assert isinstance(app.screen, DraftOffer)
            await pilot.press("escape")
            await settle(pilot)
        await _on_first_participant(pilot)
        await pilot.press("ctrl+e")
        await _confirm(pilot)
        shown = [n.message for n in app._notifications]
        assert any("1 niet-opgeslagen concept(en)" in m for m in shown), shown
        await settle(pilot)
        assert read_drafts(repo.layout, saved.id) == [other]
        for secret in (NAME, PHONE):
            assert files_holding(data_dir, secret) == [], secret
    assert read_drafts(repo.layout, saved.id) == [other]
