"""Ask before something that cannot be undone in the room.

The one yes/no question of the app: deleting a session, removing an item
other parts of the record point at, opening a locked session read-only.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from cocreatie.i18n import t
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings


class ConfirmDialog(GuardedDispatch, ModalScreen[bool]):
    BINDINGS = [
        Binding("j,y", "answer(True)", "ui.key.yes", id="confirm.yes", key_display="j"),
        Binding("n", "answer(False)", "ui.key.no", id="confirm.no"),
        Binding("escape", "answer(False)", "ui.key.cancel", id="confirm.cancel"),
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
        self.question = question
        self._yes = yes or t("ui.dialog.yes")
        self._no = no or t("ui.dialog.no")
        self._danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._yes, id="yes", variant="error" if self._danger else "success")
                yield Button(self._no, id="no", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        # The safe answer has the focus: Enter by reflex must not delete.
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
