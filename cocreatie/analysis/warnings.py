"""Open points of a session: what the facilitator should still settle.

Warnings are not validation errors: during a live meeting a wish may
briefly have two accountable roles while the room is still deciding. They
are shown per step and summarised at the close and in the export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cocreatie.models import ActionStatus, Actor, ContactPerson, Session
from cocreatie.templating.model import SessionTemplate, StepType


@dataclass(frozen=True)
class SessionWarning:
    step: StepType
    code: str  # catalogue key under "analysis.warning."
    item_id: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


def accountable_counts(session: Session, template: SessionTemplate) -> dict[str, int]:
    role_id = template.accountable_role.id
    counts: Counter[str] = Counter(
        r.wish_id for r in session.roles if r.wish_id and r.role == role_id
    )
    return {w.id: counts.get(w.id, 0) for w in session.wishes}


def contact_key(contact: ContactPerson) -> str:
    """Who carries a contact item: the actor, else the name typed for them.

    Case-folded, so "Karin" and "karin" typed on two evenings count as one
    person; show ``_typed_names`` rather than this key.
    """
    return contact.actor_id or contact.person_name.casefold()


def contact_load(session: Session) -> Counter[str]:
    """How many items each contact person carries, by ``contact_key``."""
    return Counter(contact_key(c) for c in session.contacts)


def _typed_names(session: Session) -> dict[str, str]:
    """The name as first typed, per load key."""
    typed: dict[str, str] = {}
    for contact in session.contacts:
        typed.setdefault(contact_key(contact), contact.person_name)
    return typed


def session_warnings(session: Session, template: SessionTemplate) -> list[SessionWarning]:
    out: list[SessionWarning] = []
    prioritised = session.prioritised_wishes()[: template.voting.prioritise_top]

    if not session.meta.purpose:
        out.append(SessionWarning(StepType.PREPARATION, "no_purpose"))

    counts = accountable_counts(session, template)
    for wish in prioritised:
        n = counts.get(wish.id, 0)
        if n == 0:
            out.append(
                SessionWarning(StepType.ROLES, "no_accountable", wish.id, {"wish": wish.text})
            )
        elif n > 1:
            out.append(
                SessionWarning(
                    StepType.ROLES, "many_accountable", wish.id, {"wish": wish.text, "count": n}
                )
            )

    covered = {c.wish_id for c in session.contacts if c.wish_id}
    themes = {c.subject.casefold() for c in session.contacts if not c.wish_id}
    for wish in prioritised:
        if wish.id not in covered and not (wish.theme and wish.theme.casefold() in themes):
            out.append(
                SessionWarning(StepType.CONTACTS, "no_contact", wish.id, {"wish": wish.text})
            )
    typed = _typed_names(session)
    for key, n in contact_load(session).items():
        if n > template.limits.max_items_per_contact:
            out.append(
                SessionWarning(
                    StepType.CONTACTS,
                    "contact_overloaded",
                    key,
                    {
                        "who": _contact_name(session, key, typed.get(key)),
                        "count": n,
                        "max": template.limits.max_items_per_contact,
                    },
                )
            )
    for contact in session.contacts:
        if not contact.agreed:
            out.append(
                SessionWarning(
                    StepType.CONTACTS,
                    "contact_not_agreed",
                    contact.id,
                    {"who": _contact_name(session, contact.actor_id or contact.person_name)},
                )
            )

    for action in session.actions:
        if action.status is ActionStatus.DROPPED:
            continue
        params = {"action": action.title}
        if not action.owner_actor_id:
            out.append(SessionWarning(StepType.ACTIONS, "action_no_owner", action.id, params))
        if template.dual_ownership and not action.co_owner_actor_id:
            out.append(SessionWarning(StepType.ACTIONS, "action_no_co_owner", action.id, params))
        if not action.contact_id:
            out.append(SessionWarning(StepType.ACTIONS, "action_no_contact", action.id, params))
        if action.deadline is None:
            out.append(SessionWarning(StepType.ACTIONS, "action_no_deadline", action.id, params))
        if action.feedback_date is None:
            out.append(
                SessionWarning(StepType.ACTIONS, "action_no_feedback_date", action.id, params)
            )
    return out


def _contact_name(session: Session, key: str | None, typed: str | None = None) -> str:
    actor = session.find(Actor, key)
    return actor.label() if actor else (typed or key or "?")
