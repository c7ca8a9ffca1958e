"""Step "Stellingen": what residents and professionals answered per factor.

Participants answer on their phones (the web layer), so this view only
shows: per factor with a statement, the two sides' average answer on the
five-point agree scale and how many answered, and the verdict that follows
(or the one the room gave in the "veiligheid" step). Below, the average
report-card grade. It redraws from the record whenever that changes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from cocreatie.analysis import compare_factors
from cocreatie.analysis.comparison import score_summary
from cocreatie.i18n import t
from cocreatie.screens.steps.base import StepView
from cocreatie.widgets.record_table import Column, RecordTable, Row


def _decimal(value: float) -> str:
    """One decimal, with the language's decimal mark ("4,5" in Dutch)."""
    return f"{value:.1f}".replace(".", t("export.text.decimal_mark"))


def _side(scores: list[int]) -> str:
    summary = score_summary(scores)
    if summary is None:
        return "–"
    average, count = summary
    return t("steps.statements.score", average=_decimal(average), count=count)


class StatementsView(StepView):
    DEFAULT_CSS = """
    StatementsView #statements-grade {
        height: auto;
        padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        comparison = self.context.template.comparison
        yield Static(t("steps.statements.legend"), classes="legend")
        yield RecordTable(
            [
                Column("statement", t("steps.statements.col.statement")),
                Column("left", comparison.left_label, 14),
                Column("right", comparison.right_label, 14),
                Column("verdict", t("steps.statements.col.verdict"), 9, only_from=70),
            ],
            id="statements-table",
        )
        yield Static("", id="statements-grade")

    def on_mount(self) -> None:
        self.call_after_refresh(self.refresh_view)

    def refresh_view(self) -> None:
        if not self.is_mounted:
            return
        template = self.context.template
        asked = {f.id for f in template.statement_factors}
        rows = [
            Row(
                row.factor.id,
                [
                    f"{row.factor.number}. {row.factor.statement}",
                    _side(row.left_scores),
                    _side(row.right_scores),
                    t(f"models.vocab.congruence.{row.verdict}") if row.verdict else "",
                ],
            )
            for row in compare_factors(self.session, template)
            if row.factor.id in asked
        ]
        self.query_one("#statements-table", RecordTable).show(rows)
        self.query_one("#statements-grade", Static).update(self._grade_line())

    def _grade_line(self) -> str:
        closing = self.session.closing
        average = closing.average_grade
        if average is None:
            return t("steps.statements.no_grade")
        return t("steps.statements.grade", average=_decimal(average), count=len(closing.all_grades))

    def presentation_lines(self) -> list[str]:
        template = self.context.template
        comparison = template.comparison
        lines: list[str] = []
        for row in compare_factors(self.session, template):
            if row.factor.statement:
                lines.append(f"{row.factor.number}. {row.factor.statement}")
                lines.append(
                    f"   {comparison.left_label}: {_side(row.left_scores)}"
                    f" · {comparison.right_label}: {_side(row.right_scores)}"
                )
        lines.append(self._grade_line())
        return lines


VIEW = StatementsView
