"""A tiny App hosting one step view, for the follow-up and common-ground views.

``StepView.Changed`` and ``StepView.Invalid`` are counted at the App, where
they arrive after bubbling up, as they would at the session screen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from step_harness import StepHarness
from textual.pilot import Pilot

from cocreatie.models import Session
from cocreatie.screens.steps import StepContext, StepView, view_for
from cocreatie.templating import SessionTemplate, StepType


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
        first = next((w for w in view.query("*") if w.focusable), None)
        if first is not None:
            first.focus()
        await pilot.pause()
        yield app, pilot, view


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])
