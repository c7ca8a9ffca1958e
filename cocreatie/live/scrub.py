"""After an erasure: remove the older copies that still hold the person.

A step view only changes the record. The copies on disk (rolling backups, a
trashed or damaged copy of the session, log lines) are the business of
whoever holds the saver. The order matters: the save that writes the erased
record first backs up the file it replaces, which still names the person.
So the scrub waits until that save is done, then removes every backup and
makes a clean one.
"""

from __future__ import annotations

import logging
import threading

from cocreatie.i18n import t
from cocreatie.live.session import LiveSession
from cocreatie.privacy.scrub import scrub_session_copies
from cocreatie.store import SessionRepository

log = logging.getLogger(__name__)

# Waiting for the disk in a worker thread, never on the event loop; bounded so
# a hung network drive does not keep the thread forever.
FLUSH_TIMEOUT_S = 30.0
# Two erasures in a row: one scrub at a time, or one could remove the backup
# folder while the other writes the clean backup into it.
_one_at_a_time = threading.Lock()


def scrub_after_save(
    live: LiveSession, repository: SessionRepository, terms: list[str]
) -> str | None:
    """Wait until the changed record is on disk, then scrub the older copies.

    Blocking: run it in a thread. ``None`` when the copies were scrubbed,
    otherwise what to tell the facilitator (the record keeps the change).
    """
    # The open forms' drafts first, or the box would write them back.
    live.drafts.drop_where(terms)
    if not live.flush(FLUSH_TIMEOUT_S):
        reason = type(live.saver.last_error).__name__ if live.saver else "?"
        return _failed(repository, reason)
    try:
        with _one_at_a_time:
            scrub_session_copies(repository, live.opened.id, terms)
    except OSError as error:
        log.error("scrubbing copies of %s failed: %s", live.opened.id, error.strerror)
        return _failed(repository, error.strerror or "?")
    return None


def _failed(repository: SessionRepository, reason: str) -> str:
    return t("ui.participants.scrub_failed", reason=reason, folder=repository.data_dir)
