"""What the app says and does when it ends with changes not on disk.

Quitting (Ctrl+Q) asks first (``UnsavedQuitDialog``); a signal or a crash
cannot ask, so the record goes to the emergency folder at once. Either way
the program ends with ``EXIT_UNSAVED`` and one line on the terminal saying
where the copy is, or that the changes are lost: never as if all were well.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.i18n import t

# Start-up speed: the app imports this module before any session is open,
# so the record's modules (pydantic) load only when something is unsaved.
if TYPE_CHECKING:
    from cocreatie.live import LiveSession

log = logging.getLogger("cocreatie.app")

# Not 1 (Textual's own failures) nor 2 (bad input on the command line).
EXIT_UNSAVED = 3


def unsaved_reason(live: LiveSession) -> str:
    from cocreatie.store.messages import describe_failure

    error = live.save_error
    return describe_failure(error) if error is not None else t("ui.unsaved_quit.timeout")


def unsaved_question(live: LiveSession) -> str:
    saver = live.saver
    last = saver.last_saved if saver is not None else None
    since = _local_time(last) if last is not None else t("ui.unsaved_quit.never")
    title = live.session.meta.title
    return t("ui.unsaved_quit.question", title=title, since=since, reason=unsaved_reason(live))


def copy_written_line(path: Path) -> str:
    return t("ui.unsaved_quit.exit_copy", path=path)


def lost_line(live: LiveSession, reason: str | None = None) -> str:
    reason = reason or unsaved_reason(live)
    return t("ui.unsaved_quit.exit_lost", title=live.session.meta.title, reason=reason)


def rescue(live: LiveSession, folder: Path | None = None) -> str:
    """Write the emergency copy without asking (blocking); the line to show."""
    from cocreatie.live.emergency import default_folder, write_emergency_copy
    from cocreatie.store.errors import StoreError
    from cocreatie.store.messages import describe_failure

    folder = folder or default_folder()
    try:
        path = write_emergency_copy(live.session, folder)
    except (OSError, StoreError) as error:
        log.critical(
            "session %s: unsaved, and no emergency copy in %s: %s", live.session.id, folder, error
        )
        return lost_line(live, describe_failure(error))
    log.error("session %s: unsaved in the data folder; emergency copy %s", live.session.id, path)
    return copy_written_line(path)


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")
