"""What to do with a session file that cannot be trusted.

The file is never deleted or overwritten: it is moved into ``.damaged/``
(the words in it may still be rescued by hand), and the newest backup that
both parses and validates takes its place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cocreatie.models import Session
from cocreatie.store.atomic import fsync_dir
from cocreatie.store.backups import BackupManager
from cocreatie.store.errors import (
    CorruptFileError,
    InvalidRecordError,
    LoadError,
    NewerSchemaError,
)
from cocreatie.store.paths import DataLayout, ensure_private_dir, stamped_name, unique_path
from cocreatie.store.records import Record, load_record
from cocreatie.store.sessionfile import read_record


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    session: Session
    record: Record  # at the current schema version


def move_aside(layout: DataLayout, session_id: str) -> Path:
    """Move the session file into ``.damaged/`` and return its new path."""
    source = layout.session_file(session_id)
    folder = ensure_private_dir(layout.damaged_dir)
    target = unique_path(folder / stamped_name(session_id))
    # Same filesystem (both inside the data folder), so this is a rename:
    # no copy that could fail halfway.
    os.replace(source, target)
    fsync_dir(folder)
    fsync_dir(source.parent)
    return target


def newest_good_backup(backups: BackupManager, session_id: str) -> GoodBackup | None:
    """The newest backup that parses, migrates and validates."""
    for candidate in backups.list_backups(session_id):
        try:
            record = read_record(candidate)
            if record is None:
                continue
            session, current, _ = load_record(record, session_id)
        except (CorruptFileError, InvalidRecordError, NewerSchemaError, LoadError):
            continue
        return GoodBackup(candidate, session, current)
    return None
