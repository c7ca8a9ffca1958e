"""All actions of all sessions, for the coordinator who follows up.

Filter by owner or actor, status, neighbourhood, and late (not done while
the deadline or feedback date passed). An action carried into follow-ups is
one row, as it stands in the newest session. Sessions are read in a worker
thread; filtering works on the rows in memory, so typing in a filter never
touches the disk.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Footer, Input, Static

from cocreatie.export.dates import long_date
from cocreatie.export.overview import (
    Overview,
    OverviewFilter,
    OverviewRow,
    build_overview,
    status_label,
)
from cocreatie.export.plan import short
from cocreatie.i18n import current_language, t
from cocreatie.models import ActionStatus
from cocreatie.screens.dialogs.choice_picker import BLANK, ChoicePicker
from cocreatie.screens.review import PlanReviewScreen
from cocreatie.store.action_parts import read_actions_parts
from cocreatie.widgets.flag_box import FlagBox
from cocreatie.widgets.single_choice import SingleChoice
from cocreatie.widgets.textual_private import translate_bindings

if TYPE_CHECKING:
    from cocreatie.models import Session
    from cocreatie.store.repository import SessionRepository

log = logging.getLogger(__name__)

# What the coordinator acts on comes first; the session is context.
COLUMNS = (
    "action",
    "status",
    "feedback",
    "owner",
    "contact",
    "deadline",
    "neighbourhood",
    "session",
)


class ReviewSource(Protocol):
    """Somewhere else to read sessions from (the archive); called in workers."""

    def load_overview(self, session_ids: frozenset[str]) -> Overview: ...
    def load_session(self, session_id: str) -> Session: ...


class ActionsOverviewScreen(Screen[None]):
    DEFAULT_CSS = """
    ActionsOverviewScreen #overview-filters {
        height: auto;
        padding: 0 1;
    }
    ActionsOverviewScreen #overview-filters Input { width: 1fr; }
    ActionsOverviewScreen #overview-filters SingleChoice { width: 24; height: 3; padding: 1 1; }
    ActionsOverviewScreen #overview-filters Checkbox { width: auto; }
    ActionsOverviewScreen #overview-count {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    ActionsOverviewScreen #overview-count.-error { color: $error; }
    ActionsOverviewScreen #overview-table { height: 1fr; }
    """

    BINDINGS = [
        Binding("escape", "close", "review.key.close", id="overview.close"),
        Binding("ctrl+r", "reload", "review.key.reload", id="overview.reload"),
    ]

    def __init__(
        self,
        repository: SessionRepository,
        *,
        session_ids: Iterable[str] = (),
        source: ReviewSource | None = None,
    ) -> None:
        """``session_ids`` limits the overview to those sessions (empty: all);
        ``source`` replaces the data folder as where they are read."""
        super().__init__()
        translate_bindings(self)
        self.repository = repository
        self.source = source
        self.session_ids = frozenset(session_ids)
        self.overview: Overview | None = None
        self.shown: list[OverviewRow] = []

    def compose(self) -> ComposeResult:
        with Horizontal(id="overview-filters"):
            yield Input(placeholder=t("review.overview.owner"), id="filter-owner")
            yield SingleChoice(
                t("models.field.status"),
                [(s.value, status_label(s)) for s in ActionStatus],
                blank_label=t("review.overview.status_all"),
                id="filter-status",
            )
            yield Input(placeholder=t("review.overview.neighbourhood"), id="filter-neighbourhood")
            yield FlagBox(t("review.overview.overdue"), id="filter-overdue")
        yield Static(t("review.overview.loading"), id="overview-count", markup=False)
        table: DataTable[str] = DataTable(
            id="overview-table", cursor_type="row", zebra_stripes=True
        )
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("review.overview.title")
        table = self.query_one("#overview-table", DataTable)
        for column in COLUMNS:
            table.add_column(t(f"review.column.{column}"), key=column)
        self.load()

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def load(self) -> None:
        try:
            if self.source is not None:
                overview = self.source.load_overview(self.session_ids)
            else:
                parts, skipped = read_actions_parts(self.repository.layout)
                overview = build_overview(parts, skipped=skipped)
        except Exception as exc:  # the folder itself unreadable: say so, stay open
            log.error("actions overview failed: %s", type(exc).__name__)
            reason = getattr(exc, "message", None) or getattr(exc, "strerror", None)
            reason = reason or type(exc).__name__
            self.app.call_from_thread(self._show_error, reason)
            return
        self.app.call_from_thread(self._loaded, overview)

    def _loaded(self, overview: Overview) -> None:
        self.overview = overview
        if overview.skipped:
            ids = ", ".join(overview.skipped)
            self.notify(
                t("review.overview.skipped", count=len(overview.skipped), ids=ids),
                severity="warning",
            )
        self.refilter()

    def _show_error(self, reason: str) -> None:
        count = self.query_one("#overview-count", Static)
        count.add_class("-error")
        count.update(t("review.overview.failed", reason=reason))

    @on(SingleChoice.PickRequested)
    def _pick_status(self, event: SingleChoice.PickRequested) -> None:
        event.stop()
        control = event.control
        picker = ChoicePicker(
            control.picker_title,
            control.choices,
            selected=[control.value or BLANK],
            query=event.query,
            blank=t("review.overview.status_all"),
        )
        self.app.push_screen(picker, control.choose)

    def current_filter(self) -> OverviewFilter:
        status = self.query_one("#filter-status", SingleChoice).value
        return OverviewFilter(
            owner=self.query_one("#filter-owner", Input).value.strip(),
            status=ActionStatus(status) if isinstance(status, str) else None,
            neighbourhood=self.query_one("#filter-neighbourhood", Input).value.strip(),
            overdue=self.query_one("#filter-overdue", Checkbox).value,
            session_ids=self.session_ids,
        )

    @on(Input.Changed)
    @on(SingleChoice.Changed)
    @on(Checkbox.Changed)
    def _filter_changed(self) -> None:
        self.refilter()

    def refilter(self) -> None:
        if self.overview is None:
            return
        flt = self.current_filter()
        self.shown = self.overview.filtered(flt)
        in_scope = self.overview.filtered(OverviewFilter(session_ids=self.session_ids))
        table = self.query_one("#overview-table", DataTable)
        table.clear()
        lang = current_language()
        for row in self.shown:
            # Text, not str: a DataTable reads strings as markup, and a title
            # like "[b]" is what someone typed, not a style.
            cells = [Text(value) for value in _cells(row, lang)]
            table.add_row(*cells, key=f"{row.session_id}/{row.action_id}")
        count = self.query_one("#overview-count", Static)
        count.remove_class("-error")
        text = t(
            "review.overview.count",
            shown=len(self.shown),
            total=len(in_scope),
            date=long_date(self.overview.today, lang),
        )
        if not self.shown:
            text = f"{text} · {t('review.overview.empty')}"
        count.update(text)

    @on(DataTable.RowSelected, "#overview-table")
    def _open_plan(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value or ""
        session_id = key.partition("/")[0]
        if session_id:
            load = self.source.load_session if self.source else None
            self.app.push_screen(PlanReviewScreen(self.repository, session_id, load_session=load))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_reload(self) -> None:
        self.load()


def _cells(row: OverviewRow, lang: str) -> list[str]:
    owner = f"{row.owner} / {row.co_owner}" if row.co_owner else row.owner
    status = status_label(row.status, lang)
    if row.overdue:
        status = t("export.text.late_status", lang=lang, status=status)
    return [
        short(row.title, 60),
        status,
        long_date(row.feedback_date, lang),
        short(owner, 40),
        short(row.contact, 40),
        long_date(row.deadline, lang),
        short(row.neighbourhood, 30),
        short(row.session_label(lang), 44),
    ]
