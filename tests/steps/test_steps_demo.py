"""Every step view on the rich demo session, read-only mode and English."""

from __future__ import annotations

import pytest

from cocreatie.demo import build_demo_session
from cocreatie.i18n import set_language
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate
from cocreatie.templating.model import StepType
from cocreatie.widgets.record_table import RecordTable

MINE = [StepType.DEFINITION, StepType.WISHES, StepType.ROLES, StepType.CONTACTS, StepType.ACTIONS]


@pytest.mark.parametrize("step_type", MINE, ids=lambda s: s.value)
async def test_the_demo_shows_in_every_step(
    run_step, greenfield: SessionTemplate, step_type: StepType
) -> None:
    session = build_demo_session(greenfield)
    before = session.model_dump()
    async with run_step(step_type, session) as (app, _pilot, view):
        first = view.query(RecordTable).first()
        assert first.row_count > 0
        assert view.presentation_lines()
        assert app.changed == 0, "looking changes nothing"
    assert session.model_dump() == before


async def test_read_only_changes_nothing(run_step, greenfield: SessionTemplate) -> None:
    session: Session = build_demo_session(greenfield)
    before = session.model_dump()
    async with run_step(StepType.WISHES, session, read_only=True) as (app, pilot, _view):
        await pilot.press("plus", "p", "b", "z", "t")
        await pilot.pause()
        assert app.changed == 0
    async with run_step(StepType.ROLES, session, read_only=True) as (app, pilot, _view):
        await pilot.press("space", "1", "0")
        await pilot.pause()
        assert app.changed == 0
    assert session.model_dump() == before


async def test_english_catalogue(run_step, greenfield: SessionTemplate) -> None:
    set_language("en")
    session = build_demo_session(greenfield)
    async with run_step(StepType.WISHES, session) as (app, pilot, view):
        await pilot.press("escape")  # from the quick line to the list and its keys
        descriptions = {b.binding.description for b in app.active_bindings.values()}
        assert "Add vote" in descriptions
        assert view.query_one("#wishes", RecordTable).columns  # built
        assert "dots:" in str(view.query_one("#wish-status").render())
