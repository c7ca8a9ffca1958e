"""Cut a quick-entry line into its text and its marked parts.

A mark ("sigil") starts a part when it begins the line or follows a space:
``Betere verlichting @De Bazuin #73ak`` is the text "Betere verlichting",
the part "@De Bazuin" and the part "#73ak". Inside a word a sigil is just a
character, so "k.bos@welzijn.nl" stays whole. Nothing is lost: joining the
pieces back gives the line with its spacing normalised.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    sigil: str
    text: str  # without the sigil, trimmed

    @property
    def typed(self) -> str:
        return f"{self.sigil}{self.text}"


@dataclass(frozen=True)
class Line:
    head: str  # the text before the first mark, trimmed
    parts: tuple[Part, ...]

    def first(self, sigil: str) -> Part | None:
        return next((p for p in self.parts if p.sigil == sigil), None)

    def all(self, sigil: str) -> list[Part]:
        return [p for p in self.parts if p.sigil == sigil]


def split_line(line: str, sigils: str) -> Line:
    """``line`` cut at every sigil (one of the characters in ``sigils``)
    that starts a word."""
    pieces: list[tuple[str, list[str]]] = [("", [])]
    for index, char in enumerate(line):
        starts_word = index == 0 or line[index - 1].isspace()
        if char in sigils and starts_word:
            pieces.append((char, []))
        else:
            pieces[-1][1].append(char)
    head = " ".join("".join(pieces[0][1]).split())
    parts = tuple(Part(sigil, " ".join("".join(chars).split())) for sigil, chars in pieces[1:])
    return Line(head, parts)


def join_text(*texts: str) -> str:
    """Texts joined by single spaces, empty ones left out."""
    return " ".join(t for t in texts if t)
