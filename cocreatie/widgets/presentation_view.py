"""The projector view: the step, its question, and what the room has said.

No inputs, no chrome: big, calm text that people at the back can read. The
step views stay mounted behind it, so leaving presentation mode returns to
exactly what the facilitator was typing.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.templating import Step
from cocreatie.widgets.share_info import ShareInfo
from cocreatie.widgets.share_panel import SharePanel

# The terminal size from which presentation mode draws the QR code twice as large.
LARGE_QR_SIZE = (120, 40)


class PresentationView(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    PresentationView {
        display: none;
        height: 1fr;
        padding: 1 4;
    }
    PresentationView #presentation-title {
        text-style: bold;
        color: $text-primary;
        padding-bottom: 1;
        border-bottom: heavy $primary;
        margin-bottom: 1;
    }
    PresentationView #presentation-prompt {
        text-style: bold;
        margin-bottom: 2;
    }
    PresentationView #presentation-lines {
        margin-bottom: 2;
    }
    PresentationView #presentation-hint {
        color: $text-muted;
    }
    PresentationView #presentation-share {
        dock: right;
        width: 35;
        margin-left: 2;
        display: none;
    }
    PresentationView #presentation-share.-on {
        display: block;
    }
    PresentationView #presentation-share.-large {
        width: 64;
    }
    """

    _share: ShareInfo | None = None

    def compose(self) -> ComposeResult:
        # While phones take part: the QR code and the address, for the room.
        yield SharePanel(id="presentation-share")
        yield Static("", id="presentation-title", markup=False)
        yield Static("", id="presentation-prompt", markup=False)
        yield Static("", id="presentation-lines", markup=False)
        yield Static(t("ui.presentation.hint"), id="presentation-hint", markup=False)

    def show(self, step: Step, lines: list[str]) -> None:
        self.query_one("#presentation-title", Static).update(step.title.upper())
        self.query_one("#presentation-prompt", Static).update(" ".join(step.prompt.split()))
        body = (
            "\n\n".join(f"•  {line}" for line in lines)
            if lines
            else t("ui.presentation.nothing_yet")
        )
        self.query_one("#presentation-lines", Static).update(body)

    def show_share(self, info: ShareInfo | None) -> None:
        self._share = info
        panel = self.query_one(SharePanel)
        panel.set_class(info is not None, "-on")
        # Twice the size where the screen has room: the back of the room
        # scans it off the projector.
        large = self.app.size.width >= LARGE_QR_SIZE[0] and self.app.size.height >= LARGE_QR_SIZE[1]
        panel.set_class(large, "-large")
        if info is not None:
            panel.show(info, 2 if large else 1)

    def on_resize(self) -> None:
        if self._share is not None:
            self.show_share(self._share)
