"""Find a choice from a few typed letters: "wijka" finds the wijkagent.

Matching folds case and accents ("cafe" finds "Café"), and every typed word
must be found: at the start of a word of the choice (strong), or anywhere
inside it (weak). A choice is searched by its label and by keywords the
caller adds (a person's function, organisation, pseudonym), so the speaker
search finds Marloes by "wijka" as well as by "marl".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without accents: what typing is compared with."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold()


def words(text: str) -> list[str]:
    """The folded words of ``text`` ("Jeugd-BOA" -> ["jeugd", "boa"])."""
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class Candidate:
    """One choice: the value handed back, the label shown, more to search."""

    value: str
    label: str
    keywords: str = ""

    @property
    def searchable(self) -> str:
        return f"{self.label} {self.keywords}"


class Fit(IntEnum):
    """How well a candidate fits what was typed; higher is better."""

    SUBSTRING = 1  # every typed word occurs somewhere
    WORD_START = 2  # every typed word starts a word of the candidate
    EXACT = 3  # the typed text is the whole label


def fit(query: str, candidate: Candidate) -> Fit | None:
    """How ``candidate`` fits ``query``; ``None`` when it does not."""
    wanted = words(query)
    if not wanted:
        return None
    if words(candidate.label) == wanted:
        return Fit.EXACT
    haystack = fold(candidate.searchable)
    own = words(candidate.searchable)
    best = Fit.WORD_START
    for part in wanted:
        if any(word.startswith(part) for word in own):
            continue
        if part in haystack:
            best = Fit.SUBSTRING
            continue
        return None
    return best


def ranked(query: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates that fit, best fit first; equal fits keep their order.

    An empty query keeps every candidate in the given order (the caller
    puts recent and new ones first, see ``recency``).
    """
    pool = list(candidates)
    if not words(query):
        return pool
    scored = [(fit(query, c), i, c) for i, c in enumerate(pool)]
    hits = [(f, i, c) for f, i, c in scored if f is not None]
    hits.sort(key=lambda hit: (-hit[0], hit[1]))
    return [c for _, _, c in hits]


@dataclass(frozen=True)
class Resolution:
    """What a typed reference points at: one candidate, several, or none."""

    matches: tuple[Candidate, ...]

    @property
    def unique(self) -> Candidate | None:
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def ambiguous(self) -> bool:
        return len(self.matches) > 1

    @property
    def missing(self) -> bool:
        return not self.matches


def resolve(query: str, candidates: Sequence[Candidate]) -> Resolution:
    """The candidates ``query`` means, keeping only the best fit.

    "Wijkagent" typed in full means the wijkagent even when "Wijkagent
    (jeugd)" exists too; "wijk" fits several equally and is ambiguous.
    """
    scored = [(fit(query, c), c) for c in candidates]
    hits = [(f, c) for f, c in scored if f is not None]
    if not hits:
        return Resolution(())
    best = max(f for f, _ in hits)
    return Resolution(tuple(c for f, c in hits if f == best))
