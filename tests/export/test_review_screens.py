"""Pilot tests: the plan review and the actions overview, as a coordinator uses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, MarkdownViewer, Static

from cocreatie.app.review_app import ReviewApp
from cocreatie.export.dates import long_date
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.screens.actions_overview import ActionsOverviewScreen
from cocreatie.screens.review import PlanReviewScreen
from cocreatie.store import SessionRepository
from cocreatie.store.paths import DataLayout
from cocreatie.widgets.single_choice import SingleChoice

from .sessions import RESIDENT_NAMES, build_session

SIZE = (140, 40)


def second_session() -> Session:
    data = build_session().model_dump()
    data["id"] = "zuid0002"
    data["meta"]["title"] = "Muziekwijk-Zuid avond"
    data["meta"]["neighbourhood"] = "Muziekwijk-Zuid"
    data["actions"][0]["title"] = "Verlichting [b]controleren[/b]"
    return Session.model_validate(data)


@pytest.fixture
def filled(data_dir: Path) -> Path:
    repo = SessionRepository(data_dir)
    for session in (build_session(), second_session()):
        repo.create(session).close()
    return data_dir


async def test_one_session_opens_its_plan_with_a_table_of_contents(filled: Path) -> None:
    app = ReviewApp(filled, ["sess0001"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanReviewScreen)
        assert screen.markdown.startswith("# Actieplan: Greenfield Molenbuurt-noord")
        viewer = screen.query_one("#plan", MarkdownViewer)
        await pilot.pause()
        contents = [label for _, label, _ in viewer.document.table_of_contents]
        assert t("export.heading.actions") in contents
        assert t("export.heading.calendar") in contents
        assert viewer.table_of_contents.display
        status = str(screen.query_one("#plan-status", Static).render())
        assert t("review.plan.names_off") in status
        assert not any(name in screen.markdown for name in RESIDENT_NAMES)


async def test_names_toggle_and_table_of_contents_toggle(filled: Path) -> None:
    app = ReviewApp(filled, ["sess0001"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanReviewScreen)
        assert RESIDENT_NAMES[0] in screen.markdown
        assert t("review.plan.names_on") in str(screen.query_one("#plan-status", Static).render())
        await pilot.press("t")
        await pilot.pause()
        assert not screen.query_one("#plan", MarkdownViewer).show_table_of_contents


async def test_export_key_writes_the_plan_and_says_where(filled: Path) -> None:
    app = ReviewApp(filled, ["sess0001"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        written = filled / "exports" / "2026-03-12-molenbuurt-sess0001.md"
        assert written.read_text(encoding="utf-8") == app.screen.markdown  # type: ignore[attr-defined]
        assert any(str(written) in str(n.message) for n in app._notifications)


async def test_an_unknown_session_shows_an_error_instead_of_crashing(filled: Path) -> None:
    app = ReviewApp(filled, ["weg00001"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = app.screen.query_one("#plan-status", Static)
        assert status.has_class("-error")
        assert "weg00001" in str(status.render())
        assert app.is_running


async def test_overview_lists_every_action_and_filters(filled: Path) -> None:
    app = ReviewApp(filled, [])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActionsOverviewScreen)
        table = screen.query_one("#overview-table", DataTable)
        assert table.row_count == 6
        # Typed text is shown as typed, not read as markup.
        assert any(
            "Verlichting [b]controleren[/b]" in str(table.get_row_at(i)[0])
            for i in range(table.row_count)
        )

        screen.query_one("#filter-owner", Input).value = "verkeerskundige"
        await pilot.pause()
        assert table.row_count == 2
        assert {r.session_id for r in screen.shown} == {"sess0001", "zuid0002"}

        screen.query_one("#filter-neighbourhood", Input).value = "muziek"
        await pilot.pause()
        assert [r.session_id for r in screen.shown] == ["zuid0002"]

        screen.query_one("#filter-owner", Input).value = ""
        screen.query_one("#filter-status", SingleChoice).choose(["done"])
        await pilot.pause()
        assert [r.title for r in screen.shown] == ["Spreekuur wijkagent"]

        screen.query_one("#filter-status", SingleChoice).choose([""])
        screen.query_one("#filter-neighbourhood", Input).value = ""
        screen.query_one("#filter-overdue", Checkbox).value = True
        await pilot.pause()
        assert all(r.overdue for r in screen.shown)
        count = str(screen.query_one("#overview-count", Static).render())
        assert screen.overview is not None
        when = long_date(screen.overview.today, "nl")
        assert t("review.overview.count", shown=len(screen.shown), total=6, date=when) in count


async def test_enter_on_an_action_opens_its_plan_and_escape_comes_back(filled: Path) -> None:
    app = ReviewApp(filled, [])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        overview = app.screen
        overview.query_one("#overview-table", DataTable).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanReviewScreen)
        assert plan.session_id == overview.shown[0].session_id  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is overview


async def test_several_sessions_limit_the_overview(filled: Path) -> None:
    app = ReviewApp(filled, ["zuid0002", "sess0001"])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ActionsOverviewScreen)
        assert app.screen.query_one("#overview-table", DataTable).row_count == 6


async def test_overview_loads_in_a_worker_thread(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import cocreatie.screens.actions_overview as overview_module

    threads: list[str] = []
    real = overview_module.read_actions_parts

    def spy(layout: DataLayout):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(layout)

    monkeypatch.setattr(overview_module, "read_actions_parts", spy)
    app = ReviewApp(filled, [])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert threads and threads[0] != threading.main_thread().name


async def test_closing_the_last_screen_ends_the_review(filled: Path) -> None:
    app = ReviewApp(filled, [])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running
