"""The start screen: the sessions in the data folder and what to do with them.

Listing, creating, copying and deleting all touch the disk, so each runs in
a thread worker; the table is filled when the worker reports back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from cocreatie import demo
from cocreatie.analysis.folder_notices import expired_ids, folder_notices
from cocreatie.archive import outbox
from cocreatie.i18n import t
from cocreatie.models.clock import today
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.publish_runner import run_send_pending
from cocreatie.store import SessionRepository, SessionSummary, StoreError
from cocreatie.store.messages import describe_failure
from cocreatie.widgets.command import Command, bindings_of
from cocreatie.widgets.quiet_footer import QuietFooter
from cocreatie.widgets.session_table import SessionTable
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

log = logging.getLogger(__name__)


class HomeScreen(GuardedDispatch, Screen[None]):
    """The session list. What needs the app (opening a session, the review,
    starting a new session) is asked for with a message."""

    DEFAULT_CSS = """
    HomeScreen #home-data-dir {
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    HomeScreen #home-notices {
        display: none;
        height: auto;
        max-height: 8;
        padding: 0 1;
        color: $text-warning;
    }
    HomeScreen #home-sessions {
        height: 1fr;
    }
    HomeScreen #home-detail {
        height: auto;
        max-height: 4;
        padding: 0 1;
        border-top: solid $panel;
    }
    HomeScreen #home-detail.-problem {
        /* A damaged file's notice names the path and the reasons: at 80
           columns that wraps to four lines, and its last says what opening
           will do. */
        max-height: 7;
        color: $text-error;
        text-style: bold;
    }
    """

    class OpenSession(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    class NewSession(Message):
        """Start a new session; ``summaries`` offer the earlier sessions."""

        def __init__(self, summaries: list[SessionSummary]) -> None:
            super().__init__()
            self.summaries = summaries

    class ReviewActions(Message):
        """Show every action of every session."""

    COMMANDS_DECLARED = (
        Command("new", "ui.key.new", "n", id="home.new"),
        Command("open", "ui.key.open", "o", id="home.open"),
        Command("duplicate", "ui.key.duplicate", "k", id="home.duplicate"),
        Command("delete", "ui.key.delete", "delete,x", id="home.delete", key_display="Del"),
        Command("demo", "ui.key.demo", "d", id="home.demo"),
        Command("review", "ui.key.review", "a", id="home.review"),
        Command("reload", "ui.key.reload", "r", id="home.reload", show=False),
        Command(
            "send_pending",
            "archive.tui.send_pending",
            palette="archive.tui.send_pending",
            palette_help="archive.tui.send_pending_help",
        ),
    )
    BINDINGS = bindings_of(COMMANDS_DECLARED)

    selected: reactive[SessionSummary | None] = reactive(None, bindings=True)

    def __init__(self, data_dir: Path, repository: Callable[[], SessionRepository]) -> None:
        """``repository`` makes or gives the data folder's repository; the
        first call may take a moment (it loads pydantic): call it in a worker."""
        super().__init__()
        translate_bindings(self)
        self.data_dir = data_dir
        self._repository = repository
        self.summaries: list[SessionSummary] = []
        # Sessions past their retention date (ids), marked in the list.
        self.expired: frozenset[str] = frozenset()
        # The outbox is sent once per start, not on every return home.
        self._outbox_tried = False

    def compose(self) -> ComposeResult:
        yield Header(icon="●")
        yield Static(t("ui.home.data_dir", path=self.data_dir), id="home-data-dir", markup=False)
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
        try:
            summaries = self._repository().list_summaries()
        except Exception as error:
            # Whatever went wrong, the screen must not stay on "loading".
            if not isinstance(error, StoreError | OSError):
                log.exception("listing the sessions failed")
            self.app.call_from_thread(self._show_error, describe_failure(error))
            return
        expired = expired_ids(summaries, today())
        self.app.call_from_thread(self._show, summaries, expired)
        # After the list: reading the templates must not delay it.
        notices = folder_notices(self.data_dir, len(expired))
        self.app.call_from_thread(self._show_notices, notices)
        if not self._outbox_tried:
            self._outbox_tried = True
            if outbox.count(self.data_dir):
                self.app.call_from_thread(self._send_outbox)

    def _send_outbox(self) -> None:
        run_send_pending(self.app, self.data_dir, on_done=self.reload, quiet=True)

    def action_send_pending(self) -> None:
        run_send_pending(self.app, self.data_dir, on_done=self.reload)

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
            self.post_message(self.OpenSession(self.selected.id))

    def action_demo(self) -> None:
        self._open_demo()

    @work(thread=True, exclusive=True, group="home-demo", exit_on_error=False)
    def _open_demo(self) -> None:
        try:
            # ``demo`` loads its modules on first use, here in the thread.
            session_id = demo.ensure_demo(self._repository())
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, describe_failure(error))
            return
        self.post_message(self.OpenSession(session_id))

    def action_review(self) -> None:
        self.post_message(self.ReviewActions())

    def action_new(self) -> None:
        self.post_message(self.NewSession(self.summaries))

    def action_duplicate(self) -> None:
        if self.selected is not None:
            self._duplicate(self.selected.id)

    @work(thread=True, group="home-change", exit_on_error=False)
    def _duplicate(self, session_id: str) -> None:
        try:
            copy = self._repository().duplicate(session_id, t("ui.home.copy_suffix"))
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, describe_failure(error))
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
            moved_to: Path = self._repository().delete(session_id)
        except (StoreError, OSError) as error:
            self.app.call_from_thread(self._show_error, describe_failure(error))
            return
        self.app.call_from_thread(self.notify, t("ui.home.deleted", path=moved_to), timeout=12)
        self.app.call_from_thread(self.reload)

    def action_reload(self) -> None:
        self.reload()
