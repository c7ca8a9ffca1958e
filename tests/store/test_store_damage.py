"""Damaged session files: never read as empty, moved aside, newest good backup restored."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from storehelpers import edited, make_session, stored_record

from cocreatie.models import Session
from cocreatie.store import (
    CorruptFileError,
    DamagedSessionError,
    InvalidRecordError,
    SessionRepository,
)


def _zero_bytes(raw: bytes) -> bytes:
    return b""


def _truncated(raw: bytes) -> bytes:
    return raw[: len(raw) * 2 // 3]


def _hand_edited_bad_json(raw: bytes) -> bytes:
    # A facilitator "fixing" a typo in an editor and dropping a quote.
    return raw.replace(b'"title":"', b'"title":', 1)


def _schema_invalid(raw: bytes) -> bytes:
    tables = json.loads(raw)
    (record,) = tables["session"].values()
    record["meta"]["title"] = ""  # required
    record["progress"]["current_step"] = -1
    return json.dumps(tables).encode()


def _unknown_field(raw: bytes) -> bytes:
    tables = json.loads(raw)
    (record,) = tables["session"].values()
    record["opmerking"] = "met de hand toegevoegd"
    return json.dumps(tables).encode()


def _other_sessions_id(raw: bytes) -> bytes:
    tables = json.loads(raw)
    (record,) = tables["session"].values()
    record["id"] = "zzzz9999"
    return json.dumps(tables).encode()


def _no_record(raw: bytes) -> bytes:
    return b'{"session": {}}'


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "zero-byte": _zero_bytes,
    "truncated": _truncated,
    "invalid-json": _hand_edited_bad_json,
    "schema-invalid": _schema_invalid,
    "unknown-field": _unknown_field,
    "wrong-id": _other_sessions_id,
    "no-record": _no_record,
}


def _three_versions(repo: SessionRepository, title: str = "Avondronde") -> Session:
    """A session saved as step 1, 2, 3 (backups hold 2 and 1 and the start)."""
    with repo.create(make_session(title, wishes=4)) as opened:
        session = opened.session
        for step in (1, 2, 3):
            session = edited(session, step)
            opened.save(session)
    return session


@pytest.fixture
def two_sessions(repo: SessionRepository) -> tuple[Session, Session]:
    return _three_versions(repo, "Avondronde"), _three_versions(repo, "Schoolplein")


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_file_is_moved_aside_and_newest_good_backup_restored(
    repo: SessionRepository,
    two_sessions: tuple[Session, Session],
    damage: Callable[[bytes], bytes],
) -> None:
    victim, bystander = two_sessions
    path = repo.layout.session_file(victim.id)
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)

    flagged = {s.id: s for s in repo.list_summaries()}
    assert flagged[victim.id].damaged and flagged[victim.id].problem
    assert not flagged[bystander.id].damaged

    newest_backup = repo.backups.list_backups(victim.id)[0]
    with repo.open(victim.id) as opened:
        notice = opened.notice
        assert isinstance(notice, DamagedSessionError)
        assert notice.path == path
        assert notice.restored_from == newest_backup
        assert notice.moved_to.parent == repo.layout.damaged_dir
        assert notice.moved_to.read_bytes() == damaged  # nothing thrown away
        # The newest backup holds the version before the last save.
        assert opened.session.progress.current_step == 2
        assert opened.session.wishes[0].text.startswith("versie 2")
        assert stored_record(path)["progress"]["current_step"] == 2
        opened.save(edited(opened.session, 4))  # and it saves normally again
    with repo.open(bystander.id) as other:
        assert other.notice is None
        assert other.session == bystander


def test_damaged_backups_are_skipped(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    victim, _ = two_sessions
    newest, second, *_ = repo.backups.list_backups(victim.id)
    # Backups are hard links; replace the newest with a damaged copy
    # without touching the inode the others may share.
    newest.unlink()
    newest.write_bytes(b'{"session": {"1": {"half')
    repo.layout.session_file(victim.id).write_bytes(b"")
    with repo.open(victim.id) as opened:
        assert opened.notice is not None
        assert opened.notice.restored_from == second
        assert opened.session.progress.current_step == 1


def test_without_a_good_backup_the_error_says_where_the_file_went(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    victim, bystander = two_sessions
    repo.backups.purge(victim.id)
    path = repo.layout.session_file(victim.id)
    path.write_bytes(b"{")
    with pytest.raises(DamagedSessionError) as info:
        repo.open(victim.id)
    assert info.value.restored_from is None
    assert info.value.moved_to.read_bytes() == b"{"
    assert info.value.reason.startswith("truncated")
    assert not path.exists()
    with repo.open(bystander.id) as other:  # unaffected
        assert other.session.meta.title == "Schoolplein"


def test_read_only_open_reports_damage_without_moving_anything(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    victim, _ = two_sessions
    path = repo.layout.session_file(victim.id)
    path.write_bytes(b"")
    with pytest.raises(CorruptFileError):
        repo.open(victim.id, read_only=True)
    path.write_bytes(
        _schema_invalid(json.dumps({"session": {"1": victim.model_dump(mode="json")}}).encode())
    )
    with pytest.raises(InvalidRecordError):
        repo.open(victim.id, read_only=True)
    assert path.exists()
    assert not repo.layout.damaged_dir.exists()


def test_damage_is_found_again_after_the_lock_is_released(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    """A raised DamagedSessionError must not leave the session locked."""
    victim, _ = two_sessions
    repo.backups.purge(victim.id)
    path = repo.layout.session_file(victim.id)
    path.write_bytes(b"")
    with pytest.raises(DamagedSessionError):
        repo.open(victim.id)
    # Put a good file back by hand (what a rescuer would do) and open it.
    path.write_text(json.dumps({"session": {"1": victim.model_dump(mode="json")}}))
    with repo.open(victim.id) as opened:
        assert opened.session == victim


def test_summary_of_damaged_file_keeps_a_readable_title(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    victim, _ = two_sessions
    path = repo.layout.session_file(victim.id)
    path.write_bytes(_schema_invalid(path.read_bytes()))
    summary = next(s for s in repo.list_summaries() if s.id == victim.id)
    assert summary.damaged
    assert summary.problem is not None and summary.problem.startswith("invalid-record")
    # The reasons are worded as everywhere else: Dutch labels, not field paths.
    assert "Titel: mag niet leeg zijn" in summary.problem
    assert "meta.title" not in summary.problem
    assert summary.neighbourhood == "Oosterpark"


def test_stale_temp_files_of_a_killed_writer_are_cleaned_on_open(
    repo: SessionRepository, two_sessions: tuple[Session, Session]
) -> None:
    victim, _ = two_sessions
    path = repo.layout.session_file(victim.id)
    stale = path.with_name(f".{path.name}.0123456789ab.tmp")
    stale.write_bytes(b'{"session": {"1": {"half')
    with repo.open(victim.id) as opened:
        assert opened.notice is None
    assert not stale.exists()
