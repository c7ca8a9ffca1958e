"""One line under a step body that says why the last change was refused.

A notification disappears after a few seconds; this line stays until the
next change succeeds, so the facilitator can read it while fixing the input.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static


class ProblemLine(Static):
    DEFAULT_CSS = """
    ProblemLine {
        height: auto;
        max-height: 3;
        padding: 0 1;
        color: $text-error;
        display: none;
    }
    ProblemLine.-shown {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.messages: list[str] = []

    def show(self, messages: Sequence[str]) -> None:
        self.messages = list(messages)
        self.set_class(bool(self.messages), "-shown")
        self.update(Text("\n".join(f"✗ {m}" for m in self.messages)))

    def clear(self) -> None:
        self.show([])
