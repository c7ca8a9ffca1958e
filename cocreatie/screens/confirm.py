"""Ask before something that cannot be undone in the room."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from cocreatie.i18n import t
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings


class ConfirmDialog(GuardedDispatch, ModalScreen[bool]):
    BINDINGS = [
        Binding("escape", "answer(False)", "ui.key.cancel", id="confirm.cancel"),
        Binding("j,y", "answer(True)", "ui.key.yes", id="confirm.yes", show=False),
        Binding("n", "answer(False)", "ui.key.no", id="confirm.no", show=False),
    ]

    def __init__(
        self,
        question: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        danger: bool = True,
    ) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._question = question
        self._yes = yes or t("ui.dialog.yes")
        self._no = no or t("ui.dialog.no")
        self._danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self._question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._yes, id="yes", variant="error" if self._danger else "success")
                yield Button(self._no, id="no", variant="primary")

    def on_mount(self) -> None:
        # The safe answer has the focus: Enter by reflex must not delete.
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
