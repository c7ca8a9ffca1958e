"""Durable storage of sessions: one TinyDB file per session, never a lost word.

Screens and the CLI use ``SessionRepository`` and ``AutoSaver``; the other
names are for exports (``atomic_write_bytes``), start-up (``resolve_data_dir``)
and for turning errors into messages. No Textual here.
"""

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
from cocreatie.store.migrate import migrate
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
