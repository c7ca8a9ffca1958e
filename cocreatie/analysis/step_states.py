"""Where each step of a session stands: not started, busy, done, done with warnings.

Pure functions of the record, the template and the analysis warnings, so the
step list only draws what this says. States carry a symbol and a word as well
as a colour class: meaning never rests on colour alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from cocreatie.i18n import t

# Types only: the step list also draws the opening screen, before pydantic
# (and with it the record, the template and the analysis) is imported.
if TYPE_CHECKING:
    from cocreatie.analysis import SessionWarning
    from cocreatie.models import Session
    from cocreatie.templating import SessionTemplate, Step


class StepState(StrEnum):
    NOT_STARTED = "not_started"
    BUSY = "busy"
    DONE = "done"
    DONE_WARNINGS = "done_warnings"

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]

    @property
    def label(self) -> str:
        return t(f"ui.step_state.{self.value}")


_SYMBOLS = {
    StepState.NOT_STARTED: "○",
    StepState.BUSY: "●",
    StepState.DONE: "✓",
    StepState.DONE_WARNINGS: "!",
}


@dataclass(frozen=True)
class StepStatus:
    index: int
    step: Step
    state: StepState
    warnings: int

    @property
    def summary(self) -> str:
        """The state in words, with the number of open warnings."""
        one = self.warnings == 1
        if self.state is StepState.DONE_WARNINGS:
            if one:
                return t("ui.step_state.done_warning")
            return t("ui.step_state.done_warnings_count", count=self.warnings)
        if self.warnings:
            key = "ui.step_state.with_warning" if one else "ui.step_state.with_warnings"
            return t(key, state=self.state.label, count=self.warnings)
        return self.state.label


def step_statuses(
    session: Session, template: SessionTemplate, warnings: list[SessionWarning]
) -> list[StepStatus]:
    per_type = Counter(w.step for w in warnings)
    visited = set(session.progress.visited)
    done = set(session.progress.done)
    out: list[StepStatus] = []
    for index, step in enumerate(template.steps):
        count = per_type.get(step.type, 0)
        if step.id in done:
            state = StepState.DONE_WARNINGS if count else StepState.DONE
        elif step.id in visited or index == session.progress.current_step:
            state = StepState.BUSY
        else:
            state = StepState.NOT_STARTED
        out.append(StepStatus(index, step, state, count))
    return out
