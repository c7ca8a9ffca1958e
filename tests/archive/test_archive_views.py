"""``actions --from`` and ``review --from``: the folder's views over the archive,
latest version of each session, each action once, filtered in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from archivehelpers import Archive

from cocreatie.archive.publish import publish_session
from cocreatie.cli.main import main
from cocreatie.models import Action, ActionStatus, Session
from cocreatie.store.repository import SessionRepository

FILTERS = [
    [],
    ["--owner", "wijkagent"],
    ["--owner", "GEMEENTE"],
    ["--status", "bezig"],
    ["--overdue"],
    ["--neighbourhood", "muziek"],
    ["--overdue", "--owner", "politie", "--format", "csv"],
    ["--format", "csv"],
]


def _variant(demo: Session, session_id: str, neighbourhood: str, shift: int) -> Session:
    other = demo.model_copy(deep=True, update={"id": session_id})
    other.meta = other.meta.model_copy(
        update={"neighbourhood": neighbourhood, "title": f"Avond {neighbourhood}"}
    )
    for action in other.actions:
        if action.feedback_date is not None:
            other.update(
                Action, action.id, feedback_date=action.feedback_date + dt.timedelta(shift)
            )
    return other


@pytest.fixture
def municipality(
    archive: Archive, demo: Session, laptop: Path, tmp_path: Path
) -> tuple[Path, list[Session]]:
    """Three sessions published (one twice, the latest in the folder too)."""
    sessions = [
        demo,
        _variant(demo, "muziekwijk-zuid", "Muziekwijk-Zuid", 20),
        _variant(demo, "stedenwijk", "Stedenwijk", -20),
    ]
    for session in sessions:
        publish_session(session, laptop, archive.login("anna"))
    # A second version: only its state may count, and only once.
    sessions[0].set_action_status(sessions[0].actions[1].id, ActionStatus.BUSY, "gestart")
    assert publish_session(sessions[0], laptop, archive.login("anna")).version == 2
    folder = tmp_path / "folder"
    repository = SessionRepository(folder)
    for session in sessions:
        repository.create(session).close()
    return folder, sessions


@pytest.mark.parametrize("flags", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_actions_from_the_archive_match_the_folder(
    archive: Archive,
    municipality: tuple[Path, list[Session]],
    frozen_clock: dt.datetime,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
) -> None:
    folder, _ = municipality
    assert main(["actions", *flags, "--data-dir", str(folder)]) == 0
    from_folder = capsys.readouterr().out
    assert main(["actions", *flags, "--from", archive.login("karim")]) == 0
    from_archive = capsys.readouterr().out
    assert from_archive == from_folder
    assert from_archive.strip()


def test_each_action_once_with_its_latest_status(
    archive: Archive,
    municipality: tuple[Path, list[Session]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, sessions = municipality
    assert main(["actions", "--from", archive.login("karim"), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()[1:]
    assert len(lines) == sum(len(s.actions) for s in sessions)
    changed = sessions[0].actions[1]
    [row] = [line for line in lines if changed.title[:30] in line and sessions[0].id in line]
    assert ";bezig;" in row


def test_a_facilitator_may_not_read_the_municipality(
    archive: Archive, municipality: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["actions", "--from", archive.login("anna")]) == 2
    err = capsys.readouterr().err
    assert "geen recht" in err and "anna-wachtwoord" not in err and "anna:***@" in err
