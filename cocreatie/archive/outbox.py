"""Sessions waiting to be published, kept in the data folder until sent.

    <data_dir>/.outbox/<session id>.json

One file per session: publishing a session again while offline replaces the
waiting copy, since only its latest state is worth sending. Each file is
written like a session file (temporary file, fsync, rename, folder fsync;
0600 where the system has file modes), so a crash leaves the old entry or
the new one. An entry holds the record as it was published (pseudonymised
unless names were chosen) and the archive's address without its password.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreatie.models.clock import now
from cocreatie.store.atomic import atomic_write_bytes, fsync_dir
from cocreatie.store.paths import ensure_private_dir, is_valid_session_id

FOLDER = ".outbox"
SUFFIX = ".json"


@dataclass(frozen=True)
class Entry:
    session_id: str
    record: dict[str, Any]
    url: str | None  # never with a password (see urls.without_password)
    with_names: bool
    queued_at: str

    def to_json(self) -> bytes:
        data = {
            "session_id": self.session_id,
            "url": self.url,
            "with_names": self.with_names,
            "queued_at": self.queued_at,
            "record": self.record,
        }
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Unreadable:
    path: Path
    reason: str


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def count(data_dir: Path) -> int:
    """How many sessions wait (names only: cheap enough for the home screen)."""
    try:
        return sum(1 for name in os.listdir(folder(data_dir)) if _is_entry_name(name))
    except (FileNotFoundError, NotADirectoryError):
        return 0


def put(
    data_dir: Path, session_id: str, record: dict[str, Any], url: str | None, *, with_names: bool
) -> Path:
    """Queue ``record`` for ``session_id``, replacing what waited for it."""
    entry = Entry(session_id, record, url, with_names, now().isoformat())
    target = ensure_private_dir(folder(data_dir)) / f"{session_id}{SUFFIX}"
    atomic_write_bytes(target, entry.to_json())
    return target


def remove(data_dir: Path, session_id: str) -> bool:
    path = folder(data_dir) / f"{session_id}{SUFFIX}"
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return True


def entries(data_dir: Path) -> tuple[list[Entry], list[Unreadable]]:
    """The waiting entries, oldest first, and the files that cannot be read
    (named, never deleted: they may be all that is left of a session)."""
    found: list[Entry] = []
    broken: list[Unreadable] = []
    try:
        names = sorted(n for n in os.listdir(folder(data_dir)) if _is_entry_name(n))
    except (FileNotFoundError, NotADirectoryError):
        return found, broken
    for name in names:
        path = folder(data_dir) / name
        try:
            found.append(_read(path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            broken.append(Unreadable(path, type(exc).__name__))
    found.sort(key=lambda e: (e.queued_at, e.session_id))
    return found, broken


def _read(path: Path) -> Entry:
    data = json.loads(path.read_bytes().decode("utf-8"))
    record = data["record"]
    session_id = str(data["session_id"])
    if not isinstance(record, dict) or record.get("id") != session_id:
        raise ValueError("record does not match its session id")
    url = data.get("url")
    return Entry(
        session_id=session_id,
        record=record,
        url=str(url) if url else None,
        with_names=bool(data.get("with_names", False)),
        queued_at=str(data.get("queued_at", "")),
    )


def _is_entry_name(name: str) -> bool:
    return name.endswith(SUFFIX) and is_valid_session_id(name.removesuffix(SUFFIX))
