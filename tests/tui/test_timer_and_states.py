"""The step timer and the step states: shown in words and symbols, not colour alone."""

from __future__ import annotations

import time
from pathlib import Path

from cocreatie.analysis import SessionWarning, session_warnings
from cocreatie.analysis.step_states import StepState, step_statuses
from cocreatie.demo import build_demo_session
from cocreatie.templating import StepType, load_template
from cocreatie.widgets.step_timer import StepTimer, clock_text

from .conftest import SIZE, goto_step, make_app, settle, wait_for_session


def test_clock_text() -> None:
    assert clock_text(0) == "00:00"
    assert clock_text(605.4) == "10:05"


def test_states_follow_progress_and_warnings() -> None:
    template = load_template("greenfield-buurt")
    session = build_demo_session(template)
    statuses = step_statuses(session, template, session_warnings(session, template))
    by_type = {s.step.type: s for s in statuses}
    # The demo leaves one prioritised wish without an accountable role.
    assert by_type[StepType.ROLES].state is StepState.DONE_WARNINGS
    assert by_type[StepType.ROLES].summary == "klaar, 1 open punt"
    assert by_type[StepType.PREPARATION].state is StepState.DONE
    assert by_type[StepType.CLOSING].state is StepState.BUSY  # visited, not done
    fresh = session.model_copy(
        update={
            "progress": session.progress.model_copy(
                update={"visited": [], "done": [], "current_step": 0}
            )
        }
    )
    statuses = step_statuses(fresh, template, [SessionWarning(StepType.ACTIONS, "x")] * 2)
    assert statuses[0].state is StepState.BUSY  # the current step is busy
    assert statuses[1].state is StepState.NOT_STARTED
    actions = next(s for s in statuses if s.step.type is StepType.ACTIONS)
    assert actions.summary == "niet begonnen, 2 open punten"
    assert {s.symbol for s in StepState} == {"○", "●", "✓", "!"}


async def test_timer_starts_pauses_resets_and_marks_overtime(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        screen = await goto_step(pilot, 0)  # timebox 10 minutes
        timer = screen.query_one(StepTimer)
        assert timer.text() == "‖ 10:00 / 10:00"
        await pilot.press("ctrl+t")
        assert timer.running and timer.has_class("-running")
        assert timer.text().startswith("▶")
        # Pretend eleven minutes went by.
        timer._started_at = time.monotonic() - 11 * 60
        timer._repaint()
        assert timer.overtime and timer.has_class("-overtime")
        assert timer.text().startswith("! tijd om +01:0")  # a marker, not only colour
        await pilot.press("ctrl+t")
        assert not timer.running
        frozen = timer.elapsed
        assert timer.elapsed == frozen  # paused means paused
        # Another step has its own timer; coming back finds this one as it was.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        assert timer.text() == "‖ 10:00 / 10:00"  # step 2 also has 10 minutes, fresh
        await pilot.press("ctrl+pageup")
        await settle(pilot)
        assert timer.overtime
        await pilot.press("ctrl+r")
        assert timer.text() == "‖ 10:00 / 10:00" and not timer.overtime
        # The timer is not part of the record: running it saves nothing.
        saver = app.live.saver
        assert saver is not None
        submitted = saver._submitted
        await pilot.press("ctrl+t")
        timer._tick()
        timer._tick()
        await pilot.press("ctrl+t")
        assert saver._submitted == submitted
