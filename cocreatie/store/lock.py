"""One writer per session, across processes.

``filelock.FileLock`` uses ``flock`` on POSIX (and ``LockFileEx`` on
Windows): the operating system drops the lock when the holder dies, even by
``kill -9`` or a power cut, so a crashed session never stays locked. A
PID-file lock would need stale-lock guessing instead.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Self

from filelock import FileLock, Timeout

from cocreatie.store.atomic import PRIVATE_FILE_MODE
from cocreatie.store.errors import SessionLockedError, save_error


class SessionLock:
    def __init__(self, path: Path, session_id: str) -> None:
        self.path = path
        self.session_id = session_id
        # thread_local=False: the autosave thread may be the one that closes
        # the session, and a thread-local lock could not be released there.
        self._lock = FileLock(path, timeout=0, mode=PRIVATE_FILE_MODE, thread_local=False)

    def acquire(self) -> Self:
        """Take the lock at once or raise ``SessionLockedError``; never waits.

        Raises ``SaveError`` if the lock file cannot be created.
        """
        if self._lock.is_locked:
            return self
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise SessionLockedError(self.session_id, self.path) from exc
        except OSError as exc:
            # The lock file could not be created: a read-only stick, a full
            # disk. Typed like a failed save, since writing is what failed.
            raise save_error(self.path, exc) from exc
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            # force: this object takes the lock once, so one release frees it.
            self._lock.release(force=True)

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
