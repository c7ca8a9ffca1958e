"""Replace a file so that a crash leaves either the old or the new bytes.

The new bytes go to a temporary file in the same folder (a rename is only
atomic within one filesystem), are fsynced, renamed over the target, and then
the folder is fsynced so the rename itself survives a power cut. Exports reuse
this for their output files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import time
from pathlib import Path

PRIVATE_FILE_MODE = 0o600

# Windows refuses to replace a file that a virus scanner, indexer or sync
# client holds open for a moment; a short retry rides that out. POSIX never
# takes these branches in practice.
_REPLACE_ATTEMPTS = 5
_REPLACE_BACKOFF_S = 0.02
_TRANSIENT_ERRNOS = frozenset({errno.EACCES, errno.EBUSY})

_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_TEMP_SUFFIX = ".tmp"


def temp_prefix(path: Path) -> str:
    """Name prefix of the temporary files for ``path`` (for cleanup after a crash)."""
    return f".{path.name}."


def atomic_write_bytes(path: Path, data: bytes, mode: int = PRIVATE_FILE_MODE) -> None:
    """Durably replace ``path`` with ``data``.

    On any failure the temporary file is removed and ``path`` keeps its old
    content; the OSError propagates for the caller to type.
    """
    temp = path.with_name(f"{temp_prefix(path)}{secrets.token_hex(6)}{_TEMP_SUFFIX}")
    fd = os.open(temp, _OPEN_FLAGS, PRIVATE_FILE_MODE)
    try:
        try:
            _set_mode(fd, mode)
            _write_all(fd, data)
            full_fsync(fd)
        finally:
            os.close(fd)
        _replace(temp, path)
    except BaseException:
        # BaseException too: a Ctrl-C mid-write must not leave a stray copy of
        # personal data next to the session.
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(path.parent)


def remove_stale_temps(path: Path) -> list[Path]:
    """Delete temporary files a killed writer left next to ``path``.

    Only call this while holding the session's write lock, or a live writer's
    temporary file could vanish under it.
    """
    removed: list[Path] = []
    prefix = temp_prefix(path)
    try:
        entries = list(os.scandir(path.parent))
    except FileNotFoundError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(_TEMP_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def full_fsync(fd: int) -> None:
    """fsync that reaches the platter: on macOS plain fsync stops at the
    drive's cache, and only F_FULLFSYNC survives a power cut."""
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
        except OSError:
            pass  # not supported by this filesystem (some network mounts)
    os.fsync(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames and new names in ``folder`` durable (no-op on Windows)."""
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync; NTFS journals renames
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some filesystems (certain network mounts) cannot fsync a directory;
        # the file itself is already fsynced, which is the best they offer.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _set_mode(fd: int, mode: int) -> None:
    # os.open's mode is filtered by the umask; fchmod makes it exact.
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            transient = isinstance(exc, PermissionError) or exc.errno in _TRANSIENT_ERRNOS
            if not transient or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_BACKOFF_S * (attempt + 1))
