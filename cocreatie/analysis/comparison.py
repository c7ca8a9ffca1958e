"""The residents-versus-professionals comparison per factor.

Every finding in the report is a pair ("according to residents" / "according
to professionals") plus a verdict; this builds exactly that from what the
room said. Which two sides are compared comes from the template, so a joint
OOV × Verkeer session can set the two departments against each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cocreatie.models import Congruence, Participant, Session
from cocreatie.templating.model import Comparison, Factor, SessionTemplate


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

    @property
    def total(self) -> int:
        return len(self.left) + len(self.right) + len(self.other)

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
        side = side_of(people.get(contribution.participant_id or ""), template.comparison)
        for factor_id in contribution.factor_ids:
            row = rows.get(factor_id)
            if row is not None:
                getattr(row, side).append(contribution.id)
    for verdict in session.veiligheid.verdicts:
        row = rows.get(verdict.factor_id)
        if row is not None:
            row.verdict = verdict.verdict
            row.note = verdict.note
    for row in rows.values():
        # Raised by one side only: the other does not share the sense of the
        # problem at all, the strongest "no". A verdict the room gave stands.
        if row.verdict is None and row.one_sided is not None:
            row.verdict = Congruence.NO
            row.derived = True
    return list(rows.values())


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
        c.id for c in session.veiligheid.contributions if not any(f in known for f in c.factor_ids)
    ]
