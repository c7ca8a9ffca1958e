"""One session file: a TinyDB database whose table ``session`` holds the record."""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from cocreatie.store.backups import BackupManager
from cocreatie.store.fileformat import DOC_ID, TABLE, Record, read_record, record_from_tables
from cocreatie.store.storage import DurableJSONStorage

__all__ = ["DOC_ID", "TABLE", "Record", "SessionFile", "read_record", "record_from_tables"]


class SessionFile:
    """The open TinyDB database of one session, for the lock holder only."""

    def __init__(self, path: Path, session_id: str, backups: BackupManager | None) -> None:
        self.path = path
        self._db = TinyDB(path, storage=DurableJSONStorage, backups=backups, session_id=session_id)
        # TinyDB's query cache would keep a second copy of a big record.
        self._table = self._db.table(TABLE, cache_size=0)
        self._doc_id = DOC_ID

    @property
    def storage(self) -> DurableJSONStorage:
        storage = self._db.storage
        assert isinstance(storage, DurableJSONStorage)
        return storage

    def load(self) -> Record | None:
        """The stored record (parsed once, then from memory); ``None`` for a new file."""
        tables = self.storage.read()
        record = record_from_tables(self.path, tables)
        if record is not None and tables is not None:
            # A hand-edited file may use another document id; keep using it.
            self._doc_id = int(next(iter(tables[TABLE])))
        return record

    def save(self, record: Record) -> None:
        """Replace the stored record with ``record`` durably (one atomic write)."""

        def replace(doc: MutableMapping[Any, Any]) -> None:
            doc.clear()
            doc.update(record)

        if self._table.contains(doc_id=self._doc_id):
            self._table.update(replace, doc_ids=[self._doc_id])
        else:
            self._table.insert(Document(record, doc_id=self._doc_id))

    def close(self) -> None:
        self._db.close()
