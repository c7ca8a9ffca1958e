"""The facilitator's hand on what phones send: hide, and merge duplicates.

A mixin of ``Session``. A hidden item stays in the record (nothing a
participant sent is thrown away) but is left out of the comparison,
prioritising, the plan and every export. A merged duplicate is hidden the
same way and remembers which item it went into (``merged_into``); what it
carried moves there: participants, factors, votes and dots, and for a wish
also its roles, contact persons and actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cocreatie.models.action import Action
from cocreatie.models.actor import RoleAssignment
from cocreatie.models.base import UnknownItemError
from cocreatie.models.contact import ContactPerson
from cocreatie.models.dots import Dot, DotVoting
from cocreatie.models.refusal import refused
from cocreatie.models.veiligheid import Contribution, SafetyDefinition
from cocreatie.models.wish import Wish


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


class CurationEdits:
    if TYPE_CHECKING:
        veiligheid: SafetyDefinition
        wishes: list[Wish]
        roles: list[RoleAssignment]
        contacts: list[ContactPerson]
        actions: list[Action]
        voting: DotVoting

        def _commit(self, changes: dict[str, Any], *, touch: bool = True) -> None: ...
        def contribution(self, contribution_id: str) -> Contribution: ...

    def hide_contribution(self, contribution_id: str, hidden: bool = True) -> Contribution:
        new = self.contribution(contribution_id).revised(hidden=hidden)
        items = [new if c.id == contribution_id else c for c in self.veiligheid.contributions]
        self._commit({"veiligheid": self.veiligheid.validated_copy(contributions=items)})
        return new

    def hide_wish(self, wish_id: str, hidden: bool = True) -> Wish:
        # A hidden wish cannot stay among the chosen ones.
        new = self._wish(wish_id).revised(
            hidden=hidden, prioritised=self._wish(wish_id).prioritised and not hidden
        )
        self._commit({"wishes": [new if w.id == wish_id else w for w in self.wishes]})
        return new

    def merge_contributions(self, source_id: str, into_id: str) -> Contribution:
        """Fold ``source`` into ``into``; returns ``into`` as it now is."""
        source, into = self.contribution(source_id), self.contribution(into_id)
        self._check_merge(source_id, into_id, into.merged_into)
        kept = into.revised(factor_ids=_union(into.factor_ids, source.factor_ids))
        gone = source.revised(merged_into=into_id)
        items = [
            kept
            if c.id == into_id
            else gone
            if c.id == source_id
            else c.validated_copy(merged_into=into_id)
            if c.merged_into == source_id
            else c
            for c in self.veiligheid.contributions
        ]
        self._commit({"veiligheid": self.veiligheid.validated_copy(contributions=items)})
        return kept

    def merge_wishes(self, source_id: str, into_id: str) -> Wish:
        """Fold ``source`` into ``into``; returns ``into`` as it now is."""
        source, into = self._wish(source_id), self._wish(into_id)
        self._check_merge(source_id, into_id, into.merged_into)
        location = into.location if into.location.text else source.location
        kept = into.revised(
            participant_ids=_union(into.participant_ids, source.participant_ids),
            factor_ids=_union(into.factor_ids, source.factor_ids),
            votes=into.votes + source.votes,
            location=location,
            time_of_day=into.time_of_day or source.time_of_day,
            prioritised=into.prioritised or source.prioritised,
        )
        gone = source.revised(merged_into=into_id, votes=0, prioritised=False)
        wishes = [
            kept
            if w.id == into_id
            else gone
            if w.id == source_id
            # What was merged into the source now points where it went.
            else w.validated_copy(merged_into=into_id)
            if w.merged_into == source_id
            else w
            for w in self.wishes
        ]
        self._commit(
            {
                "wishes": wishes,
                "voting": self.voting.validated_copy(dots=self._dots_moved(source_id, into_id)),
                "roles": self._roles_moved(source_id, into_id),
                "contacts": [
                    k.validated_copy(wish_id=into_id) if k.wish_id == source_id else k
                    for k in self.contacts
                ],
                "actions": [
                    a.validated_copy(
                        wish_ids=_union([into_id if w == source_id else w for w in a.wish_ids], [])
                    )
                    if source_id in a.wish_ids
                    else a
                    for a in self.actions
                ],
            }
        )
        return kept

    def _dots_moved(self, source_id: str, into_id: str) -> list[Dot]:
        # One participant's dots on both wishes become one entry on the kept one.
        totals: dict[str | None, int] = {}
        others: list[Dot] = []
        for dot in self.voting.dots:
            if dot.wish_id in (source_id, into_id):
                totals[dot.participant_id] = totals.get(dot.participant_id, 0) + dot.count
            else:
                others.append(dot)
        moved = [
            Dot(wish_id=into_id, participant_id=who, count=count) for who, count in totals.items()
        ]
        return [*others, *moved]

    def _roles_moved(self, source_id: str, into_id: str) -> list[RoleAssignment]:
        # An actor with a role on both wishes keeps the one on the kept wish.
        taken = {r.actor_id for r in self.roles if r.wish_id == into_id}
        roles: list[RoleAssignment] = []
        for role in self.roles:
            if role.wish_id == source_id:
                if role.actor_id in taken:
                    continue
                role = role.validated_copy(wish_id=into_id)
            roles.append(role)
        return roles

    def _check_merge(self, source_id: str, into_id: str, into_merged: str | None) -> None:
        if source_id == into_id:
            raise refused("merge_self", "cannot merge an item into itself")
        if into_merged is not None:
            raise refused("merge_into_merged", "the item to merge into was merged itself")

    def _wish(self, wish_id: str) -> Wish:
        found = next((w for w in self.wishes if w.id == wish_id), None)
        if found is None:
            raise UnknownItemError("wishes", wish_id)
        return found
