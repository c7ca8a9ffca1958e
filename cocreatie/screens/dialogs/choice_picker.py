"""A quick picker: choose one (type to filter, Enter) or several (Space).

Used for the speaker of a contribution, the owner of an action, the wish an
action comes from, and the participants and factors of a wish. It returns
the chosen values, or ``None`` when the facilitator backs out with Escape.
In the multiple mode every line starts with ☑ or ☐, so what is chosen does
not depend on colour.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets.option_list import Option

from cocreatie.i18n import t
from cocreatie.widgets.multi_choice import Choice
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

ON, OFF = "☑", "☐"


class _Choices(OptionList):
    # Enter confirms the whole choice; Space toggles the highlighted option.
    BINDINGS = [
        Binding("enter", "screen.confirm", "steps.picker.confirm", id="steps.picker.confirm"),
        Binding("space", "screen.toggle_choice", "steps.picker.toggle", id="steps.picker.toggle"),
    ]

    def __init__(self, *options: Option, id: str | None = None) -> None:
        super().__init__(*options, id=id)
        translate_bindings(self)


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
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ChoicePicker OptionList.-single {
        border: none;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "steps.form.cancel", id="steps.picker.cancel"),
        Binding("down", "move(1)", show=False, id="steps.picker.down"),
        Binding("up", "move(-1)", show=False, id="steps.picker.up"),
    ]

    def __init__(
        self,
        title: str,
        choices: Sequence[Choice],
        *,
        multiple: bool = False,
        selected: Sequence[str] = (),
        shortcuts: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.title_text = title
        self.choices = list(choices)
        self.multiple = multiple
        self.selected = [v for v, _ in self.choices if v in selected]
        # Textual key name -> value: number keys toggle factors in the list.
        self.shortcuts = dict(shortcuts or {})

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(self.title_text, id="picker-title", markup=False)
            if self.multiple:
                yield Label(t("steps.picker.hint_multiple"), id="picker-hint")
                yield _Choices(*self._marked(), id="choices")
            else:
                yield Label(t("steps.picker.hint_single"), id="picker-hint")
                yield Input(placeholder=t("steps.picker.filter"), id="filter", compact=True)
                yield OptionList(*self._filtered(""), id="choices", classes="-single")
        yield Footer()

    @property
    def options(self) -> OptionList:
        return self.query_one("#choices", OptionList)

    def on_mount(self) -> None:
        current = next((i for i, (v, _) in enumerate(self.choices) if v in self.selected), 0)
        self.options.highlighted = current if self.choices else None
        if self.multiple:
            self.options.focus()
        else:
            self.query_one("#filter", Input).focus()

    # -- the options -----------------------------------------------------------

    def _marked(self) -> list[Option]:
        return [
            Option(Text(f"{ON if value in self.selected else OFF} {label}"), id=value)
            for value, label in self.choices
        ]

    def _filtered(self, needle: str) -> list[Option]:
        needle = needle.casefold().strip()
        return [
            Option(Text(label), id=value)
            for value, label in self.choices
            if not needle or needle in label.casefold()
        ]

    def toggle(self, value: str) -> None:
        if value in self.selected:
            self.selected.remove(value)
        else:
            order = [v for v, _ in self.choices]
            self.selected = sorted([*self.selected, value], key=order.index)
        index = next(i for i, (v, _) in enumerate(self.choices) if v == value)
        label = self.choices[index][1]
        mark = ON if value in self.selected else OFF
        self.options.replace_option_prompt_at_index(index, Text(f"{mark} {label}"))

    # -- events and actions ------------------------------------------------------

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self.options.clear_options()
        self.options.add_options(self._filtered(event.value))
        self.options.highlighted = 0 if self.options.option_count else None

    @on(Input.Submitted, "#filter")
    def _submit_filter(self) -> None:
        self.action_confirm()

    @on(OptionList.OptionSelected, "#choices")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        if self.multiple:
            self.toggle(event.option.id)
        else:
            self.dismiss([event.option.id])

    def on_key(self, event: events.Key) -> None:
        value = self.shortcuts.get(event.key)
        if self.multiple and value is not None:
            event.stop()
            self.toggle(value)

    def action_move(self, delta: int) -> None:
        options = self.options
        if options.option_count:
            current = options.highlighted if options.highlighted is not None else -1
            options.highlighted = max(0, min(options.option_count - 1, current + delta))

    # Not "toggle": that name is Textual's own action (DOMNode.action_toggle).
    def action_toggle_choice(self) -> None:
        options = self.options
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if option.id is not None:
                self.toggle(option.id)

    def action_confirm(self) -> None:
        if self.multiple:
            self.dismiss(list(self.selected))
            return
        options = self.options
        if options.highlighted is None:
            return
        option = options.get_option_at_index(options.highlighted)
        if option.id is not None:
            self.dismiss([option.id])

    def action_cancel(self) -> None:
        self.dismiss(None)
