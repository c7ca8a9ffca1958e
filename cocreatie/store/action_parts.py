"""Reading the actions of every session in the data folder, for the overview.

The overview needs the actions and the names around them, not the whole
record, so each file is validated only as far as those parts go: a session
with one broken wish still shows its actions, and 500 sessions read in a
fraction of the time a full validation takes. Reading is read-only and takes
no locks; an unreadable file is skipped and named, never moved or rewritten.
The overview itself is built from these parts by ``cocreatie.export.overview``.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cocreatie.models import Action, Actor, ContactPerson, Participant, SessionMeta
from cocreatie.models.base import STORED_RECORD
from cocreatie.store.errors import StoreError
from cocreatie.store.migrate import migrate
from cocreatie.store.paths import DataLayout
from cocreatie.store.sessionfile import read_record


class ActionsPart(BaseModel):
    """The parts of a session record the overview shows, fully validated."""

    model_config = ConfigDict(extra="ignore")

    id: str
    created: dt.datetime
    meta: SessionMeta
    participants: list[Participant] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    contacts: list[ContactPerson] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


def read_actions_part(layout: DataLayout, session_id: str) -> ActionsPart | None:
    """The overview's view of one session; ``None`` if the file vanished.

    Raises ``StoreError``, ``OSError`` or ``ValidationError`` for a file
    that cannot be read.
    """
    record = read_record(layout.session_file(session_id))
    if record is None:
        return None
    current, _ = migrate(record)
    part = ActionsPart.model_validate(current, context=STORED_RECORD)
    if part.id != session_id:
        raise ValueError(f"{session_id}: the record says {part.id}")
    return part


def read_actions_parts(layout: DataLayout) -> tuple[list[ActionsPart], list[str]]:
    """The actions part of every session, and the ids of the unreadable ones."""
    parts: list[ActionsPart] = []
    skipped: list[str] = []
    for session_id in layout.session_ids():
        try:
            part = read_actions_part(layout, session_id)
        except (StoreError, OSError, ValidationError, ValueError):
            skipped.append(session_id)
            continue
        if part is not None:
            parts.append(part)
    return parts, skipped
