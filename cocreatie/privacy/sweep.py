"""Find the sessions past retention in a data folder, and purge them.

File-level counterpart of ``purge.py``, shared by ``cocreatie purge`` and
the home screen (which runs it in a worker). Finding only reads: nothing is
created, locked or rewritten, so a dry run leaves every byte as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from cocreatie.models import Session
from cocreatie.privacy.purge import personal_terms, purge_personal_data
from cocreatie.privacy.retention import effective_retention, purge_due
from cocreatie.privacy.scrub import ScrubReport, scrub_logs, scrub_session_copies
from cocreatie.store.drafts import drop_drafts
from cocreatie.store.errors import StoreError
from cocreatie.store.records import load_record
from cocreatie.store.repository import SessionRepository
from cocreatie.store.sessionfile import read_record
from cocreatie.store.trash import TrashedSession
from cocreatie.templating import SessionTemplate, TemplateError, load_template

log = logging.getLogger(__name__)

TemplateFor = Callable[[str], SessionTemplate | None]


@dataclass(frozen=True)
class DueSession:
    id: str
    title: str
    retention_until: dt.date
    # Set for a deleted session waiting in the trash: the copy there still
    # holds the names, so it is removed for good.
    trashed: TrashedSession | None = None


@dataclass(frozen=True)
class Sweep:
    due: list[DueSession]
    # Files that cannot be read cannot be judged; the facilitator must look.
    unreadable: list[tuple[str, str]]


def templates_of(repository: SessionRepository) -> TemplateFor:
    """Templates by id, each read once; ``None`` for one that is gone."""

    @cache
    def template(template_id: str) -> SessionTemplate | None:
        try:
            return load_template(template_id, repository.data_dir)
        except TemplateError:
            return None  # a deleted own template: the fallback period applies

    return template


def find_due(repository: SessionRepository, today: dt.date) -> Sweep:
    """Sessions past their retention date that still hold personal data."""
    template = templates_of(repository)
    due: list[DueSession] = []
    unreadable: list[tuple[str, str]] = []
    for summary in repository.list_summaries():
        if summary.damaged or summary.newer_schema:
            unreadable.append((summary.id, summary.problem or ""))
            continue
        try:
            with repository.open(summary.id, read_only=True) as opened:
                session = opened.session
        except StoreError as exc:
            unreadable.append((summary.id, str(exc)))
            continue
        found = _due(session, template, today)
        if found:
            due.append(found)
    for entry in repository.list_trash():
        found = _trashed_due(entry, template, today)
        if found:
            due.append(found)
    due.sort(key=lambda d: (d.retention_until, d.id, d.trashed is not None))
    return Sweep(due, unreadable)


def _due(
    session: Session, template: TemplateFor, today: dt.date, trashed: TrashedSession | None = None
) -> DueSession | None:
    chosen = template(session.meta.template_id)
    if not purge_due(session, chosen, today):
        return None
    until = effective_retention(session, chosen)
    return DueSession(session.id, session.meta.title, until, trashed)


def _trashed_due(entry: TrashedSession, template: TemplateFor, today: dt.date) -> DueSession | None:
    try:
        record = read_record(entry.path)
        if record is None:
            return None
        session, _, _ = load_record(record)
    except (StoreError, OSError):
        return None  # an unreadable trashed file is the store's to report
    return _due(session, template, today, entry)


def purge_session(
    repository: SessionRepository, session_id: str, today: dt.date
) -> ScrubReport | None:
    """Purge one live session, holding its lock.

    ``None`` if it was not due after all (changed meanwhile). Raises the
    store's errors, such as ``SessionLockedError`` while it is open elsewhere.
    """
    template = templates_of(repository)
    with repository.open(session_id) as opened:
        session = opened.session
        if not purge_due(session, template(session.meta.template_id), today):
            return None
        terms = personal_terms(session)
        opened.save(purge_personal_data(session))
        report = scrub_session_copies(repository, session_id, terms)
        # Drafts may name anyone, also people never saved: all of them go.
        gone = drop_drafts(repository.layout, session_id, lambda _draft: True)
        return replace(report, drafts_removed=report.drafts_removed + gone)


def remove_trashed(repository: SessionRepository, item: DueSession) -> None:
    """Remove a deleted session past retention for good.

    When no live session has its id, every trace goes (trash, damaged
    copies, backups); otherwise only this trashed copy.
    """
    entry = item.trashed
    if entry is None:
        raise ValueError("not a trashed session")
    terms: list[str] = []
    try:
        record = read_record(entry.path)
        if record is not None:
            terms = personal_terms(load_record(record)[0])
    except (StoreError, OSError):
        pass
    if repository.exists(entry.session_id):
        entry.path.unlink(missing_ok=True)
    else:
        repository.erase(entry.session_id)
    scrub_logs(repository.layout.logs_dir, terms)
    log.info("privacy: removed deleted session %s past retention", entry.session_id)
