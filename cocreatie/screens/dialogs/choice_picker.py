"""The one picker: choose one or several by typing a few letters.

Every choice in the app goes through here: the speaker, an owner, an actor,
a contact, a wish, factors, location types, times of day, roles. Typing
filters (``cocreatie.entry.matching``: accents and case do not matter, word
starts rank first, a person is found by function, organisation or
pseudonym too); ↑↓ move; Enter takes the highlighted choice, or in the
multiple mode ends the choice, where Space and the shortcut keys (factor
numbers) switch one on or off. Escape backs out with ``None``. In the
multiple mode every line starts with ☑ or ☐, so what is chosen does not
depend on colour. Callers put recently used and new choices first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets.option_list import Option

from cocreatie.entry.matching import Candidate, ranked
from cocreatie.i18n import t
from cocreatie.widgets.multi_choice import Choice, as_candidate
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

ON, OFF = "☑", "☐"
BLANK = ""  # the value of the "nothing chosen" line


class _Choices(OptionList):
    # Clicking or Enter on the list itself: the same as Enter in the filter.
    BINDINGS = [
        Binding("enter", "screen.confirm", "steps.picker.confirm", id="steps.picker.confirm"),
        Binding("space", "screen.toggle_choice", "steps.picker.toggle", id="steps.picker.toggle"),
    ]

    def __init__(self, *options: Option, id: str | None = None) -> None:
        super().__init__(*options, id=id)
        translate_bindings(self)


class _Filter(Input):
    """The filter line; in the multiple mode Space and the shortcut keys
    toggle instead of typing (a factor's number, not a digit to search)."""

    class Toggle(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, value: str, placeholder: str, toggles: frozenset[str]) -> None:
        # Not selected on focus: the letter that opened the picker stays,
        # and the next one is added to it.
        super().__init__(
            value, placeholder=placeholder, id="filter", compact=True, select_on_focus=False
        )
        self.toggles = toggles

    def on_key(self, event: events.Key) -> None:
        if event.key in self.toggles:
            event.prevent_default()
            event.stop()
            self.post_message(self.Toggle(event.key))


class ChoicePicker(GuardedDispatch, ModalScreen[list[str] | None]):
    DEFAULT_CSS = """
    ChoicePicker {
        align: center middle;
    }
    ChoicePicker > #picker {
        width: 70;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    ChoicePicker #picker-title {
        text-style: bold;
        width: 100%;
    }
    ChoicePicker #picker-hint {
        color: $text-muted;
        width: 100%;
    }
    ChoicePicker OptionList {
        height: auto;
        max-height: 16;
        padding: 0;
        border: none;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ChoicePicker #no-match {
        color: $text-muted;
        display: none;
    }
    ChoicePicker #no-match.-shown {
        display: block;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "steps.form.cancel", id="steps.picker.cancel"),
        Binding("down", "move(1)", show=False, id="steps.picker.down"),
        Binding("up", "move(-1)", show=False, id="steps.picker.up"),
        Binding("pagedown", "move(10)", show=False, id="steps.picker.pagedown"),
        Binding("pageup", "move(-10)", show=False, id="steps.picker.pageup"),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        multiple: bool = False,
        selected: Sequence[str] = (),
        shortcuts: Mapping[str, str] | None = None,
        query: str = "",
        blank: str | None = None,
    ) -> None:
        """``query`` starts the filter; ``blank`` adds a first line that
        chooses nothing (its value is ``BLANK``)."""
        super().__init__()
        translate_bindings(self)
        self.title_text = title
        candidates = [as_candidate(c) for c in choices]
        if blank is not None and not multiple:
            candidates.insert(0, Candidate(BLANK, blank))
        self.candidates = candidates
        self.multiple = multiple
        values = [c.value for c in candidates]
        self.selected = [v for v in values if v in selected]
        # Textual key name -> value: number keys toggle factors in the list.
        self.shortcuts = dict(shortcuts or {})
        self.query_text = query
        self.shown: list[Candidate] = []

    def compose(self) -> ComposeResult:
        hint = "steps.picker.hint_multiple" if self.multiple else "steps.picker.hint_single"
        toggles = frozenset({"space", *self.shortcuts}) if self.multiple else frozenset()
        with Vertical(id="picker"):
            yield Label(self.title_text, id="picker-title", markup=False)
            yield Label(t(hint), id="picker-hint")
            yield _Filter(self.query_text, t("steps.picker.filter"), toggles)
            yield _Choices(id="choices")
            yield Label(t("steps.picker.no_match"), id="no-match")
        yield Footer()

    @property
    def options(self) -> OptionList:
        return self.query_one("#choices", OptionList)

    def on_mount(self) -> None:
        self._show(self.query_text)
        if not self.query_text.strip():
            # Start on what is chosen now, as a dropdown would.
            current = next((i for i, c in enumerate(self.shown) if c.value in self.selected), None)
            if current is not None:
                self.options.highlighted = current
        self.query_one(_Filter).focus()

    # -- the options -----------------------------------------------------------

    def _prompt(self, candidate: Candidate) -> Text:
        if self.multiple:
            mark = ON if candidate.value in self.selected else OFF
            return Text(f"{mark} {candidate.label}")
        return Text(candidate.label)

    def _show(self, query: str) -> None:
        self.shown = ranked(query, self.candidates)
        options = self.options
        options.clear_options()
        options.add_options([Option(self._prompt(c), id=str(i)) for i, c in enumerate(self.shown)])
        options.highlighted = 0 if self.shown else None
        self.query_one("#no-match").set_class(not self.shown, "-shown")

    def toggle(self, value: str) -> None:
        if value in self.selected:
            self.selected.remove(value)
        else:
            order = [c.value for c in self.candidates]
            self.selected = sorted([*self.selected, value], key=order.index)
        for index, candidate in enumerate(self.shown):
            if candidate.value == value:
                self.options.replace_option_prompt_at_index(index, self._prompt(candidate))

    def highlighted_value(self) -> str | None:
        index = self.options.highlighted
        if index is None or not 0 <= index < len(self.shown):
            return None
        return self.shown[index].value

    # -- events and actions ------------------------------------------------------

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#filter")
    def _submit_filter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    @on(_Filter.Toggle)
    def _toggle_key(self, event: _Filter.Toggle) -> None:
        value = self.shortcuts.get(event.key) if event.key != "space" else None
        if event.key == "space":
            self.action_toggle_choice()
        elif value is not None:
            self.toggle(value)

    @on(OptionList.OptionSelected, "#choices")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.options.highlighted = event.option_index
        if self.multiple:
            self.action_toggle_choice()
        else:
            self.action_confirm()

    def action_move(self, delta: int) -> None:
        options = self.options
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -1
            options.highlighted = max(0, min(options.option_count - 1, current + delta))

    # Not "toggle": that name is Textual's own action (DOMNode.action_toggle).
    def action_toggle_choice(self) -> None:
        value = self.highlighted_value()
        if value is not None:
            self.toggle(value)

    def action_confirm(self) -> None:
        if self.multiple:
            self.dismiss(list(self.selected))
            return
        value = self.highlighted_value()
        if value is not None:
            self.dismiss([value])

    def action_cancel(self) -> None:
        self.dismiss(None)
