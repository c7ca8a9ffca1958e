"""Presentation mode: the room's view, and nothing lost going in or out."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from cocreatie.screens.steps.participants import ParticipantsView
from cocreatie.widgets.presentation_view import PresentationView

from .conftest import SIZE, goto_step, make_app, settle, wait_for_session


async def test_toggling_keeps_focus_and_half_typed_input(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        screen = await goto_step(pilot, 1)
        view = screen.query_one(ParticipantsView)
        name = view.query_one("#participant-name", Input)
        assert name.has_focus
        await pilot.press(*"Half getypt")
        before = len(view.session.participants)

        await pilot.press("f5")
        await settle(pilot)
        presentation = screen.query_one(PresentationView)
        assert screen.has_class("-presenting")
        assert presentation.display
        assert view.is_attached and view.region.area == 0  # hidden, still mounted
        shown = str(presentation.query_one("#presentation-lines").render())
        # Residents appear by pseudonym only on the projector.
        assert "Bewoner 1" in shown and "Anja" not in shown
        assert "DEELNEMERS" in str(presentation.query_one("#presentation-title").render())
        # The step can change while presenting; the view follows.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        assert screen.current == 2
        await pilot.press("ctrl+pageup")
        await settle(pilot)

        await pilot.press("f5")
        await settle(pilot)
        assert not screen.has_class("-presenting")
        assert name.has_focus
        assert name.value == "Half getypt"
        assert len(view.session.participants) == before  # nothing was submitted


async def test_escape_leaves_presentation_first(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert screen.presenting
        await pilot.press("escape")
        await settle(pilot)
        assert not screen.presenting
        assert pilot.app.screen is screen


async def test_f5_leaves_presentation_after_moving_to_another_step(
    data_dir: Path, demo_id: str
) -> None:
    """Keys wait while a step is built; on the projector nothing is built to
    focus, so they must not wait at all (F5 once stayed held for ever)."""
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert screen.presenting
        await pilot.press("ctrl+pageup")
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert not screen.presenting
