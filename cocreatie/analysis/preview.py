"""What the first screen shows of a session before the session is open.

Started with a session (``cocreatie open``/``demo``), the app paints the
session screen's frame (title, step list, current step's prompt and timer)
from a quick, unvalidated read, while a worker opens the session properly.
Read before the app starts (no event loop yet) and in a few milliseconds:
file names, one JSON file and one TOML file, no pydantic. ``None`` whenever
something is unclear; the real opening then says what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cocreatie.store.errors import StoreError
from cocreatie.store.paths import DataLayout
from cocreatie.store.peek import glance
from cocreatie.templating.outline import StepOutline, outline_steps


@dataclass(frozen=True)
class SessionPreview:
    title: str
    steps: tuple[StepOutline, ...]
    current: int
    read_only: bool

    @property
    def step(self) -> StepOutline:
        return self.steps[self.current]


def read_preview(data_dir: Path, ref: str, read_only: bool = False) -> SessionPreview | None:
    layout = DataLayout(data_dir)
    try:
        seen = glance(layout.session_file(layout.resolve(ref)))
        steps = outline_steps(seen.template_id, data_dir) if seen is not None else None
    except (StoreError, OSError, ValueError):
        return None
    if seen is None or not steps:
        return None
    # As the session screen does: a step beyond the template shows the last.
    current = min(seen.current_step, len(steps) - 1)
    return SessionPreview(seen.title, steps, current, read_only)
