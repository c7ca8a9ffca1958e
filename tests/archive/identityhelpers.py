"""Building follow-up sessions and putting them in the archive and a folder,
for the tests of one identity per action (a module of its own, with a
unique name: see archivehelpers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from archivehelpers import Archive

from cocreatie.archive.publish import publish_session
from cocreatie.followup import start_follow_up
from cocreatie.models import Session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template


def follow_up(previous: Session, title: str, on: dt.date) -> Session:
    """A terugkomsessie after ``previous``, on ``on``: its actions carried."""
    session = start_follow_up(previous, load_template("terugkomsessie"), title)
    session.meta = session.meta.model_copy(update={"date": on})
    return session


def publish_all(archive: Archive, laptop: Path, sessions: Iterable[Session]) -> None:
    for session in sessions:
        outcome = publish_session(session, laptop, archive.login("anna"))
        assert outcome.kind in ("new", "unchanged"), outcome


def folder_of(tmp_path: Path, sessions: Iterable[Session]) -> Path:
    """A data folder holding ``sessions``, as a coordinator might collect them."""
    folder = tmp_path / "folder"
    repository = SessionRepository(folder)
    for session in sessions:
        repository.create(session).close()
    return folder
