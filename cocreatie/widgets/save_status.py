"""One line saying whether the last change is on disk, and if not, why."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.models.clock import now

_STATES = ("-opened", "-pending", "-saved", "-failed", "-read-only")


class SaveStatus(Static):
    """One row, always: updates skip the layout pass (this changes on every
    keystroke, and a layout pass repaints the whole screen)."""

    DEFAULT_CSS = """
    SaveStatus {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    SaveStatus.-saved {
        color: $text-success;
    }
    SaveStatus.-failed {
        height: auto;
        max-height: 3;
        text-wrap: wrap;
        color: $text-error;
        background: $error 25%;
        text-style: bold;
    }
    SaveStatus.-read-only {
        color: $text-warning;
        background: $warning 20%;
        text-style: bold;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._text = ""

    def _show(self, text: str, state: str) -> None:
        if text == self._text and self.has_class(state):
            return
        self._text = text
        self.set_classes(state)
        self.update(text, layout=False)

    def show_read_only(self, path: object, elsewhere: bool = False) -> None:
        """Read-only; ``elsewhere`` only when another window really has it open."""
        key = "ui.save.read_only" if elsewhere else "ui.save.read_only_asked"
        self._show(t(key, path=path), "-read-only")

    def show_opened(self, path: object) -> None:
        self._show(t("ui.save.opened", path=path), "-opened")

    def show_pending(self) -> None:
        # A failure stays in view until a save succeeds again. The style is
        # kept: a class change restyles, and this happens on every keystroke.
        if not self.has_class("-failed"):
            state = next((c for c in _STATES if self.has_class(c)), "-pending")
            self._show(t("ui.save.pending"), state)

    def show_saved(self, moment: datetime | None = None) -> None:
        # The app's one clock (frozen in tests), not the saver thread's: the
        # two differ by milliseconds, and snapshots must not.
        local = (moment or now()).astimezone()
        self._show(t("ui.save.saved", time=local.strftime("%H:%M:%S")), "-saved")

    def show_failed(self, message: str) -> None:
        self._show(t("ui.save.failed", message=message), "-failed")
