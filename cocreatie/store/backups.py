"""Rolling backups of session files, made just before a file is replaced.

A backup is a hard link to the file about to be replaced: since every save
writes a new file and renames it into place, the old inode is never modified
again, so the link preserves the previous version at the cost of one
directory entry and no copying. Where links are not supported (some network
or FAT filesystems) the bytes are copied instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.paths import (
    SESSION_SUFFIX,
    checked_id,
    ensure_private_dir,
    unique_path,
    utc_stamp,
)

DEFAULT_INTERVAL_S = 30.0
DEFAULT_KEEP = 5


class BackupManager:
    """Backups for all sessions in one data folder.

    Timing is per session and per process: the first replacement of a
    session file in a process is always backed up, later ones at most once
    every ``interval`` seconds.
    """

    def __init__(
        self,
        root: Path,
        *,
        interval: float = DEFAULT_INTERVAL_S,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if keep < 1:
            raise ValueError("keep at least one backup")
        self.root = root
        self.interval = interval
        self.keep = keep
        self._clock = clock
        self._last_backup: dict[str, float] = {}

    def folder(self, session_id: str) -> Path:
        return self.root / checked_id(session_id)

    def before_replace(self, session_id: str, current: Path, *, force: bool = False) -> Path | None:
        """Back up ``current`` if one is due (or ``force``); return the backup made."""
        made = self.pending(session_id, current, force=force)
        self.confirm(session_id, made)
        return made

    def pending(self, session_id: str, current: Path, *, force: bool = False) -> Path | None:
        """Make the backup that is due before ``current`` is replaced, without
        letting it count yet: ``confirm`` it once the replacement is on disk,
        ``drop`` it if the replacement failed.

        A save that keeps failing (full disk) leaves the file as it was, and
        each retry must not rotate an older, different version out of the
        few that are kept: until confirmed, nothing is pruned.
        """
        last = self._last_backup.get(session_id)
        due = force or last is None or self._clock() - last >= self.interval
        return self.backup(session_id, current, prune=False) if due else None

    def confirm(self, session_id: str, made: Path | None) -> None:
        if made is not None:
            self._last_backup[session_id] = self._clock()
            self._prune(session_id)

    def drop(self, made: Path | None) -> None:
        """Remove an unconfirmed backup: the file it copies is still in place."""
        if made is not None:
            with contextlib.suppress(FileNotFoundError):
                made.unlink()

    def backup(self, session_id: str, current: Path, *, prune: bool = True) -> Path | None:
        """Back up ``current`` now; ``None`` if there is no file yet."""
        if not current.exists():
            return None
        folder = ensure_private_dir(self.folder(session_id))
        target = unique_path(folder / f"{utc_stamp()}{SESSION_SUFFIX}")
        try:
            os.link(current, target)
        except FileNotFoundError:
            return None
        except OSError:
            atomic_write_bytes(target, current.read_bytes())
        if prune:
            self._prune(session_id)
        return target

    def list_backups(self, session_id: str) -> list[Path]:
        """Backups of one session, newest first."""
        try:
            names = os.listdir(self.folder(session_id))
        except FileNotFoundError:
            return []
        # Stamped names sort by time; "_1" (same-microsecond twin) sorts after
        # its sibling, i.e. as newer, which is when it was made.
        chosen = sorted((n for n in names if n.endswith(SESSION_SUFFIX)), reverse=True)
        return [self.folder(session_id) / n for n in chosen]

    def purge(self, session_id: str) -> None:
        """Remove every backup of the session, and its folder."""
        folder = self.folder(session_id)
        if folder.exists():
            shutil.rmtree(folder)
        self._last_backup.pop(session_id, None)

    def _prune(self, session_id: str) -> None:
        for old in self.list_backups(session_id)[self.keep :]:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
