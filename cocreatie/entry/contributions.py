"""What someone said, on one line: ``[wie:] tekst [#factoren]``.

``Samira: ik fiets er 's avonds niet meer #38`` is Samira's contribution,
tagged with factors 3 and 8. Without a name before a colon the speaker
shown beside the line says it.
"""

from __future__ import annotations

from typing import Any

from cocreatie.entry.apply import CodeParts
from cocreatie.entry.line import join_text, split_line
from cocreatie.entry.preview import describe, names
from cocreatie.entry.reading import Reading
from cocreatie.entry.references import speaker
from cocreatie.entry.vocabulary import factor_codes
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating.model import SessionTemplate

SIGILS = "#"


def read_contribution(line: str, session: Session, template: SessionTemplate) -> Reading:
    parsed = split_line(line, SIGILS)
    fields: dict[str, Any] = {"factor_ids": []}
    head, found, questions = speaker(parsed.head, session, template, "participant_id")
    if found is not None:
        fields["participant_id"] = found
    codes = CodeParts(factor_codes(template), multi=frozenset({"factor_ids"}))
    kept: list[str] = []
    for part in parsed.parts:
        before = len(codes.kept)
        codes.read(part)
        kept += codes.kept[before:]
    fields["factor_ids"] = codes.fields.get("factor_ids", [])
    fields["text"] = join_text(head, *kept)
    problems = list(codes.problems)
    if not fields["text"]:
        problems.insert(0, t("entry.problem.no_text"))
    return Reading(fields, tuple(questions + codes.questions), tuple(problems), tuple(kept))


def preview_contribution(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    factors = {f.id: str(f.number) for f in template.factors}
    people = {p.id: p.display_name for p in session.participants}
    speaker = fields.get("participant_id")
    return describe(
        reading,
        [
            ("entry.field.speaker", people.get(speaker, "") if speaker else ""),
            ("entry.field.text", fields.get("text", "")),
            ("entry.field.factor_ids", names(fields.get("factor_ids", []), factors)),
        ],
    )
