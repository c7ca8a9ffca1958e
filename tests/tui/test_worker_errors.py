"""A background job that fails is as loud as a failing key handler.

Textual forgets the error of a worker started with ``exit_on_error=False``;
before this, a bug while opening a session left "Sessie wordt geopend…" on
screen for ever, with nothing in the log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from cocreatie.app.sharing import AppSharing
from cocreatie.crashlog import CrashLog, log_path
from cocreatie.i18n import t
from cocreatie.screens.home import HomeScreen
from cocreatie.screens.opening import OpeningScreen

from .conftest import SIZE, make_app, settle, wait_for_session


@pytest.fixture
def crash_log(data_dir: Path) -> Iterator[Path]:
    log = CrashLog(data_dir)
    log.start()
    try:
        yield log_path(data_dir)
    finally:
        log.stop()


async def test_a_failure_while_opening_is_told_and_leads_home(
    data_dir: Path, demo_id: str, crash_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_install() -> None:
        raise ModuleNotFoundError("No module named 'segno'")

    monkeypatch.setattr("cocreatie.app.loading.session_opener", broken_install)
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        opening = app.screen
        assert isinstance(opening, OpeningScreen)
        for _ in range(50):
            await settle(pilot, 1)
            if isinstance(app.screen, HomeScreen):
                break
        assert isinstance(app.screen, HomeScreen)
        note = str(opening.query_one("#opening-note", Static).render())
        assert "kon niet worden geopend" in note
        assert [type(e) for e in app.handler_errors] == [ModuleNotFoundError]
        notes = [n.message for n in app._notifications]
        assert any("kon niet worden geopend" in m and str(crash_log) in m for m in notes)
    logged = crash_log.read_text(encoding="utf-8")
    assert "ModuleNotFoundError" in logged and "open_session" in logged


async def test_a_failing_screen_worker_is_logged_and_told(
    data_dir: Path, demo_id: str, crash_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> list[str]:
        raise RuntimeError("a bug in the folder notices")

    # Runs in the home screen's listing worker, after the list is shown.
    monkeypatch.setattr("cocreatie.screens.home.folder_notices", broken)
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await settle(pilot, 1)
            if app.handler_errors:
                break
        assert [type(e) for e in app.handler_errors] == [RuntimeError]
        assert isinstance(app.screen, HomeScreen)  # the app carries on
        notes = [n.message for n in app._notifications]
        assert any(str(crash_log) in m for m in notes)
    logged = crash_log.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "HomeScreen worker" in logged


async def test_a_worker_failure_told_by_its_screen_is_told_once(
    data_dir: Path, demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_network(self: AppSharing) -> list[tuple[str, str]]:
        raise OSError("no interfaces")

    monkeypatch.setattr(AppSharing, "interfaces", no_network)
    app = make_app(data_dir, demo_id, sharing=AppSharing(code="K7PX9M"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        await pilot.press("f6")
        for _ in range(100):
            await settle(pilot, 1)
            if any(n.severity == "error" for n in app._notifications):
                break
        await settle(pilot)
        errors = [n for n in app._notifications if n.severity == "error"]
        # The sharing screen's own words, not a second "Er ging iets mis".
        assert [n.title for n in errors] == [t("sharing.failed_title")]
        assert "no interfaces" in errors[0].message
        assert app.handler_errors == []
        await app.sharing.stop_for(app.live)  # type: ignore[arg-type]
