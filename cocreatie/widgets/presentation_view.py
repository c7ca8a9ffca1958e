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
    """

    def compose(self) -> ComposeResult:
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
