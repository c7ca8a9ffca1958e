"""Every key that works where the facilitator is, with what it does.

Built from the active bindings of the screen below (including the focused
step's own keys), so it never drifts from what the keys really do.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings


def key_lines(screen: Screen) -> list[tuple[str, str]]:
    """(key, what it does) for every described binding active on ``screen``."""
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str]] = []
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.system:
            continue
        shown = binding.key_display or screen.app.get_key_display(binding)
        row = (shown or key, binding.description)
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class HelpScreen(GuardedDispatch, ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,q", "close", "ui.key.close", id="help.close"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._rows = key_lines(under)

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _ in self._rows), default=4) + 2
        lines = [f"{k.ljust(width)}{what}" for k, what in self._rows]
        with Vertical(classes="dialog-box help-box"):
            yield Static(t("ui.help.title"), classes="dialog-title", markup=False)
            with VerticalScroll(id="help-keys"):
                yield Static("\n".join(lines), markup=False)
                yield Static(t("ui.help.general"), id="help-general", markup=False)
            yield Static(t("ui.help.close_hint"), classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-keys").focus()

    def action_close(self) -> None:
        self.dismiss(None)
