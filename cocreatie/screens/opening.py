"""What shows for the blink between start-up and an opened session.

Started with a session to open (``cocreatie open``/``demo``), the app does
not build the home screen first: reading every session in the folder only
slows down the screen the facilitator asked for. The home screen replaces
this one when the session is closed or could not be opened.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from cocreatie.i18n import t


class OpeningScreen(Screen[None]):
    DEFAULT_CSS = """
    OpeningScreen {
        align: center middle;
    }
    OpeningScreen > Static {
        width: auto;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(t("ui.open.opening"), markup=False)
