"""Ask before something is removed that other parts of the record point at."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from cocreatie.i18n import t
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings


class ConfirmDialog(GuardedDispatch, ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    ConfirmDialog > #confirm {
        width: 60;
        max-width: 100%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 0 1;
    }
    ConfirmDialog #confirm-buttons {
        height: 1;
        margin-top: 1;
        align-horizontal: right;
    }
    ConfirmDialog #confirm-buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("j,y", "answer(True)", "steps.confirm.yes", id="steps.confirm.yes"),
        Binding("n,escape", "answer(False)", "steps.confirm.no", id="steps.confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(self.question, markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(
                    t("steps.confirm.yes_button"), id="yes", variant="warning", compact=True
                )
                yield Button(t("steps.confirm.no_button"), id="no", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")
