"""The step list in one line, for terminals too narrow for the side list.

"✓1 ✓2 ●3 ○4 …": the same symbols as the side list (the words are in the
palette's "ga naar stap…" and in the help), the current step underlined
and reversed. A click on a step jumps there.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from cocreatie.analysis.step_states import StepStatus
from cocreatie.widgets.step_list import STATE_STYLE


def strip_content(statuses: list[StepStatus], current: int) -> Content:
    parts: list[Content | str] = []
    for status in statuses:
        style = STATE_STYLE[status.state]
        if status.index == current:
            style = f"{style} bold reverse"
        # Markup is safe here: a symbol and a number, no user text.
        label = f"{status.state.symbol}{status.index + 1}"
        parts.append(Content.from_markup(f"[{style} @click=screen.goto({status.index})]{label}[/]"))
        parts.append(" ")
    return Content.assemble(*parts)


class StepStrip(Static):
    # Unscoped: a rule starts from the screen's width class (".-narrow").
    SCOPED_CSS = False
    DEFAULT_CSS = """
    StepStrip {
        width: auto;
        height: 1;
        padding: 0 1;
        display: none;
    }
    .-narrow StepStrip {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._shown: tuple[tuple[StepStatus, ...], int] | None = None

    def show(self, statuses: list[StepStatus], current: int) -> None:
        key = (tuple(statuses), current)
        if key == self._shown:
            return  # most changes leave every step's state as it was
        same_size = self._shown is not None and len(self._shown[0]) == len(statuses)
        self._shown = key
        self.update(strip_content(statuses, current), layout=not same_size)
