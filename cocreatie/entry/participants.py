"""Who is in the room, on one line:
``naam[, functie[, organisatie]] [@straat] [#soort of jaren] [+[waarvoor]]``.

``Anja @Wipm #27 +`` is resident Anja of the Wipmolenweg ("@wipm" picks a
street of the greenfield area; another street is kept as typed), 27 years
in the neighbourhood, who consents to be contacted about the plan. A name
with a function and organisation (``Karin Bos, wijkagent, Politie``) is a
professional unless ``#`` names another kind.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cocreatie.entry.apply import CodeParts
from cocreatie.entry.line import join_text, split_line, unglue
from cocreatie.entry.matching import Candidate
from cocreatie.entry.preview import describe
from cocreatie.entry.reading import Question, Reading
from cocreatie.entry.references import refer
from cocreatie.entry.vocabulary import kind_codes
from cocreatie.i18n import t
from cocreatie.models import ParticipantKind, Session
from cocreatie.templating.model import SessionTemplate

SIGILS = "@#+"


def street_candidates(session: Session) -> list[Candidate]:
    """The greenfield streets, then the other streets typed so far."""
    streets = list(dict.fromkeys(session.meta.greenfield_area))
    streets += [p.area for p in session.participants if p.area and p.area not in streets]
    return [Candidate(s, s) for s in streets]


def read_participant(line: str, session: Session, template: SessionTemplate) -> Reading:
    codes = CodeParts(kind_codes(template), number_field="years_in_neighbourhood")
    # Kind or years may be glued to the street: "Anja @Wipm#27".
    parsed = unglue(split_line(line, SIGILS, glued="#"), codes.recognises)
    names = [p.strip() for p in parsed.head.split(",")]
    fields: dict[str, Any] = {"display_name": names[0]}
    if len(names) > 1 and names[1]:
        fields["function"] = names[1]
    if len(names) > 2:
        fields["organisation"] = ", ".join(p for p in names[2:] if p)
    kinds = {k.id for k in template.participant_kinds}
    professional = ParticipantKind.PROFESSIONAL.value
    if len(names) > 1 and professional in kinds:
        # "name, function, organisation" describes a professional.
        fields["kind"] = professional
    questions: list[Question] = []
    kept: list[str] = []
    for part in parsed.parts:
        if part.sigil == "@" and "area" not in fields and part.text:
            street, question = refer(
                part.text,
                street_candidates(session),
                "area",
                t("entry.ask.street", typed=part.text),
                as_typed=t("entry.ask.as_typed", typed=part.text),
            )
            fields["area"] = street or part.text
            questions += [question] if question else []
        elif part.sigil == "+" and "consent" not in fields:
            fields["consent"] = part.text or t("entry.default_consent")
        elif part.sigil == "#":
            before = len(codes.kept)
            codes.read(part)
            kept += codes.kept[before:]
        else:
            kept.append(part.typed)
    fields.update(codes.fields)
    fields["display_name"] = join_text(fields["display_name"], *kept)
    problems = list(codes.problems)
    if not fields["display_name"]:
        problems.insert(0, t("entry.problem.no_name"))
    return Reading(fields, tuple(questions + codes.questions), tuple(problems), tuple(kept))


def participant_values(fields: dict[str, Any], by: str, on: date) -> dict[str, Any]:
    """The participant's fields, consent ("+") recorded ``on`` a day ``by`` someone."""
    values = {k: v for k, v in fields.items() if k != "consent"}
    if fields.get("consent"):
        values["consent"] = {
            "given": True,
            "date": on,
            "scope": fields["consent"],
            "recorded_by": by,
        }
    return values


def preview_participant(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    kinds = {k.id: k.label for k in template.participant_kinds}
    kind = fields.get("kind") or template.participant_kinds[0].id
    years = fields.get("years_in_neighbourhood")
    return describe(
        reading,
        [
            ("entry.field.kind", kinds.get(kind, kind)),
            ("entry.field.display_name", fields.get("display_name", "")),
            ("entry.field.function", fields.get("function", "")),
            ("entry.field.organisation", fields.get("organisation", "")),
            ("entry.field.area", fields.get("area", "")),
            ("entry.field.years_in_neighbourhood", "" if years is None else str(years)),
            ("entry.field.consent", fields.get("consent", "")),
        ],
    )
