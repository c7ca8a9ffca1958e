"""Through the real app: start a session of each shipped template from the
home screen, as a facilitator would, and step through every step.

The follow-up template also goes through the picker of earlier sessions
(the Molenbuurt demo is there to pick).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import SHIPPED_IDS
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from cocreatie.app import CocreatieApp
from cocreatie.demo.session import DEMO_ID, ensure_demo
from cocreatie.screens.session import SessionScreen
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template

# Enough rounds of the event loop for a worker and a screen switch; the
# test polls, it never asserts on time.
MAX_ROUNDS = 200
# The session screen binds next step to ctrl+pagedown and alt+right.
NEXT_STEP = "alt+right"


async def _until(pilot: Pilot[int], ready, what: str = "") -> None:  # type: ignore[no-untyped-def]
    for _ in range(MAX_ROUNDS):
        if ready():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"the app never got there {what}")


def _brief_title(app: CocreatieApp) -> str:
    return str(app.screen.query_one("#brief-title", Static).content)


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
async def test_start_each_template_and_walk_its_steps(template_id: str, data_dir: Path) -> None:
    repository = SessionRepository(data_dir)
    ensure_demo(repository)
    template = load_template(template_id, data_dir)
    app = CocreatieApp(data_dir, repository=repository)
    async with app.run_test(size=(110, 32)) as pilot:
        home = app.screen
        await _until(pilot, lambda: any(s.id == DEMO_ID for s in home.summaries))
        await pilot.press("n")
        await _until(pilot, lambda: bool(app.screen.query("#new-title")))
        app.screen.query_one("#new-title", Input).value = f"Proef {template_id}"
        await pilot.press("enter")
        options = app.screen.query_one("#new-templates", OptionList)
        await _until(pilot, lambda: options.has_focus)
        options.highlighted = options.get_option_index(template_id)
        await pilot.press("enter")
        if template.requires_previous:
            await _until(pilot, lambda: bool(app.screen.query("#previous-sessions")))
            previous = app.screen.query_one("#previous-sessions", OptionList)
            previous.highlighted = previous.get_option_index(DEMO_ID)
            previous.focus()
            await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        session = screen.session
        assert session.meta.template_id == template_id
        assert (session.previous_session_id == DEMO_ID) is template.requires_previous

        seen: list[str] = []
        for index, step in enumerate(template.steps):
            await _until(
                pilot, lambda i=index: screen.current == i, f"step {index}, at {screen.current}"
            )
            await pilot.pause()
            title = _brief_title(app)
            assert step.title in title, (index, title)
            seen.append(step.title)
            body = screen.query_one(f"#step-view-{index}")
            assert body.display
            await pilot.press(NEXT_STEP)
        assert seen == [s.title for s in template.steps]
        if template.requires_previous:
            follow_up = next(i for i, s in enumerate(template.steps) if s.type.value == "follow_up")
            table = screen.query_one(f"#step-view-{follow_up} #carried")
            assert len(table.row_keys) == len(session.actions) > 0  # type: ignore[attr-defined]
        await pilot.press("escape")
        await app.workers.wait_for_complete()


async def test_ctrl_pagedown_leaves_a_step_whose_list_has_the_focus(data_dir: Path) -> None:
    # ^PgDn is the key the footer shows; a DataTable also binds it (page
    # right), so the screen's binding must win over a focused list.
    from cocreatie.followup import fresh_session

    repository = SessionRepository(data_dir)
    template = load_template("greenfield-buurt")
    session = fresh_session(template, "Toetsen")
    wishes = next(i for i, s in enumerate(template.steps) if s.type.value == "wishes")
    session.progress = session.progress.model_copy(update={"current_step": wishes})
    repository.create(session).close()
    app = CocreatieApp(data_dir, session.id, repository=repository)
    async with app.run_test(size=(110, 32)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, SessionScreen))
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await _until(pilot, lambda: screen.current == wishes)
        await pilot.pause()
        await pilot.press("ctrl+pagedown")
        await _until(pilot, lambda: screen.current == wishes + 1, f"at {screen.current}")
        await pilot.press("escape", "escape")
        await app.workers.wait_for_complete()
