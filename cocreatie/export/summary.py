"""The plan's first page and its worry × visible-action grid.

Both are views of what the rest of the plan already holds: the summary
repeats the chosen wishes, the actions and the count of open points, so a
coordinator who reads only page one knows where things stand.
"""

from __future__ import annotations

from collections.abc import Sequence

from cocreatie.export.plan_model import (
    ActionRow,
    BuikpijnGrid,
    QuadrantCell,
    Summary,
    SummaryAction,
    SummaryWish,
)
from cocreatie.i18n import t
from cocreatie.models import Action, ActionStatus, Quadrant, Session
from cocreatie.templating import SessionTemplate

# Rows high worry, low worry; columns with, without visible action.
GRID = (
    (Quadrant.ACT_AND_TELL, Quadrant.ACT_OR_EXPLAIN),
    (Quadrant.ACT_QUIETLY, Quadrant.LEAVE),
)


def one_paragraph(text: str) -> str:
    return " ".join(text.split())


def build_summary(
    session: Session,
    template: SessionTemplate,
    actions: Sequence[tuple[ActionRow, Action]],
    open_warnings: int,
) -> Summary:
    chosen = session.chosen_wishes(template.voting.prioritise_top)
    live = [(row, a) for row, a in actions if a.status is not ActionStatus.DROPPED]
    return Summary(
        purpose=one_paragraph(session.meta.purpose),
        residents=sum(1 for p in session.participants if p.is_resident),
        professionals=sum(1 for p in session.participants if not p.is_resident),
        definition=one_paragraph(session.veiligheid.shared_definition),
        top_wishes=[SummaryWish(w.text, w.votes) for w in chosen],
        actions=[
            SummaryAction(
                title=row.title,
                owner=f"{row.owner} / {row.co_owner}" if row.co_owner else row.owner,
                contact=row.contact,
                deadline=row.deadline,
                status=row.status,
                late=row.late,
            )
            for row, _ in live
        ],
        open_warnings=open_warnings,
    )


def build_buikpijn(session: Session, lang: str) -> BuikpijnGrid:
    placed: dict[Quadrant, list[SummaryWish]] = {q: [] for row in GRID for q in row}
    unplaced: list[SummaryWish] = []
    for wish in session.wishes_by_votes():
        quadrant = wish.quadrant
        entry = SummaryWish(wish.text, wish.votes)
        if quadrant is None:
            unplaced.append(entry)
        else:
            placed[quadrant].append(entry)
    rows = [
        [
            QuadrantCell(q.value, t(f"models.vocab.quadrant.{q.value}", lang=lang), placed[q])
            for q in row
        ]
        for row in GRID
    ]
    return BuikpijnGrid(rows, unplaced)
