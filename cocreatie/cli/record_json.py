"""Reading a JSON file for ``cocreatie import``.

The file is what ``cocreatie export --format json`` writes (the record
itself), or a session file copied from another data folder. Every problem
becomes a ``CliError`` naming the file; nothing here writes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cocreatie.cli.errors import CliError
from cocreatie.i18n import t
from cocreatie.store.jsonlimits import TOO_DEEP, JsonLimitError, loads_bounded

Record = dict[str, Any]


def read_json_file(path: Path) -> Record:
    """The JSON object in ``path``, or a ``CliError`` saying what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CliError(t("cli.import.missing", path=path)) from None
    except IsADirectoryError:
        raise CliError(t("cli.import.is_dir", path=path)) from None
    except OSError as exc:
        raise CliError(t("errors.os", path=path, reason=exc.strerror or str(exc))) from None
    if not raw.strip():
        raise CliError(t("cli.import.empty", path=path))
    try:
        data = loads_bounded(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CliError(t("cli.import.not_utf8", path=path)) from None
    except json.JSONDecodeError as exc:
        raise CliError(
            t("cli.import.not_json", path=path, line=exc.lineno, column=exc.colno)
        ) from None
    except JsonLimitError as exc:
        key = "cli.import.too_deep" if exc.code == TOO_DEEP else "cli.import.number_too_long"
        raise CliError(t(key, path=path)) from None
    if not isinstance(data, dict):
        raise CliError(t("cli.import.not_object", path=path))
    return _unwrap_session_file(data)


def _unwrap_session_file(data: Record) -> Record:
    # A session file copied from another data folder is a TinyDB database
    # holding the record; accept it as well as an export.
    table = data.get("session")
    if set(data) == {"session"} and isinstance(table, dict) and len(table) == 1:
        (record,) = table.values()
        if isinstance(record, dict):
            return record
    return data
