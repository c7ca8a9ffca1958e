"""One line per session for the start screen and ``cocreatie list``.

Listing never fails because of one bad file: a file that cannot be read or
validated becomes a summary flagged ``damaged``, with whatever title could
still be read, so the facilitator sees it and can act.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreatie.models.chars import strip_unsafe
from cocreatie.store.errors import (
    CorruptFileError,
    InvalidRecordError,
    LoadError,
    NewerSchemaError,
)
from cocreatie.store.paths import DataLayout
from cocreatie.store.records import load_record
from cocreatie.store.sessionfile import read_record


@dataclass(frozen=True)
class SessionSummary:
    id: str
    path: Path
    title: str
    neighbourhood: str
    date: dt.date | None
    step: int  # progress.current_step
    last_saved: dt.datetime  # the file's modification time, UTC
    damaged: bool = False
    newer_schema: bool = False
    # Why the session cannot be opened as is: CorruptFileError.reason, the
    # validation messages joined, or the version numbers.
    problem: str | None = None
    # Privacy: the home screen lists sessions past retention
    # (cocreatie.privacy.retention.expired_sessions reads these two).
    retention_until: dt.date | None = None
    purged: bool = False
    # Which template's steps ``step`` counts in ("" when unreadable).
    template_id: str = ""


def summarise(layout: DataLayout, session_id: str) -> SessionSummary | None:
    """Summary of one session file; ``None`` if the file vanished meanwhile."""
    path = layout.session_file(session_id)
    try:
        mtime = os.stat(path).st_mtime
    except FileNotFoundError:
        return None
    saved = dt.datetime.fromtimestamp(mtime, dt.UTC)
    raw: dict[str, Any] = {}
    try:
        record = read_record(path)
        if record is None:
            return None
        raw = record
        session, _, _ = load_record(record, session_id)
    except (CorruptFileError, LoadError) as exc:
        reason = exc.reason if isinstance(exc, CorruptFileError) else str(exc)
        return _fallback(session_id, path, saved, raw, damaged=True, problem=reason)
    except InvalidRecordError as exc:
        problem = "invalid-record: " + "; ".join(exc.errors)
        return _fallback(session_id, path, saved, raw, damaged=True, problem=problem)
    except NewerSchemaError as exc:
        problem = f"newer-schema: {exc.found} > {exc.supported}"
        return _fallback(session_id, path, saved, raw, newer_schema=True, problem=problem)
    except MemoryError:
        # Far too big for this computer: flagged (not moved: a smaller file
        # may be fine elsewhere), so the other sessions still list.
        problem = "too-large: not enough memory to read the file"
        return _fallback(session_id, path, saved, {}, damaged=True, problem=problem)
    return SessionSummary(
        id=session_id,
        path=path,
        title=session.meta.title,
        neighbourhood=session.meta.neighbourhood,
        date=session.meta.date,
        step=session.progress.current_step,
        last_saved=saved,
        retention_until=session.privacy.retention_until,
        purged=session.privacy.purged,
        template_id=session.meta.template_id,
    )


def list_summaries(layout: DataLayout) -> list[SessionSummary]:
    """All sessions in the folder, most recently saved first."""
    found = (summarise(layout, session_id) for session_id in layout.session_ids())
    return sorted((s for s in found if s), key=lambda s: s.last_saved, reverse=True)


def _fallback(
    session_id: str,
    path: Path,
    saved: dt.datetime,
    raw: dict[str, Any],
    *,
    damaged: bool = False,
    newer_schema: bool = False,
    problem: str,
) -> SessionSummary:
    # Best effort from the unvalidated record: a title helps the facilitator
    # recognise which session this is.
    meta = _mapping(raw.get("meta"))
    progress = _mapping(raw.get("progress"))
    return SessionSummary(
        id=session_id,
        path=path,
        title=_text(meta.get("title")),
        neighbourhood=_text(meta.get("neighbourhood")),
        date=_date(meta.get("date")),
        step=step if isinstance(step := progress.get("current_step"), int) else 0,
        last_saved=saved,
        damaged=damaged,
        newer_schema=newer_schema,
        problem=problem,
    )


def _text(value: object) -> str:
    # Never validated: whatever it holds must not reach a screen as is.
    return strip_unsafe(value) if isinstance(value, str) else ""


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
