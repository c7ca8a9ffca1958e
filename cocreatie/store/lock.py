"""One writer per session, across processes.

``filelock.FileLock`` uses ``flock`` on POSIX (and ``LockFileEx`` on
Windows): the operating system drops the lock when the holder dies, even by
``kill -9`` or a power cut, so a crashed session never stays locked. A
PID-file lock would need stale-lock guessing instead.

The lock file goes away when the session closes, so the data folder shows
``<id>.lock`` only while a session is really open. Removing a lock file is
only safe in a particular order, which differs per system:

* POSIX: a lock belongs to the file (inode), not to the name. Had we removed
  the name after unlocking, a second process that had just opened the old
  file could lock it while a third creates a new file under the name and
  locks that one: two writers. So the file is removed *while we still hold
  the lock*, and whoever locks a file checks afterwards that the name still
  leads to that very file; if not, the lock guards nothing and is retried on
  the file now at the name (``_still_at_path``).
* Windows: an open file cannot be deleted (Python opens without
  ``FILE_SHARE_DELETE``), so the file can only go after unlocking. That is
  safe there: if another process opened it meanwhile, the deletion fails
  and the file simply stays; if nobody did, the next process creates a new
  one. filelock itself removes it after release; we try once more.

The check needs the descriptor filelock holds, which filelock does not
expose: ``_descriptor`` is the one place that reads it, and
``tests/store/test_store_lock.py`` fails if a filelock release moves it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import Self

from filelock import FileLock, Timeout

from cocreatie.store.atomic import PRIVATE_FILE_MODE
from cocreatie.store.errors import SaveError, SessionLockedError, save_error

# A name can be swapped under us only by a holder closing at that instant;
# a few rounds settle it, more would mean something keeps churning the file.
_ATTEMPTS = 3
_REMOVE_WHILE_HELD = sys.platform != "win32"


class SessionLock:
    def __init__(self, path: Path, session_id: str) -> None:
        self.path = path
        self.session_id = session_id
        # thread_local=False: the autosave thread may be the one that closes
        # the session, and a thread-local lock could not be released there.
        self._lock = FileLock(path, timeout=0, mode=PRIVATE_FILE_MODE, thread_local=False)

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> Self:
        """Take the lock at once or raise ``SessionLockedError``; never waits.

        Raises ``SaveError`` if the lock file cannot be created.
        """
        if self._lock.is_locked:
            return self
        for _ in range(_ATTEMPTS):
            try:
                self._lock.acquire(timeout=0)
            except Timeout as exc:
                raise SessionLockedError(self.session_id, self.path) from exc
            except OSError as exc:
                # The lock file could not be created: a read-only stick, a full
                # disk. Typed like a failed save, since writing is what failed.
                raise save_error(self.path, exc) from exc
            if self._still_at_path():
                return self
            self._lock.release(force=True)
        raise SessionLockedError(self.session_id, self.path)

    def release(self) -> None:
        """Unlock and remove the lock file (see the module docstring for the order)."""
        if not self._lock.is_locked:
            return
        if _REMOVE_WHILE_HELD and self._still_at_path():
            with contextlib.suppress(OSError):
                self.path.unlink()
        # force: this object takes the lock once, so one release frees it.
        self._lock.release(force=True)
        if not _REMOVE_WHILE_HELD:
            with contextlib.suppress(OSError):
                self.path.unlink()

    def held_elsewhere(self) -> bool | None:
        """Whether another process holds this lock now; ``None`` if that
        cannot be told (the folder is read-only). Takes nothing for long: a
        free lock is taken and given back at once, removing a lock file a
        crashed process left behind."""
        if self._lock.is_locked:
            return False
        if not self.path.exists():
            return False  # a holder always has the file
        try:
            self.acquire()
        except SessionLockedError:
            return True
        except SaveError:
            return None
        self.release()
        return False

    def _still_at_path(self) -> bool:
        """Whether the locked file is the one the name leads to now."""
        fd = _descriptor(self._lock)
        if fd is None:
            return True  # cannot tell; filelock 4 makes the same check itself
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            return False

    def __enter__(self) -> Self:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _descriptor(lock: FileLock) -> int | None:
    """The descriptor filelock holds the lock through (not public API)."""
    fd = getattr(getattr(lock, "_context", None), "lock_file_fd", None)
    return fd if isinstance(fd, int) else None
