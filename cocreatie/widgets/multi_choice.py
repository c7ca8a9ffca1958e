"""A one-line form control for a list of choices (participants, factors).

The line shows what is chosen; Enter, Space or a click asks for the picker
(``MultiChoice.PickRequested``: the form around it opens the picker dialog
and hands the answer to ``choose``). Keeping the control one line tall lets
a whole wish fit on an 80×24 screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from cocreatie.i18n import t
from cocreatie.widgets.textual_private import translate_bindings

Choice = tuple[str, str]  # (value, label)


class MultiChoice(Widget, can_focus=True):
    DEFAULT_CSS = """
    MultiChoice {
        height: 1;
        width: 1fr;
        padding: 0 1;
        background: $boost;
    }
    MultiChoice:focus {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """

    class PickRequested(Message):
        """Open the picker for ``control``; give the answer to ``control.choose``."""

        def __init__(self, multi_choice: MultiChoice) -> None:
            super().__init__()
            self.multi_choice = multi_choice

        @property
        def control(self) -> MultiChoice:
            return self.multi_choice

    BINDINGS = [
        Binding("enter,space", "open", "steps.form.choose", id="steps.form.choose"),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        values: Sequence[str] = (),
        *,
        shortcuts: Mapping[str, str] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.picker_title = title
        self.choices = list(choices)
        self.values = [v for v in values if any(v == c for c, _ in self.choices)]
        self.shortcuts = dict(shortcuts or {})

    def render(self) -> Text:
        labels = dict(self.choices)
        chosen = ", ".join(labels[v] for v in self.values)
        text = Text(chosen or t("steps.form.none_chosen"), no_wrap=True, overflow="ellipsis")
        text.append(" ▸", style="bold")
        return text

    def action_open(self) -> None:
        self.post_message(self.PickRequested(self))

    def choose(self, values: list[str] | None) -> None:
        """The picker's answer; ``None`` when the facilitator backed out."""
        if values is not None:
            order = [c for c, _ in self.choices]
            self.values = sorted(values, key=order.index)
            self.refresh()

    def on_click(self) -> None:
        self.action_open()
