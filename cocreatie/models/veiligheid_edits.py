"""Step "Wat is veiligheid?": the session's edits of its safety definition.

A mixin of ``Session``, kept apart because it is one concept: what people
said, the factors they named, the congruence verdicts and the shared
definition. Each edit validates the whole new definition and hands it to
the session's all-or-nothing commit (which also checks that a contribution
names a known participant).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from cocreatie.models.base import UnknownItemError
from cocreatie.models.veiligheid import Contribution, FactorVerdict, Note, SafetyDefinition
from cocreatie.models.vocab import Congruence

NoteKind = Literal["agreements", "differences"]


class VeiligheidEdits:
    if TYPE_CHECKING:
        veiligheid: SafetyDefinition

        def _commit(self, changes: dict[str, Any], *, touch: bool = True) -> None: ...

    def add_contribution(
        self, text: str, participant_id: str | None = None, factor_ids: list[str] | None = None
    ) -> Contribution:
        item = Contribution(text=text, participant_id=participant_id, factor_ids=factor_ids or [])
        self._revise_veiligheid(contributions=[*self.veiligheid.contributions, item])
        return item

    def update_contribution(self, contribution_id: str, **changes: Any) -> Contribution:
        new = self.contribution(contribution_id).revised(**changes)
        items = [new if c.id == contribution_id else c for c in self.veiligheid.contributions]
        self._revise_veiligheid(contributions=items)
        return new

    def toggle_contribution_factor(self, contribution_id: str, factor_id: str) -> Contribution:
        factors = list(self.contribution(contribution_id).factor_ids)
        if factor_id in factors:
            factors.remove(factor_id)
        else:
            factors.append(factor_id)
        return self.update_contribution(contribution_id, factor_ids=factors)

    def remove_contribution(self, contribution_id: str) -> None:
        self.contribution(contribution_id)
        # Duplicates merged into it stay out of sight, pointing nowhere.
        kept = [
            c.validated_copy(merged_into=None, hidden=True)
            if c.merged_into == contribution_id
            else c
            for c in self.veiligheid.contributions
            if c.id != contribution_id
        ]
        self._revise_veiligheid(contributions=kept)

    def set_verdict(
        self, factor_id: str, verdict: Congruence | None, note: str | None = None
    ) -> FactorVerdict:
        """Record the congruence verdict of one factor; ``note=None`` keeps the note."""
        old = self.veiligheid.verdict_for(factor_id)
        kept_note = old.note if old and note is None else (note or "")
        new = (
            old.revised(verdict=verdict, note=kept_note)
            if old
            else FactorVerdict(factor_id=factor_id, verdict=verdict, note=kept_note)
        )
        others = [v for v in self.veiligheid.verdicts if v.factor_id != factor_id]
        self._revise_veiligheid(verdicts=[*others, new])
        return new

    def set_shared_definition(self, text: str) -> None:
        self._revise_veiligheid(shared_definition=text)

    def add_note(self, kind: NoteKind, text: str) -> Note:
        note = Note(text=text)
        self._revise_veiligheid(**{kind: [*getattr(self.veiligheid, kind), note]})
        return note

    def remove_note(self, kind: NoteKind, note_id: str) -> None:
        notes: list[Note] = getattr(self.veiligheid, kind)
        if not any(n.id == note_id for n in notes):
            raise UnknownItemError(kind, note_id)
        self._revise_veiligheid(**{kind: [n for n in notes if n.id != note_id]})

    def contribution(self, contribution_id: str) -> Contribution:
        """The contribution with ``contribution_id``; raises ``UnknownItemError``."""
        for c in self.veiligheid.contributions:
            if c.id == contribution_id:
                return c
        raise UnknownItemError("contributions", contribution_id)

    def _revise_veiligheid(self, **changes: Any) -> None:
        self._commit({"veiligheid": self.veiligheid.validated_copy(**changes)})
