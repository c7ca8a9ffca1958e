"""A tiny App that mounts one step view, and sessions to feed it.

The harness counts ``StepView.Changed`` and collects ``StepView.Invalid``
messages at the App, where they arrive after bubbling up as they would to
the session screen.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import pytest
from step_harness import StepHarness, run_view
from textual.pilot import Pilot

from cocreatie.models import Participant, Session, SessionMeta
from cocreatie.screens.steps import StepView
from cocreatie.templating import SessionTemplate
from cocreatie.templating.model import StepType

SIZES = [(100, 30), (80, 24)]


RunStep = Callable[..., "asynccontextmanager[tuple[StepHarness, Pilot[None], StepView]]"]


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def size(request: pytest.FixtureRequest) -> tuple[int, int]:
    return request.param


@pytest.fixture
def run_step(greenfield: SessionTemplate, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def run(
        step_type: StepType, session: Session, *, read_only: bool = False
    ) -> AsyncIterator[tuple[StepHarness, Pilot[None], StepView]]:
        async with run_view(
            greenfield, step_type, session, size=size, read_only=read_only
        ) as running:
            yield running

    return run


@pytest.fixture
def session() -> Session:
    s = Session(meta=SessionMeta(title="Proefavond Molenbuurt"))
    s.add(Participant(display_name="Anja", kind="resident"))
    s.add(Participant(display_name="Piet", kind="resident"))
    s.add(
        Participant(display_name="Wijkagent Bram", kind="professional", organisation="Politie"),
    )
    return s


def people(session: Session) -> dict[str, str]:
    return {p.display_name: p.id for p in session.participants}


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])
