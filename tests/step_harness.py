"""A tiny App that hosts one step view, shared by the step and template tests.

``StepView.Changed`` and ``StepView.Invalid`` are counted at the App, where
they arrive after bubbling up, as they would at the session screen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Footer

import cocreatie.app as app_package
from cocreatie.models import Session
from cocreatie.screens.steps import StepContext, StepView, view_for
from cocreatie.templating import SessionTemplate, StepType

APP_CSS = Path(app_package.__file__).parent / "cocreatie.tcss"


class StepHarness(App[None]):
    CSS_PATH = str(APP_CSS)

    def __init__(self, view: StepView) -> None:
        super().__init__()
        self.view = view
        self.changed = 0
        self.invalid: list[list[str]] = []

    def compose(self) -> ComposeResult:
        yield self.view
        yield Footer()

    def on_step_view_changed(self, event: StepView.Changed) -> None:
        self.changed += 1

    def on_step_view_invalid(self, event: StepView.Invalid) -> None:
        self.invalid.append(event.messages)


@asynccontextmanager
async def run_view(
    template: SessionTemplate,
    step_type: StepType,
    session: Session,
    *,
    size: tuple[int, int] = (100, 30),
    read_only: bool = False,
) -> AsyncIterator[tuple[StepHarness, Pilot[None], StepView]]:
    step = next(s for s in template.steps if s.type is step_type)
    view = view_for(step_type)(StepContext(session, template, step, read_only))
    app = StepHarness(view)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        # As the session screen does: focus the view's first control.
        first = view.opening_focus()
        if first is None or first not in app.screen.focus_chain:
            first = next((w for w in view.query("*") if w.focusable), None)
        if first is not None:
            first.focus()
        await pilot.pause()
        yield app, pilot, view
