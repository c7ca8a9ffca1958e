"""Tables that show more columns on a wider screen must survive a resize.

Reported: a step crashed with an IndexError in the record table when the
screen grew past the width where its table gains columns, because the rows
on display had been built for the narrower set.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from cocreatie.followup import create_follow_up
from cocreatie.screens.steps.follow_up import FollowUpView
from cocreatie.screens.steps.participants import ParticipantsView
from cocreatie.store import SessionRepository
from cocreatie.templating import StepType, load_template
from cocreatie.widgets.record_table import Column, RecordTable, Row

from .conftest import goto_step, make_app, settle, wait_for_session

NARROW = [Column("a", "A", 4), Column("b", "B", None)]
WIDE = [*NARROW, Column("c", "C", 4), Column("d", "D", 4)]


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield RecordTable(NARROW)


async def test_more_columns_than_the_rows_have_cells_for_is_not_a_crash() -> None:
    app = TableApp()
    async with app.run_test(size=(60, 10)) as pilot:
        table = app.query_one(RecordTable)
        table.show([Row("r1", ["1", "een"]), Row("r2", ["2", "twee"])], select="r2")
        table.set_columns(WIDE)  # the rows still have two cells each
        await pilot.pause()
        assert [str(c.label) for c in table.columns.values()] == ["A", "B", "C", "D"]
        assert table.get_row("r1")[2].plain == ""
        assert table.selected_key == "r2"
        # Columns and rows together: one redraw, every cell filled.
        table.show([Row("r1", ["1", "een", "x", "y"])], columns=WIDE)
        await pilot.pause()
        assert [c.plain for c in table.get_row("r1")] == ["1", "een", "x", "y"]
        table.set_columns(NARROW)  # and back: extra cells are simply not shown
        await pilot.pause()
        assert [c.plain for c in table.get_row("r1")] == ["1", "een"]


def _step_index(template_id: str, step_type: StepType) -> int:
    steps = load_template(template_id).steps
    return next(i for i, s in enumerate(steps) if s.type is step_type)


async def test_participants_step_at_120_and_after_growing_from_80(
    data_dir: Path, demo_id: str
) -> None:
    index = _step_index("greenfield-buurt", StepType.PARTICIPANTS)
    for start in (120, 80):
        app = make_app(data_dir, demo_id)
        async with app.run_test(size=(start, 40)) as pilot:
            await wait_for_session(pilot)
            screen = await goto_step(pilot, index)
            table = screen.query_one(ParticipantsView).table
            narrow = len(table.columns)
            await pilot.resize_terminal(120, 40)
            await settle(pilot)
            assert len(table.columns) >= narrow
            assert len(table.columns) > 5  # the extra columns of a wide screen
            assert table.row_count == len(screen.session.participants)
            assert app.handler_errors == []


async def test_follow_up_step_gains_columns_when_the_screen_grows(
    data_dir: Path, demo_id: str, repository: SessionRepository
) -> None:
    template = load_template("terugkomsessie", data_dir)
    with create_follow_up(repository, demo_id, template, "Terugkomavond") as opened:
        session_id = opened.id
    index = _step_index("terugkomsessie", StepType.FOLLOW_UP)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=(80, 30)) as pilot:
        await wait_for_session(pilot)
        screen = await goto_step(pilot, index)
        view = screen.query_one(FollowUpView)
        assert len(view.table.columns) == 4
        await pilot.resize_terminal(170, 40)
        await settle(pilot)
        assert len(view.table.columns) == 6
        assert view.table.row_count == len(view.carried()) > 0
        await pilot.resize_terminal(80, 30)
        await settle(pilot)
        assert len(view.table.columns) == 4
        assert app.handler_errors == []
