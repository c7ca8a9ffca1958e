"""Cut a quick-entry line into its text and its marked parts.

A mark ("sigil") starts a part when it begins the line or follows a space:
``Betere verlichting @De Bazuin #73ak`` is the text "Betere verlichting",
the part "@De Bazuin" and the part "#73ak". Inside a word a sigil is just a
character, so "k.bos@welzijn.nl" stays whole. Nothing is lost: joining the
pieces back gives the line with its spacing normalised.

Some sigils may also be glued to the end of a marked part, where a space
would only cost a key: ``@De Bazuin#73ak`` is the place and the codes. Only
inside a marked part, never in the head, so "nr#3" in the text stays text;
and a glued part the reader does not recognise goes back where it was typed
(``unglue``): "@Plein#zuid" stays the place "Plein#zuid".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    sigil: str
    text: str  # without the sigil, trimmed
    glued: bool = False  # typed straight after the part before it, no space

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


def split_line(line: str, sigils: str, glued: str = "") -> Line:
    """``line`` cut at every sigil (one of the characters in ``sigils``)
    that starts a word, and at every one of ``glued`` inside a marked part."""
    pieces: list[tuple[str, bool, list[str]]] = [("", False, [])]
    for index, char in enumerate(line):
        starts_word = index == 0 or line[index - 1].isspace()
        in_part = len(pieces) > 1
        if char in sigils and starts_word:
            pieces.append((char, False, []))
        elif char in glued and in_part and pieces[-1][2]:
            pieces.append((char, True, []))
        else:
            pieces[-1][2].append(char)
    head = " ".join("".join(pieces[0][2]).split())
    parts = tuple(
        Part(sigil, " ".join("".join(chars).split()), stuck) for sigil, stuck, chars in pieces[1:]
    )
    return Line(head, parts)


def unglue(line: Line, recognised: Callable[[Part], bool]) -> Line:
    """``line`` with every glued part that is not ``recognised`` put back,
    as typed, at the end of the part it was glued to."""
    parts: list[Part] = []
    for part in line.parts:
        if part.glued and parts and not recognised(part):
            before = parts[-1]
            parts[-1] = Part(before.sigil, before.text + part.typed, before.glued)
        else:
            parts.append(part)
    return Line(line.head, tuple(parts))


def join_text(*texts: str) -> str:
    """Texts joined by single spaces, empty ones left out."""
    return " ".join(t for t in texts if t)
