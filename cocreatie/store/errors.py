"""Typed failures of the store.

The store never words a message for people: each exception carries the data
(paths, ids, errno) and the UI or CLI turns it into a sentence in the user's
language. ``str()`` gives a short English line for logs only.

Every exception passes exactly its constructor arguments to
``Exception.__init__`` so it survives pickling (the CLI may run the store in
a worker process).
"""

from __future__ import annotations

import errno as errno_codes
import os
from collections.abc import Sequence
from pathlib import Path

# EDQUOT (quota exceeded) means the same thing to a facilitator as a full disk.
_FULL_DISK_ERRNOS = frozenset(
    code for code in (errno_codes.ENOSPC, getattr(errno_codes, "EDQUOT", None)) if code
)


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class SessionNotFoundError(StoreError):
    def __init__(self, ref: str) -> None:
        super().__init__(ref)
        self.ref = ref

    def __str__(self) -> str:
        return f"no session matches {self.ref!r}"


class AmbiguousSessionError(StoreError):
    def __init__(self, ref: str, candidates: Sequence[str]) -> None:
        super().__init__(ref, list(candidates))
        self.ref = ref
        self.candidates = list(candidates)

    def __str__(self) -> str:
        return f"{self.ref!r} matches several sessions: {', '.join(self.candidates)}"


class SessionExistsError(StoreError):
    """Raised instead of overwriting a session that already has this id."""

    def __init__(self, session_id: str) -> None:
        super().__init__(session_id)
        self.session_id = session_id

    def __str__(self) -> str:
        return f"session {self.session_id} already exists"


class SessionLockedError(StoreError):
    def __init__(self, session_id: str, path: Path) -> None:
        super().__init__(session_id, path)
        self.session_id = session_id
        self.path = path

    def __str__(self) -> str:
        return f"session {self.session_id} is open in another process ({self.path})"


class ReadOnlySessionError(StoreError):
    def __init__(self, session_id: str) -> None:
        super().__init__(session_id)
        self.session_id = session_id

    def __str__(self) -> str:
        return f"session {self.session_id} was opened read-only"


class SessionClosedError(StoreError):
    """A save after ``close()``: a programming error, but never a silent one."""

    def __init__(self, session_id: str) -> None:
        super().__init__(session_id)
        self.session_id = session_id

    def __str__(self) -> str:
        return f"session {self.session_id} is closed"


class CorruptFileError(StoreError):
    """A file exists but cannot be trusted (empty, cut off, not JSON, wrong shape).

    Raised where the damage is found; nothing has been moved yet.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class DamagedSessionError(StoreError):
    """A damaged session file was moved aside to ``moved_to``.

    When a good backup was put back, ``restored_from`` names it and the
    session opened (this object is then the open session's ``notice``);
    otherwise it is raised and the session could not be opened.
    """

    def __init__(self, path: Path, moved_to: Path, reason: str, restored_from: Path | None) -> None:
        super().__init__(path, moved_to, reason, restored_from)
        self.path = path
        self.moved_to = moved_to
        self.reason = reason
        self.restored_from = restored_from

    def __str__(self) -> str:
        outcome = f"restored {self.restored_from}" if self.restored_from else "no good backup"
        return f"{self.path} damaged ({self.reason}); moved to {self.moved_to}; {outcome}"


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(found, supported)
        self.found = found
        self.supported = supported

    def __str__(self) -> str:
        return f"record has schema version {self.found}; this program reads up to {self.supported}"


class InvalidRecordError(StoreError):
    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__(list(errors))
        self.errors = list(errors)

    def __str__(self) -> str:
        return "invalid record: " + "; ".join(self.errors)


class LoadError(StoreError):
    """The file could not be read at all (permissions, I/O error)."""

    def __init__(self, path: Path, errno: int | None, strerror: str | None) -> None:
        super().__init__(path, errno, strerror)
        self.path = path
        self.errno = errno
        self.strerror = strerror

    def __str__(self) -> str:
        return f"cannot read {self.path}: {self.strerror} (errno {self.errno})"


class SaveError(StoreError):
    def __init__(self, path: Path, errno: int | None, strerror: str | None) -> None:
        super().__init__(path, errno, strerror)
        self.path = path
        self.errno = errno
        self.strerror = strerror

    def __str__(self) -> str:
        return f"cannot save {self.path}: {self.strerror} (errno {self.errno})"


class DiskFullError(SaveError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, errno_codes.ENOSPC, os.strerror(errno_codes.ENOSPC))
        self.args = (path,)


def save_error(path: Path, exc: OSError) -> SaveError:
    """The typed error for an OSError met while writing ``path``."""
    if exc.errno in _FULL_DISK_ERRNOS:
        return DiskFullError(path)
    return SaveError(path, exc.errno, exc.strerror)
