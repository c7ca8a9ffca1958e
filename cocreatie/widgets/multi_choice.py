"""A one-line form control for a list of choices (participants, factors).

The line shows what is chosen; Enter, Space, a click or typing a letter asks
for the picker (``MultiChoice.PickRequested``: the form around it opens the
picker dialog and hands the answer to ``choose``). Keeping the control one
line tall lets a whole wish fit on an 80×24 screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from cocreatie.entry.matching import Candidate
from cocreatie.i18n import t
from cocreatie.widgets.textual_private import translate_bindings

# (value, label), or a Candidate that is also searched by its keywords.
Choice = Candidate | tuple[str, str]


def as_candidate(choice: Choice) -> Candidate:
    return choice if isinstance(choice, Candidate) else Candidate(*choice)


def typed_letter(event: events.Key) -> str | None:
    """The character of a key that starts a search, if it is one."""
    character = event.character
    if character is None or not event.is_printable or character.isspace():
        return None
    return character


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

        def __init__(self, multi_choice: MultiChoice, query: str = "") -> None:
            super().__init__()
            self.multi_choice = multi_choice
            self.query = query

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
        self.choices = [as_candidate(c) for c in choices]
        known = {c.value for c in self.choices}
        self.values = [v for v in values if v in known]
        self.shortcuts = dict(shortcuts or {})

    def render(self) -> Text:
        labels = {c.value: c.label for c in self.choices}
        chosen = ", ".join(labels[v] for v in self.values)
        text = Text(chosen or t("steps.form.none_chosen"), no_wrap=True, overflow="ellipsis")
        text.append(" ▸", style="bold")
        return text

    def action_open(self) -> None:
        self.post_message(self.PickRequested(self))

    def on_key(self, event: events.Key) -> None:
        # A shortcut (a factor number) switches its choice right here; a
        # letter opens the picker with that letter typed.
        value = self.shortcuts.get(event.key)
        if value is not None:
            event.stop()
            order = [c.value for c in self.choices]
            chosen = [v for v in self.values if v != value]
            if value not in self.values:
                chosen.append(value)
            self.values = sorted(chosen, key=order.index)
            self.refresh()
            return
        letter = typed_letter(event)
        if letter is not None:
            event.stop()
            self.post_message(self.PickRequested(self, letter))

    def choose(self, values: list[str] | None) -> None:
        """The picker's answer; ``None`` when the facilitator backed out."""
        if values is not None:
            order = [c.value for c in self.choices]
            self.values = sorted(values, key=order.index)
            self.refresh()

    def on_click(self) -> None:
        self.action_open()
