"""What a quick-entry line says: fields for an item, and what is still open.

A ``Reading`` holds the fields ready for the model, the Dutch problems that
stop it (nothing typed, a date that is not a date), and questions: a typed
reference that fits more than one item ("wijk": the wijkagent, the
wijkregisseur or the wijkbeheerder?). The screen asks each question with
the picker, and ``answer`` puts the choice in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from cocreatie.entry.matching import Candidate


def choice_value(field_name: str, value: str) -> str:
    """How a question's candidate says where its answer goes."""
    return f"{field_name}={value}"


@dataclass(frozen=True)
class Question:
    title: str  # what the picker asks
    query: str  # what was typed: the picker's filter
    candidates: tuple[Candidate, ...]  # values made with ``choice_value``


@dataclass(frozen=True)
class Reading:
    fields: dict[str, Any] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    problems: tuple[str, ...] = ()
    # Parts that were not recognised and stay in the text, as typed.
    kept: tuple[str, ...] = ()

    @property
    def ready(self) -> bool:
        return not self.questions and not self.problems

    def answer(self, question: Question, chosen: str) -> Reading:
        """Put the candidate value ``chosen`` ("field=value") in place."""
        name, _, value = chosen.partition("=")
        fields = dict(self.fields)
        current = fields.get(name)
        if isinstance(current, list):
            fields[name] = current if value in current else [*current, value]
        else:
            fields[name] = value
        questions = tuple(q for q in self.questions if q is not question)
        return replace(self, fields=fields, questions=questions)
