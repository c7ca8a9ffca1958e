"""Free text as a pseudonymised export may show it.

Residents appear in an export under their pseudonym, but a name or a phone
number can also have been typed into a wish, a contribution or a remark.
For an export without names every free text passes the same redaction the
log uses (``redact``: phone numbers and e-mail addresses become marks), and
residents' names become their pseudonyms. A professional contact person's
work channel stays: it is how residents are meant to reach them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from cocreatie.models import Session
from cocreatie.privacy.redact import MIN_TERM_LENGTH, name_parts, redact_contact_text
from cocreatie.privacy.rewrite import rewrite_in_place

# Shared by two residents: the plan cannot say which one is meant.
RESIDENT_MARK = "[bewoner]"
# Where contact details are the point of the field.
KEEP = frozenset({"channel"})


def text_mask(
    stand_ins: Mapping[str, str], marks: Mapping[str, str] | None = None
) -> Callable[[str], str]:
    """A function that masks residents' names and all contact details in a text.

    ``stand_ins`` maps each resident's name (as typed) to their pseudonym.
    Whole names go first, case-insensitively (as erasure finds them); then a
    part of a name on its own, with its capital only: "Bakker" is a resident,
    "de bakker" on the corner is not. A part two residents share becomes
    ``RESIDENT_MARK``: the plan cannot say which of them is meant.
    ``marks`` rewords the marks for a plan in another language
    (``RESIDENT_MARK``, ``PHONE_MARK``, ``EMAIL_MARK`` -> its own words).
    """
    whole: dict[str, str] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for name, stand_in in stand_ins.items():
        words = name.split()
        if len(name.strip()) >= MIN_TERM_LENGTH:
            whole[" ".join(words).casefold()] = stand_in
        for part in name_parts(name):
            if part[:1].isupper():
                owners[part].add(stand_in)
    parts = {p: next(iter(who)) if len(who) == 1 else RESIDENT_MARK for p, who in owners.items()}
    whole_pattern = _alternation(whole, re.IGNORECASE)
    part_pattern = _alternation(parts, 0)

    def whole_name(match: re.Match[str]) -> str:
        # Regex case-folding and str.casefold can differ on rare letters;
        # a name found is never left standing.
        return whole.get(" ".join(match.group(0).split()).casefold(), RESIDENT_MARK)

    def mask(text: str) -> str:
        if not text:
            return text
        if whole_pattern is not None:
            text = whole_pattern.sub(whole_name, text)
        if part_pattern is not None:
            text = part_pattern.sub(lambda m: parts[m.group(0)], text)
        # Cheap test first: most texts hold neither a digit nor an "@".
        if "@" in text or any(ch.isdigit() for ch in text):
            text = redact_contact_text(text)
        if marks and "[" in text:
            text = reword_marks(text, marks)
        return text

    return mask


def reword_marks(text: str, marks: Mapping[str, str]) -> str:
    for mark, word in marks.items():
        text = text.replace(mark, word)
    return text


def _alternation(terms: Mapping[str, str], flags: int) -> re.Pattern[str] | None:
    """One pattern for all terms, longest first, each a whole word."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in term.split()) for term in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def masked_copy(
    session: Session, stand_ins: Mapping[str, str], marks: Mapping[str, str] | None = None
) -> Session:
    """A copy of ``session`` to render a pseudonymised export from.

    Name fields keep their value (the export's ``Namer`` pseudonymises
    them) but lose contact details; every other text is masked. Only for
    reading: the copy is not re-validated.
    """
    copy = session.model_copy(deep=True)

    def contact_only(text: str) -> str:
        return (
            reword_marks(redact_contact_text(text), marks) if marks else redact_contact_text(text)
        )

    rewrite_in_place(copy, text_mask(stand_ins, marks), contact_only, keep=KEEP)
    return copy
