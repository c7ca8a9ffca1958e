"""What the first screen does not need, imported when first needed.

The one place in the TUI with imports inside functions, for start-up speed:
the first paint of ``cocreatie demo`` must not wait for pydantic, the
record models, the store or the step views (about a quarter of a second;
``benchmarks/startup.py``, pinned by ``tests/cli/test_cli_startup.py``).
Each function is called from a worker thread or when the facilitator first
asks for what it loads, and costs nothing after the first call.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from cocreatie.live import LiveSession
    from cocreatie.screens.actions_overview import ActionsOverviewScreen
    from cocreatie.screens.home import HomeScreen
    from cocreatie.screens.session import SessionScreen
    from cocreatie.store.repository import SessionRepository
    from cocreatie.store.summaries import SessionSummary

    Opener = Callable[[App, SessionRepository, Path, str, bool], Awaitable[LiveSession | None]]
    NewSessionFlow = Callable[
        [App, SessionRepository, list[SessionSummary]], Awaitable[LiveSession | None]
    ]


def make_repository(data_dir: Path) -> SessionRepository:
    from cocreatie.store.repository import SessionRepository

    return SessionRepository(data_dir)


def session_opener() -> Opener:
    """Opening and showing a session: the opener, the session screen and,
    through them, the record, the store and the step views. Call it in a
    thread the first time."""
    import cocreatie.screens.session  # noqa: F401
    from cocreatie.app.opening import open_live_session

    return open_live_session


def home_screen() -> type[HomeScreen]:
    """The session list (not the first screen of ``open`` and ``demo``)."""
    from cocreatie.screens.home import HomeScreen

    return HomeScreen


def session_screen() -> type[SessionScreen]:
    from cocreatie.screens.session import SessionScreen

    return SessionScreen


def actions_overview() -> type[ActionsOverviewScreen]:
    """The coordinator's review: not needed to run a session."""
    from cocreatie.screens.actions_overview import ActionsOverviewScreen

    return ActionsOverviewScreen


def new_session() -> NewSessionFlow:
    from cocreatie.app.new_session import new_session_flow

    return new_session_flow
