"""What goes to the archive: the session record, pseudonymised unless asked
otherwise, and its actions as rows for the coordinator's queries.

The record is the export's JSON (``export.record``), so what a coordinator
reads back is exactly what ``cocreatie export --format json`` gives for the
same choice of names. With ``--names`` only residents who gave recorded
consent keep their name; the others stay pseudonymised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from cocreatie.export.overview import rows_of
from cocreatie.export.record import dump_record, record_data
from cocreatie.models import Session
from cocreatie.models.base import STORED_RECORD
from cocreatie.store.migrate import migrate

Record = dict[str, Any]


def consenting_residents(session: Session) -> frozenset[str]:
    return frozenset(p.id for p in session.participants if p.is_resident and p.has_consent)


def published_record(session: Session, *, with_names: bool = False) -> Record:
    """The record to publish: residents pseudonymised, except with
    ``with_names`` those who consented."""
    named = consenting_residents(session) if with_names else frozenset()
    return record_data(session, with_names=False, named=named)


def session_of(record: Record) -> Session:
    """A published (or archived) record as a session; older schema versions
    are migrated first. Raises the store's and pydantic's errors.

    The program wrote the record (to the outbox, to the archive): it is read
    as stored data, so a text rule added since repairs rather than refuses.
    """
    current, _ = migrate(record)
    return Session.model_validate(current, context=STORED_RECORD)


def record_bytes(record: Record) -> bytes:
    """The record as the JSON export writes it: the same data gives the same
    bytes, whatever order the database kept its keys in."""
    session = session_of(record)
    # As stored: no second pseudonymisation, but the derived average back in.
    return dump_record(record_data(session, with_names=True)).encode("utf-8")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def action_rows(session: Session, today: dt.date) -> list[dict[str, Any]]:
    """One row per action, labelled as the folder's actions overview labels
    them (``export.overview.rows_of``): owners by function and organisation,
    residents pseudonymised. "Overdue" is left to the query: it depends on
    the day the coordinator asks."""
    return [
        {
            "action_id": row.action_id,
            "title": row.title,
            "owner": row.owner,
            "co_owner": row.co_owner,
            "contact": row.contact,
            "deadline": row.deadline.isoformat() if row.deadline else None,
            "feedback_date": row.feedback_date.isoformat() if row.feedback_date else None,
            "status": row.status.value,
        }
        for row in rows_of(session, today)
    ]
