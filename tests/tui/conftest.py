"""Fixtures and helpers for driving the TUI with Pilot."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from cocreatie.app import CocreatieApp
from cocreatie.demo import DEMO_ID, ensure_demo
from cocreatie.models import Session
from cocreatie.screens.session import SessionScreen
from cocreatie.store import SessionRepository
from cocreatie.themes import DEFAULT_THEME

SIZE = (100, 30)
# A fixed moment for file times shown on the home screen (2026-03-12 19:00 UTC).
FIXED_MTIME = 1_773_342_000


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC, so times on screen do not depend on the machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def repository(data_dir: Path) -> SessionRepository:
    return SessionRepository(data_dir)


@pytest.fixture
def demo_id(repository: SessionRepository) -> str:
    return ensure_demo(repository)


def make_app(data_dir: Path, session_ref: str | None = None, **kwargs: object) -> CocreatieApp:
    return CocreatieApp(data_dir, session_ref, theme=DEFAULT_THEME, **kwargs)  # type: ignore[arg-type]


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let disk work finish and the screen catch up (no timing assumptions).

    Only thread workers are awaited: an async worker may be waiting for a
    dialog that the test has yet to answer.
    """
    for _ in range(rounds):
        await pilot.pause()
        busy = [w for w in pilot.app.workers if w.is_running and w._thread_worker]
        if busy:
            await pilot.app.workers.wait_for_complete(busy)
        await pilot.pause()


async def wait_for_session(pilot: Pilot) -> SessionScreen:
    for _ in range(100):
        await settle(pilot, 1)
        if isinstance(pilot.app.screen, SessionScreen):
            await pilot.pause()
            return pilot.app.screen
    raise AssertionError(f"no session screen; on {pilot.app.screen!r}")


async def goto_step(pilot: Pilot, index: int) -> SessionScreen:
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    screen.action_goto(index)
    await settle(pilot)
    return screen


def steady(pilot: Pilot) -> None:
    """No blinking cursors: a snapshot must not catch one half-way."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False


def flush(app: CocreatieApp) -> None:
    """Wait until every submitted change is on disk (for assertions only)."""
    if app.live is not None:
        assert app.live.flush(10)


def stored(data_dir: Path, session_id: str) -> Session:
    """The session as it is on disk now, read as another process would."""
    with SessionRepository(data_dir).open(session_id, read_only=True) as opened:
        return opened.session


def set_mtimes(data_dir: Path) -> None:
    for path in data_dir.glob("*.json"):
        os.utime(path, (FIXED_MTIME, FIXED_MTIME))


def demo(data_dir: Path) -> str:
    ensure_demo(SessionRepository(data_dir))
    return DEMO_ID
