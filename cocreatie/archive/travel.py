"""The archive versions a session derives from, carried in its JSON export.

A session moved to another laptop with ``export --format json`` and
``import`` used to leave ``.archive/<id>.json`` (``bases``) behind: its first
publish from the new laptop had no known parent and, once edited, showed as
a conflict with the very version it came from. The export now carries the
versions as a top-level ``archive_versions`` object (archive id to version
number: nothing about any person), and ``import`` writes them back.

Safe both ways: a copy that really was edited in parallel still derives
from an older version than the archive's newest, so the conflict is still
seen; what goes away is only the false one. The archive itself never stores
the key: it is not part of the session record (the published record stays
the record as ``export.record`` has it).
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from cocreatie.archive import bases
from cocreatie.export.record import dump_record

KEY = "archive_versions"


class BadVersionsError(ValueError):
    """The file's ``archive_versions`` is not what an export writes."""


def attach(record_json: bytes, data_dir: Path, session_id: str) -> bytes:
    """The JSON export with the session's archive versions added (as it was
    when there are none: a session never published from here)."""
    known = {
        archive_id: version
        for archive_id, version in bases.known_versions(data_dir, session_id).items()
        if _is_uuid(archive_id) and _is_version(version)
    }
    if not known:
        return record_json
    record = json.loads(record_json)
    record[KEY] = dict(sorted(known.items()))
    return dump_record(record).encode("utf-8")


def take(record: dict[str, Any]) -> dict[str, int]:
    """Remove ``archive_versions`` from an imported record and return it
    (empty when absent). Raises ``BadVersionsError`` for anything an export
    would not have written: the file was edited, and guessing a parent
    could hide a conflict."""
    value = record.pop(KEY, None)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadVersionsError(KEY)
    versions: dict[str, int] = {}
    for archive_id, version in value.items():
        if not _is_uuid(archive_id) or not _is_version(version):
            raise BadVersionsError(KEY)
        versions[archive_id] = version
    return versions


def restore(data_dir: Path, session_id: str, versions: dict[str, int]) -> None:
    """Make the imported session derive from ``versions``: exactly those, so
    a file left by an earlier session of the same id cannot lend it a
    parent it does not have. Raises ``OSError``."""
    bases.replace_all(data_dir, session_id, versions)


def _is_uuid(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _is_version(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
