"""Deleted sessions wait in ``.trash/`` until restored or erased.

Callers hold the session's lock around every function here that moves or
removes files, so no writer is active on the session meanwhile.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from cocreatie.store.atomic import fsync_dir, remove_stale_temps
from cocreatie.store.drafts import remove_drafts
from cocreatie.store.paths import (
    DataLayout,
    ensure_private_dir,
    split_stamped_name,
    stamped_name,
    unique_path,
)


@dataclass(frozen=True)
class TrashedSession:
    session_id: str
    path: Path
    deleted_at: dt.datetime


def list_stamped(folder: Path) -> list[TrashedSession]:
    """Files named ``<id>-<ts>.json`` in ``folder``, newest first."""
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    found = []
    for name in names:
        parsed = split_stamped_name(name)
        if parsed is not None:
            found.append(TrashedSession(parsed[0], folder / name, parsed[1]))
    return sorted(found, key=lambda t: (t.deleted_at, t.path.name), reverse=True)


def move_to_trash(layout: DataLayout, session_id: str) -> Path:
    source = layout.session_file(session_id)
    folder = ensure_private_dir(layout.trash_dir)
    target = unique_path(folder / stamped_name(session_id))
    os.replace(source, target)
    fsync_dir(folder)
    fsync_dir(source.parent)
    remove_stale_temps(source)
    # A form half typed in a deleted session is not worth keeping: restoring
    # the session must not bring back a stale form with personal data.
    remove_drafts(layout, session_id)
    return target


def move_from_trash(layout: DataLayout, entry: TrashedSession) -> Path:
    target = layout.session_file(entry.session_id)
    os.replace(entry.path, target)
    fsync_dir(target.parent)
    fsync_dir(entry.path.parent)
    return target


def erase_files(layout: DataLayout, session_id: str) -> None:
    """Unlink every file holding this session's data: live, temp, trash,
    damaged, drafts.

    Backups are removed separately (``BackupManager.purge``). Unlinking frees
    the data for the filesystem; it does not scrub the disk blocks, which
    only full-disk encryption can promise on SSDs and journalling filesystems.
    """
    live = layout.session_file(session_id)
    with contextlib.suppress(FileNotFoundError):
        live.unlink()
    remove_stale_temps(live)
    remove_drafts(layout, session_id)
    for folder in (layout.trash_dir, layout.damaged_dir):
        for entry in list_stamped(folder):
            if entry.session_id == session_id:
                with contextlib.suppress(FileNotFoundError):
                    entry.path.unlink()
        if folder.exists():
            fsync_dir(folder)
    fsync_dir(layout.root)
