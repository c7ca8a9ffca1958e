"""A tiny App that hosts one step view, shared by the step and template tests.

``StepView.Changed`` and ``StepView.Invalid`` are counted at the App, where
they arrive after bubbling up, as they would at the session screen.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Footer

import cocreatie.screens.steps as steps_package
from cocreatie.screens.steps import StepView

STEPS_CSS = Path(steps_package.__file__).parent / "steps.tcss"


class StepHarness(App[None]):
    CSS_PATH = str(STEPS_CSS)

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
