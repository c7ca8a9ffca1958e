"""The 2×2 "buikpijn" matrix: worry (high/low) against visible action.

Each cell carries the quadrant's name on its border and lists its wishes
with their votes, so the room sees at a glance where worry and visible
action do not match. Wishes not yet placed are counted underneath.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.models import Quadrant, Wish

LAYOUT = (
    ("high", (Quadrant.ACT_AND_TELL, Quadrant.ACT_OR_EXPLAIN)),
    ("low", (Quadrant.ACT_QUIETLY, Quadrant.LEAVE)),
)


class QuadrantCell(Static):
    def __init__(self, quadrant: Quadrant) -> None:
        super().__init__("", markup=False, id=f"quadrant-{quadrant.value}", classes="quadrant")
        self.quadrant = quadrant
        self.wish_ids: list[str] = []

    def show(self, wishes: Sequence[Wish], selected: str | None) -> None:
        self.wish_ids = [w.id for w in wishes]
        name = t(f"models.vocab.quadrant.{self.quadrant.value}")
        self.border_title = f"{name} ({len(wishes)})"
        lines = Text(no_wrap=True, overflow="ellipsis")
        for index, wish in enumerate(wishes):
            marker = "▶" if wish.id == selected else "•"
            line = Text(f"{marker} ({wish.votes}) {wish.text}")
            if wish.id == selected:
                line.stylize("bold")
            if index:
                lines.append("\n")
            lines.append_text(line)
        self.update(lines)


class QuadrantView(Vertical, can_focus=True):
    """Focusable, so the step's keys (votes, worry, visible) keep working
    while the room looks at the matrix; ↑↓ walk through the wishes."""

    DEFAULT_CSS = """
    QuadrantView {
        height: 1fr;
    }
    QuadrantView:focus .quadrant-head {
        background: $boost;
    }
    QuadrantView .quadrant-head {
        height: 1;
    }
    QuadrantView .quadrant-head Static {
        width: 1fr;
        text-align: center;
        text-style: bold;
    }
    QuadrantView .quadrant-corner, QuadrantView .quadrant-axis {
        width: 8;
        text-style: bold;
    }
    QuadrantView .quadrant-row {
        height: 1fr;
    }
    QuadrantView .quadrant {
        text-wrap: nowrap;
        text-overflow: ellipsis;
        width: 1fr;
        height: 1fr;
        border: round $primary;
        border-title-style: bold;
        padding: 0 1;
    }
    QuadrantView #quadrant-act_or_explain {
        border: heavy $warning;
    }
    QuadrantView #quadrant-unplaced {
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("down", "move(1)", show=False, id="steps.wishes.matrix_down"),
        Binding("up", "move(-1)", show=False, id="steps.wishes.matrix_up"),
    ]

    class Moved(Message):
        """The facilitator walks to the next (1) or previous (-1) wish."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    def allow_focus(self) -> bool:
        # Only while its tab is shown: focusing a hidden pane's widget would
        # make the TabbedContent jump to it.
        return all(node.display for node in self.ancestors_with_self if isinstance(node, Widget))

    def action_move(self, delta: int) -> None:
        self.post_message(self.Moved(delta))

    def compose(self) -> ComposeResult:
        with Horizontal(classes="quadrant-head"):
            yield Static("", markup=False, classes="quadrant-corner")
            yield Static(t("steps.wishes.quadrant.visible_yes"), markup=False)
            yield Static(t("steps.wishes.quadrant.visible_no"), markup=False)
        for worry, quadrants in LAYOUT:
            with Horizontal(classes="quadrant-row"):
                yield Static(t(f"steps.wishes.quadrant.worry_{worry}"), classes="quadrant-axis")
                for quadrant in quadrants:
                    yield QuadrantCell(quadrant)
        yield Static("", markup=False, id="quadrant-unplaced")

    def show(self, wishes: Sequence[Wish], selected: str | None = None) -> None:
        for cell in self.query(QuadrantCell):
            cell.show([w for w in wishes if w.quadrant is cell.quadrant], selected)
        unplaced = [w for w in wishes if w.quadrant is None]
        line = t("steps.wishes.quadrant.unplaced", count=len(unplaced)) if unplaced else ""
        chosen = next((w for w in unplaced if w.id == selected), None)
        if chosen is not None:
            # The selection must be visible somewhere, also when not yet placed.
            line = t("steps.wishes.quadrant.selected_unplaced", text=chosen.text)
        self.query_one("#quadrant-unplaced", Static).update(line)

    def placement(self) -> dict[str, Quadrant]:
        """Which quadrant shows which wish (what the room sees)."""
        return {wid: cell.quadrant for cell in self.query(QuadrantCell) for wid in cell.wish_ids}
