"""Items of the record as choices, and typed references to them.

The same searchable texts serve the pickers and the quick-entry lines: a
participant is found by name, function, organisation or pseudonym, an
actor by function, organisation or the person behind it, a wish by its
words or its place.
"""

from __future__ import annotations

import re

from cocreatie.entry.matching import Candidate, resolve
from cocreatie.entry.reading import Question, choice_value
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating.model import SessionTemplate

# "Karin: het is hier 's avonds donker" names the speaker before the colon.
_SPEAKER = re.compile(r"^([^:]{1,40}):\s*(.*)$")
_SPEAKER_WORDS = 4


def participant_candidates(session: Session, template: SessionTemplate) -> list[Candidate]:
    kinds = {k.id: k.label for k in template.participant_kinds}
    out = []
    for person in session.participants:
        extra = " · ".join(x for x in (kinds.get(person.kind, person.kind), person.function) if x)
        label = f"{person.display_name} · {extra}" if extra else person.display_name
        if person.organisation:
            label += f" ({person.organisation})"
        out.append(Candidate(person.id, label, person.pseudonym))
    return out


def actor_candidates(session: Session) -> list[Candidate]:
    return [Candidate(a.id, a.label(), a.domain.value if a.domain else "") for a in session.actors]


def wish_candidates(session: Session) -> list[Candidate]:
    out = []
    for wish in session.wishes:
        star = "★ " if wish.prioritised else ""
        out.append(Candidate(wish.id, f"{star}{wish.text}", f"{wish.location.text} {wish.theme}"))
    return out


def as_question(field: str, title: str, query: str, matches: tuple[Candidate, ...]) -> Question:
    """A question whose candidates fill ``field`` when chosen."""
    return Question(
        title,
        query,
        tuple(Candidate(choice_value(field, c.value), c.label, c.keywords) for c in matches),
    )


def refer(
    query: str,
    candidates: list[Candidate],
    field: str,
    title: str,
    *,
    as_typed: str | None = None,
) -> tuple[str | None, Question | None]:
    """The id ``query`` names (unique), or a question (several), or neither.

    ``as_typed`` is the label of one more answer to the question: keep the
    typed text itself (a street or a name that is not in the list yet).
    """
    found = resolve(query, candidates)
    if found.unique is not None:
        return found.unique.value, None
    if found.ambiguous:
        question = as_question(field, title, query, found.matches)
        if as_typed is not None:
            keep = Candidate(choice_value(field, query), as_typed)
            question = Question(question.title, question.query, (*question.candidates, keep))
        return None, question
    return None, None


def refer_to(
    query: str, candidates: list[Candidate], field: str, title: str, not_found: str
) -> tuple[str | None, list[Question], list[str]]:
    """``refer`` for a reference that must name something: the id, the
    question to ask, and ``not_found`` as the problem when nothing fits."""
    found, question = refer(query, candidates, field, title)
    missing = [not_found] if found is None and question is None else []
    return found, [question] if question else [], missing


def wish_reference(
    query: str, session: Session, field: str
) -> tuple[str | None, list[Question], list[str]]:
    """The wish a typed ``=`` part names, for ``field``."""
    return refer_to(
        query,
        wish_candidates(session),
        field,
        t("entry.ask.wish", typed=query),
        t("entry.problem.no_wish", typed=query),
    )


def speaker(
    head: str, session: Session, template: SessionTemplate, field: str
) -> tuple[str, str | None, list[Question]]:
    """The text after "Karin:" when the name before the colon is someone,
    that person's id for ``field``, and the question if it fits several.

    A colon that names nobody leaves the head as it was.
    """
    prefix = speaker_prefix(head)
    if prefix is None:
        return head, None, []
    who, rest = prefix
    found, question = refer(
        who,
        participant_candidates(session, template),
        field,
        t("entry.ask.participant", typed=who),
    )
    if found is None and question is None:
        return head, None, []
    return rest, found, [question] if question else []


def speaker_prefix(head: str) -> tuple[str, str] | None:
    """("Karin", "het is hier donker") for "Karin: het is hier donker"."""
    found = _SPEAKER.match(head)
    if found is None:
        return None
    name, rest = found.group(1).strip(), found.group(2).strip()
    if not name or not rest or len(name.split()) > _SPEAKER_WORDS:
        return None
    return name, rest
