"""How the items of a session point at each other, and what a removal unlinks.

Roles, contact persons, actions, wishes and contributions refer to other
items by id. A record whose links point nowhere (a hand edit, a bad import,
a bug) is refused; removing an item first unlinks what pointed at it, so
the record stays whole. Both are plain functions of the lists, so the
session can check a change before it makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from cocreatie.models.action import Action
from cocreatie.models.actor import Actor, RoleAssignment
from cocreatie.models.closing import Closing
from cocreatie.models.contact import ContactPerson
from cocreatie.models.dots import DotVoting
from cocreatie.models.participant import Participant
from cocreatie.models.statements import StatementAnswer
from cocreatie.models.veiligheid import SafetyDefinition
from cocreatie.models.wish import Wish

# Whoever removes an actor a contact person was linked to still needs to
# know the contact had somebody; "?" says "ask who" without inventing a name.
UNKNOWN_PERSON = "?"


@dataclass(frozen=True)
class Linked:
    """The parts of a session that hold or receive links."""

    participants: list[Participant]
    veiligheid: SafetyDefinition
    wishes: list[Wish]
    actors: list[Actor]
    roles: list[RoleAssignment]
    contacts: list[ContactPerson]
    actions: list[Action]
    voting: DotVoting
    statements: list[StatementAnswer]
    closing: Closing

    @classmethod
    def of(cls, source: Any, changes: dict[str, Any]) -> Linked:
        """The parts as they will be once ``changes`` are made to ``source``."""
        names = cls.__dataclass_fields__
        return cls(**{name: changes.get(name, getattr(source, name)) for name in names})


def dangling_references(parts: Linked) -> list[str]:
    """Every link that points at no item, as "role r1 → wish w9"."""
    people = {p.id for p in parts.participants}
    wishes = {w.id for w in parts.wishes}
    actors = {a.id for a in parts.actors}
    contacts = {c.id for c in parts.contacts}
    dangling: list[str] = []
    contributions = {c.id for c in parts.veiligheid.contributions}
    for c in parts.veiligheid.contributions:
        if c.participant_id and c.participant_id not in people:
            dangling.append(f"contribution {c.id} → participant {c.participant_id}")
        if c.merged_into and c.merged_into not in contributions:
            dangling.append(f"contribution {c.id} → contribution {c.merged_into}")
    for w in parts.wishes:
        dangling += [f"wish {w.id} → participant {p}" for p in w.participant_ids if p not in people]
        if w.merged_into and w.merged_into not in wishes:
            dangling.append(f"wish {w.id} → wish {w.merged_into}")
    for d in parts.voting.dots:
        if d.wish_id not in wishes:
            dangling.append(f"dot → wish {d.wish_id}")
        if d.participant_id and d.participant_id not in people:
            dangling.append(f"dot → participant {d.participant_id}")
    answerers = [a.participant_id for a in parts.statements]
    answerers += [r.participant_id for r in parts.closing.responses]
    for who in answerers:
        if who and who not in people:
            dangling.append(f"answer → participant {who}")
    for r in parts.roles:
        if r.wish_id and r.wish_id not in wishes:
            dangling.append(f"role {r.id} → wish {r.wish_id}")
        if r.actor_id not in actors:
            dangling.append(f"role {r.id} → actor {r.actor_id}")
    for k in parts.contacts:
        if k.wish_id and k.wish_id not in wishes:
            dangling.append(f"contact {k.id} → wish {k.wish_id}")
        if k.actor_id and k.actor_id not in actors:
            dangling.append(f"contact {k.id} → actor {k.actor_id}")
    for a in parts.actions:
        dangling += [f"action {a.id} → wish {w}" for w in a.wish_ids if w not in wishes]
        for ref in (a.owner_actor_id, a.co_owner_actor_id):
            if ref and ref not in actors:
                dangling.append(f"action {a.id} → actor {ref}")
        if a.contact_id and a.contact_id not in contacts:
            dangling.append(f"action {a.id} → contact {a.contact_id}")
    return dangling


def dangling_error(dangling: list[str]) -> PydanticCustomError:
    return PydanticCustomError(
        "dangling_reference", "unknown reference: {refs}", {"refs": "; ".join(dangling)}
    )


def dangling_validation_error(dangling: list[str]) -> ValidationError:
    """The same refusal as the session's validator gives, for a checked edit."""
    detail: InitErrorDetails = {"type": dangling_error(dangling), "loc": (), "input": None}
    return ValidationError.from_exception_data("Session", [detail])


