"""The residents-versus-professionals comparison per factor.

Every finding in the report is a pair ("according to residents" / "according
to professionals") plus a verdict; this builds exactly that from what the
room said. Which two sides are compared comes from the template, so a joint
OOV × Verkeer session can set the two departments against each other.

Two kinds of input feed it: contributions tagged with a factor (typed in
the room or sent from a phone), and answers to the factor's statement on
the five-point agree scale (the resident-evening format). Hidden and merged
contributions count for nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import mean
from typing import Literal

from cocreatie.models import Congruence, Participant, Session
from cocreatie.templating.model import Comparison, Factor, SessionTemplate

# How far apart (in points of the five-point scale) the two sides' average
# answers may lie and still share the sense of the problem: within half a
# point they answer alike, beyond one and a half they see it differently.
SAME_GAP = 0.5
PARTLY_GAP = 1.5


@dataclass
class FactorComparison:
    factor: Factor
    left: list[str] = field(default_factory=list)  # contribution ids
    right: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # unknown speaker or third kind
    verdict: Congruence | None = None
    note: str = ""
    # True when nobody gave a verdict and it follows from who raised the factor.
    derived: bool = False
    # Answers to the factor's statement (1 = fully disagree .. 5 = fully agree).
    left_scores: list[int] = field(default_factory=list)
    right_scores: list[int] = field(default_factory=list)
    other_scores: list[int] = field(default_factory=list)
    # True when nobody gave a verdict and it follows from the two sides' answers.
    from_statements: bool = False

    @property
    def total(self) -> int:
        """Contributions and statement answers about this factor."""
        answers = len(self.left_scores) + len(self.right_scores) + len(self.other_scores)
        return len(self.left) + len(self.right) + len(self.other) + answers

    @property
    def score_gap(self) -> float | None:
        """How far apart the two sides' average answers lie; ``None`` unless
        both sides answered."""
        if not (self.left_scores and self.right_scores):
            return None
        return abs(mean(self.left_scores) - mean(self.right_scores))

    @property
    def one_sided(self) -> Literal["left", "right"] | None:
        """The only side that raised this factor, if just one of the two did."""
        if self.left and not self.right:
            return "left"
        if self.right and not self.left:
            return "right"
        return None


def side_of(person: Participant | None, comparison: Comparison) -> str:
    """'left', 'right' or 'other' for one participant."""
    if person is None:
        return "other"
    value = person.kind if comparison.by == "kind" else (person.domain or "")
    if value in comparison.left:
        return "left"
    if value in comparison.right:
        return "right"
    return "other"


def compare_factors(session: Session, template: SessionTemplate) -> list[FactorComparison]:
    people = {p.id: p for p in session.participants}
    rows = {f.id: FactorComparison(factor=f) for f in template.factors}
    for contribution in session.veiligheid.contributions:
        if not contribution.shown:
            continue
        side = side_of(people.get(contribution.participant_id or ""), template.comparison)
        for factor_id in contribution.factor_ids:
            row = rows.get(factor_id)
            if row is not None:
                getattr(row, side).append(contribution.id)
    for answer in session.statements:
        row = rows.get(answer.factor_id)
        if row is not None:
            side = side_of(people.get(answer.participant_id or ""), template.comparison)
            getattr(row, f"{side}_scores").append(answer.agree)
    for verdict in session.veiligheid.verdicts:
        row = rows.get(verdict.factor_id)
        if row is not None:
            row.verdict = verdict.verdict
            row.note = verdict.note
    for row in rows.values():
        _derive_verdict(row)
    return list(rows.values())


def _derive_verdict(row: FactorComparison) -> None:
    """A verdict that follows from what was said, when the room gave none.

    Both sides answered the statement: how far apart their answers lie says
    it most directly. Otherwise, raised by one side only: the other does not
    share the sense of the problem at all, the strongest "no".
    """
    if row.verdict is not None:
        return
    gap = row.score_gap
    if gap is not None:
        row.verdict = (
            Congruence.YES
            if gap <= SAME_GAP
            else Congruence.PARTLY
            if gap <= PARTLY_GAP
            else Congruence.NO
        )
        row.from_statements = True
    elif row.one_sided is not None:
        row.verdict = Congruence.NO
        row.derived = True


def score_summary(scores: list[int]) -> tuple[float, int] | None:
    """The average answer (one decimal) and how many answered; ``None`` if nobody."""
    return (round(mean(scores), 1), len(scores)) if scores else None


def side_label(row: FactorComparison, comparison: Comparison) -> str:
    """The label of the one side that raised the factor ("Bewoners"), or ""."""
    if row.one_sided == "left":
        return comparison.left_label
    if row.one_sided == "right":
        return comparison.right_label
    return ""


def untagged_contributions(session: Session, template: SessionTemplate) -> list[str]:
    known = {f.id for f in template.factors}
    return [
        c.id
        for c in session.veiligheid.contributions
        if c.shown and not any(f in known for f in c.factor_ids)
    ]
