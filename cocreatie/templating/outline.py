"""The steps of a template as the first screen shows them, read without validating.

Validating a template needs pydantic (a good tenth of a second to import,
before any model is built). The session screen's first paint only needs the
step titles and the current step's prompt, questions and timebox, so
start-up reads those straight from the TOML file; the validated
``SessionTemplate`` replaces them moments later. Anything unexpected gives
``None``, and the caller shows a plain "opening" screen instead.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cocreatie.models.chars import is_plain
from cocreatie.templating.folders import own_folder, shipped_folder

# Shared with the model (``Step``), so the outline and the template agree.
DEFAULT_TIMEBOX_MINUTES = 10


def default_step_id(step_type: str) -> str:
    return step_type.replace("_", "-")


@dataclass(frozen=True)
class StepOutline:
    id: str
    title: str
    prompt: str
    questions: tuple[str, ...]
    timebox_minutes: int


def outline_steps(template_id: str, data_dir: Path | None) -> tuple[StepOutline, ...] | None:
    """The steps of template ``template_id`` (the data folder's copy wins)."""
    folders = [shipped_folder()]
    if data_dir is not None:
        folders.insert(0, own_folder(data_dir))
    for folder in folders:
        data = _find(folder, template_id)
        if data is not None:
            return _steps(data.get("steps"))
    return None


def _find(folder: Path, template_id: str) -> dict[str, Any] | None:
    if not folder.is_dir():
        return None
    # Files are usually named after their id: try that one first.
    entries = sorted(
        (e for e in folder.iterdir() if e.name.endswith(".toml") and not e.name.startswith(".")),
        key=lambda e: (e.name != f"{template_id}.toml", e.name),
    )
    for entry in entries:
        try:
            data = tomllib.loads(entry.read_bytes().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError):
            # Unreadable, not UTF-8, not TOML, absurd: the loader reports
            # broken files; here they just do not match.
            continue
        if data.get("id") == template_id:
            return data
    return None


def _steps(raw: object) -> tuple[StepOutline, ...] | None:
    if not isinstance(raw, list) or not raw:
        return None
    steps = [_step(item) for item in raw]
    return None if any(s is None for s in steps) else tuple(s for s in steps if s is not None)


def _step(item: object) -> StepOutline | None:
    if not isinstance(item, dict):
        return None
    step_type, title, prompt = item.get("type"), item.get("title"), item.get("prompt")
    step_id = item.get("id") or (default_step_id(step_type) if isinstance(step_type, str) else "")
    timebox = item.get("timebox_minutes", DEFAULT_TIMEBOX_MINUTES)
    questions = item.get("questions", [])
    texts = (step_type, title, prompt, step_id)
    if not all(isinstance(v, str) and v for v in texts):
        return None
    if not all(isinstance(v, str) and is_plain(v) for v in (title, prompt, step_id)):
        return None  # an escape sequence must not reach the first paint
    if not isinstance(timebox, int) or isinstance(timebox, bool):
        return None
    if not isinstance(questions, list) or not all(
        isinstance(q, str) and is_plain(q) for q in questions
    ):
        return None
    return StepOutline(str(step_id), str(title), str(prompt), tuple(questions), timebox)
