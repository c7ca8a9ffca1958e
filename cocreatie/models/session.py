"""The session record: one document per greenfield session.

Screens and the command line change a session only through the methods
here, so the domain rules (consent before contact details, cascades when a
wish goes, status history) hold whatever the caller.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal, TypeVar

from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.action import Action
from cocreatie.models.actor import Actor, RoleAssignment
from cocreatie.models.base import Item, Record
from cocreatie.models.clock import now
from cocreatie.models.closing import Closing
from cocreatie.models.contact import ContactPerson
from cocreatie.models.ids import ID_PATTERN, new_session_id
from cocreatie.models.meta import Progress, SessionMeta
from cocreatie.models.participant import Consent, ContactDetails, Participant
from cocreatie.models.privacy import Erasure, Privacy
from cocreatie.models.text import ShortText
from cocreatie.models.unique import unique_ids
from cocreatie.models.veiligheid import Contribution, FactorVerdict, Note, SafetyDefinition
from cocreatie.models.version import SCHEMA_VERSION
from cocreatie.models.vocab import ActionStatus, Congruence
from cocreatie.models.wish import Wish

Collection = Literal["participants", "wishes", "actors", "roles", "contacts", "actions"]
T = TypeVar("T", bound=Item)


class UnknownItemError(LookupError):
    def __init__(self, collection: str, item_id: str) -> None:
        super().__init__(f"{collection}: {item_id}")
        self.collection = collection
        self.item_id = item_id


class Session(Record):
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

    @model_validator(mode="after")
    def _references_resolve(self) -> Session:
        """Refuse records whose links point nowhere (hand edits, bad imports)."""
        people = {p.id for p in self.participants}
        wishes = {w.id for w in self.wishes}
        actors = {a.id for a in self.actors}
        contacts = {c.id for c in self.contacts}
        dangling: list[str] = []
        for c in self.veiligheid.contributions:
            if c.participant_id and c.participant_id not in people:
                dangling.append(f"contribution {c.id} → participant {c.participant_id}")
        for w in self.wishes:
            dangling += [
                f"wish {w.id} → participant {p}" for p in w.participant_ids if p not in people
            ]
        for r in self.roles:
            if r.wish_id and r.wish_id not in wishes:
                dangling.append(f"role {r.id} → wish {r.wish_id}")
            if r.actor_id not in actors:
                dangling.append(f"role {r.id} → actor {r.actor_id}")
        for c in self.contacts:
            if c.wish_id and c.wish_id not in wishes:
                dangling.append(f"contact {c.id} → wish {c.wish_id}")
            if c.actor_id and c.actor_id not in actors:
                dangling.append(f"contact {c.id} → actor {c.actor_id}")
        for a in self.actions:
            dangling += [f"action {a.id} → wish {w}" for w in a.wish_ids if w not in wishes]
            for ref in (a.owner_actor_id, a.co_owner_actor_id):
                if ref and ref not in actors:
                    dangling.append(f"action {a.id} → actor {ref}")
            if a.contact_id and a.contact_id not in contacts:
                dangling.append(f"action {a.id} → contact {a.contact_id}")
        if dangling:
            raise PydanticCustomError(
                "dangling_reference", "unknown reference: {refs}", {"refs": "; ".join(dangling)}
            )
        return self

    # -- generic item handling -------------------------------------------------

    def touch(self) -> None:
        self.updated = now()

    def _items(self, collection: Collection) -> list[Any]:
        return getattr(self, collection)

    def get(self, collection: Collection, item_id: str) -> Any:
        for item in self._items(collection):
            if item.id == item_id:
                return item
        raise UnknownItemError(collection, item_id)

    def find(self, collection: Collection, item_id: str | None) -> Any | None:
        if item_id is None:
            return None
        return next((i for i in self._items(collection) if i.id == item_id), None)

    def add(self, collection: Collection, item: T) -> T:
        items = self._items(collection)
        if any(existing.id == item.id for existing in items):
            raise ValueError(f"duplicate id {item.id}")
        candidate = [*items, item]
        self._replace_list(collection, candidate)
        if isinstance(item, Participant):
            self.assign_pseudonyms()
        return item

    def update(self, collection: Collection, item_id: str, **changes: Any) -> Any:
        """Validate the changed item first, then swap it in: all or nothing."""
        old = self.get(collection, item_id)
        new = old.revised(**changes)
        items = [new if i.id == item_id else i for i in self._items(collection)]
        self._replace_list(collection, items)
        if collection == "participants":
            # Someone re-marked as a resident needs a pseudonym before any
            # export, or their real name would stand in for it.
            self.assign_pseudonyms()
        return new

    def remove(self, collection: Collection, item_id: str) -> None:
        self.get(collection, item_id)
        data = self.model_dump()
        data[collection] = [i for i in data[collection] if i["id"] != item_id]
        _cascade(data, collection, item_id)
        fresh = Session.model_validate(data)
        for name in type(self).model_fields:
            object.__setattr__(self, name, getattr(fresh, name))
        self.touch()

    def _replace_list(self, collection: Collection, items: list[Any]) -> None:
        # Assignment re-runs the session validator, so a dangling link is
        # refused. Pydantic has already stored the value by then, so put the
        # old list back: a refused edit must leave no trace.
        old = self._items(collection)
        try:
            setattr(self, collection, items)
        except ValidationError:
            object.__setattr__(self, collection, old)
            raise
        self.touch()

    # -- domain operations -----------------------------------------------------

    def assign_pseudonyms(self) -> None:
        """Give each resident a stable "Bewoner N"; numbers are never reused."""
        used = [int(p.pseudonym.split()[-1]) for p in self.participants if _numbered(p.pseudonym)]
        # The record remembers the highest number handed out: after a removal
        # the list alone would offer that number again.
        issued = self.privacy.pseudonyms_issued
        counter = max([*used, issued], default=0)
        for p in self.participants:
            if p.is_resident and not p.pseudonym:
                counter += 1
                object.__setattr__(p, "pseudonym", f"Bewoner {counter}")
        if counter != issued:
            privacy = self.privacy.model_copy(update={"pseudonyms_issued": counter})
            object.__setattr__(self, "privacy", privacy)

    def vote(self, wish_id: str, delta: int) -> Wish:
        wish = self.get("wishes", wish_id)
        return self.update("wishes", wish_id, votes=wish.votes + delta)

    def set_role(self, wish_id: str, actor_id: str, role: str | None) -> None:
        """Set (or with ``None`` clear) the role of one actor on one wish."""
        kept = [r for r in self.roles if not (r.wish_id == wish_id and r.actor_id == actor_id)]
        if role is not None:
            kept.append(RoleAssignment(wish_id=wish_id, actor_id=actor_id, role=role))
        self._replace_list("roles", kept)

    def role_of(self, wish_id: str, actor_id: str) -> str | None:
        return next(
            (r.role for r in self.roles if r.wish_id == wish_id and r.actor_id == actor_id), None
        )

    def set_action_status(self, action_id: str, status: ActionStatus, note: str = "") -> Action:
        action = self.get("actions", action_id).with_status(status, note)
        items = [action if a.id == action_id else a for a in self.actions]
        self._replace_list("actions", items)
        return action

    def record_consent(self, participant_id: str, scope: str, by: str = "") -> Participant:
        consent = Consent(given=True, date=now().date(), scope=scope, recorded_by=by)
        return self.update("participants", participant_id, consent=consent)

    def set_contact(self, participant_id: str, details: ContactDetails) -> Participant:
        return self.update("participants", participant_id, contact=details)

    def withdraw_consent(self, participant_id: str) -> Participant:
        """Withdrawn consent takes the contact details with it, at once."""
        updated = self.update("participants", participant_id, consent=None, contact=None)
        self._note_erasure("consent_withdrawn")
        return updated

    def erase_participant(self, participant_id: str) -> Participant:
        """Replace a person by their pseudonym; what they said stays, anonymous."""
        person = self.get("participants", participant_id)
        pseudonym = person.pseudonym or self._free_pseudonym("Deelnemer")
        # A resident's organisation or function ("chair of the tenants'
        # association") can single them out; a professional's describes the
        # post, which the plan needs. The street stays: the plan counts
        # residents per street.
        post = {} if not person.is_resident else {"organisation": "", "function": ""}
        updated = self.update(
            "participants",
            participant_id,
            display_name=pseudonym,
            pseudonym=pseudonym,
            consent=None,
            contact=None,
            years_in_neighbourhood=None,
            erased=True,
            **post,
        )
        self._note_erasure("participant")
        return updated

    def _free_pseudonym(self, word: str) -> str:
        # Not the list position: after a removal that could repeat a number.
        taken = {p.pseudonym for p in self.participants} | {
            p.display_name for p in self.participants
        }
        number = 1
        while f"{word} {number}" in taken:
            number += 1
        return f"{word} {number}"

    def _note_erasure(self, kind: Literal["participant", "consent_withdrawn", "purge"]) -> None:
        erasures = [*self.privacy.erasures, Erasure(at=now(), kind=kind)]
        self.privacy = self.privacy.model_copy(update={"erasures": erasures})
        self.touch()

    # -- "wat is veiligheid?" -------------------------------------------------

    def add_contribution(
        self, text: str, participant_id: str | None = None, factor_ids: list[str] | None = None
    ) -> Contribution:
        item = Contribution(text=text, participant_id=participant_id, factor_ids=factor_ids or [])
        self._revise_veiligheid(contributions=[*self.veiligheid.contributions, item])
        return item

    def update_contribution(self, contribution_id: str, **changes: Any) -> Contribution:
        old = self._contribution(contribution_id)
        new = old.revised(**changes)
        items = [new if c.id == contribution_id else c for c in self.veiligheid.contributions]
        self._revise_veiligheid(contributions=items)
        return new

    def toggle_contribution_factor(self, contribution_id: str, factor_id: str) -> Contribution:
        factors = list(self._contribution(contribution_id).factor_ids)
        if factor_id in factors:
            factors.remove(factor_id)
        else:
            factors.append(factor_id)
        return self.update_contribution(contribution_id, factor_ids=factors)

    def remove_contribution(self, contribution_id: str) -> None:
        self._contribution(contribution_id)
        kept = [c for c in self.veiligheid.contributions if c.id != contribution_id]
        self._revise_veiligheid(contributions=kept)

    def set_verdict(
        self, factor_id: str, verdict: Congruence | None, note: str | None = None
    ) -> FactorVerdict:
        """Record the congruence verdict of one factor; ``note=None`` keeps the note."""
        old = self.veiligheid.verdict_for(factor_id)
        kept_note = old.note if old and note is None else (note or "")
        new = (
            old.revised(verdict=verdict, note=kept_note)
            if old
            else FactorVerdict(factor_id=factor_id, verdict=verdict, note=kept_note)
        )
        others = [v for v in self.veiligheid.verdicts if v.factor_id != factor_id]
        self._revise_veiligheid(verdicts=[*others, new])
        return new

    def set_shared_definition(self, text: str) -> None:
        self._revise_veiligheid(shared_definition=text)

    def add_note(self, kind: Literal["agreements", "differences"], text: str) -> Note:
        note = Note(text=text)
        self._revise_veiligheid(**{kind: [*getattr(self.veiligheid, kind), note]})
        return note

    def remove_note(self, kind: Literal["agreements", "differences"], note_id: str) -> None:
        notes = getattr(self.veiligheid, kind)
        if not any(n.id == note_id for n in notes):
            raise UnknownItemError(kind, note_id)
        self._revise_veiligheid(**{kind: [n for n in notes if n.id != note_id]})

    def _contribution(self, contribution_id: str) -> Contribution:
        for c in self.veiligheid.contributions:
            if c.id == contribution_id:
                return c
        raise UnknownItemError("contributions", contribution_id)

    def _revise_veiligheid(self, **changes: Any) -> None:
        # Validate the whole new definition first, then swap it in with the
        # same rollback as _replace_list: a refused edit leaves no trace.
        data = self.veiligheid.model_dump()
        data.update(changes)
        fresh = SafetyDefinition.model_validate(data)
        old = self.veiligheid
        try:
            self.veiligheid = fresh
        except ValidationError:
            object.__setattr__(self, "veiligheid", old)
            raise
        self.touch()

    # -- views -----------------------------------------------------------------

    def wishes_by_votes(self) -> list[Wish]:
        # Stable on ties: the order wishes were raised in the room.
        return sorted(self.wishes, key=lambda w: -w.votes)

    def chosen_wishes(self, top: int) -> list[Wish]:
        """The wishes the plan commits to: every starred one, however many.

        Until anything is starred the ``top`` wishes by votes stand in, so
        the roles and contacts steps have something to work on.
        """
        by_votes = self.wishes_by_votes()
        return [w for w in by_votes if w.prioritised] or by_votes[:top]

    def participant_name(self, participant_id: str | None, with_names: bool = True) -> str:
        person = self.find("participants", participant_id)
        return person.public_name(with_names) if person else ""


def _numbered(pseudonym: str) -> bool:
    parts = pseudonym.split()
    return len(parts) == 2 and parts[1].isdigit()


def _cascade(data: dict[str, Any], collection: str, item_id: str) -> None:
    """Unlink what pointed at a removed item, so the record stays whole."""
    if collection == "participants":
        for c in data["veiligheid"]["contributions"]:
            if c["participant_id"] == item_id:
                c["participant_id"] = None
        for w in data["wishes"]:
            w["participant_ids"] = [p for p in w["participant_ids"] if p != item_id]
    elif collection == "wishes":
        data["roles"] = [r for r in data["roles"] if r["wish_id"] != item_id]
        # The wish's own contact persons go with it; actions that named one
        # lose the link rather than block the removal with a dangling id.
        gone = {c["id"] for c in data["contacts"] if c["wish_id"] == item_id}
        data["contacts"] = [c for c in data["contacts"] if c["id"] not in gone]
        for a in data["actions"]:
            a["wish_ids"] = [w for w in a["wish_ids"] if w != item_id]
            if a["contact_id"] in gone:
                a["contact_id"] = None
    elif collection == "actors":
        data["roles"] = [r for r in data["roles"] if r["actor_id"] != item_id]
        for c in data["contacts"]:
            if c["actor_id"] == item_id:
                c["actor_id"] = None
                if not c["person_name"]:
                    c["person_name"] = "?"
        for a in data["actions"]:
            for key in ("owner_actor_id", "co_owner_actor_id"):
                if a[key] == item_id:
                    a[key] = None
            if a["owner_actor_id"] is None:
                a["agreed"] = False
    elif collection == "contacts":
        for a in data["actions"]:
            if a["contact_id"] == item_id:
                a["contact_id"] = None
