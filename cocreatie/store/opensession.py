"""A session opened by the repository: the record plus the right to write it."""

from __future__ import annotations

import threading
from pathlib import Path
from types import TracebackType
from typing import Self

from cocreatie.models import Session
from cocreatie.store.errors import (
    DamagedSessionError,
    InvalidRecordError,
    ReadOnlySessionError,
    SessionClosedError,
)
from cocreatie.store.lock import SessionLock
from cocreatie.store.records import Record, dump_session, validate_record
from cocreatie.store.sessionfile import SessionFile


class OpenSession:
    """Holds the session's lock (unless read-only) until ``close()``.

    ``session`` is the last version that is durably on disk (or, read-only,
    the version that was read). ``notice`` is set when the file was damaged
    and a backup was restored; ``migrated`` when an older record was upgraded.
    ``save`` and ``save_snapshot`` are safe to call from the autosave thread.
    Saves from two threads are serialised but not ordered (the older
    snapshot could land last), so a screen saves through one path: the
    ``AutoSaver``, or ``AutoSaver.flush()`` before a direct ``save``.
    """

    def __init__(
        self,
        session: Session,
        path: Path,
        *,
        file: SessionFile | None,
        lock: SessionLock | None,
        notice: DamagedSessionError | None = None,
        migrated: bool = False,
    ) -> None:
        self.session = session
        self.id = session.id
        self.path = path
        self.notice = notice
        self.migrated = migrated
        self._file = file
        self._lock = lock
        self._write_lock = threading.Lock()
        self._closed = False

    @property
    def read_only(self) -> bool:
        return self._file is None

    def save(self, session: Session) -> None:
        """Durably store ``session`` (validated first: an invalid record on
        disk would read as damaged next time)."""
        self._store(dump_session(session))

    def save_snapshot(self, snapshot: Record) -> Session:
        """Validate and durably store a snapshot of the session.

        ``snapshot`` is ``Session.model_dump(mode="json")``, taken by the
        caller (the one copy of the record on its way to disk) and not
        changed afterwards. It is validated once, then stored as it is: no
        second dump. Returns the validated session. Raises
        ``InvalidRecordError`` (nothing written), ``SaveError``/
        ``DiskFullError`` (the file keeps the previous version; a later
        save writes everything).
        """
        session = validate_record(snapshot)
        self._store(snapshot, session)
        return session

    def close(self) -> None:
        with self._write_lock:
            if self._closed:
                return
            self._closed = True
            if self._file is not None:
                self._file.close()
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _store(self, record: Record, session: Session | None = None) -> None:
        if self._file is None:
            raise ReadOnlySessionError(self.id)
        if session is None:
            session = validate_record(record)
        if session.id != self.id:
            raise InvalidRecordError([f"id: {session.id} is not the open session {self.id}"])
        with self._write_lock:
            if self._closed:
                raise SessionClosedError(self.id)
            self._file.save(record)
            self.session = session
