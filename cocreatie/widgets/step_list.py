"""The steps of the session, each with its state in symbol, word and colour."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cocreatie.analysis.step_states import StepState, StepStatus

STATE_STYLE = {
    StepState.NOT_STARTED: "$text-muted",
    StepState.BUSY: "$text-accent",
    StepState.DONE: "$text-success",
    StepState.DONE_WARNINGS: "$text-warning",
}


def step_label(status: StepStatus, current: bool) -> Content:
    style = STATE_STYLE[status.state]
    marker = "▶" if current else " "
    return Content.assemble(
        (marker, "bold"),
        (f"{status.state.symbol} ", f"bold {style}"),
        (f"{status.index + 1}. ", "bold" if current else ""),
        (status.step.title, "bold" if current else ""),
        "\n",
        ("     " + status.summary, style),
    )


def title_label(index: int, title: str, current: bool) -> Content:
    """A step before its state is known ("…" where the state will be): the
    opening screen's list, drawn while the session is still being opened."""
    return Content.assemble(
        ("▶" if current else " ", "bold"),
        "  ",
        (f"{index + 1}. ", "bold" if current else ""),
        (title, "bold" if current else ""),
        "\n",
        ("     …", "$text-muted"),
    )


class StepList(OptionList):
    """Enter or a click on a step jumps there; the order is never forced."""

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._shown: tuple[tuple[StepStatus, ...], int] | None = None

    def show(self, statuses: list[StepStatus], current: int) -> None:
        key = (tuple(statuses), current)
        if key == self._shown:
            return  # nothing changed: keep the list (and the mouse hover) as is
        self._shown = key
        self.set_options(
            Option(step_label(s, s.index == current), id=f"step-{s.index}") for s in statuses
        )
        self.highlighted = current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
