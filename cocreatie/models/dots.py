"""Dot voting from phones: who placed how many dots on which wish.

The template gives each participant a number of dots; the session's
methods (``DotEdits``) refuse a placement over that budget, so the budget
holds whatever a phone sends. A wish's ``votes`` is the facilitator's
tally plus the dots on it, kept together by the same methods; the
facilitator's minus never takes away a phone's dot.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from cocreatie.models.base import Record
from cocreatie.models.clock import now

MAX_DOTS = 20


class Dot(Record):
    """``count`` dots of one participant on one wish."""

    wish_id: str
    # None once the participant was removed: the dots still count.
    participant_id: str | None
    count: int = Field(ge=1, le=MAX_DOTS)
    placed: datetime = Field(default_factory=now)


class DotVoting(Record):
    # Dots can be placed and moved until the facilitator closes the vote.
    open: bool = True
    dots: list[Dot] = Field(default_factory=list)

    def placed_by(self, participant_id: str) -> int:
        return sum(d.count for d in self.dots if d.participant_id == participant_id)

    def on_wish(self, wish_id: str) -> int:
        return sum(d.count for d in self.dots if d.wish_id == wish_id)

    def of(self, participant_id: str, wish_id: str) -> int:
        return sum(
            d.count
            for d in self.dots
            if d.participant_id == participant_id and d.wish_id == wish_id
        )
