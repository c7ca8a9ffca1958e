"""The one numbering of residents: "Bewoner 1", "Bewoner 2", ...

Every resident in a session record has a pseudonym, so exports, the
projector and follow-up sessions can show what residents said without
saying who. The numbers are stable and never reused: the record remembers
the highest number handed out (``Privacy.pseudonyms_issued``), because
after a removal the list alone would offer that number to somebody else.
Exports read the pseudonyms from the record; nothing else numbers people.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for annotations: participant.py imports this module's words.
    from cocreatie.models.participant import Participant

RESIDENT_WORD = "Bewoner"
PARTICIPANT_WORD = "Deelnemer"


def pseudonym_number(pseudonym: str) -> int | None:
    """The number of "Bewoner 3" (any word, one number); ``None`` otherwise."""
    parts = pseudonym.split()
    return int(parts[1]) if len(parts) == 2 and parts[1].isdigit() else None


def number_residents(
    participants: list[Participant], issued: int
) -> tuple[list[Participant], int] | None:
    """Participants with a pseudonym for everyone who needs one and lacks
    it (residents, and professionals who joined from a phone: "Deelnemer
    7"), and the new highest number; ``None`` when nobody needs one.

    One counter for both words, so no two people share a number."""
    if not any(p.needs_pseudonym and not p.pseudonym for p in participants):
        return None
    used = (pseudonym_number(p.pseudonym) for p in participants)
    counter = max([issued, *(n for n in used if n is not None)])
    numbered: list[Participant] = []
    for person in participants:
        if person.needs_pseudonym and not person.pseudonym:
            counter += 1
            word = RESIDENT_WORD if person.is_resident else PARTICIPANT_WORD
            person = person.validated_copy(pseudonym=f"{word} {counter}")
        numbered.append(person)
    return numbered, counter


def free_name(word: str, taken: Iterable[str]) -> str:
    """``"<word> N"`` with the lowest N not in ``taken``.

    Not the list position: after a removal that could repeat a number.
    """
    names = set(taken)
    number = 1
    while f"{word} {number}" in names:
        number += 1
    return f"{word} {number}"
