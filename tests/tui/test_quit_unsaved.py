"""Quitting (or being told to stop) while the data folder refuses to save:
the facilitator is told, an emergency copy goes elsewhere, and the program
never ends as if all were well."""

from __future__ import annotations

import errno
import json
import os
import signal
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from cocreatie.app import CocreatieApp
from cocreatie.app.rescue import EXIT_UNSAVED
from cocreatie.cli.main import main
from cocreatie.crashlog import CrashLog
from cocreatie.demo import DEMO_ID
from cocreatie.privacy.log_filter import PrivateRotatingFileHandler
from cocreatie.screens.dialogs.unsaved_quit import UnsavedQuitDialog
from cocreatie.store import storage

from .conftest import SIZE, demo, make_app, settle, stored, wait_for_session

PLACE = "Buurthuis De Kroon, zaal 2"


def _disk_full(path: Path, data: bytes, mode: int = 0o600) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


FullDisk = Callable[[], AbstractAsyncContextManager[tuple[CocreatieApp, Pilot[int]]]]


@pytest.fixture
def full_disk(data_dir: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> FullDisk:
    """The demo open in the app, a place typed while the disk refuses every
    save: the set-up of every test here. The app has exited (and its
    ``return_code`` is known) once the ``async with`` block ends."""
    demo(data_dir)

    @asynccontextmanager
    async def run() -> AsyncIterator[tuple[CocreatieApp, Pilot[int]]]:
        app = make_app(data_dir, DEMO_ID)
        async with app.run_test(size=SIZE) as pilot:
            screen = await wait_for_session(pilot)
            await settle(pilot)
            monkeypatch.setattr(storage, "atomic_write_bytes", _disk_full)
            place = screen.query_one("#closing-next-place", Input)
            place.focus()
            await pilot.press(*PLACE)
            await settle(pilot)
            live = app.live
            assert live is not None and not live.flush(5)  # the disk really refuses
            yield app, pilot

    return run


async def _ask_to_quit(pilot: Pilot[int]) -> None:
    await pilot.press("ctrl+q")
    await settle(pilot)


def _copy_in(folder: Path) -> Path:
    (copy,) = folder.glob("cocreatie-noodkopie-*.json")
    return copy


async def test_quit_asks_and_writes_an_emergency_copy_that_imports(
    full_disk: FullDisk,
    data_dir: Path,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with full_disk() as (app, pilot):
        await _ask_to_quit(pilot)
        dialog = app.screen
        assert isinstance(dialog, UnsavedQuitDialog)  # not gone in silence
        assert "De schijf is vol" in dialog.question
        assert "Greenfield Molenbuurt" in dialog.question
        assert dialog.query_one("#copy-folder", Input).value == str(home)
        await pilot.press("enter")  # the focused default: write the copy
        await settle(pilot)
    assert app.return_code == EXIT_UNSAVED
    copy = _copy_in(home)
    assert app.exit_note is not None and str(copy) in app.exit_note
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert json.loads(copy.read_text(encoding="utf-8"))["closing"]["next_meeting"]["place"] == PLACE
    monkeypatch.undo()
    # Full fidelity: `cocreatie import` reads it back, with what was typed.
    elsewhere = tmp_path / "elsewhere"
    assert main(["import", str(copy), "--data-dir", str(elsewhere)]) == 0
    assert stored(elsewhere, DEMO_ID).closing.next_meeting.place == PLACE
    assert stored(data_dir, DEMO_ID).closing.next_meeting.place != PLACE


async def test_a_folder_that_cannot_take_the_copy_says_so_and_another_is_chosen(
    full_disk: FullDisk, tmp_path: Path
) -> None:
    other = tmp_path / "usb"
    other.mkdir()
    async with full_disk() as (app, pilot):
        await _ask_to_quit(pilot)
        dialog = app.screen
        assert isinstance(dialog, UnsavedQuitDialog)
        folder = dialog.query_one("#copy-folder", Input)
        folder.value = str(tmp_path / "no-such-folder")
        folder.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog
        note = str(dialog.query_one("#copy-note").render())
        assert "no-such-folder" in note and "Kies een andere map" in note
        folder.value = str(other)
        await pilot.press("enter")
        await settle(pilot)
    assert app.return_code == EXIT_UNSAVED
    assert _copy_in(other).is_file()


async def test_back_to_the_session_and_quitting_without_a_copy(
    full_disk: FullDisk, home: Path
) -> None:
    async with full_disk() as (app, pilot):
        await _ask_to_quit(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, UnsavedQuitDialog) and app.is_running
        await _ask_to_quit(pilot)
        assert isinstance(app.screen, UnsavedQuitDialog)
        await pilot.click("#lose")
        await settle(pilot)
    assert app.return_code == EXIT_UNSAVED
    assert app.exit_note is not None and "NIET opgeslagen" in app.exit_note
    assert not list(home.glob("cocreatie-noodkopie-*"))


async def test_sigterm_with_failing_saves_writes_the_copy_without_asking(
    full_disk: FullDisk, home: Path
) -> None:
    async with full_disk() as (app, pilot):
        app._terminate(signal.SIGTERM)
        await settle(pilot)
    assert app.return_code == EXIT_UNSAVED
    copy = _copy_in(home)
    assert app.exit_note is not None and str(copy) in app.exit_note
    assert os.path.getsize(copy) > 0


def test_closing_the_log_on_a_full_disk_leaves_the_exit_line_alone(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log lives in the data folder: when that disk is full, closing it
    fails, and that error once replaced the line about the emergency copy."""
    crash_log = CrashLog(data_dir)
    crash_log.start()

    def full(self: PrivateRotatingFileHandler) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PrivateRotatingFileHandler, "close", full)
    crash_log.stop()  # does not raise


async def test_space_freed_while_the_dialog_is_open_saves_after_all(
    full_disk: FullDisk, data_dir: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with full_disk() as (app, pilot):
        await _ask_to_quit(pilot)
        assert isinstance(app.screen, UnsavedQuitDialog)
        monkeypatch.undo()  # somebody deleted a big file meanwhile
        monkeypatch.setenv("HOME", str(home))
        await pilot.click("#lose")
        await settle(pilot)
    assert app.return_code == 0 and app.exit_note is None
    assert stored(data_dir, DEMO_ID).closing.next_meeting.place == PLACE
