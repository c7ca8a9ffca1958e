"""Find and hide contact details and names in text.

Used in two places with the same rules: the log filter (a log line must
never carry a phone number or e-mail address) and erasure/purge (free text
in the record that still mentions a removed person).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?!\w)")
# Phone numbers start with 0 or + (Dutch and international forms) and may be
# split by spaces, dashes, dots, slashes or brackets: "06-12345678",
# "+31 6 1234 5678", "(020) 123 45 67".
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\(0|0)[\d \-./()]{7,}\d(?!\w)")
_MIN_PHONE_DIGITS = 9
_MAX_PHONE_DIGITS = 15
# Dates look like numbers with separators too; "01-04-2026 09:00" is a
# deadline, not a phone number.
_DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d"
    r"|(?:19|20)\d\d[-/.]\d\d[-/.]\d\d"
)

EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[telefoon]"
CONTACT_MARK = "[contact]"

# Dutch name particles ("tussenvoegsels"): too common as words to look for.
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ten", "ter", "te", "op", "in", "'t", "la", "le", "du"}
)
# Shorter names are looked for only where a whole field is the name: "Jo" as
# a word in free text would hit too much that is not the person.
MIN_TERM_LENGTH = 3


def _phone_match(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = sum(ch.isdigit() for ch in text)
    if not _MIN_PHONE_DIGITS <= digits <= _MAX_PHONE_DIGITS or _DATE.search(text):
        return text
    return PHONE_MARK


def redact_contact_text(text: str) -> str:
    """``text`` with phone numbers and e-mail addresses replaced by marks."""
    if not text:
        return text
    text = EMAIL.sub(EMAIL_MARK, text)
    return _PHONE_CANDIDATE.sub(_phone_match, text)


def contains_contact_details(text: str) -> bool:
    return redact_contact_text(text) != text


def term_pattern(term: str) -> re.Pattern[str] | None:
    """A case-insensitive whole-word pattern for ``term``; ``None`` if too short.

    Phone numbers match whatever separators they were written with, so
    "06 1234 5678" is found when "0612345678" was stored.
    """
    term = term.strip()
    if len(term) < MIN_TERM_LENGTH:
        return None
    digits = re.sub(r"\D", "", term)
    if len(digits) >= _MIN_PHONE_DIGITS and not re.search(r"[^\d \-./()+]", term):
        body = r"[\s\-./()]*".join(re.escape(d) for d in digits)
        return re.compile(rf"(?<!\d){body}(?!\d)")
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


class TermReplacer:
    """Replace each of several terms (names, contact values) by its stand-in.

    Longer terms go first, so "Jan de Vries" is replaced whole before a
    shorter term could take a piece of it.
    """

    def __init__(self, replacements: dict[str, str]) -> None:
        ordered = sorted(replacements.items(), key=lambda kv: -len(kv[0]))
        self._exact = {term.strip().casefold(): new for term, new in ordered if term.strip()}
        self._patterns = [
            (pattern, new) for term, new in ordered if (pattern := term_pattern(term))
        ]

    def __bool__(self) -> bool:
        return bool(self._exact)

    def in_text(self, text: str) -> str:
        for pattern, new in self._patterns:
            text = pattern.sub(new.replace("\\", "\\\\"), text)
        return text

    def whole_value(self, text: str) -> str:
        """For name fields: replace only when the whole value is the term."""
        return self._exact.get(text.strip().casefold(), text)


def name_parts(name: str) -> list[str]:
    """Parts of a name worth looking for on their own ("Jan", "Vries")."""
    return [
        part
        for part in re.split(r"[\s-]+", name)
        if len(part) >= MIN_TERM_LENGTH and part.casefold() not in _PARTICLES
    ]


def mentions_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``parts`` as a capitalised whole word."""
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text) for p in parts)
