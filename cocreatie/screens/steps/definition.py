"""Step "Wat is veiligheid?": what the room says, tagged, compared, agreed.

Capturing must keep up with a talking room: type, Enter, next; the speaker
stays until changed (F2). Tagging happens in the list with the number keys
of the Tafel van 12. The comparison and the verdicts live on a second tab,
the shared definition with agreements and differences on a third.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static, TabbedContent, TabPane, TextArea

from cocreatie.analysis import compare_factors
from cocreatie.entry.contributions import preview_contribution, read_contribution
from cocreatie.entry.reading import Reading
from cocreatie.i18n import t
from cocreatie.models import Contribution, Participant
from cocreatie.screens.steps.curation import CuratingView, curation_bindings, curation_mark
from cocreatie.widgets.comparison_table import ComparisonTable, verdict_note, verdict_text
from cocreatie.widgets.factor_picker import (
    FACTOR_KEYS,
    FactorPicker,
    factor_for_key,
    factor_numbers,
)
from cocreatie.widgets.form_fields import TextField
from cocreatie.widgets.note_list import NoteList
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.share_info import phone_marked

_FACTOR_BINDINGS = [
    Binding(
        key,
        f"toggle_factor('{key}')",
        "steps.definition.key.factor",
        show=index == 0,
        key_display="1…=" if index == 0 else None,
        id=f"steps.definition.factor{index + 1}",
    )
    for index, key in enumerate(FACTOR_KEYS)
]


class DefinitionView(CuratingView):
    DEFAULT_CSS = """
    DefinitionView #capture { height: auto; }
    DefinitionView #speaker {
        width: auto;
        max-width: 34;
        height: 1;
        padding: 0 1;
        background: $boost;
    }
    DefinitionView #capture > QuickEntry { width: 1fr; padding: 0; }
    DefinitionView #shared-definition {
        height: 1fr;
        min-height: 4;
        max-height: 12;
        border: none;
        padding: 0 1;
    }
    DefinitionView #notes { height: 1fr; min-height: 5; }
    """

    BINDINGS = [
        *_FACTOR_BINDINGS,
        Binding("n", "new", "steps.definition.key.new", id="steps.definition.new"),
        Binding("e", "edit", "steps.common.key.edit", id="steps.definition.edit"),
        Binding("delete", "remove", "steps.common.key.remove", id="steps.definition.remove"),
        *curation_bindings("definition"),
        Binding(
            "f2", "pick_speaker", "steps.definition.key.speaker", id="steps.definition.speaker"
        ),
        Binding("f3", "next_view", "steps.common.key.next_view", id="steps.common.next_view"),
        Binding("down", "to_list", show=False, id="steps.definition.to_list"),
    ]
    EDIT_ACTIONS = frozenset({"pick_speaker", "new", "edit", "remove", "toggle_factor"})
    CURATED = ("hide_contribution", "merge_contributions")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.speaker_id: str | None = None
        self._definition_timer: Any = None

    def compose(self) -> ComposeResult:
        template = self.context.template
        with TabbedContent(id="definition-tabs"):
            with TabPane(t("steps.definition.tab.contributions"), id="contributions-tab"):
                with Horizontal(id="capture"):
                    yield Static("", markup=False, id="speaker")
                    yield self.quick_entry(
                        "contributions",
                        read_contribution,
                        preview_contribution,
                        line_id="contribution-input",
                        placeholder=t("steps.definition.placeholder"),
                    )
                yield RecordTable(
                    [
                        Column("number", t("steps.definition.col.number"), 3),
                        Column("speaker", t("steps.definition.col.speaker"), 14),
                        Column("text", t("steps.definition.col.text"), None),
                        Column("factors", t("steps.definition.col.factors"), 9),
                    ],
                    id="contributions",
                )
                yield FactorPicker(template.factors, id="factor-picker")
            with TabPane(t("steps.definition.tab.comparison"), id="comparison-tab"):
                yield ComparisonTable(template.comparison, id="comparison")
                yield Static("", markup=False, id="factor-detail", classes="detail")
            with TabPane(t("steps.definition.tab.shared"), id="shared-tab"):
                yield Static(t("steps.definition.shared_label"), classes="field-title")
                yield TextArea(id="shared-definition", soft_wrap=True, show_line_numbers=False)
                with Horizontal(id="notes"):
                    yield NoteList(
                        "agreements",
                        t("steps.definition.agreements"),
                        t("steps.definition.agreement_placeholder"),
                    )
                    yield NoteList(
                        "differences",
                        t("steps.definition.differences"),
                        t("steps.definition.difference_placeholder"),
                    )
        yield ProblemLine()

    # -- drawing -------------------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#contributions", RecordTable)

    def refresh_view(self, select: str | None = None) -> None:
        if not self.ready:
            return
        veiligheid = self.session.veiligheid
        factors = self.context.template.factors
        people = {p.id: p for p in self.session.participants}
        self.table.show(
            [
                Row(
                    c.id,
                    [
                        str(i),
                        self.person_label(people.get(c.participant_id or "")),
                        curation_mark(c, phone_marked(c.text, c.origin is not None)),
                        factor_numbers(factors, c.factor_ids),
                    ],
                )
                for i, c in enumerate(veiligheid.contributions, start=1)
            ],
            select=select,
        )
        self._show_speaker()
        self._show_selected_factors()
        self.query_one(ComparisonTable).show_comparison(
            compare_factors(self.session, self.context.template)
        )
        self._show_factor_detail()
        area = self.query_one("#shared-definition", TextArea)
        if not area.has_focus and area.text != veiligheid.shared_definition:
            area.load_text(veiligheid.shared_definition)
        for notes in self.query(NoteList):
            notes.show(getattr(veiligheid, notes.kind))

    def _show_speaker(self) -> None:
        person = self.session.find(Participant, self.speaker_id)
        if person is None:
            self.speaker_id = None
        label = self.person_label(person) if person else t("steps.common.unknown_speaker")
        self.query_one("#speaker", Static).update(t("steps.definition.speaker", name=label))

    def curated(self) -> list[Contribution]:
        return list(self.session.veiligheid.contributions)

    def _selected(self) -> Contribution | None:
        key = self.table.selected_key
        return next((c for c in self.session.veiligheid.contributions if c.id == key), None)

    def _show_selected_factors(self) -> None:
        selected = self._selected()
        self.query_one(FactorPicker).show(selected.factor_ids if selected else [])

    def _show_factor_detail(self) -> None:
        key = self.query_one(ComparisonTable).selected_key
        factor = self.context.template.factor(key or "")
        detail = self.query_one("#factor-detail", Static)
        if factor is None:
            detail.update("")
            return
        row = next(
            (r for r in compare_factors(self.session, self.context.template) if r.factor == factor),
            None,
        )
        text = f"{factor.number}. {factor.name}: {factor.description}"
        note = verdict_note(row, self.context.template.comparison) if row else ""
        if note:
            text += f"\n{t('steps.definition.col.note')}: {note}"
        detail.update(text)

    @on(RecordTable.RowHighlighted, "#contributions")
    def _contribution_highlighted(self) -> None:
        self._show_selected_factors()

    @on(RecordTable.RowSelected, "#contributions")
    def _contribution_chosen(self) -> None:
        self.action_edit()

    @on(RecordTable.RowHighlighted, "#comparison")
    def _factor_highlighted(self) -> None:
        self._show_factor_detail()

    # -- capturing ---------------------------------------------------------------

    def quick_save(self, reading: Reading) -> list[str]:
        fields = reading.fields
        # "Naam: ..." names the speaker; else the one shown beside the line.
        speaker = fields.get("participant_id", self.speaker_id)
        added, problems = self.change_record(
            lambda s: s.add_contribution(fields["text"], speaker, fields["factor_ids"])
        )
        if added is not None:
            self.context.recent.use("participant", speaker)
            self.refresh_view(select=added.id)
        return problems

    def quick_form(self, line: str) -> None:
        self.save_then(line, self.action_edit)

    def action_pick_speaker(self) -> None:
        target = self._selected() if self.table.has_focus else None

        def chosen(value: str) -> None:
            person_id = value or None
            if target is None:
                self.speaker_id = person_id
                self._show_speaker()
            else:
                self.mutate(lambda s: s.update_contribution(target.id, participant_id=person_id))

        current = (target.participant_id if target else self.speaker_id) or ""
        self.pick(
            t("steps.definition.pick_speaker"),
            self.participant_choices(unknown=True),
            chosen,
            selected=[current],
            kind="participant",
        )

    def action_toggle_factor(self, key: str) -> None:
        selected = self._selected()
        factor = factor_for_key(self.context.template.factors, key)
        if selected is None or factor is None:
            return
        self.mutate(lambda s: s.toggle_contribution_factor(selected.id, factor.id))

    def action_new(self) -> None:
        self.query_one(TabbedContent).active = "contributions-tab"
        self.action_quick()

    def action_to_list(self) -> None:
        self.table.focus()

    def action_edit(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        fields = [TextField("text", t("models.field.text"), selected.text)]
        change = lambda values: lambda s: s.update_contribution(selected.id, text=values["text"])  # noqa: E731
        self.open_form(
            t("steps.definition.edit_title"), fields, change, form="edit", item_id=selected.id
        )

    def action_remove(self) -> None:
        selected = self._selected()
        if selected is not None:
            self.confirm(
                t("steps.definition.confirm_remove", text=selected.text[:60]),
                lambda: self.mutate(lambda s: s.remove_contribution(selected.id)),
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        in_list = self.ready and self.table.has_focus
        if action in ("toggle_factor", "edit", "remove", "new") and not in_list:
            return False
        if action == "to_list":
            return self.focused_id() == "contribution-input"
        return super().check_action(action, parameters)

    def focused_id(self) -> str | None:
        focused = self.screen.focused if self.ready else None
        return focused.id if focused is not None else None

    def focus_view(self, pane_id: str) -> None:
        target = {
            "contributions-tab": "#contribution-input",
            "comparison-tab": "#comparison",
            "shared-tab": "#shared-definition",
        }.get(pane_id)
        if target:
            self.query_one(target).focus()

    # -- verdicts ------------------------------------------------------------------

    @on(ComparisonTable.VerdictChosen)
    def _verdict(self, event: ComparisonTable.VerdictChosen) -> None:
        self.mutate(lambda s: s.set_verdict(event.factor_id, event.verdict))

    @on(ComparisonTable.NoteRequested)
    def _verdict_note(self, event: ComparisonTable.NoteRequested) -> None:
        factor = self.context.template.factor(event.factor_id)
        old = self.session.veiligheid.verdict_for(event.factor_id)
        self.open_form(
            t("steps.definition.note_title", factor=factor.name if factor else event.factor_id),
            [TextField("note", t("models.field.note"), old.note if old else "")],
            lambda values: (
                lambda s: s.set_verdict(
                    event.factor_id, old.verdict if old else None, values["note"]
                )
            ),
        )

    # -- shared definition, agreements, differences --------------------------------

    @on(TextArea.Changed, "#shared-definition")
    def _definition_typed(self) -> None:
        # Save a moment after typing stops, and always when leaving the field.
        if self._definition_timer is not None:
            self._definition_timer.stop()
        self._definition_timer = self.set_timer(1.5, self._save_definition)

    def on_descendant_blur(self, event: Any) -> None:
        if getattr(event.widget, "id", None) == "shared-definition":
            self._save_definition()

    def _save_definition(self) -> None:
        if self._definition_timer is not None:
            self._definition_timer.stop()
            self._definition_timer = None
        text = self.query_one("#shared-definition", TextArea).text
        if text.strip() != self.session.veiligheid.shared_definition:
            self.mutate(lambda s: s.set_shared_definition(text))

    @on(NoteList.Added)
    def _note_added(self, event: NoteList.Added) -> None:
        kind = event.kind
        added = self.mutate(lambda s: s.add_note(kind, event.text))  # type: ignore[arg-type]
        if added is not None:
            self.query_one(f"#{kind}-input", Input).value = ""

    @on(NoteList.Removed)
    def _note_removed(self, event: NoteList.Removed) -> None:
        kind = event.kind
        self.mutate(lambda s: s.remove_note(kind, event.note_id))  # type: ignore[arg-type]

    # -- projector -------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        # One statement per line: the projector view puts each on its own.
        template = self.context.template
        veiligheid = self.session.veiligheid
        lines: list[str] = []
        if veiligheid.shared_definition:
            lines.append(
                t("steps.definition.present.definition", text=veiligheid.shared_definition)
            )
        for row in compare_factors(self.session, template):
            if row.total or row.verdict:
                lines.append(
                    t(
                        "steps.definition.present.factor",
                        factor=row.factor.name,
                        left=template.comparison.left_label,
                        left_count=len(row.left),
                        right=template.comparison.right_label,
                        right_count=len(row.right),
                        verdict=verdict_text(row.verdict),
                    )
                )
        for note in veiligheid.agreements:
            lines.append(t("steps.definition.present.agreement", text=note.text))
        for note in veiligheid.differences:
            lines.append(t("steps.definition.present.difference", text=note.text))
        people = {p.id: p for p in self.session.participants}
        for c in veiligheid.contributions[-12:]:
            person = people.get(c.participant_id or "")
            who = f" — {self.person_label(person, public=True)}" if person else ""
            lines.append(f"“{c.text}”{who}")
        return lines


VIEW = DefinitionView
