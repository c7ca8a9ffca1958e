"""Who may be named in an export, and how.

Residents are pseudonymised unless the facilitator asks for names, under
the pseudonym the record holds (``cocreatie.models.pseudonyms`` numbers
them; an export never numbers anybody itself). Contact details of a
participant appear only with names and recorded consent. A resident can
also turn up as a free-typed name elsewhere (a contact person, a
buurtpreventie actor); such a name is replaced by the pseudonym too.
"""

from __future__ import annotations

from typing import Protocol

from cocreatie.i18n import t
from cocreatie.models import Actor, ContactPerson, Participant
from cocreatie.models.pseudonyms import RESIDENT_WORD, pseudonym_number


class People(Protocol):
    """Who a session knows (a ``Session`` is one)."""

    @property
    def participants(self) -> list[Participant]: ...
    @property
    def actors(self) -> list[Actor]: ...


def local_pseudonym(pseudonym: str, lang: str | None) -> str:
    """ "Bewoner 3" in the plan's language ("Resident 3" in English).

    The record stores the Dutch word; a pseudonym a facilitator typed
    differently stays as typed.
    """
    if lang is None:
        return pseudonym
    if pseudonym == RESIDENT_WORD:
        return t("export.text.resident", lang=lang)
    number = pseudonym_number(pseudonym)
    if number is None or pseudonym.split()[0] != RESIDENT_WORD:
        return pseudonym
    return t("export.text.resident_pseudonym", lang=lang, number=number)


class Namer:
    def __init__(
        self,
        session: People,
        with_names: bool,
        named: frozenset[str] = frozenset(),
        lang: str | None = None,
    ) -> None:
        """``named``: residents (ids) who keep their name without ``with_names``;
        ``lang``: the language pseudonyms are worded in (by default as stored)."""
        self.with_names = with_names
        self._named = named
        self._lang = lang
        self._actors = {a.id: a for a in session.actors}
        self._resident_names: dict[str, str] = {}
        if not with_names:
            for person in session.participants:
                if person.is_resident and person.id not in named:
                    self._resident_names[person.display_name.casefold()] = self._public(
                        person, with_names=False
                    )

    def _public(self, person: Participant, with_names: bool) -> str:
        name = person.public_name(with_names)
        if person.is_resident and (not with_names or person.erased):
            return local_pseudonym(name, self._lang)
        return name

    def participant(self, person: Participant) -> str:
        return self._public(person, self.with_names or person.id in self._named)

    def person(self, name: str) -> str:
        """A free-typed name, pseudonymised when it is a resident's."""
        return self._resident_names.get(name.strip().casefold(), name)

    def actor(self, actor: Actor | None) -> str:
        if actor is None:
            return ""
        parts = [actor.function]
        if actor.organisation:
            parts.append(f"({actor.organisation})")
        if actor.person_name:
            parts.append(f"– {self.person(actor.person_name)}")
        return " ".join(parts)

    def actor_by_id(self, actor_id: str | None) -> str:
        return self.actor(self._actors.get(actor_id or ""))

    def contact(self, contact: ContactPerson | None) -> str:
        if contact is None:
            return ""
        actor = self._actors.get(contact.actor_id or "")
        name = self.person(contact.person_name) if contact.person_name else ""
        if actor is None:
            return name
        label = self.actor(actor)
        if name and contact.person_name != actor.person_name:
            label = f"{label} – {name}"
        return label

    def stand_ins(self, session: People) -> dict[str, str]:
        """Each resident's name as typed -> the pseudonym this export uses,
        for masking names typed into free text (``privacy.mask``)."""
        return {
            p.display_name: self._public(p, with_names=False)
            for p in session.participants
            if p.is_resident and not p.erased and p.id not in self._named
        }

    def contact_details(self, person: Participant) -> str:
        """Phone, e-mail, other: only with names and recorded consent."""
        if not self.with_names or not person.has_consent or person.contact is None:
            return ""
        details = person.contact
        return ", ".join(v for v in (details.phone, details.email, details.other) if v)
