"""Durable storage of sessions: one TinyDB file per session, never a lost word.

Screens and the CLI use ``SessionRepository`` and ``AutoSaver``; the other
names are for exports (``atomic_write_bytes``), start-up (``resolve_data_dir``)
and for turning errors into messages. No Textual here.

The names load on first use (see ``cocreatie.lazy``): paths and errors are
needed at start-up, the repository (and with it pydantic) only later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

# Eager: the function shares its name with its module, and a lazy name would
# be shadowed by the submodule once anything imports ``cocreatie.store.migrate``.
from cocreatie.store.migrate import migrate

_ERRORS = (
    "AmbiguousSessionError",
    "CorruptFileError",
    "DamagedSessionError",
    "DiskFullError",
    "InvalidRecordError",
    "LoadError",
    "NewerSchemaError",
    "ReadOnlySessionError",
    "SaveError",
    "SessionClosedError",
    "SessionExistsError",
    "SessionLockedError",
    "SessionNotFoundError",
    "StoreError",
)

_WHERE = {
    "atomic_write_bytes": "atomic",
    "AutoSaver": "autosave",
    "BackupManager": "backups",
    **dict.fromkeys(_ERRORS, "errors"),
    "SessionLock": "lock",
    "OpenSession": "opensession",
    "DataLayout": "paths",
    "ensure_data_dir": "paths",
    "resolve_data_dir": "paths",
    "SessionRepository": "repository",
    "DurableJSONStorage": "storage",
    "SessionSummary": "summaries",
    "TrashedSession": "trash",
}

__getattr__ = lazy_exports(__name__, _WHERE)

if TYPE_CHECKING:
    from cocreatie.store.atomic import atomic_write_bytes
    from cocreatie.store.autosave import AutoSaver
    from cocreatie.store.backups import BackupManager
    from cocreatie.store.errors import (
        AmbiguousSessionError,
        CorruptFileError,
        DamagedSessionError,
        DiskFullError,
        InvalidRecordError,
        LoadError,
        NewerSchemaError,
        ReadOnlySessionError,
        SaveError,
        SessionClosedError,
        SessionExistsError,
        SessionLockedError,
        SessionNotFoundError,
        StoreError,
    )
    from cocreatie.store.lock import SessionLock
    from cocreatie.store.opensession import OpenSession
    from cocreatie.store.paths import DataLayout, ensure_data_dir, resolve_data_dir
    from cocreatie.store.repository import SessionRepository
    from cocreatie.store.storage import DurableJSONStorage
    from cocreatie.store.summaries import SessionSummary
    from cocreatie.store.trash import TrashedSession

__all__ = [
    "AmbiguousSessionError",
    "AutoSaver",
    "BackupManager",
    "CorruptFileError",
    "DamagedSessionError",
    "DataLayout",
    "DiskFullError",
    "DurableJSONStorage",
    "InvalidRecordError",
    "LoadError",
    "NewerSchemaError",
    "OpenSession",
    "ReadOnlySessionError",
    "SaveError",
    "SessionClosedError",
    "SessionExistsError",
    "SessionLock",
    "SessionLockedError",
    "SessionNotFoundError",
    "SessionRepository",
    "SessionSummary",
    "StoreError",
    "TrashedSession",
    "atomic_write_bytes",
    "ensure_data_dir",
    "migrate",
    "resolve_data_dir",
]
