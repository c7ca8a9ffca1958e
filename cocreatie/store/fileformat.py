"""The bytes of a session file: a TinyDB database whose table ``session``
holds the one record.

Reading needs no TinyDB and no pydantic, so start-up can glance at a record
(``cocreatie.store.peek``) before either is imported; ``storage`` and
``sessionfile`` build on these functions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cocreatie.store.errors import CorruptFileError, LoadError
from cocreatie.store.jsonlimits import JsonLimitError, loads_bounded

Tables = dict[str, dict[str, Any]]
Record = dict[str, Any]

TABLE = "session"
DOC_ID = 1


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


def decode_tables(path: Path, raw: bytes) -> Tables:
    """Parse a TinyDB file's bytes; ``CorruptFileError`` if they are not a database.

    ``reason`` is ``<code>: <detail>`` with code one of ``empty``,
    ``not-utf8``, ``truncated``, ``invalid-json``, ``too-deep``,
    ``number-too-long``, ``bad-structure``.
    """
    if not raw.strip():
        raise CorruptFileError(path, "empty: the file has no content")
    try:
        # utf-8-sig: an editor may add a byte-order mark to a hand-edited file.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorruptFileError(path, f"not-utf8: {exc}") from exc
    try:
        data = loads_bounded(text)
    except json.JSONDecodeError as exc:
        cut_off = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        code = "truncated" if cut_off else "invalid-json"
        raise CorruptFileError(path, f"{code}: {exc}") from exc
    except JsonLimitError as exc:
        raise CorruptFileError(path, str(exc)) from None
    if not isinstance(data, dict) or not all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    ):
        raise CorruptFileError(path, "bad-structure: not a TinyDB database")
    return data


def read_tables(path: Path) -> Tables | None:
    """Read and parse ``path``; ``None`` only when there is no file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise LoadError(path, exc.errno, exc.strerror) from exc
    return decode_tables(path, raw)
