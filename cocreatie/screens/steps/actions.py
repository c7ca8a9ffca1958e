"""Step "Actieplan": prioritised wishes become actions with an owner and dates.

"w" turns a wish into an action, prefilled with the wish's accountable actor
and its contact person; "s" moves the status on (open → bezig → klaar →
vervallen), and every change lands in the action's history. The warnings
name what residents would miss: an owner, a contact, a deadline, a date
for feedback.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from cocreatie.entry.actions import action_from, preview_action, read_action
from cocreatie.entry.reading import Reading
from cocreatie.i18n import t
from cocreatie.models import Action, ActionStatus, Actor, ContactPerson, Session, Wish
from cocreatie.screens.steps.contacts import contact_who
from cocreatie.screens.steps.editing import Change, EditingStepView
from cocreatie.templating.model import SessionTemplate
from cocreatie.widgets.form_fields import (
    ChoiceField,
    DateField,
    FlagField,
    FormField,
    MultiChoiceField,
    TextField,
)
from cocreatie.widgets.multi_choice import Choice
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.warning_list import WarningList

STATUS_CYCLE = [ActionStatus.OPEN, ActionStatus.BUSY, ActionStatus.DONE, ActionStatus.DROPPED]
STATUS_SYMBOL = {
    ActionStatus.OPEN: "○",
    ActionStatus.BUSY: "◐",
    ActionStatus.DONE: "●",
    ActionStatus.DROPPED: "✕",
}


def status_text(status: ActionStatus) -> str:
    return f"{STATUS_SYMBOL[status]} {t(f'models.vocab.status.{status.value}')}"


def action_from_wish(session: Session, wish: Wish, accountable_role: str) -> Action:
    """A new action for ``wish``, owned and answered for as the quick line
    would (``entry.actions.owner_for_wish``): one rule, so they never differ."""
    return session.add(action_from({"wish_id": wish.id}, session, accountable_role))


class ActionsView(EditingStepView):
    BINDINGS = [
        Binding("w", "from_wish", "steps.actions.key.from_wish", id="steps.actions.from_wish"),
        Binding("n", "quick", "steps.actions.key.new", id="steps.actions.new"),
        Binding("e", "edit", "steps.common.key.edit", id="steps.actions.edit"),
        Binding("s", "status", "steps.actions.key.status", id="steps.actions.status"),
        Binding("o", "owner", "steps.actions.key.owner", id="steps.actions.owner"),
        Binding("delete", "remove", "steps.common.key.remove", id="steps.actions.remove"),
    ]
    EDIT_ACTIONS = frozenset({"from_wish", "quick", "new", "edit", "status", "owner", "remove"})

    def compose(self) -> ComposeResult:
        yield RecordTable(self._columns(), id="actions")
        yield Static("", markup=False, id="action-detail", classes="detail")
        yield WarningList(id="action-warnings")
        yield self.quick_entry("actions", self._read_line, preview_action)
        yield ProblemLine()

    # -- drawing ---------------------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#actions", RecordTable)

    def selected(self) -> Action | None:
        return self.session.find(Action, self.table.selected_key)

    def _columns(self) -> list[Column]:
        columns = [
            Column("status", t("models.field.status"), 11),
            Column("title", t("steps.actions.col.title"), None),
            Column("owner", t("models.field.owner_actor_id"), 14),
            Column("deadline", t("models.field.deadline"), 10),
        ]
        # Contact and feedback date move into the detail line on small screens.
        columns += [
            Column("contact", t("models.field.contact_id"), 18, only_from=100),
            Column("feedback", t("steps.actions.col.feedback"), 10, only_from=100),
        ]
        return columns

    def refresh_view(self, select: str | None = None) -> None:
        if not self.ready:
            return
        rows = []
        for a in self.session.actions:
            owner = self.session.find(Actor, a.owner_actor_id)
            contact = self.session.find(ContactPerson, a.contact_id)
            # A dropped action is owed nothing: the warnings skip it, so its
            # empty cells must not warn either.
            missing = "—" if a.status is ActionStatus.DROPPED else "⚠ —"
            cells: list[str | Text] = [
                status_text(a.status),
                a.title,
                owner.function if owner else missing,
                a.deadline.isoformat() if a.deadline else missing,
            ]
            cells += [
                contact_who(self.session, contact) if contact else missing,
                a.feedback_date.isoformat() if a.feedback_date else missing,
            ]
            rows.append(Row(a.id, cells))
        self.table.show(rows, select=select)
        self.query_one(WarningList).show(self.step_warnings())
        self._show_detail()
        self.show_next_wish("actions", self.next_wish())

    def _show_detail(self) -> None:
        action = self.selected()
        detail = self.query_one("#action-detail", Static)
        if action is None:
            detail.update(t("steps.actions.empty"))
            return
        contact = self.session.find(ContactPerson, action.contact_id)
        co_owner = self.session.find(Actor, action.co_owner_actor_id)
        parts = [
            t("steps.actions.detail.contact", who=contact_who(self.session, contact))
            if contact
            else t("steps.actions.detail.contact", who="—"),
            t(
                "steps.actions.detail.feedback",
                date=action.feedback_date.isoformat() if action.feedback_date else "—",
            ),
        ]
        if self.context.template.dual_ownership:
            parts.append(
                t("steps.actions.detail.co_owner", who=co_owner.label() if co_owner else "—")
            )
        if action.visibility:
            parts.append(t("steps.actions.detail.visibility", text=action.visibility))
        lines = [" · ".join(parts)]
        if action.history:
            steps = [
                f"{t(f'models.vocab.status.{h.new.value}')} {h.at.astimezone():%d-%m %H:%M}"
                for h in action.history[-3:]
            ]
            lines.append(t("steps.actions.detail.history", steps=" → ".join(steps)))
        detail.update("\n".join(lines))

    @on(RecordTable.RowHighlighted, "#actions")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(RecordTable.RowSelected, "#actions")
    def _chosen(self) -> None:
        self.action_edit()

    # -- quick entry -------------------------------------------------------------------------

    def next_wish(self) -> str | None:
        """The first prioritised wish (by votes) that has no action yet."""
        with_action = {w for a in self.session.actions for w in a.wish_ids}
        return next(
            (
                w.id
                for w in self.session.wishes_by_votes()
                if w.prioritised and w.id not in with_action
            ),
            None,
        )

    def _read_line(self, line: str, session: Session, template: SessionTemplate) -> Reading:
        return read_action(line, session, template, date.today(), self.next_wish())

    def quick_save(self, reading: Reading) -> list[str]:
        role = self.context.template.accountable_role.id
        action, problems = self.add_item(lambda s: action_from(reading.fields, s, role))
        if action is not None:
            self.context.recent.use("actor", action.owner_actor_id)
            self.refresh_view(select=action.id)
        return problems

    # -- keys --------------------------------------------------------------------------------

    def action_from_wish(self) -> None:
        with_action = {w for a in self.session.actions for w in a.wish_ids}
        wishes = sorted(
            self.session.wishes_by_votes(),
            key=lambda w: (w.id in with_action, not w.prioritised),
        )
        if not wishes:
            self.notify(t("steps.actions.no_wishes"), severity="warning")
            return
        choices = [
            (
                w.id,
                ("✓" if w.id in with_action else " ")
                + ("★" if w.prioritised else " ")
                + f" ({w.votes}) {w.text}",
            )
            for w in wishes
        ]
        role = self.context.template.accountable_role.id

        def chosen(wish_id: str) -> None:
            wish = self.session.find(Wish, wish_id)
            if wish is None:
                return
            made = self.mutate(lambda s: action_from_wish(s, wish, role))
            if made is not None:
                self.refresh_view(select=made.id)

        self.pick(t("steps.actions.pick_wish"), choices, chosen)

    def action_status(self) -> None:
        action = self.selected()
        if action is not None:
            nxt = STATUS_CYCLE[(STATUS_CYCLE.index(action.status) + 1) % len(STATUS_CYCLE)]
            self.mutate(lambda s: s.set_action_status(action.id, nxt))

    def action_owner(self) -> None:
        action = self.selected()
        if action is None:
            return
        choices: list[Choice] = [("", t("steps.actions.no_owner")), *self.actor_choices()]
        self.pick(
            t("steps.actions.pick_owner"),
            choices,
            lambda actor_id: self.mutate(
                lambda s: s.update(Action, action.id, owner_actor_id=actor_id or None)
            ),
            selected=[action.owner_actor_id or ""],
            kind="actor",
        )

    def action_new(self) -> None:
        self.open_form(
            t("steps.actions.new_title"),
            self.fields(None),
            lambda values: lambda s: s.add(Action(**values)),
            done=lambda: self.refresh_view(
                select=self.session.actions[-1].id if self.session.actions else None
            ),
            form="new",
        )

    def action_edit(self) -> None:
        action = self.selected()
        if action is None:
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(Action, action.id, **values)

        title = t("steps.actions.edit_title")
        fields = self.fields(action)
        self.open_form(title, fields, change_for, form="edit", item_id=action.id)

    def action_remove(self) -> None:
        action = self.selected()
        if action is not None:
            self.confirm(
                t("steps.actions.confirm_remove", title=action.title[:60]),
                lambda: self.mutate(lambda s: s.remove(Action, action.id)),
            )

    def fields(self, action: Action | None) -> list[FormField]:
        actors = self.actor_choices()
        wish_texts = {w.id: w.text for w in self.session.wishes}
        contacts = [
            (c.id, f"{contact_who(self.session, c)} — {c.subject_label(wish_texts)[:40]}")
            for c in self.session.contacts
        ]
        fields: list[FormField] = [
            TextField("title", t("steps.actions.col.title"), action.title if action else ""),
            MultiChoiceField(
                "wish_ids",
                t("models.field.wishes"),
                [(w.id, w.text[:70]) for w in self.session.wishes_by_votes()],
                action.wish_ids if action else [],
            ),
            ChoiceField(
                "owner_actor_id",
                t("models.field.owner_actor_id"),
                actors,
                action.owner_actor_id if action else None,
                kind="actor",
            ),
        ]
        if self.context.template.dual_ownership:
            fields.append(
                ChoiceField(
                    "co_owner_actor_id",
                    t("models.field.co_owner_actor_id"),
                    actors,
                    action.co_owner_actor_id if action else None,
                    kind="actor",
                )
            )
        fields += [
            ChoiceField(
                "contact_id",
                t("models.field.contact_id"),
                contacts,
                action.contact_id if action else None,
            ),
            DateField("deadline", t("models.field.deadline"), action.deadline if action else None),
            TextField(
                "visibility",
                t("models.field.visibility"),
                action.visibility if action else "",
                placeholder=t("steps.actions.visibility_placeholder"),
            ),
            DateField(
                "feedback_date",
                t("models.field.feedback_date"),
                action.feedback_date if action else None,
            ),
            FlagField("agreed", t("models.field.agreed"), action.agreed if action else False),
        ]
        return fields

    # -- projector -------------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        lines = []
        for a in self.session.actions:
            owner = self.session.find(Actor, a.owner_actor_id)
            line = t(
                "steps.actions.present",
                status=status_text(a.status),
                title=a.title,
                owner=owner.label() if owner else "—",
                deadline=a.deadline.isoformat() if a.deadline else "—",
                feedback=a.feedback_date.isoformat() if a.feedback_date else "—",
            )
            if a.visibility:
                line += " · " + t("steps.actions.detail.visibility", text=a.visibility)
            lines.append(line)
        return lines


VIEW = ActionsView
