"""From stored dict to a trusted ``Session``: migrate, then validate."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from cocreatie.models import Session
from cocreatie.models.base import STORED_RECORD
from cocreatie.models.errors import describe
from cocreatie.store.errors import InvalidRecordError
from cocreatie.store.migrate import migrate

Record = dict[str, Any]


def validate_record(record: Record, *, stored: bool = False) -> Session:
    """The validated session. ``stored``: the record was read from a session
    file (or a backup), so rules newer than the file repair instead of refuse
    (see ``cocreatie.models.base.from_storage``)."""
    try:
        return Session.model_validate(record, context=STORED_RECORD if stored else None)
    except ValidationError as exc:
        # Worded once, here, in the user's language: the same sentences reach
        # the home screen, ``list`` and ``import``.
        raise InvalidRecordError(describe(exc)) from exc


def load_record(
    record: Record, expected_id: str | None = None, *, stored: bool = True
) -> tuple[Session, Record, bool]:
    """``(session, record at the current schema, whether it was migrated)``.

    ``expected_id`` is the id the file name promises; a record claiming
    another id is refused, or two files could hold "the same" session.
    ``stored``: the record comes from a file the program wrote (see
    ``validate_record``); ``False`` for a record from elsewhere.
    Raises ``NewerSchemaError`` or ``InvalidRecordError``.
    """
    current, migrated = migrate(record)
    session = validate_record(current, stored=stored)
    if expected_id is not None and session.id != expected_id:
        raise InvalidRecordError([f"id: {session.id} does not match the file name {expected_id}"])
    return session, current, migrated


def read_foreign(data: object) -> Session:
    """A record from elsewhere (an export, another laptop's session file) as
    a checked ``Session``; writes nothing.

    Older records are migrated; newer rules refuse instead of repair, as
    nothing here wrote the record. Raises ``InvalidRecordError`` (not an
    object, damaged, or breaking a rule such as a repeated item id) or
    ``NewerSchemaError``.
    """
    if not isinstance(data, dict):
        raise InvalidRecordError(["(record): not a JSON object"])
    session, _, _ = load_record(data, stored=False)
    return session


def dump_session(session: Session) -> Record:
    """The JSON-ready dict that is stored for ``session``."""
    return session.model_dump(mode="json")
