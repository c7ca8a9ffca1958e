"""The resident-evening statements step: the shipped template, the
comparison it feeds, the plan, and the facilitator's view of the answers."""

from __future__ import annotations

from typing import Any

import pytest
from step_harness import StepHarness, run_view

from cocreatie.analysis import compare_factors
from cocreatie.export.plan import build_plan
from cocreatie.models import Congruence, Participant, Session, SessionMeta
from cocreatie.screens.steps import StepContext, view_for
from cocreatie.templating import SessionTemplate, load_template
from cocreatie.templating.model import StepType
from cocreatie.widgets.record_table import RecordTable


@pytest.fixture
def evening() -> SessionTemplate:
    return load_template("stellingenavond")


def _room() -> Session:
    s = Session(id="avond", meta=SessionMeta(title="Avond", purpose="Stellingen"))
    s.add(Participant(id="p-anja", display_name="Anja"))
    s.add(Participant(id="p-henk", display_name="Henk"))
    s.add(Participant(id="p-agent", display_name="Agent", kind="professional"))
    return s


def test_shipped_evening_asks_one_statement_per_factor(evening: SessionTemplate) -> None:
    assert any(step.type is StepType.STATEMENTS for step in evening.steps)
    assert [f.id for f in evening.statement_factors] == [f.id for f in evening.factors]
    assert all(f.statement for f in evening.statement_factors)


def test_answers_decide_the_verdict_by_the_gap(evening: SessionTemplate) -> None:
    s = _room()
    # Residents disagree that someone is to be found; the professional agrees:
    # far apart. On signal crime all three answer alike.
    s.answer_statements("p-anja", {"toezicht": 1, "signaalcriminaliteit": 4})
    s.answer_statements("p-henk", {"toezicht": 2, "signaalcriminaliteit": 4})
    s.answer_statements("p-agent", {"toezicht": 5, "signaalcriminaliteit": 4})
    # A changed answer replaces the earlier one rather than counting twice.
    s.answer_statements("p-henk", {"toezicht": 1})
    rows = {r.factor.id: r for r in compare_factors(s, evening)}
    watch = rows["toezicht"]
    assert (sorted(watch.left_scores), watch.right_scores) == ([1, 1], [5])
    assert watch.verdict is Congruence.NO and watch.from_statements
    same = rows["signaalcriminaliteit"]
    assert same.verdict is Congruence.YES and same.score_gap == 0
    assert rows["verloedering"].verdict is None and rows["verloedering"].total == 0


def test_verdict_of_the_room_wins_over_the_answers(evening: SessionTemplate) -> None:
    s = _room()
    s.answer_statements("p-anja", {"toezicht": 1})
    s.answer_statements("p-agent", {"toezicht": 5})
    s.set_verdict("toezicht", Congruence.PARTLY, "")
    row = next(r for r in compare_factors(s, evening) if r.factor.id == "toezicht")
    assert row.verdict is Congruence.PARTLY and not row.from_statements


def test_plan_shows_both_sides_averages(evening: SessionTemplate) -> None:
    s = _room()
    s.answer_statements("p-anja", {"toezicht": 2})
    s.answer_statements("p-henk", {"toezicht": 3})
    s.answer_statements("p-agent", {"toezicht": 5})
    plan = build_plan(s, evening)
    row = next(r for r in plan.factor_rows if r.factor.startswith("8."))
    assert row.left == ["Stelling: gemiddeld 2,5 van 5 (2 antwoorden)"]
    assert row.right == ["Stelling: gemiddeld 5,0 van 5 (1 antwoorden)"]
    assert "afgeleid uit de antwoorden" in row.verdict


async def test_view_lists_the_answers_and_the_grade(evening: SessionTemplate) -> None:
    s = _room()
    s.answer_statements("p-anja", {"toezicht": 2})
    s.answer_statements("p-agent", {"toezicht": 4})
    s.respond_closing("p-anja", grade=6)
    s.respond_closing("p-agent", grade=8)
    async with run_view(evening, StepType.STATEMENTS, s, size=(100, 30)) as (_, _pilot, view):
        table = view.query_one(RecordTable)
        assert table.row_keys[: len(evening.factors)] == [f.id for f in evening.factors]
        cells = [str(c) for c in table.get_row("toezicht")]
        assert "2,0 (1)" in cells and "4,0 (1)" in cells
        grade = str(view.query_one("#statements-grade").render())
        assert "gemiddeld 7,0 (2 cijfers)" in grade
        lines = view.presentation_lines()
        assert any("Ik weet wie ik kan aanspreken" in line for line in lines)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_statements_view_snapshot(
    snap_compare: Any, evening: SessionTemplate, frozen_clock: object, size: tuple[int, int]
) -> None:
    s = _room()
    s.answer_statements("p-anja", {"toezicht": 1, "signaalcriminaliteit": 4})
    s.answer_statements("p-henk", {"toezicht": 2, "communicatie": 3})
    s.answer_statements("p-agent", {"toezicht": 5, "signaalcriminaliteit": 4, "communicatie": 4})
    s.respond_closing("p-anja", grade=6)
    step = next(st for st in evening.steps if st.type is StepType.STATEMENTS)
    view = view_for(StepType.STATEMENTS)(StepContext(s, evening, step, False))
    assert snap_compare(StepHarness(view), terminal_size=size)
