"""Per factor: how often each side of the room mentioned it, and the verdict.

The report pairs every finding ("according to residents" / "according to
professionals") with a verdict on shared sense of the problem; this table
shows both counts side by side as contributions come in, and lets the
facilitator give the verdict with one key.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message

from cocreatie.analysis import FactorComparison
from cocreatie.analysis.comparison import side_label
from cocreatie.i18n import t
from cocreatie.models import Congruence
from cocreatie.templating.model import Comparison
from cocreatie.widgets.factor_picker import factor_label
from cocreatie.widgets.record_table import Column, RecordTable, Row

VERDICT_SYMBOL = {Congruence.YES: "✓", Congruence.PARTLY: "◐", Congruence.NO: "✗"}


def verdict_text(verdict: Congruence | None) -> str:
    if verdict is None:
        return "—"
    return f"{VERDICT_SYMBOL[verdict]} {t(f'models.vocab.congruence.{verdict.value}')}"


def verdict_note(row: FactorComparison, comparison: Comparison) -> str:
    """The note, and for a verdict that follows from one side only, why."""
    reason = ""
    if row.derived:
        reason = t("analysis.one_sided", side=side_label(row, comparison))
    return " · ".join(part for part in (reason, row.note) if part)


class ComparisonTable(RecordTable):
    BINDINGS = [
        Binding("j", "verdict('yes')", "steps.definition.key.yes", id="steps.definition.yes"),
        Binding(
            "d", "verdict('partly')", "steps.definition.key.partly", id="steps.definition.partly"
        ),
        Binding("n", "verdict('no')", "steps.definition.key.no", id="steps.definition.no"),
        Binding("x", "verdict('')", "steps.definition.key.clear", id="steps.definition.clear"),
        Binding("t", "note", "steps.definition.key.note", id="steps.definition.note"),
    ]

    class VerdictChosen(Message):
        def __init__(self, factor_id: str, verdict: Congruence | None) -> None:
            super().__init__()
            self.factor_id = factor_id
            self.verdict = verdict

    class NoteRequested(Message):
        def __init__(self, factor_id: str) -> None:
            super().__init__()
            self.factor_id = factor_id

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        self.comparison = comparison
        super().__init__(
            [
                Column("number", t("steps.definition.col.number"), 3),
                Column("factor", t("steps.definition.col.factor"), None),
                Column("left", comparison.left_label[:12], max(5, len(comparison.left_label[:12]))),
                Column(
                    "right", comparison.right_label[:13], max(5, len(comparison.right_label[:13]))
                ),
                Column("other", t("steps.definition.col.other"), 6),
                Column("verdict", t("steps.definition.col.verdict"), 8),
                Column("note", t("steps.definition.col.note"), 20, only_from=100),
            ],
            id=id,
        )

    def show_comparison(self, rows: Sequence[FactorComparison]) -> None:
        self.show(
            [
                Row(
                    row.factor.id,
                    [
                        str(row.factor.number),
                        factor_label(row.factor),
                        _count(len(row.left)),
                        _count(len(row.right)),
                        _count(len(row.other)),
                        verdict_text(row.verdict),
                        verdict_note(row, self.comparison),
                    ],
                )
                for row in rows
            ]
        )

    def action_verdict(self, value: str) -> None:
        if self.selected_key:
            verdict = Congruence(value) if value else None
            self.post_message(self.VerdictChosen(self.selected_key, verdict))

    def on_data_table_row_selected(self, event: RecordTable.RowSelected) -> None:
        # Enter (or a click on the chosen row) opens the note, like "t".
        event.stop()
        self.action_note()

    def action_note(self) -> None:
        if self.selected_key:
            self.post_message(self.NoteRequested(self.selected_key))


def _count(n: int) -> Text:
    # Zero is shown as a dot so the columns with something in them stand out
    # without colour.
    return Text(str(n) if n else "·", justify="right")