# -- removals ------------------------------------------------------------------


def without_participant(parts: Linked, participant_id: str) -> dict[str, Any]:
    """The changed parts once a participant is gone: what they said stays."""
    contributions = [
        c.validated_copy(participant_id=None) if c.participant_id == participant_id else c
        for c in parts.veiligheid.contributions
    ]
    wishes = [
        w.validated_copy(participant_ids=[p for p in w.participant_ids if p != participant_id])
        if participant_id in w.participant_ids
        else w
        for w in parts.wishes
    ]
    # Their dots and answers keep counting, without a name.
    dots = [
        d.validated_copy(participant_id=None) if d.participant_id == participant_id else d
        for d in parts.voting.dots
    ]
    statements = [
        a.validated_copy(participant_id=None) if a.participant_id == participant_id else a
        for a in parts.statements
    ]
    responses = [
        r.validated_copy(participant_id=None) if r.participant_id == participant_id else r
        for r in parts.closing.responses
    ]
    return {
        "participants": [p for p in parts.participants if p.id != participant_id],
        "veiligheid": parts.veiligheid.validated_copy(contributions=contributions),
        "wishes": wishes,
        "voting": parts.voting.validated_copy(dots=dots),
        "statements": statements,
        "closing": parts.closing.validated_copy(responses=responses),
    }


def without_wish(parts: Linked, wish_id: str) -> dict[str, Any]:
    # The wish's own contact persons go with it; actions that named one
    # lose the link rather than block the removal with a dangling id.
    gone = {k.id for k in parts.contacts if k.wish_id == wish_id}
    actions = []
    for a in parts.actions:
        if wish_id in a.wish_ids or a.contact_id in gone:
            a = a.validated_copy(
                wish_ids=[w for w in a.wish_ids if w != wish_id],
                contact_id=None if a.contact_id in gone else a.contact_id,
            )
        actions.append(a)
    # Duplicates merged into it stay hidden, remembering nothing; the dots
    # on it go back to their owners.
    wishes = [
        w.validated_copy(merged_into=None, hidden=True) if w.merged_into == wish_id else w
        for w in parts.wishes
        if w.id != wish_id
    ]
    dots = [d for d in parts.voting.dots if d.wish_id != wish_id]
    return {
        "wishes": wishes,
        "roles": [r for r in parts.roles if r.wish_id != wish_id],
        "contacts": [k for k in parts.contacts if k.id not in gone],
        "actions": actions,
        "voting": parts.voting.validated_copy(dots=dots),
    }


def without_actor(parts: Linked, actor_id: str) -> dict[str, Any]:
    contacts = [
        k.validated_copy(actor_id=None, person_name=k.person_name or UNKNOWN_PERSON)
        if k.actor_id == actor_id
        else k
        for k in parts.contacts
    ]
    actions = []
    for a in parts.actions:
        if actor_id in (a.owner_actor_id, a.co_owner_actor_id):
            owner = None if a.owner_actor_id == actor_id else a.owner_actor_id
            co_owner = None if a.co_owner_actor_id == actor_id else a.co_owner_actor_id
            # An agreed action needs an owner: losing it withdraws the agreement.
            agreed = a.agreed and owner is not None
            a = a.validated_copy(owner_actor_id=owner, co_owner_actor_id=co_owner, agreed=agreed)
        actions.append(a)
    return {
        "actors": [x for x in parts.actors if x.id != actor_id],
        "roles": [r for r in parts.roles if r.actor_id != actor_id],
        "contacts": contacts,
        "actions": actions,
    }


def without_contact(parts: Linked, contact_id: str) -> dict[str, Any]:
    actions = [
        a.validated_copy(contact_id=None) if a.contact_id == contact_id else a
        for a in parts.actions
    ]
    return {"contacts": [k for k in parts.contacts if k.id != contact_id], "actions": actions}


def without_role(parts: Linked, role_id: str) -> dict[str, Any]:
    return {"roles": [r for r in parts.roles if r.id != role_id]}


def without_action(parts: Linked, action_id: str) -> dict[str, Any]:
    return {"actions": [a for a in parts.actions if a.id != action_id]}
