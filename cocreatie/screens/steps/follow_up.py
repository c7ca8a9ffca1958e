"""Step "Wat is er gebeurd?": the actions carried over from the earlier session.

The room walks through them one by one: "s" moves the status on (open →
bezig → klaar → vervallen, recorded in the action's history), "f" says
whether residents heard back, and Enter or "m" opens a line for what
residents noticed on the street. Late actions (open or busy past their
deadline) carry a warning sign, and in joint sessions both owners are shown.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from cocreatie.analysis.progress import (
    ActionProgress,
    ProgressSummary,
    feedback_text,
    progress_since,
)
from cocreatie.i18n import t
from cocreatie.models import Action, Actor
from cocreatie.models.clock import today
from cocreatie.screens.steps.actions import STATUS_CYCLE, status_text
from cocreatie.screens.steps.editing import EditingStepView
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.textual_private import translate_bindings

LATE = "⚠"


def next_feedback(value: bool | None) -> bool:
    """Unknown and "no" become "yes"; "yes" becomes "no" (a second press undoes)."""
    return value is not True


class FollowUpView(EditingStepView):
    DEFAULT_CSS = """
    FollowUpView #noticed-input {
        display: none;
    }
    FollowUpView.-editing #noticed-input {
        display: block;
    }
    """

    BINDINGS = [
        Binding("s", "status", "followup.key.status", id="steps.follow_up.status"),
        Binding("f", "feedback", "followup.key.feedback", id="steps.follow_up.feedback"),
        Binding("m", "noticed", "followup.key.noticed", id="steps.follow_up.noticed"),
        Binding("escape", "cancel", "followup.key.cancel", id="steps.follow_up.cancel"),
    ]
    EDIT_ACTIONS = frozenset({"status", "feedback", "noticed"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)
        self._editing: str | None = None  # the action whose "noticed" is being typed

    def compose(self) -> ComposeResult:
        yield Static("", id="follow-up-summary", classes="legend")
        yield RecordTable(id="carried")
        yield Static("", id="carried-detail", classes="detail")
        yield Input(
            placeholder=t("followup.view.noticed_placeholder"), id="noticed-input", compact=True
        )
        yield ProblemLine()

    # -- reading the record -------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#carried", RecordTable)

    @property
    def dual(self) -> bool:
        return self.context.template.dual_ownership or any(
            a.co_owner_actor_id for a in self.carried()
        )

    def carried(self) -> list[Action]:
        return [a for a in self.session.actions if a.carried_from]

    def selected(self) -> Action | None:
        action = self.session.find(Action, self.table.selected_key)
        return action if action is not None and action.carried_from else None

    def progress(self) -> ProgressSummary:
        # "Late" as of the evening itself; the earlier session is not read
        # here (no IO in a view): each action's history tells its old status.
        return progress_since(None, self.session, self.session.meta.date or today())

    def owners(self, action: Action) -> str:
        names = []
        for actor_id in (action.owner_actor_id, action.co_owner_actor_id):
            actor = self.session.find(Actor, actor_id)
            if actor is not None:
                names.append(actor.function)
        if self.dual and not action.co_owner_actor_id:
            names.append(f"{LATE} —")
        return " + ".join(names) or f"{LATE} —"

    # -- drawing -------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        owner_label = t("followup.column.owners" if self.dual else "followup.column.owner")
        wide = self.has_class("-wide")
        # Both owners need room; on a narrow screen the detail line has them whole.
        owner_width = (28 if wide else 20) if self.dual else 14
        columns = [
            Column("status", t("followup.column.status"), 11),
            Column("title", t("followup.column.action"), None),
            Column("owner", owner_label, owner_width),
            Column("feedback", t("followup.column.feedback_short"), 7),
        ]
        if wide:
            columns += [
                Column("deadline", t("followup.column.deadline"), 12),
                Column("noticed", t("followup.column.noticed"), 28),
            ]
        return columns

    def on_resize(self, event: events.Resize) -> None:
        # After the shared handler set "-wide": more columns when there is room.
        self.call_after_refresh(self.refresh_view)

    def refresh_view(self, select: str | None = None) -> None:
        if not self.is_mounted:
            return
        summary = self.progress()
        rows_by_id = {r.action_id: r for r in summary.rows}
        self.table.set_columns(self._columns())
        rows = []
        for action in self.carried():
            late = rows_by_id[action.id].late
            cells: list[str | Text] = [
                status_text(action.status) + (f" {LATE}" if late else ""),
                action.title,
                self.owners(action),
                feedback_text(action.feedback_given),
            ]
            if self.has_class("-wide"):
                cells += [self._deadline(action.deadline, late), action.residents_noticed]
            rows.append(Row(action.id, cells))
        self.table.show(rows, select=select)
        self._show_summary(summary)
        self._show_detail(rows_by_id)

    @staticmethod
    def _deadline(deadline: dt.date | None, late: bool) -> str:
        text = deadline.isoformat() if deadline else "—"
        return f"{LATE} {text}" if late else text

    def _show_summary(self, summary: ProgressSummary) -> None:
        widget = self.query_one("#follow-up-summary", Static)
        widget.update(self._summary_text(summary))

    @staticmethod
    def _summary_text(summary: ProgressSummary) -> str:
        if not summary.rows:
            return t("followup.view.empty")
        return t(
            "followup.view.summary",
            done=summary.done,
            busy=summary.busy,
            open=summary.open,
            late=summary.late,
            dropped=summary.dropped,
            given=summary.feedback_given,
            not_given=summary.feedback_not_given,
            unknown=summary.feedback_unknown,
        )

    def _show_detail(self, rows: dict[str, ActionProgress] | None = None) -> None:
        """Two lines: the whole title, then what the columns leave out."""
        detail = self.query_one("#carried-detail", Static)
        action = self.selected()
        if action is None:
            detail.update("")
            return
        rows = rows if rows is not None else {r.action_id: r for r in self.progress().rows}
        row = rows.get(action.id)
        deadline = self._deadline(action.deadline, row is not None and row.late)
        parts = [t("followup.view.deadline", date=deadline)]
        if row is not None and row.changed and row.previous_status is not None:
            status = t(f"models.vocab.status.{row.previous_status.value}")
            parts.append(t("followup.view.was", status=status))
        if self.dual:
            parts.append(t("followup.view.owners", owners=self.owners(action)))
        parts.append(t("followup.view.noticed", text=action.residents_noticed or "—"))
        detail.update(Text(f"{action.title}\n{' · '.join(parts)}"))

    @on(RecordTable.RowHighlighted, "#carried")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(RecordTable.RowSelected, "#carried")
    def _chosen(self) -> None:
        self.action_noticed()

    # -- keys ----------------------------------------------------------------------

    def action_status(self) -> None:
        action = self.selected()
        if action is None:
            return
        following = STATUS_CYCLE[(STATUS_CYCLE.index(action.status) + 1) % len(STATUS_CYCLE)]
        self.mutate(lambda s: s.set_action_status(action.id, following))

    def action_feedback(self) -> None:
        action = self.selected()
        if action is None:
            return
        value = next_feedback(action.feedback_given)
        self.mutate(lambda s: s.update(Action, action.id, feedback_given=value))

    def action_noticed(self) -> None:
        action = self.selected()
        if action is None or self.context.read_only:
            return
        self._editing = action.id
        field = self.query_one("#noticed-input", Input)
        field.value = action.residents_noticed
        field.border_title = t("followup.view.noticed_label", action=action.title[:50])
        self.add_class("-editing")
        field.focus()

    def action_cancel(self) -> None:
        self._stop_editing()

    @on(Input.Submitted, "#noticed-input")
    def _noticed_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        action_id, text = self._editing, event.value
        if action_id is None:
            return
        saved = self.mutate(lambda s: s.update(Action, action_id, residents_noticed=text))
        if saved is not None:
            self._stop_editing()

    def _stop_editing(self) -> None:
        self._editing = None
        self.remove_class("-editing")
        self.table.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel":
            # Only while typing; otherwise Escape belongs to the session screen.
            return self._editing is not None
        return super().check_action(action, parameters)

    # -- projector -------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        summary = self.progress()
        if not summary.rows:
            return [t("followup.view.empty")]
        rows = {r.action_id: r for r in summary.rows}
        lines = [self._summary_text(summary), ""]
        for action in self.carried():
            late = f"  {LATE} {t('followup.view.late')}" if rows[action.id].late else ""
            lines.append(f"{status_text(action.status)}  {action.title}{late}")
            lines.append(
                "   "
                + t(
                    "followup.view.present",
                    owners=self.owners(action),
                    feedback=feedback_text(action.feedback_given),
                )
            )
            if action.residents_noticed:
                lines.append("   " + t("followup.view.noticed", text=action.residents_noticed))
        return lines


VIEW = FollowUpView
