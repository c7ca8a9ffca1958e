"""Drafts hold personal data that was never saved: every path that removes
a session's personal data removes them too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cocreatie.models import Session
from cocreatie.models.draft import Draft
from cocreatie.privacy import set_retention
from cocreatie.privacy.scrub import scrub_session_copies, terms_of_participant
from cocreatie.privacy.sweep import purge_session
from cocreatie.store import SessionRepository
from cocreatie.store.drafts import read_drafts, write_drafts
from tests.privacy.conftest import NAME, PHONE, RunCli, files_holding

ABOUT_JAN = Draft(step="participants", form="quick", fields={"line": f"{NAME} belt {PHONE}"})
ABOUT_WISH = Draft(step="wishes", form="new", fields={"text": "Meer licht bij de vijver"})


def with_drafts(repo: SessionRepository, session_id: str) -> Path:
    write_drafts(repo.layout, session_id, [ABOUT_JAN, ABOUT_WISH])
    path = repo.layout.draft_file(session_id)
    assert path.exists()
    return path


def test_moving_a_session_to_the_trash_deletes_its_drafts(
    repo: SessionRepository, stored: Session
) -> None:
    path = with_drafts(repo, stored.id)
    repo.delete(stored.id)
    assert not path.exists()
    # Restoring the session does not bring back a stale form.
    repo.restore_from_trash(stored.id)
    assert read_drafts(repo.layout, stored.id) == []


def test_erasing_a_session_erases_its_drafts_damaged_ones_too(
    repo: SessionRepository, stored: Session, data_dir: Path
) -> None:
    path = with_drafts(repo, stored.id)
    damaged = repo.layout.drafts_dir / f"{stored.id}-20260101T000000000000Z.damaged"
    damaged.write_text(f"{NAME} {{", "utf-8")
    repo.erase(stored.id)
    assert not path.exists() and not damaged.exists()
    assert files_holding(data_dir, NAME) == []


def test_erasing_a_person_deletes_the_drafts_that_mention_them(
    repo: SessionRepository, stored: Session
) -> None:
    with_drafts(repo, stored.id)
    jan = next(p for p in stored.participants if p.display_name == NAME)
    report = scrub_session_copies(repo, stored.id, terms_of_participant(jan))
    assert report.drafts_removed == 1
    assert read_drafts(repo.layout, stored.id) == [ABOUT_WISH]


def test_the_erase_command_says_how_many_drafts_went(
    cli: RunCli, repo: SessionRepository, stored: Session
) -> None:
    with_drafts(repo, stored.id)
    status, out, _ = cli("erase", stored.id, NAME)
    assert status == 0, out
    assert "1 niet-opgeslagen concept(en)" in out
    assert read_drafts(repo.layout, stored.id) == [ABOUT_WISH]


def test_the_retention_purge_deletes_every_draft(repo: SessionRepository, stored: Session) -> None:
    with repo.open(stored.id) as opened:
        session = opened.session.model_copy(deep=True)
        set_retention(session, dt.date(2026, 3, 1))
        opened.save(session)
    path = with_drafts(repo, stored.id)
    report = purge_session(repo, stored.id, dt.date(2026, 6, 1))
    assert report is not None and report.drafts_removed == 2
    assert not path.exists()
