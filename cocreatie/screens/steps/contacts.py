"""Step "Vaste aanspreekpunten": one fixed face per theme, wish or group.

Each contact person comes with how to reach them and how soon residents
hear back; they count only once they agreed. The warnings name prioritised
wishes nobody answers for and people who carry more than the template
allows, because one person answering for everything is how promises break.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from cocreatie.analysis.warnings import contact_key, contact_load
from cocreatie.entry.contacts import contact_from, preview_contact, read_contact
from cocreatie.entry.reading import Reading
from cocreatie.i18n import t, tn
from cocreatie.models import Actor, ContactPerson, ContactSubject, Session
from cocreatie.screens.steps.editing import Change, EditingStepView
from cocreatie.screens.steps.wishes import yes_no
from cocreatie.templating.model import SessionTemplate
from cocreatie.widgets.form_fields import (
    ChoiceField,
    FlagField,
    FormField,
    NumberField,
    TextField,
)
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.warning_list import WarningList


def contact_who(session: Session, contact: ContactPerson) -> str:
    actor = session.find(Actor, contact.actor_id)
    if actor is None:
        return contact.person_name
    if contact.person_name and contact.person_name != actor.person_name:
        return f"{contact.person_name} ({actor.function})"
    return actor.label()


def contact_short(session: Session, contact: ContactPerson) -> str:
    """A name that fits a table cell: the person, else the function."""
    actor = session.find(Actor, contact.actor_id)
    if contact.person_name:
        return contact.person_name
    if actor is None:
        return ""
    return actor.person_name or actor.function


class ContactsView(EditingStepView):
    BINDINGS = [
        Binding("n", "quick", "steps.contacts.key.new", id="steps.contacts.new"),
        Binding("w", "for_wish", "steps.contacts.key.for_wish", id="steps.contacts.for_wish"),
        Binding("e", "edit", "steps.common.key.edit", id="steps.contacts.edit"),
        Binding("a", "agreed", "steps.contacts.key.agreed", id="steps.contacts.agreed"),
        Binding("delete", "remove", "steps.common.key.remove", id="steps.contacts.remove"),
    ]
    EDIT_ACTIONS = frozenset({"quick", "new", "for_wish", "edit", "agreed", "remove"})

    def compose(self) -> ComposeResult:
        yield RecordTable(
            [
                Column("subject", t("steps.contacts.col.subject"), None),
                Column("who", t("steps.contacts.col.who"), 16),
                Column("channel", t("models.field.channel"), 14, only_from=90),
                Column("days", t("steps.contacts.col.days"), 7),
                Column("agreed", t("models.field.agreed"), 7),
            ],
            id="contacts",
        )
        yield Static("", markup=False, id="contact-detail", classes="detail")
        yield WarningList(id="contact-warnings")
        yield self.quick_entry("contacts", self._read_line, preview_contact)
        yield ProblemLine()

    # -- drawing ---------------------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#contacts", RecordTable)

    def selected(self) -> ContactPerson | None:
        return self.session.find(ContactPerson, self.table.selected_key)

    def refresh_view(self, select: str | None = None) -> None:
        if not self.ready:
            return
        wish_texts = {w.id: w.text for w in self.session.wishes}
        load = contact_load(self.session)
        limit = self.context.template.limits.max_items_per_contact
        rows = []
        for c in self.session.contacts:
            kind = t(f"models.vocab.subject.{c.subject_kind.value}")
            overloaded = load[contact_key(c)] > limit
            who = Text(("⚠ " if overloaded else "") + contact_short(self.session, c))
            rows.append(
                Row(
                    c.id,
                    [
                        f"{kind}: {c.subject_label(wish_texts)}",
                        who,
                        c.channel,
                        t("steps.contacts.days", days=c.feedback_days),
                        ("✓ " if c.agreed else "✗ ") + yes_no(c.agreed),
                    ],
                )
            )
        self.table.show(rows, select=select)
        self.query_one(WarningList).show(self.step_warnings())
        self._show_detail()
        self.show_next_wish("contacts", self.uncovered_wish())

    def _show_detail(self) -> None:
        contact = self.selected()
        detail = self.query_one("#contact-detail", Static)
        if contact is None:
            detail.update(t("steps.contacts.empty"))
            return
        detail.update(
            tn(
                "steps.contacts.detail",
                contact.feedback_days,
                who=contact_who(self.session, contact),
                channel=contact.channel or "—",
                availability=contact.availability or "—",
                days=contact.feedback_days,
            )
        )

    @on(RecordTable.RowHighlighted, "#contacts")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(RecordTable.RowSelected, "#contacts")
    def _chosen(self) -> None:
        self.action_edit()

    # -- keys --------------------------------------------------------------------------------

    def uncovered_wish(self) -> str | None:
        """The first prioritised wish that still has no contact person."""
        for warning in self.step_warnings():
            if warning.code == "no_contact":
                return warning.item_id
        return None

    def _read_line(self, line: str, session: Session, template: SessionTemplate) -> Reading:
        return read_contact(line, session, template, self.uncovered_wish())

    def quick_save(self, reading: Reading) -> list[str]:
        contact, problems = self.add_item(lambda _s: contact_from(reading.fields))
        if contact is not None:
            self.context.recent.use("actor", contact.actor_id)
            self.refresh_view(select=contact.id)
        return problems

    def action_new(self, wish_id: str | None = None) -> None:
        start = ContactPerson.model_construct(
            subject_kind=ContactSubject.WISH if wish_id else ContactSubject.THEME,
            wish_id=wish_id,
            subject="",
            actor_id=None,
            person_name="",
            channel="",
            availability="",
            feedback_days=5,
            agreed=False,
        )
        self.open_form(
            t("steps.contacts.new_title"),
            self.fields(start),
            lambda values: lambda s: s.add(ContactPerson(**_values(values))),
            done=self._select_last,
            form="new",
        )

    def _select_last(self) -> None:
        if self.session.contacts:
            self.table.select(self.session.contacts[-1].id)

    def action_for_wish(self) -> None:
        wish_id = self.uncovered_wish()
        if wish_id is None:
            self.notify(t("steps.contacts.all_covered"))
            return
        self.action_new(wish_id)

    def action_edit(self) -> None:
        contact = self.selected()
        if contact is None:
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(ContactPerson, contact.id, **_values(values))

        title = t("steps.contacts.edit_title")
        self.open_form(title, self.fields(contact), change_for, form="edit", item_id=contact.id)

    def action_agreed(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.mutate(lambda s: s.update(ContactPerson, contact.id, agreed=not contact.agreed))

    def action_remove(self) -> None:
        contact = self.selected()
        if contact is not None:
            self.confirm(
                t("steps.contacts.confirm_remove", who=contact_who(self.session, contact)),
                lambda: self.mutate(lambda s: s.remove(ContactPerson, contact.id)),
            )

    def fields(self, contact: ContactPerson) -> list[FormField]:
        prioritised = {w.id for w in self.session.wishes if w.prioritised}
        wishes = sorted(self.session.wishes_by_votes(), key=lambda w: w.id not in prioritised)
        return [
            ChoiceField(
                "subject_kind",
                t("models.field.subject_kind"),
                [(k.value, t(f"models.vocab.subject.{k.value}")) for k in ContactSubject],
                contact.subject_kind.value,
                allow_blank=False,
            ),
            ChoiceField(
                "wish_id",
                t("models.field.wish_id"),
                [(w.id, ("★ " if w.id in prioritised else "") + w.text[:60]) for w in wishes],
                contact.wish_id,
            ),
            TextField(
                "subject",
                t("models.field.subject"),
                contact.subject,
                placeholder=t("steps.contacts.subject_placeholder"),
            ),
            ChoiceField(
                "actor_id",
                t("models.field.actor_id"),
                self.actor_choices(),
                contact.actor_id,
                kind="actor",
            ),
            TextField(
                "person_name",
                t("models.field.person_name"),
                contact.person_name,
                placeholder=t("steps.contacts.person_placeholder"),
            ),
            TextField(
                "channel",
                t("models.field.channel"),
                contact.channel,
                placeholder=t("steps.contacts.channel_placeholder"),
            ),
            TextField(
                "availability",
                t("models.field.availability"),
                contact.availability,
                placeholder=t("steps.contacts.availability_placeholder"),
            ),
            NumberField("feedback_days", t("models.field.feedback_days"), contact.feedback_days),
            FlagField("agreed", t("models.field.agreed"), contact.agreed),
        ]

    # -- projector ---------------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        wish_texts = {w.id: w.text for w in self.session.wishes}
        lines = []
        for c in self.session.contacts:
            lines.append(
                tn(
                    "steps.contacts.present",
                    c.feedback_days,
                    subject=c.subject_label(wish_texts),
                    who=contact_who(self.session, c),
                    channel=c.channel or "—",
                    days=c.feedback_days,
                )
            )
        return lines


def _values(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    kind = out["subject_kind"]
    # Only the subject that matches the kind is kept: a wish contact names no
    # theme, a theme contact points at no wish.
    if kind == ContactSubject.WISH.value:
        out["subject"] = ""
    else:
        out["wish_id"] = None
    return out


VIEW = ContactsView
