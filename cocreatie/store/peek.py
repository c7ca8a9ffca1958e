"""A glance at a stored record, for the first screen, without validating it.

Opening a session properly (lock, migrate, validate) needs pydantic and the
model build, a good quarter of a second. The first screen only needs the
title, the template and the step reached, so start-up reads those straight
from the file and the validated record replaces them moments later. The
values are shown only if they have the expected types; anything else gives
``None`` and the caller shows a plain "opening" screen instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreatie.models.chars import is_plain
from cocreatie.store.fileformat import read_record


@dataclass(frozen=True)
class RecordGlance:
    title: str
    template_id: str
    current_step: int


def glance(path: Path) -> RecordGlance | None:
    """What the first screen may show of the record at ``path``.

    Raises ``CorruptFileError``/``LoadError`` like any read; ``None`` when
    there is no file or the record does not look as expected.
    """
    record = read_record(path)
    if record is None:
        return None
    meta = _table(record, "meta")
    progress = _table(record, "progress")
    title, template_id = meta.get("title"), meta.get("template_id")
    step = progress.get("current_step")
    if not (isinstance(title, str) and isinstance(template_id, str)):
        return None
    if not is_plain(title):
        return None  # unvalidated: an escape sequence must not reach the first paint
    if not isinstance(step, int) or isinstance(step, bool) or step < 0:
        return None
    return RecordGlance(title, template_id, step)


def _table(record: dict[str, Any], key: str) -> dict[str, Any]:
    value = record.get(key)
    return value if isinstance(value, dict) else {}
