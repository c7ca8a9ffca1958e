"""Save in the background without ever making the facilitator wait.

One worker thread writes snapshots through ``save_fn``. ``submit`` only
swaps the waiting snapshot under a lock, so it never waits for the disk;
when the writer is busy, newer snapshots replace the waiting one (each is the
whole session, so only the latest matters).

A failed save (full disk, unplugged USB stick) is kept and retried every
``retry_interval`` seconds until a newer snapshot replaces it, so when space
frees the latest text still reaches the disk.

Every submit gets a sequence number; ``durable`` is the newest one on disk.
Many submits that arrive while one save runs share the next save (group
commit): a caller that must know its change is on disk (a phone's
"ontvangen") waits for ``durable >= n`` with ``wait_durable`` or, on an
event loop, through the ``on_durable`` callback.

Callbacks run on the worker thread, after the saver's state is updated, so
``flush`` never waits for a callback: a UI that forwards them with a
blocking ``call_from_thread`` cannot deadlock against its own ``flush``.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)

Snapshot = dict[str, Any]

DEFAULT_RETRY_INTERVAL_S = 5.0
# At interpreter exit we still try to save, but a hung network drive must not
# keep a closed terminal's process alive forever.
_EXIT_FLUSH_TIMEOUT_S = 10.0


class AutoSaver:
    def __init__(
        self,
        save_fn: Callable[[Snapshot], None],
        *,
        on_saved: Callable[[datetime], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_durable: Callable[[int], None] | None = None,
        retry_interval: float = DEFAULT_RETRY_INTERVAL_S,
        name: str = "cocreatie-autosave",
    ) -> None:
        self._save_fn = save_fn
        self._on_saved = on_saved
        self._on_error = on_error
        self._on_durable = on_durable
        self._retry_interval = retry_interval
        self._cond = threading.Condition()
        # Sequence numbers: every submit gets the next one; _durable is the
        # newest one known to be on disk.
        self._submitted = 0
        self._durable = 0
        self._pending: Snapshot | None = None
        self._pending_seq = 0
        self._pending_failed = False
        self._retry_at = 0.0
        self._retry_now = False
        self._failures = 0
        self._failed_seq = 0
        self._closing = False
        self.last_error: Exception | None = None
        self.last_saved: datetime | None = None
        # Daemon, so a stuck disk cannot keep the process alive; the atexit
        # hook gives pending work its chance to be saved first.
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        atexit.register(self._flush_at_exit)

    @property
    def has_unsaved(self) -> bool:
        with self._cond:
            return self._durable < self._submitted

    @property
    def durable(self) -> int:
        """The sequence number of the newest snapshot known to be on disk."""
        with self._cond:
            return self._durable

    @property
    def failed(self) -> int:
        """The sequence number of the newest snapshot whose save failed."""
        with self._cond:
            return self._failed_seq

    def submit(self, snapshot: Snapshot) -> int:
        """Queue ``snapshot`` (the whole session) for saving; returns at once
        with its sequence number.

        The snapshot must not be changed afterwards: hand over a fresh dump.
        """
        with self._cond:
            if self._closing:
                raise RuntimeError("AutoSaver is closed")
            self._submitted += 1
            self._pending, self._pending_seq = snapshot, self._submitted
            self._pending_failed = False
            self._cond.notify_all()
            return self._submitted

    def wait_durable(self, seq: int, timeout: float | None = None) -> bool:
        """Block until snapshot ``seq`` (or a later one) is on disk.

        False when its save failed (see ``last_error``) or ``timeout`` passed;
        unlike ``flush`` it does not hurry a retry.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._durable < seq:
                if self._failed_seq >= seq:
                    return False
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is on disk.

        A snapshot waiting after a failure is retried at once. Returns False
        if that retry fails too (see ``last_error``) or ``timeout`` passes.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target = self._submitted
            failures_before = self._failures
            self._retry_now = True
            self._cond.notify_all()
            while self._durable < target:
                if self._failures > failures_before and self._failed_seq >= target:
                    return False
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    def close(self, timeout: float | None = None) -> bool:
        """Flush, then stop the worker. Returns whether everything was saved."""
        on_worker = threading.current_thread() is self._thread
        # From a callback the worker cannot wait for itself: it stops after
        # the current save, and reports whether anything was left unsaved.
        saved = not self.has_unsaved if on_worker else self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        if not on_worker:
            self._thread.join(timeout)
        atexit.unregister(self._flush_at_exit)
        return saved

    def _flush_at_exit(self) -> None:
        if not self.flush(_EXIT_FLUSH_TIMEOUT_S):
            log.error("autosave: unsaved changes at exit: %s", self.last_error)

    def _run(self) -> None:
        while True:
            with self._cond:
                job = self._next_job()
            if job is None:
                return
            snapshot, seq = job
            try:
                self._save_fn(snapshot)
            except Exception as exc:
                self._record_failure(snapshot, seq, exc)
                self._notify(self._on_error, exc)
            else:
                moment = datetime.now(UTC)
                with self._cond:
                    self._durable = max(self._durable, seq)
                    self.last_error, self.last_saved = None, moment
                    self._cond.notify_all()
                self._notify(self._on_saved, moment)
                self._notify(self._on_durable, seq)

    def _next_job(self) -> tuple[Snapshot, int] | None:
        """Block until there is something to save; ``None`` when closing."""
        while True:
            if self._pending is not None:
                due = not self._pending_failed or self._retry_now
                due = due or time.monotonic() >= self._retry_at
                if due:
                    job = (self._pending, self._pending_seq)
                    self._pending, self._pending_failed, self._retry_now = None, False, False
                    return job
                if self._closing:
                    return None
                self._cond.wait(max(0.0, self._retry_at - time.monotonic()))
            elif self._closing:
                return None
            else:
                self._retry_now = False
                self._cond.wait()

    def _record_failure(self, snapshot: Snapshot, seq: int, exc: Exception) -> None:
        with self._cond:
            self._failures += 1
            self._failed_seq = seq
            self.last_error = exc
            if self._pending is None:
                # Nothing newer arrived: keep this one for the retry.
                self._pending, self._pending_seq = snapshot, seq
                self._pending_failed = True
                self._retry_at = time.monotonic() + self._retry_interval
            self._cond.notify_all()

    def _notify(self, callback: Callable[[Any], None] | None, value: object) -> None:
        if callback is None:
            return
        try:
            callback(value)
        except Exception:
            # A broken callback must not stop the saving.
            log.exception("autosave callback failed")
