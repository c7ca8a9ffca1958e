"""A small app for ``cocreatie review``: one plan, or the actions overview.

The main app can push the same screens; this one exists so the review
works on its own (a coordinator who never runs a session).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import App

from cocreatie.screens.actions_overview import ActionsOverviewScreen, ReviewSource
from cocreatie.screens.review import PlanReviewScreen
from cocreatie.store.repository import SessionRepository
from cocreatie.themes import DEFAULT_THEME, THEMES


class ReviewApp(App[None]):
    TITLE = "cocreatie"

    def __init__(
        self,
        data_dir: Path,
        session_ids: Sequence[str] = (),
        source: ReviewSource | None = None,
    ) -> None:
        """``source``: read sessions from there (the archive) instead of the folder."""
        super().__init__()
        self.data_dir = Path(data_dir)
        self.repository = SessionRepository(self.data_dir)
        self.session_ids = list(session_ids)
        self.source = source

    def on_mount(self) -> None:
        for theme in THEMES:
            self.register_theme(theme)
        self.theme = DEFAULT_THEME
        if len(self.session_ids) == 1:
            load = self.source.load_session if self.source else None
            screen = PlanReviewScreen(self.repository, self.session_ids[0], load_session=load)
            self.push_screen(screen, callback=lambda _: self.exit())
        else:
            overview = ActionsOverviewScreen(
                self.repository, session_ids=self.session_ids, source=self.source
            )
            self.push_screen(overview, callback=lambda _: self.exit())
