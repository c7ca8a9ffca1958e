"""The TUI's small part: the home screen counts what waits and sends it at
start; the palette publishes the open session, in a worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from archivehelpers import Archive
from pgserver import free_port
from textual.pilot import Pilot
from textual.widgets import Static

from cocreatie.app import CocreatieApp
from cocreatie.archive import outbox
from cocreatie.archive.publish import publish_session
from cocreatie.archive.record import published_record
from cocreatie.commands.system import system_commands
from cocreatie.demo import ensure_demo
from cocreatie.models import Session
from cocreatie.screens.home import HomeScreen
from cocreatie.screens.session import SessionScreen
from cocreatie.store import SessionRepository
from cocreatie.themes import DEFAULT_THEME

SIZE = (100, 30)


async def _settle(pilot: Pilot, rounds: int = 6) -> None:
    for _ in range(rounds):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def _notices(pilot: Pilot) -> str:
    return " ".join(str(pilot.app.screen.query_one("#home-notices", Static).render()).split())


async def test_home_counts_waiting_sessions_and_sends_them_at_start(
    archive: Archive, demo: Session, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COCREATIE_ARCHIVE_URL", archive.login("anna"))
    offline = f"postgresql://anna@127.0.0.1:{free_port()}/archief"
    assert publish_session(demo, data_dir, offline).kind == "queued"
    # Without a reachable archive the count stays on the home screen.
    monkeypatch.setenv("COCREATIE_ARCHIVE_URL", offline)
    app = CocreatieApp(data_dir, None, theme=DEFAULT_THEME)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        assert "⇡ 1 sessie(s) wachten op publicatie" in _notices(pilot)
    assert outbox.count(data_dir) == 1

    # The next start, with the archive reachable, sends it and says so.
    entries, _ = outbox.entries(data_dir)
    outbox.put(data_dir, demo.id, entries[0].record, None, with_names=False)
    monkeypatch.setenv("COCREATIE_ARCHIVE_URL", archive.login("anna"))
    app = CocreatieApp(data_dir, None, theme=DEFAULT_THEME)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        assert outbox.count(data_dir) == 0
        assert "wachten op publicatie" not in _notices(pilot)
        shown = [n.message for n in pilot.app._notifications]
        assert any("als versie 1" in m for m in shown)
    assert archive.sql("SELECT count(*) FROM cocreatie.session_versions") == [(1,)]


async def test_palette_publishes_the_open_session(
    archive: Archive, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COCREATIE_ARCHIVE_URL", archive.login("anna"))
    session_id = ensure_demo(SessionRepository(data_dir))
    app = CocreatieApp(data_dir, session_id, theme=DEFAULT_THEME)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, SessionScreen)
        [publish] = [
            c for c in system_commands(app, screen) if c.title == "Publiceren naar het archief"
        ]
        publish.callback()
        await _settle(pilot)
        shown = [n.message for n in pilot.app._notifications]
        assert any(m.startswith("Gepubliceerd:") and "versie 1" in m for m in shown)
        stored = archive.sql("SELECT record FROM cocreatie.session_versions")
        assert stored == [(published_record(screen.session),)]
