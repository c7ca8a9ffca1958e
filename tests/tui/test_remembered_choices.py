"""What the facilitator chose survives closing: theme, sort order, step, pane."""

from __future__ import annotations

from pathlib import Path

from cocreatie.store.settings import read_settings
from cocreatie.themes import HIGH_CONTRAST_THEME
from cocreatie.widgets.quadrant_view import QuadrantView

from .conftest import goto_step, make_app, settle, stored, wait_for_session


async def test_theme_is_remembered_in_the_data_folder(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_session(pilot)
        app.action_use_theme(HIGH_CONTRAST_THEME)
        await settle(pilot)
        await app.workers.wait_for_complete()
    assert read_settings(data_dir).theme == HIGH_CONTRAST_THEME


async def test_sort_order_step_and_pane_come_back(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_session(pilot)
        wishes = next(i for i, s in enumerate(screen.template.steps) if s.type.value == "wishes")
        await goto_step(pilot, wishes)
        view = screen.query_one(f"#step-view-{wishes}")
        view.table.focus()  # type: ignore[attr-defined]
        await pilot.press("o", "f3")  # by votes; the matrix pane
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
    progress = stored(data_dir, demo_id).progress
    assert progress.wishes_by_votes
    assert progress.current_step == wishes
    assert progress.panes == {screen.template.steps[wishes].id: "matrix-tab"}

    again = make_app(data_dir, demo_id)
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_session(pilot)
        await settle(pilot)
        assert screen.current == wishes
        view = screen.query_one(f"#step-view-{wishes}")
        assert view.by_votes  # type: ignore[attr-defined]
        assert view.query_one(QuadrantView).display and view.query_one(QuadrantView).region.width, (
            "the matrix pane is shown again"
        )
