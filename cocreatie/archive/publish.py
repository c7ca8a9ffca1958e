"""Publish sessions to the archive; queue them in the outbox when that fails.

A publish sends the record and the archive version it derives from (see
``bases``). The archive numbers the new version, or answers that nothing
changed, or, when another laptop published in between, keeps both versions
and reports a conflict; the facilitator then sees which fields differ.
Whatever keeps the record from the archive (no network, a refused login, an
archive not yet set up) leaves it waiting in the outbox, and says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError

from cocreatie.archive import bases, outbox
from cocreatie.archive.diff import Difference, differences
from cocreatie.archive.driver import connect, load_driver, translate
from cocreatie.archive.errors import (
    ArchiveError,
    ArchiveRefusedError,
    ArchiveSchemaError,
    ArchiveUnavailableError,
)
from cocreatie.archive.record import Record, action_rows, published_record, session_of
from cocreatie.archive.schema import require_current
from cocreatie.archive.urls import without_password
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.models.clock import today
from cocreatie.store.errors import StoreError

if TYPE_CHECKING:
    import psycopg

# Failures that waiting can cure, or that someone else must fix at the
# archive: the record waits in the outbox meanwhile.
QUEUEABLE = (ArchiveUnavailableError, ArchiveSchemaError, ArchiveRefusedError)

Kind = Literal["new", "unchanged", "conflict", "queued"]
# Tests pass a hook that kills the connection or the server at the worst
# moment: after the version is written, before it is committed.
BeforeCommit = Callable[["psycopg.Connection[Any]"], None]


@dataclass(frozen=True)
class Conflict:
    other_version: int
    other_publisher: str
    other_published_at: dt.datetime
    differences: list[Difference]


@dataclass(frozen=True)
class Outcome:
    session_id: str
    title: str
    kind: Kind
    version: int | None = None
    parent: int | None = None
    conflict: Conflict | None = None
    reason: str = ""  # why it waits (kind "queued"); never holds a password


@dataclass(frozen=True)
class PendingReport:
    outcomes: list[Outcome] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)

    @property
    def waiting(self) -> int:
        return sum(o.kind == "queued" for o in self.outcomes) + len(self.unreadable)


def publish_session(
    session: Session,
    data_dir: Path,
    url: str,
    *,
    with_names: bool = False,
    before_commit: BeforeCommit | None = None,
) -> Outcome:
    """Publish ``session``; if the archive cannot take it, queue it."""
    load_driver()  # without the driver nothing is queued: it could never be sent
    record = published_record(session, with_names=with_names)
    [outcome] = _send(url, data_dir, [(record, with_names)], before_commit)
    return outcome


def send_pending(
    data_dir: Path, url: str | None = None, before_commit: BeforeCommit | None = None
) -> PendingReport:
    """Send what waits in the outbox: to ``url`` if given, else to the
    address each entry was queued for."""
    load_driver()
    entries, broken = outbox.entries(data_dir)
    by_target: dict[str, list[outbox.Entry]] = {}
    outcomes: list[Outcome] = []
    for entry in entries:
        target = url or entry.url
        if not target:
            from cocreatie.archive.urls import resolve

            try:
                target = resolve(None)
            except ArchiveError as exc:
                outcomes.append(_queued(entry.record, exc.message))
                continue
        by_target.setdefault(target, []).append(entry)
    for target, waiting in by_target.items():
        items = [(e.record, e.with_names) for e in waiting]
        outcomes += _send(target, data_dir, items, before_commit)
    return PendingReport(outcomes, [b.path for b in broken])


def _send(
    url: str,
    data_dir: Path,
    items: Sequence[tuple[Record, bool]],
    before_commit: BeforeCommit | None,
) -> list[Outcome]:
    """Send each record over one connection; queue what could not be sent."""
    outcomes: list[Outcome] = []
    try:
        conn = connect(url)
    except QUEUEABLE as exc:
        return [_queue(data_dir, url, record, names, exc.message) for record, names in items]
    with conn:
        try:
            require_current(conn)
            archive_id = _archive_id(conn, url)
        except QUEUEABLE as exc:
            return [_queue(data_dir, url, record, names, exc.message) for record, names in items]
        except load_driver().Error as exc:
            error = translate(exc, url)
            return [_queue(data_dir, url, record, names, error.message) for record, names in items]
        for record, names in items:
            try:
                outcome = _publish_one(conn, url, data_dir, archive_id, record, before_commit)
            except QUEUEABLE as exc:
                outcomes.append(_queue(data_dir, url, record, names, exc.message))
                continue
            except (ValidationError, StoreError):
                # A waiting copy that is no valid session (edited by hand,
                # or from a newer program): it stays, named, for a person.
                outcomes.append(_queued(record, t("archive.publish.invalid_entry")))
                continue
            outcomes.append(outcome)
    return outcomes


def _publish_one(
    conn: psycopg.Connection[Any],
    url: str,
    data_dir: Path,
    archive_id: str,
    record: Record,
    before_commit: BeforeCommit | None,
) -> Outcome:
    from psycopg.types.json import Jsonb

    psycopg = load_driver()
    session_id = str(record["id"])
    parent = bases.base_version(data_dir, session_id, archive_id)
    rows = action_rows(session_of(record), today())
    try:
        with conn.transaction():
            reply = conn.execute(
                "SELECT outcome, new_version, other_version, other_publisher,"
                " other_published_at, other_record"
                " FROM cocreatie.publish_version(%s, %s, %s, %s)",
                (session_id, parent, Jsonb(record), Jsonb(rows)),
            ).fetchone()
            if before_commit is not None:
                before_commit(conn)
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    if reply is None:  # the function always answers one row
        raise ArchiveRefusedError(f"publish_version gave no answer for {session_id}")
    kind, version, other_version, other_publisher, other_at, other_record = reply
    outbox.remove(data_dir, session_id)
    bases.remember(data_dir, session_id, archive_id, int(version))
    conflict = None
    if kind == "conflict":
        conflict = Conflict(
            other_version=int(other_version),
            other_publisher=str(other_publisher),
            other_published_at=other_at,
            differences=differences(record, other_record),
        )
    return Outcome(
        session_id=session_id,
        title=_title(record),
        kind=kind,
        version=int(version),
        parent=parent,
        conflict=conflict,
    )


def _archive_id(conn: psycopg.Connection[Any], url: str) -> str:
    psycopg = load_driver()
    try:
        row = conn.execute("SELECT archive_id::text FROM cocreatie.archive_info").fetchone()
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    if row is None:
        raise ArchiveRefusedError("archive_info is empty")
    return str(row[0])


def _queue(data_dir: Path, url: str, record: Record, with_names: bool, reason: str) -> Outcome:
    outbox.put(data_dir, str(record["id"]), record, without_password(url), with_names=with_names)
    return _queued(record, reason)


def _queued(record: Record, reason: str) -> Outcome:
    return Outcome(session_id=str(record["id"]), title=_title(record), kind="queued", reason=reason)


def _title(record: Record) -> str:
    meta = record.get("meta")
    return str(meta.get("title", "")) if isinstance(meta, dict) else ""
