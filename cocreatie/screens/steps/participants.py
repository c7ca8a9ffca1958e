"""Step "Deelnemers": who is in the room, and what we may keep of them.

Adding is one line (``cocreatie.entry.participants``); s and a set kind and
street. Residents and professionals differ by symbol and word. Contact details
can only be entered after consent is recorded with what it is for (the model
refuses otherwise too); withdrawing consent erases them at once, and erasing
a person keeps what they said under their pseudonym.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from cocreatie import privacy
from cocreatie.entry.participants import (
    participant_values,
    preview_participant,
    read_participant,
    street_candidates,
)
from cocreatie.entry.reading import Reading
from cocreatie.i18n import t
from cocreatie.models import ContactDetails, Participant, PolicyDomain, Session
from cocreatie.models.clock import now as clock_now
from cocreatie.privacy import scrub
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.screens.steps.editing import Change, EditingStepView
from cocreatie.screens.steps.participant_entry import kind_symbol
from cocreatie.screens.steps.requests import ScrubCopies
from cocreatie.widgets.form_fields import ChoiceField, FormField, NumberField, TextField
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row

# Below these widths the table drops the less important columns.
MORE_COLUMNS_AT = 86
ALL_COLUMNS_AT = 104


class ParticipantsView(EditingStepView):
    DEFAULT_CSS = """
    ParticipantsView #participant-counts { padding: 0 1; height: auto; color: $text-muted; }
    ParticipantsView #participant-error { padding: 0 1; }
    ParticipantsView #participant-table { height: 1fr; }
    """

    BINDINGS = [
        Binding("n", "focus_add", "ui.participants.key.add", id="participants.add"),
        Binding("e", "edit", "ui.participants.key.edit", id="participants.edit"),
        Binding("s", "kind", "ui.participants.key.kind", id="participants.kind"),
        Binding("a", "street", "ui.participants.key.street", id="participants.street"),
        Binding("t", "consent", "ui.participants.key.consent", id="participants.consent"),
        Binding("c", "contact", "ui.participants.key.contact", id="participants.contact"),
        Binding("w", "withdraw", "ui.participants.key.withdraw", id="participants.withdraw"),
        Binding("delete", "remove", "ui.participants.key.remove", id="participants.remove"),
        Binding(
            "ctrl+e", "erase", "ui.participants.key.erase", id="participants.erase", show=False
        ),
    ]
    EDIT_ACTIONS = frozenset(
        {"focus_add", "kind", "street", "edit", "consent", "contact", "withdraw", "remove", "erase"}
    )

    def compose(self) -> ComposeResult:
        # The line comes first so typing can start the moment the step opens.
        yield self.quick_entry(
            "participants",
            read_participant,
            preview_participant,
            line_id="participant-name",
            placeholder=t("ui.participants.placeholder"),
        )
        yield ProblemLine(id="participant-error")
        yield Static("", id="participant-counts", markup=False)
        yield RecordTable(self._columns(), id="participant-table")
        yield Static("", id="participant-detail", classes="detail", markup=False)

    # -- drawing ---------------------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#participant-table", RecordTable)

    def selected(self) -> Participant | None:
        return self.session.find(Participant, self.table.selected_key)

    def _kind_label(self, kind: str) -> str:
        labels = {k.id: k.label for k in self.context.template.participant_kinds}
        return labels.get(kind, kind)

    def _columns(self) -> list[Column]:
        # Wider screens show more: the table hides columns it has no room for.
        return [
            Column("kind", t("ui.participants.col_kind"), 14),
            Column("name", t("ui.participants.col_name"), None),
            Column("organisation", t("models.field.organisation"), 14, only_from=MORE_COLUMNS_AT),
            Column("function", t("models.field.function"), 14),
            # The street on every width (an organisation shows from 86 columns):
            # who lives where matters in the room.
            Column("area", t("ui.participants.col_area"), 12),
            Column("domain", t("models.field.domain"), 10, only_from=ALL_COLUMNS_AT),
            Column("years", t("ui.participants.col_years"), 5, only_from=MORE_COLUMNS_AT),
            Column("consent", t("ui.participants.col_consent"), 11),
        ]

    def refresh_view(self, select: str | None = None) -> None:
        rows = [self._row(p) for p in self.session.participants]
        self.table.show(rows, select=select)
        self.query_one("#participant-counts", Static).update(self._counts())
        self._show_detail()

    def _row(self, person: Participant) -> Row:
        kind = f"{kind_symbol(person.kind)} {self._kind_label(person.kind)}"
        name = person.display_name + (f"  ({t('ui.participants.erased')})" if person.erased else "")
        domain = t(f"models.vocab.domain.{person.domain.value}") if person.domain else ""
        years = person.years_in_neighbourhood
        cells: list[str | Text] = [
            kind,
            name,
            person.organisation,
            person.function,
            person.area,
            domain,
            "" if years is None else str(years),
            self._consent_cell(person),
        ]
        return Row(person.id, cells)

    def _consent_cell(self, person: Participant) -> str:
        if not person.has_consent:
            return "– " + t("ui.participants.no_consent")
        has_contact = person.contact is not None and not person.contact.is_empty()
        return "✓ " + t("ui.participants.contact" if has_contact else "ui.participants.consent")

    def _counts(self) -> str:
        people = [p for p in self.session.participants]
        if not people:
            return t("ui.participants.none_yet")
        parts = []
        for kind in self.context.template.participant_kinds:
            n = sum(p.kind == kind.id for p in people)
            if n:
                parts.append(f"{kind_symbol(kind.id)} {kind.label}: {n}")
        return t("ui.participants.counts", total=len(people), parts=" · ".join(parts))

    def _show_detail(self) -> None:
        person = self.selected()
        detail = self.query_one("#participant-detail", Static)
        if person is None:
            detail.update(t("ui.participants.hint"))
            return
        if person.has_consent and person.consent is not None:
            consent = t(
                "ui.participants.consent_detail",
                date=person.consent.date.strftime("%d-%m-%Y") if person.consent.date else "?",
                scope=person.consent.scope or "?",
            )
        else:
            consent = t("ui.participants.no_consent_detail")
        detail.update(f"{person.public_name(with_names=True)} · {consent}")

    @on(RecordTable.RowHighlighted, "#participant-table")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(RecordTable.RowSelected, "#participant-table")
    def _chosen(self) -> None:
        self.action_edit()

    def focus_view(self, pane_id: str) -> None:
        self.table.focus()

    def presentation_lines(self) -> list[str]:
        # Pseudonyms for residents: the projector is not the place for names.
        lines = []
        for kind in self.context.template.participant_kinds:
            people = [p for p in self.session.participants if p.kind == kind.id]
            if people:
                names = ", ".join(p.public_name(with_names=False) for p in people)
                lines.append(f"{kind.label} ({len(people)}): {names}")
        return lines

    # -- adding ------------------------------------------------------------------------

    def quick_save(self, reading: Reading) -> list[str]:
        fields = reading.fields
        by = next(iter(self.session.meta.facilitators), "")
        # One change: the person with their consent, or nothing at all.
        values = participant_values(fields, by=by, on=clock_now().date())
        person, problems = self.add_item(lambda _s: Participant.model_validate(values))
        if person is not None:
            # After the redraw, so the table can scroll the new row into view.
            self.call_after_refresh(self.table.select, person.id)
        return problems

    def action_focus_add(self) -> None:
        self.action_quick()

    # -- editing -----------------------------------------------------------------------

    def _person_or_hint(self) -> Participant | None:
        person = self.selected()
        if person is None:
            self.query_one("#participant-error", ProblemLine).show(
                [t("ui.participants.choose_first")]
            )
        return person

    def action_kind(self) -> None:
        """One key to the next kind (bewoner → professional → ...)."""
        person = self._person_or_hint()
        if person is None:
            return
        kinds = [k.id for k in self.context.template.participant_kinds]
        at = kinds.index(person.kind) if person.kind in kinds else -1
        kind = kinds[(at + 1) % len(kinds)]
        self.mutate(lambda s: s.update(Participant, person.id, kind=kind))

    def quick_form(self, line: str) -> None:
        self.save_then(line, self.action_edit)

    def action_street(self) -> None:
        """The street by typing a few letters (a new street: the quick line or the form)."""
        person = self._person_or_hint()
        if person is None:
            return
        streets = [(c.value, c.label) for c in street_candidates(self.session)]
        self.pick(
            t("ui.participants.pick_street", name=person.display_name),
            [("", t("steps.form.blank")), *streets],
            lambda area: self.mutate(lambda s: s.update(Participant, person.id, area=area)),
            selected=[person.area],
        )

    def action_edit(self) -> None:
        person = self._person_or_hint()
        if person is None:
            return
        if person.erased:
            self.notify(t("ui.participants.erased_no_edit"), severity="warning")
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(Participant, person.id, **values)

        self.open_form(
            t("ui.participants.edit_title", name=person.display_name),
            self._fields(person),
            change_for,
            done=self.refresh_view,
            form="edit",
            item_id=person.id,
        )

    def _fields(self, person: Participant) -> list[FormField]:
        kinds = [(k.id, k.label) for k in self.context.template.participant_kinds]
        domains = [(d.value, t(f"models.vocab.domain.{d.value}")) for d in PolicyDomain]
        return [
            TextField("display_name", t("models.field.display_name"), person.display_name),
            ChoiceField("kind", t("models.field.kind"), kinds, person.kind, allow_blank=False),
            TextField("organisation", t("models.field.organisation"), person.organisation),
            TextField("function", t("models.field.function"), person.function),
            ChoiceField(
                "domain",
                t("models.field.domain"),
                domains,
                person.domain.value if person.domain else None,
            ),
            TextField("area", t("models.field.area"), person.area),
            NumberField(
                "years_in_neighbourhood",
                t("models.field.years_in_neighbourhood"),
                person.years_in_neighbourhood,
            ),
        ]

    # -- consent and contact -----------------------------------------------------------

    def action_consent(self) -> None:
        person = self._person_or_hint()
        if person is None:
            return
        facilitators = self.session.meta.facilitators
        fields: list[FormField] = [
            TextField(
                "scope",
                t("models.field.scope"),
                person.consent.scope if person.consent else "",
                placeholder=t("ui.participants.scope_placeholder"),
            ),
            TextField(
                "by", t("ui.participants.recorded_by"), facilitators[0] if facilitators else ""
            ),
        ]

        def submit(values: dict[str, Any]) -> list[str]:
            if not str(values["scope"]).strip():
                return [t("ui.participants.scope_required")]
            return self.apply(lambda s: s.record_consent(person.id, values["scope"], values["by"]))

        title = t("ui.participants.consent_title", name=person.display_name)
        self._form(title, fields, submit, ("consent", person.id))

    def action_contact(self) -> None:
        person = self._person_or_hint()
        if person is None:
            return
        if not person.has_consent:
            # The fields stay closed until consent is on record.
            self.query_one("#participant-error", ProblemLine).show(
                [t("ui.participants.consent_first")]
            )
            return
        contact = person.contact or ContactDetails()
        fields: list[FormField] = [
            TextField("phone", t("models.field.phone"), contact.phone),
            TextField("email", t("models.field.email"), contact.email),
            TextField("other", t("models.field.other"), contact.other),
        ]

        def submit(values: dict[str, Any]) -> list[str]:
            return self.apply(lambda s: s.set_contact(person.id, ContactDetails(**values)))

        title = t("ui.participants.contact_title", name=person.display_name)
        self._form(title, fields, submit, ("contact", person.id))

    def _form(
        self, title: str, fields: list[FormField], submit: Any, draft: tuple[str, str]
    ) -> None:
        form = ItemForm(title, fields, submit, **self.draft_options(*draft, title))
        self.app.push_screen(form, lambda _: self.refresh_view())

    def action_withdraw(self) -> None:
        person = self._person_or_hint()
        if person is None or not person.has_consent:
            return
        # Read before withdrawing: afterwards the record no longer has them.
        terms = scrub.terms_of_contact(person)

        def withdraw() -> None:
            if self.mutate(lambda s: privacy.withdraw_consent(s, person.id)) is None:
                return
            self.notify(t("ui.participants.withdrawn"))
            self._scrub(terms)

        self.confirm(t("ui.participants.withdraw_question", name=person.display_name), withdraw)

    def action_erase(self) -> None:
        person = self._person_or_hint()
        if person is None or person.erased:
            return
        terms = scrub.terms_of_participant(person)

        def erase() -> None:
            erased = self.mutate(lambda s: privacy.erase_person(s, person.id))
            if erased is None:
                return
            self.notify(t("ui.participants.erased_done"))
            if erased.parts_left:
                # A first name alone cannot be told from a word: the
                # facilitator has to look at those texts.
                self.notify(
                    t("privacy.erase.parts_left", count=erased.parts_left),
                    severity="warning",
                    timeout=20,
                )
            self._scrub(terms)

        self.confirm(t("ui.participants.erase_question", name=person.display_name), erase)

    def _scrub(self, terms: list[str]) -> None:
        # Backups, trashed and damaged copies still hold the person; the
        # session screen removes them once the change is on disk.
        if terms:
            self.post_message(ScrubCopies(terms))

    def action_remove(self) -> None:
        person = self._person_or_hint()
        if person is None:
            return
        terms = scrub.terms_of_participant(person)

        def remove() -> None:
            def drop(session: Session) -> bool:
                session.remove(Participant, person.id)
                return True  # mutate's None means "refused"

            if self.mutate(drop) is None:
                return
            # Removed means gone: older copies must not keep the name either.
            self._scrub(terms)

        self.confirm(t("ui.participants.remove_question", name=person.display_name), remove)


VIEW = ParticipantsView
