"""How long a session keeps personal data, and which sessions are past it.

Every session carries ``privacy.retention_until``. It starts as the session
date (or, without one, the day it was created) plus the template's
``retention_days``, and the facilitator may change it. After that date
``cocreatie purge`` removes the personal data and keeps the anonymous plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

# Templates always give retention_days; this is for sessions whose template
# can no longer be loaded (deleted by the facilitator).
FALLBACK_RETENTION_DAYS = 365


def default_retention(session: Session, template: SessionTemplate | None) -> dt.date:
    """Session date (or creation day) + the template's retention period."""
    start = session.meta.date or session.created.date()
    days = template.retention_days if template is not None else FALLBACK_RETENTION_DAYS
    return start + dt.timedelta(days=days)


def apply_default_retention(session: Session, template: SessionTemplate | None) -> bool:
    """Give ``session`` its default retention date if it has none.

    Call this wherever a session is created (new, demo, import of an old
    file). Returns whether it changed the session.
    """
    if session.privacy.retention_until is not None:
        return False
    set_retention(session, default_retention(session, template))
    return True


def set_retention(session: Session, until: dt.date) -> None:
    """Change the retention date (the facilitator may keep data shorter or longer)."""
    session.privacy = session.privacy.validated_copy(retention_until=until)
    session.touch()


def effective_retention(session: Session, template: SessionTemplate | None) -> dt.date:
    """The stored date, or the default for a record that predates the field."""
    return session.privacy.retention_until or default_retention(session, template)


def is_expired(retention_until: dt.date | None, today: dt.date) -> bool:
    """Past retention means: the last day to keep the data has gone by."""
    return retention_until is not None and retention_until < today


def purge_due(session: Session, template: SessionTemplate | None, today: dt.date) -> bool:
    """Whether ``cocreatie purge`` should take this session's personal data."""
    return not session.privacy.purged and is_expired(effective_retention(session, template), today)


S = TypeVar("S")


def _retention_of(item: object) -> tuple[dt.date | None, bool]:
    privacy = getattr(item, "privacy", None)
    if privacy is not None:  # a Session
        return privacy.retention_until, privacy.purged
    return getattr(item, "retention_until", None), bool(getattr(item, "purged", False))


def expired_sessions(items: Iterable[S], today: dt.date) -> list[S]:
    """The sessions (summaries or ``Session`` records) whose retention date
    has passed and whose personal data is still there; earliest date first.

    For the home screen: it lists them so the facilitator can run a purge.
    """
    due = []
    for item in items:
        until, purged = _retention_of(item)
        if not purged and is_expired(until, today):
            due.append((until, item))
    due.sort(key=lambda pair: pair[0] or dt.date.min)
    return [item for _, item in due]


def ensure_retention(session: Session, data_dir: Path) -> bool:
    """``apply_default_retention`` with the session's own template, read from
    ``data_dir`` (the fallback period when it cannot be loaded)."""
    from cocreatie.templating import TemplateError, load_template

    if session.privacy.retention_until is not None:
        return False
    try:
        template: SessionTemplate | None = load_template(session.meta.template_id, data_dir)
    except TemplateError:
        template = None
    return apply_default_retention(session, template)
