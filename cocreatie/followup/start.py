"""Build a follow-up session from an earlier one.

What comes along, and why:
- every action, with its status and history, marked ``carried_from`` so the
  follow-up can walk through them and the export can show progress; dropped
  ones too, because "dropped" is news residents are owed;
- all actors and contact persons: the owners and the fixed faces residents
  were told about; the contacts step checks whether they still hold;
- the wishes those actions and contacts point at (so every link resolves),
  with their votes cleared: dots are per evening, and old totals would push
  the new wishes off the top of tonight's list;
- role assignments on those wishes, and on themes;
- the neighbourhood, the streets and the purpose;
- the open questions of the closing: still open until someone answers them;
- the earlier session's title and date, so the plan names it.

Participants and what they said stay behind: tonight's room is a new room,
and keeping as little personal data as possible is the rule.
"""

from __future__ import annotations

import datetime as dt

from cocreatie.i18n import t
from cocreatie.models import Action, Closing, Session, SessionMeta, Wish
from cocreatie.models.clock import today
from cocreatie.models.text import SHORT_MAX
from cocreatie.privacy.retention import apply_default_retention
from cocreatie.templating.model import SessionTemplate

_SEPARATOR = "/"


def carried_from(session_id: str, action_id: str) -> str:
    return f"{session_id}{_SEPARATOR}{action_id}"


def parse_carried_from(value: str) -> tuple[str, str] | None:
    """``(session id, action id)`` from ``Action.carried_from``, if set."""
    session_id, sep, action_id = value.partition(_SEPARATOR)
    return (session_id, action_id) if sep and session_id and action_id else None


def start_follow_up(
    previous: Session, template: SessionTemplate, title: str | None = None
) -> Session:
    """A new, unsaved session that follows ``previous``.

    The date is the next meeting agreed at the end of ``previous`` when one
    was set, otherwise today; the facilitator can change it in preparation.
    """
    wish_ids = _linked_wish_ids(previous)
    meta = SessionMeta(
        title=title or _default_title(previous),
        neighbourhood=previous.meta.neighbourhood,
        greenfield_area=list(previous.meta.greenfield_area),
        purpose=previous.meta.purpose,
        date=_meeting_date(previous),
        template_id=template.id,
        language=template.language,
    )
    session = Session(
        meta=meta,
        previous_session_id=previous.id,
        previous_session_title=previous.meta.title,
        previous_session_date=previous.meta.date or previous.created.date(),
        # What was left open is still open until tonight's room answers it.
        closing=Closing(
            open_questions=[n.model_copy(deep=True) for n in previous.closing.open_questions]
        ),
        actors=[a.model_copy(deep=True) for a in previous.actors],
        wishes=[_carried_wish(w) for w in previous.wishes if w.id in wish_ids],
        roles=[
            r.model_copy(deep=True)
            for r in previous.roles
            if r.wish_id is None or r.wish_id in wish_ids
        ],
        contacts=[c.model_copy(deep=True) for c in previous.contacts],
        actions=[_carried_action(previous.id, a) for a in previous.actions],
    )
    # Its own retention date: the follow-up starts a new period, from its
    # own date, under its own template.
    apply_default_retention(session, template)
    return session


def _linked_wish_ids(session: Session) -> set[str]:
    linked = {w for a in session.actions for w in a.wish_ids}
    linked |= {c.wish_id for c in session.contacts if c.wish_id}
    return linked


def _carried_wish(wish: Wish) -> Wish:
    # Participants are not carried over, so their links go too.
    return wish.model_copy(
        deep=True, update={"votes": 0, "prioritised": False, "participant_ids": []}
    )


def _carried_action(session_id: str, action: Action) -> Action:
    # What residents noticed and whether they heard back are tonight's
    # questions: start them empty rather than inherit an older answer.
    return action.model_copy(
        deep=True,
        update={
            "carried_from": carried_from(session_id, action.id),
            "residents_noticed": "",
            "feedback_given": None,
        },
    )


def _default_title(previous: Session) -> str:
    title = t("followup.default_title", title=previous.meta.title)
    return title if len(title) <= SHORT_MAX else title[: SHORT_MAX - 1] + "…"


def _meeting_date(previous: Session) -> dt.date:
    planned = previous.closing.next_meeting.date
    return planned if planned is not None else today()
