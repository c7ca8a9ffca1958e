"""The session record: one document per greenfield session.

Screens, the command line and the privacy tools change a session only
through the methods here, so the domain rules (consent before contact
details, cascades when a wish goes, status history, pseudonyms) hold
whatever the caller. Every method is all or nothing: a refused change
raises ``ValidationError`` and leaves the record exactly as it was, so a
caller needs no trial run on a copy.

A change replaces fields and items, it never edits a list or an item in
place. So ``session.model_copy()`` (shallow) is a snapshot that later
changes do not reach; keep it that way (no ``session.wishes.append``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextvars import ContextVar
from datetime import date, datetime
from typing import Any, Literal, TypeVar

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator

from cocreatie.models.action import Action
from cocreatie.models.actor import Actor, ActorDescription, RoleAssignment
from cocreatie.models.base import Item, Record, UnknownItemError
from cocreatie.models.clock import now
from cocreatie.models.closing import Closing
from cocreatie.models.contact import ContactPerson
from cocreatie.models.curation import CurationEdits
from cocreatie.models.dot_edits import DotEdits
from cocreatie.models.dots import DotVoting
from cocreatie.models.ids import ID_PATTERN, new_session_id
from cocreatie.models.links import (
    Linked,
    dangling_error,
    dangling_references,
    dangling_validation_error,
    without_action,
    without_actor,
    without_contact,
    without_participant,
    without_role,
    without_wish,
)
from cocreatie.models.meta import Progress, SessionMeta
from cocreatie.models.participant import Consent, ContactDetails, Participant
from cocreatie.models.phone_edits import PhoneEdits
from cocreatie.models.privacy import Erasure, Privacy
from cocreatie.models.pseudonyms import PARTICIPANT_WORD, free_name, number_residents
from cocreatie.models.refusal import refused
from cocreatie.models.statements import StatementAnswer
from cocreatie.models.text import ShortText
from cocreatie.models.unique import unique_devices, unique_ids
from cocreatie.models.veiligheid import SafetyDefinition
from cocreatie.models.veiligheid_edits import VeiligheidEdits
from cocreatie.models.version import SCHEMA_VERSION
from cocreatie.models.vocab import ActionStatus
from cocreatie.models.wish import Wish

CollectionName = Literal["participants", "wishes", "actors", "roles", "contacts", "actions"]

# The item types a session keeps a list of. A constrained type variable, so
# ``session.get(Wish, id)`` is known to return a Wish and
# ``session.get(Contribution, id)`` is a type error.
ItemT = TypeVar("ItemT", Participant, Wish, Actor, RoleAssignment, ContactPerson, Action)

COLLECTIONS: dict[type[Item], CollectionName] = {
    Participant: "participants",
    Wish: "wishes",
    Actor: "actors",
    RoleAssignment: "roles",
    ContactPerson: "contacts",
    Action: "actions",
}
_REMOVALS: dict[type[Item], Callable[[Linked, str], dict[str, Any]]] = {
    Participant: without_participant,
    Wish: without_wish,
    Actor: without_actor,
    RoleAssignment: without_role,
    ContactPerson: without_contact,
    Action: without_action,
}

# Set while ``Session._commit`` assigns a change whose links it has already
# checked as a whole: the per-field assignments then skip the record
# validator's link check, which would see half-made changes (a removed
# wish before its roles are gone) and would repeat the same work.
_LINKS_CHECKED: ContextVar[bool] = ContextVar("links_checked", default=False)


def collection_of(kind: type[Item]) -> CollectionName:
    """The field that holds items of ``kind``; a ``TypeError`` for any other."""
    try:
        return COLLECTIONS[kind]
    except (KeyError, TypeError):
        # Say what to pass instead: callers once named the list ("wishes").
        raise TypeError(f"a session keeps no list of {kind!r}; pass Wish, Action, ...") from None


class Session(VeiligheidEdits, PhoneEdits, DotEdits, CurationEdits, Record):
    """One greenfield session.

    Items are reached and changed with one typed generic API keyed by the
    item's class: ``get(Wish, id)``, ``find(Actor, id)``, ``add(wish)``,
    ``update(Action, id, status=...)``, ``remove(Participant, id)``. One
    implementation carries the all-or-nothing rule, the cascades and the
    pseudonyms for every list, the class tells a type checker what comes
    back, and a new list is one line in ``COLLECTIONS``.
    """

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=new_session_id, pattern=ID_PATTERN)
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    meta: SessionMeta
    participants: list[Participant] = Field(default_factory=list)
    veiligheid: SafetyDefinition = Field(default_factory=SafetyDefinition)
    wishes: list[Wish] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    roles: list[RoleAssignment] = Field(default_factory=list)
    contacts: list[ContactPerson] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    closing: Closing = Field(default_factory=Closing)
    voting: DotVoting = Field(default_factory=DotVoting)  # dots placed from phones
    statements: list[StatementAnswer] = Field(default_factory=list)  # agree scale per factor
    progress: Progress = Field(default_factory=Progress)
    privacy: Privacy = Field(default_factory=Privacy)
    # A follow-up session ("terugkomsessie") points at the session it follows,
    # and keeps its title and date so the plan can name it even after that
    # session has been deleted or purged.
    previous_session_id: str | None = None
    previous_session_title: ShortText = ""
    previous_session_date: date | None = None

    @field_validator("participants", "wishes", "actors", "roles", "contacts", "actions")
    @classmethod
    def _unique_ids(cls, items: list[Any], info: ValidationInfo) -> list[Any]:
        return unique_ids(items, info)

    @field_validator("participants")
    @classmethod
    def _one_device_each(cls, people: list[Participant], info: ValidationInfo) -> list[Participant]:
        return unique_devices(people, info)

    @model_validator(mode="after")
    def _references_resolve(self) -> Session:
        """Refuse records whose links point nowhere (hand edits, bad imports)."""
        if not _LINKS_CHECKED.get():
            dangling = dangling_references(Linked.of(self, {}))
            if dangling:
                raise dangling_error(dangling)
        return self

    def model_post_init(self, context: Any, /) -> None:
        # A record from a file, an import or a test may lack pseudonyms;
        # numbering them here means every Session has them, so exports and
        # screens use the record's own and never number residents again.
        numbered = self._numbered({"participants": self.participants})
        if "privacy" in numbered:
            self._commit(numbered, touch=False)

    # -- the typed collections ---------------------------------------------------

    def items(self, kind: type[ItemT], /) -> list[ItemT]:
        """The list of ``kind`` items; read it, change it through the methods."""
        items: list[ItemT] = getattr(self, collection_of(kind))
        return items

    def find(self, kind: type[ItemT], item_id: str | None, /) -> ItemT | None:
        if item_id is None:
            return None
        return next((i for i in self.items(kind) if i.id == item_id), None)

    def get(self, kind: type[ItemT], item_id: str, /) -> ItemT:
        """The item with ``item_id``; raises ``UnknownItemError``."""
        found = self.find(kind, item_id)
        if found is None:
            raise UnknownItemError(collection_of(kind), item_id)
        return found

    def add(self, item: ItemT, /) -> ItemT:
        """Append ``item`` to its list; returns it as stored (a resident
        comes back with a pseudonym)."""
        kind: type[ItemT] = type(item)
        current: list[ItemT] = self.items(kind)
        if any(existing.id == item.id for existing in current):
            raise ValueError(f"duplicate id {item.id}")
        self._commit(self._numbered({collection_of(kind): [*current, item]}))
        return self.get(kind, item.id)

    def update(self, kind: type[ItemT], item_id: str, /, **changes: Any) -> ItemT:
        """Change fields of one item; returns the new version.

        Positional-only, so items may have fields named ``kind`` or ``item_id``.
        """
        return self._replace(self.get(kind, item_id).revised(**changes))

    def remove(self, kind: type[ItemT], item_id: str, /) -> None:
        """Remove one item and unlink what pointed at it (see ``links``)."""
        self.get(kind, item_id)
        self._commit(_REMOVALS[kind](Linked.of(self, {}), item_id))

    def replace_content(self, other: Session, *, touch: bool = True) -> None:
        """Take over ``other``'s content as one change, keeping this object
        (screens hold it). For whole-record rewrites such as an erasure; with
        ``touch=False`` for putting back a copy taken before a change (its
        ``updated`` stamp included)."""
        if other.id != self.id:
            raise ValueError(f"{other.id} is not session {self.id}")
        fields = [name for name in type(self).model_fields if not touch or name != "updated"]
        self._commit({name: getattr(other, name) for name in fields}, touch=touch)

    def touch(self) -> None:
        self.updated = now()

    # -- committing ----------------------------------------------------------------

    def _replace(self, new: ItemT, **also: Any) -> ItemT:
        kind = type(new)
        items = [new if i.id == new.id else i for i in self.items(kind)]
        self._commit(self._numbered({collection_of(kind): items, **also}))
        return self.get(kind, new.id)

    def _numbered(self, changes: dict[str, Any]) -> dict[str, Any]:
        # Someone added or re-marked as a resident needs a pseudonym before
        # any export, or their real name would stand in for it.
        if "participants" not in changes:
            return changes
        privacy: Privacy = changes.get("privacy", self.privacy)
        numbered = number_residents(changes["participants"], privacy.pseudonyms_issued)
        if numbered is None:
            return changes
        participants, issued = numbered
        privacy = privacy.validated_copy(pseudonyms_issued=issued)
        return {**changes, "participants": participants, "privacy": privacy}

    def _commit(self, changes: dict[str, Any], *, touch: bool = True) -> None:
        """Make ``changes`` (field → new value) as one change: all or nothing.

        The links of the record as it will be are checked first, once; only
        then are the fields assigned (each assignment still validates its
        value). Should an assignment fail anyway, the fields already set are
        put back, so a refused change leaves no trace.
        """
        dangling = dangling_references(Linked.of(self, changes))
        if dangling:
            raise dangling_validation_error(dangling)
        before = {name: getattr(self, name) for name in changes}
        token = _LINKS_CHECKED.set(True)
        try:
            for name, value in changes.items():
                setattr(self, name, value)
            if touch:
                self.touch()
        except ValidationError:
            for name, value in before.items():
                setattr(self, name, value)
            raise
        finally:
            _LINKS_CHECKED.reset(token)

    def _with_erasure(self, kind: Literal["participant", "consent_withdrawn", "purge"]) -> Privacy:
        return self.privacy.validated_copy(
            erasures=[*self.privacy.erasures, Erasure(at=now(), kind=kind)]
        )

    # -- wishes and roles ------------------------------------------------------------

    def vote(self, wish_id: str, delta: int) -> Wish:
        """The facilitator's tally; it never takes away a dot from a phone."""
        wish = self.get(Wish, wish_id)
        dots = self.voting.on_wish(wish_id)
        if dots and wish.votes + delta < dots:
            raise refused("votes_below_dots", "{dots} dots from phones", ("votes",), dots=dots)
        return self.update(Wish, wish_id, votes=wish.votes + delta)

    def prioritise_top(self, count: int) -> list[Wish]:
        """Prioritise the ``count`` wishes with most votes and no others.

        Ties keep the order the wishes were raised in. Returns the
        prioritised wishes, most votes first.
        """
        top = {w.id for w in self.wishes_by_votes()[:count]}  # shown wishes only
        wishes = [
            w if w.prioritised == (w.id in top) else w.revised(prioritised=w.id in top)
            for w in self.wishes
        ]
        if wishes != self.wishes:
            self._commit({"wishes": wishes})
        return [w for w in self.wishes_by_votes() if w.prioritised]

    def add_preset_actors(self, presets: Iterable[ActorDescription]) -> list[Actor]:
        """Start the actor list from a template's presets, all at once.

        A session that has actors keeps them as they are (returns ``[]``):
        the presets are a starting point, not a rule.
        """
        if self.actors:
            return []
        added = [
            Actor(function=p.function, organisation=p.organisation, domain=p.domain)
            for p in presets
        ]
        if added:
            self._commit({"actors": added})
        return added

    def set_role(self, wish_id: str, actor_id: str, role: str | None) -> None:
        """Set (or with ``None`` clear) the role of one actor on one wish."""
        kept = [r for r in self.roles if not (r.wish_id == wish_id and r.actor_id == actor_id)]
        if role is not None:
            kept.append(RoleAssignment(wish_id=wish_id, actor_id=actor_id, role=role))
        self._commit({"roles": kept})

    def role_of(self, wish_id: str, actor_id: str) -> str | None:
        return next(
            (r.role for r in self.roles if r.wish_id == wish_id and r.actor_id == actor_id), None
        )

    def set_action_status(self, action_id: str, status: ActionStatus, note: str = "") -> Action:
        return self._replace(self.get(Action, action_id).with_status(status, note))

    # -- participants and privacy ------------------------------------------------------

    def record_consent(self, participant_id: str, scope: str, by: str = "") -> Participant:
        consent = Consent(given=True, date=now().date(), scope=scope, recorded_by=by)
        return self.update(Participant, participant_id, consent=consent)

    def set_contact(self, participant_id: str, details: ContactDetails) -> Participant:
        return self.update(Participant, participant_id, contact=details)

    def withdraw_consent(self, participant_id: str) -> Participant:
        """Withdrawn consent takes the contact details with it, at once."""
        person = self.get(Participant, participant_id).revised(consent=None, contact=None)
        return self._replace(person, privacy=self._with_erasure("consent_withdrawn"))

    def erase_participant(self, participant_id: str) -> Participant:
        """Replace a person by their pseudonym; what they said stays, anonymous."""
        person = self.get(Participant, participant_id)
        taken = [n for p in self.participants for n in (p.pseudonym, p.display_name)]
        pseudonym = person.pseudonym or free_name(PARTICIPANT_WORD, taken)
        # A resident's organisation or function ("chair of the tenants'
        # association") can single them out; a professional's describes the
        # post, which the plan needs. The street stays: the plan counts
        # residents per street.
        post = {} if not person.is_resident else {"organisation": "", "function": ""}
        erased = person.revised(
            display_name=pseudonym,
            pseudonym=pseudonym,
            consent=None,
            contact=None,
            years_in_neighbourhood=None,
            erased=True,
            device_id=None,
            **post,
        )
        return self._replace(erased, privacy=self._with_erasure("participant"))

    # -- views -------------------------------------------------------------------------

    def wishes_by_votes(self) -> list[Wish]:
        """The shown wishes (not hidden, not merged), most votes first."""
        # Stable on ties: the order wishes were raised in the room.
        return sorted((w for w in self.wishes if w.shown), key=lambda w: -w.votes)

    def chosen_wishes(self, top: int) -> list[Wish]:
        """The wishes the plan commits to: every starred one, however many.

        Until anything is starred the ``top`` wishes by votes stand in, so
        the roles and contacts steps have something to work on.
        """
        by_votes = self.wishes_by_votes()
        return [w for w in by_votes if w.prioritised] or by_votes[:top]

    def participant_name(self, participant_id: str | None, with_names: bool = True) -> str:
        person = self.find(Participant, participant_id)
        return person.public_name(with_names) if person else ""
