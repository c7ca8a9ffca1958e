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
from cocreatie.privacy.redact import TermReplacer, name_parts, redact_contact_text
from cocreatie.privacy.rewrite import rewrite_in_place

# Shared by two residents: the plan cannot say which one is meant.
RESIDENT_MARK = "[bewoner]"
# Where contact details are the point of the field.
KEEP = frozenset({"channel"})


def text_mask(stand_ins: Mapping[str, str]) -> Callable[[str], str]:
    """A function that masks residents' names and all contact details in a text.

    ``stand_ins`` maps each resident's name (as typed) to their pseudonym.
    """
    whole = TermReplacer(dict(stand_ins))
    owners: dict[str, set[str]] = defaultdict(set)
    for name, stand_in in stand_ins.items():
        for part in name_parts(name):
            owners[part].add(stand_in)
    # A first name alone is looked for only with its capital, as a whole
    # word: "Bakker" is a resident, "de bakker" on the corner is not.
    parts = [
        (
            re.compile(rf"(?<!\w){re.escape(part)}(?!\w)"),
            next(iter(who)) if len(who) == 1 else RESIDENT_MARK,
        )
        for part, who in sorted(owners.items(), key=lambda item: -len(item[0]))
        if part[:1].isupper()
    ]

    def mask(text: str) -> str:
        if not text:
            return text
        text = whole.in_text(text)
        for pattern, stand_in in parts:
            text = pattern.sub(stand_in, text)
        return redact_contact_text(text)

    return mask


def masked_copy(session: Session, stand_ins: Mapping[str, str]) -> Session:
    """A copy of ``session`` to render a pseudonymised export from.

    Name fields keep their value (the export's ``Namer`` pseudonymises
    them) but lose contact details; every other text is masked. Only for
    reading: the copy is not re-validated.
    """
    copy = session.model_copy(deep=True)
    rewrite_in_place(copy, text_mask(stand_ins), redact_contact_text, keep=KEEP)
    return copy
