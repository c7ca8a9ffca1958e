"""Export the open session's plan in a worker thread and say where it went."""

from __future__ import annotations

import logging
from pathlib import Path

from textual.app import App
from textual.message_pump import MessagePump

from cocreatie.export import default_export_path, export_to_file
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.screens.steps.requests import ExportFinished
from cocreatie.templating import SessionTemplate

log = logging.getLogger(__name__)


def export_plan(
    app: App,
    snapshot: Session,
    template: SessionTemplate,
    data_dir: Path,
    fmt: str,
    reply_to: MessagePump | None,
) -> None:
    """Write the plan in ``fmt``; notify, and answer ``reply_to`` (a step
    that shows the path inline). Blocking: run it in a thread worker, on a
    snapshot the facilitator is not changing meanwhile."""
    path: Path | None = None
    error: str | None = None
    try:
        target = default_export_path(data_dir, snapshot, fmt)
        path = export_to_file(snapshot, template, fmt, target, data_dir=data_dir)
    except Exception as exc:
        # Log the type only: an export error message may quote record text.
        log.error("export %s failed: %s", fmt, type(exc).__name__)
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        error = t("ui.export.failed", fmt=fmt.upper(), reason=reason)
    if error is None:
        app.call_from_thread(
            app.notify, t("ui.export.done", fmt=fmt.upper(), path=path), timeout=12
        )
    else:
        app.call_from_thread(app.notify, error, severity="error", timeout=12)
    if reply_to is not None:
        reply_to.post_message(ExportFinished(fmt, path, error))
