"""The start screen: the sessions in the data folder and what to do with them.

Listing, creating, copying and deleting all touch the disk, so each runs in
a thread worker; the table is filled when the worker reports back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from cocreatie.i18n import t
from cocreatie.screens.confirm import ConfirmDialog
from cocreatie.screens.save_messages import open_failed
from cocreatie.store import SessionSummary, StoreError
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.quiet_footer import QuietFooter
from cocreatie.widgets.session_table import SessionTable
from cocreatie.widgets.translated_bindings import translate_bindings

if TYPE_CHECKING:
    from cocreatie.app import CocreatieApp

log = logging.getLogger(__name__)


class HomeScreen(GuardedDispatch, Screen[None]):
    BINDINGS = [
        Binding("n", "new", "ui.key.new", id="home.new"),
        Binding("o", "open", "ui.key.open", id="home.open"),
        Binding("k", "duplicate", "ui.key.duplicate", id="home.duplicate"),
        Binding("delete,x", "delete", "ui.key.delete", id="home.delete", key_display="Del"),
        Binding("d", "demo", "ui.key.demo", id="home.demo"),
        Binding("a", "review", "ui.key.review", id="home.review"),
        Binding("r", "reload", "ui.key.reload", id="home.reload", show=False),
    ]

    selected: reactive[SessionSummary | None] = reactive(None, bindings=True)

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self)
        self.summaries: list[SessionSummary] = []
        # Sessions past their retention date (ids), marked in the list.
        self.expired: frozenset[str] = frozenset()
        # The outbox is sent once per start, not on every return home.
        self._outbox_tried = False

    @property
    def cocreatie(self) -> CocreatieApp:
        return cast("CocreatieApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header(icon="●")
        yield Static(
            t("ui.home.data_dir", path=self.cocreatie.data_dir), id="home-data-dir", markup=False
        )
        yield Static("", id="home-notices", markup=False)
        yield SessionTable(id="home-sessions")
        yield Static(t("ui.home.loading"), id="home-detail", markup=False)
        yield QuietFooter()

    def on_mount(self) -> None:
        self.sub_title = t("ui.home.subtitle")

    def on_screen_resume(self) -> None:
        # Also when coming back from a session: its step and "last saved"
        # have changed. Not on mount: when the app opens a session straight
        # away, reading every file in the folder would only slow that down.
        self.reload()

    # -- listing ----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="home-list", exit_on_error=False)
    def reload(self) -> None:
        from cocreatie.models.clock import today
        from cocreatie.screens.home_notices import expired_ids, folder_notices

        try:
            summaries = self.cocreatie.repository.list_summaries()
        except Exception as error:
            # Whatever went wrong, the screen must not stay on "loading".
            if not isinstance(error, StoreError | OSError):
                log.exception("listing the sessions failed")
            self.app.call_from_thread(self._show_error, open_failed(error))
            return
        expired = expired_ids(summaries, today())
        self.app.call_from_thread(self._show, summaries, expired)
        # After the list: reading the templates must not delay it.
        notices = folder_notices(self.cocreatie.data_dir, len(expired))
        self.app.call_from_thread(self._show_notices, notices)
        if not self._outbox_tried:
            from cocreatie.archive import outbox

            self._outbox_tried = True
            if outbox.count(self.cocreatie.data_dir):
                self.app.call_from_thread(self._send_outbox)

    def _send_outbox(self) -> None:
        from cocreatie.screens.publish_runner import run_send_pending

        run_send_pending(self.app, self.cocreatie.data_dir, on_done=self.reload, quiet=True)

    def _show(self, summaries: list[SessionSummary], expired: frozenset[str] = frozenset()) -> None:
        self.summaries = summaries
        self.expired = expired
        table = self.query_one(SessionTable)
        table.show_sessions(summaries, expired)
        if not summaries:
            self.selected = None
            self.query_one("#home-detail", Static).update(t("ui.home.empty"))
        else:
            self._select_row(table.cursor_row)

    def _show_notices(self, lines: list[str]) -> None:
        notices = self.query_one("#home-notices", Static)
        notices.update("\n".join(lines))
        notices.display = bool(lines)

    def _show_error(self, message: str) -> None:
        self.query_one("#home-detail", Static).update(message)
        self.notify(message, severity="error", timeout=12)

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._select_row(event.cursor_row)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self._select_row(event.cursor_row)
        self.action_open()

    def _select_row(self, row: int) -> None:
        summary = self.summaries[row] if 0 <= row < len(self.summaries) else None
        self.selected = summary
        detail = self.query_one("#home-detail", Static)
        if summary is None:
            return
        if summary.damaged or summary.newer_schema:
            key = "ui.home.damaged_detail" if summary.damaged else "ui.home.newer_detail"
            detail.set_class(True, "-problem")
            detail.update(t(key, path=summary.path, problem=summary.problem or "?"))
        else:
            detail.set_class(False, "-problem")
            text = t("ui.home.detail", id=summary.id, path=summary.path)
            if summary.id in self.expired and summary.retention_until is not None:
                # First: the detail line has room for only a few lines.
                until = summary.retention_until.strftime("%d-%m-%Y")
                text = t("ui.home.expired_detail", date=until) + "\n" + text
            detail.update(text)

    # -- actions ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "duplicate", "delete") and self.selected is None:
            return None
        if action == "duplicate" and self.selected is not None and self.selected.damaged:
            return None
        return True

    def action_open(self) -> None:
        if self.selected is not None:
            self.cocreatie.open_session(self.selected.id)

    def action_demo(self) -> None:
        self._open_demo()

    @work(thread=True, exclusive=True, group="home-demo", exit_on_error=False)
    def _open_demo(self) -> None:
        from cocreatie.demo import ensure_demo

        try:
            session_id = ensure_demo(self.cocreatie.repository)
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, open_failed(error))
            return
        self.app.call_from_thread(self.cocreatie.open_session, session_id)

    def action_review(self) -> None:
        # Imported here: the review screens belong to the export work and
        # are not needed to run a session.
        from cocreatie.screens.actions_overview import ActionsOverviewScreen

        self.app.push_screen(ActionsOverviewScreen(self.cocreatie.repository))

    def action_new(self) -> None:
        from cocreatie.screens.new_session import start_new_session

        start_new_session(self)

    def action_duplicate(self) -> None:
        if self.selected is not None:
            self._duplicate(self.selected.id)

    @work(thread=True, group="home-change", exit_on_error=False)
    def _duplicate(self, session_id: str) -> None:
        try:
            copy = self.cocreatie.repository.duplicate(session_id, t("ui.home.copy_suffix"))
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, open_failed(error))
            return
        self.app.call_from_thread(
            self.notify, t("ui.home.duplicated", title=copy.meta.title), timeout=6
        )
        self.app.call_from_thread(self.reload)

    def action_delete(self) -> None:
        if self.selected is not None:
            self._confirm_delete(self.selected)

    @work(group="home-change", exit_on_error=False)
    async def _confirm_delete(self, summary: SessionSummary) -> None:
        title = summary.title or summary.id
        question = t("ui.home.delete_question", title=title, id=summary.id)
        if await self.app.push_screen_wait(ConfirmDialog(question, yes=t("ui.home.delete_yes"))):
            self._delete(summary.id)

    @work(thread=True, group="home-change", exit_on_error=False)
    def _delete(self, session_id: str) -> None:
        try:
            moved_to: Path = self.cocreatie.repository.delete(session_id)
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, open_failed(error))
            return
        self.app.call_from_thread(self.notify, t("ui.home.deleted", path=moved_to), timeout=12)
        self.app.call_from_thread(self.reload)

    def action_reload(self) -> None:
        self.reload()
