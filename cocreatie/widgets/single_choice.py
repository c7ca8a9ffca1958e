"""A one-line form control for one choice from a list (type to choose).

It replaces a dropdown: Enter, Space, Down or a click asks for the picker
(``SingleChoice.PickRequested``; the form opens the picker dialog and hands
the answer to ``choose``), and typing a letter opens the picker with that
letter already in its filter, so "av" and Enter choose "avond". The line
shows the chosen label, or "—".
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from cocreatie.entry.matching import Candidate
from cocreatie.i18n import t
from cocreatie.widgets.multi_choice import Choice, as_candidate, typed_letter
from cocreatie.widgets.textual_private import translate_bindings


class SingleChoice(Widget, can_focus=True):
    DEFAULT_CSS = """
    SingleChoice {
        height: 1;
        width: 1fr;
        padding: 0 1;
        background: $boost;
    }
    SingleChoice:focus {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """

    class PickRequested(Message):
        """Open the picker for ``control`` with ``query`` typed; answer ``choose``."""

        def __init__(self, single_choice: SingleChoice, query: str = "") -> None:
            super().__init__()
            self.single_choice = single_choice
            self.query = query

        @property
        def control(self) -> SingleChoice:
            return self.single_choice

    class Changed(Message):
        """The facilitator chose another value."""

        def __init__(self, single_choice: SingleChoice) -> None:
            super().__init__()
            self.single_choice = single_choice

        @property
        def control(self) -> SingleChoice:
            return self.single_choice

    BINDINGS = [
        Binding("enter,space,down", "open", "steps.form.choose", id="steps.form.choose_one"),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        value: str | None = None,
        *,
        allow_blank: bool = True,
        blank_label: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        translate_bindings(self)
        self.picker_title = title
        self.choices: list[Candidate] = [as_candidate(c) for c in choices]
        self.allow_blank = allow_blank
        # What "nothing chosen" means here ("alle statussen"); "—" if not said.
        self.blank_label = blank_label
        known = {c.value for c in self.choices}
        if value not in known:
            value = None if allow_blank or not self.choices else self.choices[0].value
        self._value = value

    @property
    def value(self) -> str | None:
        return self._value

    @value.setter
    def value(self, value: str | None) -> None:
        if value is not None and value not in {c.value for c in self.choices}:
            raise ValueError(f"not a choice here: {value!r}")
        self._value = value
        self.refresh()

    def render(self) -> Text:
        labels = {c.value: c.label for c in self.choices}
        shown = labels.get(self._value or "", "") if self._value is not None else ""
        blank = self.blank_label or t("steps.form.blank")
        text = Text(shown or blank, no_wrap=True, overflow="ellipsis")
        text.append(" ▾", style="bold")
        return text

    def action_open(self) -> None:
        self.post_message(self.PickRequested(self))

    def on_key(self, event: events.Key) -> None:
        letter = typed_letter(event)
        if letter is not None:
            event.stop()
            self.post_message(self.PickRequested(self, letter))

    def on_click(self) -> None:
        self.action_open()

    def choose(self, values: list[str] | None) -> None:
        """The picker's answer; ``None`` when the facilitator backed out.

        The empty value is the picker's "nothing chosen" line."""
        if values:
            self.value = values[0] or None
            self.post_message(self.Changed(self))
