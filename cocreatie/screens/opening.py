"""What shows between start-up and an opened session.

Started with a session to open (``cocreatie open``/``demo``), the app does
not build the home screen first: reading every session in the folder only
slows down the screen the facilitator asked for. With a ``SessionPreview``
this screen is the session screen's frame (same ids, same layout): the
title, the step list and the current step's prompt and timebox, with
"Sessie wordt geopend…" where the step's content will be. The session
screen covers it as soon as the record is open and checked; the home
screen replaces it when the session could not be opened. Keys typed
meanwhile are held and handed to the session screen (``held_keys``).

Deliberately light: it imports no pydantic, no store and no step views, so
it is on screen before those are loaded.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from cocreatie.analysis.preview import SessionPreview
from cocreatie.i18n import t
from cocreatie.widgets.held_keys import HeldKeys
from cocreatie.widgets.quiet_footer import QuietFooter
from cocreatie.widgets.save_status import SaveStatus
from cocreatie.widgets.step_brief import StepBrief
from cocreatie.widgets.step_list import title_label


class OpeningScreen(Screen[None]):
    DEFAULT_CSS = """
    OpeningScreen.-plain {
        align: center middle;
    }
    OpeningScreen.-plain > Static, OpeningScreen #opening-note {
        width: auto;
        color: $text-muted;
    }
    OpeningScreen #opening-note.-failed {
        color: $error;
    }
    OpeningScreen #step-body {
        align: center middle;
    }
    OpeningScreen #step-list {
        background: $surface;
        padding: 0 1;
    }
    """

    def __init__(self, preview: SessionPreview | None = None) -> None:
        super().__init__(classes="-plain" if preview is None else "")
        self.preview = preview
        self.held_keys = HeldKeys()

    def compose(self) -> ComposeResult:
        note = Static(t("ui.open.opening"), id="opening-note", markup=False)
        if self.preview is None:
            yield note
            return
        with Horizontal(id="session-main"):
            # The step list's look in a plain Static: an OptionList costs the
            # first paint a good 20 ms more (its styles and layout), and there
            # is nothing to choose until the session is open.
            titles = Content("\n").join(
                title_label(index, step.title, index == self.preview.current)
                for index, step in enumerate(self.preview.steps)
            )
            step_list = Static(titles, id="step-list")
            step_list.border_title = self.preview.title
            yield step_list
            with Vertical(id="step-pane"):
                yield StepBrief(id="step-brief")
                with Container(id="step-body"):
                    yield note
        yield SaveStatus(id="save-status")  # the session screen's status line, empty
        yield QuietFooter()

    def on_key(self, event: events.Key) -> None:
        self.held_keys.hold(event)

    def on_mount(self) -> None:
        preview = self.preview
        if preview is None:
            return
        self.query_one(StepBrief).show(
            preview.step, preview.current, len(preview.steps), preview.read_only
        )

    def show_failure(self, text: str) -> None:
        """The session could not be opened: say so where "geopend…" stood."""
        note = self.query_one("#opening-note", Static)
        note.update(text)
        note.add_class("-failed")
