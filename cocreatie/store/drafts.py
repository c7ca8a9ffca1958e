"""The drafts file of a session: ``.drafts/<id>.json`` in the data folder.

Written whole and atomically (``atomic_write_bytes``: a kill mid-write
leaves the old file or the new one). A file that cannot be read is moved
aside as ``<id>-<ts>.damaged`` in the same private folder, with a log line;
a draft is a convenience, so a damaged one never stops a session opening.
Every path that removes a session's personal data removes its drafts too.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from cocreatie.models.draft import Draft, DraftFile
from cocreatie.store.atomic import atomic_write_bytes, fsync_dir, remove_stale_temps
from cocreatie.store.jsonlimits import loads_bounded
from cocreatie.store.paths import DataLayout, checked_id, ensure_private_dir, unique_path, utc_stamp

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"
# A draft is a few forms of text; anything far larger is not ours.
MAX_DRAFT_FILE_BYTES = 4 * 1024 * 1024


def read_drafts(layout: DataLayout, session_id: str) -> list[Draft]:
    """The session's drafts; none when there is no file or it is damaged."""
    path = layout.draft_file(session_id)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.warning("drafts of %s unreadable: %s", session_id, exc.strerror)
        return []
    try:
        if len(raw) > MAX_DRAFT_FILE_BYTES:
            raise ValueError("too large")
        stored = DraftFile.model_validate(loads_bounded(raw.decode("utf-8")))
        if stored.session_id != session_id:
            raise ValueError("drafts of another session")
    except (ValueError, ValidationError) as exc:  # JSON, UTF-8, limits, schema
        moved = _move_aside(layout, session_id, path)
        log.warning("drafts of %s damaged (%s); moved to %s", session_id, type(exc).__name__, moved)
        return []
    return stored.drafts


def write_drafts(layout: DataLayout, session_id: str, drafts: Iterable[Draft]) -> None:
    """Replace the session's drafts file (remove it when there are none)."""
    kept = list(drafts)
    path = layout.draft_file(session_id)
    if not kept:
        _unlink(path)
        return
    ensure_private_dir(layout.drafts_dir)
    data = DraftFile(session_id=session_id, drafts=kept).model_dump_json(indent=1)
    atomic_write_bytes(path, data.encode("utf-8"))


def remove_drafts(layout: DataLayout, session_id: str) -> int:
    """Delete every draft file of the session (also damaged ones); how many."""
    folder = layout.drafts_dir
    removed = 0
    if _unlink(layout.draft_file(session_id)):
        removed += 1
    for path in _damaged_of(layout, session_id):
        if _unlink(path):
            removed += 1
    remove_stale_temps(layout.draft_file(session_id))
    if removed and folder.exists():
        fsync_dir(folder)
    return removed


def drop_drafts(layout: DataLayout, session_id: str, unwanted: Callable[[Draft], bool]) -> int:
    """Remove the drafts ``unwanted`` picks (and damaged files, which nobody
    can check); returns how many drafts went."""
    drafts = read_drafts(layout, session_id)
    kept = [d for d in drafts if not unwanted(d)]
    dropped = len(drafts) - len(kept)
    if dropped:
        write_drafts(layout, session_id, kept)
    for path in _damaged_of(layout, session_id):
        if _unlink(path):
            dropped += 1
    return dropped


def _damaged_of(layout: DataLayout, session_id: str) -> list[Path]:
    prefix = f"{checked_id(session_id)}-"
    try:
        names = os.listdir(layout.drafts_dir)
    except FileNotFoundError:
        return []
    return [
        layout.drafts_dir / n for n in names if n.startswith(prefix) and n.endswith(DAMAGED_SUFFIX)
    ]


def _move_aside(layout: DataLayout, session_id: str, path: Path) -> Path | None:
    target = unique_path(layout.drafts_dir / f"{session_id}-{utc_stamp()}{DAMAGED_SUFFIX}")
    try:
        os.replace(path, target)
        fsync_dir(layout.drafts_dir)
    except OSError as exc:
        log.warning("could not move damaged drafts of %s aside: %s", session_id, exc.strerror)
        return None
    return target


def _unlink(path: Path) -> bool:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
        return True
    return False
