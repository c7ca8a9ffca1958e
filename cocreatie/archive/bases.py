"""Which archive version a local session derives from.

    <data_dir>/.archive/<session id>.json   {"<archive id>": <version>, ...}

Publishing sends this version as the new version's parent; when the archive
has moved on since, the two laptops edited in parallel and the archive
records a conflict. Kept beside the session rather than in the record, so
the record's schema stays as it is. The JSON export carries these versions
and ``import`` writes them back (``travel``), so a session moved to another
laptop keeps its parent. A copy without them (a data folder copied without
``.archive``) has no known parent: its first publish, if the archive holds
the session with other content, is recorded as a conflict, so nothing is
overwritten unseen.
"""

from __future__ import annotations

import json
from pathlib import Path

from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.paths import ensure_private_dir

FOLDER = ".archive"


def path_of(data_dir: Path, session_id: str) -> Path:
    return Path(data_dir) / FOLDER / f"{session_id}.json"


def base_version(data_dir: Path, session_id: str, archive_id: str) -> int | None:
    """The version of ``archive_id`` the session was last published as or
    found equal to; ``None`` when unknown (never published from here, or an
    unreadable file: then the archive treats it as a possible conflict)."""
    value = _read(path_of(data_dir, session_id)).get(archive_id)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def known_versions(data_dir: Path, session_id: str) -> dict[str, int]:
    """Every archive's version the session derives from (readable entries only)."""
    found = _read(path_of(data_dir, session_id))
    return {
        key: value
        for key, value in found.items()
        if isinstance(value, int) and not isinstance(value, bool)
    }


def remember(data_dir: Path, session_id: str, archive_id: str, version: int) -> None:
    path = path_of(data_dir, session_id)
    known: dict[str, object] = _read(path)
    known[archive_id] = version
    _write(path, known)


def replace_all(data_dir: Path, session_id: str, versions: dict[str, int]) -> None:
    """Exactly ``versions`` (none: the file goes)."""
    path = path_of(data_dir, session_id)
    if versions:
        _write(path, dict(versions))
    else:
        path.unlink(missing_ok=True)


def _write(path: Path, known: dict[str, object]) -> None:
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, (json.dumps(known, indent=1, sort_keys=True) + "\n").encode())


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
