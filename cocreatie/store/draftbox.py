"""The drafts of the open session, written off the event loop.

The UI calls ``keep`` on every keystroke and ``drop`` when a form is saved
or thrown away; both only change the box in memory and wake its thread,
which writes the whole drafts file once typing pauses (``DELAY_S`` after
the last change) or at once when asked (``urgent``: a field lost focus,
the step changed). ``flush`` writes what is pending now, for shutdown and
signals. A read-only box keeps nothing and offers nothing.
"""

from __future__ import annotations

import logging
import threading
import time

from cocreatie.models.draft import Draft
from cocreatie.store.drafts import read_drafts, write_drafts
from cocreatie.store.paths import DataLayout

log = logging.getLogger(__name__)

DELAY_S = 0.5
FLUSH_TIMEOUT_S = 5.0


class DraftBox:
    def __init__(
        self,
        layout: DataLayout,
        session_id: str,
        *,
        read_only: bool = False,
        delay: float = DELAY_S,
    ) -> None:
        self.layout = layout
        self.session_id = session_id
        self.read_only = read_only
        self.delay = delay
        self._drafts: dict[str, Draft] = {}
        self._changed = threading.Condition()
        self._dirty = False
        self._due = 0.0
        self._closed = False
        self._thread: threading.Thread | None = None
        # One writer at a time: the thread, or ``flush`` on the caller's.
        self._writing = threading.Lock()
        self.last_error: OSError | None = None

    # -- reading ------------------------------------------------------------

    def load(self) -> list[Draft]:
        """Read the drafts file (blocking: call it from a thread)."""
        if self.read_only:
            return []
        found = read_drafts(self.layout, self.session_id)
        with self._changed:
            self._drafts = {d.key: d for d in found}
        return found

    @property
    def drafts(self) -> list[Draft]:
        """The drafts held now, oldest first."""
        with self._changed:
            return sorted(self._drafts.values(), key=lambda d: d.typed_at)

    def get(self, key: str) -> Draft | None:
        with self._changed:
            return self._drafts.get(key)

    # -- changing (never waits for the disk) --------------------------------------

    def keep(self, draft: Draft, *, urgent: bool = False) -> None:
        if self.read_only:
            return
        with self._changed:
            if self._drafts.get(draft.key) == draft and not self._dirty:
                return
            self._drafts[draft.key] = draft
            self._schedule(urgent)

    def drop(self, key: str) -> None:
        if self.read_only:
            return
        with self._changed:
            if key not in self._drafts:
                return
            del self._drafts[key]
            # Saved or thrown away: the file must not offer it again.
            self._schedule(urgent=True)

    def drop_where(self, mentions: list[str]) -> int:
        """Forget every draft that mentions one of ``mentions``; how many."""
        with self._changed:
            gone = [k for k, d in self._drafts.items() if d.mentions(mentions)]
            for key in gone:
                del self._drafts[key]
            if gone:
                self._schedule(urgent=True)
        return len(gone)

    def _schedule(self, urgent: bool) -> None:
        # Called holding ``_changed``.
        moment = time.monotonic()
        if urgent:
            self._due = moment
        elif not (self._dirty and self._due <= moment):
            # Debounce: wait for typing to pause, but never postpone a
            # write that is already due.
            self._due = moment + self.delay
        self._dirty = True
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="cocreatie-drafts", daemon=True)
            self._thread.start()
        self._changed.notify_all()

    # -- writing ----------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._closed and (not self._dirty or time.monotonic() < self._due):
                    wait = None if not self._dirty else max(0.0, self._due - time.monotonic())
                    self._changed.wait(wait)
                if self._closed:
                    return
            self._write()

    def _write(self) -> bool:
        with self._writing:
            with self._changed:
                if not self._dirty:
                    return True
                drafts = sorted(self._drafts.values(), key=lambda d: d.typed_at)
                self._dirty = False
            try:
                write_drafts(self.layout, self.session_id, drafts)
            except OSError as exc:
                # A draft is a convenience: the record itself is saved
                # elsewhere. Log it, and try again on the next change.
                self.last_error = exc
                log.error("drafts of %s not written: %s", self.session_id, exc.strerror)
                with self._changed:
                    self._dirty = True
                    self._due = time.monotonic() + self.delay
                return False
            self.last_error = None
            return True

    def flush(self) -> bool:
        """Write what is pending now (blocking); whether it reached the disk."""
        if self.read_only:
            return True
        return self._write()

    def close(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Flush and stop the thread (safe to call twice)."""
        written = self.flush()
        with self._changed:
            self._closed = True
            self._changed.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        return written
