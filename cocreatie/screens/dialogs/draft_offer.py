"""Offer a form that was typed into but never saved: put it back or throw it away.

Three answers, so a reflex cannot lose text: Enter puts it back (the safe
answer has the focus), Escape asks again next time, and only "Weggooien"
removes it. The same dialog asks what to do when the draft's item is gone.
"""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from cocreatie.i18n import t
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

Answer = Literal["restore", "discard", "later"]


class DraftOffer(GuardedDispatch, ModalScreen[Answer]):
    BINDINGS = [
        Binding("escape", "answer('later')", "ui.drafts.later", id="drafts.later"),
    ]

    def __init__(self, question: str, *, restore: str | None = None) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self.question = question
        self._restore = restore or t("ui.drafts.restore")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self.question, classes="dialog-question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._restore, id="restore", variant="primary")
                yield Button(t("ui.drafts.discard"), id="discard", variant="error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#restore", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss("restore" if event.button.id == "restore" else "discard")

    def action_answer(self, answer: Answer) -> None:
        self.dismiss(answer)
