"""Remove the personal data of a session whose retention date has passed.

What goes: every participant's name (residents and professionals alike
become their pseudonym), contact details, consent records, the years a
resident has lived there, the facilitators' names, and the names of the
professionals behind actors and contact persons. Names and contact details
typed into free text go too, as do phone numbers and e-mail addresses
anywhere in the record.

What stays is the anonymous plan: the contributions and the factor
analysis, the wishes with their votes and locations, roles, the contact
points by function, the actions with their history, the closing. Kinds,
domains and streets stay, because the comparison and the plan count by them.
"""

from __future__ import annotations

from cocreatie.i18n import t
from cocreatie.models import Erasure, Participant, Session
from cocreatie.models.clock import now
from cocreatie.privacy.redact import TermReplacer, redact_contact_text
from cocreatie.privacy.rewrite import rewritten


def _placeholder(session: Session) -> str:
    return t("privacy.placeholder.person", lang=session.meta.language)


def has_personal_data(session: Session) -> bool:
    """Whether a purge would still remove something from the people's fields."""
    placeholder = _placeholder(session)
    people = any(
        not p.erased or p.contact is not None or p.consent is not None for p in session.participants
    )
    return (
        people
        or bool(session.meta.facilitators)
        or any(a.person_name for a in session.actors)
        or any(c.person_name not in ("", placeholder) for c in session.contacts)
    )


def _names(
    session: Session, placeholder: str, pseudonyms: dict[str, str] | None = None
) -> dict[str, str]:
    """Every known name in the record → what replaces it.

    ``pseudonyms`` maps participant ids to the name they get (for residents
    and professionals alike); without it a resident's existing pseudonym is
    used and others get the mark.
    """
    names: dict[str, str] = {}
    for name in session.meta.facilitators:
        names[name] = placeholder
    for actor in session.actors:
        names[actor.person_name] = placeholder
    for contact in session.contacts:
        names[contact.person_name] = placeholder
    for person in session.participants:
        if person.contact is not None:
            for value in (person.contact.phone, person.contact.email, person.contact.other):
                names[value] = placeholder
        if person.consent is not None:
            names[person.consent.recorded_by] = placeholder
    # Participants last: their pseudonym beats the generic mark when a
    # participant's name is also written elsewhere as a contact person.
    chosen = pseudonyms or {}
    for person in session.participants:
        if not person.erased:
            names[person.display_name] = chosen.get(person.id) or person.pseudonym or placeholder
    names.pop("", None)
    return names


def personal_terms(session: Session) -> list[str]:
    """Every name and contact value a purge removes (for cleaning the logs)."""
    return list(_names(session, "").keys())


def purge_personal_data(session: Session) -> Session:
    """A copy of ``session`` without personal data, marked ``purged``.

    Pure: the argument is left as it was. Purging a purged session again
    changes nothing but adds no second trail entry either.
    """
    if session.privacy.purged and not has_personal_data(session):
        return session.model_copy(deep=True)
    placeholder = _placeholder(session)
    # Shallow is enough: the model replaces items, never edits them in place.
    work = session.model_copy()
    for person in list(work.participants):
        if not person.erased:
            work.erase_participant(person.id)
        elif person.contact is not None or person.consent is not None:
            work.update(Participant, person.id, contact=None, consent=None)
    # The per-person erasures above are one purge in the trail, not N.
    work.privacy = work.privacy.validated_copy(erasures=list(session.privacy.erasures))
    pseudonyms = {p.id: p.display_name for p in work.participants}
    replacer = TermReplacer(_names(session, placeholder, pseudonyms))

    def in_text(text: str) -> str:
        return redact_contact_text(replacer.in_text(text))

    def whole_value(text: str) -> str:
        return redact_contact_text(replacer.whole_value(text))

    fresh = rewritten(work, in_text, whole_value)
    fresh.meta = fresh.meta.validated_copy(facilitators=[])
    fresh.actors = [a.validated_copy(person_name="") for a in fresh.actors]
    # A contact point linked to an actor is known by the actor's function; one
    # without an actor keeps the mark so the model still knows who to call.
    fresh.contacts = [
        c.validated_copy(person_name="" if c.actor_id else placeholder) for c in fresh.contacts
    ]
    erasures = [*fresh.privacy.erasures, Erasure(at=now(), kind="purge")]
    fresh.privacy = fresh.privacy.validated_copy(purged=True, erasures=erasures)
    fresh.touch()
    return fresh
