"""Reading every session of the data folder for the actions overview.

The overview needs the actions and the names around them, not the whole
record, so each file is validated only as far as those parts go: a session
with one broken wish still shows its actions, and 500 sessions read in a
fraction of the time a full validation takes. Reading is read-only and takes
no locks; an unreadable file is skipped and named, never moved or rewritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cocreatie.export.overview import ActionsSource, Overview, build_overview
from cocreatie.models import Action, Actor, ContactPerson, Participant, SessionMeta
from cocreatie.models.base import STORED_RECORD
from cocreatie.store.errors import StoreError
from cocreatie.store.migrate import migrate
from cocreatie.store.sessionfile import read_record

if TYPE_CHECKING:
    from cocreatie.store.repository import SessionRepository


class _ActionsPart(BaseModel):
    """The parts of a session record the overview shows, fully validated."""

    model_config = ConfigDict(extra="ignore")

    id: str
    created: dt.datetime
    meta: SessionMeta
    participants: list[Participant] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    contacts: list[ContactPerson] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


def read_actions_part(repository: SessionRepository, session_id: str) -> ActionsSource | None:
    """The overview's view of one session; ``None`` if the file vanished.

    Raises ``StoreError``, ``OSError`` or ``ValidationError`` for a file
    that cannot be read.
    """
    record = read_record(repository.layout.session_file(session_id))
    if record is None:
        return None
    current, _ = migrate(record)
    part = _ActionsPart.model_validate(current, context=STORED_RECORD)
    if part.id != session_id:
        raise ValueError(f"{session_id}: the record says {part.id}")
    return part


def load_overview(repository: SessionRepository, today: dt.date | None = None) -> Overview:
    """Every action of every session; unreadable sessions are listed in ``skipped``."""
    sessions: list[ActionsSource] = []
    skipped: list[str] = []
    for session_id in repository.layout.session_ids():
        try:
            session = read_actions_part(repository, session_id)
        except (StoreError, OSError, ValidationError, ValueError):
            skipped.append(session_id)
            continue
        if session is not None:
            sessions.append(session)
    return replace(build_overview(sessions, today), skipped=skipped)
