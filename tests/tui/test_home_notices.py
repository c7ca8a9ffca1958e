"""The home screen tells the facilitator what needs doing about the data folder:
sessions past their retention date, a cloud-synced folder, broken own
templates; the new-session dialog still offers every usable template."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

import cocreatie.privacy
from cocreatie.followup import fresh_session
from cocreatie.privacy import set_retention
from cocreatie.screens.dialogs.new_session import NewSessionDialog
from cocreatie.screens.home import HomeScreen
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template
from cocreatie.widgets.session_table import SessionTable

from .conftest import SIZE, make_app, settle, stored, wait_for_session

BROKEN = 'id = "half"\ntitle = "Half af"\n'  # no steps, factors, roles


def _session(data_dir: Path, title: str, keep_until: dt.date | None = None) -> str:
    session = fresh_session(load_template("greenfield-buurt"), title)
    if keep_until is not None:
        set_retention(session, keep_until)
    with SessionRepository(data_dir).create(session) as opened:
        return opened.id


def _state(home: HomeScreen, session_id: str) -> str:
    table = home.query_one(SessionTable)
    row = table.row_keys.index(session_id)
    return str(table.get_row_at(row)[0])


def _text(widget: Static) -> str:
    return " ".join(str(widget.render()).split())


async def test_sessions_past_retention_are_marked_and_announced(
    data_dir: Path, frozen_clock: dt.datetime
) -> None:
    today = frozen_clock.date()
    old = _session(data_dir, "Avond vorig jaar", today - dt.timedelta(days=1))
    fresh = _session(data_dir, "Avond van vandaag")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        # Symbol and word, not colour alone.
        assert _state(home, old) == "◷ verlopen"
        assert _state(home, fresh) == "✓ in orde"
        notices = home.query_one("#home-notices", Static)
        assert notices.display
        assert "1 sessie(s) voorbij de bewaartermijn" in _text(notices)
        assert "cocreatie purge" in _text(notices)
        table = home.query_one(SessionTable)
        table.move_cursor(row=table.row_keys.index(old))
        await settle(pilot)
        detail = _text(home.query_one("#home-detail", Static))
        assert "Bewaartermijn voorbij" in detail
        assert (today - dt.timedelta(days=1)).strftime("%d-%m-%Y") in detail


async def test_a_quiet_folder_shows_no_notices(data_dir: Path) -> None:
    _session(data_dir, "Gewone avond")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notices = pilot.app.screen.query_one("#home-notices", Static)
        assert not notices.display and _text(notices) == ""


async def test_a_cloud_synced_data_folder_is_warned_about(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "Dropbox (Gemeente)" / "sessies"
    folder.mkdir(parents=True)
    # Found on the worker's thread, never on the event loop.
    threads: list[bool] = []
    real = cocreatie.privacy.cloud_sync_hint

    def spy(path: Path) -> str | None:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(path)

    monkeypatch.setattr(cocreatie.privacy, "cloud_sync_hint", spy)
    app = make_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notices = pilot.app.screen.query_one("#home-notices", Static)
        assert notices.display
        assert "Dropbox" in _text(notices)
    assert threads and not any(threads)


async def test_a_broken_own_template_is_named_and_the_others_stay_usable(
    data_dir: Path, frozen_clock: dt.datetime
) -> None:
    (data_dir / "templates").mkdir()
    (data_dir / "templates" / "half.toml").write_text(BROKEN, encoding="utf-8")
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notices = pilot.app.screen.query_one("#home-notices", Static)
        assert "Eigen sjabloon niet bruikbaar: templates/half.toml" in _text(notices)

        await pilot.press("n")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, NewSessionDialog)
        options = dialog.query_one("#new-templates", OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids == ["greenfield-buurt", "oov-verkeer", "stellingenavond", "terugkomsessie"]
        problem = dialog.query_one("#new-template-problems", Static)
        assert problem.display and problem.region.height > 0
        assert "templates/half.toml" in _text(problem)
        # A refused title is shown too (it was hidden by a CSS rule before).
        await pilot.press("enter")
        await settle(pilot)
        error = dialog.query_one("#new-title-error", Static)
        assert error.region.height > 0 and "Titel" in _text(error)

        # A session made here has its retention date from the start.
        dialog.query_one("#new-title", Input).value = "Avond Oost"
        await pilot.press("enter", "enter")
        screen = await wait_for_session(pilot)
        session_id = screen.session.id
        await pilot.press("escape", "escape")
        await settle(pilot)
    keep_until = frozen_clock.date() + dt.timedelta(days=365)
    assert stored(data_dir, session_id).privacy.retention_until == keep_until
