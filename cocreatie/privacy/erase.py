"""Erase one person, or their contact details, from a session.

The model's ``erase_participant`` and ``withdraw_consent`` clear the
participant's own fields. These functions add what the model cannot know:
the person's name and phone number may also have been typed into a
contribution, a wish or a note. Those mentions become the pseudonym (or a
mark), so the record keeps what was said without saying who said it.

Both work on a copy and swap it in (``Session.replace_content``) only when
everything validated, like the model methods: a refused change leaves the
session exactly as it was. They change the session in place, so a step view
can run them via ``mutate``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cocreatie.models import Participant, Session
from cocreatie.privacy.redact import (
    CONTACT_MARK,
    EMAIL_MARK,
    PHONE_MARK,
    TermReplacer,
    mentions_any,
    name_parts,
)
from cocreatie.privacy.rewrite import prose, rewritten


class ParticipantNotFoundError(LookupError):
    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref


class AmbiguousParticipantError(LookupError):
    def __init__(self, ref: str, candidates: list[Participant]) -> None:
        super().__init__(ref)
        self.ref = ref
        self.candidates = candidates


def resolve_participant(session: Session, ref: str) -> Participant:
    """Find a participant by id, unique id prefix, or display name.

    The name must match as a whole (case does not matter); two people with
    that name, or an id prefix shared by several, raise
    ``AmbiguousParticipantError`` with the candidates.
    """
    ref = ref.strip()
    people = session.participants
    exact = [p for p in people if p.id == ref]
    if exact:
        return exact[0]
    for found in (
        [p for p in people if p.display_name == ref],
        [p for p in people if p.display_name.casefold() == ref.casefold()],
        [p for p in people if ref and p.id.startswith(ref.lower())],
    ):
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AmbiguousParticipantError(ref, found)
    raise ParticipantNotFoundError(ref)


@dataclass(frozen=True)
class Erased:
    """What an erasure did, without the erased name."""

    participant: Participant
    # Free-text fields that still hold a part of the name (say a first name
    # alone): the tool cannot tell a person from a word, so it tells the
    # facilitator to look.
    parts_left: int
    already: bool = False


def _contact_terms(person: Participant) -> dict[str, str]:
    if person.contact is None:
        return {}
    return {
        person.contact.phone: PHONE_MARK,
        person.contact.email: EMAIL_MARK,
        person.contact.other: CONTACT_MARK,
    }


def erase_person(session: Session, participant_id: str) -> Erased:
    """Replace a participant by their pseudonym everywhere in the record.

    Their contributions, wishes and votes stay. The record notes that an
    erasure happened (``privacy.erasures``), not whose.
    """
    person = session.get(Participant, participant_id)
    if person.erased:
        return Erased(person, 0, already=True)
    # A shallow copy is enough: the model replaces items, never edits them.
    work = session.model_copy()
    erased = work.erase_participant(participant_id)
    replacer = TermReplacer({person.display_name: erased.pseudonym, **_contact_terms(person)})
    session.replace_content(rewritten(work, replacer.in_text, replacer.whole_value))
    parts = name_parts(person.display_name)
    left = sum(mentions_any(text, parts) for text in prose(session))
    return Erased(session.get(Participant, participant_id), left)


def withdraw_consent(session: Session, participant_id: str) -> Participant:
    """Withdraw consent: contact details go at once, also where they were
    typed into free text."""
    person = session.get(Participant, participant_id)
    work = session.model_copy()
    work.withdraw_consent(participant_id)
    replacer = TermReplacer(_contact_terms(person))
    # Nothing typed to replace: the model change alone is the whole change.
    session.replace_content(
        rewritten(work, replacer.in_text, replacer.whole_value) if replacer else work
    )
    return session.get(Participant, participant_id)
