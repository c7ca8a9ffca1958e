"""One session file: a TinyDB database whose table ``session`` holds the record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from cocreatie.store.backups import BackupManager
from cocreatie.store.errors import CorruptFileError
from cocreatie.store.storage import DurableJSONStorage, Tables, read_tables

TABLE = "session"
DOC_ID = 1

Record = dict[str, Any]


def record_from_tables(path: Path, tables: Tables | None) -> Record | None:
    """The session record in a parsed file; ``None`` if there is no file.

    A file without exactly one record is damaged, not empty.
    """
    if tables is None:
        return None
    docs = tables.get(TABLE) or {}
    if len(docs) != 1:
        raise CorruptFileError(path, f"no-record: {len(docs)} session records instead of 1")
    ((doc_id, record),) = docs.items()
    if not doc_id.isdigit():
        raise CorruptFileError(path, f"bad-structure: document id {doc_id!r}")
    return dict(record)


def read_record(path: Path) -> Record | None:
    """Read the record from ``path`` without opening it for writing."""
    return record_from_tables(path, read_tables(path))


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

        def replace(doc: dict[str, Any]) -> None:
            doc.clear()
            doc.update(record)

        if self._table.contains(doc_id=self._doc_id):
            self._table.update(replace, doc_ids=[self._doc_id])
        else:
            self._table.insert(Document(record, doc_id=self._doc_id))

    def close(self) -> None:
        self._db.close()
