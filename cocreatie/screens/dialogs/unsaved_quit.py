"""Quitting while the latest changes could not be saved.

The facilitator learns what is not on disk and why, and can write an
emergency copy to another folder (the home folder unless they type
another) before the app ends, go back to the session, or quit anyway. The
dialog gets the copy writer passed in and runs it in a thread; it answers
with the copy's path, ``None`` for "back", or ``LOST`` for quitting
without a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

from cocreatie.i18n import t
from cocreatie.store.errors import StoreError
from cocreatie.store.messages import describe_failure
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

LOST = Path("")  # the answer "quit without a copy"


class UnsavedQuitDialog(GuardedDispatch, ModalScreen[Path | None]):
    # Three answers side by side, down to an 80-column terminal.
    DEFAULT_CSS = """
    UnsavedQuitDialog .dialog-buttons {
        padding-top: 1;
    }
    UnsavedQuitDialog .dialog-buttons Button {
        width: auto;
        min-width: 0;
    }
    UnsavedQuitDialog #copy-note {
        color: $text-warning;
        height: auto;
    }
    """
    BINDINGS = [
        Binding("escape", "back", "ui.unsaved_quit.back", id="unsaved_quit.back"),
    ]

    def __init__(
        self,
        question: str,
        folder: Path,
        write_copy: Callable[[Path], Path],
    ) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self.question = question
        self.folder = folder
        self.write_copy = write_copy

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -wide"):
            yield Static(t("ui.unsaved_quit.title"), classes="dialog-title", markup=False)
            yield Static(self.question, classes="dialog-question", markup=False)
            yield Static(t("ui.unsaved_quit.folder"), markup=False)
            yield Input(str(self.folder), id="copy-folder")
            yield Static("", id="copy-note", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("ui.unsaved_quit.copy"), id="copy", compact=True, variant="success")
                yield Button(t("ui.unsaved_quit.back"), id="back", compact=True, variant="primary")
                yield Button(t("ui.unsaved_quit.lose"), id="lose", compact=True, variant="error")
        yield Footer()

    def on_mount(self) -> None:
        # Enter by reflex writes the copy: the one answer that loses nothing.
        self.query_one("#copy", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "copy":
            self._copy()
        elif event.button.id == "lose":
            self.dismiss(LOST)
        else:
            self.dismiss(None)

    @on(Input.Submitted, "#copy-folder")
    def _folder_submitted(self) -> None:
        self._copy()

    def action_back(self) -> None:
        self.dismiss(None)

    def _copy(self) -> None:
        folder = Path(self.query_one("#copy-folder", Input).value.strip() or str(self.folder))
        self.query_one("#copy-note", Static).update(t("ui.unsaved_quit.writing"))
        self.query_one("#copy", Button).disabled = True
        self._write(folder)

    @work(thread=True, exclusive=True, group="emergency-copy", exit_on_error=False)
    def _write(self, folder: Path) -> None:
        try:
            path = self.write_copy(folder)
        except (OSError, StoreError) as error:
            message = t(
                "ui.unsaved_quit.copy_failed", folder=folder, reason=describe_failure(error)
            )
            self.app.call_from_thread(self._failed, message)
        else:
            self.app.call_from_thread(self.dismiss, path)

    def _failed(self, message: str) -> None:
        self.query_one("#copy-note", Static).update(message)
        self.query_one("#copy", Button).disabled = False
        self.query_one("#copy-folder", Input).focus()
