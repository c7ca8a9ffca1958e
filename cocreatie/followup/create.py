"""Start and store a session in one call (for a worker or a command): a fresh
one from a template, or a follow-up of an earlier session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.followup.start import start_follow_up
from cocreatie.i18n import current_language
from cocreatie.models import Session, SessionMeta
from cocreatie.privacy.retention import apply_default_retention
from cocreatie.templating.model import SessionTemplate

if TYPE_CHECKING:
    from cocreatie.store.opensession import OpenSession
    from cocreatie.store.repository import SessionRepository


def fresh_session(template: SessionTemplate, title: str) -> Session:
    """A new record: the template's actors are there to start from, and the
    template's retention period runs from today until a date is set."""
    language = template.language if template.language in ("nl", "en") else current_language()
    meta = SessionMeta.model_validate(
        {"title": title, "template_id": template.id, "language": language}
    )
    session = Session(meta=meta)
    session.add_preset_actors(template.actors)
    apply_default_retention(session, template)
    return session


def create_session(
    repository: SessionRepository,
    template: SessionTemplate,
    title: str | None = None,
    previous_ref: str | None = None,
) -> OpenSession:
    """Store a new session (a follow-up of ``previous_ref`` when given) and
    return it open for writing. Disk IO: call from a worker.

    Without a title a fresh session takes the template's, a follow-up
    "Terugkomsessie: <earlier title>". Store errors pass through unchanged
    for the caller to word.
    """
    if previous_ref is None:
        return repository.create(fresh_session(template, title or template.title))
    return create_follow_up(repository, previous_ref, template, title)


def create_follow_up(
    repository: SessionRepository,
    previous_ref: str,
    template: SessionTemplate,
    title: str | None = None,
) -> OpenSession:
    """Read ``previous_ref`` (read-only, no lock), store its follow-up, and
    return the new session open for writing. Disk IO: call from a worker.

    Store errors (not found, damaged, newer schema) pass through unchanged
    for the caller to word.
    """
    with repository.open(previous_ref, read_only=True) as previous:
        session = start_follow_up(previous.session, template, title)
    return repository.create(session)
