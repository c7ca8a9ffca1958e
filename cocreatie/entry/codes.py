"""The ``#`` part of a line: choices from closed lists, typed short.

``#73ak`` means factors 7 and 3, time of day "a" (avond) and scale "k"
(kleine norm); ``#7 avond`` and ``#verlicht`` (a location type) work too.
Tokens are read left to right:

* a number is a factor number ("12" is factor 12; "73" is 7 and 3, since
  there is no factor 73), or the step's number field (years, days);
* a number followed by letters ("73ak") is numbers, then one-letter codes;
* one or two letters are one-letter codes; a longer word is matched
  against the choices' names by word start ("verl" finds "Slecht
  verlicht"); a word that fits several choices becomes a question.

Reading stops at the first token that means nothing, and the rest goes back
into the text ("#2 op de stoep" is factor 2 and the words "op de stoep"):
nothing typed is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cocreatie.entry.matching import Candidate, Fit, fit, fold
from cocreatie.entry.reading import Question, choice_value

_TOKEN = re.compile(r"^(\d*)([^\W\d_]*)$")
_SPLIT = re.compile(r"[\s,;]+")
_INSIDE_FROM = 4


@dataclass(frozen=True)
class Code:
    """One choice a ``#`` part can name."""

    field: str  # the item field it fills ("factor_ids", "time_of_day" ...)
    value: str
    label: str  # matched against typed words, shown in the preview
    letter: str = ""  # a one-letter code, if it has one
    number: int | None = None  # factors go by number

    @property
    def candidate(self) -> Candidate:
        return Candidate(choice_value(self.field, self.value), self.label)


@dataclass
class CodeReading:
    chosen: list[Code] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)  # for the step's number field
    questions: list[Question] = field(default_factory=list)
    rest: str = ""  # from the first unknown token on, as typed
    recognised: bool = False  # whether the first token meant something


def read_codes(
    text: str, codes: Sequence[Code], *, plain_numbers: bool = False, ask: str = ""
) -> CodeReading:
    """Read ``text`` (a ``#`` part without its mark).

    ``plain_numbers``: a number is the step's number field, not a factor.
    ``ask`` is the picker title for a word that fits several choices.
    """
    out = CodeReading()
    tokens = [t for t in _SPLIT.split(text) if t]
    for index, token in enumerate(tokens):
        if not _read_token(token, codes, plain_numbers, ask, out):
            out.rest = " ".join(tokens[index:])
            break
        if index == 0:
            out.recognised = True
    return out


def _read_token(
    token: str, codes: Sequence[Code], plain_numbers: bool, ask: str, out: CodeReading
) -> bool:
    shape = _TOKEN.match(token)
    if shape is None:
        return False
    digits, letters = shape.groups()
    found: list[Code] = []
    numbers: list[int] = []
    if digits:
        if plain_numbers and not letters:
            numbers.append(int(digits))
        else:
            by_number = _numbers(digits, codes)
            if by_number is None:
                return False
            found += by_number
    if letters:
        if digits or len(letters) <= 2:
            by_letter = _letters(letters, codes)
            if by_letter is None:
                return False
            found += by_letter
        else:
            word = _word(letters, codes)
            if word is None:
                by_letter = _letters(letters, codes)
                if by_letter is None:
                    return False
                found += by_letter
            elif len(word) == 1:
                found += word
            else:
                out.questions.append(Question(ask, letters, tuple(c.candidate for c in word)))
    out.chosen += found
    out.numbers += numbers
    return True


def _numbers(digits: str, codes: Sequence[Code]) -> list[Code] | None:
    by_number = {c.number: c for c in codes if c.number is not None}
    whole = by_number.get(int(digits))
    if whole is not None:
        return [whole]
    singles = [by_number.get(int(d)) for d in digits]
    if len(digits) > 1 and all(c is not None for c in singles):
        return [c for c in singles if c is not None]
    return None


def _letters(letters: str, codes: Sequence[Code]) -> list[Code] | None:
    by_letter = {fold(c.letter): c for c in codes if c.letter}
    found = [by_letter.get(fold(letter)) for letter in letters]
    if all(c is not None for c in found):
        return [c for c in found if c is not None]
    return None


def _word(word: str, codes: Sequence[Code]) -> list[Code] | None:
    """The codes a typed word names; ``None`` if none.

    By word start; inside a word ("groep" in "bewonersgroep") only from
    four letters on, so short words of a sentence ("op", "de") name nothing.
    """
    scored = [(fit(word, Candidate(c.value, c.label)), c) for c in codes]
    weakest = Fit.SUBSTRING if len(word) >= _INSIDE_FROM else Fit.WORD_START
    hits = [(f, c) for f, c in scored if f is not None and f >= weakest]
    if not hits:
        return None
    best = max(f for f, _ in hits)
    return [c for f, c in hits if f == best]
