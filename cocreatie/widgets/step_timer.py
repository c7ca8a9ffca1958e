"""The timebox of the current step: start, pause, reset, time left.

It counts on the monotonic clock and repaints once a second while running;
it never touches the record or the disk (a timer is not part of the plan).
Each step keeps its own elapsed time, so going back to a step resumes where
its timer stood. When time is up the widget changes colour AND says so with
a "!" marker, so it reads the same without colour.
"""

from __future__ import annotations

import time

from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static

from cocreatie.i18n import t


def clock_text(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class StepTimer(Static):
    DEFAULT_CSS = """
    StepTimer {
        width: auto;
        min-width: 12;
        text-align: right;
        color: $text-muted;
    }
    StepTimer.-running {
        color: $text-success;
        text-style: bold;
    }
    StepTimer.-overtime {
        color: $text-error;
        background: $error 20%;
        text-style: bold reverse;
    }
    """

    running: reactive[bool] = reactive(False)
    overtime: reactive[bool] = reactive(False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self._step_id = ""
        self._timebox = 0.0
        self._elapsed: dict[str, float] = {}
        self._started_at: float | None = None
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        self._ticker = self.set_interval(1.0, self._tick, pause=True)
        self._repaint()

    # -- public ---------------------------------------------------------------

    def show_step(self, step_id: str, timebox_minutes: int) -> None:
        """Switch to another step's timer (pausing the one that was running)."""
        self.pause()
        self._step_id = step_id
        self._timebox = timebox_minutes * 60.0
        self._repaint()

    def start(self) -> None:
        if self.running:
            return
        self._started_at = time.monotonic()
        self.running = True
        if self._ticker is not None:
            self._ticker.resume()
        self._repaint()

    def pause(self) -> None:
        if not self.running:
            return
        self._elapsed[self._step_id] = self.elapsed
        self._started_at = None
        self.running = False
        if self._ticker is not None:
            self._ticker.pause()
        self._repaint()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._elapsed[self._step_id] = 0.0
        if self.running:
            self._started_at = time.monotonic()
        self._repaint()

    @property
    def elapsed(self) -> float:
        before = self._elapsed.get(self._step_id, 0.0)
        if self._started_at is None:
            return before
        return before + time.monotonic() - self._started_at

    @property
    def remaining(self) -> float:
        return self._timebox - self.elapsed

    def text(self) -> str:
        state = t("ui.timer.running") if self.running else t("ui.timer.paused")
        if self._timebox <= 0:
            return t("ui.timer.no_box", state=state, elapsed=clock_text(self.elapsed))
        if self.remaining < 0:
            return t("ui.timer.over", state=state, over=clock_text(-self.remaining))
        return t(
            "ui.timer.left",
            state=state,
            left=clock_text(self.remaining),
            box=clock_text(self._timebox),
        )

    # -- internals ------------------------------------------------------------

    def _tick(self) -> None:
        self._repaint()

    def _repaint(self) -> None:
        self.overtime = self._timebox > 0 and self.remaining < 0
        self.set_class(self.overtime, "-overtime")
        self.set_class(self.running, "-running")
        self.update(self.text())
