"""Placing dots: the budget, the closed vote, and the facilitator's tally.

A mixin of ``Session``. ``set_dots`` says how many dots one participant
has on one wish (an absolute number, so a retried request changes
nothing); the wish's ``votes`` moves by the same amount in the same
change. The budget is the template's ``dots_per_participant``, passed in
by the caller that knows the template.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cocreatie.models.base import UnknownItemError
from cocreatie.models.clock import now
from cocreatie.models.dots import MAX_DOTS, Dot, DotVoting
from cocreatie.models.participant import Participant
from cocreatie.models.refusal import refused
from cocreatie.models.wish import Wish


class DotEdits:
    if TYPE_CHECKING:
        participants: list[Participant]
        wishes: list[Wish]
        voting: DotVoting

        def _commit(self, changes: dict[str, Any], *, touch: bool = True) -> None: ...

    def set_dots(self, participant_id: str, wish_id: str, count: int, budget: int) -> int:
        """Give the participant ``count`` dots on the wish; returns how many
        dots they have left. Refused when voting is closed, the wish is
        hidden or merged, or the participant would pass ``budget``."""
        if not any(p.id == participant_id for p in self.participants):
            raise UnknownItemError("participants", participant_id)
        wish = next((w for w in self.wishes if w.id == wish_id), None)
        if wish is None:
            raise UnknownItemError("wishes", wish_id)
        if not self.voting.open:
            raise refused("dots_closed", "voting is closed", ("voting",))
        if not wish.shown:
            raise refused("dots_wish_gone", "this wish is no longer on the list", ("voting",))
        if not 0 <= count <= MAX_DOTS:
            raise refused("dots_count", "not a number of dots: {count}", ("voting",), count=count)
        before = self.voting.of(participant_id, wish_id)
        elsewhere = self.voting.placed_by(participant_id) - before
        if elsewhere + count > budget:
            raise refused(
                "dots_over_budget",
                "at most {budget} dots each",
                ("voting",),
                budget=budget,
            )
        if count == before:
            return budget - elsewhere - count
        kept = [
            d
            for d in self.voting.dots
            if not (d.participant_id == participant_id and d.wish_id == wish_id)
        ]
        if count:
            kept.append(
                Dot(wish_id=wish_id, participant_id=participant_id, count=count, placed=now())
            )
        new_wish = wish.revised(votes=wish.votes + count - before)
        self._commit(
            {
                "voting": self.voting.validated_copy(dots=kept),
                "wishes": [new_wish if w.id == wish_id else w for w in self.wishes],
            }
        )
        return budget - elsewhere - count

    def dots_left(self, participant_id: str, budget: int) -> int:
        return max(0, budget - self.voting.placed_by(participant_id))

    def counted_votes(self, wish_id: str) -> int:
        """The facilitator's own tally of a wish: its votes less the dots."""
        wish = next((w for w in self.wishes if w.id == wish_id), None)
        if wish is None:
            raise UnknownItemError("wishes", wish_id)
        return wish.votes - self.voting.on_wish(wish_id)

    def close_voting(self) -> None:
        if self.voting.open:
            self._commit({"voting": self.voting.validated_copy(open=False)})

    def open_voting(self) -> None:
        if not self.voting.open:
            self._commit({"voting": self.voting.validated_copy(open=True)})
