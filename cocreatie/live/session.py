"""The session the facilitator is working in: record, template and saver.

The UI edits ``session`` (its own copy) on the event loop; every change hands
a snapshot to the ``AutoSaver``, whose thread writes it through the
``OpenSession``. Results go to ``on_saved`` and ``on_save_failed``, called
on the saver's thread: a screen posts a message from there (thread-safe,
and it never blocks the saver, even while the app is shutting down). No
Textual here, so any front end (the TUI, a web page) can hold a live session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from cocreatie.models import Session
from cocreatie.store import AutoSaver, OpenSession
from cocreatie.store.draftbox import DraftBox
from cocreatie.store.paths import DataLayout
from cocreatie.templating import SessionTemplate

CLOSE_TIMEOUT_S = 10.0


class LiveSession:
    def __init__(self, opened: OpenSession, template: SessionTemplate) -> None:
        self.opened = opened
        self.template = template
        # Our own object: ``opened.session`` stays what is on disk (the saver
        # swaps it from its thread). Shallow is enough: the model replaces
        # fields and items on a change, it never edits them in place.
        self.session: Session = opened.session.model_copy()
        # Who hears how saving went (called on the saver's thread; what
        # they return is ignored).
        self.on_saved: Callable[[datetime], object] | None = None
        self.on_save_failed: Callable[[Exception], object] | None = None
        # Further listeners by sequence number (the phones' "ontvangen"
        # waits for its change to be on disk): see ``watch_saves``.
        self._watchers: list[Callable[[int, int], object]] = []
        self._close_lock = threading.Lock()
        self._closed = False
        # Read-only because another window holds the session, not by choice;
        # the opener asks the store (``SessionRepository.open_elsewhere``).
        self.locked_elsewhere = False
        # Forms typed into but not saved (``load_drafts`` reads them).
        self.drafts = DraftBox(
            DataLayout(opened.path.parent), opened.id, read_only=opened.read_only
        )
        self.saver: AutoSaver | None = None
        if not opened.read_only:
            self.saver = AutoSaver(
                self._save,
                on_saved=self._saved,
                on_error=self._failed,
                on_durable=lambda _seq: self._tell_watchers(),
                name="cocreatie-autosave",
            )

    @property
    def read_only(self) -> bool:
        return self.opened.read_only

    @property
    def path(self) -> Path:
        return self.opened.path

    def submit(self) -> int:
        """Queue the current record for saving; never waits for the disk.

        Returns its sequence number (0 when read-only): it is durable once
        the saver's ``durable`` reaches it."""
        if self.saver is None:
            return 0
        return self.saver.submit(self.session.model_dump(mode="json"))

    def watch_saves(self, listener: Callable[[int, int], object]) -> Callable[[], None]:
        """Call ``listener(durable, failed)`` (sequence numbers, on the
        saver's thread) after every save and every failed one; returns the
        function that stops it."""
        self._watchers.append(listener)

        def stop() -> None:
            if listener in self._watchers:
                self._watchers.remove(listener)

        return stop

    def _tell_watchers(self) -> None:
        saver = self.saver
        if saver is None:
            return
        durable, failed = saver.durable, saver.failed
        for listener in list(self._watchers):
            listener(durable, failed)

    @property
    def save_error(self) -> Exception | None:
        """Why the latest changes are not on disk; ``None`` when they are."""
        saver = self.saver
        if saver is None or not saver.has_unsaved:
            return None
        return saver.last_error

    def flush(self, timeout: float = CLOSE_TIMEOUT_S) -> bool:
        """Wait (bounded) until every change is on disk; for shutdown only.

        The drafts are written too; whether they made it does not count
        (they are a convenience, and their failure is logged)."""
        self.drafts.flush()
        return True if self.saver is None else self.saver.flush(timeout)

    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> bool:
        """Save what is pending, stop the saver and release the lock (blocking).

        Safe to call twice and from two threads (a closing screen's worker
        and the app's shutdown may race)."""
        with self._close_lock:
            if self._closed:
                return True
            self.drafts.close()
            saved = True if self.saver is None else self.saver.close(timeout)
            self.opened.close()
            self._closed = True
            return saved

    def _save(self, snapshot: dict[str, Any]) -> None:
        self.opened.save_snapshot(snapshot)

    def _saved(self, moment: datetime) -> None:
        listener = self.on_saved
        if listener is not None:
            listener(moment)

    def _failed(self, error: Exception) -> None:
        self._tell_watchers()
        listener = self.on_save_failed
        if listener is not None:
            listener(error)
