"""One line to add an item as fast as the room talks, with its syntax below.

The step gives the line a reader (a parser from ``cocreatie.entry``) and a
describer; while the line is empty the hint under it explains the syntax,
and as soon as something is typed it shows what Enter will save ("plek: De
Bazuin · factoren: 7, 3 · avond"), or why not. Enter posts ``Submitted``
with the reading; the step asks its questions, saves, and calls ``done``,
which empties the line and keeps the focus in it for the next item. Escape
goes back to the list; Ctrl+F asks for the full form with what was typed.
Every change of the text posts ``Drafted`` (``urgent`` when the line loses
focus), so the step can keep it as a draft until it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from cocreatie.entry.reading import Reading
from cocreatie.i18n import t
from cocreatie.widgets.textual_private import translate_bindings

Reader = Callable[[str], Reading]
Describer = Callable[[Reading], str]


class QuickLine(Input):
    BINDINGS = [
        Binding("escape", "leave", "entry.key.leave", id="entry.leave"),
        Binding("ctrl+f", "full_form", "entry.key.form", id="entry.form"),
    ]

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id, compact=True, max_length=10_000)
        translate_bindings(self)

    def action_leave(self) -> None:
        self.post_message(QuickEntry.Leave())

    def action_full_form(self) -> None:
        self.post_message(QuickEntry.FullForm(self.value))


class QuickEntry(Vertical):
    DEFAULT_CSS = """
    QuickEntry { height: auto; padding: 0 1; }
    QuickEntry > QuickLine { width: 1fr; }
    QuickEntry > .quick-hint { height: auto; max-height: 3; color: $text-muted; }
    QuickEntry > .quick-hint.-problem { color: $text-error; }
    """

    class Submitted(Message):
        def __init__(self, entry: QuickEntry, line: str, reading: Reading) -> None:
            super().__init__()
            self.entry = entry
            self.line = line
            self.reading = reading

    class Leave(Message):
        """Escape: back to the list."""

    class Drafted(Message):
        """The line's text changed (empty: nothing left to keep)."""

        def __init__(self, line: str, urgent: bool = False) -> None:
            super().__init__()
            self.line = line
            self.urgent = urgent

    class FullForm(Message):
        def __init__(self, line: str) -> None:
            super().__init__()
            self.line = line

    def __init__(
        self,
        prompt: str,
        read: Reader,
        describe: Describer,
        *,
        placeholder: str = "",
        disabled: bool = False,
        line_id: str = "quick-line",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.read_only = disabled
        self.prompt = prompt
        self.read = read
        self.describe = describe
        self.placeholder = placeholder or t("entry.placeholder")
        self.line_id = line_id

    def compose(self) -> ComposeResult:
        line = QuickLine(self.placeholder, id=self.line_id)
        line.disabled = self.read_only
        yield line
        yield Static(Text(self.prompt), classes="quick-hint")

    @property
    def line(self) -> QuickLine:
        return self.query_one(QuickLine)

    def set_prompt(self, prompt: str) -> None:
        """A new syntax hint (e.g. when the wish the next line is for changes)."""
        self.prompt = prompt
        if not self.line.value.strip():
            self._hint(prompt)

    def _hint(self, text: str, problem: bool = False) -> None:
        hint = self.query_one(".quick-hint", Static)
        hint.set_class(problem, "-problem")
        hint.update(Text(text))

    def show_problems(self, problems: list[str]) -> None:
        self._hint("✗ " + " ".join(problems), problem=True)

    @on(Input.Changed, "QuickLine")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Drafted(event.value))
        if not event.value.strip():
            self._hint(self.prompt)
            return
        reading = self.read(event.value)
        self._hint(self.describe(reading), problem=bool(reading.problems))

    @on(Input.Blurred, "QuickLine")
    def _left(self, event: Input.Blurred) -> None:
        self.post_message(self.Drafted(event.value, urgent=True))

    @on(Input.Submitted, "QuickLine")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value, self.read(event.value)))

    def done(self) -> None:
        """Saved: an empty line, ready for the next item."""
        self.line.value = ""
        self._hint(self.prompt)
        self.line.focus()
