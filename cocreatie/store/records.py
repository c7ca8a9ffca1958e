"""From stored dict to a trusted ``Session``: migrate, then validate."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from cocreatie.models import Session
from cocreatie.store.errors import InvalidRecordError
from cocreatie.store.migrate import migrate

Record = dict[str, Any]


def validation_messages(exc: ValidationError) -> list[str]:
    """One ``<field path>: <problem>`` line per pydantic error."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(part) for part in err["loc"]) or "(record)"
        lines.append(f"{where}: {err['msg']}")
    return lines


def validate_record(record: Record) -> Session:
    try:
        return Session.model_validate(record)
    except ValidationError as exc:
        raise InvalidRecordError(validation_messages(exc)) from exc


def load_record(record: Record, expected_id: str | None = None) -> tuple[Session, Record, bool]:
    """``(session, record at the current schema, whether it was migrated)``.

    ``expected_id`` is the id the file name promises; a record claiming
    another id is refused, or two files could hold "the same" session.
    Raises ``NewerSchemaError`` or ``InvalidRecordError``.
    """
    current, migrated = migrate(record)
    session = validate_record(current)
    if expected_id is not None and session.id != expected_id:
        raise InvalidRecordError([f"id: {session.id} does not match the file name {expected_id}"])
    return session, current, migrated


def dump_session(session: Session) -> Record:
    """The JSON-ready dict that is stored for ``session``."""
    return session.model_dump(mode="json")
