"""What the room should know about the current step: title, prompt, questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.widgets.step_strip import StepStrip
from cocreatie.widgets.step_timer import StepTimer

if TYPE_CHECKING:
    from cocreatie.templating import Step
    from cocreatie.templating.outline import StepOutline


class StepBrief(Vertical):
    """Title row with the timer, then the prompt and the guiding questions."""

    # Unscoped: a rule starts from the screen's height class (".-short").
    SCOPED_CSS = False
    DEFAULT_CSS = """
    StepBrief {
        height: auto;
        padding: 0 1;
    }
    StepBrief #brief-top {
        height: auto;
    }
    StepBrief #brief-title {
        width: 1fr;
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        text-style: bold;
        color: $text-primary;
    }
    StepBrief #brief-prompt {
        height: auto;
        max-height: 7;
    }
    StepBrief #brief-questions {
        height: auto;
        max-height: 4;
        color: $text-muted;
        text-style: italic;
    }
    .-short StepBrief #brief-questions, StepBrief #brief-questions.-none {
        display: none;
    }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="brief-top"):
            yield Static("", id="brief-title", markup=False)
            yield StepStrip(id="step-strip")
            yield StepTimer(id="step-timer")
        yield Static("", id="brief-prompt", markup=False)
        yield Static("", id="brief-questions", markup=False)

    def show(self, step: Step | StepOutline, index: int, count: int, read_only: bool) -> None:
        # A StepOutline while the session is still opening (the opening screen).
        title = t("ui.session.step_title", n=index + 1, total=count, title=step.title)
        self.query_one("#brief-title", Static).tooltip = title
        if read_only:
            title = f"{title}  {t('ui.session.read_only_badge')}"
        self.query_one("#brief-title", Static).update(title)
        self.query_one("#brief-prompt", Static).update(" ".join(step.prompt.split()))
        questions = self.query_one("#brief-questions", Static)
        questions.update("\n".join(f"? {q}" for q in step.questions))
        # A class, not ``display``: the stylesheet hides questions on short screens.
        questions.set_class(not step.questions, "-none")
        self.query_one(StepTimer).show_step(step.id, step.timebox_minutes)
