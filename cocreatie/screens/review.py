"""A session's action plan on screen, as the coordinator will send it out.

The Markdown comes from the same export as the file, so what the
coordinator reviews here is what residents get. Reading the session and
the layout file happens in a worker thread, never on the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, MarkdownViewer, Static

from cocreatie.export import default_export_path, export_to_file, render
from cocreatie.i18n import t
from cocreatie.store.messages import describe_failure
from cocreatie.templating import TemplateError, load_template
from cocreatie.widgets.textual_private import translate_bindings

if TYPE_CHECKING:
    from cocreatie.models import Session
    from cocreatie.store.repository import SessionRepository
    from cocreatie.templating import SessionTemplate

log = logging.getLogger(__name__)


class PlanReviewScreen(Screen[None]):
    DEFAULT_CSS = """
    PlanReviewScreen #plan-status {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    PlanReviewScreen #plan-status.-error { color: $error; }
    """

    BINDINGS = [
        Binding("escape,q", "close", "review.key.close", id="review.close"),
        Binding("n", "toggle_names", "review.key.names", id="review.names"),
        Binding("t", "toggle_toc", "review.key.toc", id="review.toc"),
        Binding("m", "export('md')", "review.key.export_md", id="review.export_md"),
        Binding("h", "export('html')", "review.key.export_html", id="review.export_html"),
    ]

    def __init__(
        self,
        repository: SessionRepository,
        session_id: str,
        *,
        session: Session | None = None,
        template: SessionTemplate | None = None,
        with_names: bool = False,
        load_session: Callable[[str], Session] | None = None,
    ) -> None:
        """Show ``session_id``; pass ``session`` (and ``template``) when the
        caller already holds the record, so nothing is read again, or
        ``load_session`` to read it from elsewhere than the data folder."""
        super().__init__()
        translate_bindings(self)
        self.repository = repository
        self.session_id = session_id
        self.with_names = with_names
        self._session = session
        self._template = template
        self._load_session = load_session
        self.markdown = ""  # what is shown, for tests and the export keys

    def compose(self) -> ComposeResult:
        yield Static(t("review.plan.loading"), id="plan-status", markup=False)
        yield MarkdownViewer(id="plan", show_table_of_contents=True, open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("review.plan.title")
        self.render_plan()

    @work(thread=True, exclusive=True, group="plan", exit_on_error=False)
    def render_plan(self) -> None:
        folder = self.repository.data_dir
        try:
            if self._session is None and self._load_session is not None:
                self._session = self._load_session(self.session_id)
            if self._session is None:
                with self.repository.open(self.session_id, read_only=True) as opened:
                    self._session = opened.session
            if self._template is None:
                self._template = load_template(self._session.meta.template_id, folder)
            data = render(
                self._session, self._template, "md", with_names=self.with_names, data_dir=folder
            )
        except Exception as exc:  # shown, never a crash of the review
            log.error("plan review of %s failed: %s", self.session_id, type(exc).__name__)
            self.app.call_from_thread(self._show_error, _reason(exc))
            return
        self.app.call_from_thread(self._show, data.decode("utf-8"))

    def _show(self, markdown: str) -> None:
        self.markdown = markdown
        self.query_one("#plan", MarkdownViewer).document.update(markdown)
        status = self.query_one("#plan-status", Static)
        status.remove_class("-error")
        key = "review.plan.names_on" if self.with_names else "review.plan.names_off"
        title = self._session.meta.title if self._session else self.session_id
        status.update(f"{title} · {self.session_id} · {t(key)}")

    def _show_error(self, reason: str) -> None:
        status = self.query_one("#plan-status", Static)
        status.add_class("-error")
        status.update(t("review.plan.failed", reason=reason))
        self.notify(t("review.plan.failed", reason=reason), severity="error")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_toggle_names(self) -> None:
        self.with_names = not self.with_names
        self.render_plan()

    def action_toggle_toc(self) -> None:
        viewer = self.query_one("#plan", MarkdownViewer)
        viewer.show_table_of_contents = not viewer.show_table_of_contents

    def action_export(self, fmt: str) -> None:
        if self._session is None or self._template is None:
            return
        self._export(fmt, self._session, self._template, self.with_names)

    @work(thread=True, group="export", exit_on_error=False)
    def _export(
        self, fmt: str, session: Session, template: SessionTemplate, with_names: bool
    ) -> None:
        folder = self.repository.data_dir
        try:
            target = default_export_path(folder, session, fmt)
            path = export_to_file(
                session, template, fmt, target, with_names=with_names, data_dir=folder
            )
        except Exception as exc:
            message = t("review.plan.export_failed", fmt=fmt.upper(), reason=_reason(exc))
            self.app.call_from_thread(self.notify, message, severity="error", timeout=12)
            return
        message = t("review.plan.exported", fmt=fmt.upper(), path=Path(path))
        self.app.call_from_thread(self.notify, message, timeout=12)


def _reason(exc: Exception) -> str:
    """A short, safe reason: a broken layout names its file and line."""
    if isinstance(exc, TemplateError):
        return "; ".join(exc.messages)
    return " ".join(describe_failure(exc).split())
