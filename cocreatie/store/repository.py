"""The one object screens and the command line use to reach stored sessions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from cocreatie.models import Session
from cocreatie.models.clock import now
from cocreatie.models.ids import new_session_id
from cocreatie.store.atomic import remove_stale_temps
from cocreatie.store.backups import DEFAULT_INTERVAL_S, DEFAULT_KEEP, BackupManager
from cocreatie.store.errors import (
    CorruptFileError,
    DamagedSessionError,
    InvalidRecordError,
    SessionExistsError,
    SessionNotFoundError,
    save_error,
)
from cocreatie.store.lock import SessionLock
from cocreatie.store.opensession import OpenSession
from cocreatie.store.paths import DataLayout, ensure_data_dir, is_valid_session_id
from cocreatie.store.records import dump_session, load_record, validate_record
from cocreatie.store.recovery import move_aside, newest_good_backup
from cocreatie.store.sessionfile import SessionFile, read_record
from cocreatie.store.summaries import SessionSummary, list_summaries
from cocreatie.store.trash import (
    TrashedSession,
    erase_files,
    list_stamped,
    move_from_trash,
    move_to_trash,
)


class SessionRepository:
    """Sessions in one data folder, one TinyDB file each.

    Nothing touches the disk until a method is called; the folder is
    created (0o700) by the first method that writes.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        backup_interval: float = DEFAULT_INTERVAL_S,
        backup_keep: int = DEFAULT_KEEP,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.layout = DataLayout(self.data_dir)
        self.backups = BackupManager(
            self.layout.backups_dir, interval=backup_interval, keep=backup_keep
        )

    # -- finding ---------------------------------------------------------------

    def exists(self, session_id: str) -> bool:
        return self.layout.has_session(session_id)

    def list_summaries(self) -> list[SessionSummary]:
        return list_summaries(self.layout)

    def resolve(self, ref: str) -> str:
        """The id ``ref`` names: an exact id, or the start of exactly one id."""
        return self.layout.resolve(ref)

    # -- opening ---------------------------------------------------------------

    def open(self, ref: str, read_only: bool = False) -> OpenSession:
        """Open a session; for writing, this process then holds its lock.

        Raises SessionNotFoundError, AmbiguousSessionError, SessionLockedError,
        NewerSchemaError, LoadError, DamagedSessionError (damaged, nothing to
        restore; the file is in .damaged/). A damaged file with a good backup
        opens with ``notice`` set. Read-only opening changes nothing on disk
        and raises CorruptFileError/InvalidRecordError for a damaged file.
        """
        session_id = self.resolve(ref)
        if read_only:
            return self._open_read_only(session_id)
        lock = self._lock(session_id).acquire()
        try:
            return self._open_locked(session_id, lock)
        except BaseException:
            lock.release()
            raise

    def _open_read_only(self, session_id: str) -> OpenSession:
        path = self.layout.session_file(session_id)
        record = read_record(path)
        if record is None:
            raise SessionNotFoundError(session_id)
        session, _, migrated = load_record(record, session_id)
        return OpenSession(session, path, file=None, lock=None, migrated=migrated)

    def open_elsewhere(self, ref: str) -> bool | None:
        """Whether another process has the session open for writing now;
        ``None`` when that cannot be told (a read-only folder).

        Asked, not guessed from the lock file: a crash leaves a file nobody
        locks, and this removes it. For a screen that shows a session
        read-only and must say why.
        """
        return self._lock(self.resolve(ref)).held_elsewhere()

    def _open_locked(self, session_id: str, lock: SessionLock) -> OpenSession:
        path = self.layout.session_file(session_id)
        # Only the lock holder may do this: a live writer's temp file is safe.
        remove_stale_temps(path)
        file = SessionFile(path, session_id, self.backups)
        try:
            record = file.load()
            if record is None:
                raise SessionNotFoundError(session_id)
            session, current, migrated = load_record(record, session_id)
            if migrated:
                file.storage.backup_now()
                file.save(current)
        except (CorruptFileError, InvalidRecordError) as exc:
            file.close()
            return self._recover(session_id, lock, _reason(exc))
        except BaseException:
            file.close()
            raise
        return OpenSession(session, path, file=file, lock=lock, migrated=migrated)

    def _recover(self, session_id: str, lock: SessionLock, reason: str) -> OpenSession:
        path = self.layout.session_file(session_id)
        with _typed_os_errors(path):
            moved = move_aside(self.layout, session_id)
        good = newest_good_backup(self.backups, session_id)
        if good is None:
            raise DamagedSessionError(path, moved, reason, None)
        file = SessionFile(path, session_id, self.backups)
        try:
            file.save(good.record)
        except BaseException:
            file.close()
            raise
        notice = DamagedSessionError(path, moved, reason, good.path)
        return OpenSession(good.session, path, file=file, lock=lock, notice=notice)

    # -- creating --------------------------------------------------------------

    def create(self, session: Session) -> OpenSession:
        """Store a new session and return it open for writing.

        Raises InvalidRecordError, SessionExistsError (nothing written).
        """
        if not is_valid_session_id(session.id):
            raise InvalidRecordError([f"id: not a valid session id: {session.id!r}"])
        record = dump_session(session)
        # Re-validate: nested lists of a model can be changed unvalidated.
        checked = validate_record(record)
        with _typed_os_errors(self.data_dir):
            ensure_data_dir(self.data_dir)
        lock = self._lock(session.id).acquire()
        try:
            path = self.layout.session_file(session.id)
            if path.exists():
                raise SessionExistsError(session.id)
            file = SessionFile(path, session.id, self.backups)
            try:
                file.save(record)
            except BaseException:
                file.close()
                raise
        except BaseException:
            lock.release()
            raise
        return OpenSession(checked, path, file=file, lock=lock)

    def duplicate(self, ref: str, title_suffix: str) -> Session:
        """Copy a session under a new id; the caller words the title suffix."""
        with self.open(ref, read_only=True) as source:
            record = dump_session(source.session)
        new_id = new_session_id()
        while self.exists(new_id):
            new_id = new_session_id()
        moment = now().isoformat()
        record.update(id=new_id, created=moment, updated=moment)
        record["meta"]["title"] = f"{record['meta']['title']}{title_suffix}"
        copy = validate_record(record)
        self.create(copy).close()
        return copy

    # -- removing --------------------------------------------------------------

    def delete(self, ref: str) -> Path:
        """Move a session to the trash (recoverable); returns where it went."""
        session_id = self.resolve(ref)
        with self._lock(session_id), _typed_os_errors(self.layout.session_file(session_id)):
            return move_to_trash(self.layout, session_id)

    def list_trash(self) -> list[TrashedSession]:
        return list_stamped(self.layout.trash_dir)

    def restore_from_trash(self, ref: str | Path) -> str:
        """Put back the newest trashed copy of session ``ref`` (an id, or a
        trash entry's path); returns the id. Raises SessionExistsError if the
        session exists again meanwhile."""
        entry = self._trash_entry(ref)
        with self._lock(entry.session_id):
            if self.exists(entry.session_id):
                raise SessionExistsError(entry.session_id)
            with _typed_os_errors(entry.path):
                move_from_trash(self.layout, entry)
        return entry.session_id

    def erase(self, ref: str) -> None:
        """Remove every trace of a session: file, trash, damaged copies, backups.

        For the right to erasure; nothing can be restored afterwards. ``ref``
        may name a live session or, by exact id, one only in trash.
        """
        try:
            session_id = self.resolve(ref)
        except SessionNotFoundError:
            if not is_valid_session_id(ref):
                raise
            session_id = ref
        # Releasing the lock removes its file too (see store/lock.py).
        with self._lock(session_id), _typed_os_errors(self.layout.session_file(session_id)):
            erase_files(self.layout, session_id)
            self.backups.purge(session_id)

    def _trash_entry(self, ref: str | Path) -> TrashedSession:
        entries = self.list_trash()
        if isinstance(ref, Path):
            chosen = [e for e in entries if e.path == ref]
        else:
            chosen = [e for e in entries if e.session_id == ref]
        if not chosen:
            raise SessionNotFoundError(str(ref))
        return chosen[0]  # newest first

    def _lock(self, session_id: str) -> SessionLock:
        return SessionLock(self.layout.lock_file(session_id), session_id)


@contextlib.contextmanager
def _typed_os_errors(path: Path) -> Iterator[None]:
    """Moving and removing files fails like saving does: as a SaveError."""
    try:
        yield
    except OSError as exc:
        raise save_error(path, exc) from exc


def _reason(exc: CorruptFileError | InvalidRecordError) -> str:
    if isinstance(exc, CorruptFileError):
        return exc.reason
    return "invalid-record: " + "; ".join(exc.errors)
