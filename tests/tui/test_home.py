"""The home screen: listing, new, open, copy, delete, demo, review, damage."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from cocreatie.demo import DEMO_ID
from cocreatie.followup import fresh_session
from cocreatie.i18n import set_language
from cocreatie.models import Wish
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.dialogs.new_session import NewSessionDialog
from cocreatie.screens.home import HomeScreen
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template
from cocreatie.widgets.session_table import SessionTable

from .conftest import SIZE, make_app, settle, wait_for_session


def _sessions(data_dir: Path, *titles: str) -> list[str]:
    template = load_template("greenfield-buurt")
    repository = SessionRepository(data_dir)
    ids = []
    for title in titles:
        with repository.create(fresh_session(template, title)) as opened:
            ids.append(opened.id)
    return ids


def _cells(home: HomeScreen) -> list[str]:
    table = home.query_one(SessionTable)
    return [" | ".join(str(c) for c in table.get_row_at(r)) for r in range(table.row_count)]


async def test_a_damaged_files_notice_is_shown_whole_at_80x24(data_dir: Path) -> None:
    (session_id,) = _sessions(data_dir, "Avond Noord")
    path = data_dir / f"{session_id}.json"
    tables = json.loads(path.read_text(encoding="utf-8"))
    (record,) = tables["session"].values()
    record["id"] = "kapot456"
    record["participants"] = []
    wish = Wish(text="Meer licht bij de brug", participant_ids=["niemand"])
    record["wishes"] = [wish.model_dump(mode="json")]
    (data_dir / "kapot456.json").write_text(json.dumps(tables), encoding="utf-8")
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        rows = _cells(home)
        table = home.query_one(SessionTable)
        table.move_cursor(row=next(i for i, r in enumerate(rows) if "beschadigd" in r))
        await settle(pilot)
        detail = home.query_one("#home-detail")
        text = str(detail.render())
        # Worded as everywhere else (Dutch), not as pydantic's field path.
        assert "verwijst naar iets dat niet bestaat" in text and "participant_ids" not in text
        # Nothing cut off: the widget is as tall as its wrapped text needs.
        needed = detail.get_content_height(home.size, home.size, detail.content_region.width)
        assert detail.content_region.height == needed >= 4


async def test_lists_sessions_with_the_data_folder_and_marks_damage(data_dir: Path) -> None:
    _sessions(data_dir, "Avond Noord", "Avond Zuid")
    (data_dir / "kapot123.json").write_text('{"session": {"1": {"meta": ', encoding="utf-8")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        assert str(data_dir) in str(home.query_one("#home-data-dir").render())
        rows = _cells(home)
        assert len(rows) == 3
        assert sum("Avond Noord" in r for r in rows) == 1
        damaged = [r for r in rows if "beschadigd" in r]
        assert len(damaged) == 1 and damaged[0].startswith("!")
        # Selecting the damaged row says what is wrong, in words.
        table = home.query_one(SessionTable)
        table.move_cursor(row=rows.index(damaged[0]))
        await settle(pilot)
        detail = str(home.query_one("#home-detail").render())
        assert "beschadigd" in detail and "kapot123.json" in detail
        # A damaged file cannot be copied (the key is greyed out).
        assert home.check_action("duplicate", ()) is None


async def test_files_built_to_break_the_reader_do_not_stop_the_list(data_dir: Path) -> None:
    """Nesting 100,000 deep and a 5,000-digit number used to leave the home
    screen on "Sessies worden geladen…" for good."""
    _sessions(data_dir, "Avond Noord")
    deep = '{"session": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    (data_dir / "diep123.json").write_text(deep, encoding="utf-8")
    number = '{"session": {"1": {"x": ' + "9" * 5000 + "}}}"
    (data_dir / "getal123.json").write_text(number, encoding="utf-8")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        rows = _cells(home)
        assert len(rows) == 3
        assert sum("Avond Noord" in r for r in rows) == 1
        assert sum("beschadigd" in r for r in rows) == 2
        detail = str(home.query_one("#home-detail").render())
        assert "geladen" not in detail


async def test_new_session_dialog_needs_a_title_and_shows_templates(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, NewSessionDialog)
        templates = dialog.query_one("#new-templates")
        assert "Greenfield-sessie in de buurt" in str(templates.get_option_at_index(0).prompt)
        await pilot.press("enter")  # no title yet
        assert "Titel: mag niet leeg zijn" in str(dialog.query_one("#new-title-error").render())
        assert isinstance(pilot.app.screen, NewSessionDialog)
        dialog.query_one("#new-title", Input).value = "Avond\x1b[31m rood"
        await pilot.press("enter")
        assert "stuurtekens" in str(dialog.query_one("#new-title-error").render())
        dialog.query_one("#new-title", Input).value = "Avond West"
        await pilot.press("enter", "enter")
        screen = await wait_for_session(pilot)
        assert screen.session.meta.title == "Avond West"
        # The template's actors are there to start from.
        assert any(a.function == "Wijkagent" for a in screen.session.actors)
    assert len(SessionRepository(data_dir).list_summaries()) == 1


async def test_duplicate_and_delete_with_a_recoverable_copy(data_dir: Path) -> None:
    (session_id,) = _sessions(data_dir, "Origineel")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        await pilot.press("k")
        await settle(pilot)
        await settle(pilot)
        titles = sorted(s.title for s in home.summaries)
        assert titles == ["Origineel", "Origineel (kopie)"]

        row = [s.id for s in home.summaries].index(session_id)
        home.query_one(SessionTable).move_cursor(row=row)
        await settle(pilot)
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("enter")  # the focused answer is the safe "Nee"
        await settle(pilot)
        assert len(home.summaries) == 2
        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        await settle(pilot)
        assert [s.title for s in home.summaries] == ["Origineel (kopie)"]
    trashed = SessionRepository(data_dir).list_trash()
    assert [t.session_id for t in trashed] == [session_id]


async def test_demo_opens_from_home_and_back_with_escape(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        screen = await wait_for_session(pilot)
        assert screen.session.id == DEMO_ID
        await pilot.press("escape")  # out of the step's field
        await pilot.press("escape")  # out of the step list focus
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await settle(pilot)
        assert [s.id for s in pilot.app.screen.summaries] == [DEMO_ID]


async def test_coordinator_review_is_reachable(data_dir: Path) -> None:
    from cocreatie.screens.actions_overview import ActionsOverviewScreen

    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ActionsOverviewScreen)


async def test_english_catalogue_switches_the_interface(data_dir: Path) -> None:
    set_language("en")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert "Data folder:" in str(home.query_one("#home-data-dir").render())
        footer_keys = {b.binding.description for b in home.active_bindings.values()}
        assert {"New", "Open", "Delete", "Help"} <= footer_keys
        await pilot.press("d")
        screen = await wait_for_session(pilot)
        assert "Step 8/8" in str(screen.query_one("#brief-title").render())
        descriptions = {b.binding.description for b in screen.active_bindings.values()}
        assert "Present" in descriptions
