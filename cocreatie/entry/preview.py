"""The line under a quick-entry field: what Enter will save, in words.

It is rebuilt on every keystroke, so the facilitator sees "plek: De Bazuin
· factoren 3, 7 · avond" appear while typing, and sees at once when a part
was not recognised and will stay in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

from cocreatie.entry.reading import Reading
from cocreatie.i18n import t


def describe(reading: Reading, parts: Iterable[tuple[str, str]]) -> str:
    """``parts``: (catalogue key of the label, value) for what was read."""
    if reading.problems:
        return "✗ " + " ".join(reading.problems)
    shown = [f"{t(key)}: {value}" for key, value in parts if value]
    line = "→ " + " · ".join(shown) if shown else ""
    if reading.kept:
        line += "  " + t("entry.preview.kept", parts=" ".join(reading.kept))
    if reading.questions:
        asked = ", ".join(f"«{q.query}»" for q in reading.questions)
        line += "  " + t("entry.preview.ask", parts=asked)
    return line.strip()


def names(values: Iterable[str], labels: dict[str, str]) -> str:
    return ", ".join(labels.get(v, v) for v in values)
