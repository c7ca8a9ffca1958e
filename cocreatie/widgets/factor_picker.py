"""The factor picker: the template's factors on number keys.

The Tafel van 12 is known by its numbers, so the keys follow the factor
numbers: 1–9, then 0, - and = for 10, 11 and 12. The core factors (the ones
the template marks) carry a star, and a chosen factor a check mark, so
neither depends on colour.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from cocreatie.templating.model import Factor

# Textual key names, in the order of the factor numbers.
FACTOR_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "minus", "equals_sign")
KEY_LABELS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=")


@dataclass(frozen=True)
class FactorKey:
    key: str  # Textual key name
    label: str  # what is printed on the key
    factor: Factor


def factor_keys(factors: Iterable[Factor]) -> list[FactorKey]:
    """The first twelve factors by number get a key; more need the dialog."""
    ordered = sorted(factors, key=lambda f: f.number)
    return [
        FactorKey(key, label, factor)
        for key, label, factor in zip(FACTOR_KEYS, KEY_LABELS, ordered, strict=False)
    ]


def factor_for_key(factors: Iterable[Factor], key: str) -> Factor | None:
    return next((k.factor for k in factor_keys(factors) if k.key == key), None)


def factor_label(factor: Factor) -> str:
    return f"{'★' if factor.core else ''}{factor.name}"


def factor_numbers(factors: Iterable[Factor], chosen: Iterable[str]) -> str:
    """Compact "1,3,8" form for a table cell."""
    by_id = {f.id: f for f in factors}
    numbers = sorted(by_id[c].number for c in chosen if c in by_id)
    return ",".join(str(n) for n in numbers)


class FactorPicker(Widget):
    """A legend of the factor keys; the chosen ones are marked with ✓."""

    DEFAULT_CSS = """
    FactorPicker {
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def __init__(self, factors: Iterable[Factor], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys = factor_keys(factors)
        self.chosen: set[str] = set()

    def show(self, chosen: Iterable[str]) -> None:
        self.chosen = set(chosen)
        self.refresh(layout=True)

    def _columns(self, width: int) -> int:
        for columns in (4, 3, 2):
            if width // columns >= 16:
                return columns
        return 1

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        columns = self._columns(width)
        return -(-len(self.keys) // columns)

    def render(self) -> Text:
        width = self.content_region.width or 76
        columns = self._columns(width)
        cell = width // columns
        out = Text(no_wrap=True, overflow="ellipsis")
        for index, item in enumerate(self.keys):
            chosen = item.factor.id in self.chosen
            entry = Text(f"{item.label}{'✓' if chosen else ' '}", style="bold")
            entry.append(factor_label(item.factor), style="reverse bold" if chosen else "")
            entry.truncate(cell - 1, overflow="ellipsis", pad=True)
            entry.append(" ")
            out.append_text(entry)
            if index % columns == columns - 1 and index < len(self.keys) - 1:
                out.append("\n")
        return out
