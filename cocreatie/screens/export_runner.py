"""Export the open session in a thread and say where the file went."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message
from textual.message_pump import MessagePump

from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

if TYPE_CHECKING:
    from textual.app import App

log = logging.getLogger(__name__)


class ExportRequested(Message):
    """A step asks the session screen for an export in ``fmt`` (md, html, csv)."""

    def __init__(self, fmt: str) -> None:
        super().__init__()
        self.fmt = fmt


class ExportFinished(Message):
    """``path`` on success, otherwise ``error`` (ready to show)."""

    def __init__(self, fmt: str, path: Path | None, error: str | None = None) -> None:
        super().__init__()
        self.fmt = fmt
        self.path = path
        self.error = error


def run_export(
    app: App,
    session: Session,
    template: SessionTemplate,
    fmt: str,
    reply_to: MessagePump | None = None,
) -> None:
    """Start the export; the result is notified, and posted as ``ExportFinished``
    to ``reply_to`` (so a step can show the path inline)."""
    data_dir = Path(getattr(app, "data_dir", "."))
    # Snapshot on the event loop: the thread must not read a record that the
    # facilitator is changing at the same moment. Shallow is enough: the
    # model replaces fields and items on a change, it never edits them.
    snapshot = session.model_copy()

    def work() -> None:
        from cocreatie.export.render import default_export_path, export_to_file

        try:
            target = default_export_path(data_dir, snapshot, fmt)
            path = export_to_file(snapshot, template, fmt, target, data_dir=data_dir)
        except Exception as exc:
            # Log the type only: an export error message may quote record text.
            log.error("export %s failed: %s", fmt, type(exc).__name__)
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            message = t("ui.export.failed", fmt=fmt.upper(), reason=reason)
            app.call_from_thread(app.notify, message, severity="error", timeout=12)
            if reply_to is not None:
                reply_to.post_message(ExportFinished(fmt, None, message))
            return
        app.call_from_thread(
            app.notify, t("ui.export.done", fmt=fmt.upper(), path=path), timeout=12
        )
        if reply_to is not None:
            reply_to.post_message(ExportFinished(fmt, path))

    app.notify(t("ui.export.started", fmt=fmt.upper()), timeout=3)
    app.run_worker(work, thread=True, group="export", exit_on_error=False)
