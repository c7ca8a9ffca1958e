"""Publish from the TUI, in a thread: the archive may be slow or far away,
and the meeting must not wait for it.

The session is published pseudonymised (names only via the command line's
``--names``), to the archive named in ``$COCREATIE_ARCHIVE_URL`` or, for
what waits in the outbox, the address it was queued for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.i18n import t

if TYPE_CHECKING:
    from textual.app import App

    from cocreatie.models import Session

log = logging.getLogger(__name__)
# A conflict report can be long; a notification shows the start of it.
_SHOWN_LINES = 8


def run_publish(app: App, session: Session, data_dir: Path) -> None:
    """Publish ``session``; the outcome (or why it waits) is notified."""
    # Snapshot on the event loop: the thread must not read a record that the
    # facilitator is changing at the same moment.
    snapshot = session.model_copy(deep=True)

    def work() -> None:
        # Here, in the thread: the archive's modules (and its optional
        # driver) load only when the facilitator publishes.
        from cocreatie.archive import messages, urls
        from cocreatie.archive.errors import ArchiveError, NoArchiveUrlError
        from cocreatie.archive.publish import publish_session

        try:
            outcome = publish_session(snapshot, data_dir, urls.resolve(None))
        except NoArchiveUrlError:
            _tell(app, t("archive.tui.no_url", env=urls.ENV_VAR), "error")
            return
        except ArchiveError as exc:
            _tell(app, exc.message, "error")
            return
        except Exception as exc:  # shown, never a crash in the middle of a meeting
            log.error("publish failed: %s", type(exc).__name__)
            _tell(app, t("archive.tui.failed", reason=type(exc).__name__), "error")
            return
        calm = outcome.kind in ("new", "unchanged")
        _tell(app, "\n".join(messages.lines(outcome)[:_SHOWN_LINES]), None if calm else "warning")

    app.notify(t("archive.tui.publishing"), timeout=3)
    app.run_worker(work, thread=True, group="publish", exit_on_error=False)


def run_send_pending(
    app: App, data_dir: Path, on_done: Callable[[], object] | None = None, quiet: bool = False
) -> None:
    """Send what waits in the outbox; ``quiet`` (at start-up) speaks only
    when something was sent: the home screen already shows what waits."""

    def work() -> None:
        # As in run_publish: the archive's modules load only when used.
        from cocreatie.archive import messages
        from cocreatie.archive.errors import ArchiveError
        from cocreatie.archive.publish import send_pending

        try:
            report = send_pending(data_dir)
        except ArchiveError as exc:
            if not quiet:
                _tell(app, exc.message, "error")
            return
        except Exception as exc:
            log.error("sending the outbox failed: %s", type(exc).__name__)
            _tell(app, t("archive.tui.failed", reason=type(exc).__name__), "error")
            return
        sent = any(o.kind != "queued" for o in report.outcomes)
        if (report.outcomes or report.unreadable) and (sent or not quiet):
            lines = [messages.headline(o) for o in report.outcomes][: _SHOWN_LINES - 1]
            lines.append(messages.pending_summary(report))
            _tell(app, "\n".join(lines), "warning" if report.waiting else None)
        if on_done is not None:
            app.call_from_thread(on_done)

    if not quiet:
        app.notify(t("archive.tui.sending"), timeout=3)
    app.run_worker(work, thread=True, group="publish", exit_on_error=False)


def _tell(app: App, message: str, severity: str | None) -> None:
    if severity is None:
        app.call_from_thread(app.notify, message, timeout=15)
    else:
        app.call_from_thread(app.notify, message, severity=severity, timeout=20)
