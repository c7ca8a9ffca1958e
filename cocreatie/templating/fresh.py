"""A new session record from a template (a follow-up starts from an earlier
session instead: ``cocreatie.followup``). No IO."""

from __future__ import annotations

from cocreatie.i18n import current_language
from cocreatie.models import Actor, Session, SessionMeta
from cocreatie.privacy.retention import apply_default_retention
from cocreatie.templating.model import SessionTemplate


def fresh_session(template: SessionTemplate, title: str) -> Session:
    """A new record: the template's actors are there to start from, and the
    template's retention period runs from today until a date is set."""
    language = template.language if template.language in ("nl", "en") else current_language()
    session = Session(
        meta=SessionMeta(title=title, template_id=template.id, language=language),
        actors=[
            Actor(function=p.function, organisation=p.organisation, domain=p.domain)
            for p in template.actors
        ],
    )
    apply_default_retention(session, template)
    return session
