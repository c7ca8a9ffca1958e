"""After an erasure in the TUI: remove the older copies that still hold the person.

A step view only changes the record. The copies on disk (rolling backups, a
trashed or damaged copy of the session, log lines) are the session screen's
business, because it holds the saver. The view posts ``ScrubCopies`` with
what to look for, read before the change; the screen queues the changed
record and runs ``scrub_after_save`` in a thread.

The order matters: the save that writes the erased record first backs up
the file it replaces, which still names the person. So the scrub waits
until that save is done, then removes every backup and makes a clean one.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from textual.message import Message

from cocreatie.i18n import t

if TYPE_CHECKING:
    from textual.app import App

    from cocreatie.screens.live_session import LiveSession
    from cocreatie.store import SessionRepository

log = logging.getLogger(__name__)

# Waiting for the disk in a worker thread, never on the event loop; bounded so
# a hung network drive does not keep the thread forever.
FLUSH_TIMEOUT_S = 30.0
# Two erasures in a row: one scrub at a time, or one could remove the backup
# folder while the other writes the clean backup into it.
_one_at_a_time = threading.Lock()


class ScrubCopies(Message):
    """A person was erased (or withdrew consent): older copies must lose ``terms``."""

    def __init__(self, terms: list[str]) -> None:
        super().__init__()
        self.terms = terms


def scrub_after_save(
    app: App, live: LiveSession, repository: SessionRepository, terms: list[str]
) -> bool:
    """Wait until the changed record is on disk, then scrub the older copies.

    Runs in a thread worker. Returns whether the copies were scrubbed; when
    not, the facilitator is told (the record itself keeps the change).
    """
    from cocreatie.privacy.scrub import scrub_session_copies

    if not live.flush(FLUSH_TIMEOUT_S):
        reason = type(live.saver.last_error).__name__ if live.saver else "?"
        _tell(app, _failed(repository, reason))
        return False
    try:
        with _one_at_a_time:
            scrub_session_copies(repository, live.opened.id, terms)
    except OSError as error:
        log.error("scrubbing copies of %s failed: %s", live.opened.id, error.strerror)
        _tell(app, _failed(repository, error.strerror or "?"))
        return False
    return True


def _failed(repository: SessionRepository, reason: str) -> str:
    folder = repository.data_dir
    return t("ui.participants.scrub_failed", reason=reason, folder=folder)


def _tell(app: App, message: str) -> None:
    # The app may be closing (the facilitator quit right after erasing):
    # then there is nobody left to tell, and that must not raise here.
    with contextlib.suppress(RuntimeError):
        app.call_from_thread(app.notify, message, severity="error", timeout=20)
