"""Step "Afsluiting": report-card grades, remarks, next meeting, open points, export.

Grades go in as fast as people call them out: "7 8 6" and Enter adds three.
Anything that is not a whole number from 1 to 10 is refused with a message
and nothing of that line is added. Exports run in a thread; the line under
the buttons says where the file went.
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Static, TextArea

from cocreatie.analysis import session_warnings
from cocreatie.export.formats import menu_formats
from cocreatie.i18n import t, tn
from cocreatie.models import Closing, NextMeeting, Session
from cocreatie.models.errors import describe
from cocreatie.privacy.freetext import contact_problems, redacted
from cocreatie.screens.steps.base import StepView
from cocreatie.screens.steps.requests import ExportFinished, ExportRequested
from cocreatie.widgets.date_input import DateError, DateInput, parse_date
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.warning_list import warning_text


class GradeTextError(ValueError):
    """``str()`` is ready to show."""


def parse_grades(text: str) -> list[int]:
    """ "7 8,6" -> [7, 8, 6]; a token that is not a whole number is refused.

    The range (1..10) is the model's rule; it names the field when refused.
    """
    tokens = text.replace(",", " ").replace(";", " ").split()
    grades = []
    for token in tokens:
        try:
            grades.append(int(token))
        except ValueError:
            shown = token if len(token) <= 12 else token[:11] + "…"
            raise GradeTextError(t("ui.closing.grade_not_number", input=shown)) from None
    return grades


def grades_summary(closing: Closing) -> str:
    if not closing.grades:
        return t("ui.closing.no_grades")
    average = f"{closing.average_grade:.1f}".replace(".", ",")
    listed = " · ".join(str(g) for g in closing.grades)
    return tn("ui.closing.grades", len(closing.grades), grades=listed, average=average)


class ClosingView(StepView):
    DEFAULT_CSS = """
    ClosingView #closing-grades-line { height: auto; padding: 0 0; }
    ClosingView #closing-warnings { height: auto; }
    ClosingView #closing-export-result { height: auto; color: $text-success; }
    /* A grid, not a row: five formats do not fit beside each other at 80 columns. */
    ClosingView #closing-export-buttons { grid-size: 3; grid-rows: 1; grid-gutter: 1 1; }
    ClosingView #closing-export-buttons Button { width: 100%; margin-right: 0; }
    """

    BINDINGS = [
        Binding(
            "ctrl+z", "undo_grade", "ui.closing.key.undo_grade", id="closing.undo_grade", show=False
        ),
    ]

    def compose(self) -> ComposeResult:
        closing = self.session.closing
        meeting = closing.next_meeting
        with VerticalScroll(classes="step-form closing-form"):
            with Horizontal(classes="prep-row"):
                yield Label(t("ui.closing.grade_label"), classes="prep-label")
                yield Input(
                    placeholder=t("ui.closing.grade_placeholder"),
                    id="closing-grade",
                    compact=True,
                    max_length=10_000,
                )
            yield ProblemLine(id="closing-grade-error")
            yield Static(grades_summary(closing), id="closing-grades-line", markup=False)
            yield Label(t("ui.closing.remarks"), classes="prep-label")
            yield TextArea(closing.remarks, id="closing-remarks", soft_wrap=True)
            yield ProblemLine(id="closing-remarks-error")
            with Horizontal(classes="prep-row"):
                yield Label(t("ui.closing.next_date"), classes="prep-label")
                yield DateInput(meeting.date, id="closing-next-date")
            with Horizontal(classes="prep-row"):
                yield Label(t("ui.closing.next_time"), classes="prep-label")
                yield Input(meeting.time, id="closing-next-time", compact=True, max_length=10_000)
            with Horizontal(classes="prep-row"):
                yield Label(t("ui.closing.next_place"), classes="prep-label")
                yield Input(meeting.place, id="closing-next-place", compact=True, max_length=10_000)
            yield ProblemLine(id="closing-next-error")
            yield Label(t("ui.closing.warnings_label"), classes="prep-label")
            yield Static("", id="closing-warnings", markup=False)
            yield Label(t("ui.closing.export_label"), classes="prep-label")
            with Grid(classes="buttons", id="closing-export-buttons"):
                for fmt in menu_formats():
                    yield Button(t(fmt.label_key), id=f"export-{fmt.name}", compact=True)
            yield Static("", id="closing-export-result", markup=False)

    def on_mount(self) -> None:
        if self.context.read_only:
            for widget in self.query("Input, TextArea"):
                widget.disabled = True
        self.refresh_view()

    # -- drawing ---------------------------------------------------------------------

    def refresh_view(self) -> None:
        closing = self.session.closing
        self.query_one("#closing-grades-line", Static).update(grades_summary(closing))
        self.query_one("#closing-warnings", Static).update(self._warnings_text())
        remarks = self.query_one("#closing-remarks", TextArea)
        if not remarks.has_focus and remarks.text.strip() != closing.remarks:
            with remarks.prevent(TextArea.Changed):
                remarks.text = closing.remarks

    def _warnings_text(self) -> str:
        warnings = session_warnings(self.session, self.context.template)
        if not warnings:
            return "✓ " + t("ui.closing.no_warnings")
        titles = {s.type: s.title for s in self.context.template.steps}
        by_step: dict[str, list[str]] = defaultdict(list)
        for warning in warnings:
            by_step[titles.get(warning.step, warning.step.value)].append(warning_text(warning))
        lines = [tn("ui.closing.warning_count", len(warnings))]
        for title, texts in by_step.items():
            lines.append(f"{title}:")
            lines += [f"  ! {text}" for text in texts]
        return "\n".join(lines)

    def presentation_lines(self) -> list[str]:
        closing = self.session.closing
        lines = [grades_summary(closing)]
        meeting = closing.next_meeting
        if meeting.date or meeting.place:
            when = meeting.date.strftime("%d-%m-%Y") if meeting.date else ""
            lines.append(
                t("ui.closing.show_next", date=when, time=meeting.time, place=meeting.place)
            )
        if closing.remarks:
            lines.append(closing.remarks)
        return lines

    # -- grades ------------------------------------------------------------------------

    @on(Input.Submitted, "#closing-grade")
    def _grades_entered(self, event: Input.Submitted) -> None:
        event.stop()
        error = self.query_one("#closing-grade-error", ProblemLine)
        try:
            new = parse_grades(event.value)
        except GradeTextError as exc:
            error.show([str(exc)])
            return
        if not new:
            error.show([t("ui.closing.grade_empty")])
            return
        closing = self.session.closing
        try:
            updated = Closing.model_validate(
                {**closing.model_dump(), "grades": [*closing.grades, *new]}
            )
        except ValidationError as exc:
            error.show(describe(exc))
            return
        error.clear()
        if self.mutate(lambda s: _set_closing(s, updated)) is not None:
            event.input.value = ""

    def action_undo_grade(self) -> None:
        closing = self.session.closing
        if closing.grades:
            updated = Closing.model_validate(
                {**closing.model_dump(), "grades": closing.grades[:-1]}
            )
            self.mutate(lambda s: _set_closing(s, updated))

    # -- remarks and next meeting --------------------------------------------------------

    @on(TextArea.Changed, "#closing-remarks")
    def _remarks_typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._update_closing({"remarks": event.text_area.text.strip()}, "#closing-remarks-error")

    @on(Input.Changed, "#closing-next-time, #closing-next-place")
    def _meeting_typed(self, event: Input.Changed) -> None:
        event.stop()
        field = "time" if event.input.id == "closing-next-time" else "place"
        self._update_meeting({field: event.value.strip()})

    @on(Input.Submitted, "#closing-next-date, #closing-next-time, #closing-next-place")
    def _meeting_entered(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "closing-next-date":
            self._commit_date(event.value)
        self.screen.focus_next()

    @on(Input.Blurred, "#closing-next-date")
    def _date_left(self, event: Input.Blurred) -> None:
        self._commit_date(event.input.value)

    @on(Input.Changed, "#closing-next-date")
    def _date_typed(self, event: Input.Changed) -> None:
        event.stop()
        text = event.value.strip()
        if not text or len(text) == 10:
            self._commit_date(text)

    def _commit_date(self, text: str) -> None:
        try:
            value = parse_date(text, t("ui.closing.next_date"))
        except DateError as exc:
            self.query_one("#closing-next-error", ProblemLine).show([str(exc)])
            return
        self._update_meeting({"date": value})

    def _update_meeting(self, changes: dict[str, object]) -> None:
        meeting = self.session.closing.next_meeting
        try:
            new_meeting = NextMeeting.model_validate({**meeting.model_dump(), **changes})
        except ValidationError as exc:
            self.query_one("#closing-next-error", ProblemLine).show(describe(exc))
            return
        self._update_closing({"next_meeting": new_meeting.model_dump()}, "#closing-next-error")

    def _update_closing(self, changes: dict[str, object], error_id: str) -> None:
        if self.context.read_only:
            return
        error = self.query_one(error_id, ProblemLine)
        closing = self.session.closing
        # A phone number or e-mail address is not kept as typed: the line says
        # why, and the record gets the text with a mark in its place.
        problems = contact_problems(changes)
        if problems:
            changes = redacted(changes)
        try:
            updated = Closing.model_validate({**closing.model_dump(), **changes})
        except ValidationError as exc:
            error.show(describe(exc))
            return
        if error.messages != problems:
            error.show(problems)
        if updated != closing:
            self.mutate(lambda s: _set_closing(s, updated))

    # -- export ------------------------------------------------------------------------

    @on(Button.Pressed)
    def _export_pressed(self, event: Button.Pressed) -> None:
        if event.button.id and event.button.id.startswith("export-"):
            event.stop()
            fmt = event.button.id.removeprefix("export-")
            self.query_one("#closing-export-result", Static).update(
                t("ui.export.started", fmt=fmt.upper())
            )
            self.post_message(ExportRequested(fmt, reply_to=self))

    @on(ExportFinished)
    def _export_finished(self, event: ExportFinished) -> None:
        event.stop()
        result = self.query_one("#closing-export-result", Static)
        if event.path is not None:
            result.update("✓ " + t("ui.export.done", fmt=event.fmt.upper(), path=event.path))
        else:
            result.update("! " + (event.error or ""))


def _set_closing(session: Session, closing: Closing) -> Closing:
    session.closing = closing
    return closing


VIEW = ClosingView
