"""Open points of one step, each line a symbol and a sentence.

Meaning never rests on colour alone: a warning starts with "⚠" and the
all-clear with "✓", so a projector that washes out colours still tells them
apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from cocreatie.analysis import SessionWarning
from cocreatie.i18n import t


def warning_text(warning: SessionWarning) -> str:
    return t(f"analysis.warning.{warning.code}", **warning.params)


class WarningList(Static):
    DEFAULT_CSS = """
    WarningList {
        height: auto;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    WarningList.-clear {
        color: $text-success;
    }
    WarningList.-open {
        color: $text-warning;
    }
    """

    def __init__(self, *, max_lines: int = 4, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.max_lines = max_lines
        self.lines: list[str] = []

    def show(self, warnings: Sequence[SessionWarning]) -> None:
        self.lines = [warning_text(w) for w in warnings]
        self.set_class(not self.lines, "-clear")
        self.set_class(bool(self.lines), "-open")
        if not self.lines:
            self.update(Text("✓ " + t("steps.common.no_warnings")))
            return
        # A 24-row terminal gets two lines; the step summary has the rest.
        limit = self.max_lines if self.app.size.height >= 30 else 2
        shown = self.lines[:limit]
        rest = len(self.lines) - len(shown)
        body = [f"⚠ {line}" for line in shown]
        if rest:
            body[-1] += "  " + t("steps.common.more_warnings", count=rest)
        self.update(Text("\n".join(body), no_wrap=True, overflow="ellipsis"))
