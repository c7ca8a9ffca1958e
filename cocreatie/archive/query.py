"""The coordinator's views over the archive: the latest version of every
session, each action once.

An action carried into follow-up sessions is one action, as in the folder's
overview (``export.overview``): the archive gives each row its identity
(the carry chain followed back to the first session) and marks the newest
copy of each (``is_latest``, kept by triggers; schema version 3). Filters
run in the database on ``cocreatie.actions``: over the whole archive on the
newest copies, by indexes (owner and neighbourhood by trigram indexes;
"late", not done with the deadline or the feedback date passed, by partial
indexes of the newest open and busy actions); over chosen sessions on the
newest copy among those sessions (``cocreatie.latest_copies``), as the
folder's ``Overview.filtered`` has it. The rows come back as the folder's
``OverviewRow`` so the same Markdown, CSV and screens show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cocreatie.archive.driver import load_driver, translate
from cocreatie.archive.errors import ArchiveNotFoundError, ArchiveRefusedError
from cocreatie.archive.record import session_of
from cocreatie.export.overview import Overview, OverviewFilter, OverviewRow
from cocreatie.i18n import t
from cocreatie.models import ActionStatus, Session
from cocreatie.models.clock import today as clock_today
from cocreatie.store.errors import AmbiguousSessionError

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql

# Late as ``Action.is_late`` has it: not done while the deadline or the
# feedback date has passed.
_LATE = "status IN ('open', 'busy') AND (feedback_date < %(today)s OR deadline < %(today)s)"
_COLUMNS = (
    "session_id, session_title, neighbourhood, session_date, action_id, title,"
    " owner, co_owner, contact, deadline, feedback_date, status,"
    f" ({_LATE}) IS TRUE AS overdue, identity, generation, session_when, session_created"
)
# The folder overview's order (OverviewRow.sort_key); Python's sort after
# this only settles what the database's collation orders differently.
_ORDER = (
    " ORDER BY feedback_date NULLS LAST, deadline NULLS LAST,"
    " lower(session_title), lower(title), session_id, action_id"
)
# Each action once: the newest copy in the archive, or among the sessions asked for.
_EVERY_NEWEST = "cocreatie.actions WHERE is_latest"
_NEWEST_AMONG = "cocreatie.latest_copies(%(sessions)s, NULL) WHERE true"


def overview(
    conn: psycopg.Connection[Any], url: str, flt: OverviewFilter, today: dt.date | None = None
) -> tuple[list[OverviewRow], int]:
    """The actions matching ``flt``, each once, and how many actions are in
    scope (the sessions asked for, or all)."""
    from psycopg import sql

    params: dict[str, Any] = {"today": today or clock_today()}
    source = _EVERY_NEWEST
    if flt.session_ids:
        source = _NEWEST_AMONG
        params["sessions"] = sorted(flt.session_ids)
    conditions: list[sql.Composable] = []
    if flt.status is not None:
        conditions.append(sql.SQL("status = %(status)s"))
        params["status"] = flt.status.value
    if flt.overdue:
        conditions.append(sql.SQL(_LATE))
    if flt.owner:
        conditions.append(sql.SQL("people LIKE %(owner)s"))
        params["owner"] = _contains(flt.owner)
    if flt.neighbourhood:
        conditions.append(sql.SQL("neighbourhood_key LIKE %(neighbourhood)s"))
        params["neighbourhood"] = _contains(flt.neighbourhood)
    select = sql.SQL(f"SELECT {_COLUMNS} FROM {source}")
    query = select + _and(conditions) + sql.SQL(_ORDER)
    count = sql.SQL(f"SELECT count(*) FROM {source}")
    psycopg = load_driver()
    try:
        rows = [_row(values) for values in conn.execute(query, params).fetchall()]
        total_row = conn.execute(count, params).fetchone()
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    rows.sort(key=OverviewRow.sort_key)
    return rows, int(total_row[0]) if total_row else 0


def load_overview(conn: psycopg.Connection[Any], url: str, session_ids: frozenset[str]) -> Overview:
    """Every action in scope, for the review screen (which filters as you type)."""
    rows, _ = overview(conn, url, OverviewFilter(session_ids=session_ids))
    return Overview(rows)


def resolve(conn: psycopg.Connection[Any], url: str, ref: str) -> str:
    """The session id ``ref`` names: an id, or the unique start of one,
    among the sessions this role may read (a facilitator: its own)."""
    psycopg = load_driver()
    try:
        found = conn.execute(
            "SELECT DISTINCT session_id FROM cocreatie.session_versions"
            " WHERE session_id = %(ref)s OR session_id LIKE %(start)s"
            " ORDER BY session_id LIMIT 20",
            {"ref": ref, "start": _escape(ref) + "%"},
        ).fetchall()
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    ids = [str(row[0]) for row in found]
    if ref in ids:
        return ref
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise ArchiveNotFoundError(t("archive.error.not_found", ref=ref))
    raise AmbiguousSessionError(ref, ids)


def latest_session(conn: psycopg.Connection[Any], url: str, session_id: str) -> Session:
    """The latest version of a session, as a session record."""
    record = version_record(conn, url, session_id, None)
    return session_of(record)


def version_record(
    conn: psycopg.Connection[Any], url: str, session_id: str, version: int | None
) -> dict[str, Any]:
    """The stored record of one version (``None``: the latest this role may read)."""
    psycopg = load_driver()
    try:
        row = conn.execute(
            "SELECT record FROM cocreatie.session_versions"
            " WHERE session_id = %s AND (%s::integer IS NULL OR version = %s)"
            " ORDER BY version DESC LIMIT 1",
            (session_id, version, version),
        ).fetchone()
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    if row is None:
        ref = (
            session_id
            if version is None
            else t("archive.error.version_ref", id=session_id, version=version)
        )
        raise ArchiveNotFoundError(t("archive.error.not_found", ref=ref))
    record = row[0]
    if not isinstance(record, dict):
        raise ArchiveRefusedError(f"{session_id}: stored record is not an object")
    return record


def _and(conditions: list[sql.Composable]) -> sql.Composable:
    from psycopg import sql

    return sql.SQL("").join(sql.SQL(" AND ") + c for c in conditions)


def _contains(text: str) -> str:
    return "%" + _escape(text.strip().lower()) + "%"


def _escape(text: str) -> str:
    # LIKE's wildcards typed by a person are meant literally.
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(values: tuple[Any, ...]) -> OverviewRow:
    (
        sid,
        stitle,
        hood,
        sdate,
        aid,
        title,
        owner,
        co_owner,
        contact,
        deadline,
        feedback,
        status,
        overdue,
        identity,
        generation,
        when,
        created,
    ) = values
    return OverviewRow(
        session_id=sid,
        session_title=stitle,
        neighbourhood=hood,
        session_date=sdate,
        action_id=aid,
        title=title,
        owner=owner,
        co_owner=co_owner,
        contact=contact,
        deadline=deadline,
        feedback_date=feedback,
        status=ActionStatus(status),
        overdue=bool(overdue),
        identity=identity,
        newness=(generation, when, created),
    )


@dataclass(frozen=True)
class VersionInfo:
    version: int
    parent: int | None
    publisher: str
    published_at: dt.datetime
    content_hash: str
    conflicts_with: int | None


def history(conn: psycopg.Connection[Any], url: str, session_id: str) -> list[VersionInfo]:
    """Every version of a session this role may read, oldest first."""
    psycopg = load_driver()
    try:
        found = conn.execute(
            "SELECT version, parent_version, publisher, published_at, content_hash,"
            " conflicts_with FROM cocreatie.session_versions"
            " WHERE session_id = %s ORDER BY version",
            (session_id,),
        ).fetchall()
    except psycopg.Error as exc:
        raise translate(exc, url) from None
    return [VersionInfo(*row) for row in found]
