"""``cocreatie purge``: lists, then removes personal data past retention."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from cocreatie.models import Session
from cocreatie.privacy import set_retention
from cocreatie.store import SessionRepository
from tests.privacy.conftest import (
    ACTION_TITLE,
    EMAIL,
    FACILITATOR,
    NAME,
    PHONE,
    PROFESSIONAL,
    WISH_TEXT,
    RunCli,
    build_session,
    file_bytes,
    files_holding,
)

SECRETS = (NAME, PHONE, EMAIL, PROFESSIONAL, FACILITATOR)


def _store(repo: SessionRepository, until: dt.date, title: str) -> Session:
    session = build_session()
    session.meta = session.meta.model_copy(update={"title": title})
    set_retention(session, until)
    with repo.create(session) as opened:
        changed = opened.session.model_copy(deep=True)
        changed.vote(changed.wishes[0].id, 1)
        opened.save(changed)
    return session


@pytest.fixture
def two(frozen_clock: dt.datetime, repo: SessionRepository) -> tuple[Session, Session]:
    """One session past retention (yesterday), one whose last day is today."""
    today = frozen_clock.date()
    old = _store(repo, today - dt.timedelta(days=1), "Oude avond")
    current = _store(repo, today, "Lopende avond")
    return old, current


def _tree(root: Path) -> dict[Path, tuple[bytes, int]]:
    return {p: (raw, os.stat(p).st_mode) for p, raw in file_bytes(root).items()} | {
        p: (b"<dir>", os.stat(p).st_mode) for p in root.rglob("*") if p.is_dir()
    }


def test_dry_run_lists_and_changes_no_byte(
    cli: RunCli, data_dir: Path, two: tuple[Session, Session]
) -> None:
    old, current = two
    before = _tree(data_dir)
    status, out, err = cli("purge", "--dry-run")
    assert (status, err) == (0, "")
    assert old.id in out and "Oude avond" in out and "2026-03-11" in out
    assert current.id not in out
    assert "niets veranderd" in out
    assert _tree(data_dir) == before


def test_purge_removes_personal_data_of_due_sessions_only(
    cli: RunCli, data_dir: Path, repo: SessionRepository, two: tuple[Session, Session]
) -> None:
    old, current = two
    status, out, err = cli("purge")
    assert (status, err) == (0, "")
    assert f"Persoonsgegevens verwijderd uit {old.id}" in out

    purged = repo.open(old.id, read_only=True).session
    assert purged.privacy.purged
    assert [e.kind for e in purged.privacy.erasures] == ["purge"]
    assert [(w.text, w.votes) for w in purged.wishes] == [(WISH_TEXT, 8)]
    assert [a.title for a in purged.actions] == [ACTION_TITLE]
    for secret in SECRETS:
        holders = files_holding(data_dir, secret)
        assert all(old.id not in str(p) for p in holders), (secret, holders)
        # The session still in its retention period keeps its people.
        assert repo.layout.session_file(current.id) in holders
    assert len(repo.backups.list_backups(old.id)) == 1  # one fresh, clean backup

    status, out, _ = cli("purge")
    assert status == 0 and "Geen sessies" in out  # nothing left to do


def test_a_session_open_elsewhere_is_skipped_with_status_1(
    cli: RunCli, data_dir: Path, repo: SessionRepository, two: tuple[Session, Session]
) -> None:
    old, _ = two
    with repo.open(old.id):
        status, _, err = cli("purge")
    assert status == 1
    assert err.startswith(f"cocreatie: Overgeslagen: {old.id}: ")
    assert err.count("\n") == 1
    assert NAME.encode() in repo.layout.session_file(old.id).read_bytes()


def test_a_deleted_session_past_retention_is_removed_for_good(
    cli: RunCli, data_dir: Path, repo: SessionRepository, two: tuple[Session, Session]
) -> None:
    old, current = two
    repo.delete(old.id)
    status, out, err = cli("purge")
    assert (status, err) == (0, "")
    assert "prullenbak" in out
    assert repo.list_trash() == []
    assert repo.backups.list_backups(old.id) == []
    assert all(old.id not in str(p) for p in file_bytes(data_dir))
    assert repo.exists(current.id)


def test_an_unreadable_file_is_reported_not_ignored(
    cli: RunCli, data_dir: Path, repo: SessionRepository, two: tuple[Session, Session]
) -> None:
    broken = repo.layout.session_file("kapot123")
    broken.write_bytes(b'{"session": {"1": {"participants": [')
    before = broken.read_bytes()
    status, _, err = cli("purge", "--dry-run")
    assert status == 0  # a dry run reports; it does not fail
    assert err.startswith("cocreatie: Niet leesbaar, dus niet opgeschoond: kapot123")
    assert broken.read_bytes() == before
    assert cli("purge")[0] == 1  # a real run did not get everything done
