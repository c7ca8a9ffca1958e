"""``review --from URL``: the coordinator's review screens over the archive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from archivehelpers import Archive
from identityhelpers import follow_up, publish_all
from textual.widgets import DataTable, Static

from cocreatie.app.review_app import ReviewApp
from cocreatie.archive.publish import publish_session
from cocreatie.archive.source import ArchiveSource
from cocreatie.cli.main import main
from cocreatie.export.dates import long_date
from cocreatie.i18n import t
from cocreatie.models import ActionStatus, Session
from cocreatie.screens.actions_overview import ActionsOverviewScreen
from cocreatie.screens.review import PlanReviewScreen

SIZE = (140, 40)


@pytest.fixture
def published(archive: Archive, demo: Session, laptop: Path) -> Session:
    publish_session(demo, laptop, archive.login("anna"))
    demo.meta = demo.meta.model_copy(update={"title": "Molenbuurt, bijgewerkt"})
    publish_session(demo, laptop, archive.login("anna"))
    return demo


async def test_overview_and_plan_come_from_the_archive(
    archive: Archive, published: Session, data_dir: Path
) -> None:
    app = ReviewApp(data_dir, [], source=ArchiveSource(archive.login("karim")))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActionsOverviewScreen)
        total = len(published.actions)
        assert screen.query_one("#overview-table", DataTable).row_count == total
        count = str(screen.query_one("#overview-count", Static).render())
        assert screen.overview is not None
        when = long_date(screen.overview.today, "nl")
        assert count == t("review.overview.count", shown=total, total=total, date=when)
        screen.query_one("#overview-table", DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanReviewScreen)
        # The latest version, pseudonymised as it was published.
        assert plan.markdown.startswith("# Actieplan: Molenbuurt, bijgewerkt")
        assert "Samira" not in plan.markdown


def test_review_from_an_unreachable_archive_is_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://karim:geheim@127.0.0.1:9/archief"
    assert main(["review", "--from", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "niet bereikbaar" in err
    assert "geheim" not in err and "karim:***@" in err


def test_review_names_an_unknown_session(
    archive: Archive, published: Session, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review", "--from", archive.login("karim"), "zuidwijk"]) == 2
    assert "zuidwijk" in capsys.readouterr().err


async def test_the_overview_shows_a_carried_action_once(
    archive: Archive, demo: Session, laptop: Path, data_dir: Path, frozen_clock: object
) -> None:
    follow = follow_up(demo, "Terugkomavond maart", dt.date(2026, 3, 10))
    follow.set_action_status("x-verlichting", ActionStatus.DONE, "vervangen")
    publish_all(archive, laptop, [demo, follow])
    app = ReviewApp(data_dir, [], source=ArchiveSource(archive.login("karim")))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#overview-table", DataTable)
        assert table.row_count == len(demo.actions)
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        lamps = next(row for row in cells if row[0].startswith("Donkere plekken"))
        assert lamps[1] == "klaar"
        assert lamps[-1] == "Terugkomavond maart (10 maart 2026)"
