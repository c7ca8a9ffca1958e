"""Open points of a session: what the facilitator should still settle.

Warnings are not validation errors: during a live meeting a wish may
briefly have two accountable roles while the room is still deciding. They
are shown per step and summarised at the close and in the export; all
three read this one list, so they cannot disagree.

Every chosen (starred) wish is checked, however many there are: the limit
``prioritise_top`` only says how many the "t" key stars at once. How many
actors may hold a role on one wish is the template's rule (``per_wish``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cocreatie.models import Action, ActionStatus, Actor, ContactPerson, Session, Wish
from cocreatie.templating.model import Role, RoleLimit, SessionTemplate, StepType


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


def chosen_wishes(session: Session, template: SessionTemplate) -> list[Wish]:
    """The wishes every check below covers (see ``Session.chosen_wishes``)."""
    return session.chosen_wishes(template.voting.prioritise_top)


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
    chosen = chosen_wishes(session, template)

    if not session.meta.purpose:
        out.append(SessionWarning(StepType.PREPARATION, "no_purpose"))

    out += role_warnings(session, template, chosen)

    for wish in uncovered_wishes(session, chosen):
        out.append(SessionWarning(StepType.CONTACTS, "no_contact", wish.id, {"wish": wish.text}))
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


def role_warnings(
    session: Session, template: SessionTemplate, chosen: list[Wish]
) -> list[SessionWarning]:
    """Per chosen wish, every role the template limits ("exactly one", "at most
    one"); and any wish whose action names an owner while nobody holds the
    accountable role there, because then the plan says two different things."""
    out: list[SessionWarning] = []
    held: Counter[tuple[str, str]] = Counter(
        (r.wish_id, r.role) for r in session.roles if r.wish_id
    )
    owned = _owned_actions(session)
    checked = {w.id for w in chosen}
    others = [w for w in session.wishes if w.id in owned and w.id not in checked]
    for wish in [*chosen, *others]:
        for role in template.roles:
            n = held[(wish.id, role.id)]
            params: dict[str, Any] = {"wish": wish.text, "role": role_word(role), "count": n}
            if n == 0 and role.accountable and wish.id in owned:
                # Which side is wrong: the wish lacks its aanjager, and the
                # action's owner is the obvious candidate.
                action = owned[wish.id]
                params |= {
                    "action": action.title,
                    "owner": _actor_label(session, action.owner_actor_id),
                    "owner_actor_id": action.owner_actor_id,
                }
                out.append(
                    SessionWarning(StepType.ROLES, "owner_without_accountable", wish.id, params)
                )
            elif wish.id not in checked or role.limit is RoleLimit.ANY:
                continue
            elif n == 0 and role.limit is RoleLimit.EXACTLY_ONE:
                out.append(SessionWarning(StepType.ROLES, "role_missing", wish.id, params))
            elif n > 1:
                out.append(SessionWarning(StepType.ROLES, "role_many", wish.id, params))
    return out


def role_word(role: Role) -> str:
    """The label as a word inside a sentence: "Aanjager" -> "aanjager".

    Only a plain capitalised word is lowered; "OOV-trekker" keeps its capitals.
    """
    label = role.label
    return label[:1].lower() + label[1:] if label[1:].islower() else label


def _owned_actions(session: Session) -> dict[str, Action]:
    """Per wish, the first live action for it that names an owner."""
    owned: dict[str, Action] = {}
    for action in session.actions:
        if action.owner_actor_id and action.status is not ActionStatus.DROPPED:
            for wish_id in action.wish_ids:
                owned.setdefault(wish_id, action)
    return owned


def uncovered_wishes(session: Session, chosen: list[Wish]) -> list[Wish]:
    """Chosen wishes without a fixed contact person, directly or by theme."""
    covered = {c.wish_id for c in session.contacts if c.wish_id}
    themes = {c.subject.casefold() for c in session.contacts if not c.wish_id}
    return [
        w for w in chosen if w.id not in covered and not (w.theme and w.theme.casefold() in themes)
    ]


def _actor_label(session: Session, actor_id: str | None) -> str:
    actor = session.find(Actor, actor_id)
    return actor.label() if actor else "?"


def _contact_name(session: Session, key: str | None, typed: str | None = None) -> str:
    actor = session.find(Actor, key)
    return actor.label() if actor else (typed or key or "?")
